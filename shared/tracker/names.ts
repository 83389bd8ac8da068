/**
 * Names for a new tracker's sheets (and Excel tables), never taking one that
 * exists: the plain names in the user's language, or when any of them is
 * taken, the first "Name (n)" set of which none is taken, so the three sheets
 * stay a matching set. Comparison ignores case, as both hosts do.
 */
import type { Language } from '../language';
import { SHEET_NAMES } from '../messages/tracker-layout';
import { TRACKER_SHEETS, type TrackerSheet } from './columns';

export { SHEET_NAMES };

/** Where formulas find the tracker's parts: sheet names (Sheets) or table names (Excel). */
export type TrackerNames = Record<TrackerSheet, string>;

export interface TrackerNamePlan {
  /** Sheet names to create. */
  sheets: TrackerNames;
  /** Excel table names (letters and digits only). */
  tables: TrackerNames;
  /** Sheets of the plain names that exist already and stay untouched. */
  existing: string[];
}

function tableName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '');
}

export function planTrackerNames(language: Language, takenSheets: readonly string[], takenTables: readonly string[] = []): TrackerNamePlan {
  const sheetsTaken = new Set(takenSheets.map((name) => name.toLowerCase()));
  const tablesTaken = new Set(takenTables.map((name) => name.toLowerCase()));
  const base = SHEET_NAMES[language];
  const existing = TRACKER_SHEETS.map((sheet) => base[sheet]).filter((name) => sheetsTaken.has(name.toLowerCase()));
  for (let n = 1; ; n++) {
    const sheets = {} as TrackerNames;
    const tables = {} as TrackerNames;
    for (const sheet of TRACKER_SHEETS) {
      sheets[sheet] = n === 1 ? base[sheet] : `${base[sheet]} (${n})`;
      tables[sheet] = n === 1 ? tableName(base[sheet]) : `${tableName(base[sheet])}${n}`;
    }
    const free = TRACKER_SHEETS.every(
      (sheet) => !sheetsTaken.has(sheets[sheet].toLowerCase()) && !tablesTaken.has(tables[sheet].toLowerCase()),
    );
    if (free) return { sheets, tables, existing };
  }
}

/** The sheet names of a plan in TRACKER_SHEETS order. */
export function sheetNamesOf(names: TrackerNames): string[] {
  return TRACKER_SHEETS.map((sheet) => names[sheet]);
}
