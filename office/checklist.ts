/**
 * The checklist port in Excel, on Excel.run. Dates in Excel are serial numbers.
 *
 * Round trips: loading the context or a partner reads in three syncs (sheet
 * and table names, and the selection; header rows, office/sheet-reads.ts;
 * the tracker's values, with the meeting log and the Settings sheet for the
 * partner card, and the tables' places) and remembers where the tracker is. A save then reads
 * those sheets again in one sync and writes in one more: 2 syncs. When the
 * remembered tracker is gone (a sheet renamed or deleted, headers changed)
 * or nothing was loaded yet, the save reads afresh first.
 *
 * Writes keep what they write: the history row's text cells (the partner's
 * name) are formatted as text before their value is written, so Excel stores
 * a name like "=IMAGE(…)", "007" or "TRUE" as that text (shared/cell-writes.ts).
 */
import { isoDateFromSerial, isoDateFromText, isoDateOfDay, serialFromIsoDate, type IsoDate } from '../shared/dates';
import {
  checklistContextOf,
  findTrackerSheets,
  partnerByName,
  planSave,
  trackerViewOf,
  type DateReader,
  type HostGrid,
  type SaveOptions,
  type SavePlan,
  type TrackerSheets,
  type TrackerView,
} from '../shared/checklist-tracker';
import { TEXT_FORMAT } from '../shared/cell-writes';
import { displayLanguage } from './language';
import { fromColumnA, readSheetHeaders, withoutText } from './sheet-reads';
import { withPortFailures } from '../shared/host-reply';
import { PortError, type ChecklistPort, type PartnerLocation } from '../shared/port';

const readExcelDate: DateReader = (cell) => isoDateFromSerial(cell) ?? isoDateFromText(cell);

/** Excel.run, or a replacement with the same contract in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The host failure's message when Excel failed without one. */
export const EXCEL_NO_ANSWER = 'Excel did not answer';

/** Where the tracker was found: its sheets by name (a save needs no meeting log), and the Checks table if rows are added through one. */
interface TrackerPlace extends Omit<TrackerSheets, 'meetings'> {
  checksTable: string | null;
}

interface LoadedTracker {
  view: TrackerView;
  place: TrackerPlace;
  /** 0-based column where each loaded sheet's used range starts: values[r][c] is the cell at row r, column c + offset. */
  columnOffsets: Map<string, number>;
  /**
   * The Checks sheet's table starting at A1, with its width and its rows
   * (header included), when there is one, and what the Checks cells hold
   * (formulas, else values, from the table's first column): rows are
   * appended through it so it grows, after its blank rows are filled.
   */
  checksTable: { table: Excel.Table; width: number; rows: number; contents: HostGrid } | null;
}

interface ReadOptions {
  /** A sheet to prefer among several Partners-like ones (the selection's or the saved location's). */
  preferredPartners?: string | null;
  /** Load the active cell's sheet and row. */
  withSelection?: boolean;
  /** Read the meeting log too, for the partner card. */
  withMeetings?: boolean;
}

