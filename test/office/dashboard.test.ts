/**
 * The Dashboard in Excel, against the Excel fake: what Create partner
 * tracker and Update tracker queue (texts, formulas over the tables, formats,
 * the overdue rule, the two charts with their source ranges, series and
 * colours), within 3 context.sync() for the whole command, a user's own sheet
 * called Dashboard never touched, and the formulas as written computing in
 * the formula engine.
 */
import { createTrackerInExcel } from '../../office/tracker';
import { updateTrackerInExcel } from '../../office/tracker-update';
import { OVERDUE_COLOURS, STAGE_CHART_COLOURS } from '../../shared/formatting';
import { DASHBOARD_TEXTS } from '../../shared/messages/dashboard';
import { STAGES } from '../../shared/stages';
import { PARTNER_COLUMNS, type PartnerColumnKey } from '../../shared/tracker';
import { excelSerialDate } from '../../shared/dates';
import { createExcelFake, type ExcelSheetModel } from '../fakes/excel';
import { readFixture, writeExcelFixture } from '../support/old-tracker';
import { excelEngineOf } from '../support/tracker-engine';

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);

async function created(language: 'en' | 'de' = 'en', before?: (sheet: ExcelSheetModel) => void) {
  const fake = await createExcelFake({ displayLanguage: language === 'en' ? 'en-US' : 'de-DE' });
  if (before) before(fake.workbook.addSheet(language === 'en' ? 'Dashboard' : 'Übersicht'));
  const host = { run: fake.Excel.run, language: () => language, today: () => new Date() };
  const message = await createTrackerInExcel(false, host);
  return { fake, host, message };
}

