/**
 * The tracker's Settings sheet: the stage thresholds (a preset chosen from a
 * dropdown, whose choice fills the three values by formula, or custom
 * values), the referral-ready rule, the window of the recent pace and the
 * checklist renewal. Rules:
 * - one setting per row: label, value, explanation, source (columns A–D);
 * - the three threshold cells are formulas of the preset cell, recognising
 *   a preset in either language; Custom takes the three custom cells;
 * - every tracker formula reads a setting through its defined name (named
 *   range), so changing a value recomputes the whole tracker; the names of a
 *   second tracker get a suffix (names.ts) and never collide;
 * - the layout is host-neutral: Sheets and Excel write the same cells, since
 *   the threshold formulas use only A1 references on their own sheet.
 */
import { DEFAULT_CARD_SETTINGS } from '../card-settings';
import type { Language } from '../language';
import { PRESET_LABELS, SETTINGS_HEADERS, SETTING_TEXTS, type PresetKey, type SettingKey } from '../messages/tracker-settings';
import { LANGUAGES } from '../language';
import type { TrackerCell } from './columns';
import { textLiteral } from './formulas';
import type { ValidationRule } from './layout';

export type { SettingKey, PresetKey };

/** The named settings formulas read. `thresholds` is the three threshold cells, top to bottom. */
export const SETTING_NAME_KEYS = ['thresholds', 'readyHours', 'readyScore', 'forecastDays', 'renewalDays'] as const;
export type SettingNameKey = (typeof SETTING_NAME_KEYS)[number];
export type SettingNames = Record<SettingNameKey, string>;

const NAME_STEMS: SettingNames = {
  thresholds: 'Bondstage_Thresholds',
  readyHours: 'Bondstage_ReadyHours',
  readyScore: 'Bondstage_ReadyScore',
  forecastDays: 'Bondstage_ForecastDays',
  renewalDays: 'Bondstage_RenewalDays',
};

/**
 * The defined names of the n-th tracker of a file: Bondstage_Thresholds, then
 * Bondstage_Thresholds_2… Letters, digits and underscores, starting with a
 * letter and unlike any cell reference: valid in Sheets and Excel alike.
 */
export function settingNamesFor(n: number): SettingNames {
  const names = {} as SettingNames;
  for (const key of SETTING_NAME_KEYS) names[key] = n === 1 ? NAME_STEMS[key] : `${NAME_STEMS[key]}_${n}`;
  return names;
}

/** The setting rows in sheet order, and the default value of each input. */
export const SETTING_ROWS: readonly SettingKey[] = [
  'preset',
  'casualFriend',
  'friend',
  'closeFriend',
  'customCasualFriend',
  'customFriend',
  'customCloseFriend',
  'readyHours',
  'readyScore',
  'forecastDays',
  'renewalDays',
];

export const PRESETS: Record<Exclude<PresetKey, 'custom'>, readonly [number, number, number]> = {
  hall2018: DEFAULT_CARD_SETTINGS.thresholds,
  students: [43, 57, 119],
  adults: [94, 164, 219],
};

/** The inputs start at the core's defaults (card-settings.ts); Custom starts at Hall 2018's values. */
const DEFAULTS: Partial<Record<SettingKey, number>> = {
  customCasualFriend: DEFAULT_CARD_SETTINGS.thresholds[0],
  customFriend: DEFAULT_CARD_SETTINGS.thresholds[1],
  customCloseFriend: DEFAULT_CARD_SETTINGS.thresholds[2],
  readyHours: DEFAULT_CARD_SETTINGS.readyHours,
  readyScore: DEFAULT_CARD_SETTINGS.readyScore,
  forecastDays: DEFAULT_CARD_SETTINGS.forecastDays,
  renewalDays: DEFAULT_CARD_SETTINGS.renewalDays,
};

const THRESHOLD_ROWS = ['casualFriend', 'friend', 'closeFriend'] as const;
const CUSTOM_ROWS = ['customCasualFriend', 'customFriend', 'customCloseFriend'] as const;

const VALIDATIONS: Partial<Record<SettingKey, (language: Language) => ValidationRule>> = {
  preset: (language) => ({ kind: 'list', values: PRESET_ORDER.map((key) => PRESET_LABELS[key][language]), strict: true }),
  customCasualFriend: () => ({ kind: 'numberAtLeast', min: 0, strict: true }),
  customFriend: () => ({ kind: 'numberAtLeast', min: 0, strict: true }),
  customCloseFriend: () => ({ kind: 'numberAtLeast', min: 0, strict: true }),
  readyHours: () => ({ kind: 'numberAtLeast', min: 0, strict: true }),
  readyScore: () => ({ kind: 'wholeNumberBetween', min: 0, max: 9, strict: true }),
  forecastDays: () => ({ kind: 'numberAtLeast', min: 1, strict: true }),
  renewalDays: () => ({ kind: 'numberAtLeast', min: 1, strict: true }),
};

