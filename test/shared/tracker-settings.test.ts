/**
 * The Settings sheet and what reads it, evaluated from the exact formula text
 * both hosts write: the thresholds follow the preset chosen (in either
 * language) or the custom values, every setting has an explanation and a
 * source, its defined names are valid in both hosts and never collide, and
 * the tracker's columns recompute when a setting changes.
 */
import { excelSerialDate } from '../../shared/dates';
import { LANGUAGES } from '../../shared/language';
import { PRESET_LABELS, SETTING_TEXTS } from '../../shared/messages/tracker-settings';
import {
  SETTING_ROWS,
  planTrackerNames,
  settingNamesFor,
  settingRow,
  settingsCells,
  settingsLayout,
  type Dialect,
} from '../../shared/tracker';
import { isValidDefinedName } from '../fakes/excel';
import { isValidRangeName } from '../fakes/sheets';
import { partnerColumn, trackerEngine } from '../support/tracker-engine';

const TODAY = Math.floor(excelSerialDate(new Date()));

describe('the Settings sheet', () => {
  it('has every setting with a label, a value, a one-line explanation and its source, in both languages', () => {
    for (const language of LANGUAGES) {
      const layout = settingsLayout(language, 'Settings', settingNamesFor(1));
      expect(layout.rows.map((row) => row.key)).toEqual(SETTING_ROWS);
      for (const row of layout.rows) {
        for (const text of [row.label, row.explanation, row.source]) {
          expect(text.trim()).not.toBe('');
          expect(text).not.toContain('\n');
        }
      }
      expect(Object.keys(SETTING_TEXTS[language]).sort()).toEqual([...SETTING_ROWS].sort());
      const values = Object.fromEntries(layout.rows.map((row) => [row.key, row.value]));
      expect(values).toMatchObject({
        preset: 'Hall 2018',
        customCasualFriend: 50,
        customFriend: 90,
        customCloseFriend: 200,
        readyHours: 90,
        readyScore: 7,
        forecastDays: 90,
        renewalDays: 180,
      });
      expect(settingsCells(layout)[0]).toEqual(layout.header);
    }
    expect(SETTING_TEXTS.en.preset.source).toContain('doi:10.1177/0265407518761225');
    expect(SETTING_TEXTS.en.readyHours.source).toContain('Misner');
  });

  it('offers the presets in a strict dropdown whose labels hold no comma (Excel lists are comma-separated)', () => {
    const preset = settingsLayout('de', 'Einstellungen', settingNamesFor(1)).rows[0];
    expect(preset.validation!.rule).toEqual({
      kind: 'list',
      values: ['Hall 2018', 'Hall – Studierende', 'Hall – Erwachsene', 'Eigene Werte'],
      strict: true,
    });
    for (const labels of Object.values(PRESET_LABELS)) for (const label of Object.values(labels)) expect(label).not.toContain(',');
  });

  it('names its settings validly for Sheets and Excel, and a second tracker never takes the first one’s names', () => {
    for (const n of [1, 2, 17])
      for (const name of Object.values(settingNamesFor(n)))
        expect([isValidRangeName(name), isValidDefinedName(name)]).toEqual([true, true]);
    const first = planTrackerNames('en', []);
    const second = planTrackerNames('en', ['Partners', 'Meetings', 'Checks', 'Settings'], Object.values(first.settings));
    expect(second.settingsSheet).toBe('Settings (2)');
    expect(Object.values(second.settings).some((name) => Object.values(first.settings).includes(name))).toBe(false);
    const layout = settingsLayout('en', 'Settings (2)', second.settings);
    expect(layout.names.map((name) => [name.name, name.row, name.rows])).toEqual([
      ['Bondstage_Thresholds_2', settingRow('casualFriend'), 3],
      ['Bondstage_ReadyHours_2', settingRow('readyHours'), 1],
      ['Bondstage_ReadyScore_2', settingRow('readyScore'), 1],
      ['Bondstage_ForecastDays_2', settingRow('forecastDays'), 1],
      ['Bondstage_RenewalDays_2', settingRow('renewalDays'), 1],
    ]);
  });
});

