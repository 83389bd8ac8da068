/**
 * The partner card's outlook (shared/partner-outlook.ts): recent hours from
 * the meeting log, and the VCP phase, forecast and next step by the sheet
 * functions' rules; read from a tracker as the hosts read it.
 */
import { partnerByName, readTrackerView, recentMeetingHours, type HostGrid } from '../../shared/checklist-tracker';
import { isoDateFromSerial, serialFromIsoDate } from '../../shared/dates';
import { CHECKLIST_TEXTS } from '../../shared/messages/checklist';
import { nextStepText } from '../../shared/messages/next-step';
import { partnerOutlook } from '../../shared/partner-outlook';
import type { PartnerSnapshot } from '../../shared/port';
import { stageForecast } from '../../shared/forecast';
import { vcpPhase } from '../../shared/vcp';
import { MEETING_COLUMNS, PARTNER_COLUMNS, headersFor } from '../../shared/tracker';
import { meetingColumns } from '../../shared/tracker/reading';

const TODAY = '2026-01-01';
const day = (iso: string) => serialFromIsoDate(iso);

const meetingsHeader = headersFor(MEETING_COLUMNS, 'en');
const meeting = (date: unknown, partner: string, hours: unknown) => [date, partner, hours, 'Call', ''];
const MEETINGS: HostGrid = [
  meetingsHeader,
  meeting(day('2025-12-30'), 'Clara', 2),
  meeting(day('2025-10-04'), ' clara ', 3), // 89 days before: counts, matched as the tracker matches names
  meeting(day('2025-10-03'), 'Clara', 50), // 90 days before: does not
  meeting('', 'Clara', 7), // undated: does not
  meeting(day('2025-12-01'), 'Ben', 4),
  meeting(day('2026-01-05'), 'Clara', 1), // a meeting already planned counts, as in the tracker's column
];

describe('recent hours from the meeting log', () => {
  const columns = meetingColumns(meetingsHeader)!;

  it('adds the hours of the partner’s meetings dated in the 90 days up to the day', () => {
    expect(recentMeetingHours(MEETINGS, columns, 'Clara', isoDateFromSerial, TODAY)).toBe(6);
    expect(recentMeetingHours(MEETINGS, columns, 'Ben', isoDateFromSerial, TODAY)).toBe(4);
    expect(recentMeetingHours(MEETINGS, columns, 'Anna', isoDateFromSerial, TODAY)).toBe(0);
    expect(recentMeetingHours(MEETINGS, columns, 'Clara', isoDateFromSerial, TODAY, 30)).toBe(3);
  });

  it('is unknown when a counted meeting’s hours are not a number, and ignores bad hours it does not count', () => {
    const bad = [...MEETINGS, meeting(day('2025-12-31'), 'Clara', 'two')];
    expect(recentMeetingHours(bad, columns, 'Clara', isoDateFromSerial, TODAY)).toBeNull();
    const old = [...MEETINGS, meeting(day('2025-01-01'), 'Clara', -4)];
    expect(recentMeetingHours(old, columns, 'Clara', isoDateFromSerial, TODAY)).toBe(6);
  });

  it('finds the meeting log by its header in either language', () => {
    expect(meetingColumns(headersFor(MEETING_COLUMNS, 'de'))).toEqual({ date: 0, partner: 1, hours: 2 });
    expect(meetingColumns(['Date', 'Partner', 'Notes'])).toBeNull();
  });
});

function snapshot(overrides: Partial<PartnerSnapshot>): PartnerSnapshot {
  return {
    name: 'Clara',
    hours: 60,
    lastContact: null,
    previousCheck: null,
    location: { sheet: 'Partners', row: 2 },
    asOf: TODAY,
    recentHours: 15,
    score: 5,
    checkedOn: '2025-12-01',
    nextContactDue: null,
    referralsGiven: null,
    referralsReceived: null,
    ...overrides,
  };
}

