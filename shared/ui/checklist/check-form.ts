/**
 * The form for one partner's check: the heading, the questions, the score
 * summary, and Save with a box beside it for save problems, where the user
 * is looking. Submitting the form is handed to the app.
 */
import type { ChecklistTexts } from '../../messages/checklist';
import { el } from '../dom';
import { questionList } from './question-list';
import { showScoreSummary } from './score-summary';
import type { Answer, ChecklistState } from './state';

export interface CheckForm {
  element: HTMLFormElement;
  errorBox: HTMLElement;
  showScore(answers: readonly Answer[], hours: number | null): void;
  /** Shows Save as busy (still focusable, so the user keeps their place) or ready again. */
  setSaving(saving: boolean): void;
}

export function checkForm(state: ChecklistState, onAnswer: (index: number, value: boolean) => void, onSubmit: () => void): CheckForm {
  const texts: ChecklistTexts = state.texts;
  const summary = el('div', { class: 'bs-result', 'aria-live': 'polite' });
  const saveButton = el('button', { type: 'submit', class: 'bs-button bs-primary' }, texts.save);
  const errorBox = el('div', { class: 'bs-error', role: 'alert' });
  const element = el(
    'form',
    { class: 'bs-form', novalidate: true, 'aria-labelledby': 'bs-questions-heading' },
    el('h2', { class: 'bs-questions-heading', id: 'bs-questions-heading' }, texts.questionsHeading),
    questionList(state.answers, texts, state.language, onAnswer),
    summary,
    el('div', { class: 'bs-actions' }, errorBox, saveButton),
  );
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  return {
    element,
    errorBox,
    showScore: (answers, hours) => showScoreSummary(summary, answers, hours, texts),
    setSaving(saving) {
      saveButton.textContent = saving ? texts.saving : texts.save;
      saveButton.setAttribute('aria-disabled', String(saving));
      saveButton.classList.toggle('bs-busy', saving);
    },
  };
}
