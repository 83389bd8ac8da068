/**
 * A behavioural in-memory fake of the Excel JavaScript API subset Bondstage
 * uses (sheets, tables with their rows and columns, ranges, conditional
 * formats, data validation, workbook-scoped defined names), with office.js
 * batching rules: properties can be read only after
 * load() and context.sync(), errors surface at sync (a sheet name already in
 * use, a table name taken), a failed sync keeps what it applied before the
 * failing operation, text written as a value is read the way Excel reads
 * typing (see enterValue), and every call is recorded in a HostCallLog.
 *
 * office-addin-mock (OfficeMockObject) provides the Office namespace
 * (context.displayLanguage, actions.associate, addin.showAsTaskpane). Its
 * static object trees cannot model collections that grow (worksheets.add,
 * tables.add) or load paths through `items`, so the workbook itself is
 * modelled here.
 */
import type { OfficeMockObject as OfficeMockObjectType } from 'office-addin-mock';
import { HostCallLog } from './host-call-log';
import { chartCollection, type ExcelChartModel } from './excel-charts';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest,
// whose other dependencies are ES modules Jest's CommonJS loader cannot
// require. Under Jest the names are given directly; plain Node loads it as is.
if (typeof jest !== 'undefined') {
  jest.doMock('office-addin-manifest', () => ({
    OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
  }));
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OfficeMockObject } = require('office-addin-mock') as { OfficeMockObject: typeof OfficeMockObjectType };
type OfficeMockObject = OfficeMockObjectType;

export type ExcelValue = string | number | boolean;
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

interface ExcelCellModel {
  value: ExcelValue;
  formula: string;
  numberFormat: string;
  bold?: boolean;
  fontSize?: number;
  fill?: string;
}

export interface ConditionalFormatModel {
  area: Area;
  type: string;
  formula: string;
  fill: string | null;
  font: string | null;
}

export interface ValidationModel {
  area: Area;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
}

export interface TableModel {
  name: string;
  sheet: ExcelSheetModel;
  area: Area;
  /** Rows queued by rows.add and not yet applied. */
  queuedRows?: number;
  /** Columns queued by columns.add and not yet applied. */
  queuedColumns?: number;
}

/** Excel's number format Text. */
export const TEXT = '@';

/** A date typed m/d[/y] as Excel's serial number (days since 1899-12-30). */
function typedDateSerial(month: number, day: number, year: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}

/**
 * What Excel stores for a value written with range.values or rows.add into a
 * cell of the given number format. Excel reads such a value as typed input:
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 * ("="), Excel interprets this value as a formula" (Range.values,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 * a leading "@" starts a formula too, as when typing (the =, +, -, @ of
 * https://owasp.org/www-community/attacks/CSV_Injection). Numeric text becomes
 * a number ("007" → 7, "1e3", "50%"), TRUE/FALSE a boolean, "1/2" a date. A
 * cell formatted as Text ("@", https://support.microsoft.com/office/5026bbd6-04bc-48cd-bf33-80f18b4eae68
 * as linked from Range.numberFormat) keeps what it is given, numbers and
 * formulas included: "anything you type will be treated as text (even numbers)"
 * (https://excelexamples.com/convert-numbers-to-text-in-excel); "if you set an
 * Excel cell format to Text, it displays formulae as a literal without
 * evaluation" (https://www.synesthesia.co.uk/stream/how-did-i-not-know-this-about-excel/).
 */
export function enterValue(content: ExcelValue, numberFormat: string): { value: ExcelValue; formula: string } {
  if (typeof content !== 'string' || numberFormat === TEXT) return { value: content ?? '', formula: '' };
  const text = content.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { value: Number(text), formula: '' };
  if (/^[+-]?\d+(\.\d+)?%$/.test(text)) return { value: Number(text.slice(0, -1)) / 100, formula: '' };
  if (/^[=+\-@]/.test(text)) return { value: '', formula: text.startsWith('=') ? text : `=${text.replace(/^@/, '')}` };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: '' };
  const us = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text);
  if (us) return { value: typedDateSerial(Number(us[1]), Number(us[2]), us[3] ? Number(us[3]) : new Date().getFullYear()), formula: '' };
  return { value: content, formula: '' };
}

