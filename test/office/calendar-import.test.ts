/**
 * The import port in Excel against the in-memory Excel fake holding a
 * tracker made by Create partner tracker: the context, the period kept in
 * the document's settings, and the append (one table append, identities
 * kept, nothing twice, Meetings as it was after a failed write).
 */
import { excelImportPort, type DocumentSettings } from '../../office/calendar-import';
import { createTrackerInExcel } from '../../office/tracker';
import { ImportError, PERIOD_SETTING, type ImportPort, type MeetingToImport } from '../../shared/calendar';
import { serialFromIsoDate } from '../../shared/dates';
import { MEETING_COLUMNS, SHEET_NAMES, type MeetingColumnKey } from '../../shared/tracker';
import { createExcelFake, type ExcelFake, type ExcelSheetModel } from '../fakes/excel';

const column = (key: MeetingColumnKey) => MEETING_COLUMNS.findIndex((candidate) => candidate.key === key);

/** Office.context.document.settings: values by name, kept with the document on saveAsync (https://learn.microsoft.com/javascript/api/office/office.settings). */
class FakeSettings implements DocumentSettings {
  readonly saved = new Map<string, unknown>();
  private readonly pending = new Map<string, unknown>();
  get(name: string) {
    return this.pending.has(name) ? this.pending.get(name) : (this.saved.get(name) ?? null);
  }
  set(name: string, value: unknown) {
    this.pending.set(name, value);
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void) {
    for (const [name, value] of this.pending) this.saved.set(name, value);
    callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
  }
}

interface Tracker {
  fake: ExcelFake;
  port: ImportPort;
  settings: FakeSettings;
  meetings: ExcelSheetModel;
}

async function trackerWorkbook(displayLanguage = 'en-US', withExamples = true): Promise<Tracker> {
  const fake = await createExcelFake({ displayLanguage });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  const language = displayLanguage.startsWith('de') ? 'de' : 'en';
  await createTrackerInExcel(withExamples, { run: fake.Excel.run, language: () => language, today: () => new Date(2025, 10, 20) });
  const settings = new FakeSettings();
  const port = excelImportPort(
    fake.Excel.run,
    () => settings,
    () => '2025-12-01',
  );
  return { fake, port, settings, meetings: fake.workbook.sheet(SHEET_NAMES[language].meetings)! };
}

function row(fields: Partial<MeetingToImport> = {}): MeetingToImport {
  return {
    date: '2025-03-04',
    partner: 'Ben Example',
    hours: 1.5,
    kind: 'One-to-one',
    notes: 'Lunch',
    source: 'uid-1 2025-03-04T13:00:00Z',
    ...fields,
  };
}

