/**
 * The tracker's formulas evaluated for real: the sheets Create partner
 * tracker writes (through the built Apps Script code and the Sheets fake) are
 * loaded with a few meetings into HyperFormula, with the catalog functions
 * registered in it, and each partner's computed columns are checked.
 */
import { buildFormulaEngine, closeOpenEndedRanges, literalText, structuredToA1, type EngineTable } from '../../preview/formula-engine';
import { PARTNER_COLUMNS, type PartnerColumnKey } from '../../shared/tracker';
import { excelSerialDate } from '../../shared/dates';
import { Button, createSheetsFake, type FakeSpreadsheet } from '../fakes/sheets';
import { loadGas } from '../support/gas-vm';
import { namedRangesOf } from '../support/tracker-engine';

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);
const TODAY = new Date();

/** Every sheet of the spreadsheet but the first (the tracker's), 1000 rows deep, with the named ranges. */
function engineOf(spreadsheet: FakeSpreadsheet) {
  const sheets = spreadsheet.sheets.slice(1).map((sheet) => ({
    name: sheet.peekName(),
    cells: sheet
      .contents(1000, 30)
      .map((row) => row.map((cell) => (typeof cell === 'string' && !cell.startsWith('=') && cell !== '' ? literalText(cell) : cell))),
  }));
  return buildFormulaEngine(sheets, { dialect: 'sheets', names: namedRangesOf(spreadsheet) });
}

function sheetsTracker(language: 'en' | 'de', withExamples: boolean) {
  const fake = createSheetsFake({ userLocale: language });
  fake.ui.answers.push(withExamples ? Button.YES : Button.NO);
  loadGas(fake.services).createTracker();
  return fake.spreadsheet;
}

describe('the Sheets tracker formulas in a formula engine', () => {
  it('give hours together, last contact, next contact, stage, progress and readiness per partner', () => {
    const spreadsheet = sheetsTracker('en', false);
    const partners = spreadsheet.sheet('Partners')!;
    const meetings = spreadsheet.sheet('Meetings')!;
    partners.getRange(2, 1, 4, 1).setValues([['Ann'], ['Bob'], ['Cleo'], ['Dan']]);
    partners.getRange(2, column('contactEvery') + 1, 4, 1).setValues([[30], [''], [7], [14]]);
    partners.getRange(2, column('checklistScore') + 1, 4, 1).setValues([[7], [9], [6], ['']]);
    const day = (iso: string) => new Date(`${iso}T00:00:00`);
    meetings.getRange(2, 1, 6, 3).setValues([
      [day('2025-01-10'), 'Ann', 40],
      [day('2025-03-02'), 'Ann', 50],
      [day('2025-02-01'), 'Bob', 49.5],
      [day('2024-12-24'), 'ann', 0.5], // names match without case (shared/partner-names.ts)
      [day('2025-02-20'), 'Cleo', 200],
      [day('2025-01-01'), '', 99], // a meeting without partner counts for nobody
    ]);

    const engine = engineOf(spreadsheet);
    const rows = engine.values('Partners');
    const pick = (row: number, key: PartnerColumnKey) => rows[row][column(key)];

    expect(rows[0][column('stage')]).toBe('Stage');
    expect([1, 2, 3, 4].map((r) => pick(r, 'hoursTogether'))).toEqual([90.5, 49.5, 200, 0]);
    expect([1, 2, 3, 4].map((r) => pick(r, 'stage'))).toEqual(['Friend', 'Acquaintance', 'Close friend', 'Acquaintance']);
    expect(pick(1, 'progress')).toBeCloseTo(0.5 / 110);
    expect([1, 2, 3, 4].map((r) => pick(r, 'hoursToNext'))).toEqual([109.5, 0.5, 0, 50]);
    expect([1, 2, 3, 4].map((r) => pick(r, 'lastContact'))).toEqual([
      excelSerialDate(day('2025-03-02')),
      excelSerialDate(day('2025-02-01')),
      excelSerialDate(day('2025-02-20')),
      '',
    ]);
    expect([1, 2, 3, 4].map((r) => pick(r, 'nextContactDue'))).toEqual([
      excelSerialDate(day('2025-04-01')),
      '',
      excelSerialDate(day('2025-02-27')),
      '',
    ]);
    // Ready: at least 90 h and a score of at least 7; blank without a score.
    expect([1, 2, 3, 4].map((r) => pick(r, 'referralReady'))).toEqual([true, false, false, '']);
    // Rows without a partner stay blank all the way down.
    expect(rows[5].slice(3, 13).every((cell) => cell === '')).toBe(true);
    expect(rows[999][column('stage')]).toBe('');
    engine.destroy();
  });

  it('agree with the example data in German', () => {
    const spreadsheet = sheetsTracker('de', true);
    const engine = engineOf(spreadsheet);
    const rows = engine.values('Partner');
    const summary = rows
      .slice(1, 5)
      .map((row) => [row[0], row[column('hoursTogether')], row[column('stage')], row[column('referralReady')]]);
    expect(summary).toEqual([
      ['Anna Beispiel', 6, 'Bekanntschaft', ''],
      ['Ben Example', 60, 'Lockere Freundschaft', false],
      ['Clara Muster', 95, 'Freundschaft', true],
      ['David Sample', 212, 'Enge Freundschaft', true],
    ]);
    const today = excelSerialDate(TODAY);
    // Ben met 45 days ago and wants contact every 30 days: overdue.
    expect(rows[2][column('lastContact')]).toBe(today - 45);
    expect(rows[2][column('nextContactDue')]).toBe(today - 15);
    engine.destroy();
  });

  it('show a bad meeting as an error in its partner’s row only', () => {
    const spreadsheet = sheetsTracker('en', false);
    const partners = spreadsheet.sheet('Partners')!;
    partners.getRange(2, 1, 2, 1).setValues([['Ann'], ['Bob']]);
    const meetings = spreadsheet.sheet('Meetings')!;
    meetings.getRange(2, 1, 3, 3).setValues([
      [new Date(), 'Ann', 3],
      [new Date(), 'Bob', 95],
      [new Date(), 'Ann', -4],
    ]);
    const engine = engineOf(spreadsheet);
    const message = 'a meeting with this partner has hours that are not a number of 0 or more (got -4): correct it in the meeting log';
    expect(engine.value('Partners', 1, column('hoursTogether'))).toBe(`#VALUE! ${message}`);
    expect(engine.value('Partners', 1, column('stage'))).toBe(`#VALUE! ${message}`);
    expect(engine.value('Partners', 2, column('stage'))).toBe('Friend');
    engine.destroy();
  });
});

