/**
 * Totals of the meeting log per partner: hours together (all of them, or
 * those of the meetings dated after a day: the recent hours) and the last
 * contact. Meetings are matched to partners by the one rule in
 * partner-names.ts, in one pass over the meetings and one over the partners
 * (a Map from name to total), so the cost grows with partners + meetings.
 *
 * Rules:
 *  - the meeting ranges (partner and hours, or partner and date) have the same
 *    shape; they are read cell by cell in row order;
 *  - a meeting with a blank partner cell, or an error there, belongs to nobody;
 *  - a blank hours or date cell is a meeting without hours or date: 0 hours,
 *    no contact date;
 *  - a bad hours or date cell (text, negative, an error) makes that partner's
 *    result an error that says what to correct; other partners are unaffected;
 *  - the result has the shape of the partners argument; a blank partner gives
 *    blank, a partner without meetings 0 hours and a blank last contact;
 *  - with a day to count after (PARTNERHOURS' `after`), the recent-hours
 *    rule of recent-hours.ts, which the partner card follows too.
 */
import { isErrorText } from './cell-errors';
import { broadcast } from './broadcast';
import {
  BLANK,
  type CellInput,
  type CellResult,
  type CellValue,
  type FunctionResult,
  InputError,
  isBlank,
  isDate,
  isGrid,
  rectangular,
  shapeOf,
} from './cells';
import { timeOfSerial } from './dates';
import { partnerKey } from './partner-names';
import { addHours, addRecentHours } from './recent-hours';

interface PartnerTotal<T> {
  value: T;
  error?: InputError;
}

/** The cells of a single value or range in row order, without copying a one-column range (the usual meeting log). */
function cellsInOrder(input: CellInput): { length: number; at(index: number): CellValue } {
  if (!isGrid(input)) return { length: 1, at: () => input };
  const grid = rectangular(input);
  const width = grid.length ? grid[0].length : 0;
  if (width === 1) return { length: grid.length, at: (index) => grid[index][0] };
  const cells = grid.flat();
  return { length: cells.length, at: (index) => cells[index] };
}

function shapeText(input: CellInput): string {
  return isGrid(input) ? shapeOf(rectangular(input)) : '1×1';
}

type OrderedCells = ReturnType<typeof cellsInOrder>;

/** The meeting values in row order; a shapeMismatch error unless they line up with the meeting partners (`names`). */
function alignedWithPartners(meetingPartners: CellInput, names: OrderedCells, meetingValues: CellInput, valuesName: string): OrderedCells {
  const values = cellsInOrder(meetingValues);
  if (names.length !== values.length || (isGrid(meetingPartners) && shapeText(meetingPartners) !== shapeText(meetingValues))) {
    throw new InputError({
      kind: 'shapeMismatch',
      names: ['meeting_partners', valuesName],
      shapes: [shapeText(meetingPartners), shapeText(meetingValues)],
    });
  }
  return values;
}

/**
 * Meeting cells grouped by partner key, each folded with `add`; the first bad
 * cell of a partner (`add` returns an InputError) is kept as its error.
 */
function totalsByPartner<T>(
  meetingPartners: CellInput,
  meetingValues: CellInput,
  valuesName: string,
  initial: () => T,
  add: (total: T, value: CellValue, index: number) => T | InputError,
): Map<string, PartnerTotal<T>> {
  const names = cellsInOrder(meetingPartners);
  const values = alignedWithPartners(meetingPartners, names, meetingValues, valuesName);
  const totals = new Map<string, PartnerTotal<T>>();
  for (let i = 0; i < names.length; i++) {
    const name = names.at(i);
    if (isErrorText(name)) continue;
    const key = partnerKey(name);
    if (key === '') continue;
    let total = totals.get(key);
    if (!total) totals.set(key, (total = { value: initial() }));
    if (total.error) continue;
    const next = add(total.value, values.at(i), i);
    if (next instanceof InputError) total.error = next;
    else total.value = next;
  }
  return totals;
}

/** One result per partner cell, from the totals of its name. */
function perPartner<T>(
  partners: CellInput,
  totals: Map<string, PartnerTotal<T>>,
  result: (total: T | undefined) => CellResult,
): FunctionResult {
  const readPartner = (name: CellValue): PartnerTotal<T> | { value: undefined } | typeof BLANK | InputError => {
    if (isErrorText(name)) return new InputError({ kind: 'cellError', text: String(name) });
    const key = partnerKey(name);
    if (key === '') return BLANK;
    const total = totals.get(key);
    return total?.error ?? total ?? { value: undefined };
  };
  return broadcast([{ name: 'partners', input: partners, read: readPartner }] as const, (total) => result(total.value));
}

/**
 * PARTNERHOURS: the hours of each partner's meetings, added up; with
 * `meetingDates` and a non-blank `after` (a date), only of the meetings dated
 * later than `after`.
 * `after` that is no single date is an error for the whole call.
 */
export function partnerHours(
  partners: CellInput,
  meetingPartners: CellInput,
  hours: CellInput,
  meetingDates?: CellInput,
  after?: CellInput,
): FunctionResult {
  // A range is no date either: meetingTime refuses anything but a date or a date serial.
  const afterTime = meetingTime(after as CellValue);
  if (afterTime instanceof InputError) return new InputError({ kind: 'dateInvalid', name: 'after', value: after });
  if (afterTime === null)
    return perPartner(
      partners,
      totalsByPartner(meetingPartners, hours, 'meeting_hours', () => 0, addHours),
      (sum) => sum ?? 0,
    );
  // With a day to count after, the dates must line up with the partners as the hours do.
  const dates = alignedWithPartners(meetingPartners, cellsInOrder(meetingPartners), meetingDates, 'meeting_dates');
  const recent = (sum: number, value: CellValue, index: number) => addRecentHours(sum, value, meetingTime(dates.at(index)), afterTime);
  const totals = totalsByPartner(meetingPartners, hours, 'meeting_hours', () => 0, recent);
  return perPartner(partners, totals, (sum) => sum ?? 0);
}

/** A meeting date as milliseconds for comparing: a Date, or a date serial number (Excel; Sheets numbers). Null when blank. */
function meetingTime(value: CellValue): number | null | InputError {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 1 ? timeOfSerial(value) : new InputError({ kind: 'meetingDateInvalid', value });
  if (isBlank(value)) return null;
  if (isDate(value) && Number.isFinite(value.getTime())) return value.getTime();
  return new InputError({ kind: 'meetingDateInvalid', value });
}

/** The latest dated meeting so far: its time for comparing, and its cell as the host passed it. */
interface Latest {
  time: number;
  value: CellValue;
}

function later(latest: Latest | null, value: CellValue): Latest | null | InputError {
  const time = meetingTime(value);
  if (time === null) return latest;
  if (time instanceof InputError) return time;
  if (latest === null) return { time, value };
  if (time > latest.time) {
    latest.time = time;
    latest.value = value;
  }
  return latest;
}

/** LASTCONTACT: the latest date among each partner's meetings, as the date cell holds it. */
export function lastContact(partners: CellInput, meetingPartners: CellInput, dates: CellInput): FunctionResult {
  const totals = totalsByPartner<Latest | null>(meetingPartners, dates, 'meeting_dates', () => null, later);
  return perPartner(partners, totals, (latest) => (latest ? (latest.value as Date | number) : BLANK));
}
