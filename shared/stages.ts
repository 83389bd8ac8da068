/**
 * The stage model: how far a relationship has come, measured in cumulative
 * hours of time spent together.
 *
 * Thresholds from Jeffrey A. Hall, "How many hours does it take to make a
 * friend?", Journal of Social and Personal Relationships 36(4), 1278-1296
 * (online 2018), doi:10.1177/0265407518761225. They are averages from
 * self-reports, not guarantees.
 *
 * Fractions and hours it returns are rounded to 10 decimal places
 * (`tidyNumber`), so 89.9 hours are 0.1 hours from 90, not 0.09999999999999432.
 * Each function takes the thresholds (thresholds.ts), 50/90/200 unless given.
 */
import { tidyNumber } from './cells';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

/** The four stages in order, from level 0 to level 3. */
export const STAGES = ['acquaintance', 'casualFriend', 'friend', 'closeFriend'] as const;

export type Stage = (typeof STAGES)[number];
export type StageLevel = 0 | 1 | 2 | 3;

export const HIGHEST_LEVEL: StageLevel = 3;

/**
 * The stage level (0 to 3) for a number of hours.
 *
 * @example stageLevel(49.9) // 0
 * @example stageLevel(90) // 2
 */
export function stageLevel(hours: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): StageLevel {
  if (!(hours >= thresholds[0])) return 0;
  return hours < thresholds[1] ? 1 : hours < thresholds[2] ? 2 : 3;
}

/** The stage for a number of hours. */
export function stageOf(hours: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Stage {
  return STAGES[stageLevel(hours, thresholds)];
}

/** Hours at which the given level begins (0 for the first). */
export function levelStartHours(level: StageLevel, thresholds: Thresholds = DEFAULT_THRESHOLDS): number {
  return level === 0 ? 0 : thresholds[level - 1];
}

/** Hours at which the level after the given one begins, or undefined for the highest level. */
export function nextThresholdHours(level: StageLevel, thresholds: Thresholds = DEFAULT_THRESHOLDS): number | undefined {
  return level < HIGHEST_LEVEL ? (thresholds as readonly number[])[level] : undefined;
}

/**
 * Fraction of the way from the current stage's threshold to the next one,
 * from 0 to 1; 1 once the highest stage is reached.
 *
 * @example stageProgress(70) // 0.5, halfway from 50 to 90
 */
export function stageProgress(hours: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): number {
  const level = stageLevel(hours, thresholds);
  const next = nextThresholdHours(level, thresholds);
  if (next === undefined) return 1;
  const start = levelStartHours(level, thresholds);
  return tidyNumber((hours - start) / (next - start));
}

/**
 * Hours still needed to reach the next stage; 0 once the highest stage is reached.
 *
 * @example hoursToNextStage(70) // 20
 * @example hoursToNextStage(89.9) // 0.1
 */
export function hoursToNextStage(hours: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): number {
  const next = nextThresholdHours(stageLevel(hours, thresholds), thresholds);
  return next === undefined ? 0 : tidyNumber(next - hours);
}
