/**
 * The partner card follows the tracker's Settings (shared/tracker/card-settings.ts):
 * the Settings sheet found by its header and paired by number, each setting
 * by its label, the defaults without Settings, and a bad setting giving the
 * card the message the tracker's cells show, never a crash.
 */
import { InputError } from '../../shared/cells';
import { catalogFunction } from '../../shared/catalog';
import { partnerByName, readTrackerView, type HostGrid } from '../../shared/checklist-tracker';
import { isoDateFromSerial, serialFromIsoDate } from '../../shared/dates';
import { problemMessage } from '../../shared/messages/functions';
import { nextStepText } from '../../shared/messages/next-step';
import { PRESET_LABELS } from '../../shared/messages/tracker-settings';
import { partnerOutlook } from '../../shared/partner-outlook';
import { MEETING_COLUMNS, PARTNER_COLUMNS, headersFor } from '../../shared/tracker';
import { DEFAULT_CARD_SETTINGS, cardSettingsOf, settingValuesOfSheet } from '../../shared/tracker/card-settings';
import { settingNamesFor, settingsCells, settingsLayout } from '../../shared/tracker/settings';

const TODAY = '2026-01-01';
const day = (iso: string) => serialFromIsoDate(iso);

/** A Settings sheet as a host reads it: the threshold formulas computed, the values given. */
function settingsSheet(values: Partial<Record<string, unknown>> = {}, language: 'en' | 'de' = 'en'): HostGrid {
  const layout = settingsLayout(language, 'Settings', settingNamesFor(1));
  const computed: Record<string, unknown> = { casualFriend: 50, friend: 90, closeFriend: 200, ...values };
  return settingsCells(layout).map((row, index) => {
    const key = index === 0 ? null : layout.rows[index - 1].key;
    return key && key in computed ? [row[0], computed[key], row[2], row[3]] : [...row];
  });
}

const partnersHeader = headersFor(PARTNER_COLUMNS, 'en');
const partnerRow = (cells: Record<string, unknown>) => PARTNER_COLUMNS.map((column) => cells[column.key] ?? '');
const CLARA = partnerRow({ partner: 'Clara', hoursTogether: 60, checklistScore: 5, checkedOn: day('2025-12-01'), referralsReceived: 0 });
const MEETINGS: HostGrid = [
  headersFor(MEETING_COLUMNS, 'en'),
  [day('2025-12-20'), 'Clara', 10, 'Call', ''],
  [day('2025-11-01'), 'Clara', 5, 'Call', ''],
];

function readClara(sheets: Record<string, HostGrid>, partnerSheet = 'Partners') {
  const all: Record<string, HostGrid> = { [partnerSheet]: [partnersHeader, CLARA], Meetings: MEETINGS, ...sheets };
  const view = readTrackerView(
    Object.entries(all).map(([name, values]) => ({ name, header: values[0] })),
    (name) => all[name] ?? null,
    null,
    true,
  );
  return partnerByName(view, 'Clara', isoDateFromSerial, TODAY);
}

