/**
 * Update tracker in Excel, against the Excel fake, on trackers as release
 * 1.0.0 created them (test/fixtures/tracker-1.0.0): it adds the missing
 * columns at the right end of each table and the Settings sheet with its
 * defined names, renews its own earlier formulas, touches no value, column
 * or rule of the user's, says what it added, and a second run adds nothing.
 * The workbook is then evaluated in the formula engine.
 */
import { updateTrackerInExcel } from '../../office/tracker-update';
import { cellText } from '../../shared/cells';
import { excelSerialDate } from '../../shared/dates';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
import { MEETING_HEADERS } from '../../shared/messages/tracker-layout';
import { PARTNER_COLUMNS, settingNamesFor, settingRow } from '../../shared/tracker';
import { areaAddress, createExcelFake, type ExcelWorkbookModel } from '../fakes/excel';
import { readFixture, writeExcelFixture } from '../support/old-tracker';
import { excelEngineOf } from '../support/tracker-engine';

/** Every cell (content and format) and every rule of every sheet, and the tables. */
function snapshot(workbook: ExcelWorkbookModel) {
  return JSON.stringify({
    sheets: workbook.sheets.map((sheet) => ({ name: sheet.name, cells: [...sheet.cells], rules: sheet.conditionalFormats })),
    tables: workbook.tables.map((table) => [table.name, areaAddress(table.area)]),
    names: [...workbook.nameReferences],
  });
}

