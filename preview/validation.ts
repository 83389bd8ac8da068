/**
 * The tracker's data validation (shared/tracker/layout.ts), applied to what a person
 * types into the preview's grid as Google Sheets applies it: a strict rule
 * rejects the entry and shows the rule's help text; a blank cell is always allowed.
 */
import { samePartner } from '../shared/checklist-tracker';
import type { ValidationRule } from '../shared/tracker';
import type { CellContent } from './format';

/** True when the content passes the rule. `partners` are the names the partner dropdown offers. */
export function passesValidation(rule: ValidationRule, content: CellContent, typedDate: boolean, partners: readonly string[]): boolean {
  if (content === '') return true;
  if (typeof content === 'string' && content.startsWith('=')) return !rule.strict;
  switch (rule.kind) {
    case 'numberAtLeast':
      return typeof content === 'number' && content >= rule.min;
    case 'wholeNumberBetween':
      return typeof content === 'number' && Number.isInteger(content) && content >= rule.min && content <= rule.max;
    case 'date':
      return typedDate || !rule.strict;
    case 'list':
      return !rule.strict || rule.values.some((value) => samePartner(value, String(content)));
    case 'partnerNames':
      return !rule.strict || partners.some((name) => samePartner(content, name));
  }
}
