/**
 * The tracker commands in the built Apps Script files, run in node:vm against
 * the in-memory Sheets fake: menu, Create partner tracker, Apply stage colours
 * and About, in English and German, and what they must never do to user data.
 */
import packageJson from '../../package.json';
import { NEGATIVE_BALANCE_COLOURS, STAGE_COLOURS, OVERDUE_COLOURS, VCP_COLOURS, isOwnColourRule } from '../../shared/formatting';
import { VCP_LABELS } from '../../shared/messages/next-step';
import { STAGE_LABELS } from '../../shared/messages/stages';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
import {
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  SHEETS_TRACKER_ROWS,
  CHECK_COLUMNS,
  columnLetter,
  headerOfColumnFormula,
  isComputedColumn,
  settingNamesFor,
  type PartnerColumnKey,
} from '../../shared/tracker';
import { type FakeRange, type FakeSheet, createSheetsFake, FakeConditionalFormatRuleBuilder, Button, triggerEvent } from '../fakes/sheets';
import { loadGas } from '../support/gas-vm';

/** Bondstage's own colour rules on a tracker's partner sheet: 4 stages, overdue, 3 VCP phases, negative balance. */
const OWN_RULES = 9;
const at = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((column) => column.key === key);
/** A partner column below its header, as the Sheets formulas write it: D2:D. */
const range = (key: PartnerColumnKey) => `${columnLetter(at(key))}2:${columnLetter(at(key))}`;
/** Runs of adjacent indexes: [3, 4, 6] → [[3, 4], [6]]. */
const adjacentRunsOf = (indexes: number[]) =>
  indexes.reduce<number[][]>((runs, index) => {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === index - 1) last.push(index);
    else runs.push([index]);
    return runs;
  }, []);

function setup(options: { userLocale?: string } = {}) {
  const fake = createSheetsFake(options);
  const gas = loadGas(fake.services);
  return { ...fake, gas };
}

/** Header texts of row 1: plain values, or the header literal of a column formula. */
function headers(sheet: FakeSheet): string[] {
  return sheet.contents(1)[0].map((cell) => headerOfColumnFormula(cell) ?? String(cell));
}

function colourRulesOf(sheet: FakeSheet) {
  return sheet.conditionalFormatRules.map((rule) => ({
    formula: rule.getBooleanCondition()?.getCriteriaValues()[0],
    background: rule.getBooleanCondition()?.getBackground(),
    font: rule.getBooleanCondition()?.getFontColor(),
    ranges: rule.getRanges().map((range) => range.getA1Notation()),
  }));
}

describe('the Bondstage menu', () => {
  it('is an add-on menu whose every item calls a top-level function of the pushed code', () => {
    const { gas, ui } = setup();
    gas.onOpen(triggerEvent('FULL'));
    expect(ui.menus).toHaveLength(1);
    const [menu] = ui.menus;
    expect(menu.isAddonMenu).toBe(true);
    const items = menu.items.filter((item) => item !== 'separator');
    expect(items).toEqual([
      { caption: 'Create partner tracker', functionName: 'createTracker' },
      { caption: 'Update tracker', functionName: 'updateTracker' },
      { caption: 'Apply stage colours', functionName: 'applyStageColours' },
      { caption: 'Open bond checklist', functionName: 'openChecklist' },
      { caption: 'Import meetings from a calendar file', functionName: 'openCalendarImport' },
      { caption: 'About Bondstage', functionName: 'showAbout' },
    ]);
    for (const item of items) expect(typeof gas[item.functionName]).toBe('function');
  });

  it('touches no service but the menu when the add-on is not yet authorised (AuthMode.NONE)', () => {
    const { gas, ui, log, services } = setup({ userLocale: 'de' });
    (services.Session as { getActiveUserLocale(): string }).getActiveUserLocale = () => {
      throw new Error('Session is not allowed in AuthMode.NONE');
    };
    gas.onOpen(triggerEvent('NONE'));
    expect(
      log.calls.every((call) => call === 'SpreadsheetApp.getUi' || call.startsWith('Ui.createAddonMenu') || call.startsWith('Menu.')),
    ).toBe(true);
    expect((ui.menus[0].items[0] as { caption: string }).caption).toBe('Create partner tracker');
  });

  it('speaks German when the user locale is German, and onInstall builds the same menu', () => {
    const { gas, ui } = setup({ userLocale: 'de_AT' });
    gas.onInstall(triggerEvent('FULL'));
    const captions = ui.menus[0].items.flatMap((item) => (item === 'separator' ? [] : [item.caption]));
    expect(captions).toEqual([
      'Partnerliste anlegen',
      'Partnerliste aktualisieren',
      'Stufenfarben anwenden',
      'Beziehungs-Checkliste öffnen',
      'Treffen aus einer Kalenderdatei importieren',
      'Über Bondstage',
    ]);
  });
});

