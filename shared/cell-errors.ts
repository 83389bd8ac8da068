/**
 * Errors that reach a sheet function as cell values. A function never sees a
 * real error value: the tracker's formulas turn an error cell into the text
 * CELL_ERROR_MARKER (IFERROR(range, "#ERROR!")), because a custom function
 * whose range holds an error is not run and would fail for every row. Google
 * Sheets cannot hold errors inside an array either, so a bad cell of a range
 * result is text starting with "#VALUE!". Both kinds of text are read as "this
 * cell holds an error": the result for that cell only is an error that names
 * the cause, and every other cell is computed as usual.
 */

/** What the tracker's formulas put in place of an error cell before a sheet function reads it. */
export const CELL_ERROR_MARKER = '#ERROR!';

const ERROR_TEXT = /^#(?:ERROR!|VALUE!|DIV\/0!|REF!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)(?: |$)/;

/** True for text that stands for an error: a spreadsheet error code, alone or followed by its message. */
export function isErrorText(value: unknown): boolean {
  return typeof value === 'string' && value.charCodeAt(0) === 35 /* # */ && ERROR_TEXT.test(value);
}

/** The message after an error code ("#VALUE! hours must…" gives "hours must…"), or "" for a bare code. */
export function errorTextMessage(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? '' : text.slice(space + 1).trim();
}