describe('the Dashboard in Excel', () => {
  it.each(['en', 'de'] as const)(
    'is created with a new tracker within its syncs: texts, formulas, formats, overdue rule (%s)',
    async (language) => {
      const { fake, message } = await created(language);
      expect(fake.syncsPerRun).toEqual([2]);
      const sheet = fake.workbook.sheets.at(-1)!;
      expect(sheet.name).toBe(language === 'en' ? 'Dashboard' : 'Übersicht');
      expect(message).toContain(sheet.name);
      const texts = DASHBOARD_TEXTS[language];
      expect(sheet.content(0, 0)).toBe(texts.title);
      const table = language === 'en' ? 'Partners' : 'Partner';
      const stage = language === 'en' ? 'Stage' : 'Stufe';
      expect(sheet.content(5, 1)).toBe(`=COUNTIF(${table}[${stage}],A6)`);
      expect(String(sheet.content(5, 6))).toMatch(/^=IF\(COUNT\(.+\)=0,"",FILTER\(SORT\(FILTER\(CHOOSE\(\{1,2,3,4\},/);
      expect(String(sheet.content(5, 6))).not.toMatch(/TAKE\(|HSTACK\(|LET\(/);
      expect(sheet.cell(0, 0).numberFormat).toBe('@');
      expect(sheet.cell(0, 0).fontSize).toBe(16);
      expect(sheet.cell(4, 0).fill).toBe('#e8eaed');
      expect(sheet.cell(12, 0).numberFormat).toBe('mmm yyyy');
      expect(sheet.conditionalFormats).toEqual([
        {
          area: { row: 5, column: 6, rows: 10, columns: 4 },
          type: 'Custom',
          formula: '=AND(ISNUMBER($H6),$H6<TODAY())',
          fill: OVERDUE_COLOURS.background,
          font: OVERDUE_COLOURS.text,
        },
      ]);
    },
  );

  it('has two charts bound to its cells: one series per stage in its colour, the hours as one series', async () => {
    const { fake } = await created('de');
    const sheet = fake.workbook.sheet('Übersicht')!;
    expect(sheet.charts).toHaveLength(2);
    const [stages, hours] = sheet.charts;
    expect(stages).toMatchObject({
      type: 'BarClustered',
      source: { row: 4, column: 0, rows: 5, columns: 2 },
      sourceSheet: 'Übersicht',
      seriesBy: 'Rows',
      title: DASHBOARD_TEXTS.de.stagesChart,
      legendVisible: true,
      legendPosition: 'Bottom',
      position: 'A26',
      seriesColours: STAGES.map((stage) => STAGE_CHART_COLOURS[stage]),
    });
    expect(hours).toMatchObject({
      type: 'ColumnClustered',
      source: { row: 11, column: 0, rows: 13, columns: 2 },
      seriesBy: 'Columns',
      title: DASHBOARD_TEXTS.de.hoursChart,
      legendVisible: false,
      position: 'G26',
      seriesColours: [STAGE_CHART_COLOURS.friend],
    });
  });

  it('computes from the formulas as written, names with = * ? ~ and markup only shown', async () => {
    const { fake } = await created('en');
    const partners = fake.workbook.sheet('Partners')!;
    const meetings = fake.workbook.sheet('Meetings')!;
    const today = excelSerialDate(new Date());
    const names = ['=1+1', '*?~', '<b>"x"</b>'];
    names.forEach((name, index) => {
      // Text as a Text cell keeps it (the fake's write would make "=1+1" a formula).
      Object.assign(partners.cell(index + 1, 0), { value: name, formula: '', numberFormat: '@' });
      partners.write(index + 1, column('contactEvery'), 10 * (index + 1));
      meetings.write(index + 1, 0, today - 5 * (index + 1));
      Object.assign(meetings.cell(index + 1, 1), { value: name, formula: '', numberFormat: '@' });
      meetings.write(index + 1, 2, 2);
    });
    for (const table of fake.workbook.tables) table.area = { ...table.area, rows: 4 };
    // Calculated columns fill the rows the table grows into.
    for (let r = 2; r <= 3; r++)
      PARTNER_COLUMNS.forEach((_, c) => {
        const { formula } = partners.cell(1, c);
        if (formula) partners.write(r, c, formula);
      });
    const engine = excelEngineOf(fake.workbook);
    const values = engine.values('Dashboard');
    expect(values.slice(5, 9).map((row) => row[1])).toEqual([3, 0, 0, 0]);
    // Due: 10-5, 20-10 and 30-15 days from the last meeting: soonest first.
    expect(values.slice(5, 8).map((row) => [row[6], row[7]])).toEqual([
      [names[0], today + 5],
      [names[1], today + 10],
      [names[2], today + 15],
    ]);
    expect(values[23][1]).toBeGreaterThanOrEqual(0);
    expect(values.slice(12, 24).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(6);
    engine.destroy();
  });

  it('leaves a user sheet called Dashboard as it is and gives the tracker fresh names', async () => {
    const { fake } = await created('en', (own) => {
      own.write(0, 0, 'Pipeline');
      own.write(1, 0, 12);
    });
    const own = fake.workbook.sheet('Dashboard')!;
    expect([...own.cells.keys()]).toEqual(['0,0', '1,0']);
    expect(own.contents(2, 1)).toEqual([['Pipeline'], [12]]);
    expect(own.charts).toHaveLength(0);
    expect(fake.workbook.sheet('Dashboard (2)')!.charts).toHaveLength(2);
    expect(fake.workbook.sheet('Partners (2)')).toBeDefined();
  });
});

describe('Update tracker in Excel adds the Dashboard to an earlier tracker', () => {
  it('once, beside a user sheet called Dashboard, within 3 syncs, and never again', async () => {
    const fake = await createExcelFake({ displayLanguage: 'en-US' });
    writeExcelFixture(fake.workbook, readFixture('1.0.0', 'excel', 'en', true));
    const own = fake.workbook.addSheet('Dashboard');
    own.write(0, 0, 'Goals');
    const host = { run: fake.Excel.run, language: () => 'en' as const, today: () => new Date() };
    const message = await updateTrackerInExcel(host);
    expect(fake.syncsPerRun).toEqual([3]);
    expect(message).toContain('Added the sheet Dashboard (2)');
    expect([...own.cells.keys()]).toEqual(['0,0']);
    const added = fake.workbook.sheet('Dashboard (2)')!;
    expect(added.charts).toHaveLength(2);
    const engine = excelEngineOf(fake.workbook);
    const partners = fake.workbook.table('Partners')!.area.rows - 1;
    const counts = engine.values('Dashboard (2)').slice(5, 9);
    expect(counts.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(partners);
    engine.destroy();
    const sheets = fake.workbook.sheets.length;
    await updateTrackerInExcel(host);
    expect(fake.workbook.sheets).toHaveLength(sheets);
    expect(fake.syncsPerRun.at(-1)).toBe(2);
  });
});
