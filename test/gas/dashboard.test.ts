/**
 * The Dashboard in Google Sheets, through the built Apps Script code and the
 * Sheets fake: what Create partner tracker and Update tracker write (texts,
 * formulas, formats, the overdue rule, the two charts with their source
 * ranges and colours), that a user's own sheet called Dashboard is never
 * touched, and that the formulas as written compute in the formula engine.
 */
import { buildFormulaEngine, literalText } from '../../preview/formula-engine';
import { excelSerialDate } from '../../shared/dates';
import { OVERDUE_COLOURS, STAGE_CHART_COLOURS } from '../../shared/formatting';
import { DASHBOARD_TEXTS } from '../../shared/messages/dashboard';
import { STAGE_LABELS } from '../../shared/messages/stages';
import { PARTNER_COLUMNS, type PartnerColumnKey } from '../../shared/tracker';
import { STAGES } from '../../shared/stages';
import { Button, createSheetsFake, type FakeSheet, type FakeSpreadsheet } from '../fakes/sheets';
import { loadGas } from '../support/gas-vm';
import { readFixture, writeSheetsFixture } from '../support/old-tracker';
import { namedRangesOf } from '../support/tracker-engine';

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key) + 1;

function created(language: 'en' | 'de' = 'en', before?: (spreadsheet: FakeSpreadsheet) => void) {
  const fake = createSheetsFake({ userLocale: language });
  before?.(fake.spreadsheet);
  // Go ahead beside sheets of the plain names, if asked; no example rows.
  if (before) fake.ui.answers.push(Button.YES);
  fake.ui.answers.push(Button.NO);
  const gas = loadGas(fake.services);
  gas.createTracker();
  return { ...fake, gas };
}

function engineOf(spreadsheet: FakeSpreadsheet, skip: readonly string[] = ['Sheet1']) {
  const sheets = spreadsheet.sheets
    .filter((sheet) => !skip.includes(sheet.peekName()))
    .map((sheet) => ({
      name: sheet.peekName(),
      // A formula as a formula; any other text verbatim, "=Ann" in a plain-text cell included.
      cells: sheet
        .contents(1000, 30)
        .map((row, r) =>
          row.map((cell, c) =>
            typeof cell === 'string' && cell !== '' && !sheet.cellAt(r + 1, c + 1)?.formula ? literalText(cell) : cell,
          ),
        ),
    }));
  return buildFormulaEngine(sheets, { dialect: 'sheets', names: namedRangesOf(spreadsheet) });
}

