/**
 * Where each computed column of the Partners sheet takes its value from, in
 * English and German, keyed by the partner column key (shared/tracker.ts).
 *
 * Rules: one short sentence per column, naming the sheet or columns it reads
 * by their headers in the tracker's language and the sheet function that
 * computes it; the function name is passed in, since Excel prefixes it
 * (NETWORK.BONDSTAGE) and Sheets does not.
 */
import { REFERRAL_MIN_HOURS, REFERRAL_MIN_SCORE } from '../checklist';
import type { Language } from '../language';
import { PARTNER_COLUMNS, SHEET_NAMES, type PartnerColumnKey } from '../tracker';

/** The computed columns of the Partners sheet: those with a formula in shared/tracker.ts's PARTNER_FORMULAS. */
export type ComputedColumnKey = 'hoursTogether' | 'stage' | 'progress' | 'hoursToNext' | 'lastContact' | 'nextContactDue' | 'referralReady';

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
    hoursTogether: () => `From ${SHEET_NAMES.en.meetings}: the hours of this partner’s meetings, added up.`,
    stage: (fn) => `From ${en('hoursTogether')}, by ${fn('BONDSTAGE')}.`,
    progress: (fn) => `From ${en('hoursTogether')}, by ${fn('BONDPROGRESS')}: how far this partner is on the way to the next stage.`,
    hoursToNext: (fn) => `From ${en('hoursTogether')}, by ${fn('HOURSTONEXT')}: the hours still needed for the next stage.`,
    lastContact: () => `From ${SHEET_NAMES.en.meetings}: the date of this partner’s latest meeting.`,
    nextContactDue: () => `From ${en('lastContact')} + ${en('contactEvery')}.`,
    referralReady: (fn) =>
      `From ${en('hoursTogether')} and ${en('checklistScore')}, by ${fn('REFERRALREADY')}: ` +
      `TRUE from ${REFERRAL_MIN_HOURS} hours and a score of ${REFERRAL_MIN_SCORE} or more.`,
  },
  de: {
    hoursTogether: () => `Aus „${SHEET_NAMES.de.meetings}“: die Stunden der Treffen mit diesem Partner, zusammengezählt.`,
    stage: (fn) => `Aus ${de('hoursTogether')}, mit ${fn('BONDSTAGE')}.`,
    progress: (fn) => `Aus ${de('hoursTogether')}, mit ${fn('BONDPROGRESS')}: wie weit dieser Partner auf dem Weg zur nächsten Stufe ist.`,
    hoursToNext: (fn) => `Aus ${de('hoursTogether')}, mit ${fn('HOURSTONEXT')}: die Stunden, die bis zur nächsten Stufe noch fehlen.`,
    lastContact: () => `Aus „${SHEET_NAMES.de.meetings}“: das Datum des letzten Treffens mit diesem Partner.`,
    nextContactDue: () => `Aus ${de('lastContact')} + ${de('contactEvery')}.`,
    referralReady: (fn) =>
      `Aus ${de('hoursTogether')} und ${de('checklistScore')}, mit ${fn('REFERRALREADY')}: ` +
      `WAHR ab ${REFERRAL_MIN_HOURS} Stunden und mindestens ${REFERRAL_MIN_SCORE} Punkten.`,
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
