/**
 * The bond checklist: nine yes/no questions that test how strong the bond
 * with a referral partner is, and the referral-readiness rule.
 */
import type { Language } from './language';

export interface ChecklistQuestion {
  id: string;
  label: Record<Language, string>;
  help: Record<Language, string>;
}

export const CHECKLIST: readonly ChecklistQuestion[] = [
  {
    id: 'qualities',
    label: { en: 'I am convinced of their qualities', de: 'Ich bin von den Qualitäten überzeugt' },
    help: { en: 'You would vouch for the quality of their work.', de: 'Sie würden für die Qualität der Arbeit einstehen.' },
  },
  {
    id: 'trust',
    label: { en: 'They have my full trust', de: 'Die Person genießt mein volles Vertrauen' },
    help: { en: 'You trust them with your own clients and your name.', de: 'Sie vertrauen ihr Ihre Kunden und Ihren Namen an.' },
  },
  {
    id: 'expert',
    label: { en: 'I see them as an expert', de: 'Ich sehe sie als Expertin / Experten' },
    help: { en: 'In their field, they are the first person you would recommend.', de: 'In ihrem Fachgebiet ist sie Ihre erste Empfehlung.' },
  },
  {
    id: 'background',
    label: { en: 'I know their background', de: 'Ich kenne den Hintergrund' },
    help: { en: 'Their experience, career and customer philosophy.', de: 'Erfahrung, Werdegang und Kunden-Philosophie.' },
  },
  {
    id: 'coreBusiness',
    label: { en: 'I can describe their core business', de: 'Ich kann das Kerngeschäft beschreiben' },
    help: { en: 'You could explain to a client what they do and what sets them apart.', de: 'Sie könnten einem Kunden erklären, was sie tut und was sie auszeichnet.' },
  },
  {
    id: 'threeOffers',
    label: { en: 'I can name three of their offers', de: 'Mir fallen drei Angebote sofort ein' },
    help: { en: 'Three products or services, right away, without looking.', de: 'Drei Produkte oder Dienstleistungen, sofort und ohne nachzusehen.' },
  },
  {
    id: 'family',
    label: { en: 'I know their family members’ names', de: 'Ich kenne die Namen der Familie' },
    help: { en: 'Personal anchors for conversation: partner, children.', de: 'Persönliche Gesprächsanker: Partner, Kinder.' },
  },
  {
    id: 'lateCall',
    label: { en: 'I could call them at 10 pm', de: 'Ich könnte abends um 10 Uhr anrufen' },
    help: { en: 'If you urgently needed something, without feeling uneasy.', de: 'Wenn Sie dringend etwas bräuchten, ohne sich unwohl zu fühlen.' },
  },
  {
    id: 'enjoyTime',
    label: { en: 'I enjoy our time together', de: 'Ich verbringe gern Zeit mit der Person' },
    help: { en: 'Networking time with them is a pleasure, not a duty.', de: 'Gemeinsame (Netzwerk-)Zeit ist eine Freude, keine Pflicht.' },
  },
];

export const CHECKLIST_SIZE = CHECKLIST.length;

/** Misner: referrals start to flow once a partnership passes about 90 hours. */
export const REFERRAL_MIN_HOURS = 90;
/** Checklist score from which the bond is strong enough to refer. */
export const REFERRAL_MIN_SCORE = 7;

/** Number of yes answers. */
export function checklistScore(answers: readonly boolean[]): number {
  return answers.reduce((count, yes) => count + (yes ? 1 : 0), 0);
}

/** True when a partner has enough hours and a strong enough bond to be asked for referrals. */
export function isReferralReady(hours: number, score: number): boolean {
  return hours >= REFERRAL_MIN_HOURS && score >= REFERRAL_MIN_SCORE;
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
