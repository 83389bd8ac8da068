/**
 * The nine questions, each a group of two radio buttons (yes, no) with its
 * help text, showing the answers given. Each choice is handed to the app.
 */
import { CHECKLIST } from '../../checklist';
import type { Language } from '../../language';
import type { ChecklistTexts } from '../../messages/checklist';
import { QUESTION_HELP, QUESTION_LABELS } from '../../messages/checklist-questions';
import { el } from '../dom';
import type { Answer } from './state';

/** The id of a question's yes or no button. */
export function choiceId(index: number, value: boolean): string {
  return `bs-${CHECKLIST[index].id}-${value ? 'yes' : 'no'}`;
}

function question(
  index: number,
  answer: Answer,
  texts: ChecklistTexts,
  language: Language,
  onAnswer: (index: number, value: boolean) => void,
) {
  const { id } = CHECKLIST[index];
  const label = QUESTION_LABELS[id];
  const help = QUESTION_HELP[id];
  const helpId = `bs-help-${id}`;
  const choice = (value: boolean) => {
    const inputId = choiceId(index, value);
    const input = el('input', {
      type: 'radio',
      id: inputId,
      name: `bs-${id}`,
      value: value ? 'yes' : 'no',
      class: 'bs-choice-input',
      checked: answer === value,
    });
    input.addEventListener('change', () => {
      if (input.checked) onAnswer(index, value);
    });
    return [input, el('label', { for: inputId, class: `bs-choice bs-choice-${value ? 'yes' : 'no'}` }, value ? texts.yes : texts.no)];
  };
  return el(
    'li',
    { class: 'bs-question' },
    el(
      'fieldset',
      { 'aria-describedby': helpId },
      el('legend', {}, el('span', { class: 'bs-number' }, `${index + 1}.`), ' ', label[language]),
      el('p', { class: 'bs-help', id: helpId }, help[language]),
      el('div', { class: 'bs-choices' }, ...choice(true), ...choice(false)),
    ),
  );
}

export function questionList(
  answers: readonly Answer[],
  texts: ChecklistTexts,
  language: Language,
  onAnswer: (index: number, value: boolean) => void,
): HTMLOListElement {
  return el('ol', { class: 'bs-questions' }, ...CHECKLIST.map((_, index) => question(index, answers[index], texts, language, onAnswer)));
}
