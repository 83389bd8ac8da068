/**
 * The score and readiness footer below the questions: the live score (and
 * how many questions are still open), its band, and whether the partner is
 * referral-ready or what is still missing, by the core's rule (shared/checklist.ts)
 * with the ready rule of the tracker's Settings.
 */
import { checklistScore, isReferralReady, referralGap, scoreBand } from '../../checklist';
import type { ChecklistTexts } from '../../messages/checklist';
import { cardSettings } from '../../partner-outlook';
import type { PartnerSnapshot } from '../../port';
import { el, replaceChildren } from '../dom';
import type { Answer } from './state';

/** Shows the summary of `answers` for `partner` (by the ready rule of the tracker's Settings) in `box`. */
export function showScoreSummary(box: HTMLElement, answers: readonly Answer[], partner: PartnerSnapshot, texts: ChecklistTexts): void {
  const { hours } = partner;
  const { readyHours, readyScore } = cardSettings(partner);
  const score = checklistScore(answers.map((answer) => answer === true));
  const open = answers.filter((answer) => answer === null).length;
  const ready = hours !== null && isReferralReady(hours, score, readyHours, readyScore);
  const gap = referralGap(hours ?? 0, score, readyHours, readyScore);
  const rule = { hours: readyHours, score: readyScore };
  const band = scoreBand(score);
  replaceChildren(
    box,
    el(
      'p',
      { class: 'bs-score' },
      el('span', { class: 'bs-score-label' }, `${texts.scoreLabel}: `),
      el('strong', { class: 'bs-score-value' }, texts.score(score)),
      open > 0 ? el('span', { class: 'bs-open' }, ` · ${texts.stillOpen(open)}`) : null,
    ),
    el('p', { class: `bs-band bs-band-${band}` }, texts.band[band]),
    el(
      'p',
      { class: `bs-referral ${ready ? 'bs-ready' : 'bs-not-ready'}` },
      ready ? texts.referralReady(rule) : texts.referralMissing(hours === null ? null : gap.hoursMissing, gap.scoreMissing, rule),
    ),
  );
}
