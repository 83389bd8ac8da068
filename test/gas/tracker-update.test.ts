/**
 * Update tracker in the built Apps Script code, against the Sheets fake, on
 * trackers as release 1.0.0 created them (test/fixtures/tracker-1.0.0): it
 * adds the missing columns at the right end and the Settings sheet with its
 * named ranges, touches no value, column or rule of the user's, says what it
 * added, and a second run adds nothing. The added formulas are evaluated in
 * the formula engine where they really stand.
 */
import { buildFormulaEngine, literalText } from '../../preview/formula-engine';
import { cellText } from '../../shared/cells';
import { excelSerialDate } from '../../shared/dates';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
import { MEETING_HEADERS } from '../../shared/messages/tracker-layout';
import { PARTNER_COLUMNS, columnLetter, headerOfColumnFormula, settingNamesFor, settingRow } from '../../shared/tracker';
import { createSheetsFake, type FakeSheet, type FakeSpreadsheet } from '../fakes/sheets';
import { loadGas } from '../support/gas-vm';
import { readFixture, writeSheetsFixture } from '../support/old-tracker';
import { namedRangesOf } from '../support/tracker-engine';

function headers(sheet: FakeSheet): string[] {
  return sheet.contents(1)[0].map((cell) => headerOfColumnFormula(cell) ?? String(cell));
}

/** Everything the user could have changed: every cell's content and format, and the rules, of every sheet. */
function snapshot(spreadsheet: FakeSpreadsheet) {
  return JSON.stringify(
    spreadsheet.sheets.map((sheet) => ({
      name: sheet.peekName(),
      cells: sheet.contents(1000, 40),
      formats: Array.from({ length: 12 }, (_, r) => Array.from({ length: 40 }, (_, c) => sheet.cellAt(r + 1, c + 1)?.numberFormat ?? '')),
      rules: sheet.conditionalFormatRules.map((rule) => [
        rule.getBooleanCondition()?.getCriteriaValues(),
        rule.getRanges().map((range) => range.getA1Notation()),
      ]),
    })),
  );
}

function engineOf(spreadsheet: FakeSpreadsheet) {
  const sheets = spreadsheet.sheets.slice(1).map((sheet) => ({
    name: sheet.peekName(),
    cells: sheet
      .contents(1000, 30)
      .map((row) => row.map((cell) => (typeof cell === 'string' && !cell.startsWith('=') && cell !== '' ? literalText(cell) : cell))),
  }));
  return buildFormulaEngine(sheets, { dialect: 'sheets', names: namedRangesOf(spreadsheet) });
}

