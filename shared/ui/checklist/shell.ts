/**
 * The checklist's frame: partner picker, status line, error box and the body
 * the partner goes in. The host's title bar already says "Bond checklist", so
 * the page's own title is for screen readers only. Rebuilt only when the
 * language changes, so focus stays where it is.
 */
import { el, replaceChildren } from '../dom';
import { partnerPicker, type PartnerPicker } from './partner-picker';
import type { ChecklistState } from './state';

export interface Shell {
  app_: HTMLElement;
  picker_: PartnerPicker;
  body_: HTMLElement;
  setStatus_(text: string, busy?: boolean): void;
  /** Shows problems in `box` (the frame's error box unless another is given), with a retry button when `retry` is given. */
  showError_(lines: string[], retry?: () => void, box?: HTMLElement): void;
  /** Empties and hides the frame's error box and the other boxes given. */
  clearErrors_(...others: (HTMLElement | undefined)[]): void;
}

/** Shows `text` in a status line, with the busy spinner when `busy`. */
export function showStatus(line: HTMLElement, text: string, busy = false): void {
  line.textContent = text;
  line.classList.toggle('bs-busy', busy);
}

/** Builds the frame in the state's language into `root`, replacing what was there. */
export function mountShell(root: HTMLElement, state: ChecklistState, onPick: (name: string) => void, onUseSelection: () => void): Shell {
  const { texts_: texts, language_: language } = state;
  root.ownerDocument.documentElement.lang = language;
  const picker = partnerPicker(texts, onPick, onUseSelection);
  const status = el('p', { class: 'bs-status', role: 'status', 'aria-live': 'polite' });
  const errorBox = el('div', { class: 'bs-error', role: 'alert' });
  const body = el('div', { class: 'bs-body' });
  const app = el(
    'main',
    { class: 'bs-app', lang: language, 'aria-labelledby': 'bs-title' },
    el('h1', { class: 'bs-hidden', id: 'bs-title' }, texts.title),
    picker.element_,
    status,
    errorBox,
    body,
  );
  replaceChildren(root, app);
  return {
    app_: app,
    picker_: picker,
    body_: body,
    setStatus_: (text, busy) => showStatus(status, text, busy),
    showError_(lines, retry, box = errorBox) {
      const retryButton = retry ? el('button', { type: 'button', class: 'bs-button bs-secondary' }, texts.retry) : null;
      if (retry) retryButton!.addEventListener('click', retry);
      replaceChildren(box, ...lines.map((line) => el('p', {}, line)), retryButton);
      box.classList.add('bs-visible');
    },
    clearErrors_(...others) {
      for (const box of [errorBox, ...others]) {
        if (!box) continue;
        replaceChildren(box);
        box.classList.remove('bs-visible');
      }
    },
  };
}
