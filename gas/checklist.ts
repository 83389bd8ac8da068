/**
 * The bond checklist in Google Sheets: the menu function that opens the
 * sidebar, and the server functions the sidebar calls with google.script.run
 * (see gas/sidebar/script-run-port.ts). Each returns a HostReply:
 * google.script.run hands a failure handler only a message, so problems the
 * user can fix travel as data.
 */
import { CHECKLIST_TITLE } from '../shared/messages/checklist-title';
import {
  checklistContextOf,
  partnerByName,
  findTrackerSheets,
  planSave,
  trackerViewOf,
  type DateReader,
  type HostGrid,
  type SheetHeader,
  type TrackerSheets,
  type TrackerView,
} from '../shared/checklist-tracker';
import { isDate } from '../shared/cells';
import { isoDateFromText } from '../shared/dates';
import { TEXT_FORMAT } from '../shared/cell-writes';
import { userLanguage } from './language';
import { headerRows } from './sheet-reads';
import { runCommand } from './tracker';
import {
  PortError,
  SIDEBAR_SERVER_FUNCTIONS,
  replyOf,
  type ChecklistContext,
  type HostReply,
  type PartnerLocation,
  type PartnerSnapshot,
  type SavedCheck,
} from '../shared/port';

/** The file name of the sidebar page in the pushed project (dist/gas/Sidebar.html). */
export const SIDEBAR_FILE = 'Sidebar';

/** Menu item "Open bond checklist": shows the sidebar. */
export function openChecklist(): void {
  runCommand((_texts, language, ui) => {
    ui.showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(CHECKLIST_TITLE[language]));
  });
}

/** Date cells as IsoDate in the spreadsheet's time zone, where the user sees them. */
function dateReader(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): DateReader {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return (cell) => (isDate(cell) ? Utilities.formatDate(cell, timeZone, 'yyyy-MM-dd') : isoDateFromText(cell));
}

/** A sheet's values, with the header row as headerRows read it; null when the sheet is gone. */
export function sheetValues(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, header: SheetHeader): HostGrid | null {
  const sheet = spreadsheet.getSheetByName(header.name);
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues();
  if (values.length) values[0] = header.header.slice();
  return values;
}

/** Reads the sheets found among `headers` (headerRows'), one read each: step two of reading the tracker. */
export function readFoundSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  headers: readonly SheetHeader[],
  found: TrackerSheets,
): TrackerView {
  const headerOf = (name: string) => headers.find((header) => header.name === name)!;
  return trackerViewOf(found, (name) => sheetValues(spreadsheet, headerOf(name)));
}

/**
 * Reads the tracker: every Partners-like sheet (preferred first), the best
 * Checks sheet and, for the partner card, the meeting log; one read each.
 */
function readTracker(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  preferredPartners: string | null,
  withMeetings = false,
): TrackerView {
  const headers = headerRows(spreadsheet.getSheets());
  return readFoundSheets(spreadsheet, headers, findTrackerSheets(headers, preferredPartners, withMeetings));
}

/** Today in the spreadsheet's time zone, the calendar its dates are in. */
export function spreadsheetToday(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

function selectedLocation(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): PartnerLocation | null {
  const range = spreadsheet.getActiveRange();
  return range ? { sheet: spreadsheet.getActiveSheet().getName(), row: range.getRow() } : null;
}

/** google.script.run: the language, the partner list and the partner of the selected row. */
export function bondstageChecklistContext(): HostReply<ChecklistContext> {
  return replyOf(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const selection = selectedLocation(spreadsheet);
    const view = readTracker(spreadsheet, selection ? selection.sheet : null, true);
    return checklistContextOf(view, selection, userLanguage(), dateReader(spreadsheet), spreadsheetToday(spreadsheet));
  });
}

/** google.script.run: one partner by name. */
export function bondstageChecklistPartner(name: string): HostReply<PartnerSnapshot> {
  return replyOf(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    return partnerByName(readTracker(spreadsheet, null, true), name, dateReader(spreadsheet), spreadsheetToday(spreadsheet));
  });
}

/** How long a save waits for another one in the same spreadsheet to finish. */
export const SAVE_LOCK_WAIT_MS = 5000;

/**
 * Runs `work` holding the spreadsheet's document lock, so two people saving
 * at once cannot interleave their writes. Waits up to SAVE_LOCK_WAIT_MS, else
 * reports busy (`busy()`) without writing. Pending writes are flushed before
 * the lock is released, and the lock is always released.
 */
export function withDocumentLock<T>(work: () => T, busy: () => Error = () => new PortError({ kind: 'busy' })): T {
  // Null only outside a document (a standalone script), where nothing is shared.
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(SAVE_LOCK_WAIT_MS)) throw busy();
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    if (lock) lock.releaseLock();
  }
}

/**
 * google.script.run: saves a check, dated today in the spreadsheet's time
 * zone (the sheet's calendar, not the browser's). Holding the document lock,
 * all reads happen first; then the history row goes below the last row of
 * Checks, its text cells (the partner's name) formatted as plain text first so
 * Sheets stores the name as written, and the score and date go into the
 * partner's row (one range for adjacent columns). The history row comes first,
 * so a failure part-way never leaves a score without its check.
 */
export function bondstageChecklistSave(check: unknown): HostReply<SavedCheck> {
  return replyOf(() =>
    withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const hint = (check as { location?: { sheet?: unknown } } | null)?.location?.sheet;
      const view = readTracker(spreadsheet, typeof hint === 'string' ? hint : null);
      const timeZone = spreadsheet.getSpreadsheetTimeZone();
      const today = spreadsheetToday(spreadsheet);
      // Midnight in the spreadsheet's time zone, so the cell shows the day the user saved on.
      const plan = planSave(view, check, (date) => Utilities.parseDate(date, timeZone, 'yyyy-MM-dd'), { today });

      const checks = spreadsheet.getSheetByName(plan.checksSheet)!;
      const maxRows = checks.getMaxRows();
      if (plan.checkRowNumber > maxRows) checks.insertRowsAfter(maxRows, plan.checkRowNumber - maxRows);
      for (const run of plan.checkRowText) checks.getRange(plan.checkRowNumber, run.column + 1, 1, run.length).setNumberFormat(TEXT_FORMAT);
      checks.getRange(plan.checkRowNumber, 1, 1, plan.checkRow.length).setValues([plan.checkRow]);
      const partnerSheet = spreadsheet.getSheetByName(plan.partnerSheet)!;
      for (const run of plan.partnerRuns) {
        partnerSheet.getRange(plan.row, run.column + 1, 1, run.values.length).setValues([run.values]);
      }
      return plan.saved;
    }),
  );
}

/** The sidebar's functions as google.script.run and the menu call them. */
export const sidebarGlobals = {
  openChecklist,
  [SIDEBAR_SERVER_FUNCTIONS.loadChecklistContext]: bondstageChecklistContext,
  [SIDEBAR_SERVER_FUNCTIONS.loadPartner]: bondstageChecklistPartner,
  [SIDEBAR_SERVER_FUNCTIONS.saveCheck]: bondstageChecklistSave,
};
