/**
 * The example rows a new tracker can start with, in the sheets' column
 * order, from the example partners and meetings of
 * messages/tracker-examples.ts. Dates count back from the day of creation.
 */
import { checklistScore } from '../checklist';
import { dayBefore } from '../dates';
import type { Language } from '../language';
import {
  EXAMPLE_MEETINGS,
  EXAMPLE_PARTNERS,
  EXAMPLE_PARTNER_NOTE,
  type ExampleMeeting,
  type ExamplePartner,
} from '../messages/tracker-examples';
import { MEETING_KINDS } from '../messages/tracker-layout';
import { PARTNER_COLUMNS, type PartnerColumnKey, type TrackerCell } from './columns';

export { EXAMPLE_MEETINGS, EXAMPLE_PARTNERS, type ExampleMeeting, type ExamplePartner };

/** The input cells of the example partner rows, in PARTNER_COLUMNS order; computed cells are "". */
export function examplePartnerRows(language: Language, today: Date): TrackerCell[][] {
  return EXAMPLE_PARTNERS.map((example) => {
    const input: Partial<Record<PartnerColumnKey, TrackerCell>> = {
      partner: example.partner,
      company: example.company,
      profession: example.profession[language],
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

/** The example meeting rows, in MEETING_COLUMNS order (typed in, so no Source). */
export function exampleMeetingRows(language: Language, today: Date): TrackerCell[][] {
  return EXAMPLE_MEETINGS.map((meeting) => [
    dayBefore(today, meeting.daysAgo),
    meeting.partner,
    meeting.hours,
    MEETING_KINDS[language][meeting.kind],
    meeting.notes[language],
    '',
  ]);
}
