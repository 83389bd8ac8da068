/**
 * Loads the built Apps Script files into a fresh node:vm context holding only
 * what Apps Script provides (the language's built-ins plus the services the
 * test passes in): no require, module, exports, window or process.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { CATALOG } from '../../shared/catalog';
import type { globals } from '../../gas/main';

export const GAS_DIST = path.join(__dirname, '../../dist/gas');

/** The pushed script files, in the order clasp pushes them (alphabetical). */
export function gasScriptFiles(): string[] {
  return readdirSync(GAS_DIST)
    .filter((name) => name.endsWith('.js'))
    .sort();
}

export function gasSource(file: string): string {
  return readFileSync(path.join(GAS_DIST, file), 'utf8');
}

/**
 * The global scope after loading: the functions Sheets calls by name
 * (gas/main.ts `globals`), typed as written; anything else (a catalog
 * function, a service, a name that should be absent) is unknown until checked.
 */
export type GasContext = typeof globals & { [name: string]: unknown };

/** A catalog function as Sheets calls it (a top-level function of Globals.js), given anything a test passes. */
export type GasSheetFunction = (...args: unknown[]) => unknown;

/** A context with the built scripts evaluated in it, as Apps Script does with a project's files. */
export function loadGas(services: Record<string, unknown> = {}): GasContext {
  const context = vm.createContext({ ...services }) as GasContext;
  for (const file of gasScriptFiles()) {
    vm.runInContext(gasSource(file), context, { filename: file });
  }
  return context;
}

/** The catalog's top-level functions in a loaded context, by name; a missing one fails the test. */
export function gasSheetFunctions(context: GasContext): Record<string, GasSheetFunction> {
  return Object.fromEntries(
    CATALOG.map(({ name }) => {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Globals.js declares no function ${name}`);
      return [name, fn as GasSheetFunction];
    }),
  );
}
