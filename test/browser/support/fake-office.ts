/**
 * Stands in for office.js in the browser tests: Office (onReady, display
 * language, add-in visibility), CustomFunctions (for functions.js) and an
 * in-memory Excel workbook with the part of the Excel API the checklist uses.
 * Like Excel, it hands out properties only after load() and sync(),
 * applies writes at the next sync, and reads text written as a value the way
 * Excel reads typing unless the cell is formatted as text (see enterValue).
 * Bundled by esbuild and served in place of Microsoft's CDN script;
 * configured by window.__officeScenario.
 */
export type FakeCell = string | number | boolean;

export interface FakeSheetData {
  name: string;
  rows: FakeCell[][];
  /** Tables starting at A1: their width and height including the header row. */
  tables?: { name: string; columnCount: number; rowCount: number }[];
}

export interface OfficeScenario {
  displayLanguage: string;
  sheets: FakeSheetData[];
  /** The active cell, 0-based. */
  active: { sheet: string; rowIndex: number; columnIndex: number };
  /** Start with every sync held until release(), to see the loading state. */
  holdSyncs?: boolean;
}

/** What tests read and steer through window.__excel. */
export interface ExcelControl {
  sheets: FakeSheetData[];
  /** Number formats the add-in set, by sheet and then "rowIndex,columnIndex"; other cells are General. */
  formats: Record<string, Record<string, string>>;
  syncs: number;
  /** Each sync that carried writes: the cells it wrote, in the order first written, each with the value it holds after the sync, as [sheet, rowIndex, columnIndex, value]. */
  writes: [string, number, number, FakeCell][][];
  /** When set, a sync carrying writes fails with this message and writes nothing. */
  failWritesWith: string | null;
  /** When true, the next sync waits for release(). */
  holdSyncs: boolean;
  /** Office.context.document.settings as saved with the document (saveAsync). */
  settings: Record<string, unknown>;
  release: () => void;
}

declare global {
  interface Window {
    __officeScenario: OfficeScenario;
    __excel: ExcelControl;
    /** Shows the task pane again, as Excel does when the ribbon button is pressed. */
    __showTaskpane: () => void;
    /** The ribbon actions the page associated, by their ExecuteFunction name. */
    __ribbonActions: Record<string, (event: { completed: () => void }) => void>;
    /** How often the page asked Office.addin.showAsTaskpane. */
    __taskpaneShown: number;
  }
}

const scenario = window.__officeScenario;
let released: (() => void) | null = null;
const control: ExcelControl = {
  sheets: scenario.sheets,
  formats: {},
  syncs: 0,
  writes: [],
  failWritesWith: null,
  holdSyncs: scenario.holdSyncs ?? false,
  settings: {},
  release() {
    control.holdSyncs = false;
    released?.();
  },
};
window.__excel = control;
window.__ribbonActions = {};
window.__taskpaneShown = 0;

function sheetData(name: string): FakeSheetData {
  const sheet = control.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`ItemNotFound: no worksheet named ${name}`);
  return sheet;
}

function cellAt(sheet: FakeSheetData, row: number, column: number): FakeCell {
  return sheet.rows[row]?.[column] ?? '';
}

/**
 * What Excel stores for a value written with range.values or rows.add, as in
 * test/fakes/excel.ts: text starting with =, +, - or @ is a formula (Range.values,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
 * stored here as the #NAME? it shows for an unknown name), numeric text a
 * number, TRUE/FALSE a boolean; a cell formatted as Text ("@") keeps the text.
 */
function enterValue(value: FakeCell, format: string | undefined): FakeCell {
  if (typeof value !== 'string' || format === '@') return value;
  const text = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (/^[=+\-@]/.test(text)) return '#NAME?';
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return value;
}

