/**
 * The bond checklist UI: one partner, the nine questions, the live score and
 * Save. Host-neutral: it talks to the spreadsheet only through a
 * ChecklistPort and is styled by the host's stylesheet.
 *
 * This is the app: it loads partners through the port and puts the parts
 * together (shared/ui/checklist/): the frame with the partner picker, the
 * partner card, the question list with the score summary, and the save flow.
 */
import type { Language } from '../language';
import { CHECKLIST_TEXTS } from '../messages/checklist';
import { isoDateOfDay } from '../dates';
import { portFailureOf } from '../host-reply';
import { PortError, type ChecklistContext, type ChecklistPort, type IsoDate, type PartnerSnapshot, type PortProblem } from '../port';
import { el, replaceChildren } from './dom';
import { checkForm } from './checklist/check-form';
import { partnerCard, previousCheckLine } from './checklist/partner-card';
import { checkSaver, saveErrorBox, type ChecklistUi } from './checklist/save-flow';
import { mountShell, type Shell } from './checklist/shell';
import { answersOf, initialState, isShown } from './checklist/state';

export interface ChecklistAppOptions {
  port: ChecklistPort;
  /** The language to use until the host reports its own (for the first loading message). */
  language: Language;
  /** Today's date where the user is; the date a check is saved under. */
  today?: () => IsoDate;
}

export interface ChecklistApp {
  /** Loads the selected partner again; unsaved answers for the same partner are kept. */
  reload(): Promise<void>;
}

/** The browser's local calendar date. */
export function localToday(): IsoDate {
  return isoDateOfDay(new Date());
}

function problemOf(error: unknown): PortProblem {
  return portFailureOf(PortError, error, 'unknown error').problem;
}

export function mountChecklist(root: HTMLElement, options: ChecklistAppOptions): ChecklistApp {
  const { port } = options;
  const state = initialState(options.language);
  const ui: ChecklistUi = { shell_: newShell(), partner_: null };
  const save = checkSaver(root, port, options.today || localToday, state, ui, problemOf);
  /** Counts loads, so a slow answer for an earlier request cannot overwrite a later one. */
  let loadTicket = 0;

  /** The frame in the state's language, replacing the one on screen. */
  function newShell(): Shell {
    state.texts_ = CHECKLIST_TEXTS[state.language_];
    return mountShell(
      root,
      state,
      (name) => void pickPartner(name),
      () => void reload(),
    );
  }

  function fillPicker(): void {
    ui.shell_.picker_.fill_(state.partners_, state.partner_ ? state.partner_.name : null);
  }

  function setLanguage(next: Language): void {
    if (next === state.language_) return;
    state.language_ = next;
    ui.shell_ = newShell();
    fillPicker();
    if (state.partner_) showPartner(state.partner_, true);
  }

  function showEmpty(): void {
    const { texts_: texts } = state;
    state.partner_ = ui.partner_ = null;
    fillPicker();
    replaceChildren(ui.shell_.body_, el('p', { class: 'bs-empty' }, state.partners_.length ? texts.noSelection : texts.noPartners));
  }

  function answer(index: number, value: boolean): void {
    const { answers_: answers, partner_: partner } = state;
    answers[index] = value;
    state.edited_ = true;
    if (ui.partner_ && partner) ui.partner_.form_.showScore_(answers, partner);
  }

  /** Shows a partner. Keeps the answers on screen when asked to (same partner, edited, or a language change). */
  function showPartner(next: PartnerSnapshot, keepAnswers: boolean): void {
    state.partner_ = next;
    if (!keepAnswers) {
      state.answers_ = answersOf(next.previousCheck);
      state.edited_ = false;
    }
    fillPicker();
    const { texts_: texts, language_: language } = state;
    const form = checkForm(state, answer, () => void save());
    const previous = previousCheckLine(next, texts, language);
    const card = partnerCard(next, texts, language);
    ui.partner_ = { card_: card, form_: form, previous_: previous };
    replaceChildren(ui.shell_.body_, card, previous, form.element_);
    form.showScore_(state.answers_, next);
  }

  async function load<T>(request: () => Promise<T>, apply: (value: T) => void, retry: () => void): Promise<void> {
    const ticket = ++loadTicket;
    const { shell_: shell } = ui;
    shell.clearErrors_(saveErrorBox(ui));
    shell.setStatus_(state.texts_.loading, true);
    shell.app_.setAttribute('aria-busy', 'true');
    try {
      const value = await request();
      if (ticket !== loadTicket) return;
      ui.shell_.setStatus_('');
      apply(value);
    } catch (error) {
      if (ticket !== loadTicket) return;
      const { texts_: texts } = state;
      ui.shell_.setStatus_('');
      ui.shell_.showError_([texts.loadFailed, texts.problem(problemOf(error))], retry);
    } finally {
      if (ticket === loadTicket) ui.shell_.app_.removeAttribute('aria-busy');
    }
  }

  function applyContext(context: ChecklistContext): void {
    setLanguage(context.language);
    state.partners_ = context.partners.slice();
    const selected = context.selected;
    if (selected) {
      showPartner(selected, isShown(state, selected.name) && state.edited_);
    } else if (state.partner_) {
      // The selection left the partner rows: keep the partner being answered and say how to switch.
      fillPicker();
      ui.shell_.setStatus_(state.texts_.noSelection);
    } else {
      showEmpty();
    }
  }

  function reload(): Promise<void> {
    return load(
      () => port.loadChecklistContext(),
      applyContext,
      () => void reload(),
    );
  }

  function pickPartner(name: string): Promise<void> {
    return load(
      () => port.loadPartner(name),
      (loaded) => showPartner(loaded, isShown(state, loaded.name) && state.edited_),
      () => void pickPartner(name),
    );
  }

  fillPicker();
  void reload();
  return { reload };
}