const PRESET_ORDER: readonly PresetKey[] = ['hall2018', 'students', 'adults', 'custom'];

/** Zero-based sheet row of a setting (row 0 is the header). */
export function settingRow(key: SettingKey): number {
  return SETTING_ROWS.indexOf(key) + 1;
}

/** The value cell of a setting as an absolute A1 reference: $B$2. */
function valueCell(key: SettingKey): string {
  return `$B$${settingRow(key) + 1}`;
}

/** True when the preset cell shows the preset's label in any language (case is ignored by both hosts). */
function presetTest(preset: PresetKey): string {
  const tests = LANGUAGES.map((language) => `${valueCell('preset')}=${textLiteral(PRESET_LABELS[preset][language])}`);
  return `OR(${tests.join(',')})`;
}

/** A threshold cell's formula: the chosen preset's value, the custom cell for Custom, Hall 2018 otherwise. */
export function thresholdFormula(index: 0 | 1 | 2): string {
  const custom = valueCell(CUSTOM_ROWS[index]);
  return (
    `=IF(${presetTest('custom')},${custom},` +
    `IF(${presetTest('students')},${PRESETS.students[index]},` +
    `IF(${presetTest('adults')},${PRESETS.adults[index]},${PRESETS.hall2018[index]})))`
  );
}

export interface SettingLayout {
  key: SettingKey;
  label: string;
  /** The value typed in, or the formula (threshold cells). */
  value: TrackerCell;
  explanation: string;
  source: string;
  validation?: { rule: ValidationRule; help: string };
}

/** A defined name and the value cells it covers (zero-based rows, all in column B). */
export interface SettingNameLayout {
  key: SettingNameKey;
  name: string;
  row: number;
  rows: number;
}

export interface SettingsLayout {
  name: string;
  header: readonly string[];
  rows: SettingLayout[];
  names: SettingNameLayout[];
  /** Column widths in pixels, A–D. */
  widths: readonly number[];
}

/** The zero-based column of the values. */
export const SETTINGS_VALUE_COLUMN = 1;

/** The Settings sheet of a new tracker, in the user's language, with the given sheet and defined names. */
export function settingsLayout(language: Language, sheetName: string, names: SettingNames): SettingsLayout {
  const rows = SETTING_ROWS.map((key): SettingLayout => {
    const texts = SETTING_TEXTS[language][key];
    const threshold = (THRESHOLD_ROWS as readonly SettingKey[]).indexOf(key);
    const value: TrackerCell =
      key === 'preset' ? PRESET_LABELS.hall2018[language] : threshold >= 0 ? thresholdFormula(threshold as 0 | 1 | 2) : DEFAULTS[key]!;
    const layout: SettingLayout = { key, label: texts.label, value, explanation: texts.explanation, source: texts.source };
    const rule = VALIDATIONS[key];
    if (rule && texts.help) layout.validation = { rule: rule(language), help: texts.help };
    return layout;
  });
  const single = (key: SettingNameKey & SettingKey): SettingNameLayout => ({ key, name: names[key], row: settingRow(key), rows: 1 });
  return {
    name: sheetName,
    header: SETTINGS_HEADERS[language],
    rows,
    names: [
      { key: 'thresholds', name: names.thresholds, row: settingRow('casualFriend'), rows: 3 },
      single('readyHours'),
      single('readyScore'),
      single('forecastDays'),
      single('renewalDays'),
    ],
    widths: [280, 130, 480, 360],
  };
}

/** The sheet's cells, header first: label, value (or formula), explanation, source. */
export function settingsCells(layout: SettingsLayout): TrackerCell[][] {
  return [[...layout.header], ...layout.rows.map((row) => [row.label, row.value, row.explanation, row.source])];
}

/** Where a defined name points, as both hosts write it: 'Settings (2)'!$B$3:$B$5. */
export function settingNameReference(sheetReference: string, name: SettingNameLayout): string {
  const first = name.row + 1;
  const last = first + name.rows - 1;
  return `${sheetReference}!$B$${first}${name.rows > 1 ? `:$B$${last}` : ''}`;
}
