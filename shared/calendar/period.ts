/**
 * The period whose meetings are imported. Rules:
 * - a choice counts whole months back from today, today included; the
 *   default is the last 12 months; "all" has no start;
 * - meetings after today are left out: they have not happened yet;
 * - an occurrence belongs to the period by its calendar day (as the import
 *   list shows it), so a day is in or out as a whole;
 * - the choice is remembered per document as its id; an unknown stored id
 *   gives the default.
 */
import { isIsoDate, type IsoDate } from '../dates';

export const PERIOD_CHOICES = ['last3Months', 'last6Months', 'last12Months', 'last24Months', 'all'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];
export const DEFAULT_PERIOD: PeriodChoice = 'last12Months';

const MONTHS: Record<Exclude<PeriodChoice, 'all'>, number> = { last3Months: 3, last6Months: 6, last12Months: 12, last24Months: 24 };

/** First and last calendar day of a period (both included); `from` is null for "all". */
export interface PeriodDays {
  from: IsoDate | null;
  to: IsoDate;
}

/** A stored or received choice, or the default when it is none. */
export function periodChoiceOf(value: unknown): PeriodChoice {
  return (PERIOD_CHOICES as readonly unknown[]).includes(value) ? (value as PeriodChoice) : DEFAULT_PERIOD;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** The days of a period ending today ("YYYY-MM-DD"). Going back from the 31st lands on the month's last day. */
export function periodDays(choice: PeriodChoice, today: IsoDate): PeriodDays {
  if (!isIsoDate(today)) throw new RangeError(`not a calendar date: ${String(today)}`);
  if (choice === 'all') return { from: null, to: today };
  const [year, month, day] = today.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) - MONTHS[choice];
  const fromYear = Math.floor(monthIndex / 12);
  const fromMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(fromYear, fromMonth, 0)).getUTCDate();
  // The day after the same day of that month: 12 months back from 2025-03-10 starts on 2024-03-11.
  const start = new Date(Date.UTC(fromYear, fromMonth - 1, Math.min(day, lastDay) + 1));
  return { from: `${pad(start.getUTCFullYear(), 4)}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`, to: today };
}

/** True when the day lies in the period. ISO dates compare as text. */
export function inPeriod(day: IsoDate, period: PeriodDays): boolean {
  return day <= period.to && (period.from === null || day >= period.from);
}
