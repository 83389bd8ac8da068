/**
 * Saving a check. Every question must be answered first: else the first open
 * one gets focus and a message beside Save says how many are open. Then the
 * port saves; the partner shown takes the saved check as its previous one,
 * unless another partner was chosen meanwhile (its card shows the new score's
 * next step), and the confirmation appears
 * beside Save (a live region, so screen readers announce it too). One save at
 * a time; a failure keeps the answers, says why and offers Retry.
 */
import { formatIsoDate } from '../../messages/checklist';
import type { ChecklistPort, IsoDate, PortProblem } from '../../port';
import type { CheckForm } from './check-form';
import { partnerCard, previousCheckText } from './partner-card';
import { choiceId } from './question-list';
import type { Shell } from './shell';
import type { ChecklistState } from './state';

/** The parts of the UI on screen now: the frame, and the partner's form and previous-check line while a partner is shown. */
export interface ChecklistUi {
  shell_: Shell;
  partner_: { card_: HTMLElement; form_: CheckForm; previous_: HTMLElement } | null;
}

/** Where save problems show: beside Save while a partner is shown. */
export function saveErrorBox(ui: ChecklistUi): HTMLElement | undefined {
  return ui.partner_ ? ui.partner_.form_.errorBox_ : undefined;
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
    state.saving_ = saving;
    if (ui.partner_) ui.partner_.form_.setSaving_(saving);
  };
  const setSaveStatus = (text: string, unseen?: boolean) => {
    if (ui.partner_) ui.partner_.form_.setSaveStatus_(text, unseen);
  };

  return async function save() {
    const { partner_: shown, answers_: answers, texts_: texts } = state;
    if (state.saving_ || !shown) return;
    const open = answers.filter((answer) => answer === null).length;
    setSaveStatus('');
    if (open > 0) {
      ui.shell_.showError_([texts.answerAll(open)], undefined, saveErrorBox(ui));
      const first = root.querySelector<HTMLInputElement>(`#${choiceId(answers.indexOf(null), true)}`);
      if (first) first.focus();
      return;
    }
    const saved = answers.map((answer) => answer === true);
    ui.shell_.clearErrors_(saveErrorBox(ui));
    setSaving(true);
    setSaveStatus(texts.saving, true);
    try {
      const result = await port.saveCheck({ partner: shown.name, location: shown.location, checkedOn: today(), answers: saved });
      if (state.partner_ !== shown) return;
      const partner = {
        ...shown,
        location: result.location,
        previousCheck: { checkedOn: result.checkedOn, answers: saved, score: result.score },
        // The row now holds the new score and date, as the tracker's formulas will read them.
        score: result.score,
        checkedOn: result.checkedOn,
      };
      const { texts_: texts, language_: language } = state;
      state.partner_ = partner;
      state.edited_ = false;
      if (ui.partner_) {
        const card = partnerCard(partner, texts, language);
        ui.partner_.card_.replaceWith(card);
        ui.partner_.card_ = card;
        ui.partner_.previous_.textContent = previousCheckText(partner, texts, language);
      }
      setSaveStatus(texts.saved(result.partner, result.score, formatIsoDate(result.checkedOn, language)));
    } catch (error) {
      const { texts_: texts } = state;
      setSaveStatus('');
      const retry = () => {
        // The box with Retry goes away as the save starts: focus stays beside it, on Save.
        if (ui.partner_) ui.partner_.form_.focusSave_();
        void save();
      };
      ui.shell_.showError_([texts.saveFailed, texts.problem(problemOf(error)), texts.answersKept], retry, saveErrorBox(ui));
    } finally {
      setSaving(false);
    }
  };
}
