/**
 * Charts of the Excel fake, as office.js queues them:
 * worksheet.charts.add(type, sourceData, seriesBy) adds a chart bound to the
 * range ("Rows": each row below the first is a series named by its first
 * cell; "Columns": each column right of the first is; ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1),
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseriesby);
 * chart.series.getItemAt(i).format.fill.setSolidColor(colour) colours a
 * series (https://learn.microsoft.com/javascript/api/excel/excel.chartfill),
 * which fails at sync when there is no such series; chart.title.text,
 * chart.legend.visible and chart.legend.position, chart.name, chart.width and chart.height (points)
 * and chart.setPosition(startCell) (https://learn.microsoft.com/javascript/api/excel/excel.chart).
 * Every operation is queued and applied at sync, in order.
 */
import type { HostCallLog } from './host-call-log';

export interface ChartArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ExcelChartModel {
  type: string;
  source: ChartArea;
  /** The source's sheet name. */
  sourceSheet: string;
  seriesBy: string;
  name: string;
  title: string;
  legendVisible: boolean;
  /** ChartLegend.position: Top, Bottom, Left, Right… (https://learn.microsoft.com/javascript/api/excel/excel.chartlegend). */
  legendPosition: string;
  position: string | null;
  width: number;
  height: number;
  /** Fill colour of each series, by index (unset: Excel's theme colour). */
  seriesColours: (string | null)[];
}

/** What a chart needs of the fake's batch: the call log and the queue applied at sync. */
export interface ChartBatch {
  log: HostCallLog;
  pending: Array<() => void>;
}

const CHART_TYPES = new Set(['BarClustered', 'ColumnClustered', 'Line', 'Pie', 'ColumnStacked', 'BarStacked']);

function seriesCount(model: ExcelChartModel): number {
  return model.seriesBy === 'Rows' ? model.source.rows - 1 : model.source.columns - 1;
}

export class FakeChart {
  constructor(
    private readonly batch: ChartBatch,
    readonly model: ExcelChartModel,
  ) {}
  private queue(call: string, apply: (model: ExcelChartModel) => void) {
    this.batch.log.record(call);
    this.batch.pending.push(() => apply(this.model));
  }
  set name(name: string) {
    this.queue('Chart.name=', (model) => (model.name = name));
  }
  set width(points: number) {
    this.queue('Chart.width=', (model) => (model.width = points));
  }
  set height(points: number) {
    this.queue('Chart.height=', (model) => (model.height = points));
  }
  get title() {
    const queue = this.queue.bind(this);
    return {
      set text(text: string) {
        queue('ChartTitle.text=', (model) => (model.title = text));
      },
    };
  }
  get legend() {
    const queue = this.queue.bind(this);
    return {
      set visible(visible: boolean) {
        queue('ChartLegend.visible=', (model) => (model.legendVisible = visible));
      },
      set position(position: string) {
        if (!['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'].includes(position))
          throw new Error(`InvalidArgument: legend position ${position}`);
        queue('ChartLegend.position=', (model) => (model.legendPosition = position));
      },
    };
  }
  setPosition(startCell: string) {
    this.queue('Chart.setPosition', (model) => (model.position = startCell));
  }
  get series() {
    const queue = this.queue.bind(this);
    return {
      getItemAt(index: number) {
        return {
          format: {
            fill: {
              setSolidColor(colour: string) {
                queue('ChartFill.setSolidColor', (model) => {
                  if (index < 0 || index >= seriesCount(model)) throw new Error(`ItemNotFound: the chart has no series ${index}.`);
                  model.seriesColours[index] = colour;
                });
              },
            },
          },
        };
      },
    };
  }
}

/** worksheet.charts: add() queues a chart on the sheet's list. */
export function chartCollection(batch: ChartBatch, charts: ExcelChartModel[], sheetName: () => string) {
  return {
    add(type: string, range: { area: ChartArea; sheet: { name: string } }, seriesBy = 'Auto') {
      batch.log.record('ChartCollection.add');
      if (!CHART_TYPES.has(type)) throw new Error(`The fake does not model the chart type ${type}.`);
      const model: ExcelChartModel = {
        type,
        source: { ...range.area },
        sourceSheet: range.sheet.name,
        seriesBy,
        name: '',
        title: '',
        legendVisible: true,
        legendPosition: 'Right',
        position: null,
        width: 360,
        height: 216,
        seriesColours: [],
      };
      batch.pending.push(() => {
        if (range.sheet.name !== sheetName()) throw new Error('The fake keeps chart data on the chart sheet.');
        charts.push(model);
      });
      return new FakeChart(batch, model);
    },
  };
}
