/**
 * Entry point of the Apps Script bundle. The build wraps it as the global
 * `Bondstage` and writes a top-level function declaration for every catalog
 * function and for every entry of `globals`: Sheets finds custom functions,
 * triggers, menu items and google.script.run targets only as top-level functions.
 */
import { sidebarGlobals } from './checklist';
import { applyStageColours, createTracker, onInstall, onOpen, showAbout } from './tracker';

export { sheetFunctions } from './functions';

/** Functions Sheets calls by name: triggers, menu items and sidebar server functions. */
export const globals: Record<string, (...args: never[]) => unknown> = {
  onOpen,
  onInstall,
  createTracker,
  applyStageColours,
  showAbout,
  ...sidebarGlobals,
};
