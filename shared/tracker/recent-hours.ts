/**
 * The partner card's recent hours, read from the meeting log's values as the
 * hosts hand them over (reading.ts).
 */
import { toHours, type CellValue } from '../cells';
import { serialFromIsoDate, type IsoDate } from '../dates';
import { FORECAST_WINDOW_DAYS } from '../forecast';
import { samePartner, type DateReader, type HostGrid, type MeetingColumns } from './reading';

/**
 * The partner card's recent hours: those of `name`'s meetings dated after
 * `asOf` − `windowDays` (FORECAST_WINDOW_DAYS, 90), from a meeting log's
 * values (header row first), matched by the tracker's one name rule. An
 * undated meeting does not count; a counted meeting whose hours are not a
 * number of 0 or more makes them unknown (null), as the tracker's
 * recent-hours column shows an error then.
 */
export function recentMeetingHours(
  values: HostGrid,
  columns: MeetingColumns,
  name: string,
  readDate: DateReader,
  asOf: IsoDate,
  windowDays: number = FORECAST_WINDOW_DAYS,
): number | null {
  const after = serialFromIsoDate(asOf) - windowDays;
  let sum = 0;
  for (const row of values.slice(1)) {
    if (!samePartner(row[columns.partner], name)) continue;
    const date = readDate(row[columns.date]);
    if (!date || serialFromIsoDate(date) <= after) continue;
    try {
      const hours = toHours(row[columns.hours] as CellValue);
      if (hours !== '') sum += hours;
    } catch {
      return null;
    }
  }
  return sum;
}
