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
import { portErrorOf } from '../errors';
import type { ChecklistContext, ChecklistPort, IsoDate, PartnerSnapshot, PortProblem } from '../port';
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
  return portErrorOf(error, 'unknown error').problem;
}

export function mountChecklist(root: HTMLElement, options: ChecklistAppOptions): ChecklistApp {
  const { port } = options;
  const state = initialState(options.language);
  const ui: ChecklistUi = { shell: newShell(), partner: null };
  const save = checkSaver(root, port, options.today || localToday, state, ui, problemOf);
  /** Counts loads, so a slow answer for an earlier request cannot overwrite a later one. */
  let loadTicket = 0;

  /** The frame in the state's language, replacing the one on screen. */
  function newShell(): Shell {
    state.texts = CHECKLIST_TEXTS[state.language];
    return mountShell(
      root,
      state,
      (name) => void pickPartner(name),
      () => void reload(),
    );
  }

  function fillPicker(): void {
    ui.shell.picker.fill(state.partners, state.partner ? state.partner.name : null);
  }

  function setLanguage(next: Language): void {
    if (next === state.language) return;
    state.language = next;
    ui.shell = newShell();
    fillPicker();
    if (state.partner) showPartner(state.partner, true);
  }

  function showEmpty(): void {
    const { texts } = state;
    state.partner = ui.partner = null;
    fillPicker();
    replaceChildren(ui.shell.body, el('p', { class: 'bs-empty' }, state.partners.length ? texts.noSelection : texts.noPartners));
  }

  function answer(index: number, value: boolean): void {
    const { answers, partner } = state;
    answers[index] = value;
    state.edited = true;
    if (ui.partner && partner) ui.partner.form.showScore(answers, partner.hours);
  }

  /** Shows a partner. Keeps the answers on screen when asked to (same partner, edited, or a language change). */
  function showPartner(next: PartnerSnapshot, keepAnswers: boolean): void {
    state.partner = next;
    if (!keepAnswers) {
      state.answers = answersOf(next.previousCheck);
      state.edited = false;
    }
    fillPicker();
    const { texts, language } = state;
    const form = checkForm(state, answer, () => void save());
    const previous = previousCheckLine(next, texts, language);
    ui.partner = { form, previous };
    replaceChildren(ui.shell.body, partnerCard(next, texts, language), previous, form.element);
    form.showScore(state.answers, next.hours);
  }

  async function load<T>(request: () => Promise<T>, apply: (value: T) => void, retry: () => void): Promise<void> {
    const ticket = ++loadTicket;
    const { shell } = ui;
    shell.clearErrors(saveErrorBox(ui));
    shell.setStatus(state.texts.loading, true);
    shell.app.setAttribute('aria-busy', 'true');
    try {
      const value = await request();
      if (ticket !== loadTicket) return;
      ui.shell.setStatus('');
      apply(value);
    } catch (error) {
      if (ticket !== loadTicket) return;
      const { texts } = state;
      ui.shell.setStatus('');
      ui.shell.showError([texts.loadFailed, texts.problem(problemOf(error))], retry);
    } finally {
      if (ticket === loadTicket) ui.shell.app.removeAttribute('aria-busy');
    }
  }

  function applyContext(context: ChecklistContext): void {
    setLanguage(context.language);
    state.partners = context.partners.slice();
    const selected = context.selected;
    if (selected) {
      showPartner(selected, isShown(state, selected.name) && state.edited);
    } else if (state.partner) {
      // The selection left the partner rows: keep the partner being answered and say how to switch.
      fillPicker();
      ui.shell.setStatus(state.texts.noSelection);
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
      (loaded) => showPartner(loaded, isShown(state, loaded.name) && state.edited),
      () => void pickPartner(name),
    );
  }

  fillPicker();
  void reload();
  return { reload };
}
