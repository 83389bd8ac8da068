/**
 * What a spreadsheet does between the keyboard, the cell and the screen, for
 * the number formats the tracker uses: typed text becomes a number, date,
 * boolean, formula or text, and cell values are shown in the sheet's format
 * and locale (decimal comma and dd.mm.yyyy for German).
 */
import { UNCLEAR_GROUPING, parseNumericText } from '../shared/cells';
import { isoDateOfSerial, serialOfCalendarDay } from '../shared/dates';
import type { Language } from '../shared/language';

/** What a cell holds as the spreadsheet stores it: dates are serial numbers (days since 1899-12-30), formulas start with "=". */
export type CellContent = string | number | boolean;

/**
 * Year-first dates as people type them: 2025-03-14, and as in a spreadsheet
 * also 2025-3-14. Typing is more lenient than ISO text, whose one pattern is
 * ISO_DATE in shared/dates.ts (two-digit month and day, as the port carries dates).
 */
const TYPED_YEAR_FIRST_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const TWO_SEPARATORS = /[.,].*[.,]/;

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, wahr: true, falsch: false };

/** A typed date (2025-03-14 or 14.03.2025) as a serial number, or null. */
export function parseDate(text: string): number | null {
  const trimmed = text.trim();
  let match = TYPED_YEAR_FIRST_DATE.exec(trimmed);
  if (match) return serialOfCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DOTTED_DATE.exec(trimmed);
  if (match) {
    const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return serialOfCalendarDay(year, Number(match[2]), Number(match[1]));
  }
  return null;
}

/**
 * A typed number, by the sheet functions' rule for numeric text
 * (parseNumericText in shared/cells.ts): "12.5", "12,5", "1.000,5" and
 * "1,000.5". One difference: "1,000" and "1.000", which a sheet function
 * refuses because it cannot ask what was meant, are read with the separator
 * as the decimal separator, as the preview always has: a typed cell must hold
 * something, and the preview takes either separator in either language.
 */
function typedNumber(text: string): number | null {
  const number = parseNumericText(text);
  if (typeof number === 'number') return number;
  if (number === UNCLEAR_GROUPING && !TWO_SEPARATORS.test(text)) return Number(text.trim().replace(',', '.'));
  return null;
}

/**
 * The content of a cell after typing `text` into it, as a spreadsheet reads
 * input: blank, a formula, a number (decimal point or comma), a percentage, a
 * date, TRUE/FALSE (WAHR/FALSCH), or else the text itself.
 */
export function parseTyped(text: string): CellContent {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (trimmed.startsWith('=') && trimmed.length > 1) return trimmed;
  const number = typedNumber(trimmed);
  if (number !== null) return number;
  const fraction = trimmed.endsWith('%') ? typedNumber(trimmed.slice(0, -1)) : null;
  if (fraction !== null) return fraction / 100;
  const date = parseDate(trimmed);
  if (date !== null) return date;
  const word = BOOLEAN_WORDS[trimmed.toLowerCase()];
  if (word !== undefined) return word;
  return text.trim();
}

function localeOf(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-US';
}

function fixed(value: number, digits: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}

function general(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { maximumSignificantDigits: 10, useGrouping: false }).format(value);
}

/** A serial as the date pattern shows it; null beyond the years a date can have. */
function dateText(serial: number, pattern: string): string | null {
  const iso = isoDateOfSerial(serial);
  if (iso === null) return null;
  const [year, month, day] = iso.split('-');
  return pattern.replace(/yyyy/i, year).replace(/mm/i, month).replace(/dd/i, day);
}

const DATE_PATTERN = /^(?:yyyy-mm-dd|dd\.mm\.yyyy)$/i;

/** True for the number formats that show a date. */
export function isDatePattern(pattern: string): boolean {
  return DATE_PATTERN.test(pattern);
}

/** A serial as "mmm yyyy" shows it: the month's short name and the year, in the sheet's language (Dec 2026, Dez. 2026). */
function monthText(serial: number, language: Language): string | null {
  const iso = isoDateOfSerial(serial);
  if (iso === null) return null;
  const [year, month] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, 1));
  return new Intl.DateTimeFormat(localeOf(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A number as a cell with the given number format shows it. */
export function formatNumber(value: number, pattern: string, language: Language): string {
  if (isDatePattern(pattern)) return dateText(value, pattern) ?? general(value, language);
  if (pattern === 'mmm yyyy') return monthText(value, language) ?? general(value, language);
  switch (pattern) {
    case '0':
      return fixed(value, 0, language);
    case '0.0':
      return fixed(value, 1, language);
    case '0%':
      return `${fixed(value * 100, 0, language)}${language === 'de' ? ' %' : '%'}`;
    default:
      return general(value, language);
  }
}

/** TRUE/FALSE as the sheet's language writes them. */
export function formatBoolean(value: boolean, language: Language): string {
  if (language === 'de') return value ? 'WAHR' : 'FALSCH';
  return value ? 'TRUE' : 'FALSE';
}

/** The text of a cell content as the user would type it again (for editing). */
export function editText(content: CellContent, pattern: string, language: Language): string {
  if (typeof content === 'number') {
    if (isDatePattern(pattern)) return dateText(content, pattern) ?? String(content);
    return String(content).replace('.', language === 'de' ? ',' : '.');
  }
  if (typeof content === 'boolean') return formatBoolean(content, language);
  return content;
}
