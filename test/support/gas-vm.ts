/**
 * Loads the built Apps Script files into a fresh node:vm context holding only
 * what Apps Script provides (the language's built-ins plus the services the
 * test passes in): no require, module, exports, window or process.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

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

export type GasContext = vm.Context & Record<string, any>;

/** A context with the built scripts evaluated in it, as Apps Script does with a project's files. */
export function loadGas(services: Record<string, unknown> = {}): GasContext {
  const context = vm.createContext({ ...services }) as GasContext;
  for (const file of gasScriptFiles()) {
    vm.runInContext(gasSource(file), context, { filename: file });
  }
  return context;
}
