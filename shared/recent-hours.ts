/**
 * The recent-hours rule, one for the tracker's Hours in the last 90 days
 * column (PARTNERHOURS with `after`, meeting-totals.ts) and the partner
 * card's forecast (tracker/recent-hours.ts):
 *  - a meeting counts when it is dated later than the day to count after
 *    (today − the Settings' forecast window); an undated meeting does not;
 *  - a blank hours cell counts 0; bad hours (text, negative, an error) or a
 *    bad date in any of the partner's meetings, counted or not, makes the
 *    partner's recent hours an error, as the total of all hours is, so both
 *    point at the same cell to correct.
 * Times are milliseconds (dates.ts timeOfSerial), compared as they are.
 */
import { BLANK, type CellValue, InputError, hoursOf } from './cells';

/** The sum so far plus a meeting's hours (blank counts 0), or the meeting's error. */
export function addHours(sum: number, value: CellValue): number | InputError {
  if (typeof value === 'number' && value >= 0 && value !== Infinity) return sum + value;
  const hours = hoursOf(value);
  if (hours instanceof InputError) return new InputError({ kind: 'meetingHoursInvalid', value });
  return hours === BLANK ? sum : sum + hours;
}

/**
 * The recent sum so far plus one meeting: its hours when its time (null when
 * undated; an InputError for a bad date) is later than `afterTime`.
 */
export function addRecentHours(sum: number, hours: CellValue, time: number | null | InputError, afterTime: number): number | InputError {
  if (time instanceof InputError) return time;
  const counted = addHours(0, hours);
  if (counted instanceof InputError) return counted;
  return time !== null && time > afterTime ? sum + counted : sum;
}
