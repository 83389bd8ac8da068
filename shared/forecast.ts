/**
 * The stage forecast: the day a partner reaches the next stage if the recent
 * pace holds. Pace is `recentHours` per `windowDays`; the days to go are
 * ⌈hours to the next stage ÷ pace⌉, counted from the day `asOf`.
 *
 * No forecast (undefined) at the highest stage, without recent hours, or when
 * the day would be more than FORECAST_HORIZON_YEARS away: a pace that slow
 * says "not at this pace", not a date.
 */
import { tidyNumber } from './cells';
import { serialYearsLater } from './dates';
import { HIGHEST_LEVEL, hoursToNextStage, stageLevel } from './stages';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

/** The days over which recent hours are counted, unless given. */
export const FORECAST_WINDOW_DAYS = 90;
/** Forecasts further away than this are none. */
export const FORECAST_HORIZON_YEARS = 10;

/**
 * Whole days until the next stage at the pace of `recentHours` per
 * `windowDays`; undefined at the highest stage or without recent hours.
 *
 * @example daysToNextStage(60, 15, 90) // 180: 30 hours to go at 15 hours per 90 days
 */
export function daysToNextStage(
  hours: number,
  recentHours: number,
  windowDays: number = FORECAST_WINDOW_DAYS,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): number | undefined {
  if (!(recentHours > 0) || stageLevel(hours, thresholds) === HIGHEST_LEVEL) return undefined;
  // Tidied first, so that 30 × 90 ÷ 15 is 180 days, never 180.00000000000003 rounded up to 181.
  return Math.ceil(tidyNumber((hoursToNextStage(hours, thresholds) * windowDays) / recentHours));
}

/**
 * The serial of the day the next stage is reached, counted from the serial
 * `asOf`; undefined when there is no forecast (see the header).
 *
 * @example stageForecast(60, 15, 46023) // 46203: 1 January 2026 + 180 days = 30 June 2026
 */
export function stageForecast(
  hours: number,
  recentHours: number,
  asOf: number,
  windowDays: number = FORECAST_WINDOW_DAYS,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): number | undefined {
  const days = daysToNextStage(hours, recentHours, windowDays, thresholds);
  if (days === undefined) return undefined;
  const day = Math.floor(asOf) + days;
  return day > horizonOf(Math.floor(asOf)) ? undefined : day;
}

/** The last day a forecast may name, kept for the last day counted from: a column shares one as_of. */
let horizonFrom = NaN;
let horizonTo = NaN;
function horizonOf(asOf: number): number {
  if (asOf !== horizonFrom) {
    horizonTo = serialYearsLater(asOf, FORECAST_HORIZON_YEARS);
    horizonFrom = asOf;
  }
  return horizonTo;
}
