// Formatting and editing of cell contents in the preview grid.
/**
 * preview/format.ts: what typing into a cell stores, and how a stored value
 * is shown in the tracker's number formats in English and German.
 */
import { editText, formatBoolean, formatNumber, isDatePattern, parseDate, parseTyped } from '../../preview/format';

/** Excel's day numbers: 1899-12-31 is 1, 1900-03-01 is 61 (Sheets counts alike). */
const MARCH_14_2025 = 45730;

describe('typed dates', () => {
  it('are read as YYYY-MM-DD or DD.MM.YYYY (two-digit years in this century) and stored as day numbers', () => {
    expect(parseDate('1899-12-31')).toBe(1);
    expect(parseDate('1900-03-01')).toBe(61);
    expect(parseDate('2025-03-14')).toBe(MARCH_14_2025);
    expect(parseDate(' 14.03.2025 ')).toBe(MARCH_14_2025);
    expect(parseDate('14.3.25')).toBe(MARCH_14_2025);
    expect(parseDate('2025-3-14')).toBe(MARCH_14_2025);
  });

  it('must be real calendar days in one of those forms', () => {
    for (const text of [
      '2025-02-29',
      '2024-13-01',
      '31.04.2025',
      '00.01.2025',
      '14/03/2025',
      '2025-03-14T10:00',
      'March 14',
      '',
      '45730',
    ]) {
      expect(parseDate(text)).toBeNull();
    }
    expect(parseDate('2024-02-29')).toBe(parseDate('2024-02-28')! + 1);
  });
});

describe('typed input', () => {
  it.each<[string, string | number | boolean]>([
    ['', ''],
    ['   ', ''],
    ['=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['  =A1 ', '=A1'],
    ['=', '='],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['-3', -3],
    ['+4', 4],
    [',5', 0.5],
    ['7.', 7],
    ['50%', 0.5],
    ['12,5 %', 0.125],
    ['2025-03-14', MARCH_14_2025],
    ['14.03.2025', MARCH_14_2025],
    ['TRUE', true],
    ['wahr', true],
    ['Falsch', false],
    ['  Anna Beispiel  ', 'Anna Beispiel'],
    ['2025-02-30', '2025-02-30'],
    ['1,000.5', 1000.5],
    ['1.2.3', '1.2.3'],
    ['12 h', '12 h'],
    ['yes', 'yes'],
  ])('%p is stored as %p', (typed, stored) => {
    expect(parseTyped(typed)).toBe(stored);
  });
});

describe('shown values', () => {
  it('follow the column’s number format and the sheet’s language', () => {
    expect(formatNumber(12.25, '0.0', 'en')).toBe('12.3');
    expect(formatNumber(12.25, '0.0', 'de')).toBe('12,3');
    expect(formatNumber(1234.5, '0.0', 'en')).toBe('1234.5');
    expect(formatNumber(6.6, '0', 'de')).toBe('7');
    expect(formatNumber(0.456, '0%', 'en')).toBe('46%');
    expect(formatNumber(0.456, '0%', 'de')).toBe('46 %');
    expect(formatNumber(MARCH_14_2025, 'yyyy-mm-dd', 'de')).toBe('2025-03-14');
    expect(formatNumber(MARCH_14_2025 + 0.75, 'dd.mm.yyyy', 'en')).toBe('14.03.2025');
  });

  it('show other numbers with up to ten significant digits and no grouping', () => {
    expect(formatNumber(1 / 3, 'General', 'en')).toBe('0.3333333333');
    expect(formatNumber(1234567.5, 'General', 'de')).toBe('1234567,5');
  });

  it('write TRUE and FALSE in the sheet’s language', () => {
    expect([formatBoolean(true, 'en'), formatBoolean(false, 'en'), formatBoolean(true, 'de'), formatBoolean(false, 'de')]).toEqual([
      'TRUE',
      'FALSE',
      'WAHR',
      'FALSCH',
    ]);
  });

  it('know the date formats', () => {
    expect(['yyyy-mm-dd', 'DD.MM.YYYY'].map(isDatePattern)).toEqual([true, true]);
    expect(['0.0', 'General', 'dd/mm/yyyy', 'yyyy-mm-dd hh:mm'].map(isDatePattern)).toEqual([false, false, false, false]);
  });
});

describe('editing a cell', () => {
  it('shows its content as it would be typed again, so editing without a change keeps it', () => {
    const cases: [string | number | boolean, string, 'en' | 'de', string][] = [
      [12.5, '0.0', 'de', '12,5'],
      [12.5, '0.0', 'en', '12.5'],
      [MARCH_14_2025, 'dd.mm.yyyy', 'de', '14.03.2025'],
      [MARCH_14_2025, 'yyyy-mm-dd', 'en', '2025-03-14'],
      [true, 'General', 'de', 'WAHR'],
      ['=A1+1', 'General', 'en', '=A1+1'],
      ['Clara Muster', 'General', 'en', 'Clara Muster'],
    ];
    for (const [content, pattern, language, text] of cases) {
      expect(editText(content, pattern, language)).toBe(text);
      expect(parseTyped(editText(content, pattern, language))).toBe(content);
    }
  });
});
