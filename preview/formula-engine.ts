/**
 * A headless spreadsheet for development and tests: HyperFormula with the
 * catalog's sheet functions as its own functions, so the formulas
 * the hosts write can be evaluated outside Sheets and Excel.
 *
 * Build an engine from sheet contents (values, and formulas as text starting
 * with "="), then read values back. Formulas are taken in one of two dialects:
 *  - 'sheets': as Apps Script writes them. HyperFormula has no open-ended
 *    ranges, so `D2:D` is read as `D2:D<last row of that sheet>`, which is
 *    what Sheets means by it.
 *  - 'excel': as the Excel add-in writes them, with `NETWORK.` function names
 *    and table structured references. HyperFormula has no tables, so the
 *    references `Table[Column]`, `Table[[Column]]`, `[@Column]` and
 *    `[@[Column]]` are translated to A1 ranges of the tables passed in.
 *    Other structured-reference forms (#Headers, #Totals, column spans) are
 *    not supported and are reported as errors rather than guessed.
 *
 * Defined names (Sheets' named ranges, Excel's names) are HyperFormula named
 * expressions, given as the name and the reference it stands for.
 *
 * Dates are Excel serial numbers (days since 1899-12-30); Date objects in the
 * input are converted. Catalog errors show as #VALUE! with the catalog's
 * message, in a single cell or per cell of an array.
 *
 * Development only: never imported by gas/, office/ or shared/.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue as EngineCellValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import { CATALOG, type SheetFunction } from '../shared/catalog';
import { type CellGrid, type CellInput, type CellValue, isDate, isGrid } from '../shared/cells';
import { SERIAL_CALENDAR } from '../shared/date-cells';
import { catalogResult, problemTexts, resultForEngine } from '../shared/function-results';
import { LANGUAGES, type Language } from '../shared/language';
import { EXCEL_FUNCTION_NAMESPACE } from '../shared/commands';
import { excelSerialDate } from '../shared/dates';
import { columnLetter, sheetReference } from '../shared/tracker';
import { ARRAY_FUNCTIONS_PLUGIN } from './engine-array-functions';
import { firstError, toCellValue, type PluginInternals, type PluginMethod } from './engine-plugin';

export type EngineDialect = 'sheets' | 'excel';
export type EngineInput = string | number | boolean | Date | null | undefined;

export interface EngineSheet {
  name: string;
  /** Rows of cells: values, or formula text starting with "=". */
  cells: EngineInput[][];
  /** Rows the sheet has (open-ended Sheets ranges end here); defaults to the rows given. */
  rowCount?: number;
}

/** Where an Excel table sits, for translating its structured references. */
export interface EngineTable {
  name: string;
  sheet: string;
  /** Zero-based row of the header; data rows follow it. */
  headerRow: number;
  /** Zero-based first column. */
  firstColumn: number;
  headers: readonly string[];
  dataRows: number;
}

/** A defined name: `reference` as a formula writes it, e.g. 'Settings (2)'!$B$3:$B$5. */
export interface EngineName {
  name: string;
  reference: string;
}

export interface EngineOptions {
  dialect?: EngineDialect;
  tables?: readonly EngineTable[];
  /** Defined names the formulas read. */
  names?: readonly EngineName[];
  /** Language of the catalog's error messages. */
  messageLanguage?: Language;
}

export type EngineValue = string | number | boolean | { error: string; message: string };

/**
 * A text the engine stores verbatim. Other strings are read as typed into a
 * spreadsheet ("007" a number, "=A1" a formula); the leading apostrophe is
 * what Sheets and Excel also take as "this is text" and do not keep.
 */
export function literalText(text: string): string {
  return `'${text}`;
}

// ---------------------------------------------------------------------------
// The catalog as a HyperFormula function plugin, one per message language:
// each engine loads its own (HyperFormula's functionPlugins setting), so no
// setting is shared between engines.
// ---------------------------------------------------------------------------

/** An argument as the Sheets host passes it: a single cell as a plain value, a range as a grid. */
function toCellInput(arg: unknown): CellInput {
  if (arg instanceof SimpleRangeValue) {
    const grid: CellGrid = arg.data.map((row) => row.map(toCellValue));
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  }
  return toCellValue(arg);
}

