/**
 * Sheet functions in Excel, registered with CustomFunctions.associate for
 * every catalog entry. Excel shows a CustomFunctions.Error as #VALUE! with its
 * message, also inside a returned array.
 */
import { CATALOG, type SheetFunction } from '../shared/catalog';
import { type CellInput, type CellResult, type FunctionResult, InputError, isGrid } from '../shared/cells';
import type { Language } from '../shared/language';
import { displayLanguage } from './language';
import { problemMessage } from '../shared/messages/functions';
import { excelSerialDate } from '../shared/dates';

type ExcelCell = string | number | boolean | CustomFunctions.Error;


function toExcelError(error: InputError, language: Language): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, problemMessage(error.problem, language));
}

function toExcelCell(cell: CellResult, language: () => Language): ExcelCell {
  if (cell instanceof InputError) return toExcelError(cell, language());
  // Excel hands dates to functions as serial numbers and shows them as such.
  return cell instanceof Date ? excelSerialDate(cell) : cell;
}

/**
 * Evaluates a catalog function as an Excel custom function. Every parameter
 * and the result are matrices: a single cell arrives as [[value]] and a
 * single result is returned as [[value]]; a single bad value is thrown.
 */
export function evaluateForExcel(fn: SheetFunction, args: readonly CellInput[], language = displayLanguage): ExcelCell[][] {
  let result: FunctionResult;
  try {
    result = fn.evaluate(args);
  } catch (error) {
    if (error instanceof InputError) throw toExcelError(error, language());
    throw error;
  }
  const grid = isGrid(result) ? result : [[result]];
  if (grid.length === 1 && grid[0].length === 1 && grid[0][0] instanceof InputError) {
    throw toExcelError(grid[0][0], language());
  }
  let cachedLanguage: Language | undefined;
  const lazyLanguage = () => (cachedLanguage ??= language());
  return grid.map((row) => row.map((cell) => toExcelCell(cell, lazyLanguage)));
}

for (const fn of CATALOG) {
  CustomFunctions.associate(fn.name, (...args: CellInput[]) => evaluateForExcel(fn, args));
}
