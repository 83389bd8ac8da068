/**
 * The words a new tracker is written in, in English and German: sheet names,
 * column headers and the kinds of meeting (the example rows are in
 * tracker-examples.ts). Headers
 * in either language are recognised when a tracker is read, so a German user
 * can open an English tracker. Texts kept per key hold both languages side by
 * side, so each key is written once.
 */
import type { Language, Texts } from '../language';
import type { MeetingColumnKey, PartnerColumnKey, TrackerSheet } from '../tracker/columns';

export const SHEET_NAMES: Record<Language, Record<TrackerSheet, string>> = {
  en: { partners: 'Partners', meetings: 'Meetings', checks: 'Checks' },
  de: { partners: 'Partner', meetings: 'Treffen', checks: 'Checklisten' },
};

export const PARTNER_HEADERS: Record<PartnerColumnKey, Texts> = {
  partner: { en: 'Partner', de: 'Partner' },
  nextStep: { en: 'Next step', de: 'Nächster Schritt' },
  company: { en: 'Company', de: 'Firma' },
  profession: { en: 'Profession', de: 'Beruf' },
  email: { en: 'E-mail', de: 'E-Mail' },
  hoursTogether: { en: 'Hours together', de: 'Stunden gemeinsam' },
  recentHours: { en: 'Hours in the last 90 days', de: 'Stunden der letzten 90 Tage' },
  stage: { en: 'Stage', de: 'Stufe' },
  progress: { en: 'Progress', de: 'Fortschritt' },
  hoursToNext: { en: 'Hours to next stage', de: 'Stunden bis zur nächsten Stufe' },
  nextStageBy: { en: 'Next stage by', de: 'Nächste Stufe bis' },
  vcpPhase: { en: 'VCP phase', de: 'VCP-Phase' },
  lastContact: { en: 'Last contact', de: 'Letzter Kontakt' },
  contactEvery: { en: 'Contact every (days)', de: 'Kontakt alle (Tage)' },
  nextContactDue: { en: 'Next contact due', de: 'Nächster Kontakt fällig' },
  checklistScore: { en: 'Checklist score', de: 'Checklisten-Punkte' },
  checkedOn: { en: 'Checked on', de: 'Geprüft am' },
  referralReady: { en: 'Referral ready', de: 'Bereit für Empfehlungen' },
  referralsGiven: { en: 'Referrals given', de: 'Empfehlungen gegeben' },
  referralsReceived: { en: 'Referrals received', de: 'Empfehlungen erhalten' },
  givenBalance: { en: 'Givers Gain balance', de: 'Wer-gibt-gewinnt-Saldo' },
  notes: { en: 'Notes', de: 'Notizen' },
};

export const MEETING_HEADERS: Record<MeetingColumnKey, Texts> = {
  date: { en: 'Date', de: 'Datum' },
  partner: { en: 'Partner', de: 'Partner' },
  hours: { en: 'Hours', de: 'Stunden' },
  kind: { en: 'Kind', de: 'Art' },
  notes: { en: 'Notes', de: 'Notizen' },
  /** The calendar event a row was imported from (shared/calendar): its identity, so importing again adds nothing. */
  source: { en: 'Source', de: 'Quelle' },
};

export interface CheckHeaders {
  date: string;
  partner: string;
  score: string;
  /** The header of a checklist question's column: its number (from 1) and its label. */
  question(number: number, label: string): string;
}

export const CHECK_HEADERS: Record<Language, CheckHeaders> = {
  en: { date: 'Date', partner: 'Partner', score: 'Score', question: (number, label) => `Q${number} ${label}` },
  de: { date: 'Datum', partner: 'Partner', score: 'Punkte', question: (number, label) => `F${number} ${label}` },
};

/** The kinds of meeting offered in the Kind dropdown (other text is allowed), in the order examples refer to them. */
export const MEETING_KINDS: Record<Language, readonly string[]> = {
  en: ['One-to-one', 'Event', 'Call', 'Meal', 'Earlier time together'],
  de: ['Einzelgespräch', 'Veranstaltung', 'Telefonat', 'Essen', 'Frühere gemeinsame Zeit'],
};