describe('dialect translation', () => {
  it('closes open-ended Sheets ranges at the last row of the sheet they name, leaving strings alone', () => {
    const rows = new Map([
      ['Partners', 1000],
      ['Meetings (2)', 500],
    ]);
    expect(closeOpenEndedRanges(`=SUMIF('Meetings (2)'!$B$2:$B,$A2,'Meetings (2)'!$C$2:$C)`, 'Partners', rows)).toBe(
      `=SUMIF('Meetings (2)'!$B$2:$B$500,$A2,'Meetings (2)'!$C$2:$C$500)`,
    );
    expect(closeOpenEndedRanges('=VSTACK("D2:D",BONDSTAGE(D2:D,"en"))', 'Partners', rows)).toBe('=VSTACK("D2:D",BONDSTAGE(D2:D1000,"en"))');
    expect(closeOpenEndedRanges('=SUM(A1:B2)', 'Partners', rows)).toBe('=SUM(A1:B2)');
    expect(() => closeOpenEndedRanges('=SUM(Other!A2:A)', 'Partners', rows)).toThrow(/unknown sheet Other/);
  });

  it('translates structured references to A1 and refuses forms it does not know', () => {
    const tables: EngineTable[] = [
      { name: 'Meetings', sheet: 'Meetings (2)', headerRow: 0, firstColumn: 0, headers: ['Date', 'Partner', 'Hours'], dataRows: 3 },
      { name: 'Partners', sheet: 'Partners', headerRow: 0, firstColumn: 0, headers: ['Partner', 'Hours together', 'Odd [x]'], dataRows: 2 },
    ];
    const own = { table: 'Partners', row: 2 };
    expect(structuredToA1('=SUMIF(Meetings[Partner],[@Partner],Meetings[[Hours]])', tables, own)).toBe(
      `=SUMIF('Meetings (2)'!$B$2:$B$4,$A3,'Meetings (2)'!$C$2:$C$4)`,
    );
    expect(structuredToA1(`=NETWORK.BONDSTAGE([@[Hours together]],"en")+[@[Odd '[x']]]`, tables, own)).toBe(
      '=NETWORK.BONDSTAGE($B3,"en")+$C3',
    );
    expect(() => structuredToA1('=Meetings[#Headers]', tables, own)).toThrow(/not supported/);
    expect(() => structuredToA1('=[@Nope]', tables, own)).toThrow(/no column Nope/);
  });
});
