/**
 * The example partners and meetings a new tracker can start with, at
 * different stages, so every column shows working: their names and
 * companies (the same in every language), and their professions and notes
 * in English and German. Notes that tell earlier hours agree with those
 * hours. Dates count back from the day of creation (tracker/examples.ts).
 */
import type { Texts } from '../language';

export interface ExamplePartner {
  partner: string;
  company: string;
  profession: Texts;
  contactEvery: number;
  /** The latest bond check: its nine answers in CHECKLIST order, and how long ago it was made. */
  check?: { answers: readonly boolean[]; daysAgo: number };
  referralsGiven: number;
  referralsReceived: number;
}

export interface ExampleMeeting {
  daysAgo: number;
  partner: string;
  hours: number;
  /** Index into MEETING_KINDS (tracker-layout.ts). */
  kind: number;
  notes: Texts;
}

/** The Notes cell of every example partner. */
export const EXAMPLE_PARTNER_NOTE: Texts = {
  en: 'Example: delete when no longer needed',
  de: 'Beispiel: löschen, wenn nicht mehr gebraucht',
};

export const EXAMPLE_PARTNERS: readonly ExamplePartner[] = [
  {
    partner: 'Anna Beispiel',
    company: 'Beispiel Steuerberatung',
    profession: { en: 'Tax adviser', de: 'Steuerberaterin' },
    contactEvery: 14,
    referralsGiven: 0,
    referralsReceived: 0,
  },
  {
    partner: 'Ben Example',
    company: 'Example Print Ltd',
    profession: { en: 'Printer', de: 'Drucker' },
    contactEvery: 30,
    check: { answers: [true, true, true, false, true, true, false, false, false], daysAgo: 20 },
    referralsGiven: 1,
    referralsReceived: 0,
  },
  {
    partner: 'Clara Muster',
    company: 'Muster Immobilien',
    profession: { en: 'Estate agent', de: 'Immobilienmaklerin' },
    contactEvery: 21,
    check: { answers: [true, true, true, true, true, true, true, false, true], daysAgo: 5 },
    referralsGiven: 3,
    referralsReceived: 2,
  },
  {
    partner: 'David Sample',
    company: 'Sample IT Services',
    profession: { en: 'IT consultant', de: 'IT-Berater' },
    contactEvery: 30,
    check: { answers: [true, true, true, true, true, true, true, true, true], daysAgo: 60 },
    referralsGiven: 6,
    referralsReceived: 7,
  },
];

/** Meetings for the example partners. Hours: Anna 6, Ben 60, Clara 95, David 212. */
export const EXAMPLE_MEETINGS: readonly ExampleMeeting[] = [
  { daysAgo: 9, partner: 'Anna Beispiel', hours: 1.5, kind: 0, notes: { en: 'First one-to-one', de: 'Erstes Einzelgespräch' } },
  {
    daysAgo: 2,
    partner: 'Anna Beispiel',
    hours: 4.5,
    kind: 1,
    notes: { en: 'Chapter breakfast and workshop', de: 'Frühstückstreffen und Workshop' },
  },
  {
    daysAgo: 120,
    partner: 'Ben Example',
    hours: 55,
    kind: 4,
    notes: { en: 'Before the tracker: about 55 h', de: 'Vor der Liste: etwa 55 h' },
  },
  { daysAgo: 45, partner: 'Ben Example', hours: 5, kind: 3, notes: { en: 'Lunch', de: 'Mittagessen' } },
  {
    daysAgo: 200,
    partner: 'Clara Muster',
    hours: 88,
    kind: 4,
    notes: { en: 'Before the tracker: about 88 h', de: 'Vor der Liste: etwa 88 h' },
  },
  {
    daysAgo: 12,
    partner: 'Clara Muster',
    hours: 2,
    kind: 0,
    notes: { en: 'One-to-one at her office', de: 'Einzelgespräch in ihrem Büro' },
  },
  { daysAgo: 4, partner: 'Clara Muster', hours: 5, kind: 1, notes: { en: 'Trade fair', de: 'Messe' } },
  {
    daysAgo: 365,
    partner: 'David Sample',
    hours: 200,
    kind: 4,
    notes: { en: 'Before the tracker: years of chapter work', de: 'Vor der Liste: Jahre im Chapter' },
  },
  { daysAgo: 40, partner: 'David Sample', hours: 12, kind: 1, notes: { en: 'Weekend seminar', de: 'Wochenendseminar' } },
];