/** Queues the reads of the tracker's sheets and candidate Checks tables; `loaded` gives the result after the next sync. */
function queueTrackerReads(context: Excel.RequestContext, found: TrackerSheets, tables: Excel.Table[]) {
  const worksheets = context.workbook.worksheets;
  // The header sits in row 1, so a used range starts at row 1; its first column may not be A.
  const usedRange = (name: string, withFormulas = false) => {
    const range = worksheets.getItem(name).getRange().getUsedRangeOrNullObject(true);
    if (withFormulas) range.load('values,formulas,columnIndex');
    else range.load('values,columnIndex');
    return { name, range };
  };
  const partnerRanges = found.partners.map((name) => usedRange(name));
  // The Checks formulas too: whether a table row is blank depends on what was typed (shared/tracker/table-rows.ts).
  const checksRange = found.checks ? usedRange(found.checks, true) : null;
  const meetingsRange = found.meetings ? usedRange(found.meetings) : null;
  // The Settings sheets the partner card follows (shared/tracker/card-settings.ts), in the same sync.
  const settingsRanges = (found.settings ?? []).map((name) => usedRange(name));
  const tablePlaces = tables.map((table) => {
    table.load('name');
    table.worksheet.load('name');
    const header = table.getHeaderRowRange();
    header.load('rowIndex,columnIndex,columnCount');
    const whole = table.getRange();
    whole.load('rowCount');
    return { table, header, whole };
  });

  return function loaded(): LoadedTracker {
    const read = [...partnerRanges, ...[checksRange, meetingsRange].filter((range) => range !== null)].filter(
      ({ range }) => !range.isNullObject,
    );
    const columnOffsets = new Map(read.map(({ name, range }) => [name, range.columnIndex]));
    const settingsOf = (name: string) => {
      const range = settingsRanges.find((sheet) => sheet.name === name)?.range;
      // Labels and values from column A, wherever the used range starts.
      return range && !range.isNullObject ? fromColumnA(range) : null;
    };
    const valuesOf = (name: string) =>
      (read.find((sheet) => sheet.name === name)?.range.values as HostGrid | undefined) ?? settingsOf(name);
    const { partners, checks, meetings, settings } = trackerViewOf(found, valuesOf);
    let checksTable: LoadedTracker['checksTable'] = null;
    if (checksRange && !checksRange.range.isNullObject) {
      const origin = checksRange.range.columnIndex;
      const atOrigin = tablePlaces.find(
        ({ table, header }) => table.worksheet.name === checksRange.name && header.rowIndex === 0 && header.columnIndex === origin,
      );
      if (atOrigin)
        checksTable = {
          table: atOrigin.table,
          width: atOrigin.header.columnCount,
          rows: atOrigin.whole.rowCount,
          contents: checksRange.range.formulas as HostGrid,
        };
    }
    const place = {
      partners: partners.map((sheet) => sheet.name),
      checks: checks?.name ?? null,
      checksTable: checksTable?.table.name ?? null,
    };
    return { view: { partners, checks, meetings, settings }, place, columnOffsets, checksTable };
  };
}

/** Finds the tracker by its headers and reads it: 3 syncs. */
async function readTracker(
  context: Excel.RequestContext,
  options: ReadOptions,
): Promise<{ tracker: LoadedTracker; selection: PartnerLocation | null }> {
  let activeCell: Excel.Range | null = null;
  let activeSheet: Excel.Worksheet | null = null;
  if (options.withSelection) {
    // Loaded with the sheet names, in the first of readSheetHeaders' syncs.
    activeCell = context.workbook.getActiveCell();
    activeCell.load('rowIndex');
    activeSheet = activeCell.worksheet.load('name');
  }
  const { headers, tables } = await readSheetHeaders(context);

  const selection = activeCell && activeSheet ? { sheet: activeSheet.name, row: activeCell.rowIndex + 1 } : null;
  const found = findTrackerSheets(headers, options.preferredPartners ?? selection?.sheet, options.withMeetings);
  const loaded = queueTrackerReads(context, found, tables);
  await context.sync();
  return { tracker: loaded(), selection };
}

/**
 * Reads the tracker where it was found last time: 1 sync. Null when it is no
 * longer all there (a sheet gone or renamed, its headers changed), so the
 * caller reads afresh.
 */
async function rereadTracker(context: Excel.RequestContext, place: TrackerPlace): Promise<LoadedTracker | null> {
  if (!place.checks || place.partners.length === 0) return null;
  try {
    const tables = place.checksTable ? [context.workbook.tables.getItem(place.checksTable)] : [];
    const loaded = queueTrackerReads(context, place, tables);
    await context.sync();
    const tracker = loaded();
    const complete = tracker.view.checks !== null && tracker.view.partners.length === place.partners.length;
    return complete && tracker.place.checksTable === place.checksTable ? tracker : null;
  } catch {
    // A remembered sheet or table no longer exists (ItemNotFound).
    return null;
  }
}

