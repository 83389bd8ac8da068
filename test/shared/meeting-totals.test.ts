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
