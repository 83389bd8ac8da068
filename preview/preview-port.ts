/**
 * The checklist port of the preview: the same reads and writes as the Sheets
 * sidebar's server functions (shared/checklist-tracker.ts), on the preview's
 * workbook. Dates are serial numbers there, as in a spreadsheet.
 */
import {
  checklistContextOf,
  loadedChecks,
  loadedPartners,
  partnerByName,
  planSave,
  type TrackerView,
} from '../shared/checklist-tracker';
import type { Language } from '../shared/language';
import { PortError, type ChecklistPort, type PartnerLocation } from '../shared/port';
import { isIsoDate, isoDateFromSerial, serialFromIsoDate } from '../shared/dates';
import type { TrackerSheet } from '../shared/tracker';
import type { CellContent } from './format';

/** What the port needs of the workbook. */
export interface PortWorkbook {
  language(): Language;
  /** The sheet's name in the workbook. */
  sheetName(sheet: TrackerSheet): string;
  /** Computed values of the whole sheet, header row first, as getValues() returns them. */
  values(sheet: TrackerSheet): unknown[][];
  /** The selected cell: the sheet's name and 1-based row, or null. */
  selection(): PartnerLocation | null;
  /**
   * Writes cells into the partner row and appends one row to Checks, as one
   * batch: recalculated and stored once. Rows and columns are 0-based here.
   */
  writeCheck(partnerRow: number, cells: { column: number; value: CellContent }[], checkRow: CellContent[]): void;
}

function readTracker(workbook: PortWorkbook): TrackerView {
  const partnersName = workbook.sheetName('partners');
  const checksName = workbook.sheetName('checks');
  const partners = loadedPartners(partnersName, workbook.values('partners'));
  return { partners: partners ? [partners] : [], checks: loadedChecks(checksName, workbook.values('checks')) };
}

const readDate = (cell: unknown) => isoDateFromSerial(cell);

function serialOfIsoDate(date: string): number {
  if (!isIsoDate(date)) throw new PortError({ kind: 'invalidCheck', reason: 'malformed' });
  return serialFromIsoDate(date);
}

/**
 * Runs `work` at once, on the workbook and selection as they are when the
 * checklist asks, and answers asynchronously as the hosts do; unexpected
 * failures become rejections. Reading later would let a selection that moved
 * in the meantime (Enter after typing a name moves one row down) answer for
 * the row that was asked about.
 */
function answer<T>(work: () => T): Promise<T> {
  let value: T;
  try {
    value = work();
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise((resolve) => queueMicrotask(() => resolve(value)));
}

export function previewPort(workbook: PortWorkbook): ChecklistPort {
  return {
    loadChecklistContext: () =>
      answer(() => checklistContextOf(readTracker(workbook), workbook.selection(), workbook.language(), readDate)),
    loadPartner: (name) => answer(() => partnerByName(readTracker(workbook), name, readDate)),
    saveCheck: (check) =>
      answer(() => {
        const plan = planSave(readTracker(workbook), check, serialOfIsoDate);
        const cells = plan.partnerRuns.flatMap((run) => run.values.map((value, offset) => ({ column: run.column + offset, value })));
        workbook.writeCheck(plan.row - 1, cells, plan.checkRow);
        return plan.saved;
      }),
  };
}
