/**
 * Misner's VCP process: Visibility (they know you), Credibility (they know
 * you are good), Profitability (they refer you). A partnership is
 * - in Profitability once at least one referral came from the partner;
 * - else in Credibility once the hours reach the friend threshold (90 by
 *   default) or the bond checklist scores REFERRAL_MIN_SCORE (7) or more;
 * - else in Visibility.
 */
import { REFERRAL_MIN_SCORE } from './checklist';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

export const VCP_PHASES = ['visibility', 'credibility', 'profitability'] as const;
export type VcpPhase = (typeof VCP_PHASES)[number];

/**
 * The VCP phase of a partnership; `score` is undefined without a checklist.
 *
 * @example vcpPhase(95, undefined, 0) // 'credibility'
 */
export function vcpPhase(
  hours: number,
  score: number | undefined,
  referralsReceived: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): VcpPhase {
  if (referralsReceived >= 1) return 'profitability';
  if (hours >= thresholds[1] || (score !== undefined && score >= REFERRAL_MIN_SCORE)) return 'credibility';
  return 'visibility';
}
