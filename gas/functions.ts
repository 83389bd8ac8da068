/**
 * Sheet functions in Google Sheets: each catalog function evaluated and its
 * result shown as shared/function-results.ts says (a single bad value thrown,
 * a bad cell in a range as text starting with "#VALUE!").
 *
 * Dates: custom functions get date cells as Date objects and may return
 * them (https://developers.google.com/apps-script/guides/sheets/functions,
 * "Data types"). The day a Date stands for is the one it shows in the
 * spreadsheet's time zone (File › Settings), which may differ from the
 * script's: a date cell arrives as midnight there, as getValues gives it
 * (gas/checklist.ts reads dates the same way). So calendar days are read and
 * made in the spreadsheet's time zone, asked once per call and only when a
 * date is read or returned.
 */
import { CATALOG, type SheetFunction } from '../shared/catalog';
import type { CellInput } from '../shared/cells';
import { type Calendar, RUNTIME_CALENDAR } from '../shared/date-cells';
import { isoDateOfSerial, serialFromIsoDate } from '../shared/dates';
import { type SheetsResult, catalogResult, problemTexts, resultForSheets } from '../shared/function-results';
import { type Language, languageForLocale } from '../shared/language';

/** The spreadsheet's locale decides the language of error messages; asked only when one is shown. */
function messageLanguage(): Language {
  try {
    return languageForLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

function spreadsheetTimeZone(): string | null {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || null;
  } catch {
    return null;
  }
}

const DAY_PATTERN = 'yyyy-MM-dd';

/** Calendar days in the spreadsheet's time zone (the runtime's when it cannot be asked), each day converted once per call. */
export function spreadsheetCalendar(timeZone: () => string | null = spreadsheetTimeZone): Calendar {
  let zone: string | null | undefined;
  const serials = new Map<number, number>();
  const dates = new Map<number, Date>();
  const known = () => (zone === undefined ? (zone = timeZone()) : zone);
  return {
    serialOf(date) {
      const tz = known();
      if (!tz) return RUNTIME_CALENDAR.serialOf(date);
      let serial = serials.get(date.getTime());
      if (serial === undefined) serials.set(date.getTime(), (serial = serialFromIsoDate(Utilities.formatDate(date, tz, DAY_PATTERN))));
      return serial;
    },
    dateOf(serial) {
      const tz = known();
      const iso = tz ? isoDateOfSerial(serial) : null;
      if (!tz || !iso) return RUNTIME_CALENDAR.dateOf(serial);
      let date = dates.get(serial);
      if (!date) dates.set(serial, (date = Utilities.parseDate(iso, tz, DAY_PATTERN)));
      return date;
    },
  };
}

/** Evaluates a catalog function as a Sheets custom function. */
export function evaluateForSheets(
  fn: SheetFunction,
  args: readonly CellInput[],
  language = messageLanguage,
  calendar: Calendar = spreadsheetCalendar(),
): SheetsResult {
  return resultForSheets(catalogResult(fn, args, calendar), problemTexts(language));
}

/** One entry per catalog function, called by the generated top-level stubs. */
export const sheetFunctions: Record<string, (...args: CellInput[]) => SheetsResult> = {};
for (const fn of CATALOG) {
  sheetFunctions[fn.name] = (...args) => evaluateForSheets(fn, args);
}
