/**
 * Cell values as the hosts hand them to sheet functions, and the rules that
 * turn them into hours, scores, yes/no answers and results.
 *
 * Sheets passes a single cell as a plain value and a range as a 2D array
 * (dates as Date objects, blanks as ""). Excel passes matrix parameters as 2D
 * arrays (blanks as null on the web and 0 on desktop).
 *
 * Rules:
 * - Reading a cell never throws: a bad cell gives an InputError value, shown
 *   in that cell only. Its message is built by the host, and only when shown.
 * - Arguments broadcast as built-in functions do: see broadcast.ts.
 * - Numeric text: see `parseNumericText` (decimal point or comma, thousands
 *   grouping only where it cannot be misread).
 * - Numeric results are rounded to 10 decimal places and never -0
 *   (`tidyNumber`): 89.9 hours are 0.1 hours from 90, not 0.09999999999999432.
 */
import { CHECKLIST_SIZE } from './checklist';
import { isErrorText } from './cell-errors';
import type { Problem, ValueProblemKind } from './messages/functions';

export type CellValue = string | number | boolean | Date | null | undefined;
export type CellGrid = CellValue[][];
export type CellInput = CellValue | CellGrid;

/** The result shown for a blank input: an empty string, never null (Excel shows null inside arrays as 0). */
export const BLANK = '';
export type Blank = typeof BLANK;

/**
 * Bad input for one cell or one call; the host renders its message in the
 * user's language. A plain value, not an Error, so that a range full of bad
 * cells costs no stack traces: catalog functions return it (hosts also accept
 * it thrown). `new InputError(kind, value)` is one small object per bad cell.
 */
export class InputError {
  private readonly detail: Problem | ValueProblemKind;
  private readonly value: unknown;

  constructor(problem: Problem);
  constructor(kind: ValueProblemKind, value: unknown);
  constructor(problem: Problem | ValueProblemKind, value?: unknown) {
    this.detail = problem;
    this.value = value;
  }

  get problem(): Problem {
    return typeof this.detail === 'string' ? { kind: this.detail, value: this.value } : this.detail;
  }
}

/** A cell of a result. A Date only where a function returns a date: one it was given (LASTCONTACT) or one it computed (STAGEFORECAST). */
export type CellResult = string | number | boolean | Date | InputError;
export type FunctionResult = CellResult | CellResult[][];

/** A cell's text: text as it is, numbers and TRUE/FALSE as written, anything else (blank, a date, an object) as "". */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** True for a range (a 2D array), false for a single value. */
export function isGrid<T>(value: T | T[][]): value is T[][] {
  return Array.isArray(value);
}

/** True for a Date from any realm (Apps Script hands dates from its own). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * The grid itself when it is rectangular, as hosts pass ranges; otherwise a
 * rectangular copy as wide as its widest row, short rows filled with blanks
 * and a row that is no array taken as one cell.
 */
export function rectangular(grid: CellGrid): CellGrid {
  let columns = 0;
  let regular = true;
  for (let r = 0; r < grid.length; r++) {
    const row: unknown = grid[r];
    const width = Array.isArray(row) ? row.length : 1;
    if (!Array.isArray(row) || (r > 0 && width !== columns)) regular = false;
    if (width > columns) columns = width;
  }
  if (regular) return grid;
  const copy: CellGrid = [];
  for (let r = 0; r < grid.length; r++) {
    const row: unknown = grid[r];
    const cells: CellValue[] = Array.isArray(row) ? (row.slice() as CellValue[]) : [row as CellValue];
    while (cells.length < columns) cells.push(undefined);
    copy.push(cells);
  }
  return copy;
}

/** Rows × columns of a rectangular grid, as shown in messages ("3×1"). */
export function shapeOf(grid: CellGrid): string {
  return `${grid.length}×${grid.length ? grid[0].length : 0}`;
}

/** Not numeric text at all. */
export const NOT_NUMERIC = 'notNumeric';
/** Numeric text whose thousands grouping could be misread or is invalid: ask for the number without grouping. */
export const UNCLEAR_GROUPING = 'unclearGrouping';
export type NumericTextProblem = typeof NOT_NUMERIC | typeof UNCLEAR_GROUPING;

/** One separator with 1 to 3 digits (not starting with 0) before it and exactly 3 after: "1,000" or "1.000". */
const AMBIGUOUS = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;
/** No grouping: digits with at most one decimal point or comma. */
const PLAIN = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
/** Points group thousands, an optional comma starts the decimals: "1.000.000", "1.000,5". */
const POINT_GROUPED = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d*)?$/;
/** Commas group thousands, an optional point starts the decimals: "1,000,000", "1,000.5". */
const COMMA_GROUPED = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?$/;
/** Signs, digits and separators only (linear: no nested quantifiers). */
const DIGITS_AND_SEPARATORS = /^[+-]?[\d.,]+$/;
const DIGIT = /\d/;

/**
 * The number a text stands for, or why it stands for none. Surrounding
 * spaces are ignored; a sign may lead; no exponent, no spaces inside.
 *
 * - One separator, "." or ",", is the decimal separator: "12.5" and "12,5"
 *   are 12.5, "1234,567" is 1234.567, "0,500" and ",5" are 0.5, "7." is 7.
 * - Except one separator after 1 to 3 digits (the first not 0) and followed
 *   by exactly 3 digits: "1,000" and "1.000" may mean 1000 or 1, so they
 *   give UNCLEAR_GROUPING.
 * - The same separator twice or more groups thousands: "1.000.000" and
 *   "1,000,000" are 1000000.
 * - Both separators: the last one is the decimal separator, the other groups
 *   thousands: "1.000,5" and "1,000.5" are 1000.5.
 * - Grouping means a first group of 1 to 3 digits (not starting with 0) and
 *   then groups of exactly 3: "1,00,0", "1.2.3", "0,000,000" and
 *   "1,000.000,5" give UNCLEAR_GROUPING.
 * - Anything else gives NOT_NUMERIC. The number may be infinite for a text
 *   of more than 308 digits; callers decide what that means.
 */
