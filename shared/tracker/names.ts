/**
 * Names for a new tracker's sheets (and Excel tables) and its Settings sheet
 * with the defined names of its settings, never taking one that exists: the
 * plain names in the user's language, or when any of them is taken, the
 * first "Name (n)" set of which none is taken, so the sheets and names stay
 * a matching set. Comparison ignores case, as both hosts do. In Excel,
 * tables and defined names share one namespace; in Sheets the defined names
 * are the named ranges. A part added to an existing tracker (its Settings,
 * its Dashboard) tries the tracker's own number first, then 1, 2…
 */
import type { Language } from '../language';
import { SHEET_NAMES } from '../messages/tracker-layout';
import { SETTINGS_SHEET_NAMES } from '../messages/tracker-settings';
import { TRACKER_SHEETS, type TrackerSheet } from './columns';
import { SETTING_NAME_KEYS, settingNamesFor, type SettingNames } from './settings';
import { DASHBOARD_SHEET_NAMES } from '../messages/dashboard';
import { trackerNumber } from './tracker-number';

export { trackerNumber };

export { SHEET_NAMES };

/** Where formulas find the tracker's parts: sheet names (Sheets) or table names (Excel). */
export type TrackerNames = Record<TrackerSheet, string>;

export interface TrackerNamePlan {
  /** Sheet names to create. */
  sheets: TrackerNames;
  /** Excel table names (letters and digits only). */
  tables: TrackerNames;
  /** The Settings sheet to create. */
  settingsSheet: string;
  /** The defined names of the settings. */
  settings: SettingNames;
  /** The Dashboard sheet to create. */
  dashboard: string;
  /** Sheets of the plain names that exist already and stay untouched. */
  existing: string[];
}

function tableName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '');
}

/** The n-th tracker's name of a sheet: "Settings", then "Settings (2)"… */
export function numberedName(name: string, n: number): string {
  return n === 1 ? name : `${name} (${n})`;
}

/** Names in use, lower-cased, as both hosts compare them. */
export function takenSet(names: readonly string[]): Set<string> {
  return new Set(names.map((name) => name.toLowerCase()));
}

/** True when none of the setting names is in use (`taken` lower-cased). */
export function settingNamesFree(names: SettingNames, taken: ReadonlySet<string>): boolean {
  return SETTING_NAME_KEYS.every((key) => !taken.has(names[key].toLowerCase()));
}

/**
 * The first free candidate for a part of an existing tracker: number `own`
 * first, then 1 to 1000.
 * @throws Error with `problem` when none of them is free
 */
export function firstFreeNumbered<T>(own: number, candidate: (n: number) => T, free: (value: T) => boolean, problem: string): T {
  for (const n of [own, ...Array.from({ length: 1000 }, (_, index) => index + 1)]) {
    const value = candidate(n);
    if (free(value)) return value;
  }
  throw new Error(problem);
}

/**
 * @param takenSheets sheet names in use
 * @param takenNames table names and defined names in use (Excel), or named ranges (Sheets)
 */
export function planTrackerNames(language: Language, takenSheets: readonly string[], takenNames: readonly string[] = []): TrackerNamePlan {
  const sheetsTaken = takenSet(takenSheets);
  const namesTaken = takenSet(takenNames);
  const base = SHEET_NAMES[language];
  const plainSheets = [...TRACKER_SHEETS.map((sheet) => base[sheet]), SETTINGS_SHEET_NAMES[language], DASHBOARD_SHEET_NAMES[language]];
  const existing = plainSheets.filter((name) => sheetsTaken.has(name.toLowerCase()));
  for (let n = 1; ; n++) {
    const sheets = {} as TrackerNames;
    const tables = {} as TrackerNames;
    for (const sheet of TRACKER_SHEETS) {
      sheets[sheet] = numberedName(base[sheet], n);
      tables[sheet] = n === 1 ? tableName(base[sheet]) : `${tableName(base[sheet])}${n}`;
    }
    const settingsSheet = numberedName(SETTINGS_SHEET_NAMES[language], n);
    const settings = settingNamesFor(n);
    const dashboard = numberedName(DASHBOARD_SHEET_NAMES[language], n);
    const free =
      TRACKER_SHEETS.every((sheet) => !sheetsTaken.has(sheets[sheet].toLowerCase()) && !namesTaken.has(tables[sheet].toLowerCase())) &&
      !sheetsTaken.has(settingsSheet.toLowerCase()) &&
      !sheetsTaken.has(dashboard.toLowerCase()) &&
      settingNamesFree(settings, namesTaken);
    if (free) return { sheets, tables, settingsSheet, settings, dashboard, existing };
  }
}

/** The sheet names of a plan in TRACKER_SHEETS order. */
export function sheetNamesOf(names: TrackerNames): string[] {
  return TRACKER_SHEETS.map((sheet) => names[sheet]);
}

/** Every sheet a plan creates: the tracker's sheets, its Settings, then its Dashboard. */
export function plannedSheets(plan: TrackerNamePlan): string[] {
  return [...sheetNamesOf(plan.sheets), plan.settingsSheet, plan.dashboard];
}

/** A Settings sheet and its defined names for an existing tracker: the first free set, trying the tracker's own number first. */
export function planSettingsNames(
  language: Language,
  takenSheets: readonly string[],
  takenNames: readonly string[],
  own = 1,
): { settingsSheet: string; settings: SettingNames } {
  const sheetsTaken = takenSet(takenSheets);
  const namesTaken = takenSet(takenNames);
  return firstFreeNumbered(
    own,
    (n) => ({ settingsSheet: numberedName(SETTINGS_SHEET_NAMES[language], n), settings: settingNamesFor(n) }),
    ({ settingsSheet, settings }) => !sheetsTaken.has(settingsSheet.toLowerCase()) && settingNamesFree(settings, namesTaken),
    'No free name for a Settings sheet',
  );
}
