/**
 * The occurrences of a calendar's events within a period. Rules:
 * - a series (RRULE with COUNT, UNTIL, BYDAY…, EXDATE, RDATE) is expanded by
 *   ical.js's own iterator; an overridden occurrence (RECURRENCE-ID) takes
 *   the place, time, title and status of its override;
 * - an occurrence's day and time are its wall clock: in its own zone
 *   (TZID, resolved by the file's VTIMEZONE, else by the runtime when it
 *   knows the name: zone-times.ts), as written for floating times, and in
 *   the calendar's zone for UTC times;
 * - its length is end minus start as instants, so a meeting across a
 *   daylight-saving change keeps its true length; the end comes from DTEND
 *   or DURATION; without either the occurrence lasts 0 hours;
 * - cancelled occurrences (STATUS:CANCELLED, of the series or the override)
 *   and those the calendar's owner declined (PARTSTAT=DECLINED) are counted
 *   as skipped, by reason, and not listed;
 * - its identity is the UID and the start of the occurrence in the series
 *   (RECURRENCE-ID, in UTC when zoned): the same in every export of it.
 */
import ICAL from 'ical.js';
import type { IsoDate } from '../dates';
import type { CalendarFile } from './calendar-file';
import { inPeriod, type PeriodDays } from './period';
import type { Attendee, Expansion, Occurrence, SkipReason } from './occurrence';
import { IntlTimezone, ZoneClock } from './zone-times';

type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTime = InstanceType<typeof ICAL.Time>;

/** Expansion stops after this many steps of one series, whatever its rule says (a guard against endless rules). */
const MAX_STEPS_PER_SERIES = 20_000;

export type { Attendee, Expansion, Occurrence, SkipReason };

const VIDEO_LINK =
  /\b(?:meet\.google\.com|[\w-]+\.zoom\.us|zoom\.us\/j|teams\.microsoft\.com|teams\.live\.com|[\w-]+\.webex\.com|whereby\.com|meet\.jit\.si|facetime\.apple\.com)\b/i;
