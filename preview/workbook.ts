/**
 * The preview's workbook: the three tracker sheets exactly as the add-on lays
 * them out in Google Sheets (shared/tracker/layout.ts, Sheets dialect), with the
 * cells the person typed. Formulas are not stored: they come from the layout,
 * as the add-on writes them, so a stored workbook holds only input.
 */
import type { Language } from '../shared/language';
import { excelSerialDate } from '../shared/dates';
import {
  CHECK_COLUMNS,
  MEETING_COLUMN_KEYS,
  PARTNER_COLUMN_KEYS,
  SHEETS_DIALECT,
  TRACKER_SHEETS,
  planTrackerNames,
  trackerLayouts,
  type ColumnLayout,
  type SheetLayout,
  type TrackerCell,
  type TrackerSheet,
} from '../shared/tracker';
import type { CellContent } from './format';

export interface WorkbookData {
  language: Language;
  /** False while the workbook is the untouched example. */
  edited: boolean;
  /** Input cells of the data rows (sheet row 2 downwards) of each sheet; formula columns hold "". */
  inputs: Record<TrackerSheet, CellContent[][]>;
}

function contentOf(cell: TrackerCell): CellContent {
  return cell instanceof Date ? excelSerialDate(cell) : cell;
}

/** The layouts of a tracker in the given language, with or without the example rows. */
export function layoutsFor(language: Language, withExamples: boolean, today = new Date()): Record<TrackerSheet, SheetLayout> {
  const layouts = trackerLayouts({ dialect: SHEETS_DIALECT, language, names: planTrackerNames(language, []), withExamples, today });
  return Object.fromEntries(layouts.map((layout) => [layout.sheet, layout])) as Record<TrackerSheet, SheetLayout>;
}

/** A new tracker with the add-on's example partners and meetings, as "Create partner tracker" makes it. */
export function exampleWorkbook(language: Language, today = new Date()): WorkbookData {
  const layouts = layoutsFor(language, true, today);
  const inputs = {} as Record<TrackerSheet, CellContent[][]>;
  for (const sheet of TRACKER_SHEETS) inputs[sheet] = layouts[sheet].rows.map((row) => row.map(contentOf));
  return { language, edited: false, inputs };
}

/** True when the column's cells are computed by the tracker's formulas. */
export function isComputed(column: ColumnLayout): boolean {
  return column.rowFormula !== undefined || column.headerFormula !== undefined;
}

/** Sets one input cell, growing the rows as needed; trailing blank rows are dropped. */
export function withInput(inputs: readonly CellContent[][], row: number, col: number, width: number, value: CellContent): CellContent[][] {
  const next = inputs.map((cells) => cells.slice());
  while (next.length <= row) next.push(new Array<CellContent>(width).fill(''));
  while (next[row].length < width) next[row].push('');
  next[row][col] = value;
  while (next.length > 0 && next[next.length - 1].every((cell) => cell === '')) next.pop();
  return next;
}

function isCellContent(value: unknown): value is CellContent {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * The input columns of each sheet by key, stored with the work (version 2),
 * so a workbook stored under an older layout is read column by column into
 * the current one. Version 1 stored no keys: its layout is the one below.
 */
const VERSION_1_COLUMNS: Record<TrackerSheet, readonly string[] | null> = {
  partners: [
    'partner',
    'company',
    'profession',
    'hoursTogether',
    'stage',
    'progress',
    'hoursToNext',
    'lastContact',
    'contactEvery',
    'nextContactDue',
    'checklistScore',
    'checkedOn',
    'referralReady',
    'referralsGiven',
    'referralsReceived',
    'notes',
  ],
  meetings: ['date', 'partner', 'hours', 'kind', 'notes'],
  checks: null,
};

/** The keys of each sheet's columns as the current layout lays them out (same in every language). */
const CURRENT_COLUMNS: Record<TrackerSheet, readonly string[]> = {
  partners: PARTNER_COLUMN_KEYS,
  meetings: MEETING_COLUMN_KEYS,
  checks: CHECK_COLUMNS.map((column) => column.key),
};

/** Stored rows laid out by `stored` keys, moved into the current columns; columns no longer laid out are dropped. */
function intoCurrentColumns(rows: CellContent[][], stored: readonly string[] | null, current: readonly string[]): CellContent[][] {
  if (!stored || stored.join() === current.join()) return rows;
  return rows.map((row) => current.map((key) => (stored.includes(key) ? (row[stored.indexOf(key)] ?? '') : '')));
}

/** A workbook from stored JSON, or null when the text is not one (then the caller keeps it aside). */
export function parseWorkbook(text: string | null): WorkbookData | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  if (record.language !== 'en' && record.language !== 'de') return null;
  const inputs = record.inputs as Record<string, unknown> | undefined;
  if (typeof inputs !== 'object' || inputs === null) return null;
  const checked = {} as Record<TrackerSheet, CellContent[][]>;
  const columns = (record.columns ?? {}) as Partial<Record<TrackerSheet, unknown>>;
  for (const sheet of TRACKER_SHEETS) {
    const rows = inputs[sheet];
    if (!Array.isArray(rows) || !rows.every((row) => Array.isArray(row) && row.every(isCellContent))) return null;
    const keys = columns[sheet];
    const stored =
      Array.isArray(keys) && keys.every((key) => typeof key === 'string') ? keys : record.version === 1 ? VERSION_1_COLUMNS[sheet] : null;
    checked[sheet] = intoCurrentColumns(rows, stored, CURRENT_COLUMNS[sheet]);
  }
  return { language: record.language, edited: record.edited === true, inputs: checked };
}

export function serializeWorkbook(data: WorkbookData): string {
  return JSON.stringify({ format: 'bondstage-preview', version: 2, columns: CURRENT_COLUMNS, ...data });
}