/** Queues every write of a save; the history row first, so a score never stands without its check. */
function queueSave(context: Excel.RequestContext, tracker: LoadedTracker, plan: SavePlan<number>): void {
  const checks = tracker.view.checks!;
  const worksheets = context.workbook.worksheets;
  const table = tracker.checksTable;
  const ownColumns = [checks.columns.date, checks.columns.partner, checks.columns.score, ...checks.columns.answers];
  const checksOffset = tracker.columnOffsets.get(plan.checksSheet) ?? 0;
  const nextRow = plan.checkRowNumber - 1;
  const textFormats = (length: number) => [new Array<string>(length).fill(TEXT_FORMAT)];
  const texts = (column: number, length: number) => [plan.checkRow.slice(column, column + length)];
  if (table && Math.max(...ownColumns) < table.width && plan.checkRowGrowsTable) {
    // The table grows by the new row; its text cells get the text format, then their text.
    const added = table.table.rows.add(undefined, [withoutText(plan.checkRow.slice(0, table.width))]).getRange();
    for (const run of plan.checkRowText) {
      const cells = added.getCell(0, run.column).getResizedRange(0, run.length - 1);
      cells.numberFormat = textFormats(run.length);
      cells.values = texts(run.column, run.length);
    }
  } else {
    // No table, or the table's first blank row (a new table starts with one): write into it.
    const sheet = worksheets.getItem(plan.checksSheet);
    for (const run of plan.checkRowText)
      sheet.getRangeByIndexes(nextRow, checksOffset + run.column, 1, run.length).numberFormat = textFormats(run.length);
    sheet.getRangeByIndexes(nextRow, checksOffset, 1, plan.checkRow.length).values = [plan.checkRow];
  }

  const partnerOffset = tracker.columnOffsets.get(plan.partnerSheet) ?? 0;
  const partnerSheet = worksheets.getItem(plan.partnerSheet);
  for (const cells of plan.partnerRuns) {
    partnerSheet.getRangeByIndexes(plan.row - 1, partnerOffset + cells.column, 1, cells.values.length).values = [cells.values];
  }
}

/** The Checks table as planSave needs it: its place and cells, counted from its first column. */
function checksTableOf(tracker: LoadedTracker): SaveOptions['checksTable'] {
  const table = tracker.checksTable;
  return table ? { place: { headerRow: 0, firstColumn: 0, columns: table.width, rows: table.rows }, contents: table.contents } : null;
}

/** A port call that rejects only with a PortError: Excel's errors become host failures (shared/host-reply.ts). */
const guarded = <T>(work: () => Promise<T>) => withPortFailures(PortError, EXCEL_NO_ANSWER, work);

/** `today` gives today where the user is, the day the partner card counts to. */
export function excelPort(
  run: ExcelRunner = (batch) => Excel.run(batch),
  today: () => IsoDate = () => isoDateOfDay(new Date()),
): ChecklistPort {
  /** Where the last read found the tracker. */
  let place: TrackerPlace | null = null;
  const remember = (tracker: LoadedTracker) => {
    place = tracker.place;
    return tracker;
  };

  return {
    loadChecklistContext: () =>
      guarded(() =>
        run(async (context) => {
          const { tracker, selection } = await readTracker(context, { withSelection: true, withMeetings: true });
          return checklistContextOf(remember(tracker).view, selection, displayLanguage(), readExcelDate, today());
        }),
      ),

    loadPartner: (name) =>
      guarded(() =>
        run(async (context) => {
          const { tracker } = await readTracker(context, { withMeetings: true });
          return partnerByName(remember(tracker).view, name, readExcelDate, today());
        }),
      ),

    saveCheck: (check) =>
      guarded(async () => {
        const save = async (context: Excel.RequestContext, tracker: LoadedTracker) => {
          const plan = planSave(remember(tracker).view, check, serialFromIsoDate, { checksTable: checksTableOf(tracker) });
          queueSave(context, tracker, plan);
          await context.sync();
          return plan.saved;
        };
        const remembered = place;
        if (remembered) {
          const saved = await run(async (context) => {
            const tracker = await rereadTracker(context, remembered);
            return tracker ? save(context, tracker) : null;
          });
          if (saved) return saved;
        }
        return run(async (context) => {
          const { tracker } = await readTracker(context, { preferredPartners: check.location?.sheet ?? null });
          return save(context, tracker);
        });
      }),
  };
}
