/**
 * What to do next with a partner: the first of five rules that applies.
 *
 * 1. meet: the next contact was due before `asOf` (overdue since that day);
 * 2. checklist: casual-friend hours or more, and no bond checklist yet or the
 *    last one more than `renewalDays` (180) days before `asOf`;
 * 3. askReferral: in the Credibility phase (vcp.ts) and referral ready
 *    (at least `minHours` hours and a score of `minScore`: 90 and 7);
 * 4. giveBack: at least 2 more referrals received than given (Givers Gain);
 * 5. keepMeeting: the hours to the next stage and its name; at the highest
 *    stage, no next stage (keep in touch).
 *
 * Days are serials (dates.ts). A checklist counts by its date: a score
 * without a date (typed by hand, or Excel desktop's 0 for a blank cell) is no
 * checklist, since its age is unknown.
 */
import { REFERRAL_MIN_HOURS, REFERRAL_MIN_SCORE, isReferralReady } from './checklist';
import { STAGES, type Stage, hoursToNextStage, nextThresholdHours, stageLevel } from './stages';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import { vcpPhase } from './vcp';

/** Days after which a bond checklist is due again. */
export const CHECKLIST_RENEWAL_DAYS = 180;
/** Referrals received beyond those given from which one should be given back. */
export const GIVE_BACK_SURPLUS = 2;

export const NEXT_STEP_KINDS = ['meet', 'checklist', 'askReferral', 'giveBack', 'keepMeeting'] as const;

export type NextStep =
  | { kind: 'meet'; overdueSince: number }
  | { kind: 'checklist' }
  | { kind: 'askReferral' }
  | { kind: 'giveBack' }
  | { kind: 'keepMeeting'; hoursToNext: number; nextStage: Stage | undefined };

/** What the rules read of a partner; optional values are blank cells. */
export interface PartnerStanding {
  hours: number;
  score?: number;
  checkedOn?: number;
  nextContactDue?: number;
  referralsGiven: number;
  referralsReceived: number;
}

/** The settings the rules follow; each defaults to the value the header names. */
export interface NextStepSettings {
  thresholds?: Thresholds;
  renewalDays?: number;
  minHours?: number;
  minScore?: number;
}

function checklistDue(partner: PartnerStanding, asOf: number, renewalDays: number): boolean {
  return partner.checkedOn === undefined || asOf - partner.checkedOn > renewalDays;
}

/**
 * The next step with a partner as of the serial `asOf`.
 *
 * @example nextStep({ hours: 60, referralsGiven: 0, referralsReceived: 0 }, 46023) // { kind: 'checklist' }
 */
export function nextStep(partner: PartnerStanding, asOf: number, settings: NextStepSettings = {}): NextStep {
  const thresholds = settings.thresholds ?? DEFAULT_THRESHOLDS;
  const { hours, score } = partner;
  if (partner.nextContactDue !== undefined && partner.nextContactDue < asOf) {
    return { kind: 'meet', overdueSince: partner.nextContactDue };
  }
  if (hours >= thresholds[0] && checklistDue(partner, asOf, settings.renewalDays ?? CHECKLIST_RENEWAL_DAYS)) {
    return { kind: 'checklist' };
  }
  if (
    score !== undefined &&
    vcpPhase(hours, score, partner.referralsReceived, thresholds) === 'credibility' &&
    isReferralReady(hours, score, settings.minHours ?? REFERRAL_MIN_HOURS, settings.minScore ?? REFERRAL_MIN_SCORE)
  ) {
    return { kind: 'askReferral' };
  }
  if (partner.referralsReceived - partner.referralsGiven >= GIVE_BACK_SURPLUS) return { kind: 'giveBack' };
  const level = stageLevel(hours, thresholds);
  const next = nextThresholdHours(level, thresholds);
  return {
    kind: 'keepMeeting',
    hoursToNext: hoursToNextStage(hours, thresholds),
    nextStage: next === undefined ? undefined : STAGES[level + 1],
  };
}
