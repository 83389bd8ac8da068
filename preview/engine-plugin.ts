/**
 * What the preview's HyperFormula function plugins (formula-engine.ts,
 * engine-array-functions.ts) share: the methods' shape, the parts of
 * FunctionPlugin they call (protected in its typings), the first error among
 * arguments, and a cell as a plain value.
 * Development only, like formula-engine.ts.
 */
import { CellError, EmptyValue, SimpleRangeValue, type ArraySize, type FunctionPlugin } from 'hyperformula';
import type { CellValue } from '../shared/cells';

/** A plugin method as HyperFormula calls it: `this` is the plugin, with the call's syntax tree and state. */
export type PluginMethod = (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) => unknown;

/** What a plugin method uses of HyperFormula's FunctionPlugin (protected in its typings). */
export interface PluginInternals {
  runFunction(args: unknown[], state: unknown, metadata: unknown, compute: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  arraySizeForAst(ast: unknown, state: unknown): ArraySize;
}

/** The first error among the arguments, an error argument or an error cell of a range argument. */
export function firstError(args: readonly unknown[]): CellError | undefined {
  for (const arg of args) {
    if (arg instanceof CellError) return arg;
    if (arg instanceof SimpleRangeValue) {
      for (const row of arg.data) for (const cell of row) if (cell instanceof CellError) return cell;
    }
  }
  return undefined;
}

/** A cell as a plain value: blanks and errors as null. */
export function toCellValue(value: unknown): CellValue {
  if (value === EmptyValue || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // HyperFormula keeps dates and percentages as number objects with a `val`.
  if (typeof value === 'object' && typeof (value as { val?: unknown }).val === 'number') return (value as { val: number }).val;
  return null;
}
