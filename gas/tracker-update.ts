/**
 * Update tracker in Google Sheets: reads every sheet's header row and the
 * named ranges, lets the core plan what is missing
 * (shared/tracker/update-plan.ts), then writes exactly that: columns at the
 * right end of their sheets, the current formula of a computed column whose
 * earlier one did not read the Settings, and, for a tracker without one, the
 * Settings sheet with its named ranges, and the Dashboard when the tracker has
 * none. Nothing else is written, so running it again adds nothing.
 */
import { TRACKER_DIALOGS } from '../shared/messages/tracker-dialogs';
import {
  SHEETS_DIALECT,
  headerTexts,
  isUpToDate,
  planUpdate,
  trackerUpdatedMessage,
  type SheetLead,
  type UpdateSheet,
} from '../shared/tracker';
import { runCommand } from './tracker';
import { writeDashboard } from './tracker-dashboard';
import { writeAddedColumns, writeSettings } from './tracker-write';

/**
 * A sheet as Update tracker reads it, from its first two rows in one read:
 * the header row (texts, a computed column's from its formula, and the
 * formulas), and A1 and A2, where a dashboard is recognised.
 */
function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): { update: UpdateSheet; lead: SheetLead } {
  const name = sheet.getName();
  const width = sheet.getLastColumn();
  if (width < 1) return { update: { name, header: [], formulas: [] }, lead: { name, title: '', subtitle: '' } };
  // A sheet may have been cut down to a single row.
  const top = sheet.getRange(1, 1, Math.min(2, sheet.getMaxRows()), width);
  const values = top.getValues();
  const formulas = top.getFormulas()[0];
  return {
    update: { name, header: headerTexts(values[0], formulas), formulas },
    lead: { name, title: values[0][0], subtitle: values[1]?.[0] ?? '' },
  };
}

export function updateTracker(): void {
  runCommand((texts, language) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = spreadsheet.getSheets();
    const read = sheets.map(readSheet);
    const plan = planUpdate(
      {
        dialect: SHEETS_DIALECT,
        userLanguage: language,
        sheets: read.map((sheet) => sheet.update),
        leads: read.map((sheet) => sheet.lead),
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
        writeSettings(spreadsheet, settingsSheet, plan.settings, partners);
      }
      if (plan.dashboard) writeDashboard(spreadsheet.insertSheet(plan.dashboard.name, spreadsheet.getNumSheets()), plan.dashboard);
    }
    spreadsheet.toast(trackerUpdatedMessage(plan, texts), texts.productName, 15);
  });
}
