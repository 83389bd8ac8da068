/** The one dates module: serials, Dates and ISO text, the same in every time zone. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import {
  ISO_DATE,
  dayBefore,
  excelSerialDate,
  isIsoDate,
  isoDateFromSerial,
  isoDateFromText,
  isoDateOfDay,
  isoDateOfSerial,
  serialFromIsoDate,
  serialOfCalendarDay,
  timeOfSerial,
  todaySerial,
  utcDateOfIsoDate,
} from '../../shared/dates';

const ROOT = path.join(__dirname, '../..');

describe('serials and ISO dates', () => {
  it('count days from 1899-12-30 as Excel and Sheets do', () => {
    expect(serialOfCalendarDay(1899, 12, 30)).toBe(0);
    expect(serialOfCalendarDay(1970, 1, 1)).toBe(25569);
    expect(serialFromIsoDate('1900-03-01')).toBe(61);
    expect(serialFromIsoDate('2025-03-14')).toBe(45730);
    expect(isoDateOfSerial(45730)).toBe('2025-03-14');
    expect(isoDateOfSerial(0)).toBe('1899-12-30');
    expect(timeOfSerial(25569)).toBe(0);
  });

  it('drop the time of day of a serial', () => {
    expect(isoDateOfSerial(45730.99)).toBe('2025-03-14');
    expect(isoDateFromSerial(45730.5)).toBe('2025-03-14');
  });

  it('round-trip every calendar day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 109574 }), (serial) => {
        const iso = isoDateOfSerial(serial)!;
        expect(isIsoDate(iso)).toBe(true);
        expect(serialFromIsoDate(iso)).toBe(serial);
        const [year, month, day] = iso.split('-').map(Number);
        expect(serialOfCalendarDay(year, month, day)).toBe(serial);
        expect(excelSerialDate(new Date(year, month - 1, day))).toBe(serial);
        expect(utcDateOfIsoDate(iso)!.toISOString()).toBe(`${iso}T00:00:00.000Z`);
      }),
    );
  });

  it('have one ISO pattern, which only real calendar days pass', () => {
    expect(ISO_DATE.test('2025-03-14')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2025-02-30',
      '2025-13-01',
      '2025-00-10',
      '2025-3-14',
      ' 2025-03-14',
      '14.03.2025',
      20250314,
      null,
      undefined,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(serialOfCalendarDay(2025, 2, 30)).toBeNull();
    expect(utcDateOfIsoDate('2025-02-30')).toBeNull();
  });

  it('refuse to turn text that is no calendar date into a serial, rather than writing a wrong one', () => {
    expect(() => serialFromIsoDate('2025-02-30')).toThrow(RangeError);
    expect(() => serialFromIsoDate('14.03.2025')).toThrow('not a calendar date written YYYY-MM-DD: 14.03.2025');
  });
});

describe('reading date cells', () => {
  it('reads a serial of 1 or more as its calendar day, and nothing else', () => {
    expect(isoDateFromSerial(1)).toBe('1899-12-31');
    for (const bad of [0, -5, 0.5, NaN, Infinity, '45730', true, null, new Date(2025, 2, 14)]) expect(isoDateFromSerial(bad)).toBeNull();
  });

  it('gives no date, rather than failing, for a serial beyond the years a date can hold', () => {
    expect(isoDateFromSerial(1e12)).toBeNull();
    expect(isoDateOfSerial(-1e12)).toBeNull();
  });

  it('reads ISO text typed as text, spaces around ignored, and only real days', () => {
    expect(isoDateFromText(' 2025-03-14 ')).toBe('2025-03-14');
    for (const bad of ['2025-02-30', '2025-3-14', '14.03.2025', 'soon', 45730, null]) expect(isoDateFromText(bad)).toBeNull();
  });
});

describe('Dates', () => {
  it('take the calendar day they show, whatever the time of day', () => {
    expect(excelSerialDate(new Date(2025, 2, 14, 0, 0))).toBe(45730);
    expect(excelSerialDate(new Date(2025, 2, 14, 23, 59, 59))).toBe(45730);
    expect(todaySerial(new Date(2025, 2, 14, 12))).toBe(45730);
    expect(isoDateOfDay(new Date(2025, 2, 14, 23, 59))).toBe('2025-03-14');
    expect(isoDateOfDay(new Date(NaN))).toBe('');
  });

  it('count days back by the calendar, at local midnight', () => {
    const before = dayBefore(new Date(2025, 2, 14, 18, 30), 10);
    expect([before.getFullYear(), before.getMonth(), before.getDate(), before.getHours()]).toEqual([2025, 2, 4, 0]);
    expect(excelSerialDate(dayBefore(new Date(2025, 0, 5), 365))).toBe(serialFromIsoDate('2024-01-06'));
  });
});

/**
 * Runs the dates module in a fresh Node process with the given TZ (Node reads
 * it when the process starts: https://nodejs.org/api/cli.html#tz) and returns
 * what it computed.
 */