function columnIndexOf(letters: string): number {
  return letters.split('').reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

class FakeContext {
  readonly loads: (() => void)[] = [];
  readonly writes: { apply: () => [string, number, number, FakeCell][] }[] = [];
  readonly workbook: FakeWorkbook;

  constructor() {
    this.workbook = new FakeWorkbook(this);
  }

  async sync(): Promise<void> {
    control.syncs++;
    if (control.holdSyncs) await new Promise<void>((resolve) => (released = resolve));
    const writes = this.writes.splice(0);
    if (writes.length) {
      if (control.failWritesWith) throw new Error(control.failWritesWith);
      const cells = new Map<string, [string, number, number, FakeCell]>();
      for (const cell of writes.flatMap((write) => write.apply())) {
        const key = cell.slice(0, 3).join('\u0000');
        if (cells.has(key)) cells.get(key)![3] = cell[3];
        else cells.set(key, cell);
      }
      control.writes.push([...cells.values()]);
    }
    for (const load of this.loads.splice(0)) load();
  }
}

/** An object whose properties can be read only after load() and a sync. */
class Loadable {
  private readonly loadedValues = new Map<string, unknown>();

  constructor(protected readonly context: FakeContext) {}

  load(properties: string): this {
    const names = properties.split(',').map((name) => name.trim());
    this.context.loads.push(() => this.applyLoad(names));
    return this;
  }

  /** Takes the loaded values; called at the sync that follows load(). */
  applyLoad(names: string[]): void {
    for (const name of names) this.loadedValues.set(name, this.resolve(name));
  }

  protected resolve(name: string): unknown {
    throw new Error(`PropertyNotLoaded: ${name} cannot be loaded on this object`);
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw new Error(`PropertyNotLoaded: ${name} was read before load() and sync()`);
    return this.loadedValues.get(name) as T;
  }
}

type Bounds = { sheet: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

class FakeRange extends Loadable {
  constructor(
    context: FakeContext,
    private readonly bounds: () => Bounds,
  ) {
    super(context);
  }

  get isNullObject(): boolean {
    return false;
  }

  /** The used part of this range (here always the whole sheet's), computed at sync. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const sheet = this.bounds().sheet;
    return new FakeRange(this.context, () => {
      const rows = sheetData(sheet).rows;
      let top = -1;
      let bottom = -1;
      let left = Infinity;
      let right = -1;
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === '' || cell === null || cell === undefined) return;
          if (top < 0) top = r;
          bottom = r;
          left = Math.min(left, c);
          right = Math.max(right, c);
        }),
      );
      if (top < 0) throw new Error(`the checklist read the used range of the empty sheet ${sheet}`);
      return { sheet, rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
    });
  }

  private sheetObject: FakeWorksheet | null = null;

  get worksheet(): FakeWorksheet {
    this.sheetObject ??= new FakeWorksheet(this.context, this.bounds().sheet);
    return this.sheetObject;
  }

  protected override resolve(name: string): unknown {
    const bounds = this.bounds();
    // Formulas are not modelled here: each cell holds a value, and Range.formulas gives a cell without a formula its value
    // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
    if (name === 'values' || name === 'formulas') {
      const sheet = sheetData(bounds.sheet);
      return Array.from({ length: bounds.rowCount }, (_, r) =>
        Array.from({ length: bounds.columnCount }, (_, c) => cellAt(sheet, bounds.rowIndex + r, bounds.columnIndex + c)),
      );
    }
    if (name in bounds) return bounds[name as keyof Bounds];
    return super.resolve(name);
  }

  get values(): FakeCell[][] {
    return this.loaded('values');
  }
  get formulas(): FakeCell[][] {
    return this.loaded('formulas');
  }
  set values(values: FakeCell[][]) {
    this.context.writes.push({
      apply: () => {
        const bounds = this.bounds();
        if (values.length !== bounds.rowCount || values.some((row) => row.length !== bounds.columnCount)) {
          throw new Error(
            `InvalidArgument: ${values.length}×${values[0]?.length} values for a ${bounds.rowCount}×${bounds.columnCount} range`,
          );
        }
        const sheet = sheetData(bounds.sheet);
        const written: [string, number, number, FakeCell][] = [];
        // A null entry leaves its cell as it is (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
        values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value === null) return;
            const rowIndex = bounds.rowIndex + r;
            const columnIndex = bounds.columnIndex + c;
            while (sheet.rows.length <= rowIndex) sheet.rows.push([]);
            const target = sheet.rows[rowIndex];
            while (target.length <= columnIndex) target.push('');
            target[columnIndex] = enterValue(value, control.formats[bounds.sheet]?.[`${rowIndex},${columnIndex}`]);
            written.push([bounds.sheet, rowIndex, columnIndex, target[columnIndex]]);
          }),
        );
        return written;
      },
    });
  }
  set numberFormat(formats: string[][]) {
    this.context.writes.push({
      apply: () => {
        const bounds = this.bounds();
        const sheetFormats = (control.formats[bounds.sheet] ??= {});
        formats.forEach((row, r) =>
          row.forEach((format, c) => {
            if (format !== null) sheetFormats[`${bounds.rowIndex + r},${bounds.columnIndex + c}`] = format;
          }),
        );
        return [];
      },
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const bounds = this.bounds();
      return {
        sheet: bounds.sheet,
        rowIndex: bounds.rowIndex + row,
        columnIndex: bounds.columnIndex + column,
        rowCount: 1,
        columnCount: 1,
      };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, () => {
      const bounds = this.bounds();
      return { ...bounds, rowCount: bounds.rowCount + deltaRows, columnCount: bounds.columnCount + deltaColumns };
    });
  }

  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
}

class FakeTable extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheet: string,
    readonly tableName: string,
  ) {
    super(context);
  }

  private data() {
    const table = sheetData(this.sheet).tables?.find((candidate) => candidate.name === this.tableName);
    if (!table) throw new Error(`ItemNotFound: no table ${this.tableName}`);
    return table;
  }

  protected override resolve(name: string): unknown {
    if (name === 'name') return this.tableName;
    return super.resolve(name);
  }

  get name(): string {
    return this.loaded('name');
  }

  private sheetObject: FakeWorksheet | null = null;

  get worksheet(): FakeWorksheet {
    this.sheetObject ??= new FakeWorksheet(this.context, this.sheet);
    return this.sheetObject;
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.sheet,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 1,
      columnCount: this.data().columnCount,
    }));
  }

  /** The whole table, header included. */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.sheet,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: this.data().rowCount,
      columnCount: this.data().columnCount,
    }));
  }

  /** rows.add appends below the table and returns the added rows, whose range is where they were added. */
  get rows() {
    return {
      add: (_index: number | undefined, values: FakeCell[][]) => {
        let at: number | null = null;
        const range = new FakeRange(this.context, () => ({
          sheet: this.sheet,
          rowIndex: at ?? this.data().rowCount,
          columnIndex: 0,
          rowCount: values.length,
          columnCount: this.data().columnCount,
        }));
        this.context.writes.push({
          apply: () => {
            at = this.data().rowCount;
            return [];
          },
        });
        range.values = values;
        this.context.writes.push({
          apply: () => {
            this.data().rowCount += values.length;
            return [];
          },
        });
        return { getRange: () => range };
      },
    };
  }
}

