/**
 * The example partners and meetings a new tracker can start with, at
 * different stages, so every column shows working. Names and companies are
 * the same in every language; professions and notes are in
 * messages/tracker-layout.ts. Dates count back from the day of creation.
 */
import { checklistScore } from '../checklist';
import { dayBefore } from '../dates';
import type { Language } from '../language';
import { EXAMPLE_MEETING_NOTES, EXAMPLE_PARTNER_NOTE, EXAMPLE_PROFESSIONS, MEETING_KINDS } from '../messages/tracker-layout';
import { PARTNER_COLUMNS, type PartnerColumnKey, type TrackerCell } from './columns';

export type ExampleProfession = 'taxAdviser' | 'printer' | 'estateAgent' | 'itConsultant';
export type ExampleMeetingNote =
  | 'firstOneToOne'
  | 'breakfastAndWorkshop'
  | 'before55'
  | 'lunch'
  | 'before88'
  | 'oneToOneAtOffice'
  | 'tradeFair'
  | 'beforeYears'
  | 'weekendSeminar';

export interface ExamplePartner {
  partner: string;
  company: string;
  profession: ExampleProfession;
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
  /** Index into MEETING_KINDS. */
  kind: number;
  notes: ExampleMeetingNote;
}

export const EXAMPLE_PARTNERS: readonly ExamplePartner[] = [
  { partner: 'Anna Beispiel', company: 'Beispiel Steuerberatung', profession: 'taxAdviser', contactEvery: 14, referralsGiven: 0, referralsReceived: 0 },
  { partner: 'Ben Example', company: 'Example Print Ltd', profession: 'printer', contactEvery: 30, check: { answers: [true, true, true, false, true, true, false, false, false], daysAgo: 20 }, referralsGiven: 1, referralsReceived: 0 },
  { partner: 'Clara Muster', company: 'Muster Immobilien', profession: 'estateAgent', contactEvery: 21, check: { answers: [true, true, true, true, true, true, true, false, true], daysAgo: 5 }, referralsGiven: 3, referralsReceived: 2 },
  { partner: 'David Sample', company: 'Sample IT Services', profession: 'itConsultant', contactEvery: 30, check: { answers: [true, true, true, true, true, true, true, true, true], daysAgo: 60 }, referralsGiven: 6, referralsReceived: 7 },
];

/** Meetings for the example partners. Hours: Anna 6, Ben 60, Clara 95, David 212. */
export const EXAMPLE_MEETINGS: readonly ExampleMeeting[] = [
  { daysAgo: 9, partner: 'Anna Beispiel', hours: 1.5, kind: 0, notes: 'firstOneToOne' },
  { daysAgo: 2, partner: 'Anna Beispiel', hours: 4.5, kind: 1, notes: 'breakfastAndWorkshop' },
  { daysAgo: 120, partner: 'Ben Example', hours: 55, kind: 4, notes: 'before55' },
  { daysAgo: 45, partner: 'Ben Example', hours: 5, kind: 3, notes: 'lunch' },
  { daysAgo: 200, partner: 'Clara Muster', hours: 88, kind: 4, notes: 'before88' },
  { daysAgo: 12, partner: 'Clara Muster', hours: 2, kind: 0, notes: 'oneToOneAtOffice' },
  { daysAgo: 4, partner: 'Clara Muster', hours: 5, kind: 1, notes: 'tradeFair' },
  { daysAgo: 365, partner: 'David Sample', hours: 200, kind: 4, notes: 'beforeYears' },
  { daysAgo: 40, partner: 'David Sample', hours: 12, kind: 1, notes: 'weekendSeminar' },
];

/** The input cells of the example partner rows, in PARTNER_COLUMNS order; computed cells are "". */
export function examplePartnerRows(language: Language, today: Date): TrackerCell[][] {
  return EXAMPLE_PARTNERS.map((example) => {
    const input: Partial<Record<PartnerColumnKey, TrackerCell>> = {
      partner: example.partner,
      company: example.company,
      profession: EXAMPLE_PROFESSIONS[example.profession][language],
      contactEvery: example.contactEvery,
      checklistScore: example.check ? checklistScore(example.check.answers) : '',
      checkedOn: example.check ? dayBefore(today, example.check.daysAgo) : '',
      referralsGiven: example.referralsGiven,
      referralsReceived: example.referralsReceived,
      notes: EXAMPLE_PARTNER_NOTE[language],
    };
    return PARTNER_COLUMNS.map((column) => input[column.key] ?? '');
  });
}

/** The example partners' latest checks, in CHECK_COLUMNS order: they agree with the score and date in the Partners rows. */
export function exampleCheckRows(today: Date): TrackerCell[][] {
  return EXAMPLE_PARTNERS.flatMap((example) =>
    example.check
      ? [[dayBefore(today, example.check.daysAgo), example.partner, ...example.check.answers, checklistScore(example.check.answers)]]
      : [],
  );
}

/** The example meeting rows, in MEETING_COLUMNS order. */
export function exampleMeetingRows(language: Language, today: Date): TrackerCell[][] {
  return EXAMPLE_MEETINGS.map((meeting) => [
    dayBefore(today, meeting.daysAgo),
    meeting.partner,
    meeting.hours,
    MEETING_KINDS[language][meeting.kind],
    EXAMPLE_MEETING_NOTES[meeting.notes][language],
  ]);
}