/** Evaluates a catalog call as the host of its name does (shared/function-results.ts): plain names as Sheets, NETWORK. names as Excel. */
function evaluateCatalog(fn: SheetFunction, args: unknown[], host: EngineDialect, messageLanguage: Language) {
  const error = firstError(args);
  if (error) return error;
  const messages = problemTexts(() => messageLanguage);
  const result = resultForEngine(
    catalogResult(fn, args.map(toCellInput), SERIAL_CALENDAR),
    messages,
    (message) => new CellError(ErrorType.VALUE, message),
    host,
  );
  return isGrid(result) ? SimpleRangeValue.onlyValues(result) : result;
}

/** The result shape of a call, found by evaluating the function on blank arguments of the same shapes. */
function resultSize(fn: SheetFunction, argumentSizes: ArraySize[]): ArraySize {
  const blanks: CellInput[] = argumentSizes.map((size) =>
    size.width === 1 && size.height === 1 ? null : Array.from({ length: size.height }, () => new Array<CellValue>(size.width).fill(null)),
  );
  try {
    const result = fn.evaluate(blanks);
    return isGrid(result) ? new ArraySize(result[0]?.length ?? 0, result.length) : ArraySize.scalar();
  } catch {
    return ArraySize.scalar();
  }
}

/** A catalog function's name in a dialect: plain (Sheets) or in the add-in's namespace (Excel). */
export function engineFunctionName(fn: SheetFunction, dialect: EngineDialect): string {
  return dialect === 'sheets' ? fn.name : `${EXCEL_FUNCTION_NAMESPACE}.${fn.name}`;
}

/** The catalog's functions under both hosts' names, their errors in `messageLanguage`. */
function catalogPlugin(messageLanguage: Language): FunctionPluginDefinition {
  class CatalogFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {};
  }
  for (const fn of CATALOG) {
    for (const host of ['sheets', 'excel'] as const) {
      const name = engineFunctionName(fn, host);
      const method = `catalog${host}${fn.name}`;
      const sizeMethod = `${method}Size`;
      const evaluate: PluginMethod = function (ast, state) {
        const plugin = this as unknown as PluginInternals;
        return plugin.runFunction(ast.args, state, plugin.metadata(name), (...args: unknown[]) =>
          evaluateCatalog(fn, args, host, messageLanguage),
        );
      };
      const size: PluginMethod = function (ast, state) {
        const plugin = this as unknown as PluginInternals;
        return resultSize(
          fn,
          ast.args.map((arg) => plugin.arraySizeForAst(arg, state)),
        );
      };
      const methods = CatalogFunctionsPlugin.prototype as unknown as Record<string, PluginMethod>;
      methods[method] = evaluate;
      methods[sizeMethod] = size;
      CatalogFunctionsPlugin.implementedFunctions[name] = {
        method,
        sizeOfResultArrayMethod: sizeMethod,
        // The catalog maps ranges itself; HyperFormula must not call it cell by cell.
        vectorizationForbidden: true,
        parameters: fn.parameters.map((parameter) => ({
          argumentType: parameter.accepts === 'range' ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
          optionalArg: parameter.optional ?? false,
          defaultValue: parameter.optional ? '' : undefined,
        })),
      };
    }
  }
  return CatalogFunctionsPlugin;
}

const CATALOG_PLUGINS = Object.fromEntries(LANGUAGES.map((language) => [language, catalogPlugin(language)])) as Readonly<
  Record<Language, FunctionPluginDefinition>
>;

/** Each catalog name as itself: HyperFormula calls a function only when its language (enGB here) has a name for it. */
const CATALOG_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  CATALOG.flatMap((fn) =>
    (['sheets', 'excel'] as const).map((dialect) => [engineFunctionName(fn, dialect), engineFunctionName(fn, dialect)]),
  ),
);

/**
 * The functions an engine knows: HyperFormula's own and the catalog in one
 * message language. The catalog is never registered as HyperFormula's global
 * function set; only its names are added to the language, the same every time.
 */
