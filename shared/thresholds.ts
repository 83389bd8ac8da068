/**
 * The three stage thresholds: the hours at which a partner becomes a casual
 * friend, a friend and a close friend. Hall (2018) found about 50, 90 and 200
 * hours; the same study gives other sets for students (43/57/119) and adults
 * (94/164/219), which a sheet may pass instead.
 *
 * Rules for a `thresholds` argument:
 * - omitted or blank (a blank cell, or a range of blank cells) means 50/90/200;
 * - else three numbers (or numeric text, read as hours are: cells.ts), strictly
 *   ascending and above 0, as a 1×3 or 3×1 range or an array literal such as
 *   {43,57,119};
 * - anything else (two numbers, a 2×2 range, text, 0, not ascending) is one
 *   InputError for the whole call: the set is never broadcast per cell.
 */
import { type CellInput, type CellValue, InputError, hoursOf, isBlank, isGrid, rectangular, shapeOf } from './cells';
import { isErrorText } from './cell-errors';

/** Hours at which casual friend, friend and close friend begin. */
export type Thresholds = readonly [number, number, number];

/** Hall (2018): about 50, 90 and 200 hours. */
export const DEFAULT_THRESHOLDS: Thresholds = [50, 90, 200];

const COUNT = 3;

/** The cells of a 1×3 or 3×1 argument in order, or undefined for any other shape. */
function threeCells(input: CellInput): readonly CellValue[] | undefined {
  if (!isGrid(input)) return undefined;
  const grid = rectangular(input);
  if (grid.length === 1 && grid[0].length === COUNT) return grid[0];
  if (grid.length === COUNT && grid.every((row) => row.length === 1)) return grid.map((row) => row[0]);
  return undefined;
}

function allBlank(input: CellInput): boolean {
  if (!isGrid(input)) return isBlank(input);
  return rectangular(input).every((row) => row.every(isBlank));
}

/**
 * The thresholds a `thresholds` argument gives, or the InputError that says
 * what to enter.
 *
 * @example thresholdsOf(undefined) // [50, 90, 200]
 * @example thresholdsOf([[43, 57, 119]]) // [43, 57, 119]
 */
export function thresholdsOf(input: CellInput): Thresholds | InputError {
  if (allBlank(input)) return DEFAULT_THRESHOLDS;
  const cells = threeCells(input);
  if (!cells) {
    const grid = isGrid(input) ? rectangular(input) : [[input]];
    // A single cell is a value, however the host passes it (Excel: a 1×1 matrix).
    if (grid.length === 1 && grid[0].length === 1) return new InputError({ kind: 'thresholdsInvalid', value: grid[0][0] });
    return new InputError({ kind: 'thresholdsShape', shape: shapeOf(grid) });
  }
  const values: number[] = [];
  for (const cell of cells) {
    if (isErrorText(cell)) return new InputError({ kind: 'cellError', text: String(cell) });
    const hours = hoursOf(cell);
    const previous = values.length > 0 ? values[values.length - 1] : undefined;
    if (typeof hours !== 'number' || hours <= 0) return new InputError({ kind: 'thresholdsInvalid', value: cell });
    if (previous !== undefined && hours <= previous) return new InputError({ kind: 'thresholdsOrder', value: cell, previous });
    values.push(hours);
  }
  return values as unknown as Thresholds;
}
