/**
 * The Dashboard's formulas evaluated for real, in both dialects: a tracker
 * with known partners and meetings (dates relative to today, names full of
 * characters that mean something in formulas, criteria and markup) gives
 * the expected counts per stage and VCP phase, Givers Gain totals, hours per
 * month over the last 12 months, and the due list in date order with its
 * overdue rows highlighted.
 */
import { STAGES } from '../../shared/stages';
import { STAGE_LABELS } from '../../shared/messages/stages';
import { VCP_LABELS } from '../../shared/messages/next-step';
import { DASHBOARD_SHEET_NAMES } from '../../shared/messages/dashboard';
import { excelSerialDate } from '../../shared/dates';
import { dashboardLayout, planTrackerNames, type Dialect } from '../../shared/tracker';
import type { Language } from '../../shared/language';
import { trackerEngine, type MeetingInput, type PartnerInput } from '../support/tracker-engine';

const now = new Date();
const today = excelSerialDate(now);

interface Partner {
  name: string;
  contactEvery?: number;
  score?: number;
  given?: number;
  received?: number;
  /** Meetings: days before today and hours. */
  meetings: [number, number][];
}

const SPECIAL = ['=1+1', '*', '?x~', '"Q" <b>bold</b>'];

const PARTNERS: Partner[] = [
  {
    name: 'Ann',
    contactEvery: 30,
    score: 7,
    given: 2,
    received: 1,
    meetings: [
      [40, 10],
      [5, 2],
    ],
  },
  { name: SPECIAL[0], contactEvery: 7, received: 3, meetings: [[20, 1.5]] },
  { name: SPECIAL[1], contactEvery: 14, meetings: [[100, 60]] },
  {
    name: SPECIAL[2],
    contactEvery: 60,
    meetings: [
      [400, 5],
      [10, 3],
    ],
  },
  { name: SPECIAL[3], contactEvery: 1, meetings: [[3, 1]] },
  { name: 'Zed', meetings: [[200, 95]] },
  { name: 'Empty', contactEvery: 30, meetings: [] },
  { name: 'Close', meetings: [[300, 210]] },
  ...[1, 2, 3, 4, 5, 6].map((k): Partner => ({ name: `P0${k}`, contactEvery: 30, given: k === 1 ? 1 : 0, meetings: [[3 * k, 1]] })),
];

function inputs(): { partners: PartnerInput[]; meetings: MeetingInput[] } {
  const partners = PARTNERS.map((partner) => ({
    partner: partner.name,
    cells: {
      contactEvery: partner.contactEvery ?? null,
      checklistScore: partner.score ?? null,
      referralsGiven: partner.given ?? null,
      referralsReceived: partner.received ?? null,
    },
  }));
  const meetings = PARTNERS.flatMap((partner) =>
    partner.meetings.map(([ago, hours]) => ({ date: today - ago, partner: partner.name, hours })),
  );
  return { partners, meetings };
}

/** The first day of the month `offset` months from this one, as a serial. */
function monthStart(offset: number): number {
  return excelSerialDate(new Date(now.getFullYear(), now.getMonth() + offset, 1));
}

function expectedMonthlyHours(): number[] {
  return Array.from({ length: 12 }, (_, index) => {
    const [from, to] = [monthStart(index - 11), monthStart(index - 10)];
    const hours = PARTNERS.flatMap((partner) => partner.meetings)
      .filter(([ago]) => today - ago >= from && today - ago < to)
      .reduce((sum, [, h]) => sum + h, 0);
    return hours;
  });
}

/** Partner, due date, overdue: the expected due list, soonest first, ten at most. */
function expectedDue(): { name: string; due: number }[] {
  return PARTNERS.filter((partner) => partner.contactEvery && partner.meetings.length > 0)
    .map((partner) => ({ name: partner.name, due: today - Math.min(...partner.meetings.map(([ago]) => ago)) + partner.contactEvery! }))
    .sort((a, b) => a.due - b.due)
    .slice(0, 10);
}

function layoutFor(dialect: Dialect, language: Language) {
  const names = planTrackerNames(language, []);
  return dashboardLayout({
    dialect,
    language,
    name: names.dashboard,
    places: { language, parts: dialect === 'sheets' ? names.sheets : names.tables, settings: names.settings },
    sheets: names.sheets,
  });
}

