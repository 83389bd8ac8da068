/**
 * Cell values as the hosts hand them to sheet functions, and the rules that
 * turn them into hours, scores and yes/no answers.
 *
 * Sheets passes a single cell as a plain value and a range as a 2D array
 * (dates as Date objects, blanks as ""). Excel passes matrix parameters as 2D
 * arrays (blanks as null on the web and 0 on desktop).
 */
import { CHECKLIST_SIZE } from './checklist';
import { isErrorText } from './cell-errors';
import type { Problem } from './messages/functions';

export type CellValue = string | number | boolean | Date | null | undefined;
export type CellGrid = CellValue[][];
export type CellInput = CellValue | CellGrid;

/** The result shown for a blank input: an empty string, never null (Excel shows null inside arrays as 0). */
export const BLANK = '';
export type Blank = typeof BLANK;

/** Bad input for one call or one cell. The message is rendered in the user's language by the host. */
export class InputError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.kind);
    this.name = 'InputError';
  }
}

/** A cell of a result. A Date only where a function returns a date cell it was given (LASTCONTACT). */
export type CellResult = string | number | boolean | Date | InputError;
export type FunctionResult = CellResult | CellResult[][];

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

/** Rows × columns of a grid, as shown in messages ("3×1"). */
export function shapeOf(grid: CellGrid): string {
  return `${grid.length}×${grid.length ? grid[0].length : 0}`;
}

/** Short quoted form of a value for an error message. */
export function describeValue(value: CellValue): string {
  if (isDate(value)) return 'a date';
  if (typeof value === 'string') return JSON.stringify(value.length > 24 ? `${value.slice(0, 23)}…` : value);
  return String(value);
}

const NUMERIC_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * Hours from a cell: a finite number of 0 or more, or numeric text with a
 * decimal point or a decimal comma ("89,5"). Blank gives BLANK.
 *
 * @throws InputError for negatives, NaN, infinities, booleans, dates and other text.
 */
export function toHours(value: CellValue): number | Blank {
  if (isBlank(value)) return BLANK;
  if (isErrorText(value)) throw new InputError({ kind: 'cellError', text: String(value) });
  let hours: number;
  if (typeof value === 'number') {
    hours = value;
  } else if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) {
    hours = Number(value.trim().replace(',', '.'));
  } else {
    throw new InputError({ kind: 'hoursNotNumber', got: describeValue(value) });
  }
  if (!Number.isFinite(hours)) throw new InputError({ kind: 'hoursNotNumber', got: describeValue(value) });
  if (hours < 0) throw new InputError({ kind: 'hoursNegative', got: describeValue(value) });
  return hours;
}

/**
 * A checklist score from a cell: a whole number from 0 to 9 (number or numeric text). Blank gives BLANK.
 *
 * @throws InputError for anything else.
 */
export function toScore(value: CellValue): number | Blank {
  if (isBlank(value)) return BLANK;
  if (isErrorText(value)) throw new InputError({ kind: 'cellError', text: String(value) });
  let score = NaN;
  if (typeof value === 'number') score = value;
  else if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) score = Number(value.trim().replace(',', '.'));
  if (!Number.isInteger(score) || score < 0 || score > CHECKLIST_SIZE) {
    throw new InputError({ kind: 'scoreInvalid', got: describeValue(value) });
  }
  return score;
}

const YES_WORDS = new Set(['true', '1', 'yes', 'y', 'ja', 'j', 'x', '✓', '✔']);
const NO_WORDS = new Set(['false', '0', 'no', 'n', 'nein']);

/**
 * A checklist answer from a cell: true for TRUE, 1, yes, y, ja, j, x, ✓, ✔;
 * false for FALSE, 0, no, n, nein; BLANK for a blank cell (counted as no).
 * Text is trimmed and compared in any case.
 *
 * @throws InputError for any other value.
 */
export function toAnswer(value: CellValue): boolean | Blank {
  if (typeof value === 'boolean') return value;
  if (isBlank(value)) return BLANK;
  if (isErrorText(value)) throw new InputError({ kind: 'cellError', text: String(value) });
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
  } else if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (YES_WORDS.has(word)) return true;
    if (NO_WORDS.has(word)) return false;
  }
  throw new InputError({ kind: 'answerInvalid', got: describeValue(value) });
}

/** Runs `evaluate` on one value and returns its InputError instead of throwing it, so one bad cell stays in its cell. */
export function evaluateCell<T>(value: T, evaluate: (value: T) => CellResult): CellResult {
  try {
    return evaluate(value);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

/** Applies `evaluate` to a single value, or to each cell of a range keeping its shape. */
export function mapCells(input: CellInput, evaluate: (value: CellValue) => CellResult): FunctionResult {
  if (!isGrid(input)) return evaluateCell(input, evaluate);
  const rows = new Array<CellResult[]>(input.length);
  for (let r = 0; r < input.length; r++) {
    const source = input[r];
    const row = new Array<CellResult>(source.length);
    for (let c = 0; c < source.length; c++) row[c] = evaluateCell(source[c], evaluate);
    rows[r] = row;
  }
  return rows;
}
