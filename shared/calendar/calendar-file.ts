/**
 * Reading an iCalendar file (RFC 5545) into its events, with ical.js. Rules:
 * - the size is checked before the text is read (MAX_CALENDAR_BYTES);
 * - a file that does not start with BEGIN:VCALENDAR (after a byte-order mark
 *   and blank lines) is no calendar; one that starts so but has no
 *   END:VCALENDAR, or that ical.js cannot parse, is damaged;
 * - a TZID is resolved by the file's own VTIMEZONE, also a Windows name
 *   (Outlook: "W. Europe Standard Time"); one the file names without
 *   defining it, by the runtime when it knows the IANA name (zone-times.ts);
 *   ical.js's TimezoneService is reset, so files never share zones;
 * - overridden occurrences (RECURRENCE-ID) are related to their series by
 *   UID; one whose series is not in the file stands alone;
 * - the calendar's owner is the address Google names a primary calendar by
 *   (X-WR-CALNAME holding an e-mail address): the file says nothing else
 *   about whose calendar it is;
 * - times written in UTC are shown in the calendar's own zone
 *   (X-WR-TIMEZONE, when the runtime knows it), else where the user is.
 */
import ICAL from 'ical.js';
import { ImportError, MAX_CALENDAR_BYTES } from './problems';
import { knownZone, zonedCalendar } from './zone-times';

type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

/** The events of a calendar file, ready to be expanded. */
export interface CalendarFile {
  /** Series and single events, each with its overridden occurrences related. */
  events: IcalEvent[];
  /** The calendar owner's e-mail address, lower case, when the file says it. */
  owner: string | null;
  /** The IANA zone UTC times are shown in; null for the runtime's own. */
  displayZone: string | null;
}

/** Throws tooLarge for a file over the limit: call it with the file's size before reading it. */
export function checkCalendarSize(bytes: number): void {
  if (bytes > MAX_CALENDAR_BYTES) throw new ImportError({ kind: 'tooLarge', bytes });
}

const CALENDAR_START = /^\uFEFF?\s*BEGIN:VCALENDAR\r?\n/i;
const CALENDAR_END = /END:VCALENDAR\s*$/i;

function parseCalendar(text: string): IcalComponent {
  if (!CALENDAR_START.test(text)) throw new ImportError({ kind: 'notCalendar' });
  if (!CALENDAR_END.test(text)) throw new ImportError({ kind: 'damaged' });
  let calendar: IcalComponent;
  try {
    const parsed: unknown = ICAL.parse(text.replace(/^\uFEFF/, ''));
    // A file with several calendars parses to a list of them; the first is read.
    calendar = zonedCalendar((Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed) as unknown[]);
  } catch {
    throw new ImportError({ kind: 'damaged' });
  }
  if (calendar.name !== 'vcalendar') throw new ImportError({ kind: 'notCalendar' });
  return calendar;
}

function textOf(component: IcalComponent, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * An event of its own component. Its exceptions are related here, by UID:
 * given none, ical.js would search the whole calendar for them per event,
 * which takes minutes for a calendar of ten thousand events.
 */
function eventOf(component: IcalComponent): IcalEvent {
  return new ICAL.Event(component, { strictExceptions: true, exceptions: [] });
}

/** Series first, then their exceptions related to them by UID; lone exceptions stay events of their own. */
function relatedEvents(components: IcalComponent[]): IcalEvent[] {
  const events: IcalEvent[] = [];
  const seriesByUid = new Map<string, IcalEvent>();
  const exceptions: IcalComponent[] = [];
  for (const component of components) {
    if (component.hasProperty('recurrence-id')) exceptions.push(component);
    else {
      const event = eventOf(component);
      events.push(event);
      if (event.isRecurring()) seriesByUid.set(event.uid, event);
    }
  }
  for (const exception of exceptions) {
    const series = seriesByUid.get(textOf(exception, 'uid'));
    if (series) series.relateException(exception);
    else events.push(eventOf(exception));
  }
  return events;
}

/** Reads a calendar file's text. @throws ImportError notCalendar, damaged or emptyCalendar */
export function readCalendarFile(text: string): CalendarFile {
  const calendar = parseCalendar(text);
  ICAL.TimezoneService.reset();
  const components = calendar.getAllSubcomponents('vevent');
  if (components.length === 0) throw new ImportError({ kind: 'emptyCalendar' });
  const name = textOf(calendar, 'x-wr-calname');
  const zone = textOf(calendar, 'x-wr-timezone');
  let events: IcalEvent[];
  try {
    events = relatedEvents(components);
  } catch {
    throw new ImportError({ kind: 'damaged' });
  }
  return {
    events,
    owner: /^[^\s@]+@[^\s@]+$/.test(name) ? name.toLowerCase() : null,
    displayZone: zone && knownZone(zone) ? zone : null,
  };
}
