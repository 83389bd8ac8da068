/**
 * The preview's formula engine (preview/formula-engine.ts) on its own: each
 * engine keeps its own message language, catalog errors and arrays come out
 * as each host shows them, and the two dialects are translated to what
 * HyperFormula reads, with clear errors for references it cannot follow.
 */
import {
  buildFormulaEngine,
  closeOpenEndedRanges,
  engineFunctionName,
  literalText,
  structuredToA1,
  type EngineTable,
} from '../../preview/formula-engine';
import { CATALOG } from '../../shared/catalog';
import { problemMessage } from '../../shared/messages/functions';

const negativeHours = (language: 'en' | 'de') => problemMessage({ kind: 'hoursNegative', value: -1 }, language);

function engineWithBadHours(language: 'en' | 'de') {
  return buildFormulaEngine([{ name: 'Sheet1', cells: [[-1, '=BONDSTAGE(A1)', '=NETWORK.BONDSTAGE(A1)']] }], { messageLanguage: language });
}

describe('message language', () => {
  it('is English unless asked otherwise', () => {
    const engine = buildFormulaEngine([{ name: 'Sheet1', cells: [[-1, '=BONDSTAGE(A1)']] }]);
    expect(engine.value('Sheet1', 0, 1)).toEqual({ error: '#VALUE!', message: negativeHours('en') });
    engine.destroy();
  });

  it('stays with each engine: two engines built one after the other keep their own, also when they recalculate later', () => {
    const english = engineWithBadHours('en');
    const german = engineWithBadHours('de');
    expect(english.value('Sheet1', 0, 1)).toEqual({ error: '#VALUE!', message: negativeHours('en') });
    expect(german.value('Sheet1', 0, 1)).toEqual({ error: '#VALUE!', message: negativeHours('de') });

    // Recalculating the English engine after the German one was built, and the other way round.
    english.setCells([{ sheet: 'Sheet1', row: 0, column: 0, content: -2 }]);
    expect(english.value('Sheet1', 0, 1)).toEqual({
      error: '#VALUE!',
      message: problemMessage({ kind: 'hoursNegative', value: -2 }, 'en'),
    });
    expect(english.value('Sheet1', 0, 2)).toEqual({
      error: '#VALUE!',
      message: problemMessage({ kind: 'hoursNegative', value: -2 }, 'en'),
    });
    expect(english.calculate('=HOURSTONEXT(-3)', 'Sheet1')).toEqual({
      error: '#VALUE!',
      message: problemMessage({ kind: 'hoursNegative', value: -3 }, 'en'),
    });
    const thirdEngine = engineWithBadHours('en');
    german.setCells([{ sheet: 'Sheet1', row: 0, column: 0, content: -2 }]);
    expect(german.value('Sheet1', 0, 1)).toEqual({ error: '#VALUE!', message: problemMessage({ kind: 'hoursNegative', value: -2 }, 'de') });
    for (const engine of [english, german, thirdEngine]) engine.destroy();
  });
});

describe('catalog functions', () => {
  it('are known under their Sheets names and in the NETWORK namespace, and nowhere else', () => {
    const stage = CATALOG.find((fn) => fn.name === 'BONDSTAGE')!;
    expect(engineFunctionName(stage, 'sheets')).toBe('BONDSTAGE');
    expect(engineFunctionName(stage, 'excel')).toBe('NETWORK.BONDSTAGE');
    const engine = buildFormulaEngine([
      { name: 'Sheet1', cells: [[95, '=BONDSTAGE(A1)', '=NETWORK.BONDSTAGE(A1,"de")', '=OTHER.BONDSTAGE(A1)']] },
    ]);
    expect(engine.values('Sheet1')[0].slice(1, 3)).toEqual(['Friend', 'Freundschaft']);
    expect(engine.value('Sheet1', 0, 3)).toMatchObject({ error: '#NAME?' });
    engine.destroy();
  });

  it('show a bad cell of an array as Sheets does (text starting with #VALUE!) and as Excel does (an error in that cell)', () => {
    const cells = [[10], [-1], [95], ['=BONDSTAGE(A1:A3)', '=NETWORK.BONDSTAGE(A1:A3)']];
    const engine = buildFormulaEngine([{ name: 'Sheet1', cells }], { messageLanguage: 'de' });
    const values = engine.values('Sheet1');
    // Stage labels follow the function's language argument; only the messages follow the engine.
    expect(values.slice(3).map((row) => row[0])).toEqual(['Acquaintance', `#VALUE! ${negativeHours('de')}`, 'Friend']);
    expect(values.slice(3).map((row) => row[1])).toEqual(['Acquaintance', { error: '#VALUE!', message: negativeHours('de') }, 'Friend']);
    engine.destroy();
  });

  it('pass an error in an argument on instead of running', () => {
    const engine = buildFormulaEngine([{ name: 'Sheet1', cells: [['=1/0', '=BONDSTAGE(A1)']] }]);
    expect(engine.value('Sheet1', 0, 1)).toMatchObject({ error: '#DIV/0!' });
    engine.destroy();
  });

  it('keep text written with literalText as it is, where other text is read as typed', () => {
    const engine = buildFormulaEngine([{ name: 'Sheet1', cells: [[literalText('007'), '007', literalText('=A1')]] }]);
    expect(engine.values('Sheet1')[0]).toEqual(['007', 7, '=A1']);
    engine.destroy();
  });
});

