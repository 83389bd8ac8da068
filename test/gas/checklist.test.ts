/**
 * The checklist's Apps Script side, from the built files in node:vm, against
 * the in-memory Sheets fake holding a tracker made by Create partner tracker:
 * opening the sidebar, reading the selected partner, and saving a check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SIDEBAR_SERVER_FUNCTIONS, valueOfReply, type HostReply, type PortProblem } from '../../shared/port';
import type { sidebarGlobals } from '../../gas/checklist';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
import { CHECK_COLUMNS, EXAMPLE_PARTNERS, PARTNER_COLUMNS, exampleCheckRows, type PartnerColumnKey } from '../../shared/tracker';
import { dayBefore } from '../../shared/dates';
import { FakeUtilities, createSheetsFake, type FakeSheet, type FakeValue, type SheetsFake } from '../fakes/sheets';
import { GAS_DIST, loadGas, type GasContext } from '../support/gas-vm';

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key) + 1;
const ANSWERS = [true, true, false, true, true, true, false, true, true];
/** The script's clock: noon UTC on 14 March 2025, the 14th in Berlin, the spreadsheet's time zone. */
const NOW = Date.UTC(2025, 2, 14, 12, 0);
const TODAY = '2025-03-14';

interface Tracker {
  fake: SheetsFake;
  gas: GasContext;
  partners: FakeSheet;
  checks: FakeSheet;
}

/** A spreadsheet with the tracker and its example partners; Sheets would have computed hours and last contact. */
function trackerSpreadsheet(userLocale = 'en', now = NOW): Tracker {
  const fake = createSheetsFake({ userLocale, spreadsheetLocale: userLocale === 'de' ? 'de_DE' : 'en_US', now });
  const gas = loadGas(fake.services);
  gas.createTracker();
  const [partners, , checks] = fake.spreadsheet.sheets.slice(1);
  // The fake does not calculate: give the formula cells the values Sheets would show.
  const computed: Record<string, [number, string]> = {
    'Anna Beispiel': [6, '2025-03-12'],
    'Ben Example': [60, '2025-01-28'],
    'Clara Muster': [95, '2025-03-10'],
  };
  for (let row = 2; row <= 5; row++) {
    const name = String(partners.cellAt(row, column('partner'))?.value ?? '');
    const [hours, last] = computed[name] ?? [212, '2025-02-02'];
    partners.setComputedValue(row, column('hoursTogether'), hours);
    partners.setComputedValue(row, column('lastContact'), FakeUtilities.parseDate(last, fake.spreadsheet.timeZone, 'yyyy-MM-dd'));
  }
  return { fake, gas, partners, checks };
}

function rowOf(sheet: FakeSheet, name: string): number {
  for (let row = 2; row <= sheet.getMaxRows(); row++) if (sheet.cellAt(row, 1)?.value === name) return row;
  throw new Error(`${name} is not in ${sheet.peekName()}`);
}

function select(tracker: Tracker, sheet: FakeSheet, row: number) {
  tracker.fake.spreadsheet.setActiveSheetQuietly(sheet);
  sheet.activeRange = sheet.getRange(row, 2);
}

type ServerFunctionName = (typeof SIDEBAR_SERVER_FUNCTIONS)[keyof typeof SIDEBAR_SERVER_FUNCTIONS];
type ServerReply<Name extends ServerFunctionName> = ReturnType<(typeof sidebarGlobals)[Name]>;

/** Calls a server function of the loaded scripts as the sidebar does. */
function call<Name extends ServerFunctionName>(gas: GasContext, name: Name, ...args: unknown[]): ServerReply<Name> {
  const server = gas[name] as (...args: unknown[]) => ServerReply<Name>;
  // google.script.run passes arguments as JSON-like data.
  return server(...args.map((arg) => JSON.parse(JSON.stringify(arg)) as unknown));
}