function letters(column: number): string {
  let text = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

function columnIndex(text: string): number {
  return text.split('').reduce((n, letter) => n * 26 + letter.toUpperCase().charCodeAt(0) - 64, 0) - 1;
}

export function areaAddress(area: Area): string {
  const start = `${letters(area.column)}${area.row + 1}`;
  const end = `${letters(area.column + area.columns - 1)}${area.row + area.rows}`;
  return start === end ? start : `${start}:${end}`;
}

/** A1 address ("A1", "E2:E1048576", "1:1") to an area; no address is the whole sheet. */
export function parseAddress(address?: string): Area {
  if (address === undefined) return { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };
  const rowsOnly = /^(\d+):(\d+)$/.exec(address);
  if (rowsOnly)
    return { row: Number(rowsOnly[1]) - 1, column: 0, rows: Number(rowsOnly[2]) - Number(rowsOnly[1]) + 1, columns: MAX_COLUMNS };
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address);
  if (!match) throw new Error(`InvalidArgument: address ${address}`);
  const row = Number(match[2]) - 1;
  const column = columnIndex(match[1]);
  const lastRow = match[4] ? Number(match[4]) - 1 : row;
  const lastColumn = match[3] ? columnIndex(match[3]) : column;
  return { row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

function overlaps(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

// ---------------------------------------------------------------------------
// The workbook model
// ---------------------------------------------------------------------------

export class ExcelSheetModel {
  readonly cells = new Map<string, ExcelCellModel>();
  readonly columnWidths = new Map<number, number>();
  frozen = { rows: 0, columns: 0 };
  conditionalFormats: ConditionalFormatModel[] = [];
  readonly validations: ValidationModel[] = [];
  readonly charts: ExcelChartModel[] = [];
  constructor(public name: string) {}

  cell(row: number, column: number): ExcelCellModel {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: '', formula: '', numberFormat: 'General' }));
    return cell;
  }
  /** What a cell shows in the formula bar: its formula, else its value. */
  content(row: number, column: number): ExcelValue {
    const cell = this.cells.get(`${row},${column}`);
    return cell ? cell.formula || cell.value : '';
  }
  /** Rows × columns of contents from A1. */
  contents(rows: number, columns: number): ExcelValue[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.content(r, c)));
  }
  /** A value as range.values and rows.add store it: read as typed, see enterValue. */
  enter(row: number, column: number, content: ExcelValue) {
    const cell = this.cell(row, column);
    Object.assign(cell, enterValue(content, cell.numberFormat));
  }
  /** A formula as range.formulas stores it; a Text-formatted cell keeps it as text. */
  enterFormula(row: number, column: number, content: ExcelValue) {
    const cell = this.cell(row, column);
    if (cell.numberFormat === TEXT) Object.assign(cell, { value: content, formula: '' });
    else if (typeof content === 'string' && content.startsWith('=')) Object.assign(cell, { value: '', formula: content });
    else this.enter(row, column, content);
  }
  /** Test setup: "=…" becomes a formula, anything else is stored as given. */
  write(row: number, column: number, content: ExcelValue) {
    const cell = this.cell(row, column);
    if (typeof content === 'string' && content.startsWith('=')) {
      cell.formula = content;
      cell.value = '';
    } else {
      cell.formula = '';
      cell.value = content ?? '';
    }
  }
  validationAt(row: number, column: number): ValidationModel | undefined {
    return [...this.validations].reverse().find((validation) => overlaps(validation.area, { row, column, rows: 1, columns: 1 }));
  }
}

export class ExcelWorkbookModel {
  readonly sheets: ExcelSheetModel[] = [];
  readonly tables: TableModel[] = [];
  /**
   * Workbook-scoped defined names (Formulas › Name Manager). Tables and
   * defined names share one namespace: a table name may not equal a defined
   * name ("the Excel user interface shows the table named ranges in the list
   * of defined names", http://www.arstdesign.com/BBS/BulletinBoard.php?qs_date=2010-7-6;
   * workbook.names: https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection).
   */
  readonly names: string[] = [];
  /** Where each defined name points, as an address: Settings!B3:B5. */
  readonly nameReferences = new Map<string, string>();
  active: ExcelSheetModel;
  /** The active cell on the active sheet, 0-based. */
  activeCell = { row: 0, column: 0 };
  constructor(firstSheet = 'Sheet1') {
    this.active = this.addSheet(firstSheet);
  }
  addSheet(name: string): ExcelSheetModel {
    const sheet = new ExcelSheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): ExcelSheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }
  table(name: string): TableModel | undefined {
    return this.tables.find((table) => table.name === name);
  }
}

// ---------------------------------------------------------------------------
// The API objects, with load/sync rules
// ---------------------------------------------------------------------------

class Batch {
  readonly pending: Array<() => void> = [];
  readonly loadables = new Set<Loadable>();
  syncs = 0;
  constructor(readonly log: HostCallLog) {}
}

/** A failure to inject: the next sync with more than `after` operations applies that many, then fails. */
export interface InjectedFailure {
  after: number;
  message: string;
}

abstract class Loadable {
  private requested = new Set<string>();
  private loaded = new Set<string>();
  constructor(protected readonly batch: Batch) {}
  load(properties: string | string[] = '*'): this {
    this.batch.log.record(`${this.constructor.name.replace(/^Fake/, '')}.load`);
    const list = Array.isArray(properties) ? properties : properties.split(',');
    for (const property of list) this.requested.add(property.trim().split('/')[0]);
    this.batch.loadables.add(this);
    return this;
  }
  /** Called at sync: what was requested becomes readable, with values as of now. */
  settle() {
    for (const property of this.requested) this.loaded.add(property);
    this.requested.clear();
    this.snapshot();
  }
  protected snapshot() {}
  protected read<T>(property: string, value: () => T): T {
    if (!this.loaded.has(property) && !this.loaded.has('*')) {
      throw new Error(`PropertyNotLoaded: The property '${property}' is not available. Call load() and context.sync() before reading it.`);
    }
    return value();
  }
}

