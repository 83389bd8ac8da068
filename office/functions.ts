/**
 * Sheet functions in Excel, registered with CustomFunctions.associate for
 * every catalog entry; results shown as shared/function-results.ts says.
 * Excel shows a CustomFunctions.Error as #VALUE! with its message, also
 * inside a returned array. Excel hands dates over as serial numbers and
 * shows a serial as a date in a cell formatted as one, so date results are
 * serials.
 */
import { CATALOG, type SheetFunction } from '../shared/catalog';
import type { CellInput } from '../shared/cells';
import { SERIAL_CALENDAR } from '../shared/date-cells';
import { catalogResult, problemTexts, resultForExcel } from '../shared/function-results';
import { displayLanguage } from './language';

type ExcelCell = string | number | boolean | CustomFunctions.Error;

function excelError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * Evaluates a catalog function as an Excel custom function. Every parameter
 * and the result are matrices: a single cell arrives as [[value]] and a
 * single result is returned as [[value]]; a single bad value is thrown.
 */
export function evaluateForExcel(fn: SheetFunction, args: readonly CellInput[], language = displayLanguage): ExcelCell[][] {
  return resultForExcel(catalogResult(fn, args, SERIAL_CALENDAR), problemTexts(language), excelError);
}

for (const fn of CATALOG) {
  CustomFunctions.associate(fn.name, (...args: CellInput[]) => evaluateForExcel(fn, args));
}