describe('Create partner tracker', () => {
  it('adds Partners, Meetings and Checks to a fresh spreadsheet with formulas, formats, widths and validation', () => {
    const { gas, spreadsheet, ui } = setup();
    ui.answers.push(Button.NO); // no examples
    gas.createTracker();

    expect(spreadsheet.sheets.map((sheet) => sheet.peekName())).toEqual([
      'Sheet1',
      'Partners',
      'Meetings',
      'Checks',
      'Settings',
      'Dashboard',
    ]);
    const partners = spreadsheet.sheet('Partners')!;
    const meetings = spreadsheet.sheet('Meetings')!;
    const checks = spreadsheet.sheet('Checks')!;
    expect(headers(partners)).toEqual(PARTNER_COLUMNS.map((column) => column.header.en));
    expect(headers(meetings)).toEqual(MEETING_COLUMNS.map((column) => column.header.en));
    expect(headers(checks)).toEqual(CHECK_COLUMNS.map((column) => column.header.en));

    // Every computed column is one array formula in its header cell: no row formulas, no row cap.
    const lastRow = partners.contents(SHEETS_TRACKER_ROWS)[SHEETS_TRACKER_ROWS - 1];
    expect(partners.contents(2)[1].every((cell) => cell === '')).toBe(true);
    expect(lastRow.every((cell) => cell === '')).toBe(true);
    const header = partners.contents(1)[0];
    const guarded = (range: string) => `IFERROR(${range},"#ERROR!")`;
    const together = range('hoursTogether');
    expect(header[at('hoursTogether')]).toBe(
      `=ARRAYFORMULA(VSTACK("Hours together",PARTNERHOURS(${guarded('A2:A')},${guarded('Meetings!$B$2:$B')},${guarded('Meetings!$C$2:$C')})))`,
    );
    expect(header[at('recentHours')]).toBe(
      `=ARRAYFORMULA(VSTACK("Hours in the last 90 days",PARTNERHOURS(${guarded('A2:A')},${guarded('Meetings!$B$2:$B')},${guarded('Meetings!$C$2:$C')},${guarded('Meetings!$A$2:$A')},TODAY()-Bondstage_ForecastDays)))`,
    );
    expect(header[at('stage')]).toBe(`=ARRAYFORMULA(VSTACK("Stage",BONDSTAGE(${guarded(together)},"en",Bondstage_Thresholds)))`);
    expect(header[at('progress')]).toBe(`=ARRAYFORMULA(VSTACK("Progress",BONDPROGRESS(${guarded(together)},Bondstage_Thresholds)))`);
    expect(header[at('hoursToNext')]).toBe(
      `=ARRAYFORMULA(VSTACK("Hours to next stage",HOURSTONEXT(${guarded(together)},Bondstage_Thresholds)))`,
    );
    expect(header[at('lastContact')]).toBe(
      `=ARRAYFORMULA(VSTACK("Last contact",LASTCONTACT(${guarded('A2:A')},${guarded('Meetings!$B$2:$B')},${guarded('Meetings!$A$2:$A')})))`,
    );
    const [last, every] = [range('lastContact'), range('contactEvery')];
    expect(header[at('nextContactDue')]).toBe(
      `=ARRAYFORMULA(VSTACK("Next contact due",IF((${last}="")+(${every}=""),"",${last}+${every})))`,
    );
    expect(header[at('referralReady')]).toBe(
      `=ARRAYFORMULA(VSTACK("Referral ready",REFERRALREADY(${guarded(together)},${guarded(range('checklistScore'))},Bondstage_ReadyHours,Bondstage_ReadyScore)))`,
    );
    expect(header[at('givenBalance')]).toBe(
      `=ARRAYFORMULA(VSTACK("Givers Gain balance",IF(TRIM(A2:A)="","",${range('referralsGiven')}-${range('referralsReceived')})))`,
    );
    // Typing into a computed column would block its formula: each computed run warns before anyone does.
    const computedRuns = adjacentRunsOf(PARTNER_COLUMNS.flatMap((column, index) => (isComputedColumn(column.key) ? [index] : [])));
    expect(partners.protections.map((protection) => [protection.range.getA1Notation(), protection.warningOnly])).toEqual(
      computedRuns.map((run) => [`${columnLetter(run[0])}1:${columnLetter(run[run.length - 1])}1000`, true]),
    );
    expect(partners.protections[0].description).toMatch(/^Bondstage computes this column/);

    expect(partners.frozenRows).toBe(1);
    expect(meetings.frozenRows).toBe(1);
    expect(partners.columnWidths.get(1)).toBeGreaterThan(100);
    expect(partners.cellAt(2, at('progress') + 1)!.numberFormat).toBe('0%');
    expect(partners.cellAt(2, at('lastContact') + 1)!.numberFormat).toBe('yyyy-mm-dd');
    expect(meetings.cellAt(5, 3)!.numberFormat).toBe('0.0');
    expect(partners.cellAt(1, 1)!.fontWeight).toBe('bold');

    const hours = meetings.validationAt(2, 3)!;
    expect(hours.getAllowInvalid()).toBe(false);
    expect(hours.getHelpText()).toBe('Hours must be a number of 0 or more, e.g. 1.5');
    expect(hours.accepts(1.5)).toBe(true);
    expect(hours.accepts(-1)).toBe(false);
    expect(hours.accepts('two')).toBe(false);
    const partnerChoice = meetings.validationAt(SHEETS_TRACKER_ROWS, 2)!;
    expect(partnerChoice.getCriteriaType()).toBe('VALUE_IN_RANGE');
    const partnerRange = partnerChoice.getCriteriaValues()[0] as FakeRange;
    expect(partnerRange.getA1Notation()).toBe(`A2:A${SHEETS_TRACKER_ROWS}`);
    expect(partnerRange.sheet).toBe(partners);

    expect(spreadsheet.activeSheet).toBe(partners);
    expect(spreadsheet.toasts.at(-1)!.message).toMatch(/^Created Partners, Meetings, Checks, Settings and Dashboard/);
  });

  it('adds example partners and meetings when asked, so every column has something to show', () => {
    const { gas, spreadsheet, ui } = setup();
    ui.answers.push(Button.YES);
    gas.createTracker();
    const partners = spreadsheet.sheet('Partners')!.contents(6);
    expect(partners.slice(1, 5).map((row) => row[0])).toEqual(['Anna Beispiel', 'Ben Example', 'Clara Muster', 'David Sample']);
    expect(partners[5][0]).toBe('');
    const meetings = spreadsheet.sheet('Meetings')!.contents();
    expect(meetings.length).toBe(10);
    expect(Object.prototype.toString.call(meetings[1][0])).toBe('[object Date]');
    expect(spreadsheet.toasts.at(-1)!.message).toMatch(/example rows are marked/);
  });

  it('leaves an existing Partners sheet untouched and creates the tracker under fresh names when the user agrees', () => {
    const { gas, spreadsheet, ui } = setup();
    const existing = spreadsheet.addSheet('Partners');
    existing.getRange(1, 1, 2, 3).setValues([
      ['Name', 'Phone', 'Stage'],
      ['Eva', '0170 123', 'my own words'],
    ]);
    const userRule = new FakeConditionalFormatRuleBuilder()
      .whenTextEqualTo('Eva')
      .setBackground('#ff0000')
      .setRanges([existing.getRange('A2:A10')])
      .build();
    existing.conditionalFormatRules = [userRule];
    const before = JSON.stringify(existing.contents());

    ui.answers.push(Button.YES, Button.NO); // yes to fresh names, no examples
    gas.createTracker();

    expect(ui.alerts[0].prompt).toContain('already has a sheet named Partners');
    expect(ui.alerts[0].prompt).toContain('Partners (2), Meetings (2), Checks (2), Settings (2) and Dashboard (2)');
    expect(JSON.stringify(existing.contents())).toBe(before);
    expect(existing.conditionalFormatRules).toEqual([userRule]);
    expect(existing.validations).toEqual([]);
    expect(spreadsheet.sheet('Partners (2)')).toBeDefined();
    // The fresh Partners sheet reads the fresh Meetings sheet.
    expect(spreadsheet.sheet('Partners (2)')!.contents(1)[0][at('hoursTogether')]).toContain(`IFERROR('Meetings (2)'!$B$2:$B,"#ERROR!")`);
    expect(spreadsheet.toasts.at(-1)!.message).toMatch(
      /^Partners already existed and was left untouched; the new tracker is Partners \(2\)/,
    );
  });

  it('creates nothing when the user declines the fresh names or cancels', () => {
    for (const answers of [[Button.NO], [Button.YES, Button.CANCEL]]) {
      const { gas, spreadsheet, ui } = setup();
      spreadsheet.addSheet('Meetings');
      ui.answers.push(...answers);
      gas.createTracker();
      expect(spreadsheet.sheets.map((sheet) => sheet.peekName())).toEqual(['Sheet1', 'Meetings']);
      expect(spreadsheet.toasts.at(-1)!.message).toBe('Nothing was created.');
    }
  });

  it('is safe to run twice: the second tracker gets fresh names and the first keeps its data', () => {
    const { gas, spreadsheet, ui } = setup();
    ui.answers.push(Button.YES);
    gas.createTracker();
    const first = spreadsheet.sheet('Partners')!;
    first.getRange('A6').setValue('Fritz Neu');
    const before = JSON.stringify(first.contents());
    ui.answers.push(Button.YES, Button.NO);
    gas.createTracker();
    expect(spreadsheet.sheets.map((sheet) => sheet.peekName())).toEqual(
      expect.arrayContaining(['Partners', 'Meetings', 'Checks', 'Partners (2)', 'Meetings (2)', 'Checks (2)']),
    );
    expect(JSON.stringify(first.contents())).toBe(before);
  });

  it('names sheets, headers, stage formulas and dropdowns in German for a German user', () => {
    const { gas, spreadsheet, ui } = setup({ userLocale: 'de' });
    ui.answers.push(Button.YES);
    gas.createTracker();
    expect(spreadsheet.sheets.map((sheet) => sheet.peekName())).toEqual([
      'Sheet1',
      'Partner',
      'Treffen',
      'Checklisten',
      'Einstellungen',
      'Übersicht',
    ]);
    const partners = spreadsheet.sheet('Partner')!;
    expect(headers(partners)).toEqual(PARTNER_COLUMNS.map((column) => column.header.de));
    expect(partners.contents(1)[0][at('stage')]).toBe(
      `=ARRAYFORMULA(VSTACK("Stufe",BONDSTAGE(IFERROR(${range('hoursTogether')},"#ERROR!"),"de",Bondstage_Thresholds)))`,
    );
    expect(partners.contents(1)[0][at('hoursTogether')]).toContain(
      'PARTNERHOURS(IFERROR(A2:A,"#ERROR!"),IFERROR(Treffen!$B$2:$B,"#ERROR!"),IFERROR(Treffen!$C$2:$C,"#ERROR!"))',
    );
    expect(partners.cellAt(2, at('lastContact') + 1)!.numberFormat).toBe('dd.mm.yyyy');
    const kinds = spreadsheet.sheet('Treffen')!.validationAt(2, 4)!;
    expect(kinds.getCriteriaValues()[0]).toContain('Einzelgespräch');
    expect(kinds.getAllowInvalid()).toBe(true);
    expect(spreadsheet.sheet('Treffen')!.validationAt(2, 3)!.getHelpText()).toBe(TRACKER_TEXTS.de.hoursHelp);
    expect(spreadsheet.toasts.at(-1)!.message).toMatch(/^Partner, Treffen, Checklisten, Einstellungen und Übersicht angelegt/);
  });

  it('writes whole ranges: the number of calls does not grow with the rows', () => {
    const { gas, log, ui } = setup();
    ui.answers.push(Button.YES);
    gas.createTracker();
    const perCell = ['Range.setValue', 'Range.getValue', 'Range.setFormula', 'Range.setNumberFormat'];
    expect(log.calls.filter((call) => perCell.includes(call))).toEqual([]);
    // One each for the three tracker sheets, the Settings and the Dashboard.
    expect(log.count('Range.setValues')).toBe(5);
    // The partner sheet's colour rules and the Dashboard's overdue rule.
    expect(log.count('Sheet.setConditionalFormatRules')).toBe(2);
    expect(log.count('Sheet.insertChart')).toBe(2);
    expect(log.calls.length).toBeLessThan(205);
  });

  it('reports a failure in an alert in the user language and leaves existing sheets alone', () => {
    const { gas, spreadsheet, ui } = setup({ userLocale: 'de' });
    spreadsheet.insertSheet = () => {
      throw new Error('Service Spreadsheets timed out');
    };
    ui.answers.push(Button.NO);
    gas.createTracker();
    const alert = ui.alerts.at(-1)!;
    expect(alert.title).toBe(TRACKER_TEXTS.de.errorTitle);
    expect(alert.prompt).toBe(TRACKER_TEXTS.de.unexpectedError('Service Spreadsheets timed out'));
    expect(spreadsheet.sheets.map((sheet) => sheet.peekName())).toEqual(['Sheet1']);
  });
});

