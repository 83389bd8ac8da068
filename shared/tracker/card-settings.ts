/**
 * The tracker's Settings as the checklist's partner card follows them: the
 * thresholds, the referral-ready rule, the forecast window and the checklist
 * renewal, read from the Settings sheet (settings.ts) that the host's read
 * step hands over with the tracker's other sheets.
 *
 * Rules:
 * - the Settings sheet is found as the tracker's other sheets are, by its
 *   header row (Setting, Value… in either language), and paired with a
 *   partner sheet by number as the defined names are: "Partners (2)" reads
 *   "Settings (2)", whose names its formulas use;
 * - a setting is found by its label in column A (either language), its value
 *   beside it in column B: rows the user moved are still found;
 * - no Settings sheet (a 1.0.0 tracker), or a setting without its row, gives
 *   the default, as a blank argument gives it to the sheet functions;
 * - each value is read by the rule of the function argument the tracker's
 *   formulas pass it to (thresholds as STAGEFORECAST's `thresholds`, the
 *   ready rule as REFERRALREADY's `min_hours` and `min_score`, the window as
 *   `window_days`, the renewal as NEXTSTEP's `renewal_days`), so a bad
 *   setting gives the card the very message the tracker's cells show;
 * - the problem travels as text in both languages: it must cross
 *   google.script.run, which carries no Date (a date typed into a setting).
 */
import { InputError, type CellInput, type CellValue } from '../cells';
import { numberReader } from '../argument-readers';
import { LANGUAGES, type Language } from '../language';
import { problemMessage, type NumberRule } from '../messages/functions';
import { thresholdsOf } from '../thresholds';
import { DEFAULT_CARD_SETTINGS, type CardSettings } from '../card-settings';

export { DEFAULT_CARD_SETTINGS, type CardSettings };
import { SETTINGS_HEADERS, SETTING_LABELS, type SettingKey } from '../messages/tracker-setting-labels';
import type { HostGrid } from './reading';

import { trackerNumber } from './tracker-number';

/** The values of each Settings name the tracker has; a missing or null entry is a name it does not have. */
export type SettingValues = Partial<Record<keyof CardSettings, HostGrid | null>>;

/** The settings, or the message of the first bad one in each language. */
export type CardSettingsReading = { settings: CardSettings; problem: null } | { settings: null; problem: Record<Language, string> };

type NumberSettingKey = Exclude<keyof CardSettings, 'thresholds'>;

/** The function argument each number setting is passed to, and its rule. */
const NUMBER_SETTINGS: Record<NumberSettingKey, { argument: string; rule: NumberRule }> = {
  readyHours: { argument: 'min_hours', rule: 'nonNegative' },
  readyScore: { argument: 'min_score', rule: 'score' },
  forecastDays: { argument: 'window_days', rule: 'positive' },
  renewalDays: { argument: 'renewal_days', rule: 'nonNegative' },
};

function problemOf(error: InputError): CardSettingsReading {
  const problem = {} as Record<Language, string>;
  for (const language of LANGUAGES) problem[language] = problemMessage(error.problem, language);
  return { settings: null, problem };
}

/** The first cell of a named range's values, as a one-cell argument. */
function firstCell(values: HostGrid): CellValue {
  return (values[0]?.[0] ?? '') as CellValue;
}

/** The card's settings from the values of the tracker's Settings names. */
export function cardSettingsOf(values: SettingValues): CardSettingsReading {
  const settings: CardSettings = { ...DEFAULT_CARD_SETTINGS };
  if (values.thresholds) {
    const thresholds = thresholdsOf(values.thresholds as CellInput);
    if (thresholds instanceof InputError) return problemOf(thresholds);
    settings.thresholds = thresholds;
  }
  for (const key of Object.keys(NUMBER_SETTINGS) as NumberSettingKey[]) {
    const cells = values[key];
    if (!cells) continue;
    const { argument, rule } = NUMBER_SETTINGS[key];
    const value = numberReader(argument, rule, DEFAULT_CARD_SETTINGS[key])(firstCell(cells));
    if (value instanceof InputError) return problemOf(value);
    settings[key] = value;
  }
  return { settings, problem: null };
}

/** True for a Settings sheet's header row: Setting and Value in either language. */
export function isSettingsHeader(header: readonly unknown[]): boolean {
  const cell = (index: number) => {
    const value = header[index];
    return typeof value === 'string' ? value.trim() : '';
  };
  return LANGUAGES.some((language) => cell(0) === SETTINGS_HEADERS[language][0] && cell(1) === SETTINGS_HEADERS[language][1]);
}

const THRESHOLD_KEYS: readonly SettingKey[] = ['casualFriend', 'friend', 'closeFriend'];
const NUMBER_KEYS: readonly (NumberSettingKey & SettingKey)[] = ['readyHours', 'readyScore', 'forecastDays', 'renewalDays'];

/** The values a Settings sheet holds (header row first), each setting found by its label. */
export function settingValuesOfSheet(values: HostGrid): SettingValues {
  const rowOf = new Map<string, unknown>();
  for (const row of values.slice(1)) {
    const label = typeof row[0] === 'string' ? row[0].trim() : '';
    if (label && !rowOf.has(label)) rowOf.set(label, row[1] ?? '');
  }
  const valueOf = (key: SettingKey): { found: boolean; value: unknown } => {
    for (const language of LANGUAGES) {
      const label = SETTING_LABELS[language][key];
      if (rowOf.has(label)) return { found: true, value: rowOf.get(label) };
    }
    return { found: false, value: '' };
  };
  const found: SettingValues = {};
  const thresholds = THRESHOLD_KEYS.map(valueOf);
  if (thresholds.every((threshold) => threshold.found)) found.thresholds = thresholds.map((threshold) => [threshold.value]);
  for (const key of NUMBER_KEYS) {
    const setting = valueOf(key);
    if (setting.found) found[key] = [[setting.value]];
  }
  return found;
}

/** The Settings sheet paired with a partner sheet: the one of the same number ("Partners (2)", "Settings (2)"), or none. */
export function settingsSheetFor(partnersSheet: string, settingsSheets: readonly string[]): string | null {
  const number = trackerNumber(partnersSheet);
  return settingsSheets.find((name) => trackerNumber(name) === number) ?? null;
}
