/**
 * The preview's Dashboard tab: the Dashboard sheet as the add-on writes it
 * (shared/tracker/dashboard.ts, Sheets dialect), its cells computed by the
 * formula engine from the same formulas, shown read-only with their number
 * formats, emphasis and the overdue highlight, and its two charts drawn
 * from the same cells (dashboard-charts.ts). render() recomputes nothing:
 * it shows what the engine holds, so it follows every logged meeting.
 * A text runs over the empty cells to its right, as in a spreadsheet.
 * Development only, like the rest of the preview.
 */
import { OVERDUE_COLOURS } from '../shared/formatting';
import { el, replaceChildren } from '../shared/ui/dom';
import { columnLetter, type DashboardLayout, type Emphasis } from '../shared/tracker';
import { displayOf } from './cell-display';
import { DashboardChartView, chartData } from './dashboard-charts';
import type { PreviewTexts } from './texts';
import type { TrackerSession } from './tracker-session';

export const DASHBOARD_PANEL_ID = 'pv-dashboard-panel';
const ROW_NUMBER_WIDTH = 46;

/** The formula of a rule written for its first row, moved down `rows` rows: $H6 → $H8. */
function movedDown(formula: string, rows: number): string {
  return formula.replace(/(\$[A-Z]+)(\d+)(?![\d(])/g, (_, column: string, row: string) => `${column}${Number(row) + rows}`);
}

export class DashboardView {
  readonly element: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly charts: HTMLElement;
  private chartViews: DashboardChartView[] = [];
  private shownLayout: DashboardLayout | null = null;

  constructor(
    private readonly session: TrackerSession,
    private readonly texts: () => PreviewTexts,
  ) {
    this.table = el('table', { class: 'pv-dash-grid' });
    this.charts = el('div', { class: 'pv-dash-charts' });
    this.element = el(
      'div',
      { class: 'pv-dash', id: DASHBOARD_PANEL_ID, role: 'tabpanel', tabindex: 0, hidden: true },
      this.table,
      this.charts,
    );
  }

  /** Emphasis of each cell of the layout. */
  private emphasisOf(layout: DashboardLayout): Map<string, Emphasis> {
    const map = new Map<string, Emphasis>();
    for (const { area, kind } of layout.emphasis)
      for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.columns; c++) map.set(`${area.row + r},${area.column + c}`, kind);
    return map;
  }

  /** The due list's rows that are overdue (0-based sheet rows), by the rule the add-on writes. */
  private overdueRows(layout: DashboardLayout): Set<number> {
    const rows = new Set<number>();
    const { area, formula } = layout.overdue;
    for (let r = 0; r < area.rows; r++) if (this.session.evaluateOnDashboard(movedDown(formula, r)) === true) rows.add(area.row + r);
    return rows;
  }

  private renderCells(layout: DashboardLayout, values: unknown[][]): void {
    const language = layout.language;
    const emphasis = this.emphasisOf(layout);
    const overdue = this.overdueRows(layout);
    const { area: due } = layout.overdue;
    const formulaCells = new Set<string>();
    for (const { area } of layout.formulas)
      for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.columns; c++) formulaCells.add(`${area.row + r},${area.column + c}`);

    const colgroup = el('colgroup', {}, el('col', { style: `width:${ROW_NUMBER_WIDTH}px` }));
    for (const width of layout.widths) colgroup.appendChild(el('col', { style: `width:${width}px` }));
    const letters = el('tr', { class: 'pv-letters' }, el('td', { class: 'pv-corner' }));
    layout.widths.forEach((_, col) => letters.appendChild(el('th', { class: 'pv-letter', scope: 'col' }, columnLetter(col))));
    const body = el('tbody');
    for (let r = 0; r < layout.rows; r++) {
      const tr = el('tr', {}, el('th', { class: 'pv-rownum', scope: 'row' }, String(r + 1)));
      for (let c = 0; c < layout.columns;) {
        const shown = displayOf(values[r]?.[c] ?? '', layout.numberFormats[r][c], language);
        // A text runs over the empty, formula-free cells to its right; a shaded header stays in its cell.
        const kind = emphasis.get(`${r},${c}`);
        let span = 1;
        if (shown.kind === 'text' && kind !== 'header')
          while (c + span < layout.columns && (values[r]?.[c + span] ?? '') === '' && !formulaCells.has(`${r},${c + span}`)) span++;
        const classes = ['pv-dash-cell', `pv-${shown.kind}`, kind ? `pv-dash-${kind}` : ''].filter(Boolean).join(' ');
        const td = el('td', { class: classes, 'data-row': String(r + 1), 'data-col': String(c) }, shown.text);
        if (span > 1) td.colSpan = span;
        if (overdue.has(r) && c >= due.column && c < due.column + due.columns) {
          td.style.background = OVERDUE_COLOURS.background;
          td.style.color = OVERDUE_COLOURS.text;
          td.classList.add('pv-dash-overdue');
        }
        if (shown.message) td.title = shown.message;
        tr.appendChild(td);
        c += span;
      }
      body.appendChild(tr);
    }
    replaceChildren(this.table, colgroup, el('thead', {}, letters), body);
    this.table.setAttribute('aria-label', this.texts().gridLabel(layout.name));
  }

  private renderCharts(layout: DashboardLayout, values: unknown[][]): void {
    if (this.shownLayout !== layout) {
      for (const view of this.chartViews) view.destroy();
      this.chartViews = layout.charts.map((spec) => new DashboardChartView(spec));
      replaceChildren(this.charts, ...this.chartViews.map((view) => view.element));
      this.shownLayout = layout;
    }
    layout.charts.forEach((spec, index) =>
      this.chartViews[index].update(chartData(spec, values, layout.numberFormats, layout.language), layout.language),
    );
  }

  render(): void {
    const layout = this.session.dashboard();
    const values = this.session.dashboardValues();
    this.renderCells(layout, values);
    this.renderCharts(layout, values);
  }
}
