/**
 * Where a partnership is heading, as the checklist's partner card shows it:
 * the VCP phase, the stage forecast and the next step, by the same rules as
 * VCPPHASE, STAGEFORECAST and NEXTSTEP (vcp.ts, forecast.ts, next-step.ts),
 * with the tracker's Settings the snapshot carries (the defaults without
 * them), from a PartnerSnapshot (whose recent hours the host's read step
 * counts over the Settings' window: recentMeetingHours in checklist-tracker.ts).
 *
 * Rules:
 * - Without hours together there is no outlook (null), as the functions give
 *   blank for a blank partner row; with a setting that cannot be used there
 *   is none either (the card shows the setting's message, as the cells do).
 * - Blank referrals count as 0; a blank score or date is no checklist.
 */
import { isoDateOfSerial, serialFromIsoDate, type IsoDate } from './dates';
import { stageForecast } from './forecast';
import { nextStep, type NextStep } from './next-step';
import type { PartnerSnapshot } from './port';
import { STAGES, nextThresholdHours, stageLevel, type Stage } from './stages';
import { vcpPhase, type VcpPhase } from './vcp';
import { DEFAULT_CARD_SETTINGS, type CardSettings } from './card-settings';

/** The forecast: the day the next stage is reached at the recent pace, or why there is none. */
export type StageForecast =
  | { kind: 'date'; day: IsoDate; stage: Stage }
  /** At the highest stage: nothing to forecast. */
  | { kind: 'highest' }
  /** No hours in the window of `windowDays` days: no pace. */
  | { kind: 'noPace'; windowDays: number }
  /** More than ten years away at this pace. */
  | { kind: 'tooFar' }
  /** The recent hours could not be read. */
  | { kind: 'unknown' };

export interface PartnerOutlook {
  phase: VcpPhase;
  forecast: StageForecast;
  step: NextStep;
}

/** The settings a snapshot's card follows: its tracker's, else the defaults. */
export function cardSettings(partner: PartnerSnapshot): CardSettings {
  return partner.settings ?? DEFAULT_CARD_SETTINGS;
}

const serialOrUndefined = (date: IsoDate | null) => (date ? serialFromIsoDate(date) : undefined);

function forecastOf(hours: number, recentHours: number | null, asOf: number, settings: CardSettings): StageForecast {
  const { thresholds, forecastDays } = settings;
  const level = stageLevel(hours, thresholds);
  if (nextThresholdHours(level, thresholds) === undefined) return { kind: 'highest' };
  if (recentHours === null) return { kind: 'unknown' };
  if (!(recentHours > 0)) return { kind: 'noPace', windowDays: forecastDays };
  const day = stageForecast(hours, recentHours, asOf, forecastDays, thresholds);
  const iso = day === undefined ? null : isoDateOfSerial(day);
  return iso ? { kind: 'date', day: iso, stage: STAGES[level + 1] } : { kind: 'tooFar' };
}

/** The partner's VCP phase, forecast and next step as of the snapshot's day; null without hours together. */
export function partnerOutlook(partner: PartnerSnapshot): PartnerOutlook | null {
  const { hours } = partner;
  if (hours === null || partner.settingsProblem) return null;
  const settings = cardSettings(partner);
  const { thresholds } = settings;
  const asOf = serialFromIsoDate(partner.asOf);
  const score = partner.score ?? undefined;
  const referralsReceived = partner.referralsReceived ?? 0;
  return {
    phase: vcpPhase(hours, score, referralsReceived, thresholds),
    forecast: forecastOf(hours, partner.recentHours, asOf, settings),
    step: nextStep(
      {
        hours,
        score,
        checkedOn: serialOrUndefined(partner.checkedOn),
        nextContactDue: serialOrUndefined(partner.nextContactDue),
        referralsGiven: partner.referralsGiven ?? 0,
        referralsReceived,
      },
      asOf,
      { thresholds, renewalDays: settings.renewalDays, minHours: settings.readyHours, minScore: settings.readyScore },
    ),
  };
}
