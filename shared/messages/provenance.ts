/**
 * Where each computed column of the Partners sheet takes its value from, in
 * English and German, keyed by the partner column key (shared/tracker.ts).
 *
 * Rules: one short sentence per column, naming the sheet or columns it reads
 * by their headers in the tracker's language (and the Settings sheet when it
 * reads a setting) and the sheet function that computes it; the function name is passed in, since Excel prefixes it
 * (NETWORK.BONDSTAGE) and Sheets does not.
 */
import { REFERRAL_MIN_HOURS, REFERRAL_MIN_SCORE } from '../checklist';
import type { Language } from '../language';
import { PARTNER_COLUMNS, SHEET_NAMES, type ComputedColumnKey, type PartnerColumnKey } from '../tracker';
import { SETTINGS_SHEET_NAMES } from './tracker-settings';

export type { ComputedColumnKey };

/** A sheet function's name as the host shows it, e.g. BONDSTAGE or NETWORK.BONDSTAGE. */
export type FunctionName = (name: string) => string;

type ProvenanceTexts = Record<ComputedColumnKey, (fn: FunctionName) => string>;

function header(key: PartnerColumnKey, language: Language): string {
  return PARTNER_COLUMNS.find((column) => column.key === key)!.header[language];
}

const en = (key: PartnerColumnKey) => header(key, 'en');
const de = (key: PartnerColumnKey) => `„${header(key, 'de')}“`;

export const PROVENANCE_TEXTS: Record<Language, ProvenanceTexts> = {
  en: {
    nextStep: (fn) =>
      `From ${en('hoursTogether')}, ${en('checklistScore')}, ${en('checkedOn')}, ${en('nextContactDue')} and the referrals, ` +
      `by ${fn('NEXTSTEP')}: the first of meet, do the checklist, ask for a referral, give one back, keep meeting.`,
    hoursTogether: () => `From ${SHEET_NAMES.en.meetings}: the hours of this partner’s meetings, added up.`,
    recentHours: (fn) =>
      `From ${SHEET_NAMES.en.meetings}, by ${fn('PARTNERHOURS')}: the hours of this partner’s meetings in the days set on ${SETTINGS_SHEET_NAMES.en}.`,
    stage: (fn) => `From ${en('hoursTogether')}, by ${fn('BONDSTAGE')}, with the thresholds on ${SETTINGS_SHEET_NAMES.en}.`,
    progress: (fn) => `From ${en('hoursTogether')}, by ${fn('BONDPROGRESS')}: how far this partner is on the way to the next stage.`,
    hoursToNext: (fn) => `From ${en('hoursTogether')}, by ${fn('HOURSTONEXT')}: the hours still needed for the next stage.`,
    nextStageBy: (fn) =>
      `From ${en('hoursTogether')} and ${en('recentHours')}, by ${fn('STAGEFORECAST')}: when the next stage is reached at this pace.`,
    vcpPhase: (fn) => `From ${en('hoursTogether')}, ${en('checklistScore')} and ${en('referralsReceived')}, by ${fn('VCPPHASE')}.`,
    lastContact: () => `From ${SHEET_NAMES.en.meetings}: the date of this partner’s latest meeting.`,
    nextContactDue: () => `From ${en('lastContact')} + ${en('contactEvery')}.`,
    referralReady: (fn) =>
      `From ${en('hoursTogether')} and ${en('checklistScore')}, by ${fn('REFERRALREADY')}: ` +
      `TRUE from the hours and score set on ${SETTINGS_SHEET_NAMES.en} (${REFERRAL_MIN_HOURS} and ${REFERRAL_MIN_SCORE} at first).`,
    givenBalance: () => `${en('referralsGiven')} − ${en('referralsReceived')}.`,
  },
  de: {
    nextStep: (fn) =>
      `Aus ${de('hoursTogether')}, ${de('checklistScore')}, ${de('checkedOn')}, ${de('nextContactDue')} und den Empfehlungen, ` +
      `mit ${fn('NEXTSTEP')}: das Erste aus treffen, Checkliste ausfüllen, um eine Empfehlung bitten, eine zurückgeben, weiter treffen.`,
    hoursTogether: () => `Aus „${SHEET_NAMES.de.meetings}“: die Stunden der Treffen mit diesem Partner, zusammengezählt.`,
    recentHours: (fn) =>
      `Aus „${SHEET_NAMES.de.meetings}“, mit ${fn('PARTNERHOURS')}: die Stunden der Treffen mit diesem Partner in den Tagen, die in „${SETTINGS_SHEET_NAMES.de}“ eingestellt sind.`,
    stage: (fn) => `Aus ${de('hoursTogether')}, mit ${fn('BONDSTAGE')}, nach den Schwellenwerten in „${SETTINGS_SHEET_NAMES.de}“.`,
    progress: (fn) => `Aus ${de('hoursTogether')}, mit ${fn('BONDPROGRESS')}: wie weit dieser Partner auf dem Weg zur nächsten Stufe ist.`,
    hoursToNext: (fn) => `Aus ${de('hoursTogether')}, mit ${fn('HOURSTONEXT')}: die Stunden, die bis zur nächsten Stufe noch fehlen.`,
    nextStageBy: (fn) =>
      `Aus ${de('hoursTogether')} und ${de('recentHours')}, mit ${fn('STAGEFORECAST')}: wann die nächste Stufe bei diesem Tempo erreicht ist.`,
    vcpPhase: (fn) => `Aus ${de('hoursTogether')}, ${de('checklistScore')} und ${de('referralsReceived')}, mit ${fn('VCPPHASE')}.`,
    lastContact: () => `Aus „${SHEET_NAMES.de.meetings}“: das Datum des letzten Treffens mit diesem Partner.`,
    nextContactDue: () => `Aus ${de('lastContact')} + ${de('contactEvery')}.`,
    referralReady: (fn) =>
      `Aus ${de('hoursTogether')} und ${de('checklistScore')}, mit ${fn('REFERRALREADY')}: ` +
      `WAHR ab den Stunden und Punkten, die in „${SETTINGS_SHEET_NAMES.de}“ stehen (anfangs ${REFERRAL_MIN_HOURS} und ${REFERRAL_MIN_SCORE}).`,
    givenBalance: () => `${de('referralsGiven')} − ${de('referralsReceived')}.`,
  },
};

function isComputedColumnKey(key: string): key is ComputedColumnKey {
  return Object.prototype.hasOwnProperty.call(PROVENANCE_TEXTS.en, key);
}

/**
 * Where the values of a Partners column come from, or null for a column the
 * person fills in. `fn` names the sheet functions as the host shows them.
 */
export function provenanceOf(key: string, language: Language, fn: FunctionName = (name) => name): string | null {
  return isComputedColumnKey(key) ? PROVENANCE_TEXTS[language][key](fn) : null;
}
