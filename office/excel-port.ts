/**
 * The checklist port in Excel, on Excel.run. Reads take three syncs (sheet
 * names and selection; header rows and table names; the tracker's values and
 * the tables' places) and a save adds one more with all its writes. Dates in
 * Excel are serial numbers.
 */
import { isoDateFromSerial, serialFromIsoDate } from '../shared/tracker';
import {
  checklistContextOf,
  isoDateFromText,
  loadedChecks,
  loadedPartners,
  partnerByName,
  planSave,
  trackerSheetsByPreference,
  type DateReader,
  type HostGrid,
  type SheetHeader,
  type TrackerView,
} from '../shared/checklist-tracker';
import { displayLanguage } from './language';
import { PortError, type ChecklistPort, type PartnerLocation } from '../shared/port';

/** Header cells read per sheet to recognise the tracker's sheets: far wider than any tracker sheet. */
const HEADER_RANGE = 'A1:AZ1';

const readExcelDate: DateReader = (cell) => isoDateFromSerial(cell) ?? isoDateFromText(cell);

/** Excel.run, or a replacement with the same contract in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface LoadedTracker {
  view: TrackerView;
  /** 0-based column where each loaded sheet's used range starts: values[r][c] is the cell at row r, column c + offset. */
  columnOffsets: Map<string, number>;
  /**
   * The Checks sheet's table starting at A1, with its width and its rows
   * (header included), when there is one: rows are appended through it so it grows.
   */
  checksTable: { table: Excel.Table; width: number; rows: number } | null;
}

interface ReadOptions {
  /** A sheet to prefer among several Partners-like ones (the selection's or the saved location's). */
  preferredPartners?: string | null;
  /** Load the active cell's sheet and row. */
  withSelection?: boolean;
}

async function readTracker(context: Excel.RequestContext, options: ReadOptions): Promise<{ tracker: LoadedTracker; selection: PartnerLocation | null }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  let activeCell: Excel.Range | null = null;
  if (options.withSelection) {
    activeCell = context.workbook.getActiveCell();
    activeCell.load('rowIndex');
    activeCell.worksheet.load('name');
  }
  await context.sync();

  const headerRanges = worksheets.items.map((sheet) => {
    const header = sheet.getRange(HEADER_RANGE);
    header.load('values');
    return { name: sheet.name, header };
  });
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();

  const selection = activeCell ? { sheet: activeCell.worksheet.name, row: activeCell.rowIndex + 1 } : null;
  const headers: SheetHeader[] = headerRanges.map(({ name, header }) => ({ name, header: header.values[0] }));
  const partnerNames = trackerSheetsByPreference(headers, 'partners', options.preferredPartners ?? selection?.sheet);
  const checksName = trackerSheetsByPreference(headers, 'checks')[0] as string | undefined;

  // The header sits in row 1, so a used range starts at row 1; its first column may not be A.
  const usedRange = (name: string) => {
    const range = worksheets.getItem(name).getRange().getUsedRangeOrNullObject(true);
    range.load('values,columnIndex');
    return { name, range };
  };
  const partnerRanges = partnerNames.map(usedRange);
  const checksRange = checksName ? usedRange(checksName) : null;
  const tableHeaders = tables.items.map((table) => {
    table.worksheet.load('name');
    const header = table.getHeaderRowRange();
    header.load('rowIndex,columnIndex,columnCount');
    const whole = table.getRange();
    whole.load('rowCount');
    return { table, header, whole };
  });
  await context.sync();

  const columnOffsets = new Map<string, number>();
  const partners = partnerRanges
    .filter(({ range }) => !range.isNullObject)
    .map(({ name, range }) => {
      columnOffsets.set(name, range.columnIndex);
      return loadedPartners(name, range.values as HostGrid);
    })
    .filter((sheet) => sheet !== null);
  let checks = null;
  let checksTable: LoadedTracker['checksTable'] = null;
  if (checksRange && !checksRange.range.isNullObject) {
    const origin = checksRange.range.columnIndex;
    columnOffsets.set(checksRange.name, origin);
    checks = loadedChecks(checksRange.name, checksRange.range.values as HostGrid);
    const atOrigin = tableHeaders.find(
      ({ table, header }) => table.worksheet.name === checksRange.name && header.rowIndex === 0 && header.columnIndex === origin,
    );
    if (atOrigin) checksTable = { table: atOrigin.table, width: atOrigin.header.columnCount, rows: atOrigin.whole.rowCount };
  }
  return { tracker: { view: { partners, checks }, columnOffsets, checksTable }, selection };
}


/** Excel errors as the user can act on them; PortErrors pass through. */
function hostFailure(error: unknown): unknown {
  if (error instanceof PortError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PortError({ kind: 'hostFailure', message: message || 'Excel did not answer' });
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw hostFailure(error);
  }
}

export function excelPort(run: ExcelRunner = (batch) => Excel.run(batch)): ChecklistPort {
  return {
    loadChecklistContext: () =>
      guarded(() =>
        run(async (context) => {
          const { tracker, selection } = await readTracker(context, { withSelection: true });
          return checklistContextOf(tracker.view, selection, displayLanguage(), readExcelDate);
        }),
      ),

    loadPartner: (name) =>
      guarded(() =>
        run(async (context) => {
          const { tracker } = await readTracker(context, {});
          return partnerByName(tracker.view, name, readExcelDate);
        }),
      ),

    saveCheck: (check) =>
      guarded(() =>
        run(async (context) => {
          const { tracker } = await readTracker(context, { preferredPartners: check.location?.sheet ?? null });
          const plan = planSave(tracker.view, check, serialFromIsoDate);
          const checks = tracker.view.checks!;
          const worksheets = context.workbook.worksheets;

          // The history row first: should Excel stop part-way, a score never stands without its check.
          const table = tracker.checksTable;
          const ownColumns = [checks.columns.date, checks.columns.partner, checks.columns.score, ...checks.columns.answers];
          const checksOffset = tracker.columnOffsets.get(plan.checksSheet) ?? 0;
          const nextRow = checks.values.length;
          if (table && Math.max(...ownColumns) < table.width && table.rows <= nextRow) {
            table.table.rows.add(undefined, [plan.checkRow.slice(0, table.width)]);
          } else {
            // No table, or the blank row a new table starts with: write into the first free row.
            worksheets.getItem(plan.checksSheet).getRangeByIndexes(nextRow, checksOffset, 1, plan.checkRow.length).values = [plan.checkRow];
          }

          const partnerOffset = tracker.columnOffsets.get(plan.partnerSheet) ?? 0;
          const partnerSheet = worksheets.getItem(plan.partnerSheet);
          for (const cells of plan.partnerRuns) {
            partnerSheet.getRangeByIndexes(plan.row - 1, partnerOffset + cells.column, 1, cells.values.length).values = [cells.values];
          }
          await context.sync();
          return plan.saved;
        }),
      ),
  };
}
