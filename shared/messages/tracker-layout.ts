/**
 * The words a new tracker is written in, in English and German: sheet names,
 * column headers, the kinds of meeting, and the example rows' texts. Headers
 * in either language are recognised when a tracker is read, so a German user
 * can open an English tracker.
 */
import type { Language } from '../language';
import type { ExampleMeetingNote, ExampleProfession } from '../tracker/examples';
import type { MeetingColumnKey, PartnerColumnKey, TrackerSheet } from '../tracker/columns';

export const SHEET_NAMES: Record<Language, Record<TrackerSheet, string>> = {
  en: { partners: 'Partners', meetings: 'Meetings', checks: 'Checks' },
  de: { partners: 'Partner', meetings: 'Treffen', checks: 'Checklisten' },
};

export const PARTNER_HEADERS: Record<Language, Record<PartnerColumnKey, string>> = {
  en: {
    partner: 'Partner',
    company: 'Company',
    profession: 'Profession',
    hoursTogether: 'Hours together',
    stage: 'Stage',
    progress: 'Progress',
    hoursToNext: 'Hours to next stage',
    lastContact: 'Last contact',
    contactEvery: 'Contact every (days)',
    nextContactDue: 'Next contact due',
    checklistScore: 'Checklist score',
    checkedOn: 'Checked on',
    referralReady: 'Referral ready',
    referralsGiven: 'Referrals given',
    referralsReceived: 'Referrals received',
    notes: 'Notes',
  },
  de: {
    partner: 'Partner',
    company: 'Firma',
    profession: 'Beruf',
    hoursTogether: 'Stunden gemeinsam',
    stage: 'Stufe',
    progress: 'Fortschritt',
    hoursToNext: 'Stunden bis zur nächsten Stufe',
    lastContact: 'Letzter Kontakt',
    contactEvery: 'Kontakt alle (Tage)',
    nextContactDue: 'Nächster Kontakt fällig',
    checklistScore: 'Checklisten-Punkte',
    checkedOn: 'Geprüft am',
    referralReady: 'Bereit für Empfehlungen',
    referralsGiven: 'Empfehlungen gegeben',
    referralsReceived: 'Empfehlungen erhalten',
    notes: 'Notizen',
  },
};

export const MEETING_HEADERS: Record<Language, Record<MeetingColumnKey, string>> = {
  en: { date: 'Date', partner: 'Partner', hours: 'Hours', kind: 'Kind', notes: 'Notes' },
  de: { date: 'Datum', partner: 'Partner', hours: 'Stunden', kind: 'Art', notes: 'Notizen' },
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

export interface ExampleTexts {
  /** The Notes cell of every example partner. */
  partnerNote: string;
  professions: Record<ExampleProfession, string>;
  meetingNotes: Record<ExampleMeetingNote, string>;
}

export const EXAMPLE_TEXTS: Record<Language, ExampleTexts> = {
  en: {
    partnerNote: 'Example: delete when no longer needed',
    professions: { taxAdviser: 'Tax adviser', printer: 'Printer', estateAgent: 'Estate agent', itConsultant: 'IT consultant' },
    meetingNotes: {
      firstOneToOne: 'First one-to-one',
      breakfastAndWorkshop: 'Chapter breakfast and workshop',
      before55: 'Before the tracker: about 55 h',
      lunch: 'Lunch',
      before88: 'Before the tracker: about 88 h',
      oneToOneAtOffice: 'One-to-one at her office',
      tradeFair: 'Trade fair',
      beforeYears: 'Before the tracker: years of chapter work',
      weekendSeminar: 'Weekend seminar',
    },
  },
  de: {
    partnerNote: 'Beispiel: löschen, wenn nicht mehr gebraucht',
    professions: { taxAdviser: 'Steuerberaterin', printer: 'Drucker', estateAgent: 'Immobilienmaklerin', itConsultant: 'IT-Berater' },
    meetingNotes: {
      firstOneToOne: 'Erstes Einzelgespräch',
      breakfastAndWorkshop: 'Frühstückstreffen und Workshop',
      before55: 'Vor der Liste: etwa 55 h',
      lunch: 'Mittagessen',
      before88: 'Vor der Liste: etwa 88 h',
      oneToOneAtOffice: 'Einzelgespräch in ihrem Büro',
      tradeFair: 'Messe',
      beforeYears: 'Vor der Liste: Jahre im Chapter',
      weekendSeminar: 'Wochenendseminar',
    },
  },
};
