/**
 * FILTER and SORT as Google Sheets and Excel compute them, replacing
 * HyperFormula's own (a later plugin's function wins in HyperFormula's
 * registry), so the Dashboard's due list evaluates as in the hosts:
 * - FILTER(range, condition…): a condition one column high as the range
 *   keeps rows, one row wide as the range keeps columns (Sheets:
 *   https://support.google.com/docs/answer/3093197; Excel:
 *   https://support.microsoft.com/office/f4f7cb66-82eb-4767-8f7c-4877ad80c759).
 *   HyperFormula 3.5 keeps only single rows or columns ("Ranges need to be of
 *   equal length" for a table). Nothing kept is #N/A, as in Sheets (Excel
 *   shows #CALC!; the dashboard never filters to nothing).
 * - SORT(range, [column], [order]): rows by one column, ascending for TRUE or
 *   1, descending for FALSE or -1 (Sheets: is_ascending TRUE/FALSE,
 *   https://support.google.com/docs/answer/3093150; Excel: sort_order 1/-1,
 *   https://support.microsoft.com/office/22f63bd0-ccc8-492f-953d-c20e8e44b86c).
 *   Error cells are sorted as values and stay in their row, as in both hosts;
 *   HyperFormula's SORT turns the whole result into the first error, so one
 *   bad partner row would empty the due list. Order: numbers, texts (without
 *   case), booleans, errors, blanks last; ties keep their order.
 * Development only, like formula-engine.ts.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import { firstError, toCellValue, type PluginInternals, type PluginMethod } from './engine-plugin';

function truthy(value: unknown): boolean {
  const plain = toCellValue(value);
  return typeof plain === 'number' ? plain !== 0 : plain === true;
}

function filterRange(range: SimpleRangeValue, ...conditions: SimpleRangeValue[]): SimpleRangeValue | CellError {
  const data = range.data;
  const height = data.length;
  const width = data[0]?.length ?? 0;
  const byRows = conditions.every((condition) => condition.height() === height && condition.width() === 1);
  const byColumns = conditions.every((condition) => condition.width() === width && condition.height() === 1);
  if (!byRows && !byColumns) return new CellError(ErrorType.VALUE, 'FILTER has mismatched range sizes.');
  const error = firstError(conditions);
  if (error) return error;
  const keep = (index: number) => conditions.every((condition) => truthy(byRows ? condition.data[index][0] : condition.data[0][index]));
  const kept = byRows
    ? data.filter((_, index) => keep(index))
    : data.map((row) => row.filter((_, index) => keep(index))).filter((row) => row.length > 0);
  if (kept.length === 0 || kept[0].length === 0) return new CellError(ErrorType.NA, 'No matches are found in FILTER evaluation.');
  return SimpleRangeValue.onlyValues(kept);
}

function rank(value: unknown): number {
  if (value === EmptyValue || value === null || value === undefined) return 4;
  if (value instanceof CellError) return 3;
  if (typeof value === 'boolean') return 2;
  if (typeof value === 'string') return 1;
  return 0;
}

function numberOf(value: unknown): number {
  const plain = toCellValue(value);
  return typeof plain === 'number' ? plain : NaN;
}

function compareCells(a: unknown, b: unknown): number {
  const byType = rank(a) - rank(b);
  if (byType !== 0) return byType;
  if (rank(a) === 0) return numberOf(a) - numberOf(b);
  if (rank(a) === 1) return (a as string).localeCompare(b as string, undefined, { sensitivity: 'accent' });
  if (rank(a) === 2) return Number(a) - Number(b);
  return 0;
}

function sortRange(range: SimpleRangeValue, column: unknown = 1, order: unknown = 1): SimpleRangeValue | CellError {
  const index = Math.trunc(numberOf(column)) - 1;
  const data = range.data;
  if (data.length === 0 || index < 0 || index >= (data[0]?.length ?? 0))
    return new CellError(ErrorType.VALUE, 'SORT has a sort column outside the range.');
  const direction = order === true || order === 1 ? 1 : order === false || order === -1 ? -1 : 0;
  if (direction === 0) return new CellError(ErrorType.VALUE, 'SORT takes TRUE/FALSE or 1/-1 as the order.');
  const rows = data.map((row) => row.slice());
  // Blanks stay last in either direction.
  rows.sort((first, second) => {
    const [a, b] = [first[index], second[index]];
    if (rank(a) === 4 || rank(b) === 4) return rank(a) - rank(b);
    return direction * compareCells(a, b);
  });
  return SimpleRangeValue.onlyValues(rows);
}

/** The predicted spill size: the range's (the result is never larger). */
const sizeOfFirst: PluginMethod = function (ast, state) {
  const plugin = this as unknown as PluginInternals;
  const size = plugin.arraySizeForAst(ast.args[0], state);
  return new ArraySize(size.width, size.height);
};

class SheetsArrayFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    FILTER: {
      method: 'sheetsFilter',
      sizeOfResultArrayMethod: 'sizeOfFirst',
      enableArrayArithmeticForArguments: true,
      parameters: [{ argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.RANGE }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    },
    SORT: {
      method: 'sheetsSort',
      sizeOfResultArrayMethod: 'sizeOfFirst',
      enableArrayArithmeticForArguments: true,
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1 },
        { argumentType: FunctionArgumentType.SCALAR, defaultValue: 1 },
      ],
      vectorizationForbidden: true,
    },
  };
}

const methods = SheetsArrayFunctionsPlugin.prototype as unknown as Record<string, PluginMethod>;
methods.sizeOfFirst = sizeOfFirst;
methods.sheetsFilter = function (ast, state) {
  const plugin = this as unknown as PluginInternals;
  return plugin.runFunction(ast.args, state, plugin.metadata('FILTER'), (range, ...conditions) =>
    filterRange(range as SimpleRangeValue, ...(conditions as SimpleRangeValue[])),
  );
};
methods.sheetsSort = function (ast, state) {
  const plugin = this as unknown as PluginInternals;
  return plugin.runFunction(ast.args, state, plugin.metadata('SORT'), (range, column, order) =>
    sortRange(range as SimpleRangeValue, column, order),
  );
};

/** Load after HyperFormula's own plugins, so these FILTER and SORT are the ones used. */
export const ARRAY_FUNCTIONS_PLUGIN: FunctionPluginDefinition = SheetsArrayFunctionsPlugin;