describe('the forecast, VCP phase, next step and thresholds', () => {
  it('evaluate in both dialects, with dates as serial numbers and thresholds as an array literal or a range', () => {
    const cells = [
      [43, 57, 119, '=BONDSTAGE(60, "en", {43,57,119})', '=NETWORK.BONDLEVEL(60, A1:C1)', '=HOURSTONEXT(100, A1:C1)'],
      [
        '=STAGEFORECAST(60, 15, DATE(2026,1,1))',
        '=NETWORK.STAGEFORECAST(60, 15, DATE(2026,1,1), 30)',
        '=STAGEFORECAST(250, 15, DATE(2026,1,1))',
      ],
      ['=VCPPHASE(95, "", 0)', '=NETWORK.VCPPHASE(10, 3, 1, "de")', '=REFERRALREADY(95, 7, 100)'],
      [
        '=NEXTSTEP(95, 8, DATE(2026,10,1), DATE(2026,11,2), 1, 0, DATE(2026,12,7))',
        '=NETWORK.NEXTSTEP(95, 8, DATE(2026,10,1), DATE(2026,11,2), 1, 0, DATE(2026,12,7), "de")',
        '=NEXTSTEP(95, 8, DATE(2026,10,1), "", 1, 0, DATE(2026,12,7))',
      ],
    ];
    const engine = buildFormulaEngine([{ name: 'Sheet1', cells }]);
    const values = engine.values('Sheet1');
    expect(values[0].slice(3)).toEqual(['Friend', 2, 19]);
    expect(values[1].slice(0, 3)).toEqual([46_203, 46_083, '']);
    expect(values[2].slice(0, 3)).toEqual(['Credibility', 'Profitabilität', false]);
    expect(values[3].slice(0, 3)).toEqual(['Meet – overdue since 2 Nov 2026', 'Treffen – fällig seit 02.11.2026', 'Ask for a referral']);
    engine.destroy();
  });

  it('fill a whole column from one formula, and give one error for bad thresholds', () => {
    const cells = [
      [95, 8, 46_300, '', 0, 0, '=NEXTSTEP(A1:A3, B1:B3, C1:C3, D1:D3, E1:E3, F1:F3, DATE(2026,12,7))', '=BONDLEVEL(A1:A3, {90,50,200})'],
      [60, '', '', 46_357, 0, 0],
      ['', '', '', '', '', ''],
    ];
    const engine = buildFormulaEngine([{ name: 'Sheet1', cells }]);
    expect(engine.values('Sheet1').map((row) => row[6])).toEqual(['Ask for a referral', 'Meet – overdue since 1 Dec 2026', '']);
    expect(engine.value('Sheet1', 0, 7)).toEqual({
      error: '#VALUE!',
      message: problemMessage({ kind: 'thresholdsOrder', value: 50, previous: 90 }, 'en'),
    });
    engine.destroy();
  });
});