export class FakeConditionalFormat extends Loadable {
  private snapshotModel?: ConditionalFormatModel;
  constructor(
    batch: Batch,
    private readonly sheet: ExcelSheetModel,
    readonly model: ConditionalFormatModel,
  ) {
    super(batch);
  }
  protected override snapshot() {
    this.snapshotModel = { ...this.model };
  }
  get type() {
    return this.read('type', () => this.snapshotModel!.type);
  }
  get customOrNullObject() {
    return this.read('customOrNullObject', () => {
      const model = this.snapshotModel!;
      const isCustom = model.type === 'Custom';
      return {
        isNullObject: !isCustom,
        rule: { formula: isCustom ? model.formula : null },
        format: { fill: { color: isCustom ? model.fill : null }, font: { color: isCustom ? model.font : null } },
      };
    });
  }
  /** The custom rule, for writing. */
  get custom() {
    const model = this.model;
    const log = this.batch.log;
    return {
      rule: {
        set formula(formula: string) {
          log.record('ConditionalFormat.custom.rule.formula=');
          model.formula = formula;
        },
      },
      format: {
        fill: {
          set color(color: string) {
            log.record('ConditionalFormat.custom.format.fill.color=');
            model.fill = color;
          },
        },
        font: {
          set color(color: string) {
            log.record('ConditionalFormat.custom.format.font.color=');
            model.font = color;
          },
        },
      },
    };
  }
  delete() {
    this.batch.log.record('ConditionalFormat.delete');
    this.batch.pending.push(() => {
      this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter((format) => format !== this.model);
    });
  }
}

export class FakeConditionalFormatCollection extends Loadable {
  private snapshotItems: FakeConditionalFormat[] = [];
  constructor(
    batch: Batch,
    private readonly sheet: ExcelSheetModel,
    private readonly area: Area,
  ) {
    super(batch);
  }
  protected override snapshot() {
    this.snapshotItems = this.sheet.conditionalFormats
      .filter((format) => overlaps(format.area, this.area))
      .map((model) => {
        const item = new FakeConditionalFormat(this.batch, this.sheet, model);
        item.load('*');
        item.settle();
        return item;
      });
  }
  get items() {
    return this.read('items', () => this.snapshotItems);
  }
  add(type: string) {
    this.batch.log.record('ConditionalFormatCollection.add');
    const model: ConditionalFormatModel = { area: this.area, type, formula: '', fill: null, font: null };
    this.batch.pending.push(() => this.sheet.conditionalFormats.push(model));
    return new FakeConditionalFormat(this.batch, this.sheet, model);
  }
}

