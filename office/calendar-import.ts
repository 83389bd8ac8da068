/**
 * The import port in Excel, on Excel.run: the twin of gas/calendar-import.ts.
 * The calendar file is read in the import task pane (import.html); only the
 * rows to append arrive here.
 *
 * Round trips: reading the tracker takes three syncs (sheet and table names;
 * header rows; the Partners and Meetings values and where the Meetings table
 * is), and the port remembers where it found it, so an import reads it there
 * again in one sync (three when it has moved since); the append takes one
 * more: the columns Meetings lacks are added to its table, the first rows go
 * into the table's blank rows (a tracker made without examples starts with
 * one; the core decides which rows are blank, shared/tracker/table-rows.ts),
 * the rest with one table.rows.add, their text cells formatted as Text
 * before their text is written (shared/cell-writes.ts). Should that sync
 * fail, one more removes what it added and empties the blank rows again, so
 * Meetings is as it was. The period is remembered in the document's settings
 * (Office.context.document.settings).
 */
import { importContextOf, importSheetsOf, planImport } from '../shared/calendar/host-steps';
import type { ImportResult, MeetingsAppend, MeetingsTable as PlannedTable } from '../shared/calendar/meetings-plan';
import { DEFAULT_PERIOD, periodChoiceOf, type PeriodChoice } from '../shared/calendar/period';
import { PERIOD_SETTING, type ImportContext, type ImportPort } from '../shared/calendar/port';
import { ImportError } from '../shared/calendar/problems';
import type { MeetingToImport } from '../shared/calendar/import-list';
import { TEXT_FORMAT, isText } from '../shared/cell-writes';
import { withPortFailures } from '../shared/host-reply';
import { isoDateOfDay, serialFromIsoDate } from '../shared/dates';
import { meetingColumns, trackerViewOf, type HostGrid, type TrackerView } from '../shared/tracker';
import { EXCEL_NO_ANSWER, type ExcelRunner } from './checklist';
import { displayLanguage } from './language';
import { fromColumnA, readSheetHeaders, withoutText } from './sheet-reads';

/** Where the document keeps the period: Office.context.document.settings, or a replacement in tests. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

interface MeetingsTable {
  table: Excel.Table;
  /** 0-based sheet row of the header and column of the first column. */
  headerRow: number;
  firstColumn: number;
  columns: number;
  /** Rows with the header. */
  rows: number;
}

/** Where the tracker was found: its Partners and Meetings sheets, and the Meetings table. */
interface TrackerPlace {
  partners: string | null;
  meetings: string | null;
  table: string | null;
}

interface ReadTracker {
  view: TrackerView;
  meetingsName: string | null;
  /** The Meetings sheet's values from column A, header row first. */
  meetings: HostGrid | null;
  /** What its cells hold (formulas, else values), the same way. */
  contents: HostGrid | null;
  table: MeetingsTable | null;
  place: TrackerPlace;
}

/** Queues the reads of the tracker's sheets and of candidate Meetings tables; `loaded` gives the result after the next sync. */
function queueReads(context: Excel.RequestContext, place: TrackerPlace, tables: Excel.Table[]): () => ReadTracker {
  const worksheets = context.workbook.worksheets;
  const names = [...new Set([place.partners, place.meetings].filter((name): name is string => name !== null))];
  // Meetings' formulas too: whether a table row is blank depends on what was typed, not on what it shows.
  const used = names.map((name) => ({
    name,
    range: worksheets
      .getItem(name)
      .getRange()
      .getUsedRangeOrNullObject(true)
      .load(name === place.meetings ? 'values,formulas,columnIndex' : 'values,columnIndex'),
  }));
  const places = tables.map((table) => {
    table.load('name');
    table.worksheet.load('name');
    const header = table.getHeaderRowRange().load('rowIndex,columnIndex,columnCount');
    const whole = table.getRange().load('rowCount');
    return { table, header, whole };
  });
  return () => {
    const valuesOf = (name: string, what: 'values' | 'formulas' = 'values') => {
      const range = used.find((candidate) => candidate.name === name)?.range;
      return range && !range.isNullObject ? fromColumnA(range, what) : null;
    };
    const view = trackerViewOf({ partners: place.partners ? [place.partners] : [], checks: null }, valuesOf);
    const found = places.find(({ table, header }) => table.worksheet.name === place.meetings && header.rowIndex === 0);
    const table = found
      ? {
          table: found.table,
          headerRow: 0,
          firstColumn: found.header.columnIndex,
          columns: found.header.columnCount,
          rows: found.whole.rowCount,
        }
      : null;
    const meetings = place.meetings ? valuesOf(place.meetings) : null;
    const contents = place.meetings ? valuesOf(place.meetings, 'formulas') : null;
    return { view, meetingsName: place.meetings, meetings, contents, table, place: { ...place, table: found ? found.table.name : null } };
  };
}