const context = (gas: GasContext) => call(gas, SIDEBAR_SERVER_FUNCTIONS.loadChecklistContext);
const save = (gas: GasContext, check: unknown) => call(gas, SIDEBAR_SERVER_FUNCTIONS.saveCheck, check);

/** The problem of a reply that must have failed. */
function problemOf<T>(reply: HostReply<T>): PortProblem {
  if (reply.ok) throw new Error(`expected a problem, got ${JSON.stringify(reply.value)}`);
  return reply.problem;
}

function snapshotOf(sheet: FakeSheet): FakeValue[][] {
  return sheet.contents().map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)));
}

describe('opening the checklist in Sheets', () => {
  it('shows Sidebar.html as the sidebar, titled in the user language', () => {
    for (const [locale, title] of [
      ['en', 'Bond checklist'],
      ['de', 'Beziehungs-Checkliste'],
    ]) {
      const fake = createSheetsFake({ userLocale: locale });
      loadGas(fake.services).openChecklist();
      expect(fake.ui.sidebars.map((html) => [html.fileName, html.title])).toEqual([['Sidebar', title]]);
    }
  });

  it('tells the user in their language when the sidebar cannot be shown', () => {
    const fake = createSheetsFake({ userLocale: 'de' });
    const services = fake.services;
    services.HtmlService = {
      createHtmlOutputFromFile: () => {
        throw new Error('No HTML file named Sidebar was found.');
      },
    };
    loadGas(services).openChecklist();
    expect(fake.ui.sidebars).toEqual([]);
    expect(fake.ui.alerts.at(-1)).toMatchObject({
      title: TRACKER_TEXTS.de.errorTitle,
      prompt: TRACKER_TEXTS.de.unexpectedError('No HTML file named Sidebar was found.'),
    });
  });

  it('declares the menu function and every server function the sidebar calls as top-level functions', () => {
    const globals = readFileSync(path.join(GAS_DIST, 'Globals.js'), 'utf8');
    for (const name of ['openChecklist', ...Object.values(SIDEBAR_SERVER_FUNCTIONS)]) {
      expect(globals).toMatch(new RegExp(`^function ${name}\\(\\) ?\\{`, 'm'));
    }
  });

  it('ships the sidebar as one self-contained page that loads its data with google.script.run', () => {
    const html = readFileSync(path.join(GAS_DIST, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('google.script.run');
    expect(html).not.toMatch(/<\?/);
    expect(Buffer.byteLength(html)).toBeLessThan(60 * 1024);
  });
});

describe('reading the selected partner', () => {
  it('gives the partner of the selected row with hours, last contact and the partner list', () => {
    const tracker = trackerSpreadsheet();
    select(tracker, tracker.partners, rowOf(tracker.partners, 'Clara Muster'));
    const reply = context(tracker.gas);
    expect(reply).toEqual({
      ok: true,
      value: {
        language: 'en',
        partners: ['Anna Beispiel', 'Ben Example', 'Clara Muster', 'David Sample'],
        selected: {
          name: 'Clara Muster',
          hours: 95,
          lastContact: '2025-03-10',
          // The example tracker holds Clara's check of five days ago.
          previousCheck: {
            checkedOn: FakeUtilities.formatDate(dayBefore(new Date(NOW), 5), tracker.fake.spreadsheet.timeZone, 'yyyy-MM-dd'),
            answers: [...EXAMPLE_PARTNERS.find((example) => example.partner === 'Clara Muster')!.check!.answers],
            score: 8,
          },
          location: { sheet: 'Partners', row: rowOf(tracker.partners, 'Clara Muster') },
          // For the partner card, counted to today in the spreadsheet's time zone: the row's other cells (the fake
          // does not calculate Next contact due) and the meetings of the last 90 days (2 and 5 hours; not the 88 of 200 days ago).
          asOf: FakeUtilities.formatDate(new Date(NOW), tracker.fake.spreadsheet.timeZone, 'yyyy-MM-dd'),
          recentHours: 7,
          score: 8,
          checkedOn: FakeUtilities.formatDate(dayBefore(new Date(NOW), 5), tracker.fake.spreadsheet.timeZone, 'yyyy-MM-dd'),
          nextContactDue: null,
          referralsGiven: 3,
          referralsReceived: 2,
        },
      },
    });
  });

  it('gives no partner, only the list to pick from, when the selection is elsewhere', () => {
    const tracker = trackerSpreadsheet();
    const meetings = tracker.fake.spreadsheet.sheets[2];
    select(tracker, meetings, 3);
    expect(valueOfReply(context(tracker.gas)).selected).toBeNull();
    select(tracker, tracker.partners, 1);
    expect(valueOfReply(context(tracker.gas)).selected).toBeNull();
    select(tracker, tracker.partners, 40);
    expect(valueOfReply(context(tracker.gas))).toMatchObject({
      selected: null,
      partners: ['Anna Beispiel', 'Ben Example', 'Clara Muster', 'David Sample'],
    });
  });

  it('says there is no tracker when no sheet has the Partners headers', () => {
    const fake = createSheetsFake();
    expect(call(loadGas(fake.services), SIDEBAR_SERVER_FUNCTIONS.loadChecklistContext)).toEqual({
      ok: false,
      problem: { kind: 'noTracker' },
    });
  });

  it('speaks German and reads a German tracker', () => {
    const tracker = trackerSpreadsheet('de');
    expect(tracker.partners.peekName()).toBe('Partner');
    select(tracker, tracker.partners, rowOf(tracker.partners, 'Ben Example'));
    expect(valueOfReply(context(tracker.gas))).toMatchObject({
      language: 'de',
      selected: { name: 'Ben Example', hours: 60, location: { sheet: 'Partner' } },
    });
  });
});

describe('saving a check', () => {
  function check(tracker: Tracker, partner = 'Clara Muster', location?: { sheet: string; row: number }) {
    return {
      partner,
      location: location ?? { sheet: 'Partners', row: rowOf(tracker.partners, partner) },
      checkedOn: TODAY,
      answers: ANSWERS,
    };
  }

  it('writes only the score and date into the partner row and appends one Checks row, all reads first', () => {
    const tracker = trackerSpreadsheet();
    const row = rowOf(tracker.partners, 'Clara Muster');
    const partnersBefore = snapshotOf(tracker.partners);
    const checksBefore = snapshotOf(tracker.checks);
    tracker.fake.log.reset();

    expect(save(tracker.gas, check(tracker))).toEqual({
      ok: true,
      value: { partner: 'Clara Muster', checkedOn: TODAY, score: 7, location: { sheet: 'Partners', row } },
    });

    const savedOn = FakeUtilities.parseDate(TODAY, 'Europe/Berlin', 'yyyy-MM-dd');
    const expectedPartners = partnersBefore.map((cells) => cells.slice());
    expectedPartners[row - 1][column('checklistScore') - 1] = 7;
    expectedPartners[row - 1][column('checkedOn') - 1] = savedOn.toISOString();
    expect(snapshotOf(tracker.partners)).toEqual(expectedPartners);
    expect(snapshotOf(tracker.checks)).toEqual([...checksBefore, [savedOn.toISOString(), 'Clara Muster', ...ANSWERS, 7]]);
    expect(CHECK_COLUMNS.map((declared) => declared.header.en)).toEqual(checksBefore[0]);

    // After every read: the name cell of the history row formatted as plain text, the row, then the adjacent score and date as one range.
    const writes = tracker.fake.log.calls.filter((name) => /\.(set|append|insert)/.test(name));
    expect(writes).toEqual(['Range.setNumberFormat', 'Range.setValues', 'Range.setValues']);
    const firstWrite = tracker.fake.log.calls.indexOf('Range.setNumberFormat');
    expect(tracker.fake.log.calls.slice(firstWrite).filter((name) => /get/.test(name) && !/getRange|getSheetByName/.test(name))).toEqual(
      [],
    );
  });

  it('shows the check as the previous one next time, with its date and answers', () => {
    const tracker = trackerSpreadsheet();
    save(tracker.gas, check(tracker));
    select(tracker, tracker.partners, rowOf(tracker.partners, 'Clara Muster'));
    expect(valueOfReply(context(tracker.gas)).selected?.previousCheck).toEqual({ checkedOn: TODAY, answers: ANSWERS, score: 7 });
  });

  it('dates the check today in the spreadsheet time zone, whatever day the browser shows', () => {
    // 23:30 UTC on 14 March: already the 15th in Berlin. The sidebar runs in New York, where it is still the 14th.
    const berlin = trackerSpreadsheet('en', Date.UTC(2025, 2, 14, 23, 30));
    expect(valueOfReply(save(berlin.gas, check(berlin))).checkedOn).toBe('2025-03-15');
    const written = berlin.partners.cellAt(rowOf(berlin.partners, 'Clara Muster'), column('checkedOn'))!.value as Date;
    expect(FakeUtilities.formatDate(written, 'Europe/Berlin', 'yyyy-MM-dd')).toBe('2025-03-15');

    // 03:00 UTC on 15 March: still the 14th in Los Angeles, while a browser in Berlin shows the 15th.
    const losAngeles = trackerSpreadsheet('en', Date.UTC(2025, 2, 15, 3, 0));
    losAngeles.fake.spreadsheet.timeZone = 'America/Los_Angeles';
    expect(valueOfReply(save(losAngeles.gas, { ...check(losAngeles), checkedOn: '2025-03-15' })).checkedOn).toBe('2025-03-14');
    const row = rowOf(losAngeles.partners, 'Clara Muster');
    expect(
      FakeUtilities.formatDate(losAngeles.partners.cellAt(row, column('checkedOn'))!.value as Date, 'America/Los_Angeles', 'yyyy-MM-dd'),
    ).toBe('2025-03-14');
    const history = losAngeles.checks.contents().at(-1)!;
    expect(FakeUtilities.formatDate(history[0] as Date, 'America/Los_Angeles', 'yyyy-MM-dd')).toBe('2025-03-14');
  });

  it('finds the partner by name when the row moved', () => {
    const tracker = trackerSpreadsheet();
    const loaded = check(tracker);
    // Someone sorts the partners: Clara and Anna swap rows.
    const claraRow = rowOf(tracker.partners, 'Clara Muster');
    const annaRow = rowOf(tracker.partners, 'Anna Beispiel');
    const width = PARTNER_COLUMNS.length;
    const clara = tracker.partners.getRange(claraRow, 1, 1, width).peekValues();
    const anna = tracker.partners.getRange(annaRow, 1, 1, width).peekValues();
    tracker.partners.getRange(claraRow, 1, 1, width).setValues(anna);
    tracker.partners.getRange(annaRow, 1, 1, width).setValues(clara);

    expect(valueOfReply(save(tracker.gas, loaded)).location).toEqual({ sheet: 'Partners', row: annaRow });
    expect(tracker.partners.cellAt(annaRow, column('checklistScore'))!.value).toBe(7);
    expect(tracker.partners.cellAt(claraRow, column('checklistScore'))!.value).toBe('');
  });

  it('finds the tracker by its headers when the sheets were renamed', () => {
    const tracker = trackerSpreadsheet();
    const loaded = check(tracker);
    tracker.partners.setName('Kontakte');
    tracker.checks.setName('Verlauf');
    expect(valueOfReply(save(tracker.gas, loaded)).location).toEqual({ sheet: 'Kontakte', row: loaded.location.row });
    expect(tracker.checks.getLastRow()).toBe(1 + exampleCheckRows(new Date(NOW)).length + 1);
  });

  it('adds a row to a full Checks sheet rather than failing', () => {
    const tracker = trackerSpreadsheet();
    const lastRow = 1 + exampleCheckRows(new Date(NOW)).length;
    tracker.checks.maxRows = lastRow;
    expect(save(tracker.gas, check(tracker)).ok).toBe(true);
    expect(tracker.checks.maxRows).toBe(lastRow + 1);
    expect(tracker.checks.cellAt(lastRow + 1, 2)!.value).toBe('Clara Muster');
  });

  it('writes nothing and says so when the partner is no longer in the tracker', () => {
    const tracker = trackerSpreadsheet();
    const loaded = check(tracker);
    tracker.partners.getRange(loaded.location.row, column('partner')).setValue('Clara Schmidt');
    const before = [snapshotOf(tracker.partners), snapshotOf(tracker.checks)];
    expect(save(tracker.gas, loaded)).toEqual({ ok: false, problem: { kind: 'partnerNotFound', partner: 'Clara Muster' } });
    expect([snapshotOf(tracker.partners), snapshotOf(tracker.checks)]).toEqual(before);
  });

  it('leaves the partner row as it was when Sheets refuses the history row', () => {
    const tracker = trackerSpreadsheet();
    const refuse = () => {
      throw new Error('You are trying to edit a protected cell or object.');
    };
    const getRange = tracker.checks.getRange.bind(tracker.checks);
    tracker.checks.getRange = (...args: Parameters<typeof getRange>) => Object.assign(getRange(...args), { setValues: refuse });
    const before = snapshotOf(tracker.partners);
    // The error reaches the sidebar through google.script.run's failure handler.
    expect(() => save(tracker.gas, check(tracker))).toThrow('You are trying to edit a protected cell or object.');
    expect(snapshotOf(tracker.partners)).toEqual(before);
    // The lock is released all the same, so the next save is not kept waiting.
    expect(tracker.fake.documentLock.holder).toBeNull();
  });

  it('writes nothing and says so when the Checks sheet is gone', () => {
    const tracker = trackerSpreadsheet();
    tracker.checks.getRange(1, 1, 1, CHECK_COLUMNS.length).setValues([new Array<string>(CHECK_COLUMNS.length).fill('')]);
    const before = snapshotOf(tracker.partners);
    expect(save(tracker.gas, check(tracker))).toEqual({ ok: false, problem: { kind: 'noChecksSheet' } });
    expect(snapshotOf(tracker.partners)).toEqual(before);
  });

  it('refuses an incomplete check with a message saying what is missing', () => {
    const tracker = trackerSpreadsheet();
    expect(save(tracker.gas, { ...check(tracker), answers: ANSWERS.slice(0, 8) })).toEqual({
      ok: false,
      problem: { kind: 'invalidCheck', reason: 'unanswered' },
    });
    expect(problemOf(save(tracker.gas, { ...check(tracker), checkedOn: '14.03.2025' })).kind).toBe('invalidCheck');
  });
});

describe('what a save writes stays what it was', () => {
  // Names a user can give a partner that Sheets would otherwise read as a formula, a number, a boolean or a date.
  const NAMES = ['=IMAGE("https://example.com/x.png"&A1)', '+49 170 1234567', '-Anna', '@Ben', '007', 'TRUE', '1/2', '1e3', '50%'];

  it.each(NAMES)('stores the partner %s as that text in the Checks row, and shows the check next time', (name) => {
    const tracker = trackerSpreadsheet();
    const row = rowOf(tracker.partners, 'Anna Beispiel');
    // The name as the user entered it (as text) in the Partners sheet.
    tracker.partners.cell(row, column('partner')).value = name;
    const reply = save(tracker.gas, { partner: name, location: { sheet: 'Partners', row }, checkedOn: TODAY, answers: ANSWERS });
    expect(reply).toMatchObject({ ok: true, value: { partner: name } });

    const history = tracker.checks.cellAt(tracker.checks.getLastRow(), 2)!;
    expect(history).toMatchObject({ value: name, formula: '' });
    select(tracker, tracker.partners, row);
    expect(valueOfReply(context(tracker.gas)).selected).toMatchObject({
      name,
      previousCheck: { checkedOn: TODAY, answers: ANSWERS, score: 7 },
    });
  });

  it('keeps answers booleans, the score a number and the dates dates', () => {
    const tracker = trackerSpreadsheet();
    const row = rowOf(tracker.partners, 'Ben Example');
    save(tracker.gas, { partner: 'Ben Example', location: { sheet: 'Partners', row }, checkedOn: TODAY, answers: ANSWERS });
    const [date, partner, ...rest] = tracker.checks.contents().at(-1)!;
    expect(date).toBeInstanceOf(Date);
    expect(partner).toBe('Ben Example');
    expect(rest).toEqual([...ANSWERS, 7]);
    expect(tracker.partners.cellAt(row, column('checklistScore'))!.value).toBe(7);
    expect(tracker.partners.cellAt(row, column('checkedOn'))!.value).toBeInstanceOf(Date);
    // Only the name cell was given the text format; the date and answers keep theirs.
    const last = tracker.checks.getLastRow();
    expect(tracker.checks.cellAt(last, 2)!.numberFormat).toBe('@');
    expect(tracker.checks.cellAt(last, 1)!.numberFormat).not.toBe('@');
    expect(tracker.checks.cellAt(last, 3)!.numberFormat).not.toBe('@');
  });
});

describe('two people saving at once', () => {
  const check = (tracker: Tracker) => ({
    partner: 'Clara Muster',
    location: { sheet: 'Partners', row: rowOf(tracker.partners, 'Clara Muster') },
    checkedOn: TODAY,
    answers: ANSWERS,
  });

  it('holds the document lock while saving and always releases it', () => {
    const tracker = trackerSpreadsheet();
    tracker.fake.log.reset();
    expect(save(tracker.gas, check(tracker)).ok).toBe(true);
    const calls = tracker.fake.log.calls;
    // The lock is taken before the first read; writes are flushed before it is let go.
    expect(calls.indexOf('LockService.getDocumentLock')).toBeLessThan(calls.indexOf('SpreadsheetApp.getActiveSpreadsheet'));
    expect(calls.at(-1)).toBe('SpreadsheetApp.flush');
    expect(tracker.fake.documentLock.waits).toEqual([5000]);
    expect(tracker.fake.documentLock.holder).toBeNull();
  });

  it('waits a few seconds for another save, then says so and writes nothing', () => {
    const tracker = trackerSpreadsheet();
    const other = tracker.fake.documentLock.holdElsewhere();
    const before = [snapshotOf(tracker.partners), snapshotOf(tracker.checks)];
    expect(save(tracker.gas, check(tracker))).toEqual({ ok: false, problem: { kind: 'busy' } });
    expect([snapshotOf(tracker.partners), snapshotOf(tracker.checks)]).toEqual(before);
    expect(tracker.fake.documentLock.waits).toEqual([5000]);
    // The other save's lock is left alone; once it is done, saving works.
    expect(tracker.fake.documentLock.holder).toBe(other);
    other.releaseLock();
    expect(save(tracker.gas, check(tracker)).ok).toBe(true);
  });

  it('lets no second save in while the first is writing', () => {
    const tracker = trackerSpreadsheet();
    const rowsBefore = tracker.checks.getLastRow();
    let second: unknown;
    const setName = tracker.partners.getRange.bind(tracker.partners);
    tracker.partners.getRange = (...args: Parameters<typeof setName>) => {
      // While the first save writes the partner row, a second person saves.
      second ??= save(tracker.gas, { ...check(tracker), partner: 'Ben Example', location: null });
      return setName(...args);
    };
    expect(save(tracker.gas, check(tracker)).ok).toBe(true);
    expect(second).toEqual({ ok: false, problem: { kind: 'busy' } });
    expect(tracker.checks.getLastRow()).toBe(rowsBefore + 1);
    expect(tracker.checks.cellAt(rowsBefore + 1, 2)!.value).toBe('Clara Muster');
  });
});
