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
 */
import { tidyNumber } from './cells';

/** Hours at which each stage after the first begins: casual friend, friend, close friend. */
export const STAGE_THRESHOLDS: readonly number[] = [50, 90, 200];

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
export function stageLevel(hours: number): StageLevel {
  let level = 0;
  while (level < STAGE_THRESHOLDS.length && hours >= STAGE_THRESHOLDS[level]) level++;
  return level as StageLevel;
}

/** The stage for a number of hours. */
export function stageOf(hours: number): Stage {
  return STAGES[stageLevel(hours)];
}

/** Hours at which the given level begins (0 for the first). */
export function levelStartHours(level: StageLevel): number {
  return level === 0 ? 0 : STAGE_THRESHOLDS[level - 1];
}

/** Hours at which the level after the given one begins, or undefined for the highest level. */
export function nextThresholdHours(level: StageLevel): number | undefined {
  return level < HIGHEST_LEVEL ? STAGE_THRESHOLDS[level] : undefined;
}

/**
 * Fraction of the way from the current stage's threshold to the next one,
 * from 0 to 1; 1 once the highest stage is reached.
 *
 * @example stageProgress(70) // 0.5, halfway from 50 to 90
 */
export function stageProgress(hours: number): number {
  const level = stageLevel(hours);
  const next = nextThresholdHours(level);
  if (next === undefined) return 1;
  const start = levelStartHours(level);
  return tidyNumber((hours - start) / (next - start));
}

/**
 * Hours still needed to reach the next stage; 0 once the highest stage is reached.
 *
 * @example hoursToNextStage(70) // 20
 * @example hoursToNextStage(89.9) // 0.1
 */
export function hoursToNextStage(hours: number): number {
  const next = nextThresholdHours(stageLevel(hours));
  return next === undefined ? 0 : tidyNumber(next - hours);
}
