/** What typing into the preview's grid stores: numbers by the sheet functions' rule, dates by the dates module. */
import { parseNumericText } from '../../shared/cells';
import { serialFromIsoDate } from '../../shared/dates';
import { editText, formatNumber, parseDate, parseTyped } from '../../preview/format';

describe('typed numbers', () => {
  it('read a decimal point or comma, and thousands grouped where it cannot be misread, as the sheet functions do', () => {
    for (const [typed, number] of [
      ['12.5', 12.5],
      ['12,5', 12.5],
      [' -7 ', -7],
      [',5', 0.5],
      ['1.000,5', 1000.5],
      ['1,000.5', 1000.5],
      ['1.000.000', 1000000],
      ['1,000,000', 1000000],
    ] as const) {
      expect(parseTyped(typed)).toBe(number);
      expect(parseNumericText(typed)).toBe(number);
    }
  });

  it('read "1,000" and "1.000", which a sheet function refuses, with the separator as the decimal separator', () => {
    expect(parseNumericText('1,000')).toBe('unclearGrouping');
    expect(parseTyped('1,000')).toBe(1);
    expect(parseTyped('1.000')).toBe(1);
    expect(parseTyped('12,5 %')).toBe(0.125);
    expect(parseTyped('1.000,5%')).toBeCloseTo(10.005);
  });

  it('keep text that is no number as text', () => {
    for (const typed of ['1,00,0', '1.2.3', '12 5', '1e3', '%', 'twelve', '12,5 h']) expect(parseTyped(typed)).toBe(typed);
    expect(parseTyped('  ')).toBe('');
    expect(parseTyped('=A1')).toBe('=A1');
  });
});

describe('typed dates', () => {
  it('are calendar days as serials, year first or day first', () => {
    expect(parseTyped('2025-03-14')).toBe(serialFromIsoDate('2025-03-14'));
    expect(parseDate('2025-3-4')).toBe(serialFromIsoDate('2025-03-04'));
    expect(parseDate('14.03.2025')).toBe(serialFromIsoDate('2025-03-14'));
    expect(parseDate('14.03.25')).toBe(serialFromIsoDate('2025-03-14'));
    for (const bad of ['2025-02-30', '31.04.2025', '2025/03/14']) expect(parseDate(bad)).toBeNull();
  });

  it('show in the column format, and a serial beyond any date as a number instead of failing', () => {
    expect(formatNumber(45730.6, 'dd.mm.yyyy', 'de')).toBe('14.03.2025');
    expect(editText(45730, 'yyyy-mm-dd', 'en')).toBe('2025-03-14');
    expect(formatNumber(1e12, 'yyyy-mm-dd', 'en')).toBe('1000000000000');
    expect(editText(1e12, 'yyyy-mm-dd', 'en')).toBe('1000000000000');
  });
});
