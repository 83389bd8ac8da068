/**
 * Wall clocks and instants in IANA zones, with the runtime's Intl, and the
 * zones of a calendar file whose TZID has no VTIMEZONE. Rules:
 * - a TZID the file defines (VTIMEZONE) is read by that definition, always;
 * - a TZID it does not define but the runtime knows as an IANA name
 *   (`Europe/Berlin`) is read in that zone, with Intl: the calendar
 *   component answers ical.js's lookup of it (ZonedCalendar, below);
 * - a TZID that is neither stays floating: taken as written, on the clock;
 * - a wall clock becomes an instant by guessing the offset, checking it and
 *   correcting it: the offsets a day before and a day after are the
 *   candidates, and a candidate fits when the zone has that offset at the
 *   instant it gives. Both fit in the repeated hour: the first (earlier)
 *   instant is taken. None fits in the gap of a change to summer time: the
 *   offset before the gap is taken, so 02:30 on that night is 03:30 summer
 *   time and shows so. This is how RFC 5545 (3.3.5) reads such times
 *   (ical.js reads these two hours otherwise by a file's own VTIMEZONE:
 *   the gap by the offset after it, the repeated hour's second occurrence);
 * - a zone is taken to change its offset at most once in two days (the
 *   offsets of a UTC day are read at its ends, and the minute of a change
 *   between them is searched once).
 *
 * How ical.js resolves a TZID (kewisch/ical.js, lib/ical/time.js,
 * `Time.fromDateTimeString` and `Time#fromData`): a time of a property with
 * a `tzid` parameter takes the zone its component tree's root answers
 * `getTimeZoneByID(tzid)` with (lib/ical/component.js: the file's
 * VTIMEZONEs); failing that, `TimezoneService.get(tzid)`; failing that,
 * `Timezone.localTimezone` (floating). Its instant (`toUnixTime`) and its
 * UTC form (`convertToZone`) come from the zone's `utcOffset(time)`.
 */
