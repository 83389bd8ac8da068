/**
 * Update tracker in Google Sheets: reads every sheet's header row and the
 * named ranges, lets the core plan what is missing
 * (shared/tracker/update-plan.ts), then writes exactly that: columns at the
 * right end of their sheets, the current formula of a computed column whose
 * earlier one did not read the Settings, and, for a tracker without one, the
 * Settings sheet with its named ranges. Nothing else is written, so running it again
 * adds nothing.
 */
import { TRACKER_DIALOGS } from '../shared/messages/tracker-dialogs';
import { SHEETS_DIALECT, headerTexts, isUpToDate, planUpdate, trackerUpdatedMessage, type UpdateSheet } from '../shared/tracker';
import { runCommand } from './tracker';
import { writeAddedColumns, writeSettings } from './tracker-write';

/** A sheet's header row as Update tracker reads it: texts (a computed column's from its formula) and the formulas. */
function updateSheetOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): UpdateSheet {
  const width = sheet.getLastColumn();
  if (width < 1) return { name: sheet.getName(), header: [], formulas: [] };
  const header = sheet.getRange(1, 1, 1, width);
  const formulas = header.getFormulas()[0];
  return { name: sheet.getName(), header: headerTexts(header.getValues()[0], formulas), formulas };
}

export function updateTracker(): void {
  runCommand((texts, language) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = spreadsheet.getSheets();
    const plan = planUpdate(
      {
        dialect: SHEETS_DIALECT,
        userLanguage: language,
        sheets: sheets.map(updateSheetOf),
        takenNames: spreadsheet.getNamedRanges().map((range) => range.getName()),
        activeSheet: spreadsheet.getActiveSheet().getName(),
      },
      texts,
    );
    if (!isUpToDate(plan)) {
      const byName = new Map(sheets.map((sheet) => [sheet.getName(), sheet]));
      const partners = byName.get(plan.partners)!;
      const dialogs = TRACKER_DIALOGS[plan.language];
      for (const update of plan.sheets) {
        const sheet = byName.get(update.name)!;
        if (update.additions.length > 0) writeAddedColumns(sheet, update.additions, texts, dialogs, partners);
        // A computed column's formula is one cell, its header: the earlier one is replaced where it stands.
        for (const { index, column } of update.refreshed) sheet.getRange(1, index + 1).setFormula(column.headerFormula!);
      }
      if (plan.settings) {
        const settingsSheet = spreadsheet.insertSheet(plan.settings.name, sheets.length);
        writeSettings(spreadsheet, settingsSheet, plan.settings, settingsSheet);
      }
    }
    spreadsheet.toast(trackerUpdatedMessage(plan, texts), texts.productName, 15);
  });
}