describe.each<Dialect>(['sheets', 'excel'])('the Settings in the %s formulas', (dialect) => {
  const presetCell = { row: settingRow('preset'), column: 1 };
  const thresholds = (engine: ReturnType<typeof trackerEngine>, sheet: string) =>
    [settingRow('casualFriend'), settingRow('friend'), settingRow('closeFriend')].map((row) => engine.value(sheet, row, 1));

  it('fill the thresholds from the preset chosen, in either language, or from the custom values', () => {
    const engine = trackerEngine(dialect, [{ partner: 'Ann' }], []);
    expect(thresholds(engine, 'Settings')).toEqual([50, 90, 200]);
    const choose = (content: string | number, row = presetCell.row) => engine.setCells([{ sheet: 'Settings', row, column: 1, content }]);
    choose("'Hall – students");
    expect(thresholds(engine, 'Settings')).toEqual([43, 57, 119]);
    choose("'Hall – Erwachsene");
    expect(thresholds(engine, 'Settings')).toEqual([94, 164, 219]);
    choose("'Custom");
    expect(thresholds(engine, 'Settings')).toEqual([50, 90, 200]);
    choose(60, settingRow('customCasualFriend'));
    expect(thresholds(engine, 'Settings')).toEqual([60, 90, 200]);
    choose("'Hall 2018");
    expect(thresholds(engine, 'Settings')).toEqual([50, 90, 200]);
    engine.destroy();
  });

  it('recompute the recent hours when the window changes, and give the Givers Gain balance', () => {
    const engine = trackerEngine(
      dialect,
      [
        { partner: 'Ann', cells: { referralsGiven: 1, referralsReceived: 4 } },
        { partner: '=1+1 <b>', cells: { referralsGiven: 3 } },
        { partner: '' },
      ],
      [
        { date: TODAY - 10, partner: 'Ann', hours: 2 },
        { date: TODAY - 100, partner: 'ann ', hours: 5 },
        { date: null, partner: 'Ann', hours: 7 },
        { date: TODAY - 1, partner: '=1+1 <b>', hours: 1.5 },
      ],
    );
    const column = (key: Parameters<typeof partnerColumn>[0]) =>
      engine
        .values('Partners')
        .slice(1, 4)
        .map((row) => row[partnerColumn(key)]);
    expect(column('recentHours')).toEqual([2, 1.5, '']);
    expect(column('hoursTogether')).toEqual([14, 1.5, '']);
    expect(column('givenBalance')).toEqual([-3, 3, '']);
    engine.setCells([{ sheet: 'Settings', row: settingRow('forecastDays'), column: 1, content: 120 }]);
    expect(column('recentHours')).toEqual([7, 1.5, '']);
    engine.destroy();
  });

  it('read the thresholds and rules in every column that uses them, and recompute when a preset or rule changes', () => {
    const engine = trackerEngine(
      dialect,
      [
        { partner: 'Ann', cells: { checklistScore: 8, checkedOn: TODAY - 10 } },
        { partner: 'Bob', cells: { referralsReceived: 1 } },
      ],
      [
        { date: TODAY - 30, partner: 'Ann', hours: 45 },
        { date: TODAY - 400, partner: 'Bob', hours: 20 },
      ],
    );
    const row = (name: 'Ann' | 'Bob') => engine.values('Partners')[name === 'Ann' ? 1 : 2];
    const cell = (name: 'Ann' | 'Bob', key: Parameters<typeof partnerColumn>[0]) => row(name)[partnerColumn(key)];
    const set = (key: Parameters<typeof settingRow>[0], content: string | number) =>
      engine.setCells([{ sheet: 'Settings', row: settingRow(key), column: 1, content }]);

    // Hall 2018: 45 h is an acquaintance, 5 h from casual friend at 0.5 h a day.
    expect([cell('Ann', 'stage'), cell('Ann', 'hoursToNext'), cell('Ann', 'progress')]).toEqual(['Acquaintance', 5, 0.9]);
    expect(cell('Ann', 'nextStageBy')).toBe(TODAY + 10);
    expect(cell('Ann', 'vcpPhase')).toBe('Credibility');
    expect(cell('Ann', 'nextStep')).toBe('Keep meeting – 5 hours to Casual friend');
    expect(cell('Ann', 'referralReady')).toBe(false);
    expect([cell('Bob', 'vcpPhase'), cell('Bob', 'nextStageBy'), cell('Bob', 'givenBalance')]).toEqual(['Profitability', '', -1]);

    // Students: 45 h is a casual friend; 12 h to friend at the same pace.
    set('preset', "'Hall – students");
    expect([cell('Ann', 'stage'), cell('Ann', 'hoursToNext')]).toEqual(['Casual friend', 12]);
    expect(cell('Ann', 'nextStageBy')).toBe(TODAY + 24);
    expect(cell('Ann', 'nextStep')).toBe('Keep meeting – 12 hours to Friend');
    // The referral-ready rule and the checklist renewal reach REFERRALREADY and NEXTSTEP.
    set('readyHours', 40);
    expect(cell('Ann', 'referralReady')).toBe(true);
    expect(cell('Ann', 'nextStep')).toBe('Ask for a referral');
    set('renewalDays', 5);
    expect(cell('Ann', 'nextStep')).toBe('Do the bond checklist');
    // A wider window halves the pace: the forecast moves later.
    set('forecastDays', 180);
    expect(cell('Ann', 'nextStageBy')).toBe(TODAY + 48);
    // Custom thresholds that do not rise are the columns' one clear error, not a wrong stage.
    set('preset', "'Custom");
    set('customFriend', 300);
    expect(cell('Ann', 'stage')).toMatchObject({ error: '#VALUE!' });
    engine.destroy();
  });
});
