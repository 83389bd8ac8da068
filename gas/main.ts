/**
 * Entry point of the Apps Script bundle. It sets the global `Bondstage`
 * (one closure around the rest, so nothing else becomes global), and the build
 * writes a top-level function declaration for every catalog function and for
 * every entry of `globals`: Sheets finds custom functions, triggers, menu
 * items and google.script.run targets only as top-level functions.
 */
import type { SheetsCommandFunction } from '../shared/commands';
import { importGlobals } from './calendar-import';
import { sidebarGlobals } from './checklist';
import { sheetFunctions } from './functions';
import { applyStageColours, createTracker, onInstall, onOpen, showAbout } from './tracker';
import { updateTracker } from './tracker-update';

type GlobalFunction = (...args: never[]) => unknown;

/** Functions Sheets calls by name: triggers, menu items (every command of shared/commands.ts) and sidebar server functions. */
export const globals = {
  onOpen,
  onInstall,
  createTracker,
  updateTracker,
  applyStageColours,
  showAbout,
  ...sidebarGlobals,
  ...importGlobals,
} satisfies Record<string, GlobalFunction> & Record<SheetsCommandFunction, GlobalFunction>;

/** What the generated top-level functions call. */
export interface BondstageGlobal {
  sheetFunctions: typeof sheetFunctions;
  globals: typeof globals;
}

(globalThis as typeof globalThis & { Bondstage: BondstageGlobal }).Bondstage = { sheetFunctions, globals };
