/**
 * Where a partnership is heading, as the checklist's partner card shows it:
 * the VCP phase, the stage forecast and the next step, by the same rules as
 * VCPPHASE, STAGEFORECAST and NEXTSTEP (vcp.ts, forecast.ts, next-step.ts),
 * with their default settings, from a PartnerSnapshot (whose recent hours
 * the host's read step counts: recentMeetingHours in checklist-tracker.ts).
 *
 * Rules:
 * - Without hours together there is no outlook (null), as the functions give
 *   blank for a blank partner row.
 * - Blank referrals count as 0; a blank score or date is no checklist.
 */
import { isoDateOfSerial, serialFromIsoDate, type IsoDate } from './dates';
import { stageForecast } from './forecast';
import { nextStep, type NextStep } from './next-step';
import type { PartnerSnapshot } from './port';
import { STAGES, nextThresholdHours, stageLevel, type Stage } from './stages';
import { vcpPhase, type VcpPhase } from './vcp';

/** The forecast: the day the next stage is reached at the recent pace, or why there is none. */
export type StageForecast =
  | { kind: 'date'; day: IsoDate; stage: Stage }
  /** At the highest stage: nothing to forecast. */
  | { kind: 'highest' }
  /** No hours in the window: no pace. */
  | { kind: 'noPace' }
  /** More than ten years away at this pace. */
  | { kind: 'tooFar' }
  /** The recent hours could not be read. */
  | { kind: 'unknown' };

export interface PartnerOutlook {
  phase: VcpPhase;
  forecast: StageForecast;
  step: NextStep;
}

const serialOrUndefined = (date: IsoDate | null) => (date ? serialFromIsoDate(date) : undefined);

function forecastOf(hours: number, recentHours: number | null, asOf: number): StageForecast {
  const level = stageLevel(hours);
  if (nextThresholdHours(level) === undefined) return { kind: 'highest' };
  if (recentHours === null) return { kind: 'unknown' };
  if (!(recentHours > 0)) return { kind: 'noPace' };
  const day = stageForecast(hours, recentHours, asOf);
  const iso = day === undefined ? null : isoDateOfSerial(day);
  return iso ? { kind: 'date', day: iso, stage: STAGES[level + 1] } : { kind: 'tooFar' };
}

/** The partner's VCP phase, forecast and next step as of the snapshot's day; null without hours together. */
export function partnerOutlook(partner: PartnerSnapshot): PartnerOutlook | null {
  const { hours } = partner;
  if (hours === null) return null;
  const asOf = serialFromIsoDate(partner.asOf);
  const score = partner.score ?? undefined;
  const referralsReceived = partner.referralsReceived ?? 0;
  return {
    phase: vcpPhase(hours, score, referralsReceived),
    forecast: forecastOf(hours, partner.recentHours, asOf),
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
    ),
  };
}
