/**
 * One bad row stays in its row: an error or bad value in one partner's input
 * or in one of its meetings shows in that partner's computed cells only, in
 * the formulas of both hosts as the formula engine evaluates them.
 */
import type { EngineValue } from '../../preview/formula-engine';
import { type Dialect, type PartnerColumnKey } from '../../shared/tracker';
import { type MeetingInput, type PartnerInput, partnerColumn, trackerEngine } from '../support/tracker-engine';

const COMPUTED: PartnerColumnKey[] = [
  'hoursTogether',
  'stage',
  'progress',
  'hoursToNext',
  'lastContact',
  'nextContactDue',
  'referralReady',
];

const isError = (value: EngineValue) => typeof value === 'object' && value !== null && 'error' in value;
/** Sheets cannot hold an error inside an array: a bad cell of a range result is text starting with #VALUE!. */
const showsError = (value: EngineValue) => isError(value) || (typeof value === 'string' && value.startsWith('#'));

const PARTNERS: PartnerInput[] = [
  { partner: 'Ann', cells: { contactEvery: 14, checklistScore: 8 } },
  { partner: 'Bob', cells: { contactEvery: 30, checklistScore: 7 } },
  { partner: 'Cleo', cells: { contactEvery: 7, checklistScore: 2 } },
];
const MEETINGS: MeetingInput[] = [
  { date: 45_000, partner: 'Ann', hours: 60 },
  { date: 45_100, partner: 'Bob', hours: 95 },
  { date: 45_050, partner: 'Cleo', hours: 210 },
];
const HEALTHY = {
  Bob: { hoursTogether: 95, stage: 'Friend', hoursToNext: 105, lastContact: 45_100, nextContactDue: 45_130, referralReady: true },
  Cleo: { hoursTogether: 210, stage: 'Close friend', hoursToNext: 0, lastContact: 45_050, nextContactDue: 45_057, referralReady: false },
};

function computedRows(dialect: Dialect, partners: PartnerInput[], meetings: MeetingInput[]) {
  const engine = trackerEngine(dialect, partners, meetings);
  const rows = engine.values('Partners');
  engine.destroy();
  const pick = (row: number) => Object.fromEntries(COMPUTED.map((key) => [key, rows[row][partnerColumn(key)]]));
  return { header: rows[0], ann: pick(1), bob: pick(2), cleo: pick(3) };
}

function expectOthersHealthy(result: ReturnType<typeof computedRows>) {
  expect(result.bob).toMatchObject(HEALTHY.Bob);
  expect(result.cleo).toMatchObject(HEALTHY.Cleo);
  expect(result.header[partnerColumn('stage')]).toBe('Stage');
}

describe.each<Dialect>(['sheets', 'excel'])('one bad row in the %s formulas', (dialect) => {
  it('a meeting whose hours are an error (=1/0) breaks only its partner', () => {
    const result = computedRows(dialect, PARTNERS, [...MEETINGS, { date: 45_200, partner: 'Ann', hours: { formula: '=1/0' } }]);
    for (const key of ['hoursTogether', 'stage', 'progress', 'hoursToNext', 'referralReady'] as const)
      expect(showsError(result.ann[key])).toBe(true);
    expectOthersHealthy(result);
  });

  it('a meeting whose hours are text breaks only its partner, with a message that says where to look', () => {
    const result = computedRows(dialect, PARTNERS, [...MEETINGS, { date: 45_200, partner: 'Ann', hours: 'two' }]);
    expect(showsError(result.ann.hoursTogether)).toBe(true);
    expect(showsError(result.ann.stage)).toBe(true);
    if (dialect === 'sheets') expect(JSON.stringify(result.ann.stage)).toContain('meeting log');
    expectOthersHealthy(result);
  });

  it('a meeting with a bad date breaks only its partner’s last and next contact', () => {
    const result = computedRows(dialect, PARTNERS, [...MEETINGS, { date: 'someday', partner: 'Ann', hours: 1 }]);
    expect(showsError(result.ann.lastContact)).toBe(true);
    expect(showsError(result.ann.nextContactDue)).toBe(true);
    expect(result.ann.hoursTogether).toBe(61);
    expectOthersHealthy(result);
  });

  it('an error in a partner’s checklist score breaks only that partner’s readiness', () => {
    const partners = [{ partner: 'Ann', cells: { contactEvery: 14, checklistScore: { formula: '=1/0' } } }, ...PARTNERS.slice(1)];
    const result = computedRows(dialect, partners, MEETINGS);
    expect(showsError(result.ann.referralReady)).toBe(true);
    expect(result.ann.stage).toBe('Casual friend');
    expectOthersHealthy(result);
  });

  it('an error in a partner’s contact interval breaks only that partner’s next contact', () => {
    const partners = [{ partner: 'Ann', cells: { contactEvery: { formula: '=NA()' }, checklistScore: 8 } }, ...PARTNERS.slice(1)];
    const result = computedRows(dialect, partners, MEETINGS);
    expect(showsError(result.ann.nextContactDue)).toBe(true);
    expect(result.ann.lastContact).toBe(45_000);
    expectOthersHealthy(result);
  });

  it('an error in a partner’s name breaks only that row', () => {
    const partners = [{ partner: { formula: '=1/0' } }, ...PARTNERS.slice(1)];
    const result = computedRows(dialect, partners, MEETINGS);
    expect(showsError(result.ann.hoursTogether)).toBe(true);
    expectOthersHealthy(result);
  });

  it('an error in a meeting’s partner cell counts for nobody', () => {
    const result = computedRows(dialect, PARTNERS, [...MEETINGS, { date: 45_300, partner: { formula: '=1/0' }, hours: 500 }]);
    expect(result.ann).toMatchObject({ hoursTogether: 60, stage: 'Casual friend', lastContact: 45_000 });
    expectOthersHealthy(result);
  });
});
