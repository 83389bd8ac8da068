/**
 * Sheet functions in Google Sheets: each catalog function evaluated and its
 * result shown as shared/function-results.ts says (a single bad value thrown,
 * a bad cell in a range as text starting with "#VALUE!").
 */
import { CATALOG, type SheetFunction } from '../shared/catalog';
import type { CellInput } from '../shared/cells';
import { type SheetsResult, catalogResult, problemTexts, resultForSheets } from '../shared/function-results';
import { type Language, languageForLocale } from '../shared/language';

/** The spreadsheet's locale decides the language of error messages; asked only when one is shown. */
function messageLanguage(): Language {
  try {
    return languageForLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/** Evaluates a catalog function as a Sheets custom function. */
export function evaluateForSheets(fn: SheetFunction, args: readonly CellInput[], language = messageLanguage): SheetsResult {
  return resultForSheets(catalogResult(fn, args), problemTexts(language));
}

/** One entry per catalog function, called by the generated top-level stubs. */
export const sheetFunctions: Record<string, (...args: CellInput[]) => SheetsResult> = {};
for (const fn of CATALOG) {
  sheetFunctions[fn.name] = (...args) => evaluateForSheets(fn, args);
}
