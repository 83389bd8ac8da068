/**
 * How Bondstage writes a cell so that the spreadsheet stores exactly what it
 * was given. Both hosts only read and write; the decision is made here.
 *
 * Rules:
 * - Sheets and Excel read a text written as a cell value the way they read
 *   typing: "=…" becomes a formula (Excel also "+…", "-…"), "007" the number
 *   7, "TRUE" a boolean, "1/2" a date. A cell whose number format is text
 *   ("@") keeps what it is given. So every cell that receives text is given
 *   the text format first, in the same batch of writes, then its value.
 * - Text is a non-empty string. Numbers, booleans and dates are written as
 *   themselves and keep the column's own format; blank cells keep theirs.
 * - Formulas are never written as values: hosts write them with their
 *   formula calls, into cells that are not text-formatted.
 */

/** The number format "text" (Sheets: Plain text; Excel: Text). */
export const TEXT_FORMAT = '@';

/** True for a formula: a string starting with "=" (a layout's formula, or what Range.formulas / getFormulas holds). */
export function isFormula(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('=');
}

/** True for a value written as text: a non-empty string. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** The number format of each cell of a row: text cells get TEXT_FORMAT, the others `otherFormats` (one per column, or one for all). */
export function rowFormats(values: readonly unknown[], otherFormats: readonly string[] | string): string[] {
  return values.map((value, index) =>
    isText(value) ? TEXT_FORMAT : typeof otherFormats === 'string' ? otherFormats : otherFormats[index],
  );
}

/** Number formats of a block of rows, as rowFormats gives them row by row. */
export function blockFormats(
  rows: readonly (readonly unknown[])[],
  otherFormats: (rowIndex: number) => readonly string[] | string,
): string[][] {
  return rows.map((row, index) => rowFormats(row, otherFormats(index)));
}

/** A run of adjacent text cells in a row: its first 0-based column and how many cells. */
export interface TextRun {
  column: number;
  length: number;
}

/** The runs of adjacent text cells in a row, left to right: each is formatted as text with one call before the row is written. */
export function textRuns(values: readonly unknown[]): TextRun[] {
  const runs: TextRun[] = [];
  values.forEach((value, column) => {
    if (!isText(value)) return;
    const last = runs[runs.length - 1];
    if (last && last.column + last.length === column) last.length++;
    else runs.push({ column, length: 1 });
  });
  return runs;
}