export class FakeRange extends Loadable {
  private snapshotValues: ExcelValue[][] = [];
  constructor(
    batch: Batch,
    readonly sheet: ExcelSheetModel,
    readonly area: Area,
  ) {
    super(batch);
  }
  get isNullObject(): boolean {
    return false;
  }
  private checkSize(data: unknown[][], what: string) {
    if (
      !Array.isArray(data) ||
      data.length !== this.area.rows ||
      data.some((row) => !Array.isArray(row) || row.length !== this.area.columns)
    ) {
      throw new Error(`InvalidArgument: the ${what} do not match the size of the range ${areaAddress(this.area)}.`);
    }
  }
  private eachCell(visit: (row: number, column: number, r: number, c: number) => void) {
    for (let r = 0; r < this.area.rows; r++)
      for (let c = 0; c < this.area.columns; c++) visit(this.area.row + r, this.area.column + c, r, c);
  }
  protected override snapshot() {
    this.snapshotValues = Array.from({ length: this.area.rows }, (_, r) =>
      Array.from(
        { length: this.area.columns },
        (_, c) => this.sheet.cells.get(`${this.area.row + r},${this.area.column + c}`)?.value ?? '',
      ),
    );
  }
  get values(): ExcelValue[][] {
    return this.read('values', () => this.snapshotValues);
  }
  /** What each cell holds as loaded: its formula, else its value. */
  get formulas(): ExcelValue[][] {
    return this.read('formulas', () =>
      Array.from({ length: this.area.rows }, (_, r) =>
        Array.from({ length: this.area.columns }, (_, c) => this.sheet.content(this.area.row + r, this.area.column + c)),
      ),
    );
  }
  /** One row of the range, zero-based. */
  getRow(row: number) {
    this.batch.log.record('Range.getRow');
    if (row < 0 || row >= this.area.rows) throw new Error('InvalidArgument: the row is outside the range.');
    return new FakeRange(this.batch, this.sheet, { ...this.area, row: this.area.row + row, rows: 1 });
  }
  /**
   * A null entry leaves its cell as it is, for values and number formats alike:
   * "specify null for all other cells in the 2-D array"
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
   */
  set values(values: ExcelValue[][]) {
    this.batch.log.record('Range.values=');
    this.checkSize(values, 'values');
    this.batch.pending.push(() =>
      this.eachCell((row, column, r, c) => {
        if (values[r][c] !== null) this.sheet.enter(row, column, values[r][c]);
      }),
    );
  }
  set formulas(formulas: ExcelValue[][]) {
    this.batch.log.record('Range.formulas=');
    this.checkSize(formulas, 'formulas');
    this.batch.pending.push(() => this.eachCell((row, column, r, c) => this.sheet.enterFormula(row, column, formulas[r][c])));
  }
  getCell(row: number, column: number) {
    this.batch.log.record('Range.getCell');
    return new FakeRange(this.batch, this.sheet, { row: this.area.row + row, column: this.area.column + column, rows: 1, columns: 1 });
  }
  getResizedRange(deltaRows: number, deltaColumns: number) {
    this.batch.log.record('Range.getResizedRange');
    const area = { ...this.area, rows: this.area.rows + deltaRows, columns: this.area.columns + deltaColumns };
    if (area.rows < 1 || area.columns < 1) throw new Error('InvalidArgument: the resized range is empty.');
    return new FakeRange(this.batch, this.sheet, area);
  }
  set numberFormat(formats: string[][]) {
    this.batch.log.record('Range.numberFormat=');
    this.checkSize(formats, 'number formats');
    this.batch.pending.push(() =>
      this.eachCell((row, column, r, c) => {
        if (formats[r][c] !== null) this.sheet.cell(row, column).numberFormat = formats[r][c];
      }),
    );
  }
  /**
   * Range.delete(shift): the cells go and those below (Up) or to the right
   * (Left) move in; a table losing whole rows or columns shrinks, as deleting
   * table rows or columns does (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)).
   */
  delete(shift: 'Up' | 'Left') {
    this.batch.log.record('Range.delete');
    const { sheet, area } = this;
    const workbook = this.workbookOf?.();
    this.batch.pending.push(() => {
      const moved = new Map<string, ExcelCellModel>();
      for (const [key, cell] of sheet.cells) {
        const [row, column] = key.split(',').map(Number);
        const inRows = row >= area.row && row < area.row + area.rows;
        const inColumns = column >= area.column && column < area.column + area.columns;
        if (inRows && inColumns) continue;
        if (shift === 'Up' && inColumns && row >= area.row + area.rows) moved.set(`${row - area.rows},${column}`, cell);
        else if (shift === 'Left' && inRows && column >= area.column + area.columns) moved.set(`${row},${column - area.columns}`, cell);
        else moved.set(key, cell);
      }
      sheet.cells.clear();
      for (const [key, cell] of moved) sheet.cells.set(key, cell);
      for (const table of workbook?.tables ?? []) {
        if (table.sheet !== sheet) continue;
        const t = table.area;
        if (shift === 'Up' && area.column <= t.column && area.column + area.columns >= t.column + t.columns && area.row > t.row) {
          const lost = Math.max(0, Math.min(t.row + t.rows, area.row + area.rows) - area.row);
          table.area = { ...t, rows: t.rows - lost };
        }
        if (shift === 'Left' && area.row <= t.row && area.row + area.rows >= t.row + t.rows) {
          const lost = Math.max(0, Math.min(t.column + t.columns, area.column + area.columns) - Math.max(t.column, area.column));
          table.area = { ...t, columns: t.columns - lost };
        }
      }
    });
  }
  /** The workbook of a range, for the tables a delete changes; set by the objects that know the workbook. */
  workbookOf?: () => ExcelWorkbookModel;
  get columnIndex() {
    return this.read('columnIndex', () => this.area.column);
  }
  get rowIndex() {
    return this.read('rowIndex', () => this.area.row);
  }
  get columnCount() {
    return this.read('columnCount', () => this.area.columns);
  }
  get rowCount() {
    return this.read('rowCount', () => this.area.rows);
  }
  /** The range's worksheet; set by the objects that know the workbook. */
  worksheetOf?: () => FakeWorksheet;
  get worksheet(): FakeWorksheet {
    if (!this.worksheetOf) throw new Error('The fake knows the worksheet only of ranges from getActiveCell and tables.');
    return this.worksheetOf();
  }
  get address() {
    return this.read('address', () => `${this.sheet.name}!${areaAddress(this.area)}`);
  }
  get format() {
    const { batch, sheet, area } = this;
    const eachCell: typeof this.eachCell = (visit) => this.eachCell(visit);
    return {
      font: {
        set bold(bold: boolean) {
          batch.log.record('Range.format.font.bold=');
          batch.pending.push(() => eachCell((row, column) => (sheet.cell(row, column).bold = bold)));
        },
        /** RangeFont.size, in points: https://learn.microsoft.com/javascript/api/excel/excel.rangefont */
        set size(size: number) {
          batch.log.record('Range.format.font.size=');
          batch.pending.push(() => eachCell((row, column) => (sheet.cell(row, column).fontSize = size)));
        },
      },
      /** RangeFill.color: https://learn.microsoft.com/javascript/api/excel/excel.rangefill */
      fill: {
        set color(color: string) {
          batch.log.record('Range.format.fill.color=');
          batch.pending.push(() => eachCell((row, column) => (sheet.cell(row, column).fill = color)));
        },
      },
      set columnWidth(width: number) {
        batch.log.record('Range.format.columnWidth=');
        batch.pending.push(() => {
          for (let c = 0; c < area.columns; c++) sheet.columnWidths.set(area.column + c, width);
        });
      },
    };
  }
  private validation?: ValidationModel;
  /** The range's data validation; one object per range, as in Excel. */
  get dataValidation() {
    const batch = this.batch;
    let validation = this.validation;
    if (!validation) {
      const model: ValidationModel = { area: this.area };
      this.validation = validation = model;
      batch.pending.push(() => this.sheet.validations.push(model));
    }
    return {
      set rule(rule: Excel.DataValidationRule) {
        batch.log.record('Range.dataValidation.rule=');
        validation.rule = rule;
      },
      set errorAlert(alert: Excel.DataValidationErrorAlert) {
        batch.log.record('Range.dataValidation.errorAlert=');
        validation.errorAlert = alert;
      },
      set prompt(prompt: Excel.DataValidationPrompt) {
        batch.log.record('Range.dataValidation.prompt=');
        validation.prompt = prompt;
      },
    };
  }
  get conditionalFormats() {
    return new FakeConditionalFormatCollection(this.batch, this.sheet, this.area);
  }
  /** The used part of this range (valuesOnly: cells with values or formulas), or a null object. */
  getUsedRangeOrNullObject(_valuesOnly = false) {
    this.batch.log.record('Range.getUsedRangeOrNullObject');
    const range = new UsedRange(this.batch, this.sheet, this.area);
    this.batch.loadables.add(range);
    return range;
  }
}

