/**
 * The preview's formula engine: the development engine of preview/formula-engine.ts
 * (HyperFormula with the catalog functions) reading the Sheets dialect, keyed
 * by the tracker's sheets, with the Settings sheet and its names and the
 * Dashboard (texts verbatim, formulas where they stand) as a new tracker has them.
 */
import type { Language } from '../shared/language';
import {
  settingNameReference,
  settingsCells,
  sheetReference,
  type DashboardLayout,
  type SettingsLayout,
  type TrackerSheet,
} from '../shared/tracker';
import { buildFormulaEngine, literalText, type EngineInput, type EngineName, type EngineSheet } from './formula-engine';
import type { ComputedWorkbook, EngineFactory } from './tracker-session';

/** The Dashboard's cells as the add-on writes them. */
export function dashboardCells(layout: DashboardLayout): (string | null)[][] {
  const cells: (string | null)[][] = layout.values.map((row) => row.map((text) => (text === '' ? null : literalText(text))));
  for (const { area, formulas } of layout.formulas)
    formulas.forEach((row, r) => row.forEach((formula, c) => (cells[area.row + r][area.column + c] = formula)));
  return cells;
}

/** The Settings sheet as the hosts write it (texts verbatim, formulas where they stand), and its defined names. */
export function settingsForEngine(layout: SettingsLayout): { sheet: EngineSheet; names: EngineName[] } {
  const cells = settingsCells(layout).map((row) =>
    row.map((cell) => (typeof cell === 'string' && !cell.startsWith('=') ? literalText(cell) : (cell as EngineInput))),
  );
  const names = layout.names.map((name) => ({ name: name.name, reference: settingNameReference(sheetReference(layout.name), name) }));
  return { sheet: { name: layout.name, cells }, names };
}

export const previewEngineFactory: EngineFactory = (sheets, messageLanguage: Language, settings, dashboard) => {
  const names = new Map<TrackerSheet, string>(sheets.map((sheet) => [sheet.sheet, sheet.name]));
  const nameOf = (sheet: TrackerSheet) => names.get(sheet)!;
  const settingsSheet = settingsForEngine(settings);
  const engine = buildFormulaEngine(
    [
      ...sheets.map((sheet) => ({ name: sheet.name, cells: sheet.cells })),
      settingsSheet.sheet,
      { name: dashboard.name, cells: dashboardCells(dashboard) },
    ],
    {
      dialect: 'sheets',
      messageLanguage,
      names: settingsSheet.names,
    },
  );
  const workbook: ComputedWorkbook = {
    value: (sheet, row, col) => engine.value(nameOf(sheet), row, col),
    values: (sheet) => engine.values(nameOf(sheet)),
    setCells: (writes) =>
      engine.setCells(writes.map((write) => ({ sheet: nameOf(write.sheet), row: write.row, column: write.col, content: write.value }))),
    evaluate: (formula, sheet) => engine.calculate(formula, nameOf(sheet)),
    settings: () => ({ name: settings.name, values: engine.values(settings.name) }),
    dashboardValues: () => engine.values(dashboard.name),
    evaluateOnDashboard: (formula) => engine.calculate(formula, dashboard.name),
    destroy: () => engine.destroy(),
  };
  return workbook;
};
