/**
 * The Dashboard's two charts in the preview, drawn with Chart.js from the
 * same specs the hosts build their native charts from
 * (shared/tracker/dashboard.ts): the source cells as the formula engine
 * computed them, series by rows or by columns, the series colours and the
 * title. Chart.js (MIT, https://www.chartjs.org) is a development dependency
 * of the preview only, like HyperFormula: it is well kept, typed, draws bar
 * charts with a colour per series out of the box, and lets the preview
 * register just the bar chart's parts (tree-shaking keeps the rest out). The
 * add-on bundles never import it (the licence-boundary test checks).
 *
 * Each chart is a canvas with role="img" and a label that reads out its
 * title and every value, so the figures are there for a screen reader too.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip } from 'chart.js';
import type { Language } from '../shared/language';
import type { DashboardChart } from '../shared/tracker';
import { displayOf } from './cell-display';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

export interface ChartSeries {
  name: string;
  values: number[];
  colour: string;
}

export interface ChartData {
  labels: string[];
  series: ChartSeries[];
}

const numberOf = (value: unknown) => (typeof value === 'number' ? value : 0);

/** The chart's data from the dashboard's computed cells, as the host reads its source range. */
export function chartData(spec: DashboardChart, values: unknown[][], formats: string[][], language: Language): ChartData {
  const { row, column, rows, columns } = spec.source;
  const at = (r: number, c: number) => values[row + r]?.[column + c] ?? '';
  const label = (r: number, c: number) => displayOf(at(r, c), formats[row + r]?.[column + c] ?? 'General', language).text;
  if (spec.seriesBy === 'rows') {
    // Row 0 holds the categories (right of the corner), each further row a series named by its first cell.
    const labels = Array.from({ length: columns - 1 }, (_, c) => label(0, c + 1));
    const series = Array.from({ length: rows - 1 }, (_, r) => ({
      name: label(r + 1, 0),
      values: labels.map((_, c) => numberOf(at(r + 1, c + 1))),
      colour: spec.colours[r],
    }));
    return { labels, series };
  }
  const labels = Array.from({ length: rows - 1 }, (_, r) => label(r + 1, 0));
  const series = Array.from({ length: columns - 1 }, (_, c) => ({
    name: label(0, c + 1),
    values: labels.map((_, r) => numberOf(at(r + 1, c + 1))),
    colour: spec.colours[c],
  }));
  return { labels, series };
}

/** What a screen reader hears: the title, then each value with its category and series. */
export function chartDescription(title: string, data: ChartData, language: Language): string {
  const number = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
  const parts = data.series.flatMap((series) =>
    series.values.map((value, index) =>
      data.series.length > 1 ? `${series.name}: ${number.format(value)}` : `${data.labels[index]}: ${number.format(value)}`,
    ),
  );
  return `${title}. ${parts.join('; ')}.`;
}

/** One chart on the page; update() redraws it with new data, without animation. */
export class DashboardChartView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private chart: Chart<'bar'> | null = null;

  constructor(private readonly spec: DashboardChart) {
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.width = spec.width;
    this.canvas.height = spec.height;
    this.element = document.createElement('figure');
    this.element.className = 'pv-dash-chart';
    this.element.dataset.chart = spec.key;
    this.element.appendChild(this.canvas);
  }

  update(data: ChartData, language: Language): void {
    const description = chartDescription(this.spec.title, data, language);
    this.canvas.setAttribute('aria-label', description);
    this.element.dataset.values = JSON.stringify(data.series.map((series) => series.values));
    const datasets = data.series.map((series) => ({
      label: series.name,
      data: series.values,
      backgroundColor: series.colour,
      borderColor: series.colour,
    }));
    if (this.chart) {
      this.chart.data.labels = data.labels;
      this.chart.data.datasets = datasets;
      this.chart.options.plugins!.title!.text = this.spec.title;
      this.chart.update('none');
      return;
    }
    this.chart = new Chart(this.canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets },
      options: {
        indexAxis: this.spec.kind === 'bar' ? 'y' : 'x',
        responsive: false,
        animation: false,
        plugins: {
          title: { display: true, text: this.spec.title, color: '#202124', font: { size: 14, weight: 'bold' } },
          legend: { display: this.spec.seriesBy === 'rows', position: 'bottom', labels: { color: '#3c4043' } },
        },
        scales: {
          x: { ticks: { color: '#3c4043', precision: 0 }, beginAtZero: true },
          y: { ticks: { color: '#3c4043', precision: 0 }, beginAtZero: true },
        },
      },
    });
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = null;
  }
}