/** A used range: its extent is found when the batch runs. */
class UsedRange extends FakeRange {
  private extent?: Area;
  private within: Area;
  constructor(batch: Batch, sheet: ExcelSheetModel, within: Area) {
    super(batch, sheet, within);
    this.within = within;
  }
  protected override snapshot() {
    let extent: Area | undefined;
    for (const [key, cell] of this.sheet.cells) {
      if (!cell.formula && cell.value === '') continue;
      const [row, column] = key.split(',').map(Number);
      if (!overlaps(this.within, { row, column, rows: 1, columns: 1 })) continue;
      if (!extent) extent = { row, column, rows: 1, columns: 1 };
      const lastRow = Math.max(extent.row + extent.rows - 1, row);
      const lastColumn = Math.max(extent.column + extent.columns - 1, column);
      extent.row = Math.min(extent.row, row);
      extent.column = Math.min(extent.column, column);
      extent.rows = lastRow - extent.row + 1;
      extent.columns = lastColumn - extent.column + 1;
    }
    this.extent = extent;
    if (extent) Object.assign(this, { area: extent });
    super.snapshot();
  }
  override get isNullObject() {
    if (this.batch.syncs === 0) throw new Error('PropertyNotLoaded: isNullObject is known only after context.sync().');
    return this.extent === undefined;
  }
}