describe('the outlook on the partner card', () => {
  it('forecasts the next stage at the recent pace, as STAGEFORECAST does: 30 hours at 15 per 90 days are 180 days', () => {
    expect(partnerOutlook(snapshot({}))!.forecast).toEqual({ kind: 'date', day: '2026-06-30', stage: 'friend' });
    expect(day('2026-06-30')).toBe(stageForecast(60, 15, day(TODAY)));
    expect(CHECKLIST_TEXTS.en.forecast({ kind: 'date', day: '2026-06-30', stage: 'friend' })).toBe(
      'Friend by 30 Jun 2026 at your current pace',
    );
    expect(CHECKLIST_TEXTS.de.forecast({ kind: 'date', day: '2026-06-30', stage: 'friend' })).toBe(
      'Freundschaft bis zum 30. Juni 2026 im jetzigen Tempo',
    );
  });

  it('says why there is no forecast: no recent hours, too far, unreadable, or the highest stage', () => {
    expect(partnerOutlook(snapshot({ recentHours: 0 }))!.forecast).toEqual({ kind: 'noPace' });
    expect(partnerOutlook(snapshot({ recentHours: 0.1 }))!.forecast).toEqual({ kind: 'tooFar' });
    expect(partnerOutlook(snapshot({ recentHours: null }))!.forecast).toEqual({ kind: 'unknown' });
    expect(partnerOutlook(snapshot({ hours: 200 }))!.forecast).toEqual({ kind: 'highest' });
    for (const language of ['en', 'de'] as const) {
      const texts = CHECKLIST_TEXTS[language];
      for (const kind of ['noPace', 'tooFar', 'unknown'] as const) expect(texts.forecast({ kind })).toMatch(/\S.*\.$/);
      expect(texts.forecast({ kind: 'highest' })).toBe('');
    }
  });

  it('gives the VCP phase by VCPPHASE’s rule, blank referrals counting as none', () => {
    expect(partnerOutlook(snapshot({}))!.phase).toBe('visibility');
    expect(partnerOutlook(snapshot({ score: 7 }))!.phase).toBe('credibility');
    expect(partnerOutlook(snapshot({ hours: 90, score: null }))!.phase).toBe('credibility');
    expect(partnerOutlook(snapshot({ referralsReceived: 1 }))!.phase).toBe('profitability');
    expect(partnerOutlook(snapshot({ hours: 95, score: 3 }))!.phase).toBe(vcpPhase(95, 3, 0));
  });

  it('gives the first next step that applies, as NEXTSTEP does', () => {
    const step = (overrides: Partial<PartnerSnapshot>) => nextStepText(partnerOutlook(snapshot(overrides))!.step, 'en');
    expect(step({ nextContactDue: '2025-12-31' })).toBe('Meet – overdue since 31 Dec 2025');
    expect(step({ checkedOn: '2025-07-04' })).toBe('Do the bond checklist');
    expect(step({ checkedOn: null, score: null })).toBe('Do the bond checklist');
    expect(step({ hours: 95, score: 7 })).toBe('Ask for a referral');
    expect(step({ referralsGiven: 1, referralsReceived: 3 })).toBe('Give a referral back');
    expect(step({})).toBe('Keep meeting – 30 hours to Friend');
    expect(step({ hours: 250 })).toBe('Keep in touch');
  });

  it('is none without hours together, as the functions give blank for a blank row', () => {
    expect(partnerOutlook(snapshot({ hours: null }))).toBeNull();
  });
});

describe('a partner read for the card', () => {
  const partnersHeader = headersFor(PARTNER_COLUMNS, 'en');
  const row = (cells: Record<string, unknown>) => PARTNER_COLUMNS.map((column) => cells[column.key] ?? '');
  const sheets: Record<string, HostGrid> = {
    Partners: [
      partnersHeader,
      row({
        partner: 'Clara',
        hoursTogether: 60,
        checklistScore: 5,
        checkedOn: day('2025-12-01'),
        nextContactDue: day('2026-01-10'),
        referralsGiven: 2,
        referralsReceived: '1',
      }),
      row({ partner: 'Ben', hoursTogether: 'lots', referralsGiven: -1, referralsReceived: 1.5 }),
    ],
    Meetings: MEETINGS,
  };
  const view = (withMeetings: boolean) =>
    readTrackerView(
      Object.entries(sheets).map(([name, values]) => ({ name, header: values[0] })),
      (name) => sheets[name] ?? null,
      null,
      withMeetings,
    );

  it('holds the row’s cells, the day read on and the recent hours from the meeting log', () => {
    expect(partnerByName(view(true), 'Clara', isoDateFromSerial, TODAY)).toMatchObject({
      asOf: TODAY,
      recentHours: 6,
      score: 5,
      checkedOn: '2025-12-01',
      nextContactDue: '2026-01-10',
      referralsGiven: 2,
      referralsReceived: 1,
    });
  });

  it('gives null for cells that are blank or unreadable, and for recent hours without a meeting log', () => {
    expect(partnerByName(view(true), 'Ben', isoDateFromSerial, TODAY)).toMatchObject({
      hours: null,
      recentHours: 4,
      score: null,
      checkedOn: null,
      nextContactDue: null,
      referralsGiven: null,
      referralsReceived: null,
    });
    expect(partnerByName(view(false), 'Clara', isoDateFromSerial, TODAY).recentHours).toBeNull();
  });
});