describe.each([
  ['sheets', 'en'],
  ['excel', 'en'],
  ['sheets', 'de'],
  ['excel', 'de'],
] as const)('the Dashboard in the formula engine (%s, %s)', (dialect, language) => {
  const { partners, meetings } = inputs();
  const engine = trackerEngine(dialect, partners, meetings, language);
  const sheet = DASHBOARD_SHEET_NAMES[language];
  const values = engine.values(sheet);
  const cell = (row: number, column: number) => values[row]?.[column] ?? '';
  afterAll(() => engine.destroy());

  it('counts the partners per stage, by the labels of the tracker’s language', () => {
    expect(STAGES.map((_, index) => cell(5 + index, 0))).toEqual(STAGES.map((stage) => STAGE_LABELS[language][stage]));
    expect(STAGES.map((_, index) => cell(5 + index, 1))).toEqual([11, 1, 1, 1]);
  });

  it('counts the partners per VCP phase and sums the referrals given and received', () => {
    expect([0, 1, 2].map((index) => cell(5 + index, 3))).toEqual(Object.values(VCP_LABELS[language]));
    expect([0, 1, 2].map((index) => cell(5 + index, 4))).toEqual([10, 2, 2]);
    expect([0, 1, 2].map((index) => cell(11 + index, 4))).toEqual([3, 4, -1]);
  });

  it('sums the hours of each of the last 12 months, this month last', () => {
    expect(values.slice(12, 24).map((row) => row[0])).toEqual(Array.from({ length: 12 }, (_, index) => monthStart(index - 11)));
    const hours = values.slice(12, 24).map((row) => row[1]);
    expectedMonthlyHours().forEach((expected, index) => expect(hours[index]).toBeCloseTo(expected, 9));
    // The meeting 400 days ago is outside the window; every other one is in it.
    const inWindow = PARTNERS.flatMap((partner) => partner.meetings).filter(([ago]) => ago !== 400);
    expect((hours as number[]).reduce((sum, h) => sum + h, 0)).toBeCloseTo(
      inWindow.reduce((sum, [, h]) => sum + h, 0),
      9,
    );
  });

  it('lists the next 10 contacts due, soonest first, with stage and next step; names are only shown, never read as criteria', () => {
    const due = expectedDue();
    const rows = values.slice(5, 15).map((row) => row.slice(6, 10));
    expect(rows.map((row) => row[0])).toEqual(due.map((entry) => entry.name));
    expect(rows.map((row) => row[1])).toEqual(due.map((entry) => entry.due));
    for (const name of [SPECIAL[0], SPECIAL[1], SPECIAL[3]]) expect(rows.some((row) => row[0] === name)).toBe(true);
    const partnerValues = engine.values(planTrackerNames(language, []).sheets.partners);
    for (const row of rows) {
      const partner = partnerValues.find((candidate) => candidate[0] === row[0])!;
      expect(row[2]).toBe(partner[partnerValues[0].indexOf(language === 'en' ? 'Stage' : 'Stufe')]);
      expect(row[3]).toBe(partner[1]);
      expect(typeof row[3] === 'string' && row[3].length > 0).toBe(true);
    }
    // The 11th due partner is not shown.
    expect(rows.some((row) => row[0] === SPECIAL[2])).toBe(false);
  });

  it('highlights exactly the overdue rows of the due list', () => {
    const layout = layoutFor(dialect, language);
    const flags = Array.from({ length: 10 }, (_, index) =>
      engine.calculate(layout.overdue.formula.replace(/\$H6/g, `$H${6 + index}`), sheet),
    );
    expect(flags).toEqual(expectedDue().map((entry) => entry.due < today));
    expect(flags.filter(Boolean)).toHaveLength(3);
  });
});

describe('the Dashboard without partners due', () => {
  it.each(['sheets', 'excel'] as const)('shows an empty due list and zero counts (%s)', (dialect) => {
    const engine = trackerEngine(dialect, [{ partner: 'Solo', cells: {} }], []);
    const values = engine.values('Dashboard');
    expect(values[5][6]).toBe('');
    expect(values.slice(5, 9).map((row) => row[1])).toEqual([1, 0, 0, 0]);
    expect(values.slice(12, 24).every((row) => row[1] === 0)).toBe(true);
    engine.destroy();
  });
});
