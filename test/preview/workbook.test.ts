/**
 * preview/workbook.ts: the preview's workbook data: the example tracker as
 * Create partner tracker makes it, input cells, and the stored form, which
 * is checked cell by cell when read back.
 */
import { exampleWorkbook, isComputed, layoutsFor, parseWorkbook, serializeWorkbook, withInput } from '../../preview/workbook';
import { EXAMPLE_MEETINGS, EXAMPLE_PARTNERS, SHEET_NAMES, SHEETS_TRACKER_ROWS, TRACKER_SHEETS } from '../../shared/tracker';

const TODAY = new Date(2025, 2, 14);

describe('layouts', () => {
  it('are the Sheets tracker in the given language, with every row Sheets lays out', () => {
    const layouts = layoutsFor('de', false);
    expect(TRACKER_SHEETS.map((sheet) => layouts[sheet].name)).toEqual(Object.values(SHEET_NAMES.de));
    expect(layouts.partners.dataRows).toBe(SHEETS_TRACKER_ROWS - 1);
    expect(layouts.partners.rows).toEqual([]);
    const stage = layouts.partners.columns.find((column) => column.key === 'stage')!;
    expect(isComputed(stage)).toBe(true);
    expect(stage.headerFormula).toMatch(/^=ARRAYFORMULA\(VSTACK\("Stufe",BONDSTAGE\(/);
    expect(isComputed(layouts.partners.columns[0])).toBe(false);
  });
});

describe('the example workbook', () => {
  it('holds the example partners, meetings and checks as input, dates as day numbers', () => {
    const data = exampleWorkbook('en', TODAY);
    expect(data.edited).toBe(false);
    expect(data.language).toBe('en');
    expect(data.inputs.partners.map((row) => row[0])).toEqual(EXAMPLE_PARTNERS.map((partner) => partner.partner));
    expect(data.inputs.meetings).toHaveLength(EXAMPLE_MEETINGS.length);
    expect(data.inputs.checks).toHaveLength(EXAMPLE_PARTNERS.filter((partner) => partner.check).length);
    const cells = TRACKER_SHEETS.flatMap((sheet) => data.inputs[sheet].flat());
    expect(cells.every((cell) => ['string', 'number', 'boolean'].includes(typeof cell))).toBe(true);
    // Ben's check was 20 days ago: 2025-02-22 is day 45710.
    expect(data.inputs.checks[0][0]).toBe(45710);
  });
});

describe('input cells', () => {
  it('grow the rows and the written row’s width as needed, without changing the rows given', () => {
    const before = [['Anna', '']];
    const after = withInput(before, 2, 1, 3, 7);
    expect(after).toEqual([
      ['Anna', ''],
      ['', '', ''],
      ['', 7, ''],
    ]);
    expect(before).toEqual([['Anna', '']]);
  });

  it('drop trailing blank rows, so clearing the last row shortens the sheet', () => {
    const rows = [['Anna'], ['Ben'], ['Clara']];
    expect(withInput(rows, 2, 0, 1, '')).toEqual([['Anna'], ['Ben']]);
    expect(withInput([['Anna']], 0, 0, 1, '')).toEqual([]);
  });
});

describe('stored work', () => {
  const data = { ...exampleWorkbook('de', TODAY), edited: true };

  it('reads back what was stored', () => {
    const text = serializeWorkbook(data);
    expect(JSON.parse(text)).toMatchObject({ format: 'bondstage-preview', version: 2, language: 'de', edited: true });
    expect(parseWorkbook(text)).toEqual(data);
  });

  it('stores each sheet’s column keys as the layouts lay them out, in either language', () => {
    const { columns } = JSON.parse(serializeWorkbook(data)) as { columns: Record<string, string[]> };
    for (const language of ['en', 'de'] as const) {
      const layouts = layoutsFor(language, false);
      for (const sheet of TRACKER_SHEETS) expect(columns[sheet]).toEqual(layouts[sheet].columns.map((column) => column.key));
    }
  });

  it('is untouched example work unless marked as edited', () => {
    const { edited: _edited, ...unmarked } = data;
    expect(parseWorkbook(JSON.stringify(unmarked))?.edited).toBe(false);
  });

  it.each([
    ['nothing', null],
    ['an empty text', ''],
    ['text that is no JSON', '{"language":'],
    ['JSON that is no object', '[1,2]'],
    ['an unknown language', JSON.stringify({ ...data, language: 'fr' })],
    ['no inputs', JSON.stringify({ language: 'en' })],
    ['a sheet missing', JSON.stringify({ ...data, inputs: { partners: [], meetings: [] } })],
    ['a row that is no list', JSON.stringify({ ...data, inputs: { ...data.inputs, checks: ['row'] } })],
    ['a cell that is an object', JSON.stringify({ ...data, inputs: { ...data.inputs, meetings: [[{ value: 1 }]] } })],
    ['a blank written as null', JSON.stringify({ ...data, inputs: { ...data.inputs, meetings: [[null]] } })],
  ])('is refused when it holds %s', (_what, text) => {
    expect(parseWorkbook(text)).toBeNull();
  });

  it('reads work stored under the layout before E-mail and Source into the current columns', () => {
    const partner = ['Ann', 'Firm', 'Job', '', '', '', '', '', 30, '', 7, '', '', 2, 1, 'note'];
    const meeting = [45700, 'Ann', 2, 'Call', 'typed'];
    const stored = {
      format: 'bondstage-preview',
      version: 1,
      language: 'en',
      edited: true,
      inputs: { partners: [partner], meetings: [meeting], checks: [] },
    };
    const data = parseWorkbook(JSON.stringify(stored))!;
    const keys = layoutsFor('en', false).partners.columns.map((column) => column.key);
    const at = (key: string) => data.inputs.partners[0][keys.indexOf(key)];
    expect(data.inputs.partners[0]).toHaveLength(keys.length);
    expect([at('partner'), at('company'), at('profession'), at('email'), at('contactEvery'), at('checklistScore')]).toEqual([
      'Ann',
      'Firm',
      'Job',
      '',
      30,
      7,
    ]);
    expect([at('referralsGiven'), at('referralsReceived'), at('notes')]).toEqual([2, 1, 'note']);
    expect(data.inputs.meetings[0]).toEqual([45700, 'Ann', 2, 'Call', 'typed', '']);
    expect(parseWorkbook(serializeWorkbook(data))).toEqual(data);
  });
});