/** A Date from the script's realm (instanceof fails across node:vm contexts). */
const isDateValue = (value: unknown) => Object.prototype.toString.call(value) === '[object Date]';

describe('Create partner tracker keeps what it writes', () => {
  it('formats every text it writes as plain text before writing it, and keeps numbers, dates and formulas', () => {
    const { gas, spreadsheet, ui, log } = setup();
    ui.answers.push(Button.YES);
    gas.createTracker();
    // Each sheet's formats are set before its values, in the same two range calls as before.
    const calls = log.calls.filter((call) => call === 'Range.setNumberFormats' || call === 'Range.setValues');
    expect(calls).toEqual([
      'Range.setNumberFormats',
      'Range.setValues',
      'Range.setNumberFormats',
      'Range.setValues',
      'Range.setNumberFormats',
      'Range.setValues',
      'Range.setNumberFormats',
      'Range.setValues',
      'Range.setNumberFormats',
      'Range.setValues',
    ]);

    let texts = 0;
    for (const name of ['Partners', 'Meetings', 'Checks']) {
      const sheet = spreadsheet.sheet(name)!;
      const contents = sheet.contents();
      contents.forEach((row, r) =>
        row.forEach((content, c) => {
          const cell = sheet.cellAt(r + 1, c + 1)!;
          if (cell.formula) expect(cell.numberFormat).not.toBe('@');
          else if (typeof content === 'string' && content !== '') {
            texts++;
            expect([name, r + 1, c + 1, cell.numberFormat]).toEqual([name, r + 1, c + 1, '@']);
          } else if (typeof content === 'number' || isDateValue(content)) expect(cell.numberFormat).not.toBe('@');
        }),
      );
    }
    expect(texts).toBeGreaterThan(40);
    const partners = spreadsheet.sheet('Partners')!;
    expect(partners.cellAt(2, at('contactEvery') + 1)).toMatchObject({ value: 14, numberFormat: '0' });
    expect(isDateValue(partners.cellAt(3, at('checkedOn') + 1)!.value)).toBe(true);
    expect(partners.cellAt(1, at('stage') + 1)!.formula).toBe(
      `=ARRAYFORMULA(VSTACK("Stage",BONDSTAGE(IFERROR(${range('hoursTogether')},"#ERROR!"),"en",Bondstage_Thresholds)))`,
    );
    expect(typeof spreadsheet.sheet('Checks')!.cellAt(2, 3)!.value).toBe('boolean');
  });
});

