/**
 * What the checklist holds while it is open: the language, the partner list,
 * the partner shown and the answers given. The parts of the UI read it; only
 * the app (checklist-app.ts) and the save flow change it.
 *
 * Properties of the UI's own objects end in "_" (here and in the other parts'
 * interfaces): the page builds shorten them (mangleProps in
 * scripts/build/office.mjs and ui.mjs), and no DOM or host property has such a name.
 */
import { CHECKLIST } from '../../checklist';
import type { Language } from '../../language';
import { CHECKLIST_TEXTS, type ChecklistTexts } from '../../messages/checklist';
import type { PartnerSnapshot, PreviousCheck } from '../../port';

/** A question's answer: yes, no, or not given yet. */
export type Answer = boolean | null;

export interface ChecklistState {
  language_: Language;
  texts_: ChecklistTexts;
  /** The picker's choices, in sheet order. */
  partners_: string[];
  partner_: PartnerSnapshot | null;
  /** The nine answers in CHECKLIST order. */
  answers_: Answer[];
  /** True once the user changed an answer since the partner was loaded or saved. */
  edited_: boolean;
  saving_: boolean;
}

export function initialState(language: Language): ChecklistState {
  return {
    language_: language,
    texts_: CHECKLIST_TEXTS[language],
    partners_: [],
    partner_: null,
    answers_: answersOf(null),
    edited_: false,
    saving_: false,
  };
}

/** The answers of a previous check, to start from; questions without a readable answer stay open. */
export function answersOf(previous: PreviousCheck | null): Answer[] {
  const given = previous ? previous.answers : [];
  return CHECKLIST.map((_, index) => (typeof given[index] === 'boolean' ? given[index] : null));
}

/** True when the partner has the same name as the one shown. */
export function isShown(state: ChecklistState, name: string): boolean {
  return state.partner_ !== null && state.partner_.name === name;
}
