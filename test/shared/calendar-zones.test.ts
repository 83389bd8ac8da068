/**
 * Times whose TZID has no VTIMEZONE in the file (test/fixtures/calendar/feed.ics):
 * read in that IANA zone when the runtime knows it (single events, a weekly
 * series across both daylight-saving changes with EXDATE and an override,
 * lengths across a change, the gap and the repeated hour), floating when it
 * does not, the file's own VTIMEZONE first, and identities that stay the same.
 */
import {
  expandOccurrences,
  importList,
  partnerMatcher,
  periodDays,
  readCalendarFile,
  type Expansion,
  type Occurrence,
} from '../../shared/calendar';
import { knownZone, wallMs, ZoneClock } from '../../shared/calendar/zone-times';
import { expand, fixture, PARTNERS, TODAY } from './calendar-support';

const FEED = fixture('feed');
const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\n');

function withZone(text: string, vtimezone: string): string {
  return text.replace('BEGIN:VEVENT', `${vtimezone}\nBEGIN:VEVENT`);
}

function titled(expansion: Expansion, title: string): Occurrence[] {
  return expansion.occurrences.filter((occurrence) => occurrence.title === title);
}

function outline(occurrence: Occurrence) {
  return [occurrence.date, occurrence.time, occurrence.hours, occurrence.identity.split(' ')[1]];
}

describe('a TZID the file does not define but the runtime knows', () => {
  const expansion = expand(FEED);

  it('reads a single event in that zone: the time as written, the identity in UTC', () => {
    expect(titled(expansion, 'Coffee with Ann Becker').map(outline)).toEqual([['2025-03-05', '09:00', 1, '2025-03-05T08:00:00Z']]);
  });

  it('keeps a weekly 09:00 series at 09:00 across the changes to summer and winter time, with its EXDATE, override and UNTIL', () => {
    const series = titled(expansion, 'Breakfast club with Bob Stone');
    expect(new Set(series.map((occurrence) => `${occurrence.time} ${occurrence.hours}`))).toEqual(new Set(['09:00 1']));
    // 33 Mondays from 2025-03-24 to 2025-11-03 (UNTIL, in UTC, includes the last), less the EXDATE and the moved one.
    expect(series).toHaveLength(31);
    expect(series.some((occurrence) => occurrence.date === '2025-04-07')).toBe(false);
    const byDay = new Map(series.map((occurrence) => [occurrence.date, occurrence.identity.split(' ')[1]]));
    expect(byDay.get('2025-03-24')).toBe('2025-03-24T08:00:00Z');
    expect(byDay.get('2025-03-31')).toBe('2025-03-31T07:00:00Z');
    expect(byDay.get('2025-10-20')).toBe('2025-10-20T07:00:00Z');
    expect(byDay.get('2025-10-27')).toBe('2025-10-27T08:00:00Z');
    expect(series[series.length - 1].date).toBe('2025-11-03');
    expect(titled(expansion, 'Breakfast club with Bob Stone (moved)').map(outline)).toEqual([
      ['2025-04-14', '11:30', 1, '2025-04-14T07:00:00Z'],
    ]);
  });

  it('gives a meeting across a change its true length', () => {
    // 22:00 to 06:00 on the clock; 03:00 became 02:00 again: 9 hours.
    expect(titled(expansion, 'Night train with Carla Diaz').map(outline)).toEqual([['2025-10-25', '22:00', 9, '2025-10-25T20:00:00Z']]);
    const spring = FEED.replace('20251025T220000', '20250329T220000').replace('20251026T060000', '20250330T060000');
    // 02:00 became 03:00: 7 hours.
    expect(titled(expand(spring), 'Night train with Carla Diaz').map(outline)).toEqual([
      ['2025-03-29', '22:00', 7, '2025-03-29T21:00:00Z'],
    ]);
  });

  it('reads a time in the gap of the change to summer time by the offset before it: 02:30 is 03:30 summer time', () => {
    expect(titled(expansion, 'Early call with Dana Fox').map(outline)).toEqual([['2025-03-30', '03:30', 0.5, '2025-03-30T01:30:00Z']]);
  });

  it('reads a time in the repeated hour as its first occurrence, still in summer time', () => {
    // 02:30 summer time (00:30 UTC) to 03:30 winter time (02:30 UTC): 2 hours.
    expect(titled(expansion, 'Late chat with Ann Becker').map(outline)).toEqual([['2025-10-26', '02:30', 2, '2025-10-26T00:30:00Z']]);
  });

  it('reads a name in any case the runtime accepts', () => {
    const lower = FEED.replace(/TZID=Europe\/Berlin/g, 'TZID=europe/berlin');
    expect(titled(expand(lower), 'Coffee with Ann Becker').map(outline)).toEqual([['2025-03-05', '09:00', 1, '2025-03-05T08:00:00Z']]);
  });
});

