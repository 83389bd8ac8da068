/**
 * The preview's formula engine: the development engine of preview/formula-engine.ts
 * (HyperFormula with the catalog functions) reading the Sheets dialect, keyed
 * by the tracker's sheets, with the Settings sheet and its names and the
 * Dashboard (texts verbatim, formulas where they stand) as a new tracker has them.
 */
import type { Language } from '../shared/language';
import { settingNameReference, settingsCells, sheetReference, type DashboardLayout, type TrackerSheet } from '../shared/tracker';
import { buildFormulaEngine, literalText } from './formula-engine';
import type { ComputedWorkbook, EngineFactory } from './tracker-session';

/** The Dashboard's cells as the add-on writes them. */
export function dashboardCells(layout: DashboardLayout): (string | null)[][] {
  const cells: (string | null)[][] = layout.values.map((row) => row.map((text) => (text === '' ? null : literalText(text))));
  for (const { area, formulas } of layout.formulas)
    formulas.forEach((row, r) => row.forEach((formula, c) => (cells[area.row + r][area.column + c] = formula)));
  return cells;
}

export const previewEngineFactory: EngineFactory = (sheets, messageLanguage: Language, settings, dashboard) => {
  const names = new Map<TrackerSheet, string>(sheets.map((sheet) => [sheet.sheet, sheet.name]));
  const nameOf = (sheet: TrackerSheet) => names.get(sheet)!;
  const settingsCellsForEngine = settingsCells(settings).map((row) =>
    row.map((cell) => (typeof cell === 'string' && !cell.startsWith('=') ? literalText(cell) : (cell as string | number | boolean))),
  );
  const engine = buildFormulaEngine(
    [
      ...sheets.map((sheet) => ({ name: sheet.name, cells: sheet.cells })),
      { name: settings.name, cells: settingsCellsForEngine },
      { name: dashboard.name, cells: dashboardCells(dashboard) },
    ],
    {
      dialect: 'sheets',
      messageLanguage,
      names: settings.names.map((name) => ({ name: name.name, reference: settingNameReference(sheetReference(settings.name), name) })),
    },
  );
  const workbook: ComputedWorkbook = {
    value: (sheet, row, col) => engine.value(nameOf(sheet), row, col),
    values: (sheet) => engine.values(nameOf(sheet)),
    setCells: (writes) =>
      engine.setCells(writes.map((write) => ({ sheet: nameOf(write.sheet), row: write.row, column: write.col, content: write.value }))),
    evaluate: (formula, sheet) => engine.calculate(formula, nameOf(sheet)),
    dashboardValues: () => engine.values(dashboard.name),
    evaluateOnDashboard: (formula) => engine.calculate(formula, dashboard.name),
    destroy: () => engine.destroy(),
  };
  return workbook;
};