/** Finds the tracker by its headers and reads Partners and Meetings: 3 syncs. */
async function readTracker(context: Excel.RequestContext): Promise<ReadTracker> {
  const { headers, tables } = await readSheetHeaders(context);
  const found = importSheetsOf(headers);
  const place = { partners: found.partners[0] ?? null, meetings: found.meetings, table: null };
  const loaded = queueReads(context, place, tables);
  await context.sync();
  return loaded();
}

/**
 * Reads the tracker where it was found last time: 1 sync. Null when it is no
 * longer all there (a sheet or the table gone or renamed, headers changed),
 * so the caller reads afresh.
 */
async function rereadTracker(context: Excel.RequestContext, place: TrackerPlace): Promise<ReadTracker | null> {
  if (!place.partners || !place.meetings) return null;
  try {
    const loaded = queueReads(context, place, place.table ? [context.workbook.tables.getItem(place.table)] : []);
    await context.sync();
    const read = loaded();
    const complete = read.view.partners.length === 1 && read.meetings !== null && meetingColumns(read.meetings[0]) !== null;
    return complete && read.place.table === place.table ? read : null;
  } catch {
    // A remembered sheet or table no longer exists (ItemNotFound).
    return null;
  }
}

/** Number formats for the appended rows: Text for text cells, null (unchanged) for the others. */
function textFormats(rows: readonly unknown[][]): (string | null)[][] {
  return rows.map((row) => row.map((value) => (isText(value) ? TEXT_FORMAT : null)));
}

/** The rows as wide as the table will be: values outside its columns are dropped. */
function tableRows(table: MeetingsTable, plan: MeetingsAppend<number>): (string | number | boolean)[][] {
  const width = table.columns + plan.newHeaders.length;
  return plan.rows.map((row) => row.slice(table.firstColumn, table.firstColumn + width) as (string | number | boolean)[]);
}

/**
 * Queues the append through the Meetings table: new columns; then the rows
 * planned into its blank rows, formats first, their empty cells left as
 * they are (null), so a calculated column keeps its formula; then the rest
 * as new table rows (text cells blank), their text cells' format, then their text.
 */
function queueTableAppend(sheet: Excel.Worksheet, table: MeetingsTable, plan: MeetingsAppend<number>): void {
  for (const { header } of plan.newHeaders) table.table.columns.add(undefined, undefined, header);
  const rows = tableRows(table, plan);
  const { firstRow, intoBlank } = plan.place;
  if (intoBlank > 0) {
    const blank = rows.slice(0, intoBlank);
    const block = sheet.getRangeByIndexes(firstRow, table.firstColumn, intoBlank, blank[0].length);
    block.numberFormat = textFormats(blank) as string[][];
    block.values = blank.map((row) => row.map((value) => (value === '' ? null : value))) as string[][];
  }
  const grown = rows.slice(intoBlank);
  if (grown.length === 0) return;
  const added = table.table.rows
    .add(
      undefined,
      grown.map((row) => withoutText(row)),
    )
    .getRange();
  added.numberFormat = textFormats(grown) as string[][];
  added.values = grown.map((row) => row.map((value) => (isText(value) ? value : null))) as string[][];
}

/** Queues the append below the last row of a Meetings sheet that is no table: formats, then values. */
function queueSheetAppend(sheet: Excel.Worksheet, firstRow: number, plan: MeetingsAppend<number>): void {
  for (const { index, header } of plan.newHeaders) {
    const cell = sheet.getRangeByIndexes(0, index, 1, 1);
    cell.values = [[header]];
  }
  const block = sheet.getRangeByIndexes(firstRow, 0, plan.rows.length, plan.rows[0].length);
  block.numberFormat = textFormats(plan.rows) as string[][];
  block.values = plan.rows as string[][];
}

