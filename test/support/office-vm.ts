/**
 * Loads the built Excel functions.js into a node:vm context with a fake
 * CustomFunctions namespace that records associations, as Excel's runtime would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const OFFICE_DIST = path.join(__dirname, '../../dist/office');

export class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    override readonly message: string = '',
  ) {
    super(message);
    this.name = 'CustomFunctions.Error';
  }
}

export interface LoadedFunctions {
  associated: Map<string, (...args: unknown[]) => unknown>;
  context: vm.Context;
}

export function loadOfficeFunctions(globals: Record<string, unknown> = {}): LoadedFunctions {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === 'string') associated.set(id, fn!);
      else for (const [key, value] of Object.entries(id)) associated.set(key, value);
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };
  const context = vm.createContext({ CustomFunctions, ...globals });
  vm.runInContext(readFileSync(path.join(OFFICE_DIST, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  return { associated, context };
}