class FakeCollection<Item> extends Loadable {
  constructor(
    context: FakeContext,
    private readonly list: () => Item[],
  ) {
    super(context);
  }

  override load(properties: string): this {
    // 'items/name': the items with their names loaded.
    this.context.loads.push(() => {
      this.itemsLoaded = this.list();
      const [, property] = properties.split('/');
      for (const item of this.itemsLoaded) if (property && item instanceof Loadable) item.applyLoad([property]);
    });
    return this;
  }

  private itemsLoaded: Item[] | null = null;

  get items(): Item[] {
    if (!this.itemsLoaded) throw new Error('PropertyNotLoaded: items was read before load() and sync()');
    return this.itemsLoaded;
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheetName: string,
  ) {
    super(context);
  }

  protected override resolve(name: string): unknown {
    if (name === 'name') return this.sheetName;
    return super.resolve(name);
  }

  get name(): string {
    return this.loaded('name');
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) {
      return new FakeRange(this.context, () => ({
        sheet: this.sheetName,
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 1048576,
        columnCount: 16384,
      }));
    }
    const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
    if (!match) throw new Error(`InvalidArgument: address ${address}`);
    const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = match;
    const columnIndex = columnIndexOf(firstColumn);
    const rowIndex = Number(firstRow) - 1;
    return new FakeRange(this.context, () => ({
      sheet: this.sheetName,
      rowIndex,
      columnIndex,
      rowCount: Number(lastRow) - rowIndex,
      columnCount: columnIndexOf(lastColumn) - columnIndex + 1,
    }));
  }

  getRangeByIndexes(rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheetName, rowIndex, columnIndex, rowCount, columnCount }));
  }
}

