import { MEETING_COLUMNS, PARTNER_COLUMNS, firstFreeColumn, planMissingColumns } from '../../shared/tracker';

describe('planMissingColumns', () => {
  const meetingHeaders = ['Date', 'Partner', 'Hours', 'Kind', 'Notes', 'Source'];

  it('plans nothing when every column is there, in any order and either language', () => {
    expect(planMissingColumns(['notes', 'Quelle', ' KIND ', 'Stunden', 'Partner', 'Datum'], MEETING_COLUMNS, MEETING_COLUMNS)).toEqual([]);
  });

  it('adds missing columns after the last non-blank header, in layout order', () => {
    const headers = ['Date', 'Partner', '', 'My own', '', ''];
    const additions = planMissingColumns(headers, MEETING_COLUMNS, MEETING_COLUMNS);
    expect(additions.map((addition) => [addition.index, addition.column.key])).toEqual([
      [4, 'hours'],
      [5, 'kind'],
      [6, 'notes'],
      [7, 'source'],
    ]);
  });

  it('keeps the extra fields of the wanted columns', () => {
    const wanted = [{ key: 'hours', header: 'Hours', width: 110 }];
    expect(planMissingColumns(['Date'], MEETING_COLUMNS, wanted)).toEqual([{ index: 1, column: wanted[0] }]);
  });

  it('is empty on a second run over the written result', () => {
    const headers = meetingHeaders.slice(0, 3);
    const additions = planMissingColumns(headers, MEETING_COLUMNS, MEETING_COLUMNS);
    const after = [...headers];
    for (const addition of additions) after[addition.index] = addition.column.header.en;
    expect(after).toEqual(meetingHeaders);
    expect(planMissingColumns(after, MEETING_COLUMNS, MEETING_COLUMNS)).toEqual([]);
  });

  it('refuses a column it has no declaration for', () => {
    expect(() => planMissingColumns([], PARTNER_COLUMNS, [{ key: 'nonsense' }])).toThrow(/nonsense/);
  });

  it('finds the first free column of blank and empty rows', () => {
    expect(firstFreeColumn([])).toBe(0);
    expect(firstFreeColumn(['', ' '])).toBe(0);
    expect(firstFreeColumn(['A', '', 'B', ''])).toBe(3);
  });
});