function lastRows(sheet: ExcelSheetModel, count: number): unknown[][] {
  const all = sheet.contents(40, 8).filter((line) => line.some((cell) => cell !== ''));
  return all.slice(-count);
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('the import context in Excel', () => {
  it('gives the partners, the sources already imported, the remembered period and today', async () => {
    const { port, settings } = await trackerWorkbook();
    expect(await port.loadImportContext()).toEqual({
      language: 'en',
      partners: ['Anna Beispiel', 'Ben Example', 'Clara Muster', 'David Sample'].map((name) => ({ name, email: '' })),
      sources: [],
      period: 'last12Months',
      today: '2025-12-01',
    });
    await port.savePeriod('last24Months');
    expect(settings.saved.get(PERIOD_SETTING)).toBe('last24Months');
    expect((await port.loadImportContext()).period).toBe('last24Months');
  });

  it('says when the workbook has no tracker', async () => {
    const fake = await createExcelFake();
    Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
    const port = excelImportPort(fake.Excel.run, () => new FakeSettings());
    await expect(port.loadImportContext()).rejects.toEqual(new ImportError({ kind: 'noTracker' }));
  });
});

describe('importing meetings in Excel', () => {
  it('appends every row with one table append in 2 syncs, text as text', async () => {
    const { port, fake, meetings } = await trackerWorkbook();
    const table = fake.workbook.tables.find((candidate) => candidate.sheet === meetings)!;
    const rowsBefore = table.area.rows;
    // The importer opens by reading the context: the port remembers where the tracker is.
    await port.loadImportContext();
    fake.log.reset();
    fake.syncsPerRun.length = 0;
    const result = await port.importMeetings([
      row(),
      row({ partner: 'Clara Muster', notes: '=HYPERLINK("https://example.com","x")', source: 'uid-2 x', kind: 'Call' }),
      row({ partner: 'Anna Beispiel', notes: '+49 call', source: '007', hours: 0 }),
    ]);
    expect(result.added).toBe(3);
    expect(fake.log.count('TableRowCollection.add')).toBe(1);
    // One sync to read Partners and Meetings where the context found them, one to write.
    expect(fake.syncsPerRun).toEqual([2]);
    expect(table.area.rows).toBe(rowsBefore + 3);
    const serial = serialFromIsoDate('2025-03-04');
    expect(lastRows(meetings, 3)).toEqual([
      [serial, 'Ben Example', 1.5, 'One-to-one', 'Lunch', 'uid-1 2025-03-04T13:00:00Z', '', ''],
      [serial, 'Clara Muster', 1.5, 'Call', '=HYPERLINK("https://example.com","x")', 'uid-2 x', '', ''],
      [serial, 'Anna Beispiel', 0, 'One-to-one', '+49 call', '007', '', ''],
    ]);
    const title = meetings.cell(table.area.rows - 2, column('notes'));
    expect([title.formula, title.value, title.numberFormat]).toEqual(['', '=HYPERLINK("https://example.com","x")', '@']);
  });

  it('reads the tracker afresh when its Meetings sheet was renamed since the context was read', async () => {
    const { port, fake, meetings } = await trackerWorkbook();
    await port.loadImportContext();
    meetings.name = 'Log';
    fake.syncsPerRun.length = 0;
    expect((await port.importMeetings([row()])).added).toBe(1);
    // The fresh read (3) and the write (1), after the failed reread (1 more in Excel, where ItemNotFound surfaces at the sync).
    expect(fake.syncsPerRun).toHaveLength(1);
    expect(fake.syncsPerRun[0]).toBeGreaterThanOrEqual(4);
    expect(fake.syncsPerRun[0]).toBeLessThanOrEqual(5);
    expect(lastRows(meetings, 1)[0].slice(1, 6)).toEqual(['Ben Example', 1.5, 'One-to-one', 'Lunch', 'uid-1 2025-03-04T13:00:00Z']);
  });

  it('adds nothing when the same rows are imported again', async () => {
    const { port, fake, meetings } = await trackerWorkbook();
    await port.importMeetings([row()]);
    const after = meetings.contents(40, 8);
    fake.log.reset();
    expect(await port.importMeetings([row()])).toEqual({ added: 0, partners: [], alreadyThere: 1, addedColumns: [] });
    expect(fake.log.count('TableRowCollection.add')).toBe(0);
    expect(meetings.contents(40, 8)).toEqual(after);
    expect((await port.loadImportContext()).sources).toEqual(['uid-1 2025-03-04T13:00:00Z']);
  });

  it("gives an older tracker its Source column at the table's right end", async () => {
    const { port, fake, meetings } = await trackerWorkbook('de-DE');
    const table = fake.workbook.tables.find((candidate) => candidate.sheet === meetings)!;
    // A tracker from before the import: its Meetings table ends at Notizen.
    table.area = { ...table.area, columns: table.area.columns - 1 };
    meetings.cells.delete(`0,${column('source')}`);
    const result = await port.importMeetings([row({ kind: 'Essen' })]);
    expect(result.addedColumns).toEqual(['Quelle']);
    expect(meetings.contents(1, 7)[0]).toEqual(['Datum', 'Partner', 'Stunden', 'Art', 'Notizen', 'Quelle', '']);
    expect(table.area.columns).toBe(6);
    expect(lastRows(meetings, 1)[0].slice(1, 6)).toEqual(['Ben Example', 1.5, 'Essen', 'Lunch', 'uid-1 2025-03-04T13:00:00Z']);
  });

  it('leaves Meetings as it was when the write fails part-way', async () => {
    const { port, fake, meetings } = await trackerWorkbook();
    const table = fake.workbook.tables.find((candidate) => candidate.sheet === meetings)!;
    table.area = { ...table.area, columns: table.area.columns - 1 };
    meetings.cells.delete(`0,${column('source')}`);
    const before = { contents: meetings.contents(40, 8), area: { ...table.area } };
    // The column and the rows are added, then Excel fails.
    fake.failNextSync = { after: 2, message: 'GeneralException: An internal error has occurred.' };
    await expect(port.importMeetings([row(), row({ source: 'uid-2 x' })])).rejects.toThrow(/internal error/);
    expect(meetings.contents(40, 8)).toEqual(before.contents);
    expect(table.area).toEqual(before.area);
  });

  it('refuses rows that are not what the page sends, and writes nothing', async () => {
    const { port, fake } = await trackerWorkbook();
    fake.log.reset();
    await expect(port.importMeetings([row({ partner: 'Nobody' })])).rejects.toEqual(new ImportError({ kind: 'invalidRows' }));
    expect(fake.log.count('TableRowCollection.add')).toBe(0);
  });
});

describe('importing into a tracker made without examples', () => {
  /** The tracker's tables each start with one blank row; the user has typed one partner into the Partners table's. */
  async function emptyTracker() {
    const tracker = await trackerWorkbook('en-US', false);
    tracker.fake.workbook.sheet('Partners')!.write(1, 0, 'Ben Example');
    const table = tracker.fake.workbook.tables.find((candidate) => candidate.sheet === tracker.meetings)!;
    expect(table.area.rows).toBe(2);
    return { ...tracker, table };
  }
  const serial = serialFromIsoDate('2025-03-04');

  it("starts in the Meetings table's blank row, in one read sync and one write sync", async () => {
    const { port, fake, meetings, table } = await emptyTracker();
    await port.loadImportContext();
    fake.log.reset();
    fake.syncsPerRun.length = 0;
    const result = await port.importMeetings([row(), row({ source: 'uid-2 x', notes: '=1+1' }), row({ source: 'uid-3 y' })]);
    expect(result.added).toBe(3);
    expect(fake.syncsPerRun).toEqual([2]);
    expect(fake.log.count('TableRowCollection.add')).toBe(1);
    expect(meetings.contents(5, 7)).toEqual([
      ['Date', 'Partner', 'Hours', 'Kind', 'Notes', 'Source', ''],
      [serial, 'Ben Example', 1.5, 'One-to-one', 'Lunch', 'uid-1 2025-03-04T13:00:00Z', ''],
      [serial, 'Ben Example', 1.5, 'One-to-one', '=1+1', 'uid-2 x', ''],
      [serial, 'Ben Example', 1.5, 'One-to-one', 'Lunch', 'uid-3 y', ''],
      ['', '', '', '', '', '', ''],
    ]);
    expect(table.area.rows).toBe(4);
    // Text stays text in the blank row too.
    const partner = meetings.cell(1, column('partner'));
    expect([partner.formula, partner.numberFormat]).toEqual(['', '@']);
    expect(meetings.cell(2, column('notes')).formula).toBe('');
  });

  it('fills the blank row without growing the table when one meeting arrives', async () => {
    const { port, fake, meetings, table } = await emptyTracker();
    fake.log.reset();
    expect((await port.importMeetings([row()])).added).toBe(1);
    expect(fake.log.count('TableRowCollection.add')).toBe(0);
    expect(table.area.rows).toBe(2);
    expect(meetings.contents(2, 6)[1]).toEqual([serial, 'Ben Example', 1.5, 'One-to-one', 'Lunch', 'uid-1 2025-03-04T13:00:00Z']);
  });

  it('never writes over the single row when the user typed anything into it', async () => {
    const { port, meetings, table } = await emptyTracker();
    meetings.write(1, column('notes'), 'call back');
    expect((await port.importMeetings([row()])).added).toBe(1);
    expect(meetings.contents(3, 6)).toEqual([
      ['Date', 'Partner', 'Hours', 'Kind', 'Notes', 'Source'],
      ['', '', '', '', 'call back', ''],
      [serial, 'Ben Example', 1.5, 'One-to-one', 'Lunch', 'uid-1 2025-03-04T13:00:00Z'],
    ]);
    expect(table.area.rows).toBe(3);
  });

  it('keeps a formula the user typed into the single row, even one that shows nothing', async () => {
    const { port, meetings } = await emptyTracker();
    meetings.write(1, column('hours'), '=""');
    await port.importMeetings([row()]);
    expect(meetings.content(1, column('hours'))).toBe('=""');
    expect(meetings.content(2, column('partner'))).toBe('Ben Example');
  });

  it('adds nothing when the same rows are imported again', async () => {
    const { port, fake, meetings, table } = await emptyTracker();
    await port.importMeetings([row(), row({ source: 'uid-2 x' })]);
    const after = { contents: meetings.contents(10, 8), rows: table.area.rows };
    fake.log.reset();
    expect(await port.importMeetings([row(), row({ source: 'uid-2 x' })])).toEqual({
      added: 0,
      partners: [],
      alreadyThere: 2,
      addedColumns: [],
    });
    expect(fake.log.count('TableRowCollection.add')).toBe(0);
    expect({ contents: meetings.contents(10, 8), rows: table.area.rows }).toEqual(after);
    // A new meeting then goes below them, not into a row of theirs.
    await port.importMeetings([row({ source: 'uid-3 y' })]);
    expect(meetings.contents(4, 6).map((line) => line[5])).toEqual(['Source', 'uid-1 2025-03-04T13:00:00Z', 'uid-2 x', 'uid-3 y']);
  });

  it('leaves Meetings and its blank row as they were when the write fails part-way', async () => {
    const { port, fake, meetings, table } = await emptyTracker();
    const before = { contents: meetings.contents(10, 8), area: { ...table.area } };
    // The blank row is written, then Excel fails before the table grows.
    fake.failNextSync = { after: 2, message: 'GeneralException: An internal error has occurred.' };
    await expect(port.importMeetings([row(), row({ source: 'uid-2 x' })])).rejects.toThrow(/internal error/);
    expect(meetings.contents(10, 8)).toEqual(before.contents);
    expect(table.area).toEqual(before.area);
    // Then the import works, from the blank row.
    expect((await port.importMeetings([row()])).added).toBe(1);
    expect(meetings.content(1, column('source'))).toBe('uid-1 2025-03-04T13:00:00Z');
  });

  it('leaves Meetings as it was when the write fails after the table grew', async () => {
    const { port, fake, meetings, table } = await emptyTracker();
    const before = { contents: meetings.contents(10, 8), area: { ...table.area } };
    fake.failNextSync = { after: 4, message: 'GeneralException: An internal error has occurred.' };
    await expect(port.importMeetings([row(), row({ source: 'uid-2 x' }), row({ source: 'uid-3 y' })])).rejects.toThrow(/internal error/);
    expect(meetings.contents(10, 8)).toEqual(before.contents);
    expect(table.area).toEqual(before.area);
  });
});