describe('the Sheets dialect', () => {
  const rows = new Map([
    ['Partners', 1000],
    ["Bob's Meetings", 40],
  ]);

  it('closes open-ended ranges, also with absolute columns and quoted sheet names holding apostrophes', () => {
    expect(closeOpenEndedRanges(`=SUM('Bob''s Meetings'!$C$2:$C)+COUNT(B2:B)`, 'Partners', rows)).toBe(
      `=SUM('Bob''s Meetings'!$C$2:$C$40)+COUNT(B2:B1000)`,
    );
  });

  it('leaves closed ranges, cell references, function names and string literals alone', () => {
    const formula = '=IF(A2="B2:B","D2:D",LOG10(A2:B3))';
    expect(closeOpenEndedRanges(formula, 'Partners', rows)).toBe(formula);
  });

  it('refuses a range on a sheet the engine does not have', () => {
    expect(() => closeOpenEndedRanges('=SUM(Elsewhere!A2:A)', 'Partners', rows)).toThrow(
      'Formula refers to an unknown sheet Elsewhere: =SUM(Elsewhere!A2:A)',
    );
  });

  it('evaluates what it translated', () => {
    const engine = buildFormulaEngine([
      {
        name: 'Partners',
        cells: [
          ['=SUM(B2:B)', ''],
          ['', 2],
          ['', 3],
        ],
        rowCount: 5,
      },
    ]);
    expect(engine.translatedFormula('Partners', 0, 0)).toBe('=SUM(B2:B5)');
    expect(engine.value('Partners', 0, 0)).toBe(5);
    expect(engine.translatedFormula('Partners', 1, 1)).toBeUndefined();
    engine.destroy();
  });
});

describe('the Excel dialect', () => {
  const tables: EngineTable[] = [
    { name: 'Partners', sheet: 'Partner sheet', headerRow: 0, firstColumn: 1, headers: ['Partner', 'Hours'], dataRows: 3 },
    { name: 'Empty', sheet: 'Other', headerRow: 4, firstColumn: 0, headers: ['Notes'], dataRows: 0 },
  ];

  it('turns whole-column references into the data rows, on the table’s sheet, whatever the case of the names', () => {
    expect(structuredToA1('=SUM(partners[HOURS])', tables)).toBe(`=SUM('Partner sheet'!$C$2:$C$4)`);
    // A table without data rows still refers to one row, as Excel's always hold one.
    expect(structuredToA1('=COUNTA(Empty[[Notes]])', tables)).toBe('=COUNTA(Other!$A$6:$A$6)');
  });

  it('turns this-row references into the cell in the formula’s own row', () => {
    expect(structuredToA1('=[@Hours]*2+LEN([@[Partner]])', tables, { table: 'Partners', row: 2 })).toBe('=$C3*2+LEN($B3)');
  });

  it('leaves brackets inside string literals alone', () => {
    expect(structuredToA1('="[@Hours]"&Partners[Partner]', tables)).toBe(`="[@Hours]"&'Partner sheet'!$B$2:$B$4`);
  });

  it.each([
    ['=[@Hours]', undefined, 'A this-row reference outside a table: =[@Hours]'],
    ['=SUM(Nowhere[Hours])', undefined, 'Formula refers to an unknown table Nowhere: =SUM(Nowhere[Hours])'],
    ['=SUM(Partners[Minutes])', undefined, 'Table Partners has no column Minutes: =SUM(Partners[Minutes])'],
    ['=Partners[#Totals]', undefined, 'Structured reference not supported by the engine: =Partners[#Totals]'],
    ['=SUM(Partners[[Partner]:[Hours]])', undefined, 'Structured reference not supported'],
  ])('refuses %s rather than guessing', (formula, own, message) => {
    expect(() => structuredToA1(formula, tables, own)).toThrow(message);
  });

  it('evaluates table formulas row by row', () => {
    const engineTables: EngineTable[] = [{ name: 'T', sheet: 'S', headerRow: 0, firstColumn: 0, headers: ['Hours', 'Stage'], dataRows: 2 }];
    const cells = [
      ['Hours', 'Stage'],
      [60, '=NETWORK.BONDSTAGE([@Hours])'],
      [250, '=NETWORK.BONDSTAGE([@Hours])'],
    ];
    const engine = buildFormulaEngine([{ name: 'S', cells }], { dialect: 'excel', tables: engineTables });
    expect(
      engine
        .values('S')
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(['Casual friend', 'Close friend']);
    expect(engine.translatedFormula('S', 2, 1)).toBe('=NETWORK.BONDSTAGE($A3)');
    engine.destroy();
  });
});
