/**
 * Sheet functions in Google Sheets. Sheets shows a thrown Error as #ERROR!
 * with its message, and cannot hold an error inside a returned array, so a
 * bad cell in a range becomes text starting with "#VALUE!".
 */
import { CATALOG, type SheetFunction } from '../shared/catalog';
import { type CellInput, type CellResult, type FunctionResult, InputError, isGrid } from '../shared/cells';
import { type Language, languageForLocale } from '../shared/language';
import { problemMessage } from '../shared/messages/functions';

type SheetsCell = string | number | boolean | Date;
export type SheetsResult = SheetsCell | SheetsCell[][];

/** The spreadsheet's locale decides the language of error messages; asked only when one is shown. */
function messageLanguage(): Language {
  try {
    return languageForLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

function cellText(result: CellResult, language: () => Language): SheetsCell {
  return result instanceof InputError ? `#VALUE! ${problemMessage(result.problem, language())}` : result;
}

/** Evaluates a catalog function as a Sheets custom function. */
export function evaluateForSheets(fn: SheetFunction, args: readonly CellInput[], language = messageLanguage): SheetsResult {
  let result: FunctionResult;
  try {
    result = fn.evaluate(args);
  } catch (error) {
    if (error instanceof InputError) throw new Error(problemMessage(error.problem, language()));
    throw error;
  }
  if (!isGrid(result)) {
    if (result instanceof InputError) throw new Error(problemMessage(result.problem, language()));
    return result;
  }
  let cachedLanguage: Language | undefined;
  const lazyLanguage = () => (cachedLanguage ??= language());
  return result.map((row) => row.map((cell) => cellText(cell, lazyLanguage)));
}

/** One entry per catalog function, called by the generated top-level stubs. */
export const sheetFunctions: Record<string, (...args: CellInput[]) => SheetsResult> = {};
for (const fn of CATALOG) {
  sheetFunctions[fn.name] = (...args) => evaluateForSheets(fn, args);
}
