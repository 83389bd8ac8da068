/** Where rows appended to a table go: its blank rows at the end first, never over a row holding anything typed. */
import { planMeetingsAppend } from '../../shared/calendar';
import { computedColumnsOf, headersFor, isBlankRow, PARTNER_COLUMNS, planTableAppend, type TablePlace } from '../../shared/tracker';

const MEETINGS = ['Date', 'Partner', 'Hours', 'Kind', 'Notes', 'Source'];
const EMPTY = ['', '', '', '', '', ''];

/** A table with its header in row 0 from column A, `rows` with the header. */
function table(rows: number, columns = MEETINGS.length, firstColumn = 0): TablePlace {
  return { headerRow: 0, firstColumn, columns, rows };
}

describe('isBlankRow', () => {
  it('is true only when every cell is empty', () => {
    expect(isBlankRow(EMPTY)).toBe(true);
    expect(isBlankRow([null, undefined, ''])).toBe(true);
    expect(isBlankRow([])).toBe(true);
    for (const typed of [' ', 0, false, 'x', '=1+1', '=""', 45000]) expect(isBlankRow(['', typed, ''])).toBe(false);
  });

  it("counts a computed column's formula as nothing typed, but not a value typed over it", () => {
    const computed = new Set([2]);
    expect(isBlankRow(['', '', '=[@Hours]*2'], computed)).toBe(true);
    expect(isBlankRow(['', '', 12], computed)).toBe(false);
    expect(isBlankRow(['', '=TODAY()', '=[@Hours]*2'], computed)).toBe(false);
  });
});

describe('computedColumnsOf', () => {
  it("finds the tracker's calculated partner columns by header, in either language", () => {
    const english = headersFor(PARTNER_COLUMNS, 'en');
    const computed = computedColumnsOf(english);
    expect(computed.has(english.indexOf('Partner'))).toBe(false);
    expect(computed.has(english.indexOf('Stage'))).toBe(true);
    expect(computedColumnsOf(headersFor(PARTNER_COLUMNS, 'de')).size).toBe(computed.size);
    expect(computedColumnsOf(MEETINGS).size).toBe(0);
  });
});

describe('planTableAppend', () => {
  it("puts the first row into a new table's blank row, the rest by growing it", () => {
    expect(planTableAppend(table(2), [MEETINGS, EMPTY], 3)).toEqual({ firstRow: 1, intoBlank: 1, added: 2 });
    expect(planTableAppend(table(2), [MEETINGS], 1)).toEqual({ firstRow: 1, intoBlank: 1, added: 0 });
  });

  it('never writes over a row holding anything typed', () => {
    expect(planTableAppend(table(2), [MEETINGS, ['', '', '', '', 'todo', '']], 2)).toEqual({ firstRow: 2, intoBlank: 0, added: 2 });
    expect(planTableAppend(table(2), [MEETINGS, ['', '', '', '', '', '=NOW()']], 1)).toEqual({ firstRow: 2, intoBlank: 0, added: 1 });
  });

  it('fills several blank rows at the end from the first of them, and no blank row above data', () => {
    const contents = [MEETINGS, [1, 'A', 1, '', '', 's1'], EMPTY, [2, 'B', 1, '', '', 's2'], EMPTY, EMPTY];
    expect(planTableAppend(table(6), contents, 1)).toEqual({ firstRow: 4, intoBlank: 1, added: 0 });
    expect(planTableAppend(table(6), contents, 5)).toEqual({ firstRow: 4, intoBlank: 2, added: 3 });
  });

  it('looks only at the table’s own columns, wherever it starts', () => {
    // Column A holds the user's own notes beside a table from B.
    const contents = [
      ['Note', ...MEETINGS],
      ['see below', ...EMPTY],
    ];
    expect(planTableAppend(table(2, MEETINGS.length, 1), contents, 1)).toEqual({ firstRow: 1, intoBlank: 1, added: 0 });
  });

  it('takes the calculated columns as blank, counted from column A', () => {
    const contents = [
      ['', ...MEETINGS, 'Stage'],
      ['', ...EMPTY, '=[@Hours]'],
    ];
    const place = table(2, MEETINGS.length + 1, 1);
    expect(planTableAppend(place, contents, 1, new Set([7]))).toEqual({ firstRow: 1, intoBlank: 1, added: 0 });
    expect(planTableAppend(place, contents, 1)).toEqual({ firstRow: 2, intoBlank: 0, added: 1 });
  });

  it('grows a full table, and plans nothing for no rows', () => {
    expect(planTableAppend(table(3), [MEETINGS, [1, 'A'], [2, 'B']], 2)).toEqual({ firstRow: 3, intoBlank: 0, added: 2 });
    expect(planTableAppend(table(2), [MEETINGS], 0)).toEqual({ firstRow: 1, intoBlank: 0, added: 0 });
  });
});

describe('the import plan', () => {
  const meeting = { date: '2025-03-04', partner: 'Ben', hours: 1, kind: 'Call', notes: '', source: 'uid-1' };

  it('goes below the last row of a sheet without a table, right below the header when there is no meeting yet', () => {
    expect(planMeetingsAppend([MEETINGS], [meeting], 'en', (date) => date).place).toEqual({ firstRow: 1, intoBlank: 0, added: 1 });
  });

  it("starts in the Meetings table's blank row", () => {
    const plan = planMeetingsAppend([MEETINGS], [meeting, { ...meeting, source: 'uid-2' }], 'en', (date) => date, {
      place: table(2),
      contents: [MEETINGS, EMPTY],
    });
    expect(plan.place).toEqual({ firstRow: 1, intoBlank: 1, added: 1 });
  });
});
