/**
 * One small tracker, given to both hosts' fakes: as the replies of the Sheets
 * server functions (read from its sheets by the core, as the server does),
 * and as an Excel workbook.
 */
import { CHECKLIST } from '../../../shared/checklist';
import type { Language } from '../../../shared/language';
import type { ChecklistContext, HostReply, PartnerSnapshot } from '../../../shared/port';
import { CHECK_COLUMNS, MEETING_COLUMNS, PARTNER_COLUMNS, SHEET_NAMES, headersFor } from '../../../shared/tracker';
import { partnerByName as snapshotByName, readTrackerView } from '../../../shared/checklist-tracker';
import { isoDateFromSerial, serialFromIsoDate } from '../../../shared/dates';
import type { FakeCell, OfficeScenario } from './fake-office';

export const XSS_NAME = '<img src=x onerror=alert(1)>';

export interface FixturePartner {
  name: string;
  hours: number | null;
  lastContact: string | null;
  previous: { checkedOn: string; answers: boolean[] } | null;
  nextContactDue: string | null;
  referralsGiven: number | '';
  referralsReceived: number | '';
  /** The partner's meetings in the log: date and hours. */
  meetings: [string, number][];
}

/**
 * Clara has a previous check and 15 hours in the last 90 days (Friend by 30
 * June 2025 at that pace); Ben has no check, enough hours to be asked for a
 * referral once his check scores 7, and too few recent hours for a forecast
 * within 10 years; the third name is markup, its next contact overdue.
 */
export const PARTNERS: FixturePartner[] = [
  {
    name: 'Clara Muster',
    hours: 72,
    lastContact: '2025-03-10',
    previous: { checkedOn: '2025-02-01', answers: [true, true, false, true, true, false, false, true, true] },
    nextContactDue: '2025-03-31',
    referralsGiven: 1,
    referralsReceived: 0,
    meetings: [
      ['2025-03-10', 3],
      ['2025-02-15', 6],
      ['2025-01-20', 6],
      ['2024-11-01', 57],
    ],
  },
  {
    name: 'Ben Example',
    hours: 95.5,
    lastContact: '2025-03-01',
    previous: null,
    nextContactDue: '2025-03-31',
    referralsGiven: 0,
    referralsReceived: 0,
    meetings: [
      ['2025-03-01', 2],
      ['2024-10-01', 93.5],
    ],
  },
  {
    name: XSS_NAME,
    hours: 12,
    lastContact: null,
    previous: null,
    nextContactDue: '2025-03-01',
    referralsGiven: '',
    referralsReceived: '',
    meetings: [],
  },
];

export const TODAY = '2025-03-14';

const score = (answers: boolean[]) => answers.filter(Boolean).length;

export function partnerByName(name: string): FixturePartner {
  const partner = PARTNERS.find((candidate) => candidate.name === name);
  if (!partner) throw new Error(`no fixture partner ${name}`);
  return partner;
}

/** 1-based sheet row of a partner in the Partners sheet (header in row 1). */
export function partnerRow(name: string): number {
  return PARTNERS.findIndex((partner) => partner.name === name) + 2;
}

/** The partner as the Sheets server functions answer: the fixture's sheets read by the core, dated TODAY. */
export function snapshot(name: string, language: Language): PartnerSnapshot {
  const { sheets } = trackerSheets(language);
  const view = readTrackerView(
    sheets.map((sheet) => ({ name: sheet.name, header: sheet.rows[0] })),
    (sheetName) => sheets.find((sheet) => sheet.name === sheetName)?.rows ?? null,
    null,
    true,
  );
  return snapshotByName(view, partnerByName(name).name, isoDateFromSerial, TODAY);
}

/** The replies of the Sheets server functions, as google.script.run delivers them. */
export interface SheetsScenario {
  bondstageChecklistContext: { reply?: HostReply<ChecklistContext>; fail?: string; hold?: boolean };
  bondstageChecklistPartner: { replies: Record<string, HostReply<PartnerSnapshot>> };
  bondstageChecklistSave: { reply?: HostReply<unknown>; fail?: string; hold?: boolean };
}

export function sheetsScenario(language: Language, selected: string | null): SheetsScenario {
  const replies: Record<string, HostReply<PartnerSnapshot>> = {};
  for (const partner of PARTNERS) replies[partner.name] = { ok: true, value: snapshot(partner.name, language) };
  return {
    bondstageChecklistContext: {
      reply: {
        ok: true,
        value: { language, partners: PARTNERS.map((partner) => partner.name), selected: selected ? snapshot(selected, language) : null },
      },
    },
    bondstageChecklistPartner: { replies },
    bondstageChecklistSave: {},
  };
}

/** The tracker's sheets as an Excel workbook holds them (dates as serials, tables at A1, as the tracker creates them). */
function trackerSheets(language: Language): Pick<OfficeScenario, 'sheets'> {
  const names = SHEET_NAMES[language];
  const partnerHeader = headersFor(PARTNER_COLUMNS, language);
  const serial = (date: string | null) => (date ? serialFromIsoDate(date) : '');
  const partnerRows: FakeCell[][] = PARTNERS.map((partner) => {
    const cells: Record<string, FakeCell> = {
      partner: partner.name,
      company: 'Muster GmbH',
      hoursTogether: partner.hours ?? '',
      lastContact: serial(partner.lastContact),
      checklistScore: partner.previous ? score(partner.previous.answers) : '',
      checkedOn: serial(partner.previous?.checkedOn ?? null),
      nextContactDue: serial(partner.nextContactDue),
      referralsGiven: partner.referralsGiven,
      referralsReceived: partner.referralsReceived,
      notes: '<b>not markup</b>',
    };
    return PARTNER_COLUMNS.map((column) => cells[column.key] ?? '');
  });
  const checkRows: FakeCell[][] = PARTNERS.filter((partner) => partner.previous).map((partner) => [
    serialFromIsoDate(partner.previous!.checkedOn),
    partner.name,
    ...partner.previous!.answers,
    score(partner.previous!.answers),
  ]);
  const meetingRows: FakeCell[][] = PARTNERS.flatMap((partner) =>
    partner.meetings.map(([date, hours]) => [serialFromIsoDate(date), partner.name, hours, 'One-to-one', '']),
  );
  return {
    sheets: [
      {
        name: names.partners,
        rows: [partnerHeader, ...partnerRows],
        tables: [{ name: 'Partners', columnCount: partnerHeader.length, rowCount: partnerRows.length + 1 }],
      },
      { name: names.meetings, rows: [headersFor(MEETING_COLUMNS, language), ...meetingRows] },
      {
        name: names.checks,
        rows: [headersFor(CHECK_COLUMNS, language), ...checkRows],
        tables: [{ name: 'Checks', columnCount: CHECK_COLUMNS.length, rowCount: checkRows.length + 1 }],
      },
    ],
  };
}

/** The tracker as an Excel workbook, with the active cell on `selected`'s row. */
export function officeScenario(language: Language, selected: string | null): OfficeScenario {
  const names = SHEET_NAMES[language];
  return {
    displayLanguage: language === 'de' ? 'de-DE' : 'en-US',
    ...trackerSheets(language),
    active: selected
      ? { sheet: names.partners, rowIndex: partnerRow(selected) - 1, columnIndex: 0 }
      : { sheet: names.meetings, rowIndex: 0, columnIndex: 0 },
  };
}

export const QUESTION_COUNT = CHECKLIST.length;
