/** What the tracker commands decide before a host writes: the colour plan and the create plan. */
import { CommandProblem } from '../../shared/command-problem';
import {
  NEGATIVE_BALANCE_COLOURS,
  VCP_COLOURS,
  STAGE_COLOURS,
  OVERDUE_COLOURS,
  colourRules,
  isOwnColourRule,
} from '../../shared/formatting';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
import { TRACKER_DIALOGS } from '../../shared/messages/tracker-dialogs';
import {
  EXCEL_DIALECT,
  FIRST_COLOURED_ROW,
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  SHEETS_DIALECT,
  colourTargetOf,
  coloursAppliedMessage,
  createLayouts,
  existingSheetsQuestion,
  fallbackColourTarget,
  headersFor,
  planColours,
  planCreate,
  trackerCreatedMessage,
  type SheetHeader,
} from '../../shared/tracker';

const en = TRACKER_TEXTS.en;
const de = TRACKER_TEXTS.de;
const trackerHeader = headersFor(PARTNER_COLUMNS, 'en');
const stageIndex = trackerHeader.indexOf('Stage');
const nextIndex = trackerHeader.indexOf('Next contact due');
const balanceIndex = trackerHeader.indexOf('Givers Gain balance');
const vcpIndex = trackerHeader.indexOf('VCP phase');

describe('where stage colours go', () => {
  it('is the active sheet when its first row has a stage column, in either language', () => {
    expect(colourTargetOf({ name: 'Mine', header: ['Name', ' stufe '] })).toEqual({
      sheet: 'Mine',
      columns: { stage: 1, nextContactDue: -1, vcpPhase: -1, givenBalance: -1 },
    });
    expect(colourTargetOf({ name: 'Partners', header: trackerHeader })).toEqual({
      sheet: 'Partners',
      columns: { stage: stageIndex, nextContactDue: nextIndex, vcpPhase: vcpIndex, givenBalance: balanceIndex },
    });
    expect(colourTargetOf({ name: 'Notes', header: ['Name', 'Stage notes'] })).toBeNull();
    expect(colourTargetOf({ name: 'Empty', header: [] })).toBeNull();
  });

  it('falls back to the tracker recognised by its headers, never to a sheet that only shares its name', () => {
    const sheets: SheetHeader[] = [
      { name: 'Partners', header: ['Name', 'Stage'] },
      { name: 'Renamed tracker', header: trackerHeader },
      { name: 'Meetings', header: headersFor(MEETING_COLUMNS, 'en') },
    ];
    expect(fallbackColourTarget('Sheet1', sheets, en)).toEqual({
      sheet: 'Renamed tracker',
      columns: { stage: stageIndex, nextContactDue: nextIndex, vcpPhase: vcpIndex, givenBalance: balanceIndex },
    });
  });

  it('prefers the tracker under its own name when there are several', () => {
    const sheets: SheetHeader[] = [
      { name: 'Old copy', header: trackerHeader },
      { name: 'Partner', header: headersFor(PARTNER_COLUMNS, 'de') },
    ];
    expect(fallbackColourTarget('Sheet1', sheets, en).sheet).toBe('Partner');
  });

  it('tells the user, naming the active sheet in their language, when there is nothing to colour', () => {
    const withoutStage = trackerHeader.filter((header) => header !== 'Stage');
    const sheets: SheetHeader[] = [
      { name: 'Sheet1', header: trackerHeader },
      { name: 'Partners', header: withoutStage },
    ];
    // The active sheet is not its own fallback, and a tracker whose stage column was deleted has nothing to colour.
    expect(() => fallbackColourTarget('Sheet1', sheets, en)).toThrow(new CommandProblem(en.noStageColumn('Sheet1')));
    expect(() => fallbackColourTarget('Tabelle1', [], de)).toThrow(CommandProblem);
    expect(() => fallbackColourTarget('Tabelle1', [], de)).toThrow(/^Keine Stufen-Spalte auf „Tabelle1“/);
  });
});

