/**
 * The preview's live tracker: the workbook's input, its layout, the formula
 * engine's results and the selection. Every change goes through here, is
 * recalculated in one batch, stored in the browser and announced to the page.
 */
import { partnerColumns, partnerNames, type HostGrid, type SavePlan, type SheetHeader } from '../shared/checklist-tracker';
import type { MeetingsAppend } from '../shared/calendar/meetings-plan';
import type { Language } from '../shared/language';
import type { PartnerLocation } from '../shared/port';
import {
  SHEETS_DIALECT,
  TRACKER_SHEETS,
  dashboardLayout,
  planTrackerNames,
  settingsLayout,
  type DashboardLayout,
  type ColumnValidation,
  type SettingsLayout,
  type SheetLayout,
  type TrackerCell,
  type TrackerSheet,
} from '../shared/tracker';
import { excelSerialDate } from '../shared/dates';
import { literalText } from './formula-engine';
import { sheetsCells } from '../shared/tracker/sheets-cells';
import { parseDate, parseTyped, type CellContent } from './format';
import type { ImportWorkbook } from './import-port';
import type { PortWorkbook } from './preview-port';
import { passesValidation } from './validation';
import { exampleWorkbook, layoutsFor, withInput, type WorkbookData } from './workbook';

/** The formula engine as the session uses it. */
export interface ComputedWorkbook {
  /** Computed value of a cell (0-based row and column; row 0 is the header row). */
  value(sheet: TrackerSheet, row: number, col: number): unknown;
  /** Computed values of a whole sheet, header row first. */
  values(sheet: TrackerSheet): unknown[][];
  /** Sets cells, recalculating once. */
  setCells(writes: readonly CellWrite[]): void;
  /** Evaluates a formula in the context of a sheet, e.g. a conditional-format rule. */
  evaluate(formula: string, sheet: TrackerSheet): unknown;
  /** The Settings sheet's name and computed values, header row first (the partner card follows them). */
  settings(): { name: string; values: unknown[][] };
  /** Computed values of the Dashboard sheet, from A1. */
  dashboardValues(): unknown[][];
  /** Evaluates a formula on the Dashboard sheet, e.g. its overdue rule. */
  evaluateOnDashboard(formula: string): unknown;
  /** Releases the engine. */
  destroy(): void;
}

/**
 * Builds the engine for the workbook's sheets, its Settings sheet (with the
 * names formulas read it by) and its Dashboard; catalog error messages are in `language`.
 */
export type EngineFactory = (
  sheets: { sheet: TrackerSheet; name: string; cells: CellContent[][] }[],
  language: Language,
  settings: SettingsLayout,
  dashboard: DashboardLayout,
) => ComputedWorkbook;

export interface CellWrite {
  sheet: TrackerSheet;
  row: number;
  col: number;
  value: CellContent;
}

export interface Selection {
  sheet: TrackerSheet;
  /** 1-based sheet row. */
  row: number;
  /** 0-based column. */
  col: number;
}

/** Where the work is kept between visits. */
export interface WorkbookStore {
  load(): { data: WorkbookData | null; unreadable: boolean };
  /** Stores the workbook; returns why it could not, or null. */
  save(data: WorkbookData): string | null;
}

export type EditResult =
  { ok: true } | { ok: false; reason: 'computed' } | { ok: false; reason: 'invalid'; help: ColumnValidation['help'] };

/** What changed: cells typed in the grid, cells the checklist saved, the whole workbook (reset), or the selection. */
export type ChangeKind = 'cells' | 'check' | 'workbook' | 'selection';

