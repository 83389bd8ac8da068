/**
 * The settings the checklist's partner card follows and their defaults, the
 * values a tracker without a Settings sheet has. Kept apart from their
 * reading (tracker/card-settings.ts) so the checklist pages, which only show
 * a snapshot the host read, carry none of the Settings sheet's texts.
 */
import { REFERRAL_MIN_HOURS, REFERRAL_MIN_SCORE } from './checklist';
import { FORECAST_WINDOW_DAYS } from './forecast';
import { CHECKLIST_RENEWAL_DAYS } from './next-step';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

/** The settings the partner card follows. */
export interface CardSettings {
  thresholds: Thresholds;
  readyHours: number;
  readyScore: number;
  forecastDays: number;
  renewalDays: number;
}

export const DEFAULT_CARD_SETTINGS: CardSettings = {
  thresholds: DEFAULT_THRESHOLDS,
  readyHours: REFERRAL_MIN_HOURS,
  readyScore: REFERRAL_MIN_SCORE,
  forecastDays: FORECAST_WINDOW_DAYS,
  renewalDays: CHECKLIST_RENEWAL_DAYS,
};
