import fc from 'fast-check';
import { catalogFunction } from '../../shared/catalog';
import { type CellResult, type FunctionResult, InputError } from '../../shared/cells';
import { RUNTIME_CALENDAR } from '../../shared/date-cells';
import { isoDateOfDay, isoDateOfSerial, serialFromIsoDate } from '../../shared/dates';
import { FORECAST_WINDOW_DAYS, daysToNextStage, stageForecast } from '../../shared/forecast';
import { problemMessage } from '../../shared/messages/functions';

const day = serialFromIsoDate;
const iso = (serial: number | undefined) => (serial === undefined ? undefined : isoDateOfSerial(serial));

/** Results with dates as YYYY-MM-DD and errors as their English message. */
function shown(result: FunctionResult): unknown {
  const show = (cell: CellResult) =>
    cell instanceof InputError ? `ERROR: ${problemMessage(cell.problem, 'en')}` : cell instanceof Date ? isoDateOfDay(cell) : cell;
  return Array.isArray(result) ? result.map((row) => row.map(show)) : show(result);
}
const run = (...args: unknown[]) => shown(catalogFunction('STAGEFORECAST').evaluate(args as never));

describe('the stage forecast', () => {
  it('is as_of plus the hours to go at the recent pace: 60 h, 15 h per 90 days, from 1 Jan 2026 is 30 Jun 2026', () => {
    expect(daysToNextStage(60, 15)).toBe(180);
    expect(iso(stageForecast(60, 15, day('2026-01-01')))).toBe('2026-06-30');
    expect(FORECAST_WINDOW_DAYS).toBe(90);
  });

  it('rounds up to whole days, without floating-point noise', () => {
    expect(daysToNextStage(89.9, 1)).toBe(9); // 0.1 h at 1/90 h a day: exactly 9 days
    expect(daysToNextStage(60, 7)).toBe(386); // 30 × 90 / 7 = 385.7…
    expect(daysToNextStage(49.7, 0.3)).toBe(90);
    expect(daysToNextStage(0, 50)).toBe(90);
  });

  it('follows the window and the thresholds', () => {
    expect(daysToNextStage(60, 15, 30)).toBe(60);
    expect(daysToNextStage(60, 15, 90, [43, 57, 119])).toBe(354); // 59 h to 119
  });

  it('is none at the top stage and without recent hours', () => {
    expect(stageForecast(200, 50, day('2026-01-01'))).toBeUndefined();
    expect(stageForecast(118, 50, day('2026-01-01'), 90, [43, 57, 100])).toBeUndefined();
    expect(stageForecast(60, 0, day('2026-01-01'))).toBeUndefined();
  });

  it('is none more than 10 years away, and a date up to exactly 10 years away', () => {
    // 1 h to go: 10 years from 1 Jan 2026 is 1 Jan 2036, 3652 days later.
    const from = day('2026-01-01');
    expect(iso(stageForecast(49, 90 / 3652, from))).toBe('2036-01-01');
    expect(stageForecast(49, 90 / 3653, from)).toBeUndefined();
    // From 29 Feb 2028, 10 years later is 1 Mar 2038.
    expect(iso(stageForecast(49, 90 / (day('2038-03-01') - day('2028-02-29')), day('2028-02-29')))).toBe('2038-03-01');
  });

  it('never comes earlier when the recent hours fall', () => {
    const never = Number.POSITIVE_INFINITY;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.integer({ min: 30_000, max: 60_000 }),
        fc.integer({ min: 1, max: 365 }),
        (hours, a, b, asOf, window) => {
          const faster = stageForecast(hours, Math.max(a, b), asOf, window) ?? never;
          const slower = stageForecast(hours, Math.min(a, b), asOf, window) ?? never;
          return slower >= faster;
        },
      ),
    );
  });

  it('never names a day before as_of', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 199.9, noNaN: true }), fc.double({ min: 0.01, max: 500, noNaN: true }), (hours, recent) => {
        const forecast = stageForecast(hours, recent, 46_023);
        return forecast === undefined || forecast > 46_023;
      }),
    );
  });
});

describe('STAGEFORECAST', () => {
  it('returns a date from a date or a serial, as Sheets and Excel pass them', () => {
    expect(run(60, 15, new Date(2026, 0, 1))).toBe('2026-06-30');
    expect(run(60, 15, day('2026-01-01'))).toBe('2026-06-30');
    expect(run(60, 15, day('2026-01-01') + 0.75)).toBe('2026-06-30');
    expect(run(60, 15, '2026-01-01')).toBe('2026-06-30');
    expect(catalogFunction('STAGEFORECAST').evaluate([60, 15, 46_023])).toEqual(RUNTIME_CALENDAR.dateOf(46_203));
  });

  it('takes the window and thresholds, blank meaning the defaults', () => {
    expect(run(60, 15, day('2026-01-01'), 30)).toBe('2026-03-02');
    expect(run(60, 15, day('2026-01-01'), '', '')).toBe('2026-06-30');
    expect(run(60, 15, day('2026-01-01'), null, [[43, 57, 119]])).toBe('2026-12-21');
  });

  it('is blank for blank hours, blank or zero recent hours, a blank as_of, the top stage and beyond 10 years', () => {
    expect(run('', 15, day('2026-01-01'))).toBe('');
    expect(run(60, '', day('2026-01-01'))).toBe('');
    expect(run(60, 0, day('2026-01-01'))).toBe('');
    expect(run(60, 15, '')).toBe('');
    expect(run(60, 15, 0)).toBe(''); // Excel desktop's blank cell in a range
    expect(run(250, 15, day('2026-01-01'))).toBe('');
    expect(run(60, 0.001, day('2026-01-01'))).toBe('');
  });

  it('maps ranges row by row with one as_of', () => {
    expect(run([[60], [''], [250], [10], ['x']], [[15], [15], [15], [0], [15]], day('2026-01-01'))).toEqual([
      ['2026-06-30'],
      [''],
      [''],
      [''],
      ['ERROR: hours must be a number of 0 or more, e.g. 12.5 (got "x")'],
    ]);
  });

  it.each([
    [[60, -1, 46_023], 'recent_hours must be a number of 0 or more, e.g. 90 (got -1)'],
    [[60, 'lots', 46_023], 'recent_hours must be a number of 0 or more, e.g. 90 (got "lots")'],
    [[60, 15, 'tomorrow'], 'as_of must be a date, e.g. 2026-11-02 (got "tomorrow")'],
    [[60, 15, -1], 'as_of must be a date, e.g. 2026-11-02 (got -1)'],
    [[60, 15, 0.5], 'as_of must be a date, e.g. 2026-11-02 (got 0.5)'],
    [[60, 15, true], 'as_of must be a date, e.g. 2026-11-02 (got true)'],
    [[60, 15, '2026-02-30'], 'as_of must be a date, e.g. 2026-11-02 (got "2026-02-30")'],
    [[60, 15, 46_023, 0], 'window_days must be a number above 0, e.g. 90 (got 0)'],
    [[60, 15, 46_023, 'month'], 'window_days must be a number above 0, e.g. 90 (got "month")'],
    [
      [60, 15, 46_023, 90, [[90, 50, 200]]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got 50 after 90)',
    ],
  ])('refuses %j: %s', (args, message) => {
    expect(run(...args)).toBe(`ERROR: ${message}`);
  });
});