/** An imported cell as the workbook holds input: text that typing would change kept literal. */
function asInput(value: TrackerCell): CellContent {
  if (value instanceof Date) return excelSerialDate(value);
  if (typeof value !== 'string' || value === '') return value;
  const keptAsTyped = parseTyped(value) === value && !/^['=]/.test(value);
  return keptAsTyped ? value : literalText(value);
}

export class TrackerSession implements PortWorkbook, ImportWorkbook {
  private data: WorkbookData;
  private sheetLayouts: Record<TrackerSheet, SheetLayout>;
  private engine: ComputedWorkbook;
  private current: Selection = { sheet: 'partners', row: 2, col: 0 };
  private listeners: ((kind: ChangeKind) => void)[] = [];
  /** Why the last save to the browser failed, or null. */
  storeProblem: string | null = null;
  /** True when stored work could not be read at start. */
  readonly startedUnreadable: boolean;

  constructor(
    private readonly store: WorkbookStore,
    private readonly createEngine: EngineFactory,
    /** The host language; also the tracker's language when there is no stored work. */
    fallbackLanguage: Language,
  ) {
    const stored = store.load();
    this.startedUnreadable = stored.unreadable;
    this.data = stored.data ?? exampleWorkbook(fallbackLanguage);
    this.hostLanguage = fallbackLanguage;
    this.sheetLayouts = layoutsFor(this.data.language, false);
    this.engine = this.buildEngine();
  }

  private buildEngine(): ComputedWorkbook {
    const language = this.data.language;
    const names = planTrackerNames(language, []);
    // The Dashboard as Create partner tracker writes it in Sheets.
    this.dashboardPlan = dashboardLayout({
      dialect: SHEETS_DIALECT.name,
      language,
      name: names.dashboard,
      places: { language, parts: names.sheets, settings: names.settings },
      sheets: names.sheets,
    });
    return this.createEngine(
      TRACKER_SHEETS.map((sheet) => ({
        sheet,
        name: this.sheetLayouts[sheet].name,
        cells: sheetsCells(this.sheetLayouts[sheet], this.data.inputs[sheet]),
      })),
      this.data.language,
      // The Settings as a new tracker has them: the tracker's formulas read the thresholds and rules through their names.
      settingsLayout(this.data.language, names.settingsSheet, names.settings),
      this.dashboardPlan,
    );
  }

  private dashboardPlan!: DashboardLayout;

  /** The tracker's Dashboard: its layout, with the cells and charts the add-on writes. */
  dashboard(): DashboardLayout {
    return this.dashboardPlan;
  }

  /** The Dashboard's computed values, from A1. */
  dashboardValues(): unknown[][] {
    return this.engine.dashboardValues();
  }

  /** Evaluates a formula on the Dashboard sheet. */
  evaluateOnDashboard(formula: string): unknown {
    return this.engine.evaluateOnDashboard(formula);
  }

  onChange(listener: (kind: ChangeKind) => void): void {
    this.listeners.push(listener);
  }

  private emit(kind: ChangeKind): void {
    for (const listener of this.listeners) listener(kind);
  }

  private persist(): void {
    // Unreadable stored work stays untouched until the person changes something.
    this.storeProblem = this.store.save(this.data);
  }

  /** The host's UI language, which the checklist speaks (the tracker keeps the language it was created in). */
  hostLanguage: Language;

  language(): Language {
    return this.hostLanguage;
  }

  /** The tracker's language: sheet names, headers, stage labels, number and date formats. */
  trackerLanguage(): Language {
    return this.data.language;
  }

  isEdited(): boolean {
    return this.data.edited;
  }

  layout(sheet: TrackerSheet): SheetLayout {
    return this.sheetLayouts[sheet];
  }

  sheetName(sheet: TrackerSheet): string {
    return this.sheetLayouts[sheet].name;
  }

  values(sheet: TrackerSheet): unknown[][] {
    return this.engine.values(sheet);
  }

  /** The tracker sheet of that name in the workbook, or undefined. */
  private sheetNamed(name: string): TrackerSheet | undefined {
    return TRACKER_SHEETS.find((sheet) => this.sheetName(sheet) === name);
  }

  /** The header rows of the tracker's sheets and of its Settings sheet, as a host reads them. */
  sheetHeaders(): SheetHeader[] {
    const settings = this.engine.settings();
    return [
      ...TRACKER_SHEETS.map((sheet) => ({
        name: this.sheetName(sheet),
        header: this.sheetLayouts[sheet].columns.map((_, col) => this.engine.value(sheet, 0, col)),
      })),
      { name: settings.name, header: settings.values[0] ?? [] },
    ];
  }

  sheetValues(name: string): HostGrid | null {
    const sheet = this.sheetNamed(name);
    if (sheet) return this.values(sheet);
    const settings = this.engine.settings();
    return settings.name === name ? settings.values : null;
  }

  value(sheet: TrackerSheet, row: number, col: number): unknown {
    return this.engine.value(sheet, row - 1, col);
  }

  evaluate(formula: string, sheet: TrackerSheet): unknown {
    return this.engine.evaluate(formula, sheet);
  }

  /** What the cell holds as typed or written by the add-on: a formula, a value or "". */
  content(sheet: TrackerSheet, row: number, col: number): CellContent {
    const column = this.sheetLayouts[sheet].columns[col];
    if (!column) return '';
    if (row === 1) return column.headerFormula ?? column.header;
    if (column.headerFormula) return '';
    return this.data.inputs[sheet][row - 2]?.[col] ?? '';
  }

  /** Number of data rows holding input (the rest of the sheet's rows are empty). */
  usedRows(sheet: TrackerSheet): number {
    return this.data.inputs[sheet].length;
  }

  partnerNames(): string[] {
    const values = this.values('partners');
    const columns = values.length ? partnerColumns(values[0]) : null;
    return columns ? partnerNames(values, columns) : [];
  }

  selection(): PartnerLocation | null {
    return { sheet: this.sheetName(this.current.sheet), row: this.current.row };
  }

  selected(): Selection {
    return this.current;
  }

  select(next: Selection): void {
    const layout = this.sheetLayouts[next.sheet];
    const row = Math.min(Math.max(next.row, 1), layout.dataRows + 1);
    const col = Math.min(Math.max(next.col, 0), layout.columns.length - 1);
    if (next.sheet === this.current.sheet && row === this.current.row && col === this.current.col) return;
    this.current = { sheet: next.sheet, row, col };
    this.emit('selection');
  }

  /** True when a person may type into the cell: input columns below the header. */
  isEditable(sheet: TrackerSheet, row: number, col: number): boolean {
    const column = this.sheetLayouts[sheet].columns[col];
    return row >= 2 && column !== undefined && !column.rowFormula && !column.headerFormula;
  }

  /**
   * Enters typed text into a cell as Sheets would: strict validation rejects
   * it with the rule's help text and nothing changes.
   */
  enter(sheet: TrackerSheet, row: number, col: number, text: string): EditResult {
    if (!this.isEditable(sheet, row, col)) return { ok: false, reason: 'computed' };
    const column = this.sheetLayouts[sheet].columns[col];
    const content = parseTyped(text);
    if (column.validation) {
      const typedDate = parseDate(text) !== null;
      if (!passesValidation(column.validation.rule, content, typedDate, this.partnerNames())) {
        return { ok: false, reason: 'invalid', help: column.validation.help };
      }
    }
    this.write([{ sheet, row: row - 2, col, value: content }], 'cells');
    return { ok: true };
  }

  /** Writes input cells (0-based data rows) in one batch. */
  private write(writes: readonly CellWrite[], kind: 'cells' | 'check'): void {
    const inputs = { ...this.data.inputs };
    for (const write of writes) {
      inputs[write.sheet] = withInput(
        inputs[write.sheet],
        write.row,
        write.col,
        this.sheetLayouts[write.sheet].columns.length,
        write.value,
      );
    }
    this.data = { ...this.data, edited: true, inputs };
    this.engine.setCells(writes.map((write) => ({ ...write, row: write.row + 1 })));
    this.persist();
    this.emit(kind);
  }

  /** Writes a planned save where the plan says, as a host does: the history row, then the score and date in the partner's row. */
  applySave(plan: SavePlan<number>): void {
    const checks = this.sheetNamed(plan.checksSheet);
    const partners = this.sheetNamed(plan.partnerSheet);
    if (!checks || !partners) throw new Error(`The workbook has no sheet ${checks ? plan.partnerSheet : plan.checksSheet}.`);
    this.write(
      [
        ...plan.checkRow.map((value, col) => ({ sheet: checks, row: plan.checkRowNumber - 2, col, value })),
        ...plan.partnerRuns.flatMap((run) =>
          run.values.map((value, offset) => ({ sheet: partners, row: plan.row - 2, col: run.column + offset, value })),
        ),
      ],
      'check',
    );
  }

  /**
   * Appends imported meetings below the last one, as the hosts do: one batch.
   * The preview's Meetings sheet is laid out by the current layout, so it has
   * every column the plan writes. A text that typing would turn into
   * something else ("=…", "007", "TRUE") is stored as literal text, as the
   * hosts store it in a Text-formatted cell.
   */
  applyImport(meetingsSheet: string, plan: MeetingsAppend<number>): void {
    const sheet = this.sheetNamed(meetingsSheet);
    if (!sheet) throw new Error(`The workbook has no sheet ${meetingsSheet}.`);
    const first = this.data.inputs[sheet].length;
    const width = this.sheetLayouts[sheet].columns.length;
    this.write(
      plan.rows.flatMap((cells, r) => cells.slice(0, width).map((value, col) => ({ sheet, row: first + r, col, value: asInput(value) }))),
      'cells',
    );
  }

  /** Replaces the work with the example tracker in the given language. */
  reset(language: Language): void {
    this.data = exampleWorkbook(language);
    this.sheetLayouts = layoutsFor(language, false);
    this.engine.destroy();
    this.engine = this.buildEngine();
    this.current = { sheet: 'partners', row: 2, col: 0 };
    this.persist();
    this.emit('workbook');
  }
}