export class FakeTable extends Loadable {
  constructor(
    batch: Batch,
    readonly model: TableModel,
  ) {
    super(batch);
  }
  get name() {
    return this.read('name', () => this.model.name);
  }
  set name(name: string) {
    this.batch.log.record('Table.name=');
    const model = this.model;
    this.batch.pending.push(() => {
      if (model.sheet && this.workbookHasTable(name)) throw new Error(`InvalidArgument: a table named ${name} already exists.`);
      if (this.workbook?.names.some((defined) => defined.toLowerCase() === name.toLowerCase())) {
        throw new Error(`InvalidArgument: ${name} is already the name of a range in this workbook.`);
      }
      model.name = name;
    });
  }
  workbookHasTable = (_name: string) => false;
  /** Set by the collections that know the workbook. */
  workbook?: ExcelWorkbookModel;
  private sheetObject?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    this.batch.log.record('Table.worksheet');
    this.sheetObject ??= new FakeWorksheet(this.batch, this.model.sheet, this.workbook!);
    return this.sheetObject;
  }
  getHeaderRowRange() {
    this.batch.log.record('Table.getHeaderRowRange');
    return new FakeRange(this.batch, this.model.sheet, { ...this.model.area, rows: 1 });
  }
  getRange() {
    this.batch.log.record('Table.getRange');
    return new FakeRange(this.batch, this.model.sheet, { ...this.model.area });
  }
  /** The rows below the header (a table always has at least one). */
  getDataBodyRange() {
    this.batch.log.record('Table.getDataBodyRange');
    return new FakeRange(this.batch, this.model.sheet, {
      ...this.model.area,
      row: this.model.area.row + 1,
      rows: this.model.area.rows - 1,
    });
  }
  /**
   * columns.add(index, values, name): a new column at the table's right end
   * (index undefined or null; other positions are not modelled), its header
   * `name`, the data cells from `values` below the header row, read as typed.
   * The cells it takes must be empty: what Excel does to cells in the way is
   * not modelled.
   */
  get columns() {
    const { batch, model } = this;
    return {
      add(index: number | null | undefined, values: ExcelValue[][] | undefined, name: string) {
        batch.log.record('TableColumnCollection.add');
        // Rows added later in the same batch are as wide as the table will be by then.
        model.queuedColumns = (model.queuedColumns ?? 0) + 1;
        if (index !== undefined && index !== null) throw new Error('The fake adds table columns only at the end.');
        if (values && values.length !== model.area.rows)
          throw new Error(`InvalidArgument: a column needs the table's ${model.area.rows} rows.`);
        batch.pending.push(() => {
          model.queuedColumns = Math.max(0, (model.queuedColumns ?? 0) - 1);
          const column = model.area.column + model.area.columns;
          for (let r = 0; r < model.area.rows; r++) {
            const cell = model.sheet.cells.get(`${model.area.row + r},${column}`);
            if (cell && (cell.formula || cell.value !== '')) throw new Error('The fake adds table columns only into empty cells.');
          }
          model.sheet.enter(model.area.row, column, name);
          values?.slice(1).forEach((row, r) => model.sheet.enter(model.area.row + 1 + r, column, row[0]));
          model.area = { ...model.area, columns: model.area.columns + 1 };
        });
      },
    };
  }
  /**
   * rows.add(index, values): appends below the table's last data row,
   * reading the values as typed, and grows the table; returns the new rows.
   * "add rows to the end of the table" with a null index (Work with tables,
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables;
   * TableRowCollection.add, https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection).
   * The end is below every data row, blank ones included: a table always
   * keeps one data row, so a table made over a header and an empty row
   * starts with that blank row, and the rows go below it. Microsoft's sample
   * there adds rows to a table made over its header alone and shows them from
   * the first data row, so Excel may fill a fresh table's empty row itself;
   * that is not modelled, and the add-in does not depend on it: it writes a
   * table's blank rows itself before any rows.add in the same batch
   * (shared/tracker/table-rows.ts), which gives the same sheet either way.
   */
  get rows() {
    const { batch, model } = this;
    return {
      add(_index: number | undefined, values: ExcelValue[][]) {
        batch.log.record('TableRowCollection.add');
        const width = model.area.columns + (model.queuedColumns ?? 0);
        if (!Array.isArray(values) || values.some((row) => !Array.isArray(row) || row.length !== width)) {
          throw new Error(`InvalidArgument: each row must have the table's ${width} columns.`);
        }
        const at = model.area.row + model.area.rows + (model.queuedRows ?? 0);
        model.queuedRows = (model.queuedRows ?? 0) + values.length;
        batch.pending.push(() => {
          model.queuedRows = Math.max(0, (model.queuedRows ?? 0) - values.length);
          const first = model.area.row + model.area.rows;
          values.forEach((row, r) => row.forEach((value, c) => model.sheet.enter(first + r, model.area.column + c, value)));
          model.area = { ...model.area, rows: model.area.rows + values.length };
        });
        const rowRange = new FakeRange(batch, model.sheet, {
          row: at,
          column: model.area.column,
          rows: values.length,
          columns: width,
        });
        return {
          getRange() {
            batch.log.record('TableRow.getRange');
            return rowRange;
          },
        };
      },
    };
  }
}

export class FakeWorksheet extends Loadable {
  constructor(
    batch: Batch,
    readonly model: ExcelSheetModel,
    private readonly workbook: ExcelWorkbookModel,
  ) {
    super(batch);
  }
  get name() {
    return this.read('name', () => this.model.name);
  }
  get isNullObject() {
    return false;
  }
  getRange(address?: string) {
    this.batch.log.record('Worksheet.getRange');
    return new FakeRange(this.batch, this.model, parseAddress(address));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number) {
    this.batch.log.record('Worksheet.getRangeByIndexes');
    if (rows < 1 || columns < 1 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS)
      throw new Error('InvalidArgument: range out of bounds');
    const range = new FakeRange(this.batch, this.model, { row, column, rows, columns });
    range.workbookOf = () => this.workbook;
    return range;
  }
  get tables() {
    const batch = this.batch;
    const workbook = this.workbook;
    const sheet = this.model;
    return {
      add(range: FakeRange | string, _hasHeaders: boolean) {
        batch.log.record('TableCollection.add');
        const area = typeof range === 'string' ? parseAddress(range.replace(/^.*!/, '')) : range.area;
        const model: TableModel = { name: `Table${workbook.tables.length + 1}`, sheet, area };
        batch.pending.push(() => {
          if (workbook.tables.some((table) => table.sheet === sheet && overlaps(table.area, area)))
            throw new Error('InvalidArgument: tables cannot overlap.');
          workbook.tables.push(model);
        });
        const table = new FakeTable(batch, model);
        table.workbook = workbook;
        table.workbookHasTable = (name) =>
          workbook.tables.some((other) => other !== model && other.name.toLowerCase() === name.toLowerCase());
        return table;
      },
    };
  }
  get charts() {
    return chartCollection(this.batch, this.model.charts, () => this.model.name);
  }
  get freezePanes() {
    const batch = this.batch;
    const model = this.model;
    return {
      freezeRows(count = 1) {
        batch.log.record('WorksheetFreezePanes.freezeRows');
        batch.pending.push(() => (model.frozen = { rows: count, columns: 0 }));
      },
      freezeAt(range: FakeRange) {
        batch.log.record('WorksheetFreezePanes.freezeAt');
        batch.pending.push(
          () => (model.frozen = { rows: range.area.row + range.area.rows, columns: range.area.column + range.area.columns }),
        );
      },
    };
  }
  activate() {
    this.batch.log.record('Worksheet.activate');
    this.batch.pending.push(() => (this.workbook.active = this.model));
  }
  /** Deletes the sheet with its tables, as Excel does. */
  delete() {
    this.batch.log.record('Worksheet.delete');
    this.batch.pending.push(() => {
      const workbook = this.workbook;
      const index = workbook.sheets.indexOf(this.model);
      if (index < 0) throw new Error('ItemNotFound: the worksheet no longer exists.');
      if (workbook.sheets.length === 1) throw new Error('InvalidOperation: a workbook must keep at least one visible sheet.');
      workbook.sheets.splice(index, 1);
      for (let i = workbook.tables.length - 1; i >= 0; i--) if (workbook.tables[i].sheet === this.model) workbook.tables.splice(i, 1);
      if (workbook.active === this.model) workbook.active = workbook.sheets[Math.max(0, index - 1)];
    });
  }
}

