/**
 * The calendar import's Apps Script side, from the built files in node:vm,
 * against the in-memory Sheets fake holding a tracker made by Create partner
 * tracker: the dialog, the context, the remembered period, and the append
 * (one batched write, identities kept, nothing twice, nothing on failure).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IMPORT_SERVER_FUNCTIONS, PERIOD_SETTING, type ImportReply, type MeetingToImport } from '../../shared/calendar';
import { MEETING_COLUMNS, type MeetingColumnKey } from '../../shared/tracker';
import { Button, createSheetsFake, type FakeSheet, type FakeValue, type SheetsFake } from '../fakes/sheets';
import { GAS_DIST, loadGas, type GasContext } from '../support/gas-vm';

/** Noon UTC on 1 December 2025. */
const NOW = Date.UTC(2025, 11, 1, 12, 0);
const column = (key: MeetingColumnKey) => MEETING_COLUMNS.findIndex((candidate) => candidate.key === key) + 1;

interface Tracker {
  fake: SheetsFake;
  gas: GasContext;
  meetings: FakeSheet;
}

function trackerSpreadsheet(userLocale = 'en', withExamples = true): Tracker {
  const fake = createSheetsFake({ userLocale, spreadsheetLocale: userLocale === 'de' ? 'de_DE' : 'en_US', now: NOW });
  const gas = loadGas(fake.services);
  if (!withExamples) fake.ui.answers.push(Button.NO);
  gas.createTracker();
  return { fake, gas, meetings: fake.spreadsheet.sheets[2] };
}

/** Calls a server function as google.script.run does: arguments as JSON-like data. */
function call<T>(gas: GasContext, name: string, ...args: unknown[]): ImportReply<T> {
  const server = gas[name] as (...args: unknown[]) => ImportReply<T>;
  return server(...args.map((arg) => JSON.parse(JSON.stringify(arg)) as unknown));
}

function row(fields: Partial<MeetingToImport> = {}): MeetingToImport {
  return {
    date: '2025-03-04',
    partner: 'Ben Example',
    hours: 1.5,
    kind: 'One-to-one',
    notes: 'Lunch',
    source: 'uid-1@google.com 2025-03-04T13:00:00Z',
    ...fields,
  };
}

function snapshot(sheet: FakeSheet): unknown[] {
  const cells = sheet.contents().map((line) => line.map((cell: FakeValue) => (cell instanceof Date ? cell.toISOString() : cell)));
  const formats = sheet.getRange(1, 1, 40, 8).getNumberFormats();
  return [cells, formats, sheet.getMaxRows()];
}

