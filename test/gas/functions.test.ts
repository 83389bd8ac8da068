/**
 * The built Apps Script files, loaded as Apps Script loads them: every file
 * evaluated in one global scope holding only the language's built-ins.
 */
import { CATALOG } from '../../shared/catalog';
import { FUNCTION_HELP } from '../../shared/messages/catalog';
import { serialFromIsoDate } from '../../shared/dates';
import { FakeUtilities } from '../fakes/sheets';
import { gasScriptFiles, gasSheetFunctions, gasSource, loadGas } from '../support/gas-vm';

const globalsSource = () => gasSource('Globals.js');

describe('the pushed Apps Script code', () => {
  it('loads without require, module, exports, window or process', () => {
    const context = loadGas();
    for (const name of ['require', 'module', 'exports', 'window', 'process', 'global']) {
      expect(context[name]).toBeUndefined();
    }
    expect(gasScriptFiles()).toEqual(['Bondstage.js', 'Globals.js']);
  });

  it('uses no module syntax Apps Script cannot run', () => {
    for (const file of gasScriptFiles()) {
      expect(gasSource(file)).not.toMatch(/^\s*(import|export)\s/m);
    }
  });

  it.each(CATALOG.map((fn) => [fn.name, fn] as const))(
    'declares %s as a top-level function under its @customfunction JSDoc',
    (name, fn) => {
      const context = loadGas();
      expect(typeof context[name]).toBe('function');

      const parameters = fn.parameters.map((parameter) => parameter.name).join(', ?');
      const declaration = new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+?) \\*/\\nfunction ${name}\\(${parameters}\\) ?\\{`);
      const match = globalsSource().match(declaration);
      expect(match).not.toBeNull();
      const jsdoc = match![1];
      expect(jsdoc).toContain(' * @customfunction');
      expect(jsdoc).toContain(` * ${FUNCTION_HELP.en[fn.name].description}`);
      for (const parameter of fn.parameters) {
        expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} ${parameter.name} \\S`));
      }
      expect(jsdoc).toMatch(/@return \S/);
    },
  );

  it('returns the core results for single values and ranges', () => {
    const sheets = gasSheetFunctions(loadGas());
    expect(sheets.BONDSTAGE(70)).toBe('Casual friend');
    expect(sheets.BONDSTAGE('120', 'de')).toBe('Freundschaft');
    expect(sheets.BONDLEVEL(200)).toBe(3);
    expect(sheets.BONDPROGRESS(70)).toBe(0.5);
    expect(sheets.HOURSTONEXT(70)).toBe(20);
    expect(sheets.BONDSCORE([[true, true, true, true, true, true, true, false, '']])).toBe(7);
    expect(sheets.REFERRALREADY(90, 7)).toBe(true);
    expect(sheets.BONDSTAGE([[10], [''], [95]])).toEqual([['Acquaintance'], [''], ['Friend']]);
    expect(sheets.REFERRALREADY([[95], [95]], [[7], [6]])).toEqual([[true], [false]]);
  });

  it('throws a single bad value as an Error Sheets shows with #ERROR!', () => {
    const sheets = gasSheetFunctions(loadGas());
    expect(() => sheets.BONDSTAGE(-3)).toThrow('hours must be 0 or more, e.g. 12.5 (got -3)');
    expect(() => sheets.BONDSTAGE(70, 'fr')).toThrow('language must be "en" or "de" (got "fr")');
    expect(() => sheets.BONDSCORE([[1, 2]])).toThrow(/answers must be 9 cells/);
  });

  it('puts #VALUE! text in only the bad cells of a range', () => {
    const sheets = gasSheetFunctions(loadGas());
    expect(
      sheets.BONDLEVEL([
        [10, 'abc'],
        [new Date(2026, 1, 1), 95],
      ]),
    ).toEqual([
      [0, '#VALUE! hours must be a number of 0 or more, e.g. 12.5 (got "abc")'],
      ['#VALUE! hours must be a number of 0 or more, e.g. 12.5 (got a date)', 2],
    ]);
  });

  it('broadcasts a single value over a range, and refuses ranges of different shapes', () => {
    const sheets = gasSheetFunctions(loadGas());
    expect(sheets.REFERRALREADY([[95], [80], [''], ['x']], 7)).toEqual([
      [true],
      [false],
      [''],
      ['#VALUE! hours must be a number of 0 or more, e.g. 12.5 (got "x")'],
    ]);
    expect(sheets.REFERRALREADY(120, [[7], [6]])).toEqual([[true], [false]]);
    expect(sheets.BONDSTAGE([[70], [95]], [['de'], ['en']])).toEqual([['Lockere Freundschaft'], ['Friend']]);
    expect(sheets.BONDSTAGE([[70], [95]], 'de')).toEqual([['Lockere Freundschaft'], ['Freundschaft']]);
    expect(() => sheets.REFERRALREADY([[1], [2], [3]], [[1], [2]])).toThrow(
      'hours and score must be single cells or ranges of the same size (got 3×1 and 2×1)',
    );
  });

  it('reads grouped numbers, asks again for misreadable ones, and returns tidy numbers', () => {
    const sheets = gasSheetFunctions(loadGas());
    expect(sheets.BONDLEVEL([['1.000,5'], ['1,000.5'], ['12,5'], ['1,000']])).toEqual([
      [3],
      [3],
      [0],
      ['#VALUE! hours must be a number without thousands separators, e.g. 1000 or 1000.5 (got "1,000", which can be misread)'],
    ]);
    expect(() => sheets.BONDLEVEL('1.000')).toThrow('hours must be a number without thousands separators');
    expect(sheets.HOURSTONEXT(89.9)).toBe(0.1);
    expect(sheets.BONDPROGRESS([[50.1], [-0]])).toEqual([[0.0025], [0]]);
    expect(Object.is(sheets.BONDPROGRESS(-0), 0)).toBe(true);
  });

  it('writes messages in German for a German spreadsheet, asking for the locale only on error', () => {
    let asked = 0;
    const SpreadsheetApp = {
      getActiveSpreadsheet: () => ({
        getSpreadsheetLocale: () => {
          asked++;
          return 'de_DE';
        },
      }),
    };
    const sheets = gasSheetFunctions(loadGas({ SpreadsheetApp }));
    expect(sheets.BONDLEVEL([[10], [20]])).toEqual([[0], [0]]);
    expect(asked).toBe(0);
    expect(sheets.BONDLEVEL([['zehn'], ['elf']])).toEqual([
      ['#VALUE! hours muss eine Zahl ab 0 sein, z. B. 12,5 (erhalten: "zehn")'],
      ['#VALUE! hours muss eine Zahl ab 0 sein, z. B. 12,5 (erhalten: "elf")'],
    ]);
    expect(asked).toBe(1);
    expect(() => sheets.HOURSTONEXT(-1)).toThrow('hours darf nicht negativ sein, z. B. 12,5 (erhalten: -1)');
  });

  it('answers the forecast, VCP phase and next step, and takes thresholds', () => {
    const sheets = gasSheetFunctions(loadGas());
    expect(sheets.BONDSTAGE(60, 'en', [[43, 57, 119]])).toBe('Friend');
    expect(sheets.BONDLEVEL([[10], [60]], [[43], [57], [119]])).toEqual([[0], [2]]);
    expect(() => sheets.BONDLEVEL(60, [[90, 50, 200]])).toThrow(
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got 50 after 90)',
    );
    expect(sheets.REFERRALREADY(95, 7, 100)).toBe(false);
    expect(sheets.VCPPHASE(95, '', 0, 'de')).toBe('Glaubwürdigkeit');
    expect(sheets.NEXTSTEP(95, 8, '', serialFromIsoDate('2026-11-02'), 1, 0, serialFromIsoDate('2026-12-07'))).toBe(
      'Meet – overdue since 2 Nov 2026',
    );
    expect(sheets.NEXTSTEP('', '', '', '', '', '', serialFromIsoDate('2026-12-07'))).toBe('');
    expect(sheets.STAGEFORECAST(250, 15, serialFromIsoDate('2026-01-01'))).toBe('');
  });

  it("reads and returns dates in the spreadsheet's time zone, asking for it once per call and only for dates", () => {
    // Auckland is 13 hours ahead of UTC in January: midnight there is the day before in UTC, where these tests run.
    const timeZone = 'Pacific/Auckland';
    let asked = 0;
    const SpreadsheetApp = {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => {
          asked++;
          return timeZone;
        },
        getSpreadsheetLocale: () => 'en_NZ',
      }),
    };
    const sheets = gasSheetFunctions(loadGas({ SpreadsheetApp, Utilities: FakeUtilities }));
    const midnight = (iso: string) => FakeUtilities.parseDate(iso, timeZone, 'yyyy-MM-dd');

    const forecast = sheets.STAGEFORECAST([[60], [70]], [[15], [15]], midnight('2026-01-01')) as Date[][];
    expect(forecast.map(([date]) => date.getTime())).toEqual([midnight('2026-06-30').getTime(), midnight('2026-05-01').getTime()]);
    expect(asked).toBe(1);

    expect(sheets.NEXTSTEP(95, 8, midnight('2026-10-01'), midnight('2026-11-02'), 1, 0, midnight('2026-12-07'))).toBe(
      'Meet – overdue since 2 Nov 2026',
    );
    expect(asked).toBe(2);
    expect(sheets.BONDSTAGE([[60], [95]])).toEqual([['Casual friend'], ['Friend']]);
    expect(sheets.NEXTSTEP(95, 8, serialFromIsoDate('2026-10-01'), '', 1, 0, serialFromIsoDate('2026-12-07'))).toBe('Ask for a referral');
    expect(asked).toBe(2);
  });

  it('keeps to the runtime calendar when the spreadsheet cannot be asked', () => {
    const sheets = gasSheetFunctions(loadGas());
    const forecast = sheets.STAGEFORECAST(60, 15, new Date(2026, 0, 1)) as Date;
    expect([forecast.getFullYear(), forecast.getMonth(), forecast.getDate(), forecast.getHours()]).toEqual([2026, 5, 30, 0]);
  });
});
