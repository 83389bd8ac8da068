/**
 * Columns a tracker sheet lacks, planned before a host writes them. Rules:
 * - a column is present when its header is found in either language
 *   (columns.ts), wherever it stands;
 * - missing columns go to the right end, after the last non-blank header,
 *   in the order of the current layout, so nothing the user has is moved;
 * - the plan is empty when nothing is missing, so running it again adds nothing.
 */
import { cellText } from '../cells';
import { findColumn, type ColumnDeclaration } from './columns';

export interface ColumnAddition<Column> {
  /** Zero-based column index where the column is written. */
  index: number;
  column: Column;
}

/** The index just right of the last non-blank header cell (0 for an empty row). */
export function firstFreeColumn(headerRow: readonly unknown[]): number {
  for (let index = headerRow.length - 1; index >= 0; index--) if (cellText(headerRow[index]).trim() !== '') return index + 1;
  return 0;
}

/**
 * The columns of `wanted` (a sheet's current layout, e.g. its ColumnLayouts)
 * whose header is missing from `headerRow`, each with the index it goes to.
 */
export function planMissingColumns<Column extends { key: string }>(
  headerRow: readonly unknown[],
  declarations: readonly ColumnDeclaration[],
  wanted: readonly Column[],
): ColumnAddition<Column>[] {
  const declarationOf = new Map(declarations.map((declaration) => [declaration.key, declaration]));
  let next = firstFreeColumn(headerRow);
  const additions: ColumnAddition<Column>[] = [];
  for (const column of wanted) {
    const declaration = declarationOf.get(column.key);
    if (!declaration) throw new Error(`Unknown column ${column.key}`);
    if (findColumn(headerRow, declaration) < 0) additions.push({ index: next++, column });
  }
  return additions;
}