function enginePlugins(messageLanguage: Language): FunctionPluginDefinition[] {
  HyperFormula.getLanguage('enGB').extendFunctions(CATALOG_NAMES);
  return [...HyperFormula.getAllFunctionPlugins(), ARRAY_FUNCTIONS_PLUGIN, CATALOG_PLUGINS[messageLanguage]];
}

// ---------------------------------------------------------------------------
// Dialect translation
// ---------------------------------------------------------------------------

/** Applies `replace` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, replace: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => (index % 2 === 1 ? part : replace(part)))
    .join('');
}

const OPEN_ENDED_RANGE = /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+):(\$?)([A-Z]{1,3})(?![A-Z0-9(!])/g;

/**
 * A Sheets formula with open-ended ranges (`Meetings!$B$2:$B`, `D2:D`) closed
 * at the last row of the sheet they refer to.
 */
export function closeOpenEndedRanges(formula: string, ownSheet: string, rowCounts: ReadonlyMap<string, number>): string {
  return outsideStrings(formula, (code) =>
    code.replace(OPEN_ENDED_RANGE, (whole, prefix: string | undefined, start: string, dollar: string, letters: string) => {
      const sheet = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : ownSheet;
      const rows = rowCounts.get(sheet);
      if (rows === undefined) throw new Error(`Formula refers to an unknown sheet ${sheet}: ${formula}`);
      return `${prefix ?? ''}${start}:${dollar}${letters}${dollar}${rows}`;
    }),
  );
}

function unescapeColumn(text: string): string {
  return text.replace(/'(.)/g, '$1');
}

/**
 * An Excel formula with structured references replaced by A1 references:
 * `T[C]` and `T[[C]]` by the data rows of column C, `[@C]` and `[@[C]]` by
 * the cell of column C in the formula's own row of the table `own`.
 */
export function structuredToA1(formula: string, tables: readonly EngineTable[], own?: { table: string; row: number }): string {
  const find = (name: string) => {
    const table = tables.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!table) throw new Error(`Formula refers to an unknown table ${name}: ${formula}`);
    return table;
  };
  const column = (table: EngineTable, header: string) => {
    const index = table.headers.findIndex((candidate) => candidate.toLowerCase() === header.toLowerCase());
    if (index < 0) throw new Error(`Table ${table.name} has no column ${header}: ${formula}`);
    return columnLetter(table.firstColumn + index);
  };
  return outsideStrings(formula, (code) => {
    let translated = code.replace(/\[@(?:\[((?:[^\]']|'.)+)\]|((?:[^\]'[]|'.)+))\]/g, (_whole, bracketed?: string, plain?: string) => {
      if (!own) throw new Error(`A this-row reference outside a table: ${formula}`);
      const table = find(own.table);
      return `$${column(table, unescapeColumn(bracketed ?? plain!))}${own.row + 1}`;
    });
    translated = translated.replace(
      /([A-Za-z_][A-Za-z0-9_.]*)\[(?:\[((?:[^\]']|'.)+)\]|((?:[^\]'[#]|'.)+))\]/g,
      (_whole, name: string, bracketed?: string, plain?: string) => {
        const table = find(name);
        const letter = column(table, unescapeColumn(bracketed ?? plain!));
        const first = table.headerRow + 2;
        return `${sheetReference(table.sheet)}!$${letter}$${first}:$${letter}$${first + Math.max(table.dataRows, 1) - 1}`;
      },
    );
    if (/\[/.test(translated)) throw new Error(`Structured reference not supported by the engine: ${formula}`);
    return translated;
  });
}

function tableOfCell(tables: readonly EngineTable[], sheet: string, row: number, column: number) {
  return tables.find(
    (table) =>
      table.sheet === sheet &&
      row > table.headerRow &&
      row <= table.headerRow + table.dataRows &&
      column >= table.firstColumn &&
      column < table.firstColumn + table.headers.length,
  );
}

// ---------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------

function engineContent(value: EngineInput): string | number | boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (isDate(value)) return excelSerialDate(value);
  return value;
}

function engineValue(value: EngineCellValue): EngineValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'type' in value) return { error: String(value.value), message: value.message ?? '' };
  return value;
}

