/**
 * PARTNERHOURS and LASTCONTACT: meeting totals per partner by the one name
 * rule, bad meetings kept to their partner, shapes and host value kinds.
 */
import { CELL_ERROR_MARKER } from '../../shared/cell-errors';
import { InputError } from '../../shared/cells';
import { catalogFunction } from '../../shared/catalog';
import { problemMessage } from '../../shared/messages/functions';
import { partnerKey, samePartnerName } from '../../shared/partner-names';

const hours = (...args: unknown[]) => catalogFunction('PARTNERHOURS').evaluate(args as never);
const last = (...args: unknown[]) => catalogFunction('LASTCONTACT').evaluate(args as never);
const column = (...values: unknown[]) => values.map((value) => [value]);
const shown = (result: unknown) =>
  (result as unknown[][]).map((row) => row.map((cell) => (cell instanceof InputError ? problemMessage(cell.problem, 'en') : cell)));

describe('the partner name rule', () => {
  it('ignores spaces at the ends, runs of spaces and case, and nothing else', () => {
    expect(partnerKey('  Anna   Beispiel ')).toBe('anna beispiel');
    expect(samePartnerName('ANNA beispiel', 'anna  Beispiel')).toBe(true);
    expect(samePartnerName('Anna*', 'Anna Beispiel')).toBe(false);
    expect(samePartnerName('Anna\tB', 'Anna B')).toBe(false);
    expect(samePartnerName(7, '7')).toBe(true);
    expect(samePartnerName(7, '007')).toBe(false);
    expect(samePartnerName('', '')).toBe(false);
    expect(samePartnerName('  ', ' ')).toBe(false);
  });
});

describe('PARTNERHOURS with a day to count after (the recent hours)', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const partners = column('Ann', 'Bob', '', 'Cleo');
  const meetingPartners = column('Ann', 'Ann', 'Bob', 'Ann', 'Bob');
  const meetingHours = column(2, 3, 4, 5, 6);

  it('counts only meetings dated later than the day, Dates (Sheets) and serial numbers (Excel) alike', () => {
    const dates = column(day('2026-10-01'), day('2026-09-01'), day('2026-10-02'), '', day('2026-08-31'));
    expect(hours(partners, meetingPartners, meetingHours, dates, day('2026-09-01'))).toEqual(column(2, 4, '', 0));
    const serials = column(46296, 46266, 46297, null, 46265);
    expect(hours(partners, meetingPartners, meetingHours, serials, 46266)).toEqual(column(2, 4, '', 0));
  });

  it('counts every meeting when the day is blank, as without dates', () => {
    const dates = column(day('2026-10-01'), '', '', '', '');
    expect(hours(partners, meetingPartners, meetingHours, dates, '')).toEqual(column(10, 10, '', 0));
    expect(hours(partners, meetingPartners, meetingHours, dates, null)).toEqual(column(10, 10, '', 0));
  });

  it('keeps a bad date or bad hours to its partner, inside the window or not', () => {
    const dates = column(day('2026-10-01'), 'soon', day('2026-10-02'), '', day('2026-10-02'));
    const result = shown(hours(partners, meetingPartners, meetingHours, dates, day('2026-09-01')));
    expect(result[0][0]).toBe('a meeting with this partner has a date that is not a date (got "soon"): correct it in the meeting log');
    expect(result[1][0]).toBe(10);
    const badHours = shown(
      hours(column('Ann'), column('Ann', 'Ann'), column(1, -2), column(day('2026-10-01'), day('2020-01-01')), day('2026-09-01')),
    );
    expect(badHours[0][0]).toContain('hours that are not a number of 0 or more (got -2)');
  });

  it('refuses a day that is no single date, and dates of another shape, for the whole call', () => {
    const dates = column(day('2026-10-01'), '', '', '', '');
    for (const after of ['last month', -5, true, [[1, 2]]]) {
      const result = hours(partners, meetingPartners, meetingHours, dates, after);
      expect(result).toBeInstanceOf(InputError);
      expect(problemMessage((result as InputError).problem, 'en')).toMatch(/^after must be a date, e\.g\. 2026-11-02 \(got /);
    }
    expect(() => hours(partners, meetingPartners, meetingHours, column(day('2026-10-01')), day('2026-09-01'))).toThrow(InputError);
  });
});

describe('PARTNERHOURS', () => {
  it('adds the hours of each partner’s meetings, blank for a blank partner and 0 without meetings', () => {
    const result = hours(column('Ann', 'Bob', '', 'Cleo'), column('ann ', 'Bob', 'Ann', 'Bobby', ''), column(1.5, 2, 0.1, 99, 50));
    expect(result).toEqual(column(1.6, 2, '', 0));
  });

  it('carries no floating noise', () => {
    expect(hours('Ann', column('Ann', 'Ann'), column(0.1, 0.2))).toBe(0.3);
  });

  it('takes single cells as well as ranges', () => {
    expect(hours('Ann', 'Ann', 3)).toBe(3);
    expect(hours(column('Ann', 'Bob'), [['Ann', 'Bob']], [[3, 4]])).toEqual(column(3, 4));
  });

  it('keeps a bad meeting to its partner, with a message that says where to correct it', () => {
    const result = shown(hours(column('Ann', 'Bob'), column('Ann', 'Bob', 'Ann'), column(1, 2, 'two')));
    expect(result[0][0]).toBe(
      'a meeting with this partner has hours that are not a number of 0 or more (got "two"): correct it in the meeting log',
    );
    expect(result[1][0]).toBe(2);
    expect(shown(hours(column('Ann', 'Bob'), column('Ann', 'Bob'), column(-1, CELL_ERROR_MARKER)))[1][0]).toContain('"#ERROR!"');
  });

  it('lets a meeting whose partner cell is an error count for nobody, and shows an error partner cell as an error', () => {
    expect(hours(column('Ann'), column(CELL_ERROR_MARKER, 'Ann'), column(5, 1))).toEqual(column(1));
    const result = shown(hours(column(CELL_ERROR_MARKER, 'Ann'), column('Ann'), column(1)));
    expect(result).toEqual([['a cell this result reads holds an error: correct that cell'], [1]]);
  });

  it('refuses meeting ranges of different shapes for the whole call', () => {
    expect(() => hours('Ann', column('Ann', 'Bob'), column(1))).toThrow(InputError);
    expect(() => hours('Ann', [['Ann', 'Bob']], column(1, 2))).toThrow(InputError);
  });
});

describe('LASTCONTACT', () => {
  it('gives the latest date of each partner’s meetings as the cell holds it: a Date in Sheets, a serial in Excel', () => {
    const early = new Date(2026, 0, 5);
    const late = new Date(2026, 2, 1);
    expect(last(column('Ann', 'Bob'), column('Ann', 'ANN', 'Bob'), column(late, early, ''))).toEqual(column(late, ''));
    expect(last(column('Ann', 'Bob', ''), column('Ann', 'Ann', 'Bob'), column(46_000, 45_000, 45_500))).toEqual(column(46_000, 45_500, ''));
  });

  it('keeps a bad date to its partner', () => {
    const result = shown(last(column('Ann', 'Bob'), column('Ann', 'Bob'), column('soon', 45_000)));
    expect(result[0][0]).toBe('a meeting with this partner has a date that is not a date (got "soon"): correct it in the meeting log');
    expect(result[1][0]).toBe(45_000);
    expect(last('Ann', 'Ann', new Date(Number.NaN))).toBeInstanceOf(InputError);
  });
});
