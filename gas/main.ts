/**
 * Entry point of the Apps Script bundle. The build wraps it as the global
 * `Bondstage` and writes a top-level function declaration for every catalog
 * function and for every entry of `globals`: Sheets finds custom functions,
 * triggers, menu items and google.script.run targets only as top-level functions.
 */
import type { SheetsCommandFunction } from '../shared/commands';
import { importGlobals } from './calendar-import';
import { sidebarGlobals } from './checklist';
import { applyStageColours, createTracker, onInstall, onOpen, showAbout } from './tracker';

export { sheetFunctions } from './functions';

type GlobalFunction = (...args: never[]) => unknown;

/** Functions Sheets calls by name: triggers, menu items (every command of shared/commands.ts) and sidebar server functions. */
export const globals = {
  onOpen,
  onInstall,
  createTracker,
  applyStageColours,
  showAbout,
  ...sidebarGlobals,
  ...importGlobals,
} satisfies Record<string, GlobalFunction> & Record<SheetsCommandFunction, GlobalFunction>;
