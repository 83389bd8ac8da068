/**
 * The calendar import in Google Sheets: the menu function that opens the
 * import dialog (dist/gas/Import.html, its own page, so the checklist
 * sidebar does not carry it), and the server functions the dialog calls with
 * google.script.run. The calendar file is read in the dialog, in the
 * person's browser; only the rows to append reach these functions. Each
 * returns an ImportReply (google.script.run hands a failure handler only a
 * message). No Calendar service and no new scope: the period is kept in the
 * document's properties, which need none
 * (https://developers.google.com/apps-script/reference/properties/properties-service
 * lists no authorization scope, unlike the Spreadsheet service).
 */
// From the modules themselves, not shared/calendar/index.ts: the parser stays out of the Apps Script bundle.
import { importContextOf, importSheetsOf, planImport } from '../shared/calendar/host-steps';
import type { ImportResult, MeetingsAppend } from '../shared/calendar/meetings-plan';
import { periodChoiceOf } from '../shared/calendar/period';
import { IMPORT_SERVER_FUNCTIONS, PERIOD_SETTING, type ImportContext } from '../shared/calendar/port';
import { ImportError, importReplyOf, type ImportReply } from '../shared/calendar/problems';
import { TEXT_FORMAT, isText } from '../shared/cell-writes';
import type { HostGrid, TrackerView } from '../shared/checklist-tracker';
import { COMMAND_LABELS } from '../shared/messages/commands';
import { readFoundSheets, spreadsheetToday, withDocumentLock } from './checklist';
import { headerRows } from './sheet-reads';
import { userLanguage } from './language';
import { runCommand } from './tracker';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The file name of the import page in the pushed project (dist/gas/Import.html). */
export const IMPORT_FILE = 'Import';
/** The dialog's size in pixels: room for the list of meetings. */
export const IMPORT_DIALOG_SIZE = { width: 820, height: 640 };

/** Menu item "Import meetings from a calendar file": shows the import dialog. */
export function openCalendarImport(): void {
  runCommand((_texts, language, ui) => {
    const page = HtmlService.createHtmlOutputFromFile(IMPORT_FILE).setWidth(IMPORT_DIALOG_SIZE.width).setHeight(IMPORT_DIALOG_SIZE.height);
    ui.showModalDialog(page, COMMAND_LABELS[language].openCalendarImport);
  });
}

interface ReadTracker {
  view: TrackerView;
  meetingsName: string | null;
  meetings: HostGrid | null;
}

/** The tracker's first Partners sheet and its Meetings sheet: one read of each sheet's header, one of each of those two. */
function readTracker(spreadsheet: Spreadsheet): ReadTracker {
  const headers = headerRows(spreadsheet.getSheets());
  const found = importSheetsOf(headers);
  const view = readFoundSheets(spreadsheet, headers, found);
  return { view, meetingsName: found.meetings, meetings: view.meetings?.values ?? null };
}

/** google.script.run: the partners, the sources already imported, the remembered period and today. */
export function bondstageImportContext(): ImportReply<ImportContext> {
  return importReplyOf(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const { view, meetings } = readTracker(spreadsheet);
    const properties = PropertiesService.getDocumentProperties();
    const storedPeriod = properties ? properties.getProperty(PERIOD_SETTING) : null;
    return importContextOf(view, meetings, { language: userLanguage(), storedPeriod, today: spreadsheetToday(spreadsheet) });
  });
}

/** google.script.run: remembers the period for this spreadsheet (nothing when the document has no properties). */
export function bondstageImportSavePeriod(period: unknown): ImportReply<null> {
  return importReplyOf(() => {
    const properties = PropertiesService.getDocumentProperties();
    if (properties) properties.setProperty(PERIOD_SETTING, periodChoiceOf(period));
    return null;
  });
}

/**
 * Writes a planned append: the missing headers, then every row in one
 * batched setValues below the last row, each text cell formatted as plain
 * text first (shared/cell-writes.ts) and the other cells keeping their
 * format. Should a write fail, what was written is cleared and the formats
 * restored, so Meetings is as it was.
 */
function writeAppend(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, plan: MeetingsAppend<Date>): void {
  const width = plan.rows[0]?.length ?? 0;
  const needed = firstRow + plan.rows.length - 1;
  if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  const block = sheet.getRange(firstRow, 1, plan.rows.length, width);
  const formatsBefore = block.getNumberFormats();
  const headers = plan.newHeaders.map(({ index, header }) => ({ cell: sheet.getRange(1, index + 1), header }));
  try {
    for (const { cell, header } of headers) cell.setValue(header).setFontWeight('bold');
    block
      .setNumberFormats(plan.rows.map((row, r) => row.map((value, c) => (isText(value) ? TEXT_FORMAT : formatsBefore[r][c]))))
      .setValues(plan.rows);
  } catch (error) {
    for (const { cell } of headers) cell.clearContent();
    block.clearContent().setNumberFormats(formatsBefore);
    throw error;
  }
}

/** google.script.run: appends the rows to Meetings, holding the document lock; rows already imported are left out. */
export function bondstageImportMeetings(rows: unknown): ImportReply<ImportResult> {
  return importReplyOf(() =>
    withDocumentLock(
      () => {
        const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
        const { view, meetingsName, meetings } = readTracker(spreadsheet);
        const timeZone = spreadsheet.getSpreadsheetTimeZone();
        // Midnight in the spreadsheet's time zone, so the cell shows the meeting's day.
        const plan = planImport(view, meetings, rows, userLanguage(), (date) => Utilities.parseDate(date, timeZone, 'yyyy-MM-dd'));
        if (plan.rows.length > 0) writeAppend(spreadsheet.getSheetByName(meetingsName!)!, plan.place.firstRow + 1, plan);
        return plan.result;
      },
      () => new ImportError({ kind: 'busy' }),
    ),
  );
}

/** The import's functions as the menu and google.script.run call them. */
export const importGlobals = {
  openCalendarImport,
  [IMPORT_SERVER_FUNCTIONS.loadImportContext]: bondstageImportContext,
  [IMPORT_SERVER_FUNCTIONS.savePeriod]: bondstageImportSavePeriod,
  [IMPORT_SERVER_FUNCTIONS.importMeetings]: bondstageImportMeetings,
};
