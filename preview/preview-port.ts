/**
 * The checklist port of the preview: the same reads and writes as the Sheets
 * sidebar's server functions (gas/sidebar.ts), through the same core
 * (shared/checklist-tracker.ts) on the preview's workbook: the tracker is
 * found by its header rows and read with readTrackerView, and a save is
 * planned with planSave and written as planned. Dates are serial numbers
 * there, as in a spreadsheet.
 */
import {
  checklistContextOf,
  partnerByName,
  planSave,
  readTrackerView,
  type HostGrid,
  type SavePlan,
  type SheetHeader,
  type TrackerView,
} from '../shared/checklist-tracker';
import type { Language } from '../shared/language';
import { PortError, type ChecklistPort, type PartnerLocation } from '../shared/port';
import { errorMessage } from '../shared/errors';
import { isIsoDate, isoDateFromSerial, serialFromIsoDate } from '../shared/dates';

/** What the port needs of the workbook: what a host reads of a spreadsheet, and one write. */
export interface PortWorkbook {
  /** The host's UI language. */
  language(): Language;
  /** Every sheet's name and header row (computed values), in tab order. */
  sheetHeaders(): SheetHeader[];
  /** Computed values of a sheet, header row first, as getValues() returns them; null when there is no such sheet. */
  sheetValues(name: string): HostGrid | null;
  /** The selected cell: the sheet's name and 1-based row, or null. */
  selection(): PartnerLocation | null;
  /** Writes a planned save, as one batch: recalculated and stored once. */
  applySave(plan: SavePlan<number>): void;
}

function readTracker(workbook: PortWorkbook, preferredPartners: string | null, withMeetings = false): TrackerView {
  return readTrackerView(workbook.sheetHeaders(), (name) => workbook.sheetValues(name), preferredPartners, withMeetings);
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
    return Promise.reject(error instanceof Error ? error : new Error(errorMessage(error, 'unknown error')));
  }
  return new Promise((resolve) => queueMicrotask(() => resolve(value)));
}

export function previewPort(workbook: PortWorkbook): ChecklistPort {
  return {
    loadChecklistContext: () =>
      answer(() => {
        const selection = workbook.selection();
        return checklistContextOf(readTracker(workbook, selection?.sheet ?? null, true), selection, workbook.language(), readDate);
      }),
    loadPartner: (name) => answer(() => partnerByName(readTracker(workbook, null, true), name, readDate)),
    saveCheck: (check) =>
      answer(() => {
        const hint = (check as { location?: { sheet?: unknown } } | null)?.location?.sheet;
        const plan = planSave(readTracker(workbook, typeof hint === 'string' ? hint : null), check, serialOfIsoDate);
        workbook.applySave(plan);
        return plan.saved;
      }),
  };
}
