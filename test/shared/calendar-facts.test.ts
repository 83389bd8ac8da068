/**
 * The calendar facts the import depends on, read from exports in the shape
 * Google Calendar, Outlook and Apple Calendar write them: recurrence within
 * the period, time zones (also Windows zone names), UTC and floating times,
 * daylight-saving changes, DTEND or DURATION or neither, cancelled and
 * declined events.
 */
import { ImportError, expandOccurrences, periodDays, readCalendarFile, type Occurrence } from '../../shared/calendar';
import { expand, fixture, TODAY } from './calendar-support';

function outline(occurrence: Occurrence) {
  return [occurrence.date, occurrence.time, occurrence.hours, occurrence.title];
}

describe('a Google Calendar export', () => {
  const expansion = expand(fixture('google'));
  const titled = (title: string) => expansion.occurrences.filter((occurrence) => occurrence.title === title).map(outline);

  it('expands a weekly series with COUNT and BYDAY, leaves out its EXDATE and takes an overridden occurrence as moved', () => {
    expect([...titled('Coffee'), ...titled('Coffee (moved)')]).toEqual([
      ['2025-01-06', '09:00', 1, 'Coffee'],
      ['2025-01-13', '09:00', 1, 'Coffee'],
      ['2025-02-03', '09:00', 1, 'Coffee'],
      ['2025-02-10', '09:00', 1, 'Coffee'],
      ['2025-01-28', '14:00', 1.5, 'Coffee (moved)'],
    ]);
  });

  it('ends a series at its UNTIL and keeps only the occurrences in the period', () => {
    // The series starts 2024-11-01; the period (12 months to 2025-12-01) starts 2024-12-02.
    expect(titled('Networking Friday').map(([date]) => date)).toEqual(['2024-12-06', '2024-12-13', '2024-12-20']);
    expect(titled('Coffee with Ann Becker')).toEqual([]);
  });

  it('shows UTC times in the calendar zone (X-WR-TIMEZONE)', () => {
    expect(titled('Lunch with Bob Stone')).toEqual([['2025-03-04', '14:00', 1, 'Lunch with Bob Stone']]);
    expect(titled('Call Ann Becker back')).toEqual([['2025-06-01', '10:00', 0, 'Call Ann Becker back']]);
  });

  it('keeps the true length of a meeting across the change to summer time', () => {
    // 01:30 to 04:00 on the clock, but 02:00 became 03:00: 1.5 hours.
    expect(titled('Night train with Bob Stone')).toEqual([['2025-03-30', '01:30', 1.5, 'Night train with Bob Stone']]);
  });

  it('counts an event with neither DTEND nor DURATION as zero hours', () => {
    expect(expansion.occurrences.find((occurrence) => occurrence.title === 'Call Ann Becker back')?.hours).toBe(0);
  });

  it('reads an all-day event as all-day', () => {
    const fair = expansion.occurrences.find((occurrence) => occurrence.title.startsWith('Trade fair'))!;
    expect([fair.date, fair.time, fair.allDay, fair.hours]).toEqual(['2025-05-10', null, true, 24]);
  });

  it('skips the cancelled event and the one the owner (X-WR-CALNAME) declined, and counts them', () => {
    expect(expansion.skipped).toEqual({ cancelled: 1, declined: 1 });
    expect(titled('Dinner with Ann Becker')).toEqual([]);
    expect(titled('Workshop')).toEqual([]);
  });

  it('lists attendees and the organizer without the owner, and finds the Meet link', () => {
    const sync = expansion.occurrences.find((occurrence) => occurrence.title === 'Quick sync')!;
    expect(sync.attendees).toEqual([{ name: '', email: 'carla@diaz.example' }]);
    expect(sync.videoCall).toBe(true);
    expect(sync.location).toBe('');
  });

  it('gives each occurrence the UID and its start in the series, in UTC', () => {
    const moved = expansion.occurrences.find((occurrence) => occurrence.title === 'Coffee (moved)')!;
    expect(moved.identity).toBe('4k2j8vq0coffee5s8b1r2m3n4o@google.com 2025-01-27T08:00:00Z');
    const lunch = expansion.occurrences.find((occurrence) => occurrence.title === 'Lunch with Bob Stone')!;
    expect(lunch.identity).toBe('7h1u9lunchbob0a8c7d6e5f4g3@google.com 2025-03-04T13:00:00Z');
    const fair = expansion.occurrences.find((occurrence) => occurrence.title.startsWith('Trade fair'))!;
    expect(fair.identity).toBe('3a1conferenceday7u6y5t4r@google.com 2025-05-10');
    expect(new Set(expansion.occurrences.map((occurrence) => occurrence.identity)).size).toBe(expansion.occurrences.length);
  });

  it('reads the same file with Windows line ends alike', () => {
    expect(expand(fixture('google').replace(/\n/g, '\r\n'))).toEqual(expansion);
  });

  it('sorts the occurrences by day and time', () => {
    const keys = expansion.occurrences.map((occurrence) => `${occurrence.date} ${occurrence.time ?? ''}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('an Outlook export', () => {
  const expansion = expand(fixture('outlook'));
  const titled = (title: string) => expansion.occurrences.filter((occurrence) => occurrence.title === title);

  it("resolves a Windows zone name by the file's own VTIMEZONE and keeps the true length across the change to winter time", () => {
    // 01:30 to 03:30 on the clock on 2025-10-26, when 03:00 became 02:00 again: 3 hours.
    expect(titled('Strategy night with Bob Stone').map(outline)).toEqual([['2025-10-26', '01:30', 3, 'Strategy night with Bob Stone']]);
  });

  it('expands BYDAY=TU,TH with COUNT and takes the length from DURATION', () => {
    expect(titled('Mastermind group').map(outline)).toEqual([
      ['2025-09-02', '18:00', 1.5, 'Mastermind group'],
      ['2025-09-04', '18:00', 1.5, 'Mastermind group'],
      ['2025-09-09', '18:00', 1.5, 'Mastermind group'],
      ['2025-09-11', '18:00', 1.5, 'Mastermind group'],
    ]);
  });

  it('takes a Teams meeting as a video call without a place', () => {
    const [call] = titled('Project call');
    expect([call.videoCall, call.location]).toEqual([true, '']);
    expect(call.attendees).toEqual([
      { name: 'Maria Networker', email: 'maria@networker.example' },
      { name: 'Dana Fox', email: 'dana@fox.example' },
    ]);
  });

  it('cannot tell the owner (Outlook does not say whose calendar it is), so skips nothing as declined', () => {
    expect(readCalendarFile(fixture('outlook')).owner).toBeNull();
    expect(expansion.skipped).toEqual({ cancelled: 0, declined: 0 });
  });
});

describe('an Apple Calendar export', () => {
  const expansion = expand(fixture('apple'));

  it('reads zoned times in their own zone, floating times as written and DURATION', () => {
    expect(expansion.occurrences.map(outline)).toEqual([
      ['2025-04-15', '09:30', 1.5, 'Breakfast with  ann   becker'],
      ['2025-05-20', '15:00', 1.25, 'Walk with Dana Fox'],
      ['2025-09-04', '19:00', 2, 'Book club with Anna'],
      ['2025-10-02', '19:00', 2, 'Book club with Anna'],
      ['2025-11-06', '19:00', 2, 'Book club with Anna'],
    ]);
  });

  it('keeps a floating start as written in the identity', () => {
    expect(expansion.occurrences[1].identity).toBe('1C2D3E4F-5A6B-7C8D-9E0F-A1B2C3D4E5F6 2025-05-20T15:00:00');
  });
});

describe('the period', () => {
  it('leaves out what lies before it and after today', () => {
    const all = expand(fixture('google'), 'all');
    expect(all.occurrences.some((occurrence) => occurrence.date === '2023-09-15')).toBe(true);
    const recent = expand(fixture('google'), 'last3Months');
    expect(recent.occurrences).toEqual([]);
    expect(recent.total).toBeGreaterThan(0);
  });

  it('counts months back from today, the same day excluded', () => {
    expect(periodDays('last12Months', TODAY)).toEqual({ from: '2024-12-02', to: '2025-12-01' });
    expect(periodDays('last3Months', '2025-05-31')).toEqual({ from: '2025-03-01', to: '2025-05-31' });
    expect(periodDays('all', TODAY)).toEqual({ from: null, to: TODAY });
  });

  it('stops an endless series at the end of the period', () => {
    const endless = fixture('apple').replace('RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=1TH', 'RRULE:FREQ=DAILY');
    const days = expandOccurrences(readCalendarFile(endless), periodDays('last12Months', TODAY)).occurrences.filter(
      (occurrence) => occurrence.title === 'Book club with Anna',
    );
    expect(days[days.length - 1].date).toBe(TODAY);
    expect(days).toHaveLength(89);
  });
});

describe('bad files', () => {
  const problem = (text: string) => {
    try {
      readCalendarFile(text);
    } catch (error) {
      return (error as ImportError).problem.kind;
    }
    return 'none';
  };

  it('tells a file that is no calendar, a cut-off one, a damaged one and an empty calendar apart', () => {
    expect(problem('Name,Date\nAnn,2025-01-01\n')).toBe('notCalendar');
    expect(problem('')).toBe('notCalendar');
    expect(problem(fixture('google').slice(0, 2000))).toBe('damaged');
    expect(problem('BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:2025\u0000\nEND:VCALENDAR\n')).toBe('damaged');
    expect(problem('BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nEND:VCALENDAR\n')).toBe(
      'emptyCalendar',
    );
  });

  it('accepts a byte-order mark before the calendar', () => {
    expect(problem(`\uFEFF${fixture('apple')}`)).toBe('none');
  });
});
