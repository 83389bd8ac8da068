/**
 * The Dashboard's plan: its places, the formulas of both dialects reading
 * the columns where they stand, the chart specs, names and recognition.
 */
import { LANGUAGES } from '../../shared/language';
import { STAGE_CHART_COLOURS, contrastRatio } from '../../shared/formatting';
import { DASHBOARD_TEXTS } from '../../shared/messages/dashboard';
import { STAGES } from '../../shared/stages';
import {
  PARTNER_COLUMNS,
  areaAddress,
  dashboardLayout,
  headersFor,
  isDashboardOf,
  planDashboardName,
  planTrackerNames,
  type Dialect,
} from '../../shared/tracker';

function layout(dialect: Dialect, partnerHeader?: readonly string[]) {
  const names = planTrackerNames('en', []);
  return dashboardLayout({
    dialect,
    language: 'en',
    name: names.dashboard,
    places: { language: 'en', parts: dialect === 'sheets' ? names.sheets : names.tables, settings: names.settings, partnerHeader },
    sheets: names.sheets,
  });
}

const formulas = (dialect: Dialect, partnerHeader?: readonly string[]) =>
  layout(dialect, partnerHeader)
    .formulas.flatMap((block) => block.formulas.flat())
    .join('\n');

describe('the Dashboard plan', () => {
  it('fills a 24 × 10 grid: texts and formulas never in the same cell, each formula block a rectangle of formulas', () => {
    for (const dialect of ['sheets', 'excel'] as const) {
      const plan = layout(dialect);
      expect(plan.values).toHaveLength(24);
      expect(plan.values.every((row) => row.length === 10)).toBe(true);
      for (const { area, formulas: block } of plan.formulas) {
        expect(block).toHaveLength(area.rows);
        for (let r = 0; r < area.rows; r++) {
          expect(block[r]).toHaveLength(area.columns);
          for (let c = 0; c < area.columns; c++) {
            expect(block[r][c].startsWith('=')).toBe(true);
            expect(plan.values[area.row + r][area.column + c]).toBe('');
            expect(plan.numberFormats[area.row + r][area.column + c]).not.toBe('@');
          }
        }
      }
      plan.values.forEach((row, r) => row.forEach((text, c) => text && expect(plan.numberFormats[r][c]).toBe('@')));
    }
  });

  it('reads the partner columns where they stand, in both dialects', () => {
    const moved = [...headersFor(PARTNER_COLUMNS, 'en')].reverse();
    const stageLetter = String.fromCharCode(65 + moved.indexOf('Stage'));
    expect(formulas('sheets', moved)).toContain(`=COUNTIF(Partners!$${stageLetter}$2:$${stageLetter},A6)`);
    expect(formulas('excel', moved)).toContain('=COUNTIF(Partners[Stage],A6)');
    expect(formulas('excel')).toContain('=SUMIFS(Meetings[Hours],Meetings[Date],">="&A13,Meetings[Date],"<"&EDATE(A13,1))');
    expect(formulas('sheets')).toContain('=SUMIFS(Meetings!$C$2:$C,Meetings!$A$2:$A,">="&A13,Meetings!$A$2:$A,"<"&EDATE(A13,1))');
    // Twelve months, eleven ago to this one.
    expect(formulas('sheets')).toContain('=EDATE(DATE(YEAR(TODAY()),MONTH(TODAY()),1),-11)');
    expect(formulas('sheets')).toContain('=EDATE(DATE(YEAR(TODAY()),MONTH(TODAY()),1),0)');
  });

  it('uses only functions Excel 2021 has in its dialect', () => {
    expect(formulas('excel')).not.toMatch(/\b(TAKE|DROP|HSTACK|VSTACK|LET|ARRAY_CONSTRAIN|QUERY)\(/);
  });

  it('quotes a sheet name that needs it and escapes table columns', () => {
    const names = planTrackerNames('en', ['Partners']);
    const plan = dashboardLayout({
      dialect: 'sheets',
      language: 'en',
      name: names.dashboard,
      places: { language: 'en', parts: names.sheets, settings: names.settings },
      sheets: names.sheets,
    });
    expect(plan.formulas[0].formulas[0][0]).toMatch(/^=COUNTIF\('Partners \(2\)'!\$[A-Z]+\$2:\$[A-Z]+,A6\)$/);
  });

  it('plans two charts over its own cells, the stages in their colours, visible on white', () => {
    const [stages, hours] = layout('excel').charts;
    expect([stages.kind, areaAddress(stages.source), stages.seriesBy]).toEqual(['bar', 'A5:B9', 'rows']);
    expect(stages.colours).toEqual(STAGES.map((stage) => STAGE_CHART_COLOURS[stage]));
    expect([hours.kind, areaAddress(hours.source), hours.seriesBy, hours.colours.length]).toEqual(['column', 'A12:B24', 'columns', 1]);
    for (const colour of Object.values(STAGE_CHART_COLOURS)) expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(stages.title).toBe(DASHBOARD_TEXTS.en.stagesChart);
  });

  it('takes a fresh name beside sheets of the same name, its own number first', () => {
    expect(planDashboardName('en', [])).toBe('Dashboard');
    expect(planDashboardName('de', ['Übersicht'])).toBe('Übersicht (2)');
    expect(planDashboardName('en', ['dashboard', 'Dashboard (2)'], 1)).toBe('Dashboard (3)');
    expect(planDashboardName('en', [], 4)).toBe('Dashboard (4)');
  });

  it('recognises its own dashboard in either language, and nothing else', () => {
    for (const language of LANGUAGES) {
      const texts = DASHBOARD_TEXTS[language];
      expect(isDashboardOf(texts.title, texts.subtitle('Partners', 'Meetings'), 'Partners', 'Meetings')).toBe(true);
      expect(isDashboardOf(texts.title, texts.subtitle('Partners (2)', 'Meetings (2)'), 'Partners', 'Meetings')).toBe(false);
    }
    expect(isDashboardOf('Dashboard', '', 'Partners', 'Meetings')).toBe(false);
    expect(isDashboardOf(null, undefined, 'Partners', 'Meetings')).toBe(false);
  });
});
