/**
 * Embedded charts of the Sheets fake, as Apps Script builds them:
 * Sheet.newChart() gives an EmbeddedChartBuilder; asBarChart() and
 * asColumnChart() switch it to the typed builders, which add setColors,
 * setTitle and setLegendPosition; addRange, setTransposeRowsAndColumns,
 * setNumHeaders, setPosition(row, column, offsetX, offsetY) and setOption
 * are on every builder; build() gives an EmbeddedChart that is not on the
 * sheet until Sheet.insertChart(chart)
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder,
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-bar-chart-builder,
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-column-chart-builder,
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart)).
 * Charts.Position and Charts.ChartType are the Charts service's enums
 * (https://developers.google.com/apps-script/reference/charts/position).
 * Building records no call: the builder is a local object until
 * insertChart, the one call that reaches the spreadsheet.
 */
import type { HostCallLog } from './host-call-log';

export const Charts = {
  Position: { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' },
  ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE', AREA: 'AREA' },
} as const;

/** A range as a chart keeps it: its sheet and where it is (1-based). */
export interface ChartRange {
  sheet: unknown;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface FakeChartModel {
  type: string | null;
  ranges: ChartRange[];
  transposed: boolean;
  numHeaders: number;
  colors: string[];
  title: string;
  legend: string | null;
  position: { row: number; column: number; offsetX: number; offsetY: number } | null;
  options: Record<string, unknown>;
}

export class FakeEmbeddedChart {
  constructor(readonly model: FakeChartModel) {}
  getRanges() {
    return [...this.model.ranges];
  }
}

export class FakeEmbeddedChartBuilder {
  readonly model: FakeChartModel = {
    type: null,
    ranges: [],
    transposed: false,
    numHeaders: -1,
    colors: [],
    title: '',
    legend: null,
    position: null,
    options: {},
  };
  private typed = false;
  private requireTyped(method: string) {
    if (!this.typed)
      throw new Error(`${method} is a method of the typed builders (asBarChart(), asColumnChart()…), not of EmbeddedChartBuilder.`);
  }
  asBarChart() {
    this.model.type = Charts.ChartType.BAR;
    this.typed = true;
    return this;
  }
  asColumnChart() {
    this.model.type = Charts.ChartType.COLUMN;
    this.typed = true;
    return this;
  }
  setChartType(type: string) {
    this.model.type = type;
    return this;
  }
  addRange(range: ChartRange) {
    this.model.ranges.push(range);
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean) {
    this.model.transposed = transpose;
    return this;
  }
  setNumHeaders(headers: number) {
    this.model.numHeaders = headers;
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number) {
    if (row < 1 || column < 1) throw new Error('The anchor row and column must be at least 1.');
    this.model.position = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown) {
    this.model.options[option] = value;
    return this;
  }
  setColors(colors: string[]) {
    this.requireTyped('setColors');
    if (!colors.every((color) => /^#[0-9a-f]{6}$/i.test(color))) throw new Error(`Invalid colours: ${colors.join(', ')}`);
    this.model.colors = [...colors];
    return this;
  }
  setTitle(title: string) {
    this.requireTyped('setTitle');
    this.model.title = title;
    return this;
  }
  setLegendPosition(position: string) {
    this.requireTyped('setLegendPosition');
    if (!(position in Charts.Position)) throw new Error(`Invalid legend position: ${position}`);
    this.model.legend = position;
    return this;
  }
  build() {
    if (!this.model.type) throw new Error('The chart has no type.');
    if (this.model.ranges.length === 0) throw new Error('The chart has no data range.');
    return new FakeEmbeddedChart({ ...this.model, ranges: [...this.model.ranges], colors: [...this.model.colors] });
  }
}

/** A sheet's charts, with insertChart as the one recorded call per chart. */
export class FakeSheetCharts {
  readonly charts: FakeEmbeddedChart[] = [];
  constructor(
    private readonly log: HostCallLog,
    private readonly sheet: unknown,
  ) {}
  insert(chart: FakeEmbeddedChart) {
    this.log.record('Sheet.insertChart');
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error('Invalid argument: chart');
    if (chart.model.ranges.some((range) => range.sheet !== this.sheet)) throw new Error('The fake keeps chart data on the chart sheet.');
    this.charts.push(chart);
  }
}