function inTimeZone(timeZone: string): Record<string, unknown> {
  const script = `
    const { importTypeScript } = await import(${JSON.stringify(path.join(ROOT, 'scripts/build/catalog.mjs'))});
    const d = await importTypeScript('shared/dates.ts');
    const midnight = new Date(2025, 2, 14);
    const lateEvening = new Date(2025, 2, 14, 23, 30);
    const acrossDaylightSaving = [new Date(2025, 3, 10), new Date(2025, 2, 12), new Date(2025, 9, 1), new Date(2025, 10, 5)];
    console.log(JSON.stringify({
      offsetMinutes: new Date(2025, 0, 15).getTimezoneOffset(),
      midnight: d.excelSerialDate(midnight),
      lateEvening: d.excelSerialDate(lateEvening),
      today: d.todaySerial(lateEvening),
      isoToday: d.isoDateOfDay(lateEvening),
      iso: d.isoDateOfSerial(45730.75),
      fromCell: d.isoDateFromSerial(45730),
      serial: d.serialFromIsoDate('2025-03-14'),
      utc: d.utcDateOfIsoDate('2025-03-14').toISOString(),
      daysBack: acrossDaylightSaving.map((day) => [1, 30, 200].map((n) => d.excelSerialDate(day) - d.excelSerialDate(d.dayBefore(day, n)))),
      midnights: acrossDaylightSaving.map((day) => d.dayBefore(day, 30).getHours()),
      // Every day of two years as a Date: local midnight showing that day, also on the days the offset changes.
      localDaysAmiss: Array.from({ length: 731 }, (_, i) => 45658 + i).filter((serial) => {
        const date = d.localDateOfSerial(serial);
        return d.excelSerialDate(date) !== serial || date.getHours() !== 0 || date.getMinutes() !== 0;
      }),
      tenYearsLater: [d.serialYearsLater(45658, 10), d.serialYearsLater(d.serialFromIsoDate('2028-02-29'), 10)],
    }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('in every time zone', () => {
  // Auckland is UTC+13 in January (daylight saving ends 6 April 2025); Los Angeles UTC-8 (starts 9 March, ends 2 November).
  it.each([
    ['Pacific/Auckland', -780],
    ['America/Los_Angeles', 480],
    ['UTC', 0],
    ['Asia/Kolkata', -330],
  ])('%s gives the same calendar days', (timeZone, offsetMinutes) => {
    const results = inTimeZone(timeZone);
    expect(results.offsetMinutes).toBe(offsetMinutes);
    expect(results).toEqual({
      offsetMinutes,
      midnight: 45730,
      lateEvening: 45730,
      today: 45730,
      isoToday: '2025-03-14',
      iso: '2025-03-14',
      fromCell: '2025-03-14',
      serial: 45730,
      utc: '2025-03-14T00:00:00.000Z',
      daysBack: [
        [1, 30, 200],
        [1, 30, 200],
        [1, 30, 200],
        [1, 30, 200],
      ],
      midnights: [0, 0, 0, 0],
      localDaysAmiss: [],
      tenYearsLater: [45658 + 3652, serialFromIsoDate('2038-03-01')],
    });
  });
});
