/**
 * Dates as sheet functions read and return them. The rules work on serials
 * (whole days since 1899-12-30, dates.ts); only reading and the result touch
 * Dates.
 *
 * Rules for a date argument:
 * - a Date (Sheets hands date cells over as Dates), a serial of 1 or more
 *   (Excel hands dates over as numbers; a number in Sheets is taken the same
 *   way), or ISO text "YYYY-MM-DD"; the time of day is ignored;
 * - a blank cell is BLANK, and so is 0, which Excel desktop hands over for a
 *   blank cell in a range (no tracker date is 30 Dec 1899);
 * - anything else is an InputError naming the parameter.
 *
 * A Date's calendar day, and the Date for a calendar day, come from a
 * Calendar: by default the runtime's time zone, as dates.ts says; a host that
 * knows the document's time zone may pass its own.
 */
import { BLANK, type Blank, type CellValue, InputError, isBlank, isDate } from './cells';
import { isErrorText } from './cell-errors';
import { excelSerialDate, isoDateFromText, localDateOfSerial, serialFromIsoDate } from './dates';

export interface Calendar {
  /** The serial of the calendar day a Date shows. */
  serialOf(date: Date): number;
  /** A date result for a serial's calendar day: the Date that shows it, or the serial where dates are serials. */
  dateOf(serial: number): Date | number;
}

/** Dates in the runtime's time zone, returned as Dates. */
export const RUNTIME_CALENDAR: Calendar = { serialOf: excelSerialDate, dateOf: localDateOfSerial };

/** Dates returned as serials, for hosts that store them so (Excel, the preview's formula engine). */
export const SERIAL_CALENDAR: Calendar = { serialOf: excelSerialDate, dateOf: (serial) => serial };

/** 31 December 9999, the last day spreadsheets show. */
const LAST_SERIAL = 2_958_465;

/** A reader of the date argument `name`: the serial of its calendar day, BLANK, or the InputError. */
export function dateReader(name: string, calendar: Calendar): (value: CellValue) => number | Blank | InputError {
  return (value) => {
    if (typeof value === 'number') {
      if (value === 0) return BLANK;
      return value >= 1 && value <= LAST_SERIAL ? Math.floor(value) : new InputError({ kind: 'dateInvalid', name, value });
    }
    if (isDate(value)) {
      const time = value.getTime();
      return Number.isFinite(time) ? calendar.serialOf(value) : new InputError({ kind: 'dateInvalid', name, value });
    }
    if (isBlank(value)) return BLANK;
    if (isErrorText(value)) return new InputError({ kind: 'cellError', text: String(value) });
    const iso = isoDateFromText(value);
    return iso ? serialFromIsoDate(iso) : new InputError({ kind: 'dateInvalid', name, value });
  };
}

/** A reader of a date argument that may be blank: undefined for a blank cell. */
export function optionalDateReader(name: string, calendar: Calendar): (value: CellValue) => number | undefined | InputError {
  const read = dateReader(name, calendar);
  return (value) => {
    const day = read(value);
    return day === BLANK ? undefined : day;
  };
}
