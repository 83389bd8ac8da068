/**
 * Update tracker in Excel: reads the tables' header rows and the defined
 * names in use, lets the core plan what is missing
 * (shared/tracker/update-plan.ts), then writes exactly that: columns at the
 * right end of their tables, the current formula of a calculated column whose
 * earlier one did not read the Settings, and, for a tracker without one, the
 * Settings sheet with its defined names, and the Dashboard when the tracker has
 * none (recognised by A1:A2 of every worksheet, read with the table headers).
 * 3 syncs: names, table headers, write (2 when nothing is missing). Running
 * it again adds nothing.
 */
import { TRACKER_TEXTS } from '../shared/messages/tracker';
import { EXCEL_DIALECT, isUpToDate, planUpdate, trackerUpdatedMessage, type UpdateSheet } from '../shared/tracker';
import type { ExcelCommandHost } from './tracker';
import { writeDashboard } from './tracker-dashboard';
import { writeAddedColumns, writeSettings } from './tracker-write';

interface LoadedTable {
  table: Excel.Table;
  header: Excel.Range;
  /** The first data row, for the formulas of the calculated columns. */
  firstRow: Excel.Range;
  whole: Excel.Range;
  sheet: Excel.Worksheet;
}

export async function updateTrackerInExcel(host: ExcelCommandHost): Promise<string> {
  const texts = TRACKER_TEXTS[host.language()];
  return host.run(async (context) => {
    const workbook = context.workbook;
    workbook.worksheets.load('items/name');
    workbook.tables.load('items/name');
    workbook.names.load('items/name');
    const active = workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();

    const loaded: LoadedTable[] = workbook.tables.items.map((table) => ({
      table,
      header: table.getHeaderRowRange().load('values'),
      firstRow: table.getDataBodyRange().getRow(0).load('formulas'),
      whole: table.getRange().load('rowCount,rowIndex,columnIndex'),
      sheet: table.worksheet.load('name'),
    }));
    const leads = workbook.worksheets.items.map((sheet) => ({ name: sheet.name, cells: sheet.getRange('A1:A2').load('values') }));
    await context.sync();

    const sheets: UpdateSheet[] = loaded.map(({ table, header, firstRow, sheet }) => ({
      name: sheet.name,
      table: table.name,
      header: header.values[0],
      formulas: firstRow.formulas[0],
    }));
    const plan = planUpdate(
      {
        dialect: EXCEL_DIALECT,
        userLanguage: host.language(),
        sheets,
        leads: leads.map(({ name, cells }) => {
          const [[title], [subtitle]] = cells.values as unknown[][];
          return { name, title, subtitle };
        }),
        takenNames: [...workbook.tables.items.map((table) => table.name), ...workbook.names.items.map((name) => name.name)],
        activeSheet: active.name,
      },
      texts,
    );
    if (isUpToDate(plan)) return trackerUpdatedMessage(plan, texts);
    const partnersTable = loaded.find(({ sheet }) => sheet.name === plan.partners)?.table.name ?? '';
    for (const update of plan.sheets) {
      const found = loaded.find(({ sheet }) => sheet.name === update.name)!;
      // The table's own header row is the sheet's row of headers; data rows follow it.
      const origin = { row: found.whole.rowIndex, column: found.whole.columnIndex };
      const dataRows = found.whole.rowCount - 1;
      writeAddedColumns(found.sheet, found.table, origin, dataRows, update.additions, texts, partnersTable);
      // The calculated column gets its current formula in every row, as Create writes it.
      for (const { index, column } of update.refreshed) {
        found.sheet.getRangeByIndexes(origin.row + 1, origin.column + index, dataRows, 1).formulas = Array.from(
          { length: dataRows },
          () => [column.rowFormula!],
        );
      }
    }
    if (plan.settings) writeSettings(context, workbook.worksheets.add(plan.settings.name), plan.settings, texts, partnersTable);
    if (plan.dashboard) writeDashboard(workbook.worksheets.add(plan.dashboard.name), plan.dashboard);
    await context.sync();
    return trackerUpdatedMessage(plan, texts);
  });
}