class FakeWorksheetCollection extends Loadable {
  private snapshotItems: FakeWorksheet[] = [];
  constructor(
    batch: Batch,
    private readonly workbook: ExcelWorkbookModel,
  ) {
    super(batch);
  }
  protected override snapshot() {
    this.snapshotItems = this.workbook.sheets.map((model) => {
      const sheet = new FakeWorksheet(this.batch, model, this.workbook);
      sheet.load('name');
      sheet.settle();
      return sheet;
    });
  }
  get items() {
    return this.read('items', () => this.snapshotItems);
  }
  add(name: string) {
    this.batch.log.record('WorksheetCollection.add');
    const model = new ExcelSheetModel(name);
    this.batch.pending.push(() => {
      if (this.workbook.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
        throw new Error(`ItemAlreadyExists: A worksheet named ${name} already exists.`);
      }
      this.workbook.sheets.push(model);
    });
    return new FakeWorksheet(this.batch, model, this.workbook);
  }
  getActiveWorksheet() {
    this.batch.log.record('WorksheetCollection.getActiveWorksheet');
    return new FakeWorksheet(this.batch, this.workbook.active, this.workbook);
  }
  getItem(name: string) {
    this.batch.log.record('WorksheetCollection.getItem');
    const model = this.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (!model) throw new Error(`ItemNotFound: no worksheet named ${name}.`);
    return new FakeWorksheet(this.batch, model, this.workbook);
  }
}

class FakeTableCollection extends Loadable {
  private snapshotItems: FakeTable[] = [];
  constructor(
    batch: Batch,
    private readonly workbook: ExcelWorkbookModel,
  ) {
    super(batch);
  }
  protected override snapshot() {
    this.snapshotItems = this.workbook.tables.map((model) => {
      const table = new FakeTable(this.batch, model);
      table.workbook = this.workbook;
      table.load('name');
      table.settle();
      return table;
    });
  }
  get items() {
    return this.read('items', () => this.snapshotItems);
  }
  /** The table of that name (any case); ItemNotFound when there is none. */
  getItem(name: string) {
    this.batch.log.record('TableCollection.getItem');
    const model = this.workbook.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
    if (!model) throw new Error(`ItemNotFound: no table named ${name}.`);
    const table = new FakeTable(this.batch, model);
    table.workbook = this.workbook;
    return table;
  }
}

/**
 * The rule Excel applies to a defined name: a letter, underscore or
 * backslash first, then letters, digits, periods and underscores; not a cell
 * reference, not C or R; up to 255 characters; compared without case
 * (Excel's guidelines for names, https://excel365solutions.com/defined-names-rules/;
 * ECMA-376 Part 4, Names).
 */
export function isValidDefinedName(name: string): boolean {
  return (
    /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[CcRr]$/.test(name) &&
    !/^R[0-9]*C[0-9]*$/i.test(name)
  );
}

