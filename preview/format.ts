/**
 * What a spreadsheet does between the keyboard, the cell and the screen, for
 * the number formats the tracker uses: typed text becomes a number, date,
 * boolean, formula or text, and cell values are shown in the sheet's format
 * and locale (decimal comma and dd.mm.yyyy for German).
 */
import type { Language } from '../shared/language';

/** What a cell holds as the spreadsheet stores it: dates are serial numbers (days since 1899-12-30), formulas start with "=". */
export type CellContent = string | number | boolean;

const DAY_MS = 86400000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The serial number of a calendar date, or null when it is no real date. */
export function serialOfDate(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round((ms - SERIAL_EPOCH_MS) / DAY_MS);
}

/** "YYYY-MM-DD" of a serial number (the time of day is ignored). */
export function isoOfSerial(serial: number): string {
  return new Date(SERIAL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Today's serial number where the user is. */
export function todaySerial(now = new Date()): number {
  return serialOfDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const PERCENT = /^([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*%$/;

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, wahr: true, falsch: false };

/** A typed date (2025-03-14 or 14.03.2025) as a serial number, or null. */
export function parseDate(text: string): number | null {
  const trimmed = text.trim();
  let match = ISO_DATE.exec(trimmed);
  if (match) return serialOfDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DOTTED_DATE.exec(trimmed);
  if (match) {
    const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return serialOfDate(year, Number(match[2]), Number(match[1]));
  }
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
  if (NUMBER.test(trimmed)) return Number(trimmed.replace(',', '.'));
  const percent = PERCENT.exec(trimmed);
  if (percent) return Number(percent[1].replace(',', '.')) / 100;
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

function dateText(serial: number, pattern: string): string {
  const [year, month, day] = isoOfSerial(serial).split('-');
  return pattern
    .replace(/yyyy/i, year)
    .replace(/mm/i, month)
    .replace(/dd/i, day);
}

const DATE_PATTERN = /^(?:yyyy-mm-dd|dd\.mm\.yyyy)$/i;

/** True for the number formats that show a date. */
export function isDatePattern(pattern: string): boolean {
  return DATE_PATTERN.test(pattern);
}

/** A number as a cell with the given number format shows it. */
export function formatNumber(value: number, pattern: string, language: Language): string {
  if (isDatePattern(pattern)) return dateText(value, pattern);
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
    if (isDatePattern(pattern)) return dateText(content, pattern);
    return String(content).replace('.', language === 'de' ? ',' : '.');
  }
  if (typeof content === 'boolean') return formatBoolean(content, language);
  return content;
}