/**
 * Removes what a failed append added: empties the blank rows it wrote (they
 * held nothing typed), deletes its rows, then the columns it added (right to left).
 */
async function undoAppend(context: Excel.RequestContext, read: ReadTracker, plan: MeetingsAppend<number>): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItem(read.meetingsName!);
    const { firstRow, intoBlank, added } = plan.place;
    if (read.table && intoBlank > 0) {
      const written = tableRows(read.table, plan).slice(0, intoBlank);
      const block = sheet.getRangeByIndexes(firstRow, read.table.firstColumn, intoBlank, written[0].length);
      block.values = written.map((row) => row.map((value) => (value === '' ? null : ''))) as string[][];
    }
    const first = firstRow + intoBlank;
    const width = plan.rows[0].length;
    if (added > 0) sheet.getRangeByIndexes(first, 0, added, width).delete('Up' as Excel.DeleteShiftDirection);
    for (const { index } of [...plan.newHeaders].reverse()) {
      sheet.getRangeByIndexes(0, index, first, 1).delete('Left' as Excel.DeleteShiftDirection);
    }
    await context.sync();
  } catch {
    // Nothing more can be undone from here; the original error is what the user needs to see.
  }
}

/** The Meetings table as the plan needs it: where it is and what its cells hold. */
function plannedTable(read: ReadTracker): PlannedTable | null {
  if (!read.table) return null;
  const { headerRow, firstColumn, columns, rows } = read.table;
  return { place: { headerRow, firstColumn, columns, rows }, contents: read.contents ?? [] };
}

/**
 * Appends the rows to Meetings: 1 sync to read the tracker where the context
 * found it (3 when it has moved since), 1 to write (1 more to undo a failed write).
 */
async function importInExcel(
  context: Excel.RequestContext,
  rows: MeetingToImport[],
  remembered: TrackerPlace | null,
): Promise<ReadTracker['place'] & { result: ImportResult }> {
  const read = (remembered ? await rereadTracker(context, remembered) : null) ?? (await readTracker(context));
  const plan = planImport(read.view, read.meetings, rows, displayLanguage(), serialFromIsoDate, plannedTable(read));
  if (plan.rows.length === 0) return { ...read.place, result: plan.result };
  const sheet = context.workbook.worksheets.getItem(read.meetingsName!);
  if (read.table) queueTableAppend(sheet, read.table, plan);
  else queueSheetAppend(sheet, plan.place.firstRow, plan);
  try {
    await context.sync();
  } catch (error) {
    await undoAppend(context, read, plan);
    throw error;
  }
  return { ...read.place, result: plan.result };
}

/** A port call that rejects only with an ImportError: Excel's errors become host failures (shared/host-reply.ts). */
const guarded = <T>(work: () => Promise<T>) => withPortFailures(ImportError, EXCEL_NO_ANSWER, work);

export function excelImportPort(
  run: ExcelRunner = (batch) => Excel.run(batch),
  settings: () => DocumentSettings = () => Office.context.document.settings,
  today: () => string = () => isoDateOfDay(new Date()),
): ImportPort {
  /** Where the last read found the tracker. */
  let place: TrackerPlace | null = null;
  const storedPeriod = (): PeriodChoice => {
    try {
      return periodChoiceOf(settings().get(PERIOD_SETTING));
    } catch {
      return DEFAULT_PERIOD;
    }
  };
  return {
    loadImportContext: () =>
      guarded(() =>
        run(async (context): Promise<ImportContext> => {
          const read = await readTracker(context);
          place = read.place;
          return importContextOf(read.view, read.meetings, { language: displayLanguage(), storedPeriod: storedPeriod(), today: today() });
        }),
      ),
    savePeriod: (period) =>
      new Promise<void>((resolve) => {
        try {
          const store = settings();
          store.set(PERIOD_SETTING, periodChoiceOf(period));
          // Not remembering the period is no reason to stop an import: the outcome is not awaited further.
          store.saveAsync(() => resolve());
        } catch {
          resolve();
        }
      }),
    importMeetings: (rows) =>
      guarded(async () => {
        const { result, ...found } = await run((context) => importInExcel(context, rows, place));
        place = found;
        return result;
      }),
  };
}
