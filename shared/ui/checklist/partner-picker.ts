/**
 * The partner picker: a list of the tracker's partners and "Use selected
 * row". Picking a name or pressing the button is handed to the app.
 */
import type { ChecklistTexts } from '../../messages/checklist';
import { el, replaceChildren } from '../dom';

export interface PartnerPicker {
  element_: HTMLElement;
  /** Offers the partners (plus the one shown, should it be missing from the list) and selects the one shown. */
  fill_(partners: readonly string[], shown: string | null): void;
}

export function partnerPicker(texts: ChecklistTexts, onPick: (name: string) => void, onUseSelection: () => void): PartnerPicker {
  const select = el('select', { id: 'bs-partner-picker', class: 'bs-select' });
  select.addEventListener('change', () => {
    if (select.value) onPick(select.value);
  });
  const useSelection = el('button', { type: 'button', class: 'bs-button bs-secondary' }, texts.useSelection);
  useSelection.addEventListener('click', onUseSelection);
  return {
    element_: el(
      'div',
      { class: 'bs-picker' },
      el('label', { for: 'bs-partner-picker', class: 'bs-picker-label' }, texts.partnerLabel),
      el('div', { class: 'bs-picker-row' }, select, useSelection),
    ),
    fill_(partners, shown) {
      const names = shown !== null && !partners.includes(shown) ? [...partners, shown] : partners;
      replaceChildren(select, new Option(texts.choosePartner, ''), ...names.map((name) => new Option(name, name)));
      select.value = shown ?? '';
    },
  };
}
