/**
 * How a computed cell value looks in the grid: text, alignment, error
 * message, and the stage colours of the tracker's conditional formatting.
 */
import { cellText } from '../shared/cells';
import { findColourColumns, type ColourRule, type Colours } from '../shared/formatting';
import type { Language } from '../shared/language';
import { colourRulesAt, type SheetLayout } from '../shared/tracker';
import { formatBoolean, formatNumber } from './format';

export type CellKind = 'empty' | 'text' | 'number' | 'boolean' | 'error';

export interface CellDisplay {
  text: string;
  kind: CellKind;
  /** The error's message, for error values. */
  message?: string;
}

/** An error value of the formula engine: "#ERROR!", "#VALUE!", … with a message. */
export function errorOf(value: unknown): { code: string; message: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const error = value as { error?: unknown; message?: unknown };
  if (typeof error.error !== 'string' || !error.error.startsWith('#')) return null;
  return { code: error.error, message: typeof error.message === 'string' ? error.message : '' };
}

/** Sheets cannot return an error inside an array, so the add-on writes "#VALUE! message" text there. */
const ERROR_TEXT = /^#(?:VALUE|ERROR|REF|N\/A|NUM|DIV\/0|NAME\?)!?\s*/;

export function displayOf(value: unknown, pattern: string, language: Language): CellDisplay {
  const error = errorOf(value);
  if (error) return { text: error.code, kind: 'error', message: error.message };
  if (value === null || value === undefined || value === '') return { text: '', kind: 'empty' };
  if (typeof value === 'number') return { text: formatNumber(value, pattern, language), kind: 'number' };
  if (typeof value === 'boolean') return { text: formatBoolean(value, language), kind: 'boolean' };
  const text = cellText(value);
  const match = ERROR_TEXT.exec(text);
  if (match) return { text: match[0].trim(), kind: 'error', message: text.slice(match[0].length) };
  return { text, kind: 'text' };
}

/** The conditional-format rules of a Partners layout for one sheet row, with the column each applies to. */
export function colourRulesForRow(layout: SheetLayout, row: number): { rule: ColourRule; col: number }[] {
  const columns = findColourColumns(layout.columns.map((column) => column.header));
  if (columns.stage < 0) return [];
  return colourRulesAt(columns, row).map(({ column, ...rule }) => ({ rule, col: column }));
}

/**
 * Colours of the cells of one row: for each cell, the first rule whose
 * formula is TRUE, as Sheets applies conditional formats.
 */
export function rowColours(layout: SheetLayout, row: number, evaluate: (formula: string) => unknown): Map<number, Colours> {
  const colours = new Map<number, Colours>();
  for (const { rule, col } of colourRulesForRow(layout, row)) {
    if (colours.has(col)) continue;
    if (evaluate(rule.formula) === true) colours.set(col, { background: rule.background, text: rule.text });
  }
  return colours;
}