describe('Create partner tracker when Sheets fails part-way', () => {
  it('removes the sheets it had just made, so trying again gets the plain names', () => {
    const { gas, spreadsheet, ui } = setup();
    const insert = spreadsheet.insertSheet.bind(spreadsheet);
    spreadsheet.insertSheet = (name?: string, index?: number) => {
      const sheet = insert(name, index);
      if (name === 'Checks') {
        sheet.setFrozenRows = () => {
          throw new Error('Service Spreadsheets timed out');
        };
      }
      return sheet;
    };
    ui.answers.push(Button.NO);
    gas.createTracker();
    expect(ui.alerts.at(-1)!.prompt).toBe(TRACKER_TEXTS.en.unexpectedError('Service Spreadsheets timed out'));
    expect(spreadsheet.sheets.map((sheet) => sheet.peekName())).toEqual(['Sheet1']);

    spreadsheet.insertSheet = insert;
    ui.answers.push(Button.NO);
    gas.createTracker();
    expect(spreadsheet.sheets.map((sheet) => sheet.peekName())).toEqual([
      'Sheet1',
      'Partners',
      'Meetings',
      'Checks',
      'Settings',
      'Dashboard',
    ]);
    expect(spreadsheet.namedRanges.map((named) => named.peekName())).toEqual(Object.values(settingNamesFor(1)));
  });
});

