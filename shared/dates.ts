/**
 * Calendar dates in their three forms: a spreadsheet serial number, a Date,
 * and ISO text ("YYYY-MM-DD", the form dates take across the checklist port).
 *
 * Rules:
 * - A serial counts calendar days from day 0, 1899-12-30, as Excel, Sheets
 *   and the preview store dates; its fraction is the time of day, which a
 *   calendar date ignores. Serials and ISO text are converted in UTC, so they
 *   never depend on the runtime's time zone.
 * - A Date is a moment; its calendar day is the day it shows in the runtime's
 *   time zone (local midnight for the dates the tracker creates).
 * - ISO text is exactly four digits, "-", two digits, "-", two digits, and
 *   must name a real calendar day ("2025-02-30" is none).
 */

/** A calendar date as "YYYY-MM-DD". */
export type IsoDate = string;

/** The one pattern of ISO date text. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAY_MS = 86_400_000;
/** Days from day 0 (1899-12-30) to 1970-01-01. */
const SERIAL_OF_1970 = 25_569;

/** The serial of a calendar day given by year, month (1-12) and day, or null when there is no such day. */
export function serialOfCalendarDay(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return ms / DAY_MS + SERIAL_OF_1970;
}

/** The serial of the calendar day a Date shows in the runtime's time zone (the time of day is ignored). */
export function excelSerialDate(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS + SERIAL_OF_1970;
}

/** Today's serial where the runtime is. */
export function todaySerial(now: Date = new Date()): number {
  return excelSerialDate(now);
}

/** Midnight of the day `daysAgo` days before `today`, in the runtime's time zone. */
export function dayBefore(today: Date, daysAgo: number): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo);
}

/** Milliseconds since 1970 (UTC) of a serial, for comparing serials with Dates by their instant. */
export function timeOfSerial(serial: number): number {
  return (serial - SERIAL_OF_1970) * DAY_MS;
}

/** True for a real calendar date written as "YYYY-MM-DD". */
export function isIsoDate(value: unknown): value is IsoDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  return match !== null && serialOfCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

/** The serial of an ISO date. @throws RangeError for text that is no calendar date */
export function serialFromIsoDate(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  const serial = match ? serialOfCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (serial === null) throw new RangeError(`not a calendar date written YYYY-MM-DD: ${date}`);
  return serial;
}

/** The ISO date of a serial's calendar day (its fraction, the time of day, is dropped); null beyond the years a Date can hold. */
export function isoDateOfSerial(serial: number): IsoDate | null {
  const date = new Date(timeOfSerial(Math.floor(serial)));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** The calendar day a Date shows in the runtime's time zone, as ISO text. */
export function isoDateOfDay(date: Date): IsoDate {
  return isoDateOfSerial(excelSerialDate(date)) ?? '';
}

/** A date cell holding a serial (1 or more, as Excel hands dates over) as an ISO date; null for anything else. */
export function isoDateFromSerial(cell: unknown): IsoDate | null {
  return typeof cell === 'number' && Number.isFinite(cell) && cell >= 1 ? isoDateOfSerial(cell) : null;
}

/** A text cell holding an ISO date (typed as text, or written by the preview), spaces around ignored; null for anything else. */
export function isoDateFromText(cell: unknown): IsoDate | null {
  const text = typeof cell === 'string' ? cell.trim() : '';
  return isIsoDate(text) ? text : null;
}

/** UTC midnight of an ISO date, for formatting it as a calendar day (with timeZone 'UTC'); null for text that is no date. */
export function utcDateOfIsoDate(date: IsoDate): Date | null {
  return isIsoDate(date) ? new Date(timeOfSerial(serialFromIsoDate(date))) : null;
}

/** The serial of the same calendar day `years` years later (29 February without one becomes 1 March). */
export function serialYearsLater(serial: number, years: number): number {
  const date = new Date(timeOfSerial(Math.floor(serial)));
  return Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()) / DAY_MS + SERIAL_OF_1970;
}

/** Local midnight, in the runtime's time zone, of a serial's calendar day: the Date that shows that day. */
export function localDateOfSerial(serial: number): Date {
  const utc = timeOfSerial(Math.floor(serial));
  // UTC midnight moved by the zone's offset then, unless a change of offset that day puts it off midnight.
  const date = new Date(utc);
  const day = date.getUTCDate();
  date.setTime(utc + date.getTimezoneOffset() * 60_000);
  if (date.getHours() === 0 && date.getMinutes() === 0 && date.getDate() === day) return date;
  const exact = new Date(utc);
  return new Date(exact.getUTCFullYear(), exact.getUTCMonth(), exact.getUTCDate());
}
