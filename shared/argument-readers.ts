/**
 * Readers for the sheet functions' smaller arguments, in the input rules of
 * cells.ts (numbers or numeric text; an error cell gives its error; never
 * throws). Optional settings read a blank cell as their default, so that an
 * omitted argument and a blank settings cell mean the same.
 *
 * - language: "en" or "de" in any case; blank is English.
 * - counts (referrals): whole numbers of 0 or more; blank is 0.
 * - a score that may be missing: 0 to 9; blank is undefined (no checklist).
 * - settings: window_days above 0; min_hours and renewal_days 0 or more;
 *   min_score a whole number from 0 to 9.
 */
import { BLANK, type Blank, type CellValue, InputError, NOT_NUMERIC, UNCLEAR_GROUPING, isBlank, parseNumericText, scoreOf } from './cells';
import { isErrorText } from './cell-errors';
import type { Language } from './language';
import type { NumberRule } from './messages/functions';

/** The label language from a cell: "en" or "de" in any case, blank for English. */
export function languageOf(value: CellValue): Language | InputError {
  if (value === null || value === undefined) return 'en';
  const code = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (code === '' || code === 'en') return 'en';
  if (code === 'de') return code;
  return new InputError('languageInvalid', value);
}

const FITS: Record<NumberRule, (value: number) => boolean> = {
  count: (value) => Number.isInteger(value) && value >= 0,
  positive: (value) => value > 0,
  nonNegative: (value) => value >= 0,
  score: (value) => Number.isInteger(value) && value >= 0 && value <= 9,
};

/**
 * A reader of the number argument `name` that follows `rule`, reading a blank
 * cell as `blank` (BLANK to leave the result blank).
 */
export function numberReader<B extends number | Blank | undefined>(
  name: string,
  rule: NumberRule,
  blank: B,
): (value: CellValue) => number | B | InputError {
  const fits = FITS[rule];
  return (value) => {
    let number: number;
    if (typeof value === 'number') {
      if (fits(value) && value !== Infinity) return value + 0;
      number = value;
    } else if (typeof value === 'string') {
      if (isBlank(value)) return blank;
      if (isErrorText(value)) return new InputError({ kind: 'cellError', text: value });
      const parsed = parseNumericText(value);
      if (parsed === UNCLEAR_GROUPING) return new InputError({ kind: 'numberGrouping', name, value });
      if (parsed === NOT_NUMERIC) return new InputError({ kind: 'numberInvalid', name, rule, value });
      number = parsed;
    } else if (value === null || value === undefined) {
      return blank;
    } else {
      return new InputError({ kind: 'numberInvalid', name, rule, value });
    }
    return Number.isFinite(number) && fits(number) ? number + 0 : new InputError({ kind: 'numberInvalid', name, rule, value });
  };
}

/** A checklist score that may be missing: undefined for a blank cell. */
export function optionalScoreOf(value: CellValue): number | undefined | InputError {
  if (typeof value === 'number' && value >= 0 && value <= 9 && Number.isInteger(value)) return value + 0;
  const score = scoreOf(value);
  return score === BLANK ? undefined : score;
}
