/**
 * The tracker's Dashboard sheet (Übersicht), host-neutral: its cells, the
 * formulas in the host's dialect (dashboard-formulas.ts), number formats,
 * emphasis, widths, the overdue highlight of the due list and its two native
 * charts. Sheets and Excel turn a DashboardLayout into their own calls; the
 * preview evaluates the same cells with its formula engine. Rules:
 * - fixed places (below), so the charts' source ranges are known: partners
 *   per stage A5:B9 (one chart series per stage, in the stage's colour),
 *   per VCP phase D5:E8, Givers Gain D11:E14, hours per month A12:B24
 *   (the last 12 months up to this one, from TODAY()), the next 10 contacts
 *   due G5:J15 (one formula in G6 that spills);
 * - every text is the product's own, in the tracker's language; the stage
 *   and phase labels are exactly what the Partners sheet shows;
 * - a dashboard is recognised by its title and the line naming the sheets
 *   it reads (A1 and A2, either language), so a sheet of the user's that is
 *   merely called Dashboard is never taken for one, and never touched.
 */
import type { Language } from '../language';
import { LANGUAGES } from '../language';
import { cellText } from '../cells';
import { OVERDUE_COLOURS, STAGE_CHART_COLOURS, overdueRuleFormula, type Colours } from '../formatting';
import { DASHBOARD_SHEET_NAMES, DASHBOARD_TEXTS } from '../messages/dashboard';
import { VCP_LABELS } from '../messages/next-step';
import { STAGE_LABELS } from '../messages/stages';
import { STAGES } from '../stages';
import { VCP_PHASES } from '../vcp';
import { DUE_LIST_COLUMNS, DUE_LIST_ROWS, dashboardFormulas } from './dashboard-formulas';
import { columnLetter, type Dialect, type FormulaPlaces } from './formulas';
import { numberFormatPattern } from './layout';
import { firstFreeNumbered, numberedName, takenSet } from './names';

/** A block of cells, zero-based. */
export interface CellArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export type DashboardChartKey = 'stages' | 'hours';

/** A native chart bound to a block of the dashboard's cells. */
export interface DashboardChart {
  key: DashboardChartKey;
  /** bar: horizontal bars (Sheets BAR, Excel BarClustered); column: vertical (COLUMN, ColumnClustered). */
  kind: 'bar' | 'column';
  title: string;
  /** The source cells, their header row and label column included. */
  source: CellArea;
  /** rows: each row below the header is a series (named by its first cell); columns: each column right of the labels is. */
  seriesBy: 'rows' | 'columns';
  /** One colour per series, in order. */
  colours: readonly string[];
  /** The top-left cell the chart is placed on. */
  anchor: { row: number; column: number };
  /** Pixels. */
  width: number;
  height: number;
}

export interface FormulaBlock {
  area: CellArea;
  formulas: string[][];
}

export type Emphasis = 'title' | 'heading' | 'header';

export interface DashboardLayout {
  name: string;
  language: Language;
  /** The grid the dashboard fills, from A1. */
  rows: number;
  columns: number;
  /** Text cells, "" elsewhere; written as values. */
  values: string[][];
  /** Rectangles holding only formulas, each written with one formula call. */
  formulas: FormulaBlock[];
  numberFormats: string[][];
  emphasis: { area: CellArea; kind: Emphasis }[];
  /** Column widths in pixels. */
  widths: number[];
  /** The due list's rows turn red when their date is before today. */
  overdue: { area: CellArea; formula: string } & Colours;
  charts: DashboardChart[];
}

const GRID = { rows: 24, columns: 10 };
const STAGE_ROW = 5;
const VCP_ROW = 5;
const GIVERS_ROW = 11;
const MONTH_ROW = 12;
const MONTHS = 12;
const DUE = { row: 5, column: 6 };
const CHART_ROW = 25;

const WIDTHS = [170, 90, 24, 160, 90, 24, 180, 150, 140, 320];

function area(row: number, column: number, rows = 1, columns = 1): CellArea {
  return { row, column, rows, columns };
}