describe.each([
  ['en', false],
  ['en', true],
  ['de', false],
  ['de', true],
] as const)('Update tracker in Excel on a 1.0.0 tracker (%s, examples: %s)', (language, withExamples) => {
  async function oldTracker() {
    const fake = await createExcelFake({ displayLanguage: language === 'en' ? 'en-US' : 'de-DE' });
    const fixture = readFixture('1.0.0', 'excel', language, withExamples);
    writeExcelFixture(fake.workbook, fixture);
    const partners = fake.workbook.sheet(fixture.names.sheets.partners)!;
    const table = fake.workbook.table(fixture.names.tables.partners)!;
    // The user's own table column right of Notes, with a value, and their own formula in the Progress column.
    const extra = table.area.columns;
    partners.write(0, extra, 'Birthday');
    partners.write(1, extra, '1980-05-01');
    table.area = { ...table.area, columns: table.area.columns + 1 };
    const progress = fixture.layouts[0].columns.findIndex((column) => column.key === 'progress');
    const hours = fixture.layouts[0].columns.find((column) => column.key === 'hoursTogether')!.header;
    const userFormula = `=[@[${hours}]]/200`;
    for (let r = 1; r < table.area.rows; r++) partners.write(r, progress, userFormula);
    const host = { run: fake.Excel.run, language: () => language, today: () => new Date() };
    return { fake, fixture, partners, table, extra, progress, userFormula, host };
  }

  it('adds the columns after the user’s own, the Settings with their names, renews its own formulas, and changes nothing else', async () => {
    const { fake, fixture, partners, table, extra, progress, userFormula, host } = await oldTracker();
    const before = snapshot(fake.workbook);
    const message = await updateTrackerInExcel(host);
    expect(fake.syncsPerRun).toEqual([3]);

    const added = PARTNER_COLUMNS.filter((column) => !fixture.layouts[0].columns.some((old) => old.key === column.key));
    const header = partners.contents(1, table.area.columns)[0];
    expect(header.slice(0, extra + 1)).toEqual([...fixture.layouts[0].columns.map((column) => column.header), 'Birthday']);
    expect(header.slice(extra + 1)).toEqual(added.map((column) => column.header[language]));
    expect(table.area.columns).toBe(extra + 1 + added.length);
    const settingsName = language === 'en' ? 'Settings' : 'Einstellungen';
    const dashboardName = language === 'en' ? 'Dashboard' : 'Übersicht';
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      ...fixture.layouts.map((layout) => layout.name),
      settingsName,
      dashboardName,
    ]);
    expect([...fake.workbook.nameReferences.keys()]).toEqual(Object.values(settingNamesFor(1)));
    expect(fake.workbook.nameReferences.get('Bondstage_Thresholds')).toBe(`${settingsName}!B3:B5`);
    const renewedKeys = ['stage', 'hoursToNext', 'referralReady'];
    expect(message).toBe(
      TRACKER_TEXTS[language].trackerUpdated({
        columns: [
          { sheet: fixture.names.sheets.partners, headers: added.map((column) => column.header[language]) },
          // A 1.0.0 tracker's Meetings has no Source column yet (the calendar import's).
          { sheet: fixture.names.sheets.meetings, headers: [MEETING_HEADERS.source[language]] },
        ],
        refreshed: renewedKeys.map((key) => PARTNER_COLUMNS.find((column) => column.key === key)!.header[language]),
        settingsSheet: settingsName,
        dashboardSheet: dashboardName,
      }),
    );
    const at = (key: string) => fixture.layouts[0].columns.findIndex((column) => column.key === key);
    for (let r = 1; r < table.area.rows; r++) {
      expect(partners.content(r, at('stage'))).toMatch(/^=NETWORK\.BONDSTAGE\(\[@\[[^\]]+\]\],"(en|de)",Bondstage_Thresholds\)$/);
      expect(partners.content(r, progress)).toBe(userFormula);
    }

    // Every other cell, format and rule is as it was.
    const earlier = JSON.parse(before) as { sheets: { name: string; cells: [string, { formula: string }][]; rules: unknown }[] };
    const now = JSON.parse(snapshot(fake.workbook)) as typeof earlier;
    const renewed = new Set(renewedKeys.map(at));
    for (const sheet of earlier.sheets) {
      const current = new Map(now.sheets.find((candidate) => candidate.name === sheet.name)!.cells);
      for (const [key, cell] of sheet.cells) {
        const [row, column] = key.split(',').map(Number);
        if (sheet.name === fixture.names.sheets.partners && row > 0 && renewed.has(column)) continue;
        expect([key, current.get(key)]).toEqual([key, cell]);
      }
      expect(now.sheets.find((candidate) => candidate.name === sheet.name)!.rules).toEqual(sheet.rules);
    }
  });

  it('adds nothing when run again', async () => {
    const { fake, host } = await oldTracker();
    await updateTrackerInExcel(host);
    const once = snapshot(fake.workbook);
    const message = await updateTrackerInExcel(host);
    expect(snapshot(fake.workbook)).toBe(once);
    expect(fake.syncsPerRun.at(-1)).toBe(2);
    expect(message).toBe(TRACKER_TEXTS[language].trackerUpdated({ columns: [], refreshed: [], settingsSheet: null, dashboardSheet: null }));
  });

  it('computes the new columns from the Settings where they stand, and recomputes on a change of preset', async () => {
    const { fake, fixture, host } = await oldTracker();
    await updateTrackerInExcel(host);
    const engine = excelEngineOf(fake.workbook);
    const sheet = fixture.names.sheets.partners;
    const header = engine.values(sheet)[0];
    const at = (key: string) => header.indexOf(PARTNER_COLUMNS.find((column) => column.key === key)!.header[language]);
    const rows = () => engine.values(sheet).slice(1, fixture.layouts[0].rows.length + 1);
    const today = Math.floor(excelSerialDate(new Date()));
    const meetings = fixture.layouts[1].rows.map((row) => ({
      date: Math.floor(excelSerialDate(new Date((row[0] as { date: string }).date))),
      partner: cellText(row[1]),
      hours: Number(row[2]),
    }));
    rows().forEach((row, index) => {
      const input = fixture.layouts[0].rows[index];
      const name = cellText(input[0]);
      const recent = meetings
        .filter((meeting) => meeting.partner === name && meeting.date > today - 90)
        .reduce((sum, m) => sum + m.hours, 0);
      expect(row[at('recentHours')]).toBeCloseTo(recent);
      expect(row[at('givenBalance')]).toBe(Number(input[at('referralsGiven')]) - Number(input[at('referralsReceived')]));
      expect(typeof row[at('nextStep')]).toBe('string');
    });
    if (withExamples) {
      const settings = language === 'en' ? 'Settings' : 'Einstellungen';
      expect(rows()[1][at('stage')]).toBe(language === 'en' ? 'Casual friend' : 'Lockere Freundschaft');
      engine.setCells([
        { sheet: settings, row: settingRow('preset'), column: 1, content: language === 'en' ? "'Hall – students" : "'Hall – Studierende" },
      ]);
      expect(rows()[1][at('stage')]).toBe(language === 'en' ? 'Friend' : 'Freundschaft');
    }
    engine.destroy();
  });
});

describe('Update tracker in Excel without a tracker', () => {
  it('explains what to open or create, in the user language, and writes nothing', async () => {
    const fake = await createExcelFake({ displayLanguage: 'de-DE' });
    const before = snapshot(fake.workbook);
    await expect(updateTrackerInExcel({ run: fake.Excel.run, language: () => 'de', today: () => new Date() })).rejects.toThrow(
      TRACKER_TEXTS.de.noTrackerToUpdate,
    );
    expect(snapshot(fake.workbook)).toBe(before);
  });
});
