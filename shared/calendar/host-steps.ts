/**
 * The two steps every host takes, the same in Sheets, Excel and the preview:
 * the context the import page opens with, and the append planned from the
 * rows that arrive. The host reads the sheets importSheetsOf finds (the
 * first Partners sheet and Meetings; nothing else is used) and writes what
 * is planned.
 */
import type { IsoDate } from '../dates';
import type { Language } from '../language';
import { trackerSheetsByPreference, type HostGrid, type SheetHeader, type TrackerSheets, type TrackerView } from '../tracker/reading';
import {
  findMeetingsSheet,
  meetingSources,
  partnerEntries,
  planMeetingsAppend,
  validateImportRows,
  type MeetingsAppend,
  type MeetingsTable,
} from './meetings-plan';
import { periodChoiceOf } from './period';
import type { ImportContext } from './port';
import { ImportError } from './problems';

/** The sheets the import reads, by their header rows: the first Partners sheet (the partners it matches), the Meetings sheet; no Checks. */
export function importSheetsOf(headers: readonly SheetHeader[]): TrackerSheets & { meetings: string | null } {
  return { partners: trackerSheetsByPreference(headers, 'partners').slice(0, 1), checks: null, meetings: findMeetingsSheet(headers) };
}

/** The tracker's partners and the Meetings sheet's values, or the problem that there is none. */
function trackerParts(view: TrackerView, meetings: HostGrid | null) {
  if (view.partners.length === 0) throw new ImportError({ kind: 'noTracker' });
  if (!meetings || meetings.length === 0) throw new ImportError({ kind: 'noMeetingsSheet' });
  return { partners: partnerEntries(view.partners[0]), meetings };
}

/** What the import page opens with. `storedPeriod` is what the document remembers (anything; the default when it is no choice). */
export function importContextOf(
  view: TrackerView,
  meetings: HostGrid | null,
  options: { language: Language; storedPeriod: unknown; today: IsoDate },
): ImportContext {
  const parts = trackerParts(view, meetings);
  return {
    language: options.language,
    partners: parts.partners,
    sources: meetingSources(parts.meetings),
    period: periodChoiceOf(options.storedPeriod),
    today: options.today,
  };
}

/**
 * The append for the rows that arrived (checked first); throws before
 * anything is written. `table`: the Meetings table, where the host appends through one.
 */
export function planImport<DateCell>(
  view: TrackerView,
  meetings: HostGrid | null,
  rows: unknown,
  language: Language,
  toDate: (date: IsoDate) => DateCell,
  table: MeetingsTable | null = null,
): MeetingsAppend<DateCell> {
  const parts = trackerParts(view, meetings);
  return planMeetingsAppend(parts.meetings, validateImportRows(rows, parts.partners), language, toDate, table);
}
