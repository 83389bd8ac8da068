/**
 * The import port: the small async interface through which the import page
 * talks to a spreadsheet (Sheets: google.script.run, Excel: Excel.run, the
 * preview: its workbook). The file is read in the page; only the rows to
 * append cross the port, as plain data (dates as "YYYY-MM-DD").
 */
import type { IsoDate } from '../dates';
import type { Language } from '../language';
import type { MeetingToImport } from './import-list';
import type { PartnerEntry } from './matching';
import type { ImportResult } from './meetings-plan';
import type { PeriodChoice } from './period';

export interface ImportContext {
  language: Language;
  /** The tracker's partners in sheet order, with e-mail addresses where the tracker has them. */
  partners: PartnerEntry[];
  /** The Source values already in Meetings. */
  sources: string[];
  /** The period remembered for this document (the default when none is). */
  period: PeriodChoice;
  /** Today in the document's calendar. */
  today: IsoDate;
}

export interface ImportPort {
  /** Rejects with noTracker or noMeetingsSheet when the document has no tracker to import into. */
  loadImportContext(): Promise<ImportContext>;
  /** Remembers the period for this document. */
  savePeriod(period: PeriodChoice): Promise<void>;
  /**
   * Appends the rows to Meetings in one batched write after all reads
   * (adding the columns Meetings lacks at its right end), leaving out rows
   * already imported. A failed write leaves Meetings as it was.
   */
  importMeetings(rows: MeetingToImport[]): Promise<ImportResult>;
}

/** Names of the Apps Script functions the Sheets import dialog calls with google.script.run. */
export const IMPORT_SERVER_FUNCTIONS = {
  loadImportContext: 'bondstageImportContext',
  savePeriod: 'bondstageImportSavePeriod',
  importMeetings: 'bondstageImportMeetings',
} as const satisfies Record<keyof ImportPort, string>;

/** Where a host remembers the period: a document property (Sheets) or setting (Excel). */
export const PERIOD_SETTING = 'bondstage.importPeriod';