describe('Apply stage colours', () => {
  function trackerWithUserRule() {
    const context = setup();
    context.ui.answers.push(Button.NO);
    context.gas.createTracker();
    const partners = context.spreadsheet.sheet('Partners')!;
    const userRule = new FakeConditionalFormatRuleBuilder()
      .whenFormulaSatisfied('=$N2>5')
      .setBackground('#ffd700')
      .setRanges([partners.getRange('N2:N1000')])
      .build();
    partners.conditionalFormatRules = [userRule, ...partners.conditionalFormatRules];
    return { ...context, partners, userRule };
  }

  it('colours each stage in both languages and highlights overdue contacts', () => {
    const { partners } = trackerWithUserRule();
    const rules = colourRulesOf(partners).slice(1);
    const [stage, next, vcp, balance] = ['stage', 'nextContactDue', 'vcpPhase', 'givenBalance'].map((key) =>
      columnLetter(at(key as PartnerColumnKey)),
    );
    const stageRule = (label: string, german: string, colours: { background: string; text: string }) => ({
      formula: `=OR($${stage}2="${label}",$${stage}2="${german}")`,
      background: colours.background,
      font: colours.text,
      ranges: [`${stage}2:${stage}1000`],
    });
    expect(rules).toEqual([
      stageRule('Acquaintance', 'Bekanntschaft', STAGE_COLOURS.acquaintance),
      stageRule('Casual friend', 'Lockere Freundschaft', STAGE_COLOURS.casualFriend),
      stageRule('Friend', 'Freundschaft', STAGE_COLOURS.friend),
      stageRule('Close friend', 'Enge Freundschaft', STAGE_COLOURS.closeFriend),
      {
        formula: `=AND(ISNUMBER($${next}2),$${next}2<TODAY())`,
        background: OVERDUE_COLOURS.background,
        font: OVERDUE_COLOURS.text,
        ranges: [`${next}2:${next}1000`],
      },
      ...(['visibility', 'credibility', 'profitability'] as const).map((phase) => ({
        formula: `=OR($${vcp}2="${VCP_LABELS.en[phase]}",$${vcp}2="${VCP_LABELS.de[phase]}")`,
        background: VCP_COLOURS[phase].background,
        font: VCP_COLOURS[phase].text,
        ranges: [`${vcp}2:${vcp}1000`],
      })),
      {
        formula: `=AND(ISNUMBER($${balance}2),$${balance}2<0)`,
        background: NEGATIVE_BALANCE_COLOURS.background,
        font: NEGATIVE_BALANCE_COLOURS.text,
        ranges: [`${balance}2:${balance}1000`],
      },
    ]);
  });

  it('applied twice, replaces only its own rules and keeps the user rule first', () => {
    const { gas, partners, userRule, spreadsheet, log } = trackerWithUserRule();
    spreadsheet.setActiveSheetQuietly(partners);
    const once = colourRulesOf(partners);
    log.reset();
    gas.applyStageColours();
    gas.applyStageColours();
    expect(colourRulesOf(partners)).toEqual(once);
    expect(partners.conditionalFormatRules[0]).toBe(userRule);
    expect(partners.conditionalFormatRules).toHaveLength(OWN_RULES + 1);
    expect(spreadsheet.toasts.at(-1)!.message).toBe(
      'Stage colours applied on Partners, overdue contacts highlighted. Replaced 9 earlier Bondstage rules; kept 1 rule of your own.',
    );
    // Per application: one read of the header, one of the rules, one write.
    expect(log.count('Sheet.setConditionalFormatRules')).toBe(2);
    expect(log.count('Range.getValues')).toBe(2);
  });

  it('keeps a user rule that looks like ours but has another colour', () => {
    const { gas, partners, spreadsheet } = trackerWithUserRule();
    const lookalike = new FakeConditionalFormatRuleBuilder()
      .whenFormulaSatisfied('=OR($F2="Friend",$F2="Freundschaft")')
      .setBackground('#0000ff')
      .setRanges([partners.getRange('A2:A1000')])
      .build();
    partners.conditionalFormatRules.push(lookalike);
    spreadsheet.setActiveSheetQuietly(partners);
    gas.applyStageColours();
    expect(partners.conditionalFormatRules).toContain(lookalike);
    expect(
      partners.conditionalFormatRules.filter((rule) => {
        const condition = rule.getBooleanCondition();
        return condition && isOwnColourRule(condition.getCriteriaValues()[0] as string, condition.getBackground());
      }),
    ).toHaveLength(OWN_RULES);
  });

  it('works on any sheet with a German stage header, and still finds it after the column moved', () => {
    const { gas, spreadsheet } = setup();
    const own = spreadsheet.addSheet('Meine Liste');
    own.getRange(1, 1, 3, 3).setValues([
      ['Name', 'Notiz', 'Stufe'],
      ['Eva', '', 'Freundschaft'],
      ['Max', '', 'Bekanntschaft'],
    ]);
    spreadsheet.setActiveSheetQuietly(own);
    gas.applyStageColours();
    expect(colourRulesOf(own).map((rule) => rule.formula)).toEqual([
      '=OR($C2="Acquaintance",$C2="Bekanntschaft")',
      '=OR($C2="Casual friend",$C2="Lockere Freundschaft")',
      '=OR($C2="Friend",$C2="Freundschaft")',
      '=OR($C2="Close friend",$C2="Enge Freundschaft")',
    ]);
    // Sheets rewrites rule references when a column is inserted: the rules are still recognised as ours.
    own.conditionalFormatRules = own.conditionalFormatRules.map((rule) =>
      new FakeConditionalFormatRuleBuilder()
        .whenFormulaSatisfied(String(rule.getBooleanCondition()!.getCriteriaValues()[0]).replace(/\$C2/g, '$D2'))
        .setBackground(rule.getBooleanCondition()!.getBackground())
        .setFontColor(rule.getBooleanCondition()!.getFontColor())
        .setRanges([own.getRange('D2:D1000')])
        .build(),
    );
    own.getRange(1, 1, 1, 4).setValues([['Name', 'Notiz', 'Neu', 'Stufe']]);
    gas.applyStageColours();
    expect(colourRulesOf(own).map((rule) => rule.ranges[0])).toEqual(['D2:D1000', 'D2:D1000', 'D2:D1000', 'D2:D1000']);
  });

  it('falls back to the tracker when the active sheet has no stage column', () => {
    const { gas, spreadsheet, ui } = setup();
    ui.answers.push(Button.NO);
    gas.createTracker();
    const partners = spreadsheet.sheet('Partners')!;
    partners.conditionalFormatRules = [];
    spreadsheet.setActiveSheetQuietly(spreadsheet.sheet('Sheet1')!);
    gas.applyStageColours();
    expect(partners.conditionalFormatRules).toHaveLength(OWN_RULES);
  });

  it('falls back to the tracker by its headers, not to a user sheet that only shares its name', () => {
    const { gas, spreadsheet, ui } = setup();
    const own = spreadsheet.addSheet('Partners');
    own.getRange(1, 1, 2, 2).setValues([
      ['Name', 'Stage'],
      ['Eva', 'Friend'],
    ]);
    ui.answers.push(Button.YES, Button.NO); // yes to fresh names, no examples
    gas.createTracker();
    const tracker = spreadsheet.sheet('Partners (2)')!;
    tracker.conditionalFormatRules = [];
    spreadsheet.setActiveSheetQuietly(spreadsheet.sheet('Sheet1')!);
    gas.applyStageColours();
    expect(tracker.conditionalFormatRules).toHaveLength(OWN_RULES);
    expect(own.conditionalFormatRules).toEqual([]);
  });

  it('explains in the user language when no sheet has a stage column, and changes nothing', () => {
    const { gas, spreadsheet, ui } = setup({ userLocale: 'de' });
    const sheet = spreadsheet.sheet('Sheet1')!;
    sheet.getRange('A1:B1').setValues([['Name', 'Telefon']]);
    gas.applyStageColours();
    expect(ui.alerts.at(-1)).toMatchObject({ title: TRACKER_TEXTS.de.errorTitle, prompt: TRACKER_TEXTS.de.noStageColumn('Sheet1') });
    expect(sheet.conditionalFormatRules).toEqual([]);
  });
});

