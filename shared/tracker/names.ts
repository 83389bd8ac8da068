/**
 * Names for a new tracker's sheets (and Excel tables) and its Settings sheet
 * with the defined names of its settings, never taking one that exists: the
 * plain names in the user's language, or when any of them is taken, the
 * first "Name (n)" set of which none is taken, so the sheets and names stay
 * a matching set. Comparison ignores case, as both hosts do. In Excel,
 * tables and defined names share one namespace; in Sheets the defined names
 * are the named ranges.
 */
import type { Language } from '../language';
import { SHEET_NAMES } from '../messages/tracker-layout';
import { SETTINGS_SHEET_NAMES } from '../messages/tracker-settings';
import { TRACKER_SHEETS, type TrackerSheet } from './columns';
import { SETTING_NAME_KEYS, settingNamesFor, type SettingNames } from './settings';
import { DASHBOARD_SHEET_NAMES } from '../messages/dashboard';

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

/**
 * @param takenSheets sheet names in use
 * @param takenNames table names and defined names in use (Excel), or named ranges (Sheets)
 */
export function planTrackerNames(language: Language, takenSheets: readonly string[], takenNames: readonly string[] = []): TrackerNamePlan {
  const sheetsTaken = new Set(takenSheets.map((name) => name.toLowerCase()));
  const namesTaken = new Set(takenNames.map((name) => name.toLowerCase()));
  const base = SHEET_NAMES[language];
  const plainSheets = [...TRACKER_SHEETS.map((sheet) => base[sheet]), SETTINGS_SHEET_NAMES[language], DASHBOARD_SHEET_NAMES[language]];
  const existing = plainSheets.filter((name) => sheetsTaken.has(name.toLowerCase()));
  const numbered = (name: string, n: number) => (n === 1 ? name : `${name} (${n})`);
  for (let n = 1; ; n++) {
    const sheets = {} as TrackerNames;
    const tables = {} as TrackerNames;
    for (const sheet of TRACKER_SHEETS) {
      sheets[sheet] = numbered(base[sheet], n);
      tables[sheet] = n === 1 ? tableName(base[sheet]) : `${tableName(base[sheet])}${n}`;
    }
    const settingsSheet = numbered(SETTINGS_SHEET_NAMES[language], n);
    const settings = settingNamesFor(n);
    const dashboard = numbered(DASHBOARD_SHEET_NAMES[language], n);
    const free =
      TRACKER_SHEETS.every((sheet) => !sheetsTaken.has(sheets[sheet].toLowerCase()) && !namesTaken.has(tables[sheet].toLowerCase())) &&
      !sheetsTaken.has(settingsSheet.toLowerCase()) &&
      !sheetsTaken.has(dashboard.toLowerCase()) &&
      SETTING_NAME_KEYS.every((key) => !namesTaken.has(settings[key].toLowerCase()));
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
  const sheetsTaken = new Set(takenSheets.map((name) => name.toLowerCase()));
  const namesTaken = new Set(takenNames.map((name) => name.toLowerCase()));
  for (const n of [own, ...Array.from({ length: 1000 }, (_, index) => index + 1)]) {
    const settingsSheet = n === 1 ? SETTINGS_SHEET_NAMES[language] : `${SETTINGS_SHEET_NAMES[language]} (${n})`;
    const settings = settingNamesFor(n);
    if (!sheetsTaken.has(settingsSheet.toLowerCase()) && SETTING_NAME_KEYS.every((key) => !namesTaken.has(settings[key].toLowerCase())))
      return { settingsSheet, settings };
  }
  throw new Error('No free name for a Settings sheet');
}

/** The number of a tracker's sheet name: "Partners (2)" → 2, "Partners" → 1. */
export function trackerNumber(sheetName: string): number {
  const match = /\((\d+)\)\s*$/.exec(sheetName);
  return match ? Number(match[1]) : 1;
}