describe.each([
  ['en', false],
  ['en', true],
  ['de', false],
  ['de', true],
] as const)('Update tracker on a 1.0.0 tracker (%s, examples: %s)', (language, withExamples) => {
  function oldTracker() {
    const fake = createSheetsFake({ userLocale: language });
    const fixture = readFixture('1.0.0', 'sheets', language, withExamples);
    writeSheetsFixture(fake.spreadsheet, fixture);
    const partners = fake.spreadsheet.sheet(fixture.names.sheets.partners)!;
    // The user's own column right of Notes, with values, and a value typed in an input column.
    const extra = fixture.layouts[0].columns.length + 1;
    partners.getRange(1, extra, 3, 1).setValues([['Birthday'], ['1980-05-01'], ['']]);
    const userRow = fixture.layouts[0].rows.length + 2;
    partners.getRange(userRow, 1, 1, 1).setValues([['Zoë <b>=1+1</b>']]);
    // The user's own formula in a computed column: it is theirs now, and stays.
    const progress = fixture.layouts[0].columns.findIndex((column) => column.key === 'progress') + 1;
    partners.writeCell(1, progress, '=ARRAYFORMULA(VSTACK("Progress",D2:D/200))');
    return { ...fake, fixture, partners, extra, userRow, progress, gas: loadGas(fake.services) };
  }

  it('adds the missing columns after the user’s own and the Settings sheet, renews its own earlier formulas, changing nothing else, and says so', () => {
    const { spreadsheet, gas, fixture, partners, extra, progress } = oldTracker();
    const before = snapshot(spreadsheet);
    const oldHeaders = headers(partners);
    gas.updateTracker();

    const texts = TRACKER_TEXTS[language];
    const added = PARTNER_COLUMNS.filter((column) => !fixture.layouts[0].columns.some((old) => old.key === column.key)).map(
      (column) => column.header[language],
    );
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(headers(partners)).toEqual([...oldHeaders, ...added]);
    expect(headers(partners)[extra - 1]).toBe('Birthday');
    const settingsName = language === 'en' ? 'Settings' : 'Einstellungen';
    const dashboardName = language === 'en' ? 'Dashboard' : 'Übersicht';
    expect(spreadsheet.sheets.map((sheet) => sheet.peekName())).toEqual([
      'Sheet1',
      ...fixture.layouts.map((layout) => layout.name),
      settingsName,
      dashboardName,
    ]);
    expect(spreadsheet.namedRanges.map((named) => named.peekName())).toEqual(Object.values(settingNamesFor(1)));
    expect(spreadsheet.namedRange('Bondstage_Thresholds')!.range.getA1Notation()).toBe('B3:B5');
    expect(spreadsheet.toasts.at(-1)!.message).toBe(
      texts.trackerUpdated({
        columns: [
          { sheet: fixture.names.sheets.partners, headers: added },
          // A 1.0.0 tracker's Meetings has no Source column yet (the calendar import's).
          { sheet: fixture.names.sheets.meetings, headers: [MEETING_HEADERS.source[language]] },
        ],
        refreshed: ['stage', 'hoursToNext', 'referralReady'].map(
          (key) => PARTNER_COLUMNS.find((column) => column.key === key)!.header[language],
        ),
        settingsSheet: settingsName,
        dashboardSheet: dashboardName,
      }),
    );
    // Its own earlier formulas now read the Settings, where they stand; the user's formula stays.
    const oldColumn = (key: string) => fixture.layouts[0].columns.findIndex((column) => column.key === key);
    const stageFormula = String(partners.contents(1)[0][oldColumn('stage')]);
    expect(stageFormula).toMatch(
      /^=ARRAYFORMULA\(VSTACK\("(Stage|Stufe)",BONDSTAGE\(IFERROR\(D2:D,"#ERROR!"\),"(en|de)",Bondstage_Thresholds\)\)\)$/,
    );
    expect(partners.contents(1)[0][oldColumn('referralReady')]).toContain('Bondstage_ReadyHours,Bondstage_ReadyScore');
    expect(partners.contents(1)[0][progress - 1]).toBe('=ARRAYFORMULA(VSTACK("Progress",D2:D/200))');
    const renewed = new Set(['stage', 'hoursToNext', 'referralReady'].map(oldColumn));

    // Nothing that was there changed: the old sheets, cell by cell, with their formats and colour rules.
    const after = JSON.parse(snapshot(spreadsheet)) as { name: string; cells: unknown[][]; formats: string[][]; rules: unknown[] }[];
    const earlier = JSON.parse(before) as typeof after;
    for (const sheet of earlier) {
      const now = after.find((candidate) => candidate.name === sheet.name)!;
      const isPartners = sheet.name === fixture.names.sheets.partners;
      // Meetings gains Source at its right end: the columns it had stay as they were.
      const oldMeetings = fixture.layouts.find((layout) => layout.sheet === 'meetings')!;
      const keep = isPartners ? extra : sheet.name === fixture.names.sheets.meetings ? oldMeetings.columns.length : 40;
      const kept = (cells: unknown[][]) =>
        cells.map((row, r) => row.slice(0, keep).map((cell, c) => (isPartners && r === 0 && renewed.has(c) ? '' : cell)));
      expect(kept(now.cells)).toEqual(kept(sheet.cells));
      expect(now.formats.map((row) => row.slice(0, keep))).toEqual(sheet.formats.map((row) => row.slice(0, keep)));
      expect(now.rules).toEqual(sheet.rules);
    }
  });

  it('adds nothing when run again', () => {
    const { spreadsheet, gas } = oldTracker();
    gas.updateTracker();
    const once = snapshot(spreadsheet);
    const names = spreadsheet.namedRanges.length;
    gas.updateTracker();
    expect(snapshot(spreadsheet)).toBe(once);
    expect(spreadsheet.namedRanges).toHaveLength(names);
    expect(spreadsheet.toasts.at(-1)!.message).toBe(
      TRACKER_TEXTS[language].trackerUpdated({ columns: [], refreshed: [], settingsSheet: null, dashboardSheet: null }),
    );
  });

  it('writes formulas that refer to the columns where they stand, and read the Settings', () => {
    const { spreadsheet, gas, fixture, partners, userRow } = oldTracker();
    gas.updateTracker();
    const header = headers(partners);
    const at = (key: string) => header.indexOf(PARTNER_COLUMNS.find((column) => column.key === key)!.header[language]);
    const balanceFormula = String(partners.contents(1)[0][at('givenBalance')]);
    const given = columnLetter(at('referralsGiven'));
    expect(balanceFormula).toContain(`${given}2:${given}`);

    const engine = engineOf(spreadsheet);
    const rows = engine.values(fixture.names.sheets.partners);
    const today = Math.floor(excelSerialDate(new Date()));
    const meetings = fixture.layouts[1].rows.map((row) => ({
      date: Math.floor(excelSerialDate(new Date((row[0] as { date: string }).date))),
      partner: cellText(row[1]),
      hours: Number(row[2]),
    }));
    fixture.layouts[0].rows.forEach((row, index) => {
      const name = cellText(row[0]);
      const recent = meetings
        .filter((meeting) => meeting.partner === name && meeting.date > today - 90)
        .reduce((sum, m) => sum + m.hours, 0);
      expect(rows[index + 1][at('recentHours')]).toBeCloseTo(recent);
      expect(rows[index + 1][at('givenBalance')]).toBe(Number(row[at('referralsGiven')]) - Number(row[at('referralsReceived')]));
    });
    // The user's partner with markup in the name is a name like any other: 0 hours, a balance of 0.
    expect([rows[userRow - 1][at('recentHours')], rows[userRow - 1][at('givenBalance')]]).toEqual([0, 0]);
    // A wider window in the Settings recomputes the column: ten years hold every example meeting.
    engine.setCells([
      { sheet: language === 'en' ? 'Settings' : 'Einstellungen', row: settingRow('forecastDays'), column: 1, content: 3650 },
    ]);
    fixture.layouts[0].rows.forEach((row, index) => {
      const all = meetings.filter((meeting) => meeting.partner === cellText(row[0])).reduce((sum, m) => sum + m.hours, 0);
      expect(engine.value(fixture.names.sheets.partners, index + 1, at('recentHours'))).toBeCloseTo(all);
    });
    // A change of preset recomputes the old Stage column too, now that it reads the Settings.
    const stageAt = fixture.layouts[0].columns.findIndex((column) => column.key === 'stage');
    const settings = language === 'en' ? 'Settings' : 'Einstellungen';
    const stages = () =>
      engine
        .values(fixture.names.sheets.partners)
        .slice(1, 5)
        .map((row) => row[stageAt]);
    if (withExamples) {
      const before = stages();
      engine.setCells([
        { sheet: settings, row: settingRow('preset'), column: 1, content: language === 'en' ? "'Hall – students" : "'Hall – Studierende" },
      ]);
      // Ben's 60 hours: a casual friend by Hall 2018, a friend by the students' figures.
      expect([before[1], stages()[1]]).toEqual(language === 'en' ? ['Casual friend', 'Friend'] : ['Lockere Freundschaft', 'Freundschaft']);
    }
    engine.destroy();
  });
});

describe('Update tracker without a tracker', () => {
  it('explains in the user language what to open or create, and writes nothing', () => {
    const fake = createSheetsFake({ userLocale: 'de' });
    const gas = loadGas(fake.services);
    gas.updateTracker();
    expect(fake.ui.alerts.at(-1)).toMatchObject({ title: TRACKER_TEXTS.de.errorTitle, prompt: TRACKER_TEXTS.de.noTrackerToUpdate });
    expect(fake.spreadsheet.sheets).toHaveLength(1);
    expect(fake.spreadsheet.namedRanges).toHaveLength(0);
  });

  it('keeps a new tracker as it is: nothing is missing', () => {
    const fake = createSheetsFake();
    const gas = loadGas(fake.services);
    fake.ui.answers.push('NO');
    gas.createTracker();
    const before = snapshot(fake.spreadsheet);
    gas.updateTracker();
    expect(snapshot(fake.spreadsheet)).toBe(before);
    expect(fake.spreadsheet.toasts.at(-1)!.message).toBe(
      TRACKER_TEXTS.en.trackerUpdated({ columns: [], refreshed: [], settingsSheet: null, dashboardSheet: null }),
    );
  });
});
