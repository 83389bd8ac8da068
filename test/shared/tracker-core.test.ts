/** The pure tracker core: names, formulas per dialect, colour rules and texts. */
import { settingNamesFor } from '../../shared/tracker/settings';
import {
  NEGATIVE_BALANCE_COLOURS,
  OVERDUE_COLOURS,
  STAGE_COLOURS,
  VCP_COLOURS,
  colourRules,
  contrastRatio,
  findColourColumns,
  isOwnColourRule,
} from '../../shared/formatting';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
import { TRACKER_DIALOGS } from '../../shared/messages/tracker-dialogs';
import {
  CHECK_COLUMNS,
  PARTNER_COLUMNS,
  columnLetter,
  exampleCheckRows,
  examplePartnerRows,
  headerOfColumnFormula,
  partnerFormula,
  planTrackerNames,
  sheetReference,
} from '../../shared/tracker';

describe('planTrackerNames', () => {
  it('takes the plain names when free, and the first fully free "(n)" set otherwise, ignoring case', () => {
    expect(planTrackerNames('en', ['Sheet1']).sheets).toEqual({ partners: 'Partners', meetings: 'Meetings', checks: 'Checks' });
    const plan = planTrackerNames('en', ['partners', 'Checks (2)']);
    expect(plan.existing).toEqual(['Partners']);
    expect(plan.sheets).toEqual({ partners: 'Partners (3)', meetings: 'Meetings (3)', checks: 'Checks (3)' });
    expect(plan.tables).toEqual({ partners: 'Partners3', meetings: 'Meetings3', checks: 'Checks3' });
    expect(planTrackerNames('de', [], ['Treffen']).tables.meetings).toBe('Treffen2');
  });
});

