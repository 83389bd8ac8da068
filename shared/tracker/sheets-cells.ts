/**
 * The cells of a tracker sheet in Google Sheets, as Create partner tracker
 * writes them (gas/tracker.ts) and the preview holds them (preview/): row 1
 * the headers, each computed column's array formula in its header cell;
 * below, the sheet's data rows (layout.dataRows) of input, blank in computed
 * columns, which their header formula fills.
 */
import type { SheetLayout } from './layout';

/**
 * The values Sheets is given: header texts, blank where a header formula
 * goes (it is written with setFormulas), then the data rows of `rows`, blank
 * below them.
 */
export function sheetsValues<Cell>(layout: SheetLayout, rows: readonly (readonly Cell[])[]): (Cell | '')[][] {
  const header = layout.columns.map((column) => (column.headerFormula ? '' : column.header)) as (Cell | '')[];
  const body = Array.from({ length: layout.dataRows }, (_, index) => {
    const row = rows[index] || [];
    return layout.columns.map((column, col) => (column.headerFormula || row[col] === undefined ? '' : row[col]));
  });
  return [header, ...body];
}

/** Every cell as the sheet holds it once written: sheetsValues with the header formulas in row 1. */
export function sheetsCells<Cell>(layout: SheetLayout, rows: readonly (readonly Cell[])[]): (Cell | string)[][] {
  const [, ...body] = sheetsValues(layout, rows);
  return [layout.columns.map((column) => column.headerFormula ?? column.header), ...body];
}
