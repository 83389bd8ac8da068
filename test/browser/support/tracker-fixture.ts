/**
 * One small tracker, given to both hosts' fakes: as the replies of the Sheets
 * server functions, and as an Excel workbook.
 */
import { CHECKLIST } from '../../../shared/checklist';
import type { Language } from '../../../shared/language';
import type { ChecklistContext, HostReply, PartnerSnapshot } from '../../../shared/port';
import { CHECK_COLUMNS, PARTNER_COLUMNS, SHEET_NAMES, headersFor } from '../../../shared/tracker';
import { serialFromIsoDate } from '../../../shared/dates';
import type { FakeCell, OfficeScenario } from './fake-office';

export const XSS_NAME = '<img src=x onerror=alert(1)>';

export interface FixturePartner {
  name: string;
  hours: number | null;
  lastContact: string | null;
  previous: { checkedOn: string; answers: boolean[] } | null;
}

/** Clara has a previous check; Ben has none and enough hours; the third name is markup. */
export const PARTNERS: FixturePartner[] = [
  {
    name: 'Clara Muster',
    hours: 72,
    lastContact: '2025-03-10',
    previous: { checkedOn: '2025-02-01', answers: [true, true, false, true, true, false, false, true, true] },
  },
  { name: 'Ben Example', hours: 95.5, lastContact: '2025-03-01', previous: null },
  { name: XSS_NAME, hours: 12, lastContact: null, previous: null },
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

export function snapshot(name: string, language: Language): PartnerSnapshot {
  const partner = partnerByName(name);
  return {
    name: partner.name,
    hours: partner.hours,
    lastContact: partner.lastContact,
    previousCheck: partner.previous
      ? { checkedOn: partner.previous.checkedOn, answers: partner.previous.answers, score: score(partner.previous.answers) }
      : null,
    location: { sheet: SHEET_NAMES[language].partners, row: partnerRow(name) },
  };
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

/** The tracker as an Excel workbook (tables at A1, as the tracker creates them), with the active cell on `selected`'s row. */
export function officeScenario(language: Language, selected: string | null): OfficeScenario {
  const names = SHEET_NAMES[language];
  const partnerHeader = headersFor(PARTNER_COLUMNS, language);
  const partnerRows: FakeCell[][] = PARTNERS.map((partner) => {
    const cells: Record<string, FakeCell> = {
      partner: partner.name,
      company: 'Muster GmbH',
      hoursTogether: partner.hours ?? '',
      lastContact: partner.lastContact ? serialFromIsoDate(partner.lastContact) : '',
      checklistScore: partner.previous ? score(partner.previous.answers) : '',
      checkedOn: partner.previous ? serialFromIsoDate(partner.previous.checkedOn) : '',
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
  return {
    displayLanguage: language === 'de' ? 'de-DE' : 'en-US',
    sheets: [
      {
        name: names.partners,
        rows: [partnerHeader, ...partnerRows],
        tables: [{ name: 'Partners', columnCount: partnerHeader.length, rowCount: partnerRows.length + 1 }],
      },
      { name: names.meetings, rows: [['Date', 'Partner', 'Hours', 'Kind', 'Notes']] },
      {
        name: names.checks,
        rows: [headersFor(CHECK_COLUMNS, language), ...checkRows],
        tables: [{ name: 'Checks', columnCount: CHECK_COLUMNS.length, rowCount: checkRows.length + 1 }],
      },
    ],
    active: selected
      ? { sheet: names.partners, rowIndex: partnerRow(selected) - 1, columnIndex: 0 }
      : { sheet: names.meetings, rowIndex: 0, columnIndex: 0 },
  };
}

export const QUESTION_COUNT = CHECKLIST.length;