describe('formula text', () => {
  it('quotes sheet names that need it and numbers columns past Z', () => {
    expect(sheetReference('Meetings')).toBe('Meetings');
    expect(sheetReference("Bob's (2)")).toBe("'Bob''s (2)'");
    expect(sheetReference('AB12')).toBe("'AB12'");
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('writes the stage language explicitly in both dialects', () => {
    const places = {
      language: 'de' as const,
      parts: { partners: 'Partner', meetings: 'Treffen', checks: 'Checklisten' },
      settings: settingNamesFor(1),
    };
    const hours = columnLetter(PARTNER_COLUMNS.findIndex((column) => column.key === 'hoursTogether'));
    expect(partnerFormula('stage', 'sheets', places)).toBe(
      `=ARRAYFORMULA(VSTACK("Stufe",BONDSTAGE(IFERROR(${hours}2:${hours},"#ERROR!"),"de",Bondstage_Thresholds)))`,
    );
    expect(partnerFormula('stage', 'excel', places)).toBe('=NETWORK.BONDSTAGE([@[Stunden gemeinsam]],"de",Bondstage_Thresholds)');
    expect(headerOfColumnFormula('=VSTACK("Say ""hi""",BONDSTAGE(D2:D))')).toBe('Say "hi"');
    expect(headerOfColumnFormula('={"Stage";BONDSTAGE(D2:D)}')).toBe('Stage');
    expect(headerOfColumnFormula('=ARRAYFORMULA(VSTACK("Stufe",BONDSTAGE(D2:D)))')).toBe('Stufe');
    expect(headerOfColumnFormula('=SUM(A1)')).toBeUndefined();
  });

  it('refers to columns where the header row has them, in either language, and reads settings by their names', () => {
    const places = {
      language: 'en' as const,
      parts: { partners: 'Partners', meetings: 'Meetings (2)', checks: 'Checks' },
      settings: settingNamesFor(2),
      partnerHeader: ['Notes', 'partner ', 'Empfehlungen gegeben', 'Referrals received'],
      meetingHeader: ['Partner', 'Stunden', 'Datum'],
    };
    expect(partnerFormula('givenBalance', 'sheets', places)).toBe(
      '=ARRAYFORMULA(VSTACK("Givers Gain balance",IF(TRIM(B2:B)="","",C2:C-D2:D)))',
    );
    expect(partnerFormula('recentHours', 'sheets', places)).toBe(
      `=ARRAYFORMULA(VSTACK("Hours in the last 90 days",PARTNERHOURS(IFERROR(B2:B,"#ERROR!"),IFERROR('Meetings (2)'!$A$2:$A,"#ERROR!"),IFERROR('Meetings (2)'!$B$2:$B,"#ERROR!"),IFERROR('Meetings (2)'!$C$2:$C,"#ERROR!"),TODAY()-Bondstage_ForecastDays_2)))`,
    );
    expect(partnerFormula('givenBalance', 'excel', places)).toBe(
      '=IF(TRIM([@[partner ]])="","",[@[Empfehlungen gegeben]]-[@[Referrals received]])',
    );
    expect(() => partnerFormula('stage', 'sheets', places)).toThrow(/no Hours together column/);
  });
});

describe('stage colours', () => {
  it('have readable text on every background (WCAG AA, 4.5:1)', () => {
    for (const colours of [...Object.values(STAGE_COLOURS), OVERDUE_COLOURS, NEGATIVE_BALANCE_COLOURS, ...Object.values(VCP_COLOURS)]) {
      expect(contrastRatio(colours.background, colours.text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(Object.values(STAGE_COLOURS).map((colours) => colours.background)).size).toBe(4);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });

  it('recognise their own rules wherever they point, and nothing else', () => {
    for (const rule of colourRules('$Q7', { nextContactDue: '$B2', givenBalance: '$C2', vcpPhase: '$D2' })) {
      expect(isOwnColourRule(rule.formula, rule.background)).toBe(true);
      expect(isOwnColourRule(rule.formula.replace(/\$Q7/g, '$AB12'), rule.background.toUpperCase())).toBe(true);
      expect(isOwnColourRule(rule.formula, '#123456')).toBe(false);
    }
    expect(isOwnColourRule('=OR($E2="Friend")', STAGE_COLOURS.friend.background)).toBe(false);
    expect(isOwnColourRule(null, STAGE_COLOURS.friend.background)).toBe(false);
  });

  it('find stage and next-contact columns by header in either language', () => {
    expect(findColourColumns(['Name', ' stufe ', 'Nächster Kontakt fällig'])).toEqual({
      stage: 1,
      nextContactDue: 2,
      vcpPhase: -1,
      givenBalance: -1,
    });
    expect(findColourColumns(['Name', 'Givers Gain balance'])).toEqual({ stage: -1, nextContactDue: -1, vcpPhase: -1, givenBalance: 1 });
  });
});

describe('tracker texts', () => {
  it('exist in both languages with the same keys and no empty text', () => {
    expect(Object.keys(TRACKER_TEXTS.de).sort()).toEqual(Object.keys(TRACKER_TEXTS.en).sort());
    for (const texts of Object.values(TRACKER_TEXTS)) {
      for (const value of Object.values(texts)) if (typeof value === 'string') expect(value.trim()).not.toBe('');
    }
    expect(Object.keys(TRACKER_DIALOGS.de).sort()).toEqual(Object.keys(TRACKER_DIALOGS.en).sort());
    expect(TRACKER_DIALOGS.en.existingQuestion(['Partners', 'Checks'], ['Partners (2)', 'Meetings (2)', 'Checks (2)'])).toBe(
      'This spreadsheet already has sheets named Partners and Checks. They stay exactly as they are.\n\nCreate the new tracker as Partners (2), Meetings (2) and Checks (2) instead?',
    );
  });
});

describe('example data', () => {
  const today = new Date(2026, 10, 26);

  it('keeps a Checks row for every example score, with the same score and date', () => {
    const partnerRows = examplePartnerRows('en', today);
    const checkRows = exampleCheckRows(today);
    const scoreColumn = PARTNER_COLUMNS.findIndex((column) => column.key === 'checklistScore');
    const checkedColumn = PARTNER_COLUMNS.findIndex((column) => column.key === 'checkedOn');
    const scored = partnerRows.filter((row) => row[scoreColumn] !== '');
    expect(scored.length).toBeGreaterThan(0);
    expect(checkRows).toHaveLength(scored.length);
    for (const row of scored) {
      const check = checkRows.find((candidate) => candidate[1] === row[0])!;
      expect(check).toHaveLength(CHECK_COLUMNS.length);
      expect(check[0]).toEqual(row[checkedColumn]);
      expect(check[CHECK_COLUMNS.length - 1]).toBe(row[scoreColumn]);
      expect(check.slice(2, -1).filter((answer) => answer === true)).toHaveLength(row[scoreColumn] as number);
    }
  });
});