export function parseNumericText(text: string): number | NumericTextProblem {
  // Most text in a numbers column is words: a first character that no number starts with answers at once.
  if (!mayStartNumber(text.charCodeAt(0))) return NOT_NUMERIC;
  const trimmed = text.trim();
  if (!DIGITS_AND_SEPARATORS.test(trimmed) || !DIGIT.test(trimmed)) return NOT_NUMERIC;
  if (AMBIGUOUS.test(trimmed)) return UNCLEAR_GROUPING;
  if (PLAIN.test(trimmed)) return Number(trimmed.replace(',', '.'));
  if (POINT_GROUPED.test(trimmed)) return Number(trimmed.replace(/\./g, '').replace(',', '.'));
  if (COMMA_GROUPED.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  return UNCLEAR_GROUPING;
}

/** Digits, a sign, a separator or white space (which trim removes): what numeric text may start with. */
function mayStartNumber(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 45 ||
    code === 46 ||
    code === 44 ||
    code <= 32 ||
    code === 160 ||
    code === 0x1680 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x3000)
  );
}

/** True for "" and white space only, without trimming text that starts with something else. */
function isBlankText(text: string): boolean {
  return (
    text === '' || (text.charCodeAt(0) <= 32 || text.charCodeAt(0) === 160 || text.charCodeAt(0) >= 0x1680 ? text.trim() === '' : false)
  );
}

const DECIMAL_PLACES = 1e10;
/** Below this size a number times 1e10 is still an exact integer in a double; above it, 10 decimal places are below its precision anyway. */
const ROUNDING_LIMIT = Number.MAX_SAFE_INTEGER / DECIMAL_PLACES;

/** A numeric result as shown: rounded to 10 decimal places, -0 as 0. */
export function tidyNumber(value: number): number {
  const rounded = Math.abs(value) < ROUNDING_LIMIT ? Math.round(value * DECIMAL_PLACES) / DECIMAL_PLACES : value;
  return rounded + 0;
}

/**
 * Hours from a cell: a finite number of 0 or more, or numeric text
 * (`parseNumericText`). Blank gives BLANK; anything else an InputError.
 */
export function hoursOf(value: CellValue): number | Blank | InputError {
  let hours: number | NumericTextProblem;
  if (typeof value === 'number') {
    hours = value;
  } else if (typeof value === 'string') {
    if (isBlankText(value)) return BLANK;
    if (isErrorText(value)) return new InputError({ kind: 'cellError', text: value });
    hours = parseNumericText(value);
    if (hours === UNCLEAR_GROUPING) return new InputError({ kind: 'numberGrouping', name: 'hours', value });
    if (hours === NOT_NUMERIC) return new InputError('hoursNotNumber', value);
  } else if (value === null || value === undefined) {
    return BLANK;
  } else {
    return new InputError('hoursNotNumber', value);
  }
  if (!Number.isFinite(hours)) return new InputError('hoursNotNumber', value);
  if (hours < 0) return new InputError('hoursNegative', value);
  return hours + 0;
}

/**
 * A checklist score from a cell: a whole number from 0 to 9 (number or
 * numeric text). Blank gives BLANK; anything else an InputError.
 */
export function scoreOf(value: CellValue): number | Blank | InputError {
  let score: number | NumericTextProblem = NaN;
  if (typeof value === 'number') {
    score = value;
  } else if (typeof value === 'string') {
    if (isBlankText(value)) return BLANK;
    if (isErrorText(value)) return new InputError({ kind: 'cellError', text: value });
    score = parseNumericText(value);
    if (score === UNCLEAR_GROUPING) return new InputError({ kind: 'numberGrouping', name: 'score', value });
  } else if (value === null || value === undefined) {
    return BLANK;
  }
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > CHECKLIST_SIZE) {
    return new InputError('scoreInvalid', value);
  }
  return score + 0;
}

const YES_WORDS = new Set(['true', '1', 'yes', 'y', 'ja', 'j', 'x', '✓', '✔']);
const NO_WORDS = new Set(['false', '0', 'no', 'n', 'nein']);

/**
 * A checklist answer from a cell: true for TRUE, 1, yes, y, ja, j, x, ✓, ✔;
 * false for FALSE, 0, no, n, nein; BLANK for a blank cell (counted as no).
 * Text is trimmed and compared in any case. Anything else gives an InputError.
 */
export function answerOf(value: CellValue): boolean | Blank | InputError {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
  } else if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === '') return BLANK;
    if (isErrorText(value)) return new InputError({ kind: 'cellError', text: value });
    if (YES_WORDS.has(word)) return true;
    if (NO_WORDS.has(word)) return false;
  } else if (value === null || value === undefined) {
    return BLANK;
  }
  return new InputError('answerInvalid', value);
}

function orThrow<T>(read: (value: CellValue) => T | InputError): (value: CellValue) => T {
  return (value) => {
    const result = read(value);
    if (result instanceof InputError) throw result;
    return result;
  };
}

/** hoursOf for single values read outside sheet functions. @throws InputError */
export const toHours = /* @__PURE__ */ orThrow(hoursOf);
/** scoreOf for single values read outside sheet functions. @throws InputError */
export const toScore = /* @__PURE__ */ orThrow(scoreOf);
/** answerOf for single values read outside sheet functions. @throws InputError */
export const toAnswer = /* @__PURE__ */ orThrow(answerOf);
