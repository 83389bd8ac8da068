/**
 * What the checklist holds while it is open: the language, the partner list,
 * the partner shown and the answers given. The parts of the UI read it; only
 * the app (checklist-app.ts) and the save flow change it.
 */
import { CHECKLIST } from '../../checklist';
import type { Language } from '../../language';
import { CHECKLIST_TEXTS, type ChecklistTexts } from '../../messages/checklist';
import type { PartnerSnapshot, PreviousCheck } from '../../port';

/** A question's answer: yes, no, or not given yet. */
export type Answer = boolean | null;

export interface ChecklistState {
  language: Language;
  texts: ChecklistTexts;
  /** The picker's choices, in sheet order. */
  partners: string[];
  partner: PartnerSnapshot | null;
  /** The nine answers in CHECKLIST order. */
  answers: Answer[];
  /** True once the user changed an answer since the partner was loaded or saved. */
  edited: boolean;
  saving: boolean;
}

export function initialState(language: Language): ChecklistState {
  return {
    language,
    texts: CHECKLIST_TEXTS[language],
    partners: [],
    partner: null,
    answers: answersOf(null),
    edited: false,
    saving: false,
  };
}

/** The answers of a previous check, to start from; questions without a readable answer stay open. */
export function answersOf(previous: PreviousCheck | null): Answer[] {
  const given = previous ? previous.answers : [];
  return CHECKLIST.map((_, index) => (typeof given[index] === 'boolean' ? given[index] : null));
}

/** True when the partner has the same name as the one shown. */
export function isShown(state: ChecklistState, name: string): boolean {
  return state.partner !== null && state.partner.name === name;
}
