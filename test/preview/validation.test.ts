/**
 * preview/validation.ts: the tracker's data validation applied to typed
 * input as Google Sheets applies it.
 */
import { passesValidation } from '../../preview/validation';
import type { ValidationRule } from '../../shared/tracker';

const hours: ValidationRule = { kind: 'numberAtLeast', min: 0, strict: true };
const score: ValidationRule = { kind: 'wholeNumberBetween', min: 0, max: 9, strict: true };
const date: ValidationRule = { kind: 'date', strict: true };
const kinds: ValidationRule = { kind: 'list', values: ['One-to-one', 'Event'], strict: false };
const strictKinds: ValidationRule = { ...kinds, strict: true };
const partner: ValidationRule = { kind: 'partnerNames', strict: true };
const PARTNERS = ['Anna Beispiel', 'Ben Example'];

describe('data validation', () => {
  it('always allows a blank cell', () => {
    for (const rule of [hours, score, date, strictKinds, partner]) expect(passesValidation(rule, '', false, PARTNERS)).toBe(true);
  });

  it('takes numbers of at least the minimum, and nothing else', () => {
    expect([0, 12.5].map((value) => passesValidation(hours, value, false, PARTNERS))).toEqual([true, true]);
    expect([-0.5, 'ten', true].map((value) => passesValidation(hours, value, false, PARTNERS))).toEqual([false, false, false]);
  });

  it('takes whole numbers in the range', () => {
    expect([0, 9].map((value) => passesValidation(score, value, false, PARTNERS))).toEqual([true, true]);
    expect([10, -1, 6.5, '7'].map((value) => passesValidation(score, value, false, PARTNERS))).toEqual([false, false, false, false]);
  });

  it('takes only what was typed as a date where a date is required', () => {
    expect(passesValidation(date, 45730, true, PARTNERS)).toBe(true);
    expect(passesValidation(date, 45730, false, PARTNERS)).toBe(false);
    expect(passesValidation({ ...date, strict: false }, 'soon', false, PARTNERS)).toBe(true);
  });

  it('takes a partner’s name by the tracker’s matching rule (spaces and case aside), and no one else', () => {
    expect(passesValidation(partner, '  anna   BEISPIEL ', false, PARTNERS)).toBe(true);
    expect(passesValidation(partner, 'Anna*', false, PARTNERS)).toBe(false);
    expect(passesValidation(partner, 'Clara Muster', false, PARTNERS)).toBe(false);
    expect(passesValidation(partner, 'Anna Beispiel', false, [])).toBe(false);
  });

  it('offers the list but accepts other text where the list is not strict', () => {
    expect(passesValidation(kinds, 'Walk in the park', false, PARTNERS)).toBe(true);
    expect(passesValidation(strictKinds, 'event', false, PARTNERS)).toBe(true);
    expect(passesValidation(strictKinds, 'Walk in the park', false, PARTNERS)).toBe(false);
  });

  it('refuses formulas where the rule is strict, as Sheets cannot check them', () => {
    expect(passesValidation(hours, '=1+1', false, PARTNERS)).toBe(false);
    expect(passesValidation(kinds, '=A1', false, PARTNERS)).toBe(true);
  });
});
