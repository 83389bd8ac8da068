/**
 * The import page's reading of a calendar file, in the person's browser:
 * the size checked before the file is read, then parsed once; each period
 * chosen expands it again and plans the list against the tracker.
 */
import {
  ImportError,
  checkCalendarSize,
  expandOccurrences,
  importList,
  partnerMatcher,
  periodDays,
  readCalendarFile,
  type CalendarFile,
  type ImportContext,
  type ImportList,
  type PeriodChoice,
} from '../../calendar';

/** The text of a picked or dropped file; its size is checked first, so a huge file is never read. */
export async function fileText(file: Blob): Promise<string> {
  checkCalendarSize(file.size);
  return file.text();
}

/** The list for a period, or noEventsInPeriod when nothing of the file lies in it. */
export function listFor(file: CalendarFile, context: ImportContext, period: PeriodChoice, sources: ReadonlySet<string>): ImportList {
  const expansion = expandOccurrences(file, periodDays(period, context.today));
  const skipped = expansion.skipped.cancelled + expansion.skipped.declined;
  if (expansion.occurrences.length === 0 && skipped === 0) throw new ImportError({ kind: 'noEventsInPeriod' });
  return importList(expansion, partnerMatcher(context.partners), sources);
}

export { readCalendarFile };