describe('the Dashboard in Google Sheets', () => {
  it.each(['en', 'de'] as const)('is created with a new tracker: texts, formulas, formats and the overdue rule (%s)', (language) => {
    const { spreadsheet } = created(language);
    const texts = DASHBOARD_TEXTS[language];
    const sheet = spreadsheet.sheets.at(-1)!;
    expect(sheet.peekName()).toBe(language === 'en' ? 'Dashboard' : 'Übersicht');
    const cells = sheet.contents(24, 10);
    expect(cells[0][0]).toBe(texts.title);
    expect(cells[1][0]).toBe(texts.subtitle(language === 'en' ? 'Partners' : 'Partner', language === 'en' ? 'Meetings' : 'Treffen'));
    expect(cells.slice(5, 9).map((row) => row[0])).toEqual(STAGES.map((stage) => STAGE_LABELS[language][stage]));
    const stageLetter = String.fromCharCode(64 + column('stage'));
    const partnersSheet = language === 'en' ? 'Partners' : 'Partner';
    expect(cells[5][1]).toBe(`=COUNTIF(${partnersSheet}!$${stageLetter}$2:$${stageLetter},A6)`);
    expect(String(cells[5][6])).toMatch(/^=IF\(COUNT\(.+\)=0,"",ARRAY_CONSTRAIN\(SORT\(FILTER\(HSTACK\(/);
    // Texts are plain text; formulas sit in number cells; months and due dates have their formats.
    expect(sheet.cellAt(1, 1)!.numberFormat).toBe('@');
    expect(sheet.cellAt(6, 2)!.numberFormat).toBe('0');
    expect(sheet.cellAt(13, 1)!.numberFormat).toBe('mmm yyyy');
    expect(sheet.cellAt(6, 8)!.numberFormat).toBe(language === 'en' ? 'yyyy-mm-dd' : 'dd.mm.yyyy');
    expect(sheet.cellAt(5, 1)!.fontWeight).toBe('bold');
    const [rule] = sheet.conditionalFormatRules;
    expect(sheet.conditionalFormatRules).toHaveLength(1);
    expect(rule.getBooleanCondition()!.getCriteriaValues()).toEqual(['=AND(ISNUMBER($H6),$H6<TODAY())']);
    expect(rule.getBooleanCondition()!.getBackground()).toBe(OVERDUE_COLOURS.background);
    expect(rule.getRanges().map((range) => range.getA1Notation())).toEqual(['G6:J15']);
  });

  it('has two native charts bound to its cells, in the stage colours, with titles in the tracker’s language', () => {
    const { spreadsheet, log } = created('de');
    const sheet = spreadsheet.sheet('Übersicht')!;
    const [stages, hours] = sheet.charts.map((chart) => chart.model);
    expect(sheet.charts).toHaveLength(2);
    expect(stages).toMatchObject({
      type: 'BAR',
      transposed: true,
      numHeaders: 1,
      colors: STAGES.map((stage) => STAGE_CHART_COLOURS[stage]),
      title: DASHBOARD_TEXTS.de.stagesChart,
      legend: 'BOTTOM',
    });
    expect(stages.ranges.map((range) => [range.sheet, range.row, range.column, range.numRows, range.numColumns])).toEqual([
      [sheet, 5, 1, 5, 2],
    ]);
    expect(hours).toMatchObject({ type: 'COLUMN', transposed: false, title: DASHBOARD_TEXTS.de.hoursChart, legend: 'NONE' });
    expect(hours.ranges.map((range) => [range.row, range.column, range.numRows, range.numColumns])).toEqual([[12, 1, 13, 2]]);
    expect(hours.colors).toHaveLength(1);
    expect(log.count('Sheet.insertChart')).toBe(2);
  });

  it('computes from the formulas as written: counts, hours and the due list', () => {
    const { spreadsheet } = created('en');
    const partners = spreadsheet.sheet('Partners')!;
    const meetings = spreadsheet.sheet('Meetings')!;
    // Names kept as text, as the checklist and a careful user write them.
    partners
      .getRange(2, 1, 3, 1)
      .setNumberFormat('@')
      .setValues([['=Ann'], ['*'], ['Bob']]);
    meetings.getRange(2, 2, 3, 1).setNumberFormat('@');
    partners.getRange(2, column('contactEvery'), 3, 1).setValues([[7], [30], ['']]);
    const today = new Date();
    const daysAgo = (n: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - n);
    meetings.getRange(2, 1, 3, 3).setValues([
      [daysAgo(10), '=Ann', 60],
      [daysAgo(2), '*', 1],
      [daysAgo(1), 'Bob', 95],
    ]);
    const engine = engineOf(spreadsheet);
    const values = engine.values('Dashboard');
    expect(values.slice(5, 9).map((row) => row[1])).toEqual([1, 1, 1, 0]);
    expect(values[23][1]).toBeGreaterThan(0);
    expect(values.slice(12, 24).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(156);
    expect(values.slice(5, 7).map((row) => row.slice(6, 8))).toEqual([
      ['=Ann', excelSerialDate(daysAgo(3))],
      ['*', excelSerialDate(daysAgo(-28))],
    ]);
    expect(values[7]?.[6] ?? '').toBe('');
    engine.destroy();
  });

  it('leaves a user sheet called Dashboard as it is and gives the tracker fresh names', () => {
    const { spreadsheet } = created('en', (book) => {
      const own = book.addSheet('Dashboard');
      own.getRange(1, 1, 2, 2).setValues([
        ['My KPIs', 42],
        ['Revenue', 1000],
      ]);
    });
    const own = spreadsheet.sheet('Dashboard')!;
    expect(own.contents(3, 3)).toEqual([
      ['My KPIs', 42, ''],
      ['Revenue', 1000, ''],
      ['', '', ''],
    ]);
    expect(own.charts).toHaveLength(0);
    expect(own.conditionalFormatRules).toHaveLength(0);
    expect(spreadsheet.sheet('Dashboard (2)')!.contents(1, 1)[0][0]).toBe(DASHBOARD_TEXTS.en.title);
    expect(spreadsheet.sheet('Partners (2)')).toBeDefined();
  });
});

describe('Update tracker adds the Dashboard to an earlier tracker', () => {
  function oldTracker(withOwnDashboard: boolean) {
    const fake = createSheetsFake({ userLocale: 'en' });
    const fixture = readFixture('1.0.0', 'sheets', 'en', true);
    writeSheetsFixture(fake.spreadsheet, fixture);
    let own: FakeSheet | undefined;
    if (withOwnDashboard) {
      own = fake.spreadsheet.addSheet('Dashboard');
      own.getRange(1, 1, 2, 1).setValues([['Targets'], ['Ten new partners']]);
    }
    return { ...fake, fixture, own, gas: loadGas(fake.services) };
  }

  it('once, under a fresh name beside a user sheet called Dashboard, and never again', () => {
    const { spreadsheet, gas, own } = oldTracker(true);
    gas.updateTracker();
    expect(own!.contents(2, 2)).toEqual([
      ['Targets', ''],
      ['Ten new partners', ''],
    ]);
    const added = spreadsheet.sheet('Dashboard (2)')!;
    expect(added.contents(2, 1)).toEqual([[DASHBOARD_TEXTS.en.title], [DASHBOARD_TEXTS.en.subtitle('Partners', 'Meetings')]]);
    expect(added.charts).toHaveLength(2);
    expect(spreadsheet.toasts.at(-1)!.message).toContain('Added the sheet Dashboard (2)');
    const count = spreadsheet.sheets.length;
    gas.updateTracker();
    expect(spreadsheet.sheets).toHaveLength(count);
    expect(added.charts).toHaveLength(2);
  });

  it('with formulas that read the columns where the update put them', () => {
    const { spreadsheet, gas, fixture } = oldTracker(false);
    gas.updateTracker();
    const engine = engineOf(spreadsheet);
    const values = engine.values('Dashboard');
    const partners = fixture.layouts[0].rows.length;
    expect(values.slice(5, 9).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(partners);
    expect(values.slice(5, 8).reduce((sum, row) => sum + Number(row[4]), 0)).toBe(partners);
    engine.destroy();
  });
});
