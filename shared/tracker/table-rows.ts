/**
 * Where rows appended to a table go. An Excel table always keeps at least one
 * data row: a tracker created without examples starts with one blank row in
 * each table, and clearing a table's last rows leaves blank rows at its end.
 * Rules:
 * - appended rows fill the blank rows at the table's end first, from the
 *   first of them, then the table grows by the rest (rows.add);
 * - a row is blank only when nothing in it was typed: each cell is empty, or
 *   holds a formula in a column the tracker computes (its calculated column);
 *   a value, or a formula anywhere else, keeps the row, and it is never written over;
 * - the cells are what each cell holds (Excel's Range.formulas: the formula,
 *   else the value), so a formula showing "" still counts as typed.
 */
import { isFormula } from '../cell-writes';
import { PARTNER_COLUMNS, columnByKey, findColumn } from './columns';
import { COMPUTED_COLUMNS } from './formulas';
import type { HostGrid } from './reading';

/** A table as read: its 0-based header row and first column, its width, and its rows with the header. */
export interface TablePlace {
  headerRow: number;
  firstColumn: number;
  columns: number;
  rows: number;
}

/** Where `count` appended rows go: `intoBlank` into the blank rows from sheet row `firstRow` (0-based) on, then `added` by growing the table. */
export interface TableAppend {
  firstRow: number;
  intoBlank: number;
  added: number;
}

/** The 0-based columns of a header row that the tracker computes (its calculated columns). */
export function computedColumnsOf(header: readonly unknown[]): Set<number> {
  const found = COMPUTED_COLUMNS.map((key) => findColumn(header, columnByKey(PARTNER_COLUMNS, key)));
  return new Set(found.filter((index) => index >= 0));
}

function isEmpty(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}

/** True when nothing in the row was typed: every cell empty, or a formula in one of the `computed` columns. */
export function isBlankRow(cells: readonly unknown[], computed: ReadonlySet<number> = new Set()): boolean {
  return cells.every((cell, column) => isEmpty(cell) || (computed.has(column) && isFormula(cell)));
}

/**
 * Where `count` rows appended to `table` go. `contents` holds what the
 * sheet's cells hold, row 0 and column A first (rows beyond it are empty);
 * `computed` are the calculated columns, counted from column A.
 */
export function planTableAppend(
  table: TablePlace,
  contents: HostGrid,
  count: number,
  computed: ReadonlySet<number> = new Set(),
): TableAppend {
  const end = table.headerRow + table.rows;
  const computedHere = new Set([...computed].map((column) => column - table.firstColumn));
  let firstFree = end;
  while (firstFree > table.headerRow + 1) {
    const row = contents[firstFree - 1] ?? [];
    const cells = Array.from({ length: table.columns }, (_, index) => row[table.firstColumn + index] ?? '');
    if (!isBlankRow(cells, computedHere)) break;
    firstFree--;
  }
  const intoBlank = Math.min(count, end - firstFree);
  return { firstRow: firstFree, intoBlank, added: count - intoBlank };
}