/** Where calendar apps put a meeting's conference link besides URL and DESCRIPTION. */
const CONFERENCE_PROPERTIES = [
  'url',
  'x-google-conference',
  'x-microsoft-skypeteamsmeetingurl',
  'x-microsoft-onlinemeetingconflink',
  'conference',
];

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function addressOf(value: unknown): string {
  return text(value)
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

interface Clock {
  date: IsoDate;
  time: string;
}

function clockOfTime(time: IcalTime): Clock {
  return { date: `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`, time: `${pad(time.hour)}:${pad(time.minute)}` };
}

function clockOfWall(wall: number): Clock {
  const date = new Date(wall);
  return {
    date: `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
    time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`,
  };
}

function isUtc(time: IcalTime): boolean {
  return time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC';
}

/** The calendar's reading of times: wall clocks and the identity's form of a start. */
class TimeReader {
  private readonly display: ZoneClock;
  constructor(displayZone: string | null) {
    this.display = new ZoneClock(displayZone);
  }

  clock(time: IcalTime): Clock {
    if (isUtc(time)) return clockOfWall(this.display.wallAt(time.toUnixTime() * 1000));
    if (time.zone instanceof IntlTimezone && !time.isDate) return clockOfWall(time.zone.shownWall(time));
    return clockOfTime(time);
  }

  /** A start as the identity holds it: UTC for zoned times ("…Z"), as written for floating times and dates. */
  static identityOf(time: IcalTime): string {
    const floating = time.isDate || time.zone === ICAL.Timezone.localTimezone;
    // ical.js writes UTC times with a trailing Z; a zoned time's instant is written alike, without converting a copy.
    if (floating || isUtc(time)) return time.toString();
    return new Date(time.toUnixTime() * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

function hasVideoCall(event: IcalEvent): boolean {
  const component = event.component;
  const places = [event.location, event.description, ...CONFERENCE_PROPERTIES.map((name) => text(component.getFirstPropertyValue(name)))];
  return places.some((place) => place !== '' && VIDEO_LINK.test(place));
}

/** What calendar apps write as the location of an online meeting (Outlook: "Microsoft Teams Meeting"): no place. */
const ONLINE_PLACE =
  /^(?:microsoft teams[ -](?:meeting|besprechung)|zoom(?: meeting)?|google meet|webex(?: meeting)?|skype meeting|online)$/i;

/** The event's place; a location that is only a video-call link or the name of an online meeting is none. */
function placeOf(event: IcalEvent): string {
  const location = text(event.location);
  if (ONLINE_PLACE.test(location) || (VIDEO_LINK.test(location) && /^\S+$/.test(location))) return '';
  return location;
}

function attendeesOf(event: IcalEvent, owner: string | null): { attendees: Attendee[]; ownerDeclined: boolean } {
  const attendees: Attendee[] = [];
  let ownerDeclined = false;
  const properties = [...event.attendees, ...event.component.getAllProperties('organizer')];
  for (const property of properties) {
    const email = addressOf(property.getFirstValue());
    const name = text(property.getParameter('cn'));
    if (owner !== null && email === owner) {
      if (property.name === 'attendee' && text(property.getParameter('partstat')).toUpperCase() === 'DECLINED') ownerDeclined = true;
      continue;
    }
    if (!attendees.some((known) => known.email === email && email !== '' && known.name === name)) attendees.push({ name, email });
  }
  return { attendees, ownerDeclined };
}

function roundedHours(start: IcalTime, end: IcalTime): number {
  const seconds = end.toUnixTime() - start.toUnixTime();
  return Math.max(0, Math.round((seconds / 3600) * 100) / 100);
}

function hasEnd(event: IcalEvent): boolean {
  return event.component.hasProperty('dtend') || event.component.hasProperty('duration');
}

interface Slot {
  item: IcalEvent;
  start: IcalTime;
  end: IcalTime;
  /** The start in the series (RECURRENCE-ID), or the event's own start. */
  slot: IcalTime;
}

/** What an event (a series, an override or a single event) says the same for every occurrence: read once. */
interface EventFacts {
  uid: string;
  title: string;
  skip: SkipReason | null;
  attendees: Attendee[];
  location: string;
  videoCall: boolean;
  hasEnd: boolean;
}

function factsOf(item: IcalEvent, owner: string | null): EventFacts {
  const status = text(item.component.getFirstPropertyValue('status')).toUpperCase();
  const { attendees, ownerDeclined } = attendeesOf(item, owner);
  return {
    uid: item.uid,
    title: text(item.summary),
    skip: status === 'CANCELLED' ? 'cancelled' : ownerDeclined ? 'declined' : null,
    attendees,
    location: placeOf(item),
    videoCall: hasVideoCall(item),
    hasEnd: hasEnd(item),
  };
}

function occurrenceOf(slot: Slot, facts: EventFacts, reader: TimeReader): Occurrence | SkipReason {
  if (facts.skip) return facts.skip;
  const { start, end } = slot;
  const clock = reader.clock(start);
  return {
    identity: `${facts.uid} ${TimeReader.identityOf(slot.slot)}`,
    title: facts.title,
    date: clock.date,
    time: start.isDate ? null : clock.time,
    hours: facts.hasEnd ? roundedHours(start, end) : 0,
    allDay: start.isDate,
    location: facts.location,
    videoCall: facts.videoCall,
    attendees: facts.attendees,
  };
}

function hasExceptions(event: IcalEvent): boolean {
  return Object.keys(event.exceptions).length > 0 || event.rangeExceptions.length > 0;
}

/** The slots of one event whose wall-clock day lies in the period, in order. */
function* slotsOf(event: IcalEvent, period: PeriodDays, reader: TimeReader, counter: { total: number }): Generator<Slot> {
  if (!event.isRecurring()) {
    counter.total++;
    const start = event.startDate;
    if (inPeriod(reader.clock(start).date, period)) {
      const slot = event.component.getFirstPropertyValue('recurrence-id') as IcalTime | null;
      yield { item: event, start, end: event.endDate, slot: slot ?? start };
    }
    return;
  }
  // Without overrides an occurrence is its slot and lasts the series' duration (read once);
  // with them, ical.js works out each occurrence's details.
  const overridden = hasExceptions(event);
  const duration = overridden ? null : event.duration;
  const iterator = event.iterator();
  for (let step = 0; step < MAX_STEPS_PER_SERIES; step++) {
    const next = iterator.next();
    if (!next) return;
    counter.total++;
    const slotDay = reader.clock(next).date;
    if (duration) {
      if (slotDay > period.to) return;
      if (period.from !== null && slotDay < period.from) continue;
      const end = next.clone();
      end.addDuration(duration);
      yield { item: event, start: next, end, slot: next };
      continue;
    }
    const details = event.getOccurrenceDetails(next);
    const day = overridden ? reader.clock(details.startDate).date : slotDay;
    // A moved occurrence may lie before its slot; the slot decides when the series has passed the period.
    if (slotDay > period.to && day > period.to) return;
    if (inPeriod(day, period)) yield { item: details.item, start: details.startDate, end: details.endDate, slot: next };
  }
}

/** Every occurrence of the file's events whose day lies in the period, sorted by day and time. */
export function expandOccurrences(file: CalendarFile, period: PeriodDays): Expansion {
  const reader = new TimeReader(file.displayZone);
  const occurrences: Occurrence[] = [];
  const skipped: Record<SkipReason, number> = { cancelled: 0, declined: 0 };
  const counter = { total: 0 };
  const facts = new Map<IcalEvent, EventFacts>();
  const factsFor = (item: IcalEvent) => {
    let known = facts.get(item);
    if (!known) facts.set(item, (known = factsOf(item, file.owner)));
    return known;
  };
  for (const event of file.events) {
    for (const slot of slotsOf(event, period, reader, counter)) {
      const occurrence = occurrenceOf(slot, factsFor(slot.item), reader);
      if (typeof occurrence === 'string') skipped[occurrence]++;
      else occurrences.push(occurrence);
    }
  }
  occurrences.sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
  return { occurrences, skipped, total: counter.total };
}
