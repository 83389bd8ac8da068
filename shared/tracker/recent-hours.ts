/**
 * The partner card's recent hours, read from the meeting log's values as the
 * hosts hand them over (reading.ts), by the recent-hours rule the tracker's
 * column follows (shared/recent-hours.ts).
 */
import { type CellValue, InputError, isBlank } from '../cells';
import { serialFromIsoDate, timeOfSerial, type IsoDate } from '../dates';
import { FORECAST_WINDOW_DAYS } from '../forecast';
import { addRecentHours } from '../recent-hours';
import { samePartner, type DateReader, type HostGrid, type MeetingColumns } from './reading';

/**
 * The partner card's recent hours: those of `name`'s meetings dated after
 * `asOf` − `windowDays` (the Settings' forecast window), from a meeting log's
 * values (header row first), matched by the tracker's one name rule. Null
 * (unknown) where the tracker's column shows an error: bad hours or a date
 * that is no date in one of the partner's meetings.
 */
export function recentMeetingHours(
  values: HostGrid,
  columns: MeetingColumns,
  name: string,
  readDate: DateReader,
  asOf: IsoDate,
  windowDays: number = FORECAST_WINDOW_DAYS,
): number | null {
  const afterTime = timeOfSerial(serialFromIsoDate(asOf) - windowDays);
  let sum = 0;
  for (const row of values.slice(1)) {
    if (!samePartner(row[columns.partner], name)) continue;
    const cell = row[columns.date];
    const date = readDate(cell);
    const time = date
      ? timeOfSerial(serialFromIsoDate(date))
      : isBlank(cell as CellValue)
        ? null
        : new InputError({ kind: 'meetingDateInvalid', value: cell });
    const next = addRecentHours(sum, row[columns.hours] as CellValue, time, afterTime);
    if (next instanceof InputError) return null;
    sum = next;
  }
  return sum;
}