export interface FormulaEngine {
  /** All values of a sheet, rows × columns as given, blanks as "". */
  values(sheet: string): EngineValue[][];
  /** One value, by zero-based row and column. */
  value(sheet: string, row: number, column: number): EngineValue;
  /** The formula text the engine evaluates for a cell, after dialect translation. */
  translatedFormula(sheet: string, row: number, column: number): string | undefined;
  /** Sets cells (values, or formulas in the engine's dialect) and recalculates once, as a spreadsheet does after an edit. */
  setCells(changes: readonly EngineCellChange[]): void;
  /** Evaluates a formula in the context of a sheet without storing it, e.g. a conditional-format rule. */
  calculate(formula: string, sheet: string): EngineValue | EngineValue[][];
  /** Releases the engine. */
  destroy(): void;
}

/** One cell to set: zero-based row and column. */
export interface EngineCellChange {
  sheet: string;
  row: number;
  column: number;
  content: EngineInput;
}

/** Builds an engine from sheet contents and evaluates every formula. */
export function buildFormulaEngine(sheets: readonly EngineSheet[], options: EngineOptions = {}): FormulaEngine {
  const dialect = options.dialect ?? 'sheets';
  const tables = options.tables ?? [];
  const rowCounts = new Map(sheets.map((sheet) => [sheet.name, sheet.rowCount ?? sheet.cells.length]));

  const translate = (sheet: string, r: number, c: number, cell: EngineInput) => {
    if (typeof cell !== 'string' || !cell.startsWith('=')) return engineContent(cell);
    if (dialect === 'sheets') return closeOpenEndedRanges(cell, sheet, rowCounts);
    const table = tableOfCell(tables, sheet, r, c);
    return structuredToA1(cell, tables, table && { table: table.name, row: r });
  };
  const contents: Record<string, Array<Array<string | number | boolean | null>>> = {};
  for (const sheet of sheets) {
    contents[sheet.name] = sheet.cells.map((row, r) => row.map((cell, c) => translate(sheet.name, r, c, cell)));
  }
  const engine = HyperFormula.buildFromSheets(
    contents,
    {
      licenseKey: 'gpl-v3',
      functionPlugins: enginePlugins(options.messageLanguage ?? 'en'),
      useArrayArithmetic: true,
      // Sheets and Excel tell "é" from "e" in comparisons; case is ignored in all three.
      accentSensitive: true,
      // As many rows as Excel has (HyperFormula's default stops at 40,000).
      maxRows: 1_048_576,
      dateFormats: ['YYYY-MM-DD', 'DD.MM.YYYY'],
    },
    (options.names ?? []).map((name) => ({ name: name.name, expression: `=${name.reference}` })),
  );
  const sheetId = (name: string) => {
    const id = engine.getSheetId(name);
    if (id === undefined) throw new Error(`No sheet named ${name}`);
    return id;
  };
  return {
    values(sheet) {
      const grid = engine.getSheetValues(sheetId(sheet));
      return grid.map((row) => row.map(engineValue));
    },
    value(sheet, row, column) {
      return engineValue(engine.getCellValue({ sheet: sheetId(sheet), row, col: column }));
    },
    translatedFormula(sheet, row, column) {
      const content = contents[sheet]?.[row]?.[column];
      return typeof content === 'string' && content.startsWith('=') ? content : undefined;
    },
    setCells(changes) {
      const translated = changes.map((change) => ({
        ...change,
        content: translate(change.sheet, change.row, change.column, change.content),
      }));
      engine.batch(() => {
        for (const change of translated) {
          engine.setCellContents({ sheet: sheetId(change.sheet), row: change.row, col: change.column }, change.content);
          const rows = (contents[change.sheet] ??= []);
          while (rows.length <= change.row) rows.push([]);
          rows[change.row][change.column] = change.content;
        }
      });
    },
    calculate(formula, sheet) {
      const translated = translate(sheet, 0, 0, formula);
      const result = engine.calculateFormula(String(translated), sheetId(sheet));
      return Array.isArray(result) ? result.map((row) => row.map(engineValue)) : engineValue(result);
    },
    destroy() {
      engine.destroy();
    },
  };
}