/** A1 reference of a zero-based cell. */
export function cellName(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

function grid<T>(fill: T): T[][] {
  return Array.from({ length: GRID.rows }, () => new Array<T>(GRID.columns).fill(fill));
}

/** The subtitle in every language, for recognising a dashboard. */
function subtitles(partners: string, meetings: string): string[] {
  return LANGUAGES.map((language) => DASHBOARD_TEXTS[language].subtitle(partners, meetings));
}

/** True when A1 and A2 of a sheet are a dashboard's title and its line naming these partner and meeting sheets. */
export function isDashboardOf(title: unknown, subtitle: unknown, partners: string, meetings: string): boolean {
  const titles = LANGUAGES.map((language) => DASHBOARD_TEXTS[language].title);
  return titles.includes(cellText(title).trim()) && subtitles(partners, meetings).includes(cellText(subtitle).trim());
}

/** The dashboard's sheet name for tracker number `n`: Dashboard, Dashboard (2)… */
export function dashboardSheetName(language: Language, n: number): string {
  return numberedName(DASHBOARD_SHEET_NAMES[language], n);
}

/** A free dashboard name beside an existing tracker: its own number first, then the first free one. */
export function planDashboardName(language: Language, takenSheets: readonly string[], own = 1): string {
  const taken = takenSet(takenSheets);
  return firstFreeNumbered(
    own,
    (n) => dashboardSheetName(language, n),
    (name) => !taken.has(name.toLowerCase()),
    'No free name for a Dashboard sheet',
  );
}

export interface DashboardOptions {
  dialect: Dialect;
  language: Language;
  name: string;
  /** Where the formulas find the partner and meeting sheets (Sheets) or tables (Excel) and their columns. */
  places: FormulaPlaces;
  /** The partner and meeting sheets' names, as the subtitle names them. */
  sheets: { partners: string; meetings: string };
}

/** The dashboard of a tracker. */
export function dashboardLayout(options: DashboardOptions): DashboardLayout {
  const { language } = options;
  const texts = DASHBOARD_TEXTS[language];
  const formulas = dashboardFormulas(options.dialect, options.places);
  const values = grid('');
  const formats = grid('General');
  const put = (row: number, column: number, text: string) => {
    values[row][column] = text;
    formats[row][column] = '@';
  };
  put(0, 0, texts.title);
  put(1, 0, texts.subtitle(options.sheets.partners, options.sheets.meetings));
  put(STAGE_ROW - 2, 0, texts.stagesHeading);
  put(STAGE_ROW - 1, 0, texts.stage);
  put(STAGE_ROW - 1, 1, texts.partners);
  put(VCP_ROW - 2, 3, texts.vcpHeading);
  put(VCP_ROW - 1, 3, texts.vcpPhase);
  put(VCP_ROW - 1, 4, texts.partners);
  put(GIVERS_ROW - 1, 3, texts.giversGainHeading);
  put(GIVERS_ROW - 1, 4, texts.referrals);
  [texts.given, texts.received, texts.balance].forEach((label, index) => put(GIVERS_ROW + index, 3, label));
  put(MONTH_ROW - 2, 0, texts.hoursHeading);
  put(MONTH_ROW - 1, 0, texts.month);
  put(MONTH_ROW - 1, 1, texts.hours);
  put(DUE.row - 2, DUE.column, texts.dueHeading);
  [texts.partner, texts.nextContactDue, texts.stage, texts.nextStep].forEach((label, index) => put(DUE.row - 1, DUE.column + index, label));

  const stageLabels = STAGES.map((stage) => STAGE_LABELS[language][stage]);
  stageLabels.forEach((label, index) => put(STAGE_ROW + index, 0, label));
  VCP_PHASES.forEach((phase, index) => put(VCP_ROW + index, 3, VCP_LABELS[language][phase]));

  const column = (count: number, row: number, formula: (row: number) => string) =>
    Array.from({ length: count }, (_, index) => [formula(row + index)]);
  const monthRows = Array.from({ length: MONTHS }, (_, index) => {
    const row = MONTH_ROW + index;
    return [formulas.month(index - (MONTHS - 1)), formulas.monthHours(cellName(row, 0))];
  });
  const blocks: FormulaBlock[] = [
    { area: area(STAGE_ROW, 1, STAGES.length), formulas: column(STAGES.length, STAGE_ROW, (row) => formulas.stageCount(cellName(row, 0))) },
    {
      area: area(VCP_ROW, 4, VCP_PHASES.length),
      formulas: column(VCP_PHASES.length, VCP_ROW, (row) => formulas.vcpCount(cellName(row, 3))),
    },
    {
      area: area(GIVERS_ROW, 4, 3),
      formulas: [
        [formulas.referralsGiven],
        [formulas.referralsReceived],
        [formulas.balance(cellName(GIVERS_ROW, 4), cellName(GIVERS_ROW + 1, 4))],
      ],
    },
    { area: area(MONTH_ROW, 0, MONTHS, 2), formulas: monthRows },
    { area: area(DUE.row, DUE.column), formulas: [[formulas.dueList]] },
  ];
  const fill = (block: CellArea, format: string) => {
    for (let r = 0; r < block.rows; r++) for (let c = 0; c < block.columns; c++) formats[block.row + r][block.column + c] = format;
  };
  fill(area(STAGE_ROW, 1, STAGES.length), '0');
  fill(area(VCP_ROW, 4, VCP_PHASES.length), '0');
  fill(area(GIVERS_ROW, 4, 3), '0');
  fill(area(MONTH_ROW, 0, MONTHS), 'mmm yyyy');
  fill(area(MONTH_ROW, 1, MONTHS), '0.0');
  fill(area(DUE.row, DUE.column + 1, DUE_LIST_ROWS), numberFormatPattern('date', language));

  const dueList = area(DUE.row, DUE.column, DUE_LIST_ROWS, DUE_LIST_COLUMNS);
  return {
    name: options.name,
    language,
    ...GRID,
    values,
    formulas: blocks,
    numberFormats: formats,
    emphasis: [
      { area: area(0, 0), kind: 'title' },
      ...[area(STAGE_ROW - 2, 0), area(VCP_ROW - 2, 3), area(GIVERS_ROW - 1, 3), area(MONTH_ROW - 2, 0), area(DUE.row - 2, DUE.column)].map(
        (heading) => ({ area: heading, kind: 'heading' as const }),
      ),
      ...[area(STAGE_ROW - 1, 0, 1, 2), area(VCP_ROW - 1, 3, 1, 2), area(GIVERS_ROW - 1, 4), area(MONTH_ROW - 1, 0, 1, 2)].map(
        (header) => ({
          area: header,
          kind: 'header' as const,
        }),
      ),
      { area: area(DUE.row - 1, DUE.column, 1, DUE_LIST_COLUMNS), kind: 'header' },
    ],
    widths: WIDTHS,
    overdue: { area: dueList, formula: overdueRuleFormula(`$${columnLetter(DUE.column + 1)}${DUE.row + 1}`), ...OVERDUE_COLOURS },
    charts: [
      {
        key: 'stages',
        kind: 'bar',
        title: texts.stagesChart,
        source: area(STAGE_ROW - 1, 0, STAGES.length + 1, 2),
        seriesBy: 'rows',
        colours: STAGES.map((stage) => STAGE_CHART_COLOURS[stage]),
        anchor: { row: CHART_ROW, column: 0 },
        width: 520,
        height: 320,
      },
      {
        key: 'hours',
        kind: 'column',
        title: texts.hoursChart,
        source: area(MONTH_ROW - 1, 0, MONTHS + 1, 2),
        seriesBy: 'columns',
        colours: [STAGE_CHART_COLOURS.friend],
        anchor: { row: CHART_ROW, column: 6 },
        width: 640,
        height: 320,
      },
    ],
  };
}

/** A1 address of an area: A5:B9. */
export function areaAddress(block: CellArea): string {
  const first = cellName(block.row, block.column);
  return block.rows === 1 && block.columns === 1
    ? first
    : `${first}:${cellName(block.row + block.rows - 1, block.column + block.columns - 1)}`;
}