describe('opening the import in Sheets', () => {
  it('shows Import.html as a dialog, titled in the user language', () => {
    for (const [locale, title] of [
      ['en', 'Import meetings from a calendar file'],
      ['de', 'Treffen aus einer Kalenderdatei importieren'],
    ]) {
      const fake = createSheetsFake({ userLocale: locale });
      loadGas(fake.services).openCalendarImport();
      expect(fake.ui.dialogs.map(({ html, title }) => [html.fileName, title, html.width > 600, html.height > 400])).toEqual([
        ['Import', title, true, true],
      ]);
    }
  });

  it('declares the menu function and every server function the dialog calls as top-level functions', () => {
    const globals = readFileSync(path.join(GAS_DIST, 'Globals.js'), 'utf8');
    for (const name of ['openCalendarImport', ...Object.values(IMPORT_SERVER_FUNCTIONS)]) {
      expect(globals).toMatch(new RegExp(`^function ${name}\\(\\) ?\\{`, 'm'));
    }
  });

  it('keeps the parser out of the Apps Script code: the file is read in the dialog', () => {
    expect(readFileSync(path.join(GAS_DIST, 'Bondstage.js'), 'utf8')).not.toMatch(/VCALENDAR|RRULE/);
  });

  it('asks for no new scope: the manifest still names only the current spreadsheet and its dialogs', () => {
    const manifest = JSON.parse(readFileSync(path.join(GAS_DIST, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(readFileSync(path.join(GAS_DIST, 'Bondstage.js'), 'utf8')).not.toMatch(/CalendarApp|UrlFetchApp/);
  });
});

describe('the import context', () => {
  it('gives the partners, the sources already imported, the default period and today in the spreadsheet', () => {
    const { gas } = trackerSpreadsheet();
    expect(call(gas, IMPORT_SERVER_FUNCTIONS.loadImportContext)).toEqual({
      ok: true,
      value: {
        language: 'en',
        partners: ['Anna Beispiel', 'Ben Example', 'Clara Muster', 'David Sample'].map((name) => ({ name, email: '' })),
        sources: [],
        period: 'last12Months',
        today: '2025-12-01',
      },
    });
  });

  it('remembers the period per document, and falls back to the default for anything else stored', () => {
    const { gas, fake } = trackerSpreadsheet();
    expect(call(gas, IMPORT_SERVER_FUNCTIONS.savePeriod, 'last3Months')).toEqual({ ok: true, value: null });
    expect(fake.documentProperties.getProperty(PERIOD_SETTING)).toBe('last3Months');
    const reply = call<{ period: string }>(gas, IMPORT_SERVER_FUNCTIONS.loadImportContext);
    expect(reply.ok && reply.value.period).toBe('last3Months');
    fake.documentProperties.setProperty(PERIOD_SETTING, 'forever');
    const fallback = call<{ period: string }>(gas, IMPORT_SERVER_FUNCTIONS.loadImportContext);
    expect(fallback.ok && fallback.value.period).toBe('last12Months');
  });

  it('reads the values of only the sheets it uses: the first Partners sheet and Meetings, not Checks', () => {
    const { gas, fake } = trackerSpreadsheet();
    fake.log.reset();
    expect(call(gas, IMPORT_SERVER_FUNCTIONS.loadImportContext).ok).toBe(true);
    expect(fake.log.count('Sheet.getDataRange')).toBe(2);
  });

  it('says when there is no tracker, or no Meetings sheet', () => {
    const empty = createSheetsFake({ now: NOW });
    expect(call(loadGas(empty.services), IMPORT_SERVER_FUNCTIONS.loadImportContext)).toEqual({ ok: false, problem: { kind: 'noTracker' } });
    const { gas, fake, meetings } = trackerSpreadsheet();
    fake.spreadsheet.deleteSheet(meetings);
    expect(call(gas, IMPORT_SERVER_FUNCTIONS.loadImportContext)).toEqual({ ok: false, problem: { kind: 'noMeetingsSheet' } });
  });
});

describe('importing meetings', () => {
  it('appends every row in one batched write below the last meeting, text cells as text', () => {
    const { gas, fake, meetings } = trackerSpreadsheet();
    const before = meetings.contents().length;
    const rows = [
      row(),
      row({ partner: 'clara  muster', notes: '=HYPERLINK("https://example.com","x")', source: 'uid-2 2025-03-05T10:00:00Z', kind: 'Call' }),
      row({ partner: 'Anna Beispiel', notes: '+49 call', hours: 0, source: '007' }),
    ];
    fake.log.reset();
    const reply = call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, rows);
    expect(reply).toEqual({
      ok: true,
      value: {
        added: 3,
        partners: [
          { name: 'Ben Example', meetings: 1, hours: 1.5 },
          { name: 'Clara Muster', meetings: 1, hours: 1.5 },
          { name: 'Anna Beispiel', meetings: 1, hours: 0 },
        ],
        alreadyThere: 0,
        addedColumns: [],
      },
    });
    expect(fake.log.count('Range.setValues')).toBe(1);
    const written = meetings.contents().slice(before);
    expect(written.map((line) => line.slice(1))).toEqual([
      ['Ben Example', 1.5, 'One-to-one', 'Lunch', 'uid-1@google.com 2025-03-04T13:00:00Z'],
      ['Clara Muster', 1.5, 'Call', '=HYPERLINK("https://example.com","x")', 'uid-2 2025-03-05T10:00:00Z'],
      ['Anna Beispiel', 0, 'One-to-one', '+49 call', '007'],
    ]);
    // Stored as text, not as a formula or a number.
    const titleCell = meetings.cellAt(before + 2, column('notes'))!;
    expect([titleCell.formula, titleCell.value, titleCell.numberFormat]).toEqual(['', '=HYPERLINK("https://example.com","x")', '@']);
    expect(meetings.cellAt(before + 3, column('source'))!.value).toBe('007');
    // The day at midnight in the spreadsheet's zone (Europe/Berlin).
    expect((written[0][0] as Date).toISOString()).toBe('2025-03-03T23:00:00.000Z');
    expect(meetings.cellAt(before + 1, column('hours'))!.numberFormat).toBe('0.0');
  });

  it('starts right below the header in a tracker made without examples, and goes on below', () => {
    const { gas, fake, meetings } = trackerSpreadsheet('en', false);
    fake.spreadsheet.sheet('Partners')!.getRange(2, 1).setValue('Ben Example');
    expect(meetings.contents()).toHaveLength(1);
    const first = call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, [row(), row({ source: 'uid-2 x' })]);
    expect(first).toMatchObject({ ok: true, value: { added: 2 } });
    const again = call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, [row(), row({ source: 'uid-2 x' }), row({ source: 'uid-3 y' })]);
    expect(again.ok && again.value).toMatchObject({ added: 1, alreadyThere: 2 });
    expect(meetings.contents().map((line) => line.slice(1, 3))).toEqual([
      ['Partner', 'Hours'],
      ['Ben Example', 1.5],
      ['Ben Example', 1.5],
      ['Ben Example', 1.5],
    ]);
    expect(meetings.contents().map((line) => line[column('source') - 1])).toEqual([
      'Source',
      'uid-1@google.com 2025-03-04T13:00:00Z',
      'uid-2 x',
      'uid-3 y',
    ]);
  });

  it('adds nothing when the same rows are imported again', () => {
    const { gas, fake, meetings } = trackerSpreadsheet();
    call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, [row()]);
    const after = snapshot(meetings);
    fake.log.reset();
    const again = call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, [row()]);
    expect(again).toEqual({ ok: true, value: { added: 0, partners: [], alreadyThere: 1, addedColumns: [] } });
    expect(fake.log.count('Range.set')).toBe(0);
    expect(snapshot(meetings)).toEqual(after);
    const context = call<{ sources: string[] }>(gas, IMPORT_SERVER_FUNCTIONS.loadImportContext);
    expect(context.ok && context.value.sources).toEqual(['uid-1@google.com 2025-03-04T13:00:00Z']);
  });

  it('gives an older tracker its Source column at the right end, nothing else moved', () => {
    const { gas, meetings } = trackerSpreadsheet('de');
    meetings.getRange(1, column('source')).clearContent();
    meetings.getRange(1, 8).setValue('Eigene Spalte');
    const before = meetings.contents();
    const reply = call<{ addedColumns: string[] }>(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, [row({ kind: 'Essen' })]);
    expect(reply.ok && reply.value.addedColumns).toEqual(['Quelle']);
    const after = meetings.contents();
    expect(after[0]).toEqual([...before[0], 'Quelle']);
    expect(after.slice(1, before.length)).toEqual(before.slice(1).map((line) => [...line, '']));
    expect(after[before.length].slice(1)).toEqual([
      'Ben Example',
      1.5,
      'Essen',
      'Lunch',
      '',
      '',
      '',
      'uid-1@google.com 2025-03-04T13:00:00Z',
    ]);
  });

  it('leaves Meetings as it was when the write fails', () => {
    const { gas, meetings } = trackerSpreadsheet();
    meetings.getRange(1, column('source')).clearContent();
    const before = snapshot(meetings);
    meetings.failNextSetValues = 'Service Spreadsheets timed out while accessing document.';
    expect(() => call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, [row()])).toThrow(/timed out/);
    expect(snapshot(meetings)).toEqual(before);
  });

  it('refuses rows that are not what the page sends, and writes nothing', () => {
    const { gas, fake, meetings } = trackerSpreadsheet();
    const before = snapshot(meetings);
    for (const rows of [[], [row({ partner: 'Somebody else' })], [row({ date: 'yesterday' })], 'rows']) {
      expect(call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, rows)).toEqual({ ok: false, problem: { kind: 'invalidRows' } });
    }
    expect(snapshot(meetings)).toEqual(before);
    fake.spreadsheet.deleteSheet(meetings);
    expect(call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, [row()])).toEqual({ ok: false, problem: { kind: 'noMeetingsSheet' } });
  });

  it('waits for the document lock, and reports busy without writing when another save holds it', () => {
    const { gas, fake, meetings } = trackerSpreadsheet();
    const before = snapshot(meetings);
    fake.documentLock.holdElsewhere();
    expect(call(gas, IMPORT_SERVER_FUNCTIONS.importMeetings, [row()])).toEqual({ ok: false, problem: { kind: 'busy' } });
    expect(snapshot(meetings)).toEqual(before);
  });
});
