/**
 * A behavioural in-memory fake of the Apps Script services Bondstage uses:
 * SpreadsheetApp (spreadsheets, sheets, ranges with values, formulas and
 * number formats, frozen rows, column widths, conditional format rules and
 * data validation with their builders, named ranges, UI menus, alerts and
 * toasts), Session,
 * ScriptApp, LockService and a settable clock. It checks what Sheets checks
 * (range bounds, data sizes), reads text written as a value the way Sheets
 * reads typing (see enterValue), and records every call in a HostCallLog.
 *
 * It does not calculate: a formula cell reads as "" unless a test gives it a
 * value with FakeSheet.setComputedValue. The formulas are evaluated for real
 * by preview/formula-engine.ts instead.
 */
import { HostCallLog } from './host-call-log';
import { Charts, FakeEmbeddedChartBuilder, FakeSheetCharts, type FakeEmbeddedChart } from './sheets-charts';

export type FakeValue = string | number | boolean | Date;

interface Cell {
  value: FakeValue;
  formula: string;
  numberFormat: string;
  fontWeight?: string;
  background?: string;
  fontSize?: number;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;

/** The open or install event as Sheets passes it; the scripts read only its authMode (one of AuthMode above). */
export function triggerEvent(authMode: keyof typeof AuthMode): GoogleAppsScript.Events.SheetsOnOpen {
  return { authMode: AuthMode[authMode] } as unknown as GoogleAppsScript.Events.SheetsOnOpen;
}

export const BooleanCriteria = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  CELL_EMPTY: 'CELL_EMPTY',
} as const;
export const DataValidationCriteria = {
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CHECKBOX: 'CHECKBOX',
} as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export type ButtonName = (typeof Button)[keyof typeof Button];

export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function lettersToColumn(letters: string): number {
  return letters.split('').reduce((n, letter) => n * 26 + letter.toUpperCase().charCodeAt(0) - 64, 0);
}

function isGrid(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** The number format Sheets calls Plain text. */
export const PLAIN_TEXT = '@';

/**
 * What Sheets stores for a value written with setValue(s) or appendRow into a
 * cell of the given number format. Apps Script writes values as if the user
 * typed them ("user entered"): https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 * and https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption (USER_ENTERED:
 * "strings may be converted to numbers, dates, etc."). A leading "=" makes a
 * formula, and so does a bare leading "+" or "-" (Sheets reads "+x" as "=+x").
 * A cell formatted as Plain text ("@", Format › Number › Plain text; set with
 * setNumberFormat("@")) stores the text as given, as typing into it does
 * (https://github.com/burnash/gspread/issues/231: "0004" stays "0004" there).
 * On "+" and "-": "Bare + and - values are interpreted as formulas (=+, =-)"
 * when Sheets converts text (berkeleybop/metpo, its Google Sheets template notes).
 * Modelled: formulas, numbers (also "007", "1e3", "50%"), TRUE/FALSE, and
 * dates written m/d[/y] or yyyy-mm-dd, as an en_US spreadsheet reads them.
 */
export function enterValue(content: FakeValue, numberFormat: string): { value: FakeValue; formula: string } {
  if (typeof content !== 'string' || numberFormat === PLAIN_TEXT) return { value: content ?? '', formula: '' };
  const text = content.trim();
  if (text.startsWith('=')) return { value: '', formula: content };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return { value: Number(text), formula: '' };
  if (/^[+-]?\d+(\.\d+)?%$/.test(text)) return { value: Number(text.slice(0, -1)) / 100, formula: '' };
  if (/^[+-]/.test(text)) return { value: '', formula: `=${text}` };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: '' };
  const us = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(text);
  if (us) {
    const year = us[3] ? (us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3])) : new Date().getFullYear();
    return { value: new Date(year, Number(us[1]) - 1, Number(us[2])), formula: '' };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { value: new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])), formula: '' };
  return { value: content, formula: '' };
}

// ---------------------------------------------------------------------------
// Data validation
// ---------------------------------------------------------------------------