import ICAL from 'ical.js';

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalTimezone = InstanceType<typeof ICAL.Timezone>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** True when the runtime knows the IANA zone. */
export function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A wall clock as milliseconds, counted as if it were UTC. */
export function wallMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC takes the years 0 to 99 as 1900 to 1999.
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** The clock of a zone (or the runtime's own, for null): offsets at instants and instants of wall clocks. */
export class ZoneClock {
  private readonly formatter: Intl.DateTimeFormat;
  /** Each UTC day's offsets: at its start, at its end, and the instant the second begins (Infinity when the same). */
  private readonly days = new Map<number, { start: number; end: number; change: number }>();

  constructor(zone: string | null) {
    // British English counts hours 00 to 23.
    this.formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone ?? undefined,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
  }

  private exactOffset(ms: number): number {
    const parts = this.formatter.formatToParts(new Date(ms));
    const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
    const wall = wallMs(part('year'), part('month'), part('day'), part('hour') % 24, part('minute'));
    return wall - Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  }

  /** A day's offsets; on a day the offset changes, the minute it changes is searched once, by halves. */
  private dayOf(day: number): { start: number; end: number; change: number } {
    let known = this.days.get(day);
    if (!known) {
      let before = day * DAY_MS;
      let after = before + DAY_MS - MINUTE_MS;
      const start = this.exactOffset(before);
      const end = this.exactOffset(after);
      while (start !== end && after - before > MINUTE_MS) {
        const middle = before + Math.floor((after - before) / 2 / MINUTE_MS) * MINUTE_MS;
        if (this.exactOffset(middle) === start) before = middle;
        else after = middle;
      }
      known = { start, end, change: start === end ? Infinity : after };
      this.days.set(day, known);
    }
    return known;
  }

  /** Offset of the wall clock from UTC at an instant (ms). */
  offsetAt(ms: number): number {
    const day = this.dayOf(Math.floor(ms / DAY_MS));
    return ms < day.change ? day.start : day.end;
  }

  /** The wall clock at an instant, as milliseconds counted as if UTC. */
  wallAt(ms: number): number {
    return ms + this.offsetAt(ms);
  }

  /** The instant of a wall clock (both as ms): the repeated hour's first, the gap's by the offset before it. */
  instantOf(wall: number): number {
    const before = this.offsetAt(wall - DAY_MS);
    const after = this.offsetAt(wall + DAY_MS);
    const early = wall - before;
    if (before === after) return early;
    const late = wall - after;
    const earlyFits = this.offsetAt(early) === before;
    const lateFits = this.offsetAt(late) === after;
    if (earlyFits && lateFits) return Math.min(early, late);
    if (lateFits) return late;
    return early;
  }
}

/** An IANA zone the file names but does not define, read with Intl. */
export class IntlTimezone extends ICAL.Timezone {
  readonly clock: ZoneClock;

  constructor(tzid: string) {
    super({ tzid });
    this.clock = new ZoneClock(tzid);
  }

  /** ical.js asks this for the offset (seconds) of a wall clock in the zone. */
  override utcOffset(time: IcalTime): number {
    const wall = wallMs(time.year, time.month, time.day, time.hour, time.minute, time.second);
    return (wall - this.clock.instantOf(wall)) / 1000;
  }

  /** The wall clock a time shows: as written, except in the gap, where it is moved past it. */
  shownWall(time: IcalTime): number {
    const wall = wallMs(time.year, time.month, time.day, time.hour, time.minute, time.second);
    return this.clock.wallAt(this.clock.instantOf(wall));
  }
}

/** The TZIDs the properties of a component and its subcomponents name (VTIMEZONEs left out). */
function namedZones(jcal: unknown[], names: Set<string>): void {
  const [, properties, components] = jcal as [string, unknown[][], unknown[][]];
  for (const property of properties) {
    const tzid = (property[1] as { tzid?: unknown }).tzid;
    if (typeof tzid === 'string') names.add(tzid);
  }
  for (const component of components) {
    if (component[0] !== 'vtimezone') namedZones(component, names);
  }
}

/**
 * The zones the file's times are read in, by TZID: its VTIMEZONEs (the first
 * of a TZID, as ical.js takes it), then one read with Intl for each TZID it
 * names without defining it that the runtime knows. ical.js's own names for
 * UTC (UTC, GMT, Z) stay its own.
 */
function zonesOf(calendar: IcalComponent): Map<string, IcalTimezone> {
  const zones = new Map<string, IcalTimezone>();
  for (const component of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = component.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string' && tzid && !zones.has(tzid)) zones.set(tzid, new ICAL.Timezone(component));
  }
  const named = new Set<string>();
  namedZones(calendar.jCal, named);
  for (const tzid of named) {
    if (!zones.has(tzid) && !['UTC', 'GMT', 'Z'].includes(tzid) && knownZone(tzid)) zones.set(tzid, new IntlTimezone(tzid));
  }
  return zones;
}

/**
 * A calendar whose times take their zones from the file alone: ical.js asks
 * the root component (`getTimeZoneByID`) for every TZID it reads. Its own
 * answer searches all subcomponents again for a TZID no VTIMEZONE defines,
 * for every such time, which takes seconds for a large file; this one is a
 * lookup, and null sends ical.js on to its TimezoneService (UTC) or floating.
 */
class ZonedCalendar extends ICAL.Component {
  private readonly zones: Map<string, IcalTimezone>;

  constructor(jcal: unknown[]) {
    super(jcal);
    this.zones = zonesOf(this);
  }

  override getTimeZoneByID(tzid: string): IcalTimezone {
    // Null for a zone the file has none of, as ical.js's own answer (its type leaves null out).
    return this.zones.get(tzid) ?? (null as unknown as IcalTimezone);
  }
}

/** The calendar component of a parsed file, its zones read. @throws when a VTIMEZONE cannot be read */
export function zonedCalendar(jcal: unknown[]): IcalComponent {
  return new ZonedCalendar(jcal);
}
