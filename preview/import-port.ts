/**
 * The import port of the preview: the same steps as the hosts' import
 * functions (gas/calendar-import.ts) through the same core
 * (shared/calendar/host-steps.ts) on the preview's workbook; the period is
 * remembered in the browser beside the work.
 */
import { importContextOf, importSheetsOf, planImport, periodChoiceOf, type ImportPort, type MeetingsAppend } from '../shared/calendar';
import { trackerViewOf, type HostGrid, type SheetHeader } from '../shared/checklist-tracker';
import { isoDateOfDay, serialFromIsoDate } from '../shared/dates';
import type { Language } from '../shared/language';

/** What the port needs of the workbook: what a host reads, and one write. */
export interface ImportWorkbook {
  language(): Language;
  sheetHeaders(): SheetHeader[];
  sheetValues(name: string): HostGrid | null;
  /** Appends planned rows below the last meeting, as one batch. */
  applyImport(meetingsSheet: string, plan: MeetingsAppend<number>): void;
}

export interface PeriodStore {
  get(): string | null;
  set(value: string): void;
}

/** Answers asynchronously, as the hosts do, with the work done at once. */
function answer<T>(work: () => T): Promise<T> {
  try {
    const value = work();
    return new Promise((resolve) => queueMicrotask(() => resolve(value)));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function read(workbook: ImportWorkbook) {
  const { meetings: meetingsName, ...partners } = importSheetsOf(workbook.sheetHeaders());
  const view = trackerViewOf(partners, (name) => workbook.sheetValues(name));
  return { view, meetingsName, meetings: meetingsName ? workbook.sheetValues(meetingsName) : null };
}

export function previewImportPort(workbook: ImportWorkbook, periods: PeriodStore, today = () => isoDateOfDay(new Date())): ImportPort {
  return {
    loadImportContext: () =>
      answer(() => {
        const { view, meetings } = read(workbook);
        return importContextOf(view, meetings, { language: workbook.language(), storedPeriod: periods.get(), today: today() });
      }),
    savePeriod: (period) => answer(() => periods.set(periodChoiceOf(period))),
    importMeetings: (rows) =>
      answer(() => {
        const { view, meetingsName, meetings } = read(workbook);
        const plan = planImport(view, meetings, rows, workbook.language(), serialFromIsoDate);
        if (plan.rows.length > 0) workbook.applyImport(meetingsName!, plan);
        return plan.result;
      }),
  };
}

/** The period kept in localStorage; nothing is kept where storage is refused. */
export function browserPeriodStore(key = 'bondstage.preview.importPeriod'): PeriodStore {
  return {
    get: () => {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set: (value) => {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // Not remembered: the default applies next time.
      }
    },
  };
}
