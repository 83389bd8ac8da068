/**
 * Writing the Dashboard sheet in Google Sheets from its layout
 * (shared/tracker/dashboard.ts), into a new, empty sheet: whole-range writes
 * (formats and texts for the whole grid in one call each, one call per
 * block of formulas, emphasis as grids), the overdue rule, and one
 * insertChart per chart.
 *
 * Charts: Sheet.newChart() gives an EmbeddedChartBuilder; asBarChart() /
 * asColumnChart() its typed builders with setColors, setTitle and
 * setLegendPosition; addRange binds the chart to cells, so it follows their
 * formulas; setTransposeRowsAndColumns(true) makes each row a series;
 * setNumHeaders(1) takes the first row or column as labels; build() makes
 * the chart, which appears only after Sheet.insertChart(chart)
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder,
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-bar-chart-builder,
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)).
 */
import { type DashboardChart, type DashboardLayout, type Emphasis, HEADER_BACKGROUND } from '../shared/tracker';
import { setWidthRuns } from './tracker-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TITLE_SIZE = 16;
const WEIGHTS: Record<Emphasis, 'bold'> = { title: 'bold', heading: 'bold', header: 'bold' };

/** Font weights and backgrounds of the whole grid, for one call each. */
function emphasisGrids(layout: DashboardLayout) {
  const weights: ('bold' | 'normal')[][] = layout.values.map((row) => row.map(() => 'normal'));
  const backgrounds: (string | null)[][] = layout.values.map((row) => row.map(() => null));
  for (const { area, kind } of layout.emphasis) {
    for (let r = 0; r < area.rows; r++)
      for (let c = 0; c < area.columns; c++) {
        weights[area.row + r][area.column + c] = WEIGHTS[kind];
        if (kind === 'header') backgrounds[area.row + r][area.column + c] = HEADER_BACKGROUND;
      }
  }
  return { weights, backgrounds };
}

function insertChart(sheet: Sheet, chart: DashboardChart): void {
  const { source } = chart;
  const typed = chart.kind === 'bar' ? sheet.newChart().asBarChart() : sheet.newChart().asColumnChart();
  typed
    .setTitle(chart.title)
    .setColors([...chart.colours])
    .setLegendPosition(chart.seriesBy === 'rows' ? Charts.Position.BOTTOM : Charts.Position.NONE);
  const built = typed
    .addRange(sheet.getRange(source.row + 1, source.column + 1, source.rows, source.columns))
    .setTransposeRowsAndColumns(chart.seriesBy === 'rows')
    .setNumHeaders(1)
    .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
    .setOption('width', chart.width)
    .setOption('height', chart.height)
    .build();
  sheet.insertChart(built);
}

export function writeDashboard(sheet: Sheet, layout: DashboardLayout): void {
  const whole = sheet.getRange(1, 1, layout.rows, layout.columns);
  // Formats first: the texts land in plain-text cells, the formulas in number cells.
  whole.setNumberFormats(layout.numberFormats).setValues(layout.values);
  for (const { area, formulas } of layout.formulas) {
    sheet.getRange(area.row + 1, area.column + 1, area.rows, area.columns).setFormulas(formulas);
  }
  const { weights, backgrounds } = emphasisGrids(layout);
  whole.setFontWeights(weights).setBackgrounds(backgrounds);
  sheet.getRange(1, 1).setFontSize(TITLE_SIZE);
  setWidthRuns(sheet, layout.widths);
  const { overdue } = layout;
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(overdue.formula)
      .setBackground(overdue.background)
      .setFontColor(overdue.text)
      .setRanges([sheet.getRange(overdue.area.row + 1, overdue.area.column + 1, overdue.area.rows, overdue.area.columns)])
      .build(),
  ]);
  for (const chart of layout.charts) insertChart(sheet, chart);
}
