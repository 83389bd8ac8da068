/**
 * A catalog function's result as each host shows it. Rules:
 * - A bad value (InputError) shows as its message in the user's language.
 *   The language is asked only when a message is shown, and once per call.
 *   An InputError the function throws is its single result.
 * - Google Sheets: a single value is returned, a single bad value thrown as
 *   an Error (Sheets shows #ERROR! with the message). Sheets cannot hold an
 *   error inside a returned array, so a bad cell there becomes the text
 *   "#VALUE! message".
 * - Excel: every result is a matrix ([[value]] for one value). A bad cell is
 *   Excel's error value (CustomFunctions.Error: #VALUE! with the message),
 *   thrown when it is the only cell. Dates become serial numbers, as Excel
 *   hands them to functions.
 * - A formula engine (the preview's): as the host of the formula's dialect,
 *   except that a bad single value is the engine's error value, returned, and
 *   dates are serial numbers.
 * Host types stay with the hosts: each passes a factory for its error value.
 */
import type { SheetFunction } from './catalog';
import type { Calendar } from './date-cells';
import { type CellInput, type CellResult, type FunctionResult, InputError, isGrid } from './cells';
import type { Language } from './language';
import { problemMessage } from './messages/functions';
import { excelSerialDate } from './dates';

/** The message of a bad value. */
export type ProblemText = (error: InputError) => string;

/** Messages in the language `language` gives, asked at the first message and then kept. */
export function problemTexts(language: () => Language): ProblemText {
  let asked: Language | undefined;
  return (error) => problemMessage(error.problem, (asked ??= language()));
}

/** The result of a catalog function for `args` (dates through `calendar`, if given); an InputError it throws is returned as the result. */
export function catalogResult(fn: SheetFunction, args: readonly CellInput[], calendar?: Calendar): FunctionResult {
  try {
    return fn.evaluate(args, calendar);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

/** How Sheets shows a bad cell inside an array. */
export function sheetsErrorText(message: string): string {
  return `#VALUE! ${message}`;
}

export type SheetsCell = string | number | boolean | Date;
export type SheetsResult = SheetsCell | SheetsCell[][];

/** A result as a Sheets custom function returns it; a bad single value is thrown as an Error. */
export function resultForSheets(result: FunctionResult, message: ProblemText): SheetsResult {
  if (!isGrid(result)) {
    if (result instanceof InputError) throw new Error(message(result));
    return result;
  }
  return result.map((row) => row.map((cell) => (cell instanceof InputError ? sheetsErrorText(message(cell)) : cell)));
}

/** A cell value with dates as Excel serial numbers. */
function serialValue(cell: Exclude<CellResult, InputError>): string | number | boolean {
  return cell instanceof Date ? excelSerialDate(cell) : cell;
}

/** A result as an Excel custom function returns it, with `excelError` making Excel's error value; a bad single value is thrown. */
export function resultForExcel<E>(
  result: FunctionResult,
  message: ProblemText,
  excelError: (message: string) => E,
): (string | number | boolean | E)[][] {
  const grid = isGrid(result) ? result : [[result]];
  const only = grid.length === 1 && grid[0].length === 1 ? grid[0][0] : undefined;
  // Excel shows a thrown CustomFunctions.Error, which is no Error subclass, as #VALUE! with its message.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (only instanceof InputError) throw excelError(message(only));
  return grid.map((row) => row.map((cell) => (cell instanceof InputError ? excelError(message(cell)) : serialValue(cell))));
}

export type EngineCell<E> = string | number | boolean | E;

/**
 * A result as a formula engine holds it, with `engineError` making its error
 * value; arrays follow the host of the formula's dialect.
 */
export function resultForEngine<E>(
  result: FunctionResult,
  message: ProblemText,
  engineError: (message: string) => E,
  dialect: 'sheets' | 'excel',
): EngineCell<E> | EngineCell<E>[][] {
  const single = (cell: CellResult): EngineCell<E> => (cell instanceof InputError ? engineError(message(cell)) : serialValue(cell));
  if (!isGrid(result)) return single(result);
  if (dialect === 'excel') return result.map((row) => row.map(single));
  return result.map((row) => row.map((cell) => (cell instanceof InputError ? sheetsErrorText(message(cell)) : serialValue(cell))));
}
