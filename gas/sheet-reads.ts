/**
 * Reads the Sheets commands and ports share: the tracker's sheets are
 * recognised by their header rows, one read of row 1 per sheet, a computed
 * column's header taken from its formula (headerTexts).
 */
import { type SheetHeader, headerTexts } from '../shared/tracker';

/** A sheet's name and header row; an empty header for an empty sheet. */
export function headerOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetHeader {
  const width = sheet.getLastColumn();
  if (width < 1) return { name: sheet.getName(), header: [] };
  const header = sheet.getRange(1, 1, 1, width);
  return { name: sheet.getName(), header: headerTexts(header.getValues()[0], header.getFormulas()[0]) };
}

/** Every given sheet's name and header row. */
export function headerRows(sheets: GoogleAppsScript.Spreadsheet.Sheet[]): SheetHeader[] {
  return sheets.map(headerOf);
}
