/**
 * Reads the Excel ports share (the checklist and the calendar import):
 * - the tracker's sheets are recognised by their header rows, read in two
 *   syncs (sheet and table names; then each sheet's HEADER_RANGE);
 * - a used range may start right of column A: its cells are handed over as
 *   if read from column A, so column indexes are the sheet's;
 * - a row added to a table gets its text cells blank first, their text
 *   written once they are formatted as Text (shared/cell-writes.ts).
 */
import { isText } from '../shared/cell-writes';
import type { HostGrid, SheetHeader } from '../shared/tracker';

/** Header cells read per sheet to recognise the tracker's sheets: far wider than any tracker sheet. */
export const HEADER_RANGE = 'A1:AZ1';

/**
 * Every sheet's name and header row, and the workbook's tables (their names
 * loaded): 2 syncs. Loads queued before the call arrive with the first.
 */
export async function readSheetHeaders(context: Excel.RequestContext): Promise<{ headers: SheetHeader[]; tables: Excel.Table[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();

  const headerRanges = worksheets.items.map((sheet) => ({ name: sheet.name, header: sheet.getRange(HEADER_RANGE).load('values') }));
  await context.sync();
  return { headers: headerRanges.map(({ name, header }) => ({ name, header: header.values[0] })), tables: tables.items };
}

/** Values (or formulas) of a loaded used range as if read from column A. */
export function fromColumnA(range: Excel.Range, what: 'values' | 'formulas' = 'values'): HostGrid {
  const offset = range.columnIndex;
  return (range[what] as unknown[][]).map((row) => [...new Array<unknown>(offset).fill(''), ...row]);
}

/** A row with its text cells blank, for adding it to a table before those cells are formatted as text. */
export function withoutText<T>(row: readonly T[]): (T | '')[] {
  return row.map((value) => (isText(value) ? '' : value));
}