describe('the colour plan', () => {
  it('anchors the stage rules at the first data row of the stage column, and the overdue rule at the next-contact column', () => {
    const plan = planColours({ sheet: 'Partners', columns: { stage: 4, nextContactDue: 28, vcpPhase: -1, givenBalance: -1 } }, []);
    expect(FIRST_COLOURED_ROW).toBe(2);
    expect(plan.rules).toEqual(
      colourRules('$E2', { nextContactDue: '$AC2' }).map((rule) => ({ ...rule, column: rule.purpose === 'overdue' ? 28 : 4 })),
    );
    expect(plan.rules.filter((rule) => rule.purpose === 'overdue')).toHaveLength(1);
    expect(plan.withOverdue).toBe(true);
  });

  it('adds a quiet rule for a negative Givers Gain balance at its column', () => {
    const plan = planColours({ sheet: 'Partners', columns: { stage: 4, nextContactDue: 9, vcpPhase: -1, givenBalance: 30 } }, []);
    const balance = plan.rules.filter((rule) => rule.purpose === 'negativeBalance');
    expect(balance).toEqual([
      { ...NEGATIVE_BALANCE_COLOURS, purpose: 'negativeBalance', formula: '=AND(ISNUMBER($AE2),$AE2<0)', column: 30 },
    ]);
    expect(isOwnColourRule(balance[0].formula.replace(/\$AE2/g, '$B7'), NEGATIVE_BALANCE_COLOURS.background)).toBe(true);
  });

  it('adds one quiet rule per VCP phase at its column, recognised as its own', () => {
    const plan = planColours({ sheet: 'Partners', columns: { stage: 4, nextContactDue: -1, vcpPhase: 7, givenBalance: -1 } }, []);
    const vcp = plan.rules.filter((rule) => rule.column === 7);
    expect(vcp.map((rule) => [rule.purpose, rule.formula, rule.background])).toEqual([
      ['visibility', '=OR($H2="Visibility",$H2="Sichtbarkeit")', VCP_COLOURS.visibility.background],
      ['credibility', '=OR($H2="Credibility",$H2="Glaubwürdigkeit")', VCP_COLOURS.credibility.background],
      ['profitability', '=OR($H2="Profitability",$H2="Profitabilität")', VCP_COLOURS.profitability.background],
    ]);
    for (const rule of vcp) expect(isOwnColourRule(rule.formula.replace(/\$H2/g, '$Z9'), rule.background)).toBe(true);
  });

  it('adds no overdue rule without a next-contact column', () => {
    const plan = planColours({ sheet: 'Mine', columns: { stage: 0, nextContactDue: -1, vcpPhase: -1, givenBalance: -1 } }, []);
    expect(plan.rules.map((rule) => rule.purpose)).toEqual(['acquaintance', 'casualFriend', 'friend', 'closeFriend']);
    expect(plan.rules.every((rule) => rule.column === 0 && rule.formula.includes('$A2'))).toBe(true);
    expect(plan.withOverdue).toBe(false);
  });

  it("replaces exactly Bondstage's own rules, wherever they point, and keeps every other rule", () => {
    const ours = colourRules('$Q7', { nextContactDue: '$B9' });
    const existing = [
      { formula: ours[0].formula, background: ours[0].background.toUpperCase() },
      { formula: '=$A1>5', background: '#ff0000' },
      { formula: null, background: null },
      { formula: ours[4].formula, background: OVERDUE_COLOURS.background },
      { formula: ours[2].formula, background: '#123456' },
      { formula: '=OR($E2="Friend")', background: STAGE_COLOURS.friend.background },
    ];
    const plan = planColours({ sheet: 'Partners', columns: { stage: 4, nextContactDue: 9, vcpPhase: -1, givenBalance: -1 } }, existing);
    expect(plan.replace).toEqual([true, false, false, true, false, false]);
    expect(plan.replaced).toBe(2);
    expect(plan.kept).toBe(4);
    expect(plan.sheet).toBe('Partners');
  });

  it('tells what it did in whole sentences, counting by the plural rules', () => {
    const target = { sheet: 'Partners', columns: { stage: 4, nextContactDue: 9, vcpPhase: -1, givenBalance: -1 } };
    const own = colourRules('$E2', { nextContactDue: '$J2' }).map((rule) => ({ formula: rule.formula, background: rule.background }));
    const user = { formula: '=$A2>5', background: '#ff0000' };
    expect(coloursAppliedMessage(planColours(target, []), en)).toBe(
      'Stage colours applied on Partners, overdue contacts highlighted. Kept 0 rules of your own.',
    );
    expect(coloursAppliedMessage(planColours(target, [own[0], user]), en)).toBe(
      'Stage colours applied on Partners, overdue contacts highlighted. Replaced 1 earlier Bondstage rule; kept 1 rule of your own.',
    );
    expect(
      coloursAppliedMessage(
        planColours({ sheet: 'Meins', columns: { stage: 0, nextContactDue: -1, vcpPhase: -1, givenBalance: -1 } }, [...own, user, user]),
        de,
      ),
    ).toBe('Stufenfarben auf Meins angewendet. 5 frühere Bondstage-Regeln ersetzt; 2 eigene Regeln behalten.');
    expect(coloursAppliedMessage(planColours(target, [user]), de)).toBe(
      'Stufenfarben auf Partners angewendet, überfällige Kontakte hervorgehoben. 1 eigene Regel behalten.',
    );
  });
});