export class FakeDataValidation {
  constructor(
    readonly criteriaType: string,
    readonly criteriaValues: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType() {
    return this.criteriaType;
  }
  getCriteriaValues() {
    return this.criteriaValues;
  }
  getAllowInvalid() {
    return this.allowInvalid;
  }
  getHelpText() {
    return this.helpText;
  }
  /** True when Sheets would accept the value (blank is always accepted). */
  accepts(value: FakeValue): boolean {
    if (value === '') return true;
    const [first, second] = this.criteriaValues;
    switch (this.criteriaType) {
      case DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO:
        return typeof value === 'number' && value >= (first as number);
      case DataValidationCriteria.NUMBER_BETWEEN:
        return typeof value === 'number' && value >= (first as number) && value <= (second as number);
      case DataValidationCriteria.DATE_IS_VALID_DATE:
        return Object.prototype.toString.call(value) === '[object Date]';
      case DataValidationCriteria.VALUE_IN_LIST:
        return (first as string[]).includes(String(value));
      case DataValidationCriteria.VALUE_IN_RANGE:
        return (first as FakeRange).peekValues().some((row) => row.includes(value));
      default:
        return true;
    }
  }
}

export class FakeDataValidationBuilder {
  private criteriaType = '';
  private criteriaValues: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  private require(type: string, values: unknown[]) {
    this.criteriaType = type;
    this.criteriaValues = values;
    return this;
  }
  requireNumberGreaterThanOrEqualTo(number: number) {
    return this.require(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]);
  }
  requireNumberBetween(start: number, end: number) {
    return this.require(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }
  requireDate() {
    return this.require(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.require(DataValidationCriteria.VALUE_IN_LIST, [values, showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true) {
    return this.require(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }
  requireCheckbox() {
    return this.require(DataValidationCriteria.CHECKBOX, []);
  }
  setAllowInvalid(allowInvalid: boolean) {
    this.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string) {
    this.helpText = helpText;
    return this;
  }
  build() {
    if (!this.criteriaType) throw new Error('Data validation needs a criterion.');
    return new FakeDataValidation(this.criteriaType, this.criteriaValues, this.allowInvalid, this.helpText);
  }
}

// ---------------------------------------------------------------------------
// Conditional formatting
// ---------------------------------------------------------------------------

export class FakeBooleanCondition {
  constructor(
    readonly criteriaType: string,
    readonly criteriaValues: unknown[],
    readonly background: string | null,
    readonly fontColor: string | null,
  ) {}
  getCriteriaType() {
    return this.criteriaType;
  }
  getCriteriaValues() {
    return this.criteriaValues;
  }
  getBackground() {
    return this.background;
  }
  getFontColor() {
    return this.fontColor;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    readonly condition: FakeBooleanCondition | null,
    readonly ranges: FakeRange[],
    readonly gradient: { minColor: string; maxColor: string } | null = null,
  ) {}
  getBooleanCondition() {
    return this.condition;
  }
  getGradientCondition() {
    return this.gradient;
  }
  getRanges() {
    return this.ranges;
  }
}

export class FakeConditionalFormatRuleBuilder {
  private criteriaType = '';
  private criteriaValues: unknown[] = [];
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];
  private gradient: { minColor: string; maxColor: string } | null = null;
  whenFormulaSatisfied(formula: string) {
    this.criteriaType = BooleanCriteria.CUSTOM_FORMULA;
    this.criteriaValues = [formula];
    return this;
  }
  whenTextEqualTo(text: string) {
    this.criteriaType = BooleanCriteria.TEXT_EQUAL_TO;
    this.criteriaValues = [text];
    return this;
  }
  whenNumberGreaterThan(number: number) {
    this.criteriaType = BooleanCriteria.NUMBER_GREATER_THAN;
    this.criteriaValues = [number];
    return this;
  }
  setGradientMinpoint(color: string) {
    this.gradient = { minColor: color, maxColor: this.gradient?.maxColor ?? '#ffffff' };
    return this;
  }
  setGradientMaxpoint(color: string) {
    this.gradient = { minColor: this.gradient?.minColor ?? '#ffffff', maxColor: color };
    return this;
  }
  setBackground(color: string | null) {
    this.background = color;
    return this;
  }
  setFontColor(color: string | null) {
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: FakeRange[]) {
    this.ranges = [...ranges];
    return this;
  }
  build() {
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
    if (this.gradient) return new FakeConditionalFormatRule(null, this.ranges, this.gradient);
    if (!this.criteriaType) throw new Error('A conditional format rule needs a condition.');
    return new FakeConditionalFormatRule(
      new FakeBooleanCondition(this.criteriaType, this.criteriaValues, this.background, this.fontColor),
      this.ranges,
    );
  }
}

// ---------------------------------------------------------------------------
// Ranges and sheets
// ---------------------------------------------------------------------------

/** Protection, as Range.protect() returns it (setters chain, as in Apps Script). */
export class FakeProtection {
  warningOnly = false;
  description = '';
  constructor(
    readonly range: FakeRange,
    private readonly log: { record(call: string): void },
  ) {}
  setWarningOnly(warningOnly: boolean) {
    this.log.record('Protection.setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }
  setDescription(description: string) {
    this.log.record('Protection.setDescription');
    this.description = description;
    return this;
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private get log() {
    return this.sheet.log;
  }

  private each<T>(visit: (row: number, column: number) => T): T[][] {
    const grid: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(visit(this.row + r, this.column + c));
      grid.push(line);
    }
    return grid;
  }

  private checkSize(data: unknown, what: string): asserts data is unknown[][] {
    if (!isGrid(data)) throw new Error(`${what} must be a two-dimensional array.`);
    if (data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of data) {
      if (row.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  /** Values without recording a call (for the fake's own checks and for test assertions). */
  peekValues(): FakeValue[][] {
    return this.each((r, c) => this.sheet.cellAt(r, c)?.value ?? '');
  }

  getSheet() {
    this.log.record('Range.getSheet');
    return this.sheet;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.column;
  }
  getNumRows() {
    return this.numRows;
  }
  getNumColumns() {
    return this.numColumns;
  }
  getLastRow() {
    return this.row + this.numRows - 1;
  }
  getLastColumn() {
    return this.column + this.numColumns - 1;
  }
  getA1Notation() {
    const start = `${columnToLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnToLetters(this.getLastColumn())}${this.getLastRow()}`;
  }

  getValues(): FakeValue[][] {
    this.log.record('Range.getValues');
    return this.peekValues();
  }
  getValue(): FakeValue {
    this.log.record('Range.getValue');
    return this.sheet.cellAt(this.row, this.column)?.value ?? '';
  }
  /** Values are read as typed (enterValue): "=…" becomes a formula, "007" a number, unless the cell is Plain text. */
  setValues(values: FakeValue[][]) {
    this.log.record('Range.setValues');
    this.checkSize(values, 'Values');
    const failure = this.sheet.failNextSetValues;
    if (failure) {
      this.sheet.failNextSetValues = null;
      throw new Error(failure);
    }
    this.each((r, c) => this.sheet.enterCell(r, c, values[r - this.row][c - this.column]));
    return this;
  }
  setValue(value: FakeValue) {
    this.log.record('Range.setValue');
    this.each((r, c) => this.sheet.enterCell(r, c, value));
    return this;
  }
  getFormulas(): string[][] {
    this.log.record('Range.getFormulas');
    return this.each((r, c) => this.sheet.cellAt(r, c)?.formula ?? '');
  }
  setFormulas(formulas: string[][]) {
    this.log.record('Range.setFormulas');
    this.checkSize(formulas, 'Formulas');
    this.each((r, c) => this.sheet.writeCell(r, c, formulas[r - this.row][c - this.column]));
    return this;
  }
  setFormula(formula: string) {
    this.log.record('Range.setFormula');
    this.each((r, c) => this.sheet.writeCell(r, c, formula));
    return this;
  }
  getNumberFormats(): string[][] {
    this.log.record('Range.getNumberFormats');
    return this.each((r, c) => this.sheet.cellAt(r, c)?.numberFormat ?? 'General');
  }
  setNumberFormats(formats: string[][]) {
    this.log.record('Range.setNumberFormats');
    this.checkSize(formats, 'Number formats');
    this.each((r, c) => (this.sheet.cell(r, c).numberFormat = formats[r - this.row][c - this.column]));
    return this;
  }
  setNumberFormat(format: string) {
    this.log.record('Range.setNumberFormat');
    this.each((r, c) => (this.sheet.cell(r, c).numberFormat = format));
    return this;
  }
  setFontWeight(weight: string) {
    this.log.record('Range.setFontWeight');
    this.each((r, c) => (this.sheet.cell(r, c).fontWeight = weight));
    return this;
  }
  setBackground(color: string) {
    this.log.record('Range.setBackground');
    this.each((r, c) => (this.sheet.cell(r, c).background = color));
    return this;
  }
  /** One weight per cell, "bold" or "normal" (null: normal): https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeights(Object) */
  setFontWeights(weights: (string | null)[][]) {
    this.log.record('Range.setFontWeights');
    this.checkSize(weights, 'Font weights');
    this.each((r, c) => (this.sheet.cell(r, c).fontWeight = weights[r - this.row][c - this.column] ?? 'normal'));
    return this;
  }
  /** One colour per cell, null for none: https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String) */
  setBackgrounds(colors: (string | null)[][]) {
    this.log.record('Range.setBackgrounds');
    this.checkSize(colors, 'Backgrounds');
    this.each((r, c) => {
      const color = colors[r - this.row][c - this.column];
      if (color) this.sheet.cell(r, c).background = color;
      else if (this.sheet.cellAt(r, c)) delete this.sheet.cell(r, c).background;
    });
    return this;
  }
  setFontSize(size: number) {
    this.log.record('Range.setFontSize');
    this.each((r, c) => (this.sheet.cell(r, c).fontSize = size));
    return this;
  }
  /** Range.protect: a warning-only or editor-restricted protection of the range. */
  protect(): FakeProtection {
    this.log.record('Range.protect');
    const protection = new FakeProtection(this, this.log);
    this.sheet.protections.push(protection);
    return protection;
  }
  setDataValidation(rule: FakeDataValidation | null) {
    this.log.record('Range.setDataValidation');
    this.sheet.validations.push({ range: this, rule });
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    this.log.record('Range.getDataValidation');
    return this.sheet.validationAt(this.row, this.column);
  }
  /** Range.clearContent: values and formulas go, formats and validation stay. */
  clearContent() {
    this.log.record('Range.clearContent');
    this.each((r, c) => {
      const cell = this.sheet.cellAt(r, c);
      if (cell) Object.assign(cell, { value: '', formula: '' });
    });
    return this;
  }
  clear() {
    this.log.record('Range.clear');
    this.each((r, c) => this.sheet.deleteCell(r, c));
    return this;
  }
  activate() {
    this.log.record('Range.activate');
    this.sheet.spreadsheet.setActiveSheetQuietly(this.sheet);
    this.sheet.activeRange = this;
    return this;
  }
}

export class FakeSheet {
  private readonly cells = new Map<string, Cell>();
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  conditionalFormatRules: FakeConditionalFormatRule[] = [];
  readonly validations: Array<{ range: FakeRange; rule: FakeDataValidation | null }> = [];
  readonly protections: FakeProtection[] = [];
  activeRange: FakeRange | null = null;
  /** Set by a test: the next Range.setValues on this sheet throws this message and writes nothing (a service error). */
  failNextSetValues: string | null = null;
  private readonly embeddedCharts: FakeSheetCharts;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    readonly sheetId: number,
  ) {
    this.embeddedCharts = new FakeSheetCharts(spreadsheet.log, this);
  }

  /** The charts inserted, without recording a call (test assertions). */
  get charts(): readonly FakeEmbeddedChart[] {
    return this.embeddedCharts.charts;
  }
  newChart() {
    return new FakeEmbeddedChartBuilder();
  }
  insertChart(chart: FakeEmbeddedChart) {
    this.embeddedCharts.insert(chart);
  }
  getCharts() {
    this.log.record('Sheet.getCharts');
    return [...this.embeddedCharts.charts];
  }

  get log() {
    return this.spreadsheet.log;
  }

  // Cell storage, not host calls.
  cellAt(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row},${column}`);
  }
  cell(row: number, column: number): Cell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: '', formula: '', numberFormat: 'General' }));
    return cell;
  }
  /** A value as setValue(s) and appendRow store it: read as typed, see enterValue. */
  enterCell(row: number, column: number, content: FakeValue) {
    const cell = this.cell(row, column);
    Object.assign(cell, enterValue(content, cell.numberFormat));
  }
  /** Stores content as setFormula(s) does (a formula when it starts with "="), and for test setup. */
  writeCell(row: number, column: number, content: FakeValue) {
    const cell = this.cell(row, column);
    if (typeof content === 'string' && content.startsWith('=')) {
      cell.formula = content;
      cell.value = '';
    } else {
      cell.formula = '';
      cell.value = content ?? '';
    }
  }
  deleteCell(row: number, column: number) {
    this.cells.delete(`${row},${column}`);
  }
  validationAt(row: number, column: number): FakeDataValidation | null {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const { range, rule } = this.validations[i];
      if (row >= range.row && row <= range.getLastRow() && column >= range.column && column <= range.getLastColumn()) return rule;
    }
    return null;
  }
  /** Gives a formula cell the value Sheets would have calculated (the fake does not calculate). */
  setComputedValue(row: number, column: number, value: FakeValue) {
    this.cell(row, column).value = value;
  }
  /** Rows × columns of contents as the user would see them in the formula bar: formulas or values. */
  contents(rows = this.lastRow(), columns = this.lastColumn()): FakeValue[][] {
    const grid: FakeValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: FakeValue[] = [];
      for (let c = 1; c <= columns; c++) {
        const cell = this.cellAt(r, c);
        line.push(cell ? cell.formula || cell.value : '');
      }
      grid.push(line);
    }
    return grid;
  }
  private lastRow() {
    let last = 0;
    for (const [key, cell] of this.cells) if (cell.formula || cell.value !== '') last = Math.max(last, Number(key.split(',')[0]));
    return last;
  }
  private lastColumn() {
    let last = 0;
    for (const [key, cell] of this.cells) if (cell.formula || cell.value !== '') last = Math.max(last, Number(key.split(',')[1]));
    return last;
  }

  getName() {
    this.log.record('Sheet.getName');
    return this.name;
  }
  setName(name: string) {
    this.log.record('Sheet.setName');
    this.spreadsheet.checkFreeName(name, this);
    this.name = name;
    return this;
  }
  /** The name without recording a call. */
  peekName() {
    return this.name;
  }
  getSheetId() {
    this.log.record('Sheet.getSheetId');
    return this.sheetId;
  }
  getParent() {
    this.log.record('Sheet.getParent');
    return this.spreadsheet;
  }
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.log.record('Sheet.getRange');
    if (typeof rowOrA1 === 'string') return this.rangeFromA1(rowOrA1);
    return this.range(rowOrA1, column!, numRows, numColumns);
  }
  private range(row: number, column: number, numRows: number, numColumns: number) {
    for (const [what, n] of [
      ['row', row],
      ['column', column],
      ['number of rows', numRows],
      ['number of columns', numColumns],
    ] as const) {
      if (!Number.isInteger(n) || n < 1) throw new Error(`The ${what} in the range must be at least 1.`);
    }
    if (row + numRows - 1 > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (column + numColumns - 1 > this.maxColumns) throw new Error('Those columns are out of bounds.');
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  private rangeFromA1(a1: string): FakeRange {
    const match = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/i.exec(a1.trim());
    if (!match) throw new Error(`Range not found: ${a1}`);
    const [, startLetters, startRow, endLetters, endRow] = match;
    const column = lettersToColumn(startLetters);
    const row = startRow ? Number(startRow) : 1;
    const lastColumn = endLetters ? lettersToColumn(endLetters) : column;
    const lastRow = endRow ? Number(endRow) : endLetters ? this.maxRows : row;
    return this.range(row, column, lastRow - row + 1, lastColumn - column + 1);
  }
  getDataRange() {
    this.log.record('Sheet.getDataRange');
    return this.range(1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }
  getLastRow() {
    this.log.record('Sheet.getLastRow');
    return this.lastRow();
  }
  getLastColumn() {
    this.log.record('Sheet.getLastColumn');
    return this.lastColumn();
  }
  getMaxRows() {
    this.log.record('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.log.record('Sheet.getMaxColumns');
    return this.maxColumns;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this.log.record('Sheet.insertColumnsAfter');
    if (afterPosition !== this.maxColumns) throw new Error('The fake only appends columns at the end.');
    this.maxColumns += howMany;
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this.log.record('Sheet.insertRowsAfter');
    if (afterPosition !== this.maxRows) throw new Error('The fake only appends rows at the end.');
    this.maxRows += howMany;
    return this;
  }
  setFrozenRows(rows: number) {
    this.log.record('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenRows() {
    this.log.record('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setFrozenColumns(columns: number) {
    this.log.record('Sheet.setFrozenColumns');
    this.frozenColumns = columns;
  }
  getFrozenColumns() {
    this.log.record('Sheet.getFrozenColumns');
    return this.frozenColumns;
  }
  setColumnWidth(column: number, width: number) {
    this.log.record('Sheet.setColumnWidth');
    this.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    this.log.record('Sheet.setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number) {
    this.log.record('Sheet.getColumnWidth');
    return this.columnWidths.get(column) ?? 100;
  }
  getConditionalFormatRules() {
    this.log.record('Sheet.getConditionalFormatRules');
    return [...this.conditionalFormatRules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]) {
    this.log.record('Sheet.setConditionalFormatRules');
    for (const rule of rules) {
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error('Invalid argument: rules');
      if (rule.getRanges().some((range) => range.sheet !== this)) throw new Error('A rule refers to a range on another sheet.');
    }
    this.conditionalFormatRules = [...rules];
  }
  getActiveRange() {
    this.log.record('Sheet.getActiveRange');
    return this.activeRange;
  }
  /** Like Sheets: writes the values, read as typed, in the row below the last row with content, from column A. */
  appendRow(values: FakeValue[]) {
    this.log.record('Sheet.appendRow');
    if (!Array.isArray(values) || values.length === 0) throw new Error('appendRow needs a non-empty array of values.');
    const row = this.lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    values.forEach((value, index) => this.enterCell(row, index + 1, value));
    return this;
  }
  activate() {
    this.log.record('Sheet.activate');
    this.spreadsheet.setActiveSheetQuietly(this);
    return this;
  }
}

// ---------------------------------------------------------------------------
// Spreadsheet, UI, services
// ---------------------------------------------------------------------------

/**
 * A named range: a name for a range of the whole spreadsheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/named-range).
 */
export class FakeNamedRange {
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
    readonly range: FakeRange,
  ) {}
  /** The name without recording a call. */
  peekName() {
    return this.name;
  }
  getName() {
    this.spreadsheet.log.record('NamedRange.getName');
    return this.name;
  }
  getRange() {
    this.spreadsheet.log.record('NamedRange.getRange');
    return this.range;
  }
  remove() {
    this.spreadsheet.log.record('NamedRange.remove');
    this.spreadsheet.namedRanges.splice(this.spreadsheet.namedRanges.indexOf(this), 1);
  }
}

/**
 * The range names the fake accepts: the defined-name syntax spreadsheets
 * share (ECMA-376 Part 4, Names: a letter or underscore first, no TRUE or
 * FALSE, no cell reference, names compared without case;
 * https://c-rex.net/projects/samples/ooxml/e1/Part4/OOXML_P4_DOCX_Names_topic_ID0EZ3GCB.html),
 * narrowed to letters, digits and underscores, which Sheets and Excel both take.
 */
export function isValidRangeName(name: string): boolean {
  return (
    /^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^R[0-9]*C[0-9]*$/i.test(name)
  );
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges: FakeNamedRange[] = [];
  private active: FakeSheet;
  private nextSheetId = 0;
  readonly toasts: Array<{ message: string; title: string }> = [];

  constructor(
    readonly log: HostCallLog,
    public locale = 'en_US',
  ) {
    this.active = this.addSheet('Sheet1');
  }

  /** Adds a sheet without recording a call (test setup). */
  addSheet(name: string, index = this.sheets.length): FakeSheet {
    this.checkFreeName(name);
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  checkFreeName(name: string, except?: FakeSheet) {
    if (this.sheets.some((sheet) => sheet !== except && sheet.peekName().toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
  /** The sheet with that name, without recording a call (test assertions). */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.peekName() === name);
  }
  setActiveSheetQuietly(sheet: FakeSheet) {
    this.active = sheet;
  }
  get activeSheet() {
    return this.active;
  }

  getId() {
    this.log.record('Spreadsheet.getId');
    return 'fake-spreadsheet';
  }
  getSheets() {
    this.log.record('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getNumSheets() {
    this.log.record('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string) {
    this.log.record('Spreadsheet.getSheetByName');
    return this.sheets.find((sheet) => sheet.peekName().toLowerCase() === name.toLowerCase()) ?? null;
  }
  /** Sheets inserts a new sheet after the active one and makes it active. */
  insertSheet(name?: string, index?: number) {
    this.log.record('Spreadsheet.insertSheet');
    const sheet = this.addSheet(name ?? `Sheet${this.nextSheetId + 1}`, index ?? this.sheets.indexOf(this.active) + 1);
    this.active = sheet;
    return sheet;
  }
  /** Spreadsheet.setNamedRange: a new name for a range; a name in use (any case) or not a valid range name is refused. */
  setNamedRange(name: string, range: FakeRange) {
    this.log.record('Spreadsheet.setNamedRange');
    if (!isValidRangeName(name)) throw new Error(`Invalid argument: name (${name})`);
    if (this.namedRanges.some((named) => named.peekName().toLowerCase() === name.toLowerCase()))
      throw new Error(`A named range called ${name} already exists.`);
    this.namedRanges.push(new FakeNamedRange(this, name, range));
  }
  getNamedRanges() {
    this.log.record('Spreadsheet.getNamedRanges');
    return [...this.namedRanges];
  }
  removeNamedRange(name: string) {
    this.log.record('Spreadsheet.removeNamedRange');
    const index = this.namedRanges.findIndex((named) => named.peekName() === name);
    if (index >= 0) this.namedRanges.splice(index, 1);
  }
  /** The named range of that name, without recording a call (test assertions). */
  namedRange(name: string): FakeNamedRange | undefined {
    return this.namedRanges.find((named) => named.peekName() === name);
  }
  deleteSheet(sheet: FakeSheet) {
    this.log.record('Spreadsheet.deleteSheet');
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new Error('The sheet is not in this spreadsheet.');
    if (this.sheets.length === 1) throw new Error('A spreadsheet must keep at least one sheet.');
    this.sheets.splice(index, 1);
    if (this.active === sheet) this.active = this.sheets[Math.max(0, index - 1)];
  }
  getActiveSheet() {
    this.log.record('Spreadsheet.getActiveSheet');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet) {
    this.log.record('Spreadsheet.setActiveSheet');
    if (!this.sheets.includes(sheet)) throw new Error('The sheet is not in this spreadsheet.');
    this.active = sheet;
    return sheet;
  }
  getActiveRange() {
    this.log.record('Spreadsheet.getActiveRange');
    return this.active.activeRange;
  }
  getSpreadsheetLocale() {
    this.log.record('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  /** An IANA time zone, as File › Settings sets it. */
  timeZone = 'Europe/Berlin';
  getSpreadsheetTimeZone() {
    this.log.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  toast(message: string, title = '', _timeoutSeconds?: number) {
    this.log.record('Spreadsheet.toast');
    this.toasts.push({ message: String(message), title: String(title) });
  }
}

export interface FakeMenuItem {
  caption: string;
  functionName: string;
}

export class FakeMenu {
  readonly items: Array<FakeMenuItem | 'separator'> = [];
  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
    readonly isAddonMenu: boolean,
  ) {}
  addItem(caption: string, functionName: string) {
    this.ui.log.record('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this.ui.log.record('Menu.addSeparator');
    this.items.push('separator');
    return this;
  }
  addToUi() {
    this.ui.log.record('Menu.addToUi');
    this.ui.menus.push(this);
  }
}

export interface FakeAlert {
  title: string;
  prompt: string;
  buttons: string;
  answer: ButtonName;
}

export class FakeUi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly menus: FakeMenu[] = [];
  readonly alerts: FakeAlert[] = [];
  /** Answers the next alerts give, in order; when empty an alert answers YES (or OK). */
  readonly answers: ButtonName[] = [];
  constructor(readonly log: HostCallLog) {}

  createAddonMenu() {
    this.log.record('Ui.createAddonMenu');
    return new FakeMenu(this, 'Add-on', true);
  }
  createMenu(caption: string) {
    this.log.record('Ui.createMenu');
    return new FakeMenu(this, caption, false);
  }
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { html: FakeHtmlOutput; title: string }[] = [];
  /** Ui.showModalDialog(userInterface, title): https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String) */
  showModalDialog(html: FakeHtmlOutput, title: string) {
    this.log.record('Ui.showModalDialog');
    this.dialogs.push({ html, title });
  }
  showSidebar(html: FakeHtmlOutput) {
    this.log.record('Ui.showSidebar');
    this.sidebars.push(html);
  }
  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons), as in Apps Script. */
  alert(first: string, second?: string, third?: string): ButtonName {
    this.log.record('Ui.alert');
    let title = '';
    let prompt = first;
    let buttons: string = ButtonSet.OK;
    if (third !== undefined) [title, prompt, buttons] = [first, second!, third];
    else if (second !== undefined && second in ButtonSet) buttons = second;
    else if (second !== undefined) [title, prompt] = [first, second];
    const fallback = buttons.startsWith('YES') ? Button.YES : Button.OK;
    const answer = this.answers.length > 0 ? this.answers.shift()! : fallback;
    this.alerts.push({ title, prompt, buttons, answer });
    return answer;
  }
}

/** What HtmlService.createHtmlOutputFromFile returns: the project file's name and the title set on it. */
export class FakeHtmlOutput {
  title = '';
  width = 0;
  height = 0;
  constructor(readonly fileName: string) {}
  setWidth(width: number) {
    this.width = width;
    return this;
  }
  setHeight(height: number) {
    this.height = height;
    return this;
  }
  setTitle(title: string) {
    this.title = title;
    return this;
  }
}

/** Parts of a date in a time zone. */
function zonedParts(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** Utilities.formatDate and parseDate for the one pattern Bondstage uses, yyyy-MM-dd, in any time zone. */
export const FakeUtilities = {
  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (pattern !== 'yyyy-MM-dd') throw new Error(`The fake Utilities.formatDate knows only yyyy-MM-dd, not ${pattern}`);
    const { year, month, day } = zonedParts(date, timeZone);
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  },
  /** Midnight of that day in the time zone. */
  parseDate(text: string, timeZone: string, pattern: string): Date {
    if (pattern !== 'yyyy-MM-dd') throw new Error(`The fake Utilities.parseDate knows only yyyy-MM-dd, not ${pattern}`);
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) throw new Error(`Unparseable date: "${text}"`);
    const wanted = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    let instant = wanted;
    for (let i = 0; i < 2; i++) {
      const seen = zonedParts(new Date(instant), timeZone);
      const shown = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
      instant += wanted - shown;
    }
    return new Date(instant);
  },
};

/**
 * The document lock of LockService, shared by every execution in one
 * spreadsheet: https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * ("no more than one execution for any given document"; the lock is taken only
 * by tryLock or waitLock) and https://developers.google.com/apps-script/reference/lock/lock
 * (tryLock returns false after the timeout; releaseLock does nothing when the
 * lock is not held). Each getDocumentLock() call stands for one execution.
 */
export class FakeDocumentLock {
  /** The execution holding the lock, if any. */
  holder: FakeLock | null = null;
  /** The timeouts asked for by tryLock and waitLock, in order. */
  readonly waits: number[] = [];
  /** Makes another execution hold the lock (someone else saving). */
  holdElsewhere(): FakeLock {
    const other = new FakeLock(this);
    this.holder = other;
    return other;
  }
}

export class FakeLock {
  constructor(private readonly document: FakeDocumentLock) {}
  tryLock(timeoutInMillis: number): boolean {
    this.document.waits.push(timeoutInMillis);
    if (this.document.holder && this.document.holder !== this) return false;
    this.document.holder = this;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.document.holder === this;
  }
  releaseLock(): void {
    if (this.document.holder === this) this.document.holder = null;
  }
}

/** A Date whose "now" the test sets: what `new Date()` gives in the script. */
export function clockAt(now: () => number): DateConstructor {
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [number]));
    }
    static override now() {
      return now();
    }
  }
  return ClockDate as unknown as DateConstructor;
}

export interface SheetsFakeOptions {
  /** Session.getActiveUserLocale(), e.g. "de" or "en". */
  userLocale?: string;
  /** Spreadsheet locale, e.g. "de_DE". */
  spreadsheetLocale?: string;
  log?: HostCallLog;
  /** The instant `new Date()` gives in the script (ms since 1970); the real clock when absent. */
  now?: number;
}

/**
 * A document's property store: PropertiesService.getDocumentProperties()
 * (https://developers.google.com/apps-script/reference/properties/properties-service:
 * strings by key, per document and script; null outside a document, which a
 * test sets with `documentProperties: null`).
 */
export class FakeProperties {
  readonly store = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    this.store.set(key, String(value));
    return this;
  }
}

export interface SheetsFake {
  /** The spreadsheet's document properties. */
  documentProperties: FakeProperties;
  log: HostCallLog;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  /** The spreadsheet's document lock. */
  documentLock: FakeDocumentLock;
  /** The globals to pass to loadGas: SpreadsheetApp, Session, ScriptApp, HtmlService, Utilities, LockService, Charts and, with `now`, Date. */
  services: Record<string, unknown>;
}

/** A fresh spreadsheet with one empty sheet, and the services that reach it. */
export function createSheetsFake(options: SheetsFakeOptions = {}): SheetsFake {
  const log = options.log ?? new HostCallLog();
  const spreadsheet = new FakeSpreadsheet(log, options.spreadsheetLocale ?? 'en_US');
  const ui = new FakeUi(log);
  const SpreadsheetApp = {
    BooleanCriteria,
    DataValidationCriteria,
    getActiveSpreadsheet() {
      log.record('SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
    getActive() {
      log.record('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getActiveSheet() {
      log.record('SpreadsheetApp.getActiveSheet');
      return spreadsheet.activeSheet;
    },
    getUi() {
      log.record('SpreadsheetApp.getUi');
      return ui;
    },
    newConditionalFormatRule() {
      return new FakeConditionalFormatRuleBuilder();
    },
    newDataValidation() {
      return new FakeDataValidationBuilder();
    },
    flush() {
      log.record('SpreadsheetApp.flush');
    },
  };
  const Session = {
    getActiveUserLocale() {
      log.record('Session.getActiveUserLocale');
      return options.userLocale ?? 'en';
    },
  };
  const ScriptApp = { AuthMode };
  const HtmlService = {
    createHtmlOutputFromFile(fileName: string) {
      log.record('HtmlService.createHtmlOutputFromFile');
      return new FakeHtmlOutput(fileName);
    },
  };
  const documentLock = new FakeDocumentLock();
  const LockService = {
    getDocumentLock() {
      log.record('LockService.getDocumentLock');
      return new FakeLock(documentLock);
    },
  };
  const documentProperties = new FakeProperties();
  const PropertiesService = {
    getDocumentProperties() {
      log.record('PropertiesService.getDocumentProperties');
      return documentProperties;
    },
  };
  const services: Record<string, unknown> = {
    SpreadsheetApp,
    Session,
    ScriptApp,
    HtmlService,
    Utilities: FakeUtilities,
    LockService,
    PropertiesService,
    Charts,
  };
  if (options.now !== undefined) services.Date = clockAt(() => options.now!);
  return { log, spreadsheet, ui, documentLock, documentProperties, services };
}
