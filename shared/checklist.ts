/**
 * The bond checklist: nine yes/no questions that test how strong the bond
 * with a referral partner is, and the referral-readiness rule.
 */

/** The questions in the order they are asked, answered and stored; their texts are in messages/checklist-questions.ts. */
export const CHECKLIST = [
  { id: 'qualities' },
  { id: 'trust' },
  { id: 'expert' },
  { id: 'background' },
  { id: 'coreBusiness' },
  { id: 'threeOffers' },
  { id: 'family' },
  { id: 'lateCall' },
  { id: 'enjoyTime' },
] as const satisfies readonly { id: string }[];

export type QuestionId = (typeof CHECKLIST)[number]['id'];
export type ChecklistQuestion = (typeof CHECKLIST)[number];

export const CHECKLIST_SIZE = CHECKLIST.length;

/** Misner: referrals start to flow once a partnership passes about 90 hours. */
export const REFERRAL_MIN_HOURS = 90;
/** Checklist score from which the bond is strong enough to refer. */
export const REFERRAL_MIN_SCORE = 7;

/** Number of yes answers. */
export function checklistScore(answers: readonly boolean[]): number {
  return answers.reduce((count, yes) => count + (yes ? 1 : 0), 0);
}

/** True when a partner has enough hours and a strong enough bond to be asked for referrals (by default 90 hours and 7 of 9). */
export function isReferralReady(hours: number, score: number, minHours = REFERRAL_MIN_HOURS, minScore = REFERRAL_MIN_SCORE): boolean {
  return hours >= minHours && score >= minScore;
}

/** What still stands between a partner and referral readiness. */
export interface ReferralGap {
  hoursMissing: number;
  scoreMissing: number;
}

export function referralGap(hours: number, score: number): ReferralGap {
  return {
    hoursMissing: Math.max(0, REFERRAL_MIN_HOURS - hours),
    scoreMissing: Math.max(0, REFERRAL_MIN_SCORE - score),
  };
}

/** A coarse reading of a score, for the words shown beside it. */
export type ScoreBand = 'weak' | 'growing' | 'strong';

export function scoreBand(score: number): ScoreBand {
  if (score >= REFERRAL_MIN_SCORE) return 'strong';
  if (score >= 4) return 'growing';
  return 'weak';
}
