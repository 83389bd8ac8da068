/**
 * Saving a check. Every question must be answered first: else the first open
 * one gets focus and a message beside Save says how many are open. Then the
 * port saves; the partner shown takes the saved check as its previous one,
 * unless another partner was chosen meanwhile. One save at a time; a failure
 * keeps the answers and says why.
 */
import { formatIsoDate } from '../../messages/checklist';
import type { ChecklistPort, IsoDate, PortProblem } from '../../port';
import type { CheckForm } from './check-form';
import { previousCheckText } from './partner-card';
import { choiceId } from './question-list';
import type { Shell } from './shell';
import type { ChecklistState } from './state';

/** The parts of the UI on screen now: the frame, and the partner's form and previous-check line while a partner is shown. */
export interface ChecklistUi {
  shell: Shell;
  partner: { form: CheckForm; previous: HTMLElement } | null;
}

/** Where save problems show: beside Save while a partner is shown. */
export function saveErrorBox(ui: ChecklistUi): HTMLElement | undefined {
  return ui.partner ? ui.partner.form.errorBox : undefined;
}

/** The save action of a checklist; `problemOf` says what went wrong for a failed save. */
export function checkSaver(
  root: HTMLElement,
  port: ChecklistPort,
  today: () => IsoDate,
  state: ChecklistState,
  ui: ChecklistUi,
  problemOf: (error: unknown) => PortProblem,
): () => Promise<void> {
  const setSaving = (saving: boolean) => {
    state.saving = saving;
    if (ui.partner) ui.partner.form.setSaving(saving);
  };

  return async function save() {
    const { partner: shown, answers, texts } = state;
    if (state.saving || !shown) return;
    const open = answers.filter((answer) => answer === null).length;
    if (open > 0) {
      ui.shell.showError([texts.answerAll(open)], undefined, saveErrorBox(ui));
      const first = root.querySelector<HTMLInputElement>(`#${choiceId(answers.indexOf(null), true)}`);
      if (first) first.focus();
      return;
    }
    const saved = answers.map((answer) => answer === true);
    ui.shell.clearErrors(saveErrorBox(ui));
    setSaving(true);
    ui.shell.setStatus(texts.saving, true);
    try {
      const result = await port.saveCheck({ partner: shown.name, location: shown.location, checkedOn: today(), answers: saved });
      if (state.partner !== shown) return;
      const partner = {
        ...shown,
        location: result.location,
        previousCheck: { checkedOn: result.checkedOn, answers: saved, score: result.score },
      };
      const { texts, language } = state;
      state.partner = partner;
      state.edited = false;
      if (ui.partner) ui.partner.previous.textContent = previousCheckText(partner, texts, language);
      ui.shell.setStatus(texts.saved(result.partner, result.score, formatIsoDate(result.checkedOn, language)));
    } catch (error) {
      const { texts } = state;
      ui.shell.setStatus('');
      ui.shell.showError([texts.saveFailed, texts.problem(problemOf(error)), texts.answersKept], undefined, saveErrorBox(ui));
    } finally {
      setSaving(false);
    }
  };
}
