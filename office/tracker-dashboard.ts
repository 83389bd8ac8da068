/**
 * Writing the Dashboard sheet in Excel from its layout
 * (shared/tracker/dashboard.ts), into a new, empty worksheet. Everything is
 * queued; the caller syncs, so the dashboard adds no round trip of its own.
 * The dashboard is plain cells, not a table: its due list is a dynamic array
 * that spills, which a table cannot hold.
 *
 * Charts: worksheet.charts.add(type, sourceData, seriesBy) makes a chart
 * bound to the cells ("Rows": each row a series, named by its first cell);
 * chart.series.getItemAt(i).format.fill.setSolidColor(colour) colours a
 * series; chart.title.text, chart.legend.visible and .position, chart.setPosition(cell),
 * chart.width and chart.height (points) place and label it
 * (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1),
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseriesby,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartfill). All ExcelApi 1.1.
 */
import { type DashboardChart, type DashboardLayout, HEADER_BACKGROUND, areaAddress, cellName } from '../shared/tracker';
import { POINTS_PER_PIXEL, setWidths } from './tracker-write';

const TITLE_SIZE = 16;

function addChart(sheet: Excel.Worksheet, spec: DashboardChart): void {
  const type = spec.kind === 'bar' ? 'BarClustered' : 'ColumnClustered';
  const chart = sheet.charts.add(type, sheet.getRange(areaAddress(spec.source)), spec.seriesBy === 'rows' ? 'Rows' : 'Columns');
  chart.name = `Bondstage ${spec.key}`;
  chart.title.text = spec.title;
  chart.legend.visible = spec.seriesBy === 'rows';
  if (spec.seriesBy === 'rows') chart.legend.position = 'Bottom';
  chart.setPosition(cellName(spec.anchor.row, spec.anchor.column));
  chart.width = spec.width * POINTS_PER_PIXEL;
  chart.height = spec.height * POINTS_PER_PIXEL;
  spec.colours.forEach((colour, index) => chart.series.getItemAt(index).format.fill.setSolidColor(colour));
}

export function writeDashboard(sheet: Excel.Worksheet, layout: DashboardLayout): void {
  const whole = sheet.getRangeByIndexes(0, 0, layout.rows, layout.columns);
  // Formats first: the texts land in Text cells, the formulas in number cells.
  whole.numberFormat = layout.numberFormats;
  whole.values = layout.values;
  for (const { area, formulas } of layout.formulas) {
    sheet.getRangeByIndexes(area.row, area.column, area.rows, area.columns).formulas = formulas;
  }
  for (const { area, kind } of layout.emphasis) {
    const range = sheet.getRangeByIndexes(area.row, area.column, area.rows, area.columns);
    range.format.font.bold = true;
    if (kind === 'title') range.format.font.size = TITLE_SIZE;
    if (kind === 'header') range.format.fill.color = HEADER_BACKGROUND;
  }
  setWidths(sheet, layout.widths);
  const { overdue } = layout;
  const format = sheet.getRange(areaAddress(overdue.area)).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  format.custom.rule.formula = overdue.formula;
  format.custom.format.fill.color = overdue.background;
  format.custom.format.font.color = overdue.text;
  for (const chart of layout.charts) addChart(sheet, chart);
}
