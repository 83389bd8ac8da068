/**
 * The checklist's frame: title, partner picker, status line, error box and
 * the body the partner goes in. Rebuilt only when the language changes, so
 * focus stays where it is.
 */
import { el, replaceChildren } from '../dom';
import { partnerPicker, type PartnerPicker } from './partner-picker';
import type { ChecklistState } from './state';

export interface Shell {
  app: HTMLElement;
  picker: PartnerPicker;
  body: HTMLElement;
  setStatus(text: string, busy?: boolean): void;
  /** Shows problems in `box` (the frame's error box unless another is given), with a retry button when `retry` is given. */
  showError(lines: string[], retry?: () => void, box?: HTMLElement): void;
  /** Empties and hides the frame's error box and the other boxes given. */
  clearErrors(...others: (HTMLElement | undefined)[]): void;
}

/** Builds the frame in the state's language into `root`, replacing what was there. */
export function mountShell(root: HTMLElement, state: ChecklistState, onPick: (name: string) => void, onUseSelection: () => void): Shell {
  const { texts, language } = state;
  root.ownerDocument.documentElement.lang = language;
  const picker = partnerPicker(texts, onPick, onUseSelection);
  const status = el('p', { class: 'bs-status', role: 'status', 'aria-live': 'polite' });
  const errorBox = el('div', { class: 'bs-error', role: 'alert' });
  const body = el('div', { class: 'bs-body' });
  const app = el(
    'main',
    { class: 'bs-app', lang: language },
    el('h1', { class: 'bs-title' }, texts.title),
    picker.element,
    status,
    errorBox,
    body,
  );
  replaceChildren(root, app);
  return {
    app,
    picker,
    body,
    setStatus(text, busy = false) {
      status.textContent = text;
      status.classList.toggle('bs-busy', busy);
    },
    showError(lines, retry, box = errorBox) {
      const retryButton = retry ? el('button', { type: 'button', class: 'bs-button bs-secondary' }, texts.retry) : null;
      if (retry) retryButton!.addEventListener('click', retry);
      replaceChildren(box, ...lines.map((line) => el('p', {}, line)), retryButton);
      box.classList.add('bs-visible');
    },
    clearErrors(...others) {
      for (const box of [errorBox, ...others]) {
        if (!box) continue;
        replaceChildren(box);
        box.classList.remove('bs-visible');
      }
    },
  };
}