describe('the create plan', () => {
  it('takes the plain names when free, and asks nothing', () => {
    const plan = planCreate('en', ['Sheet1']);
    expect(plan.sheets).toEqual(['Partners', 'Meetings', 'Checks', 'Settings', 'Dashboard']);
    expect(plan.names.settings.thresholds).toBe('Bondstage_Thresholds');
    expect(plan.names.existing).toEqual([]);
    expect(existingSheetsQuestion(plan, TRACKER_DIALOGS.en)).toBeNull();
  });

  it('takes fresh names beside existing sheets, tables and defined names, and asks before going on', () => {
    const plan = planCreate('de', ['partner', 'Tabelle1'], ['Treffen2']);
    expect(plan.sheets).toEqual(['Partner (3)', 'Treffen (3)', 'Checklisten (3)', 'Einstellungen (3)', 'Übersicht (3)']);
    expect(plan.names.tables).toEqual({ partners: 'Partner3', meetings: 'Treffen3', checks: 'Checklisten3' });
    expect(plan.names.settings.forecastDays).toBe('Bondstage_ForecastDays_3');
    expect(existingSheetsQuestion(plan, TRACKER_DIALOGS.de)).toBe(
      'Diese Tabelle hat bereits ein Blatt namens Partner. Es bleibt genau so, wie es ist.\n\nDie neue Liste stattdessen als Partner (3), Treffen (3), Checklisten (3), Einstellungen (3) und Übersicht (3) anlegen?',
    );
    const several = planCreate('en', ['Partners', 'Meetings', 'Checks']);
    expect(existingSheetsQuestion(several, TRACKER_DIALOGS.en)).toBe(
      'This spreadsheet already has sheets named Partners, Meetings and Checks. They stay exactly as they are.\n\nCreate the new tracker as Partners (2), Meetings (2), Checks (2), Settings (2) and Dashboard (2) instead?',
    );
    // A second tracker's settings never take the first one's names, in Sheets (named ranges) or Excel (defined names).
    const second = planCreate('en', ['Settings'], ['bondstage_readyscore']);
    expect(second.sheets).toEqual(['Partners (2)', 'Meetings (2)', 'Checks (2)', 'Settings (2)', 'Dashboard (2)']);
    expect(Object.values(second.names.settings)).toEqual([
      'Bondstage_Thresholds_2',
      'Bondstage_ReadyHours_2',
      'Bondstage_ReadyScore_2',
      'Bondstage_ForecastDays_2',
      'Bondstage_RenewalDays_2',
    ]);
  });

  it("lays out each host's dialect and colours the partner sheet's stage and next-contact columns", () => {
    const plan = planCreate('en', []);
    const today = new Date(2026, 10, 26);
    const sheets = createLayouts(plan, { dialect: SHEETS_DIALECT, language: 'en', withExamples: true, today });
    const excel = createLayouts(plan, { dialect: EXCEL_DIALECT, language: 'en', withExamples: false, today });
    expect([...sheets.layouts.map((layout) => layout.name), sheets.settings.name, sheets.dashboard.name]).toEqual(plan.sheets);
    const stage = sheets.layouts[0].columns[stageIndex];
    expect(stage.headerFormula).toMatch(/^=ARRAYFORMULA\(VSTACK\("Stage",BONDSTAGE\(/);
    expect(stage.rowFormula).toBeUndefined();
    expect(excel.layouts[0].columns[stageIndex].rowFormula).toBe('=NETWORK.BONDSTAGE([@[Hours together]],"en",Bondstage_Thresholds)');
    expect(excel.layouts[0].columns[stageIndex].headerFormula).toBeUndefined();
    for (const { colours } of [sheets, excel]) {
      expect(colours).toEqual(
        planColours(
          { sheet: 'Partners', columns: { stage: stageIndex, nextContactDue: nextIndex, vcpPhase: vcpIndex, givenBalance: balanceIndex } },
          [],
        ),
      );
      expect(colours.replaced + colours.kept).toBe(0);
    }
  });

  it('tells what was made in whole sentences per language', () => {
    const fresh = planCreate('en', []);
    expect(trackerCreatedMessage(fresh, false, en)).toBe(
      'Created Partners, Meetings, Checks, Settings and Dashboard. Log your meetings on Meetings: hours, stage and next contact update by themselves. Thresholds and rules are on Settings; Dashboard shows your network at a glance.',
    );
    const beside = planCreate('en', ['Partners', 'Checks']);
    expect(trackerCreatedMessage(beside, true, en)).toBe(
      'Partners and Checks already existed and were left untouched; the new tracker is Partners (2), Meetings (2), Checks (2), Settings (2) and Dashboard (2). ' +
        'Created Partners (2), Meetings (2), Checks (2), Settings (2) and Dashboard (2). Log your meetings on Meetings (2): hours, stage and next contact update by themselves. Thresholds and rules are on Settings (2); Dashboard (2) shows your network at a glance. ' +
        'The example rows are marked and can be deleted.',
    );
    expect(trackerCreatedMessage(planCreate('de', ['Treffen']), true, de)).toBe(
      'Treffen war schon vorhanden und blieb unverändert; die neue Liste heißt Partner (2), Treffen (2), Checklisten (2), Einstellungen (2) und Übersicht (2). ' +
        'Partner (2), Treffen (2), Checklisten (2), Einstellungen (2) und Übersicht (2) angelegt. Tragen Sie Ihre Treffen in Treffen (2) ein: Stunden, Stufe und nächster Kontakt aktualisieren sich von selbst. Schwellenwerte und Regeln stehen in Einstellungen (2); Übersicht (2) zeigt Ihr Netzwerk auf einen Blick. ' +
        'Die Beispielzeilen sind gekennzeichnet und können gelöscht werden.',
    );
  });
});