describe('About Bondstage', () => {
  it('shows the research with its citation and the caveat, in the user language', () => {
    for (const [locale, language] of [
      ['en_GB', 'en'],
      ['de', 'de'],
    ] as const) {
      const { gas, ui } = setup({ userLocale: locale });
      gas.showAbout();
      const alert = ui.alerts.at(-1)!;
      expect(alert.title).toBe(TRACKER_TEXTS[language].aboutTitle);
      expect(alert.prompt).toContain('doi:10.1177/0265407518761225');
      expect(alert.prompt).toContain(language === 'en' ? 'averages' : 'Durchschnittswerte');
      // The built add-on carries package.json's version as its last line.
      expect(alert.prompt.split('\n\n')).toHaveLength(4);
      expect(alert.prompt.split('\n\n').at(-1)).toBe(TRACKER_TEXTS[language].aboutVersion(packageJson.version));
    }
  });
});

describe('stage labels used by the rules', () => {
  it('are exactly the labels BONDSTAGE returns', () => {
    const formulas = colourRulesOf(setupTracker()).map((rule) => String(rule.formula));
    for (const language of ['en', 'de'] as const) {
      for (const label of Object.values(STAGE_LABELS[language]))
        expect(formulas.some((formula) => formula.includes(`"${label}"`))).toBe(true);
    }
  });
});

function setupTracker(): FakeSheet {
  const { gas, spreadsheet, ui } = setup();
  ui.answers.push(Button.NO);
  gas.createTracker();
  return spreadsheet.sheet('Partners')!;
}