class FakeWorkbook {
  readonly worksheets: FakeCollection<FakeWorksheet> & { getItem(name: string): FakeWorksheet };
  readonly tables: FakeCollection<FakeTable> & { getItem(name: string): FakeTable };

  constructor(private readonly context: FakeContext) {
    const collection = new FakeCollection(context, () =>
      control.sheets.map((sheet) => new FakeWorksheet(context, sheet.name)),
    ) as FakeCollection<FakeWorksheet> & {
      getItem(name: string): FakeWorksheet;
    };
    collection.getItem = (name) => new FakeWorksheet(context, name);
    this.worksheets = collection;
    const allTables = () =>
      control.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => new FakeTable(context, sheet.name, table.name)));
    const tables = new FakeCollection(context, allTables) as FakeCollection<FakeTable> & { getItem(name: string): FakeTable };
    tables.getItem = (name) => {
      const table = allTables().find((candidate) => candidate.tableName.toLowerCase() === name.toLowerCase());
      if (!table) throw new Error(`ItemNotFound: no table ${name}`);
      return table;
    };
    this.tables = tables;
  }

  getActiveCell(): FakeRange {
    const { sheet, rowIndex, columnIndex } = scenario.active;
    return new FakeRange(this.context, () => ({ sheet, rowIndex, columnIndex, rowCount: 1, columnCount: 1 }));
  }
}

class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message = '',
  ) {
    super(message);
  }
}

let visibilityHandler: ((message: { visibilityMode: string }) => void) | null = null;
/** Settings set and not yet saved with the document. */
const settingsPending: Record<string, unknown> = {};

Object.assign(window, {
  Office: {
    context: {
      displayLanguage: scenario.displayLanguage,
      // Office.Settings: get/set in memory, kept with the document on saveAsync (https://learn.microsoft.com/javascript/api/office/office.settings).
      document: {
        settings: {
          pending: settingsPending,
          get(name: string) {
            return name in this.pending ? this.pending[name] : (control.settings[name] ?? null);
          },
          set(name: string, value: unknown) {
            this.pending[name] = value;
          },
          saveAsync(callback?: (result: { status: string }) => void) {
            Object.assign(control.settings, this.pending);
            setTimeout(() => callback?.({ status: 'succeeded' }), 0);
          },
        },
      },
    },
    VisibilityMode: { hidden: 'Hidden', taskpane: 'Taskpane' },
    addin: {
      showAsTaskpane() {
        window.__taskpaneShown++;
        return Promise.resolve();
      },
      onVisibilityModeChanged(handler: (message: { visibilityMode: string }) => void) {
        visibilityHandler = handler;
        return Promise.resolve(() => Promise.resolve());
      },
    },
    // The handlers the page associates with the ribbon's ExecuteFunction actions, as test/fakes/excel.ts models them.
    actions: {
      associate(name: string, handler: (event: { completed: () => void }) => void) {
        window.__ribbonActions[name] = handler;
      },
    },
    onReady(callback?: () => void) {
      return new Promise((resolve) => {
        const ready = () => {
          callback?.();
          resolve({ host: 'Excel', platform: 'OfficeOnline' });
        };
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
        else setTimeout(ready, 0);
      });
    },
  },
  CustomFunctions: {
    associate() {},
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!' },
  },
  Excel: {
    async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
      return batch(new FakeContext());
    },
  },
  /** Shows the task pane again, as Excel does when the ribbon button is pressed. */
  __showTaskpane() {
    visibilityHandler?.({ visibilityMode: 'Taskpane' });
  },
});