/** workbook.names: the workbook-scoped defined names, with load('items/name'), add(name, range) and item delete(). */
class FakeNamedItemCollection extends Loadable {
  private snapshotItems: { name: string; delete(): void }[] = [];
  constructor(
    batch: Batch,
    private readonly workbook: ExcelWorkbookModel,
  ) {
    super(batch);
  }
  protected override snapshot() {
    const { batch, workbook } = this;
    this.snapshotItems = workbook.names.map((name) => ({
      name,
      delete() {
        batch.log.record('NamedItem.delete');
        batch.pending.push(() => {
          const index = workbook.names.indexOf(name);
          if (index >= 0) workbook.names.splice(index, 1);
          workbook.nameReferences.delete(name);
        });
      },
    }));
  }
  get items() {
    return this.read('items', () => this.snapshotItems);
  }
  /** Adds a name at sync; a name in use (a defined name or a table, any case) or not valid fails the sync, as in Excel. */
  add(name: string, reference: FakeRange) {
    this.batch.log.record('NamedItemCollection.add');
    const workbook = this.workbook;
    this.batch.pending.push(() => {
      if (!isValidDefinedName(name)) throw new Error(`InvalidArgument: ${name} is not a valid name.`);
      const taken = [...workbook.names, ...workbook.tables.map((table) => table.name)];
      if (taken.some((other) => other.toLowerCase() === name.toLowerCase()))
        throw new Error(`InvalidArgument: the name ${name} already exists.`);
      workbook.names.push(name);
      workbook.nameReferences.set(name, `${reference.sheet.name}!${areaAddress(reference.area)}`);
    });
  }
}

// ---------------------------------------------------------------------------
// Excel.run and the Office namespace
// ---------------------------------------------------------------------------

export interface ExcelFake {
  log: HostCallLog;
  workbook: ExcelWorkbookModel;
  /** context.sync() calls of each Excel.run, in order. */
  syncsPerRun: number[];
  /** The globals the add-in reads: Excel and Office. */
  Excel: { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> };
  Office: OfficeMockObject;
  /** Ribbon handlers registered with Office.actions.associate. */
  actions: Map<string, (event: { completed(): void }) => unknown>;
  /** Calls of Office.addin.showAsTaskpane. */
  taskpaneShown: number;
  /** When set, the next sync carrying more operations than `after` fails part-way (then this is cleared). */
  failNextSync?: InjectedFailure;
}

export interface ExcelFakeOptions {
  displayLanguage?: string;
  log?: HostCallLog;
}

/** A workbook with one empty sheet, Excel.run over it, and the Office namespace. */
export async function createExcelFake(options: ExcelFakeOptions = {}): Promise<ExcelFake> {
  const log = options.log ?? new HostCallLog();
  const workbook = new ExcelWorkbookModel();
  const actions = new Map<string, (event: { completed(): void }) => unknown>();
  const fake = { log, workbook, syncsPerRun: [] as number[], actions, taskpaneShown: 0 } as ExcelFake;
  fake.Excel = {
    async run(batchFunction) {
      log.record('Excel.run');
      const batch = new Batch(log);
      const context = {
        workbook: {
          worksheets: new FakeWorksheetCollection(batch, workbook),
          tables: new FakeTableCollection(batch, workbook),
          names: new FakeNamedItemCollection(batch, workbook),
          getActiveCell() {
            log.record('Workbook.getActiveCell');
            const sheet = workbook.active;
            const cell = new FakeRange(batch, sheet, {
              row: workbook.activeCell.row,
              column: workbook.activeCell.column,
              rows: 1,
              columns: 1,
            });
            const worksheet = new FakeWorksheet(batch, sheet, workbook);
            cell.worksheetOf = () => worksheet;
            return cell;
          },
        },
        /** Applies the queued operations at once; a failure rejects the returned promise, as in Excel. */
        sync() {
          return new Promise<void>((resolve) => {
            log.record('RequestContext.sync');
            batch.syncs++;
            const operations = batch.pending.splice(0);
            const failure = fake.failNextSync && operations.length > fake.failNextSync.after ? fake.failNextSync : undefined;
            if (failure) fake.failNextSync = undefined;
            try {
              operations.forEach((operation, index) => {
                if (failure && index === failure.after) throw new Error(failure.message);
                operation();
              });
            } finally {
              for (const loadable of batch.loadables) loadable.settle();
              batch.loadables.clear();
            }
            resolve();
          });
        },
      };
      try {
        return await batchFunction(context as unknown as Excel.RequestContext);
      } finally {
        fake.syncsPerRun.push(batch.syncs);
      }
    },
  };
  const office = new OfficeMockObject({
    context: { displayLanguage: options.displayLanguage ?? 'en-US' },
    actions: {
      associate(id: string, handler: (event: { completed(): void }) => unknown) {
        log.record('Office.actions.associate');
        actions.set(id, handler);
      },
    },
    addin: {
      showAsTaskpane() {
        log.record('Office.addin.showAsTaskpane');
        fake.taskpaneShown++;
        return Promise.resolve();
      },
    },
  });
  // Office.context is readable at once in the real runtime: load it up front.
  const officeContext = office.context as OfficeMockObject;
  officeContext.load('displayLanguage');
  await officeContext.sync();
  fake.Office = office;
  return fake;
}

/**
 * A ribbon event that counts its completions. Office learns that a command
 * has finished only from event.completed(), not from what the function
 * returns (https://learn.microsoft.com/javascript/api/office/office.addincommands.event),
 * so `done` settles at the first completion.
 */
export function ribbonEvent() {
  let settle = () => {};
  const done = new Promise<void>((resolve) => (settle = resolve));
  const event = {
    completions: 0,
    done,
    completed() {
      event.completions++;
      settle();
    },
  };
  return event;
}
