/**
 * The form for one partner's check: the heading and the questions, then a
 * footer that stays at the bottom of the pane while the questions scroll:
 * the live score summary, the save status (saving, saved), a box for save
 * problems and Save, where the user is looking. Focus never lands under the
 * footer: the page keeps its height as scroll padding. Submitting the form
 * is handed to the app.
 */
import type { ChecklistTexts } from '../../messages/checklist';
import { el } from '../dom';
import { questionList } from './question-list';
import { showScoreSummary } from './score-summary';
import { showStatus } from './shell';
import type { Answer, ChecklistState } from './state';

export interface CheckForm {
  element_: HTMLFormElement;
  errorBox_: HTMLElement;
  showScore_(answers: readonly Answer[], hours: number | null): void;
  /** Shows Save as busy (still focusable, so the user keeps their place) or ready again. */
  setSaving_(saving: boolean): void;
  /** Moves focus to Save, where the user's place is once the box they were in goes away. */
  focusSave_(): void;
  /** Says how saving goes, beside Save ("" hides it); `unseen` text is for screen readers only (Save itself shows it). */
  setSaveStatus_(text: string, unseen?: boolean): void;
}

/** Keeps what gets focus above the footer while it is on screen. */
function reserveFooterSpace(footer: HTMLElement): void {
  if (typeof ResizeObserver === 'undefined') return;
  const page = footer.ownerDocument.documentElement;
  new ResizeObserver(() => {
    page.style.scrollPaddingBottom = footer.isConnected ? `${footer.offsetHeight}px` : '';
  }).observe(footer);
}

export function checkForm(state: ChecklistState, onAnswer: (index: number, value: boolean) => void, onSubmit: () => void): CheckForm {
  const texts: ChecklistTexts = state.texts_;
  const summary = el('div', { class: 'bs-result', 'aria-live': 'polite' });
  const saveStatus = el('p', { class: 'bs-save-status', role: 'status', 'aria-live': 'polite' });
  const saveButton = el('button', { type: 'submit', class: 'bs-button bs-primary' }, texts.save);
  const errorBox = el('div', { class: 'bs-error', role: 'alert' });
  const footer = el('div', { class: 'bs-footer' }, summary, el('div', { class: 'bs-actions' }, saveStatus, errorBox, saveButton));
  const element = el(
    'form',
    { class: 'bs-form', novalidate: true, 'aria-labelledby': 'bs-questions-heading' },
    el('h2', { class: 'bs-questions-heading', id: 'bs-questions-heading' }, texts.questionsHeading),
    questionList(state.answers_, texts, state.language_, onAnswer),
    footer,
  );
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  reserveFooterSpace(footer);
  return {
    element_: element,
    errorBox_: errorBox,
    showScore_: (answers, hours) => showScoreSummary(summary, answers, hours, texts),
    setSaving_(saving) {
      saveButton.textContent = saving ? texts.saving : texts.save;
      saveButton.setAttribute('aria-disabled', String(saving));
      saveButton.classList.toggle('bs-busy', saving);
    },
    focusSave_: () => saveButton.focus(),
    setSaveStatus_(text, unseen = false) {
      showStatus(saveStatus, text);
      saveStatus.classList.toggle('bs-hidden', unseen);
    },
  };
}
