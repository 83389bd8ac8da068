/**
 * Update tracker in Google Sheets: reads every sheet's header row and the
 * named ranges, lets the core plan what is missing
 * (shared/tracker/update-plan.ts), then adds exactly that: columns at the
 * right end of their sheets and, for a tracker without one, the Settings
 * sheet with its named ranges. Nothing else is written, so running it again
 * adds nothing.
 */
import { TRACKER_DIALOGS } from '../shared/messages/tracker-dialogs';
import { SHEETS_DIALECT, isUpToDate, planUpdate, trackerUpdatedMessage } from '../shared/tracker';
import { headerOf, runCommand } from './tracker';
import { writeAddedColumns, writeSettings } from './tracker-write';

export function updateTracker(): void {
  runCommand((texts, language) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheets = spreadsheet.getSheets();
    const plan = planUpdate(
      {
        dialect: SHEETS_DIALECT,
        userLanguage: language,
        sheets: sheets.map(headerOf),
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
        writeAddedColumns(sheet, update.additions, texts, dialogs, partners);
      }
      if (plan.settings) {
        const settingsSheet = spreadsheet.insertSheet(plan.settings.name, sheets.length);
        writeSettings(spreadsheet, settingsSheet, plan.settings, settingsSheet);
      }
    }
    spreadsheet.toast(trackerUpdatedMessage(plan, texts), texts.productName, 15);
  });
}