describe('the Settings the partner card follows', () => {
  it('are the defaults for a tracker without Settings (1.0.0)', () => {
    const clara = readClara({});
    expect(clara.settings).toEqual(DEFAULT_CARD_SETTINGS);
    expect(clara.settingsProblem).toBeUndefined();
    expect(clara.recentHours).toBe(15);
    expect(partnerOutlook(clara)!.forecast).toEqual({ kind: 'date', day: '2026-06-30', stage: 'friend' });
  });

  it('are read from the Settings sheet: a custom preset, the ready rule, the window and the renewal', () => {
    const clara = readClara({
      Settings: settingsSheet({
        preset: PRESET_LABELS.custom.en,
        casualFriend: 43,
        friend: 57,
        closeFriend: 119,
        readyHours: 55,
        readyScore: 5,
        forecastDays: 30,
        renewalDays: 365,
      }),
    });
    expect(clara.settings).toEqual({ thresholds: [43, 57, 119], readyHours: 55, readyScore: 5, forecastDays: 30, renewalDays: 365 });
    // Only the meeting of 20 Dec is within 30 days.
    expect(clara.recentHours).toBe(10);
    const outlook = partnerOutlook(clara)!;
    // 60 h is a friend at 43/57/119: credibility; 59 h to close friend at 10 h per 30 days: 177 days.
    expect(outlook.phase).toBe('credibility');
    expect(outlook.forecast).toEqual({ kind: 'date', day: '2026-06-27', stage: 'closeFriend' });
    // Checked a month ago, renewed after a year, ready from 55 h and 5: ask for a referral.
    expect(nextStepText(outlook.step, 'en')).toBe('Ask for a referral');
  });

  it('give the card what the sheet functions give for the same settings', () => {
    const settings = { casualFriend: 94, friend: 164, closeFriend: 219, readyHours: 100, readyScore: 8, forecastDays: 45, renewalDays: 10 };
    const clara = readClara({ Settings: settingsSheet(settings) });
    const outlook = partnerOutlook(clara)!;
    const thresholds = [[94, 164, 219]];
    const evaluate = (name: string, ...args: unknown[]) => catalogFunction(name).evaluate(args as never);
    expect(evaluate('VCPPHASE', 60, 5, 0, 'en', thresholds)).toBe('Visibility');
    expect(outlook.phase).toBe('visibility');
    const forecast = evaluate('STAGEFORECAST', 60, clara.recentHours, day(TODAY), 45, thresholds) as Date;
    expect(outlook.forecast).toEqual({ kind: 'date', day: forecast.toISOString().slice(0, 10), stage: 'casualFriend' });
    expect(nextStepText(outlook.step, 'en')).toBe(
      evaluate('NEXTSTEP', 60, 5, day('2025-12-01'), '', 0, 0, day(TODAY), 'en', thresholds, 10, 100, 8),
    );
  });

  it('find each setting by its label, in German too, wherever its row is', () => {
    const german = settingsSheet({ friend: 80 }, 'de');
    const moved = [german[0], ...german.slice(1).reverse()];
    expect(settingValuesOfSheet(moved).thresholds).toEqual([[50], [80], [200]]);
    expect(readClara({ Einstellungen: moved }).settings!.thresholds).toEqual([50, 80, 200]);
  });

  it('pair a partner sheet with the Settings of its number, as the defined names do', () => {
    const first = settingsSheet({ forecastDays: 30 });
    const second = settingsSheet({ forecastDays: 60 });
    expect(readClara({ Settings: first, 'Settings (2)': second }, 'Partners (2)').settings!.forecastDays).toBe(60);
    expect(readClara({ Settings: first, 'Settings (2)': second }).settings!.forecastDays).toBe(30);
    // The second tracker of a file without its own Settings is a tracker of an earlier version: the defaults.
    expect(readClara({ Settings: first }, 'Partners (2)').settings).toEqual(DEFAULT_CARD_SETTINGS);
  });

  it('use the default for a setting whose row is missing or blank', () => {
    const sheet = settingsSheet({ renewalDays: '' }).filter((row) => row[0] !== 'Pace over the last (days)');
    expect(readClara({ Settings: sheet }).settings).toEqual(DEFAULT_CARD_SETTINGS);
  });

  describe('a bad setting', () => {
    const cases: [string, Record<string, unknown>, string, unknown[]][] = [
      ['thresholds out of order', { casualFriend: 90, friend: 50 }, 'STAGEFORECAST', [60, 15, 46023, '', [[90], [50], [200]]]],
      ['a threshold as text', { friend: 'ninety' }, 'STAGEFORECAST', [60, 15, 46023, '', [[50], ['ninety'], [200]]]],
      ['a window of 0 days', { forecastDays: 0 }, 'STAGEFORECAST', [60, 15, 46023, 0]],
      ['a score above 9', { readyScore: 12 }, 'REFERRALREADY', [60, 5, 90, 12]],
      ['negative ready hours', { readyHours: -1 }, 'REFERRALREADY', [60, 5, -1]],
      [
        'a date as the renewal',
        { renewalDays: new Date(Date.UTC(2026, 0, 1)) },
        'NEXTSTEP',
        [60, 5, '', '', 0, 0, 46023, 'en', '', new Date(Date.UTC(2026, 0, 1))],
      ],
      ['an error in a cell', { readyHours: '#REF!' }, 'REFERRALREADY', [60, 5, '#REF!']],
    ];

    it.each(cases)('(%s) gives the message the tracker’s cells show, in both languages', (_label, values, fn, args) => {
      const clara = readClara({ Settings: settingsSheet(values) });
      const error = catalogFunction(fn).evaluate(args as never);
      const problem = (error instanceof InputError ? error : (error as unknown[][])[0][0]) as InputError;
      expect(problem).toBeInstanceOf(InputError);
      expect(clara.settingsProblem).toEqual({ en: problemMessage(problem.problem, 'en'), de: problemMessage(problem.problem, 'de') });
      expect(clara.settings).toBeUndefined();
      // No outlook, and nothing in the snapshot that google.script.run could not carry.
      expect(partnerOutlook(clara)).toBeNull();
      expect(JSON.parse(JSON.stringify(clara))).toEqual(clara);
    });

    it('leaves the rest of the card to be read', () => {
      const clara = readClara({ Settings: settingsSheet({ forecastDays: 'soon' }) });
      expect(clara).toMatchObject({ name: 'Clara', hours: 60, score: 5 });
      expect(cardSettingsOf({ forecastDays: [['soon']] }).problem!.en).toContain('window_days');
    });
  });
});