describe('a TZID that is neither defined in the file nor known to the runtime', () => {
  it('stays floating: taken as written, on the clock, in the identity too', () => {
    expect(titled(expand(FEED), 'Dinner with Bob Stone').map(outline)).toEqual([['2025-06-10', '19:00', 2, '2025-06-10T19:00:00']]);
  });

  it('is data, whatever it holds: a made-up name or one that looks like a formula changes nothing else', () => {
    for (const name of ['Mars/Olympus_Mons', '=HYPERLINK("https://example.com")', '']) {
      const text = FEED.replace(/TZID=W\. Europe Standard Time/g, `TZID=${name.includes('"') ? `"${name.replace(/"/g, "'")}"` : name}`);
      const expansion = expand(text);
      expect(titled(expansion, 'Dinner with Bob Stone').map(outline)).toEqual([['2025-06-10', '19:00', 2, '2025-06-10T19:00:00']]);
      expect(expansion.occurrences).toHaveLength(expand(FEED).occurrences.length);
    }
  });
});

describe("the file's own VTIMEZONE", () => {
  it('wins over the zone the runtime knows by the same name', () => {
    const fixedFive = [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0500',
      'TZOFFSETTO:+0500',
      'DTSTART:19700101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ].join('\n');
    const expansion = expand(withZone(FEED, fixedFive));
    expect(titled(expansion, 'Coffee with Ann Becker').map(outline)).toEqual([['2025-03-05', '09:00', 1, '2025-03-05T04:00:00Z']]);
    expect(titled(expansion, 'Night train with Carla Diaz').map(outline)).toEqual([['2025-10-25', '22:00', 8, '2025-10-25T17:00:00Z']]);
  });

  it("and with Berlin's real rules reads every time outside the changes' hours as the runtime does", () => {
    const changeHours = ['Early call with Dana Fox', 'Late chat with Ann Becker'];
    const outside = (expansion: Expansion) => expansion.occurrences.filter((occurrence) => !changeHours.includes(occurrence.title));
    expect(outside(expand(withZone(FEED, BERLIN_VTIMEZONE)))).toEqual(outside(expand(FEED)));
  });
});

describe('identities of times read in a zone the file does not define', () => {
  it('are the same on every reading, so importing the file again adds nothing', () => {
    const match = partnerMatcher(PARTNERS);
    const first = importList(expand(FEED), match, new Set());
    expect(first.matched.length).toBeGreaterThan(30);
    const sources = new Set(first.matched.map((line) => line.occurrence.identity));
    const again = importList(expand(FEED), match, sources);
    expect(again.matched).toEqual([]);
    expect(again.skipped.alreadyImported).toBe(first.matched.length);
  });

  it('do not depend on which file was read last', () => {
    const feed = readCalendarFile(FEED);
    readCalendarFile(fixture('apple'));
    expect(expandOccurrences(feed, periodDays('last12Months', TODAY))).toEqual(expand(FEED));
  });
});

describe('the clock of an IANA zone', () => {
  const at = (iso: string) => Date.parse(iso);
  const instant = (zone: string, year: number, month: number, day: number, hour: number, minute: number) =>
    new Date(new ZoneClock(zone).instantOf(wallMs(year, month, day, hour, minute))).toISOString();

  it('turns wall clocks into instants on ordinary days', () => {
    expect(instant('Europe/Berlin', 2025, 1, 15, 9, 0)).toBe('2025-01-15T08:00:00.000Z');
    expect(instant('Europe/Berlin', 2025, 7, 15, 9, 0)).toBe('2025-07-15T07:00:00.000Z');
    expect(instant('Asia/Kolkata', 2025, 7, 15, 9, 0)).toBe('2025-07-15T03:30:00.000Z');
  });

  it('reads the gap by the offset before it and the repeated hour as its first occurrence, north and south', () => {
    expect(instant('America/New_York', 2025, 3, 9, 2, 30)).toBe('2025-03-09T07:30:00.000Z');
    expect(instant('America/New_York', 2025, 11, 2, 1, 30)).toBe('2025-11-02T05:30:00.000Z');
    expect(instant('Australia/Sydney', 2025, 10, 5, 2, 30)).toBe('2025-10-04T16:30:00.000Z');
    expect(instant('Australia/Sydney', 2025, 4, 6, 2, 30)).toBe('2025-04-05T15:30:00.000Z');
  });

  it('gives the offset at an instant, also on the day it changes', () => {
    const berlin = new ZoneClock('Europe/Berlin');
    expect(berlin.offsetAt(at('2025-03-30T00:59:00Z'))).toBe(3_600_000);
    expect(berlin.offsetAt(at('2025-03-30T01:00:00Z'))).toBe(7_200_000);
    expect(new Date(berlin.wallAt(at('2025-10-26T00:30:00Z'))).toISOString()).toBe('2025-10-26T02:30:00.000Z');
  });

  it('counts wall clocks of the years 0 to 99 as those years', () => {
    expect(new Date(wallMs(50, 2, 28, 9)).toISOString()).toBe('0050-02-28T09:00:00.000Z');
    expect(wallMs(2025, 3, 5, 9)).toBe(at('2025-03-05T09:00:00Z'));
  });

  it('knows IANA names and no Windows names, offsets or empty text', () => {
    expect(['Europe/Berlin', 'europe/berlin', 'Etc/GMT-1'].map(knownZone)).toEqual([true, true, true]);
    expect(['W. Europe Standard Time', '', '=1+1'].map(knownZone)).toEqual([false, false, false]);
  });
});
