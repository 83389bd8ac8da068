/**
 * The built Excel functions.js, loaded as a classic script beside a fake
 * CustomFunctions runtime, checked against its metadata and against the
 * Apps Script build on the same inputs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG } from '../../shared/catalog';
import { isDate } from '../../shared/cells';
import { excelSerialDate } from '../../shared/dates';
import { FUNCTION_HELP, PARAMETER_HELP } from '../../shared/messages/catalog';
import { gasSheetFunctions, loadGas } from '../support/gas-vm';
import { FakeCustomFunctionsError, OFFICE_DIST, loadOfficeFunctions } from '../support/office-vm';

/** The part of the custom functions metadata (functions.json) these tests read. */
interface FunctionsMetadata {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    result: { dimensionality?: string };
    parameters: Array<{ name: string; description: string; type: string; dimensionality?: string; optional?: boolean }>;
  }>;
}

const metadata = (file: string) => JSON.parse(readFileSync(path.join(OFFICE_DIST, file), 'utf8')) as FunctionsMetadata;

/** A result as a host shows it: the value, or "#VALUE! message" for an error. */
type Shown = unknown;

function excelCall(fn: (...args: unknown[]) => unknown, args: unknown[]): Shown {
  const asMatrix = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [[value]]);
  const showCell = (cell: unknown) => (cell instanceof FakeCustomFunctionsError ? `${cell.code} ${cell.message}` : cell);
  try {
    const result = fn(...args.map(asMatrix)) as unknown[][];
    return result.map((row) => row.map(showCell));
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return [[showCell(error)]];
    throw error;
  }
}

function sheetsCall(fn: (...args: unknown[]) => unknown, args: unknown[]): Shown {
  // Sheets returns dates as Dates, Excel as serial numbers: compare them as serials.
  const serial = (cell: unknown) => (isDate(cell) ? excelSerialDate(cell) : cell);
  try {
    const result = fn(...args);
    return Array.isArray(result) ? (result as unknown[][]).map((row) => row.map(serial)) : [[serial(result)]];
  } catch (error) {
    return [[`#VALUE! ${(error as Error).message}`]];
  }
}

describe('the built Excel functions.js', () => {
  it('associates exactly the ids of the metadata, in both languages', () => {
    const { associated } = loadOfficeFunctions();
    const ids = [...associated.keys()];
    expect(ids).toEqual(CATALOG.map((fn) => fn.name));
    for (const file of ['functions.json', 'functions.de.json']) {
      const declared = metadata(file).functions;
      expect(declared.map((fn) => fn.id)).toEqual(ids);
      expect(declared.map((fn) => fn.name)).toEqual(ids);
    }
  });

  it('declares every range parameter and result as a matrix of any, so a cell and a range both work', () => {
    expect(metadata('functions.json')).not.toHaveProperty('allowCustomDataForDataTypeAny');
    for (const fn of metadata('functions.json').functions) {
      expect(fn.result.dimensionality).toBe('matrix');
      const catalogEntry = CATALOG.find((entry) => entry.name === fn.id)!;
      fn.parameters.forEach((parameter, index) => {
        const declared = catalogEntry.parameters[index];
        expect(parameter.name).toBe(declared.name);
        expect(parameter.type).toBe('any');
        expect(parameter.dimensionality).toBe(declared.accepts === 'range' ? 'matrix' : undefined);
        expect(Boolean(parameter.optional)).toBe(Boolean(declared.optional));
      });
    }
  });

  it('describes the functions in German in functions.de.json', () => {
    const german = metadata('functions.de.json').functions;
    CATALOG.forEach((fn, index) => {
      expect(german[index].description).toBe(FUNCTION_HELP.de[fn.name].description);
      fn.parameters.forEach((parameter, p) => expect(german[index].parameters[p].description).toBe(PARAMETER_HELP.de[parameter.name]));
    });
  });

  it('is a classic script', () => {
    expect(readFileSync(path.join(OFFICE_DIST, 'functions.js'), 'utf8')).not.toMatch(/^\s*(import|export)\s/m);
  });

  const cases: Array<[string, unknown[]]> = [
    ['BONDSTAGE', [70]],
    ['BONDSTAGE', [120, 'de']],
    ['BONDSTAGE', [[[10], [''], [95], [-1], ['89,5']], 'DE']],
    ['BONDSTAGE', [70, 'fr']],
    ['BONDSTAGE', [true]],
    ['BONDLEVEL', [[[0, 49.9, 50, 90, 200, 'x']]]],
    ['BONDPROGRESS', [[[0], [70], [145], [200], [NaN]]]],
    ['HOURSTONEXT', [[[0], [70], [199], [200], [-0.5]]]],
    ['BONDSCORE', [[[true, 'yes', 'x', '✓', 1, 'ja', 'no', '', false]]]],
    ['BONDSCORE', [[Array<string>(9).fill('j'), Array<string>(9).fill(''), [...Array<string>(8).fill('n'), 'maybe']]]],
    ['BONDSCORE', [[[1, 2, 3]]]],
    ['REFERRALREADY', [90, 7]],
    [
      'REFERRALREADY',
      [
        [[100], [100], [''], [95]],
        [[7], [6], [9], [10]],
      ],
    ],
    [
      'REFERRALREADY',
      [
        [[1], [2]],
        [[1], [2], [3]],
      ],
    ],
    ['REFERRALREADY', [[[95], [80], ['x']], 7]],
    ['REFERRALREADY', [120, [[7], [6], [10]]]],
    [
      'BONDSTAGE',
      [
        [[70], [95]],
        [['de'], ['en']],
      ],
    ],
    [
      'BONDSTAGE',
      [
        [[70], [95]],
        [['de'], ['en'], ['de']],
      ],
    ],
    ['BONDSTAGE', [[['1.000,5'], ['1,000.5'], ['12,5'], ['1,000'], ['1.000']]]],
    ['HOURSTONEXT', [[[89.9], [-0], [49.7]]]],
    ['BONDPROGRESS', [[[50.1], [-0]]]],
    ['BONDSTAGE', [60, 'de', [[43, 57, 119]]]],
    [
      'BONDLEVEL',
      [
        [[10], [60], [120]],
        [[43], [57], [119]],
      ],
    ],
    ['BONDLEVEL', [95, [[90, 50, 200]]]],
    [
      'BONDPROGRESS',
      [
        95,
        [
          [1, 2],
          [3, 4],
        ],
      ],
    ],
    ['HOURSTONEXT', [100, [['43', '57,5', 119]]]],
    ['HOURSTONEXT', [100, 'fifty']],
    ['REFERRALREADY', [95, 7, 100]],
    ['REFERRALREADY', [[[95], [80]], 6, '', 6]],
    ['REFERRALREADY', [95, 7, -1]],
    ['STAGEFORECAST', [60, 15, 46_023]],
    ['STAGEFORECAST', [[[60], [250], [''], [10], ['x']], [[15], [15], [15], [0], [15]], 46_023, 30]],
    ['STAGEFORECAST', [60, 0.001, 46_023]],
    ['STAGEFORECAST', [60, 15, 'tomorrow']],
    ['VCPPHASE', [[[10], [95], [10], [10]], [[''], [''], [7], ['']], [[0], [''], [''], [2]], 'de']],
    ['VCPPHASE', [10, 5, -1]],
    ['NEXTSTEP', [95, 8, 46_000, 46_328, 1, 0, 46_363]],
    ['NEXTSTEP', [95, 8, 46_000, 46_328, 1, 0, 46_363, 'de']],
    ['NEXTSTEP', [[[95], [60], [''], [10], [250]], [[8], [''], [''], [''], [9]], 46_300, '', 0, [[0], [0], [''], [3], [4]], 46_363]],
    ['NEXTSTEP', [95, 8, '', '', 0, 0, 46_363, 'en', [[1, 2]]]],
    ['NEXTSTEP', [95, 8, 'soon', '', 0, 0, 46_363]],
    [
      'PARTNERHOURS',
      [
        [['Anna'], ['Bo'], ['']],
        [['anna '], ['Bo'], ['ANNA']],
        [[2], [3], [1.5]],
      ],
    ],
    [
      'LASTCONTACT',
      [
        [['Anna'], ['Bo'], ['Cy']],
        [['anna'], ['Bo'], ['Anna']],
        [[46_000], [46_010], [46_020]],
      ],
    ],
  ];

  it('compares every catalog function', () => {
    expect(new Set(cases.map(([name]) => name))).toEqual(new Set(CATALOG.map((fn) => fn.name)));
  });

  it.each(cases)('%s%j gives what the Sheets build gives', (name, args) => {
    const { associated } = loadOfficeFunctions();
    const sheets = gasSheetFunctions(loadGas());
    expect(excelCall(associated.get(name)!, args)).toEqual(sheetsCall(sheets[name], args));
  });

  it('raises a single bad value as #VALUE! with the message, and errors only the bad cells of a range', () => {
    const { associated } = loadOfficeFunctions();
    const bondLevel = associated.get('BONDLEVEL')!;
    expect(() => bondLevel([[-2]])).toThrow(FakeCustomFunctionsError);
    try {
      bondLevel([[-2]]);
    } catch (error) {
      expect((error as FakeCustomFunctionsError).code).toBe('#VALUE!');
      expect((error as FakeCustomFunctionsError).message).toBe('hours must be 0 or more, e.g. 12.5 (got -2)');
    }
    const result = bondLevel([[10], ['ten'], [null]]) as unknown[][];
    expect(result[0]).toEqual([0]);
    expect(result[1][0]).toBeInstanceOf(FakeCustomFunctionsError);
    expect(result[2]).toEqual(['']);
  });

  it('never returns null, which Excel would show as 0', () => {
    const { associated } = loadOfficeFunctions();
    for (const [name, fn] of associated) {
      const args =
        name === 'BONDSCORE' ? [[Array(9).fill(null)]] : name === 'REFERRALREADY' ? [[[null]], [[null]]] : [[[null], [undefined]]];
      const result = fn(...args) as unknown[][];
      expect(result.flat().every((cell) => cell === '')).toBe(true);
    }
  });

  it('broadcasts a single value or a 1×1 range over a range, as a cell reference arrives as a 1×1 matrix', () => {
    const { associated } = loadOfficeFunctions();
    const ready = associated.get('REFERRALREADY')!;
    expect(ready([[95], [80], ['']], [[7]])).toEqual([[true], [false], ['']]);
    expect(ready([[120]], [[7], [6]])).toEqual([[true], [false]]);
    expect(associated.get('BONDSTAGE')!([[70], [95]], [['de'], ['en']])).toEqual([['Lockere Freundschaft'], ['Friend']]);
    // An omitted optional parameter arrives as null:
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options#optional-parameters
    expect(associated.get('BONDSTAGE')!([[70]], null)).toEqual([['Casual friend']]);
    expect(() => ready([[1], [2]], [[1, 2]])).toThrow('hours and score must be single cells or ranges of the same size (got 2×1 and 1×2)');
  });

  it('reads grouped numbers, asks again for misreadable ones, and returns tidy numbers', () => {
    const { associated } = loadOfficeFunctions();
    expect(associated.get('BONDLEVEL')!([['1.000,5'], ['1,000.5'], ['12,5']])).toEqual([[3], [3], [0]]);
    expect(() => associated.get('BONDLEVEL')!([['1,000']])).toThrow(
      'hours must be a number without thousands separators, e.g. 1000 or 1000.5 (got "1,000", which can be misread)',
    );
    const toNext = associated.get('HOURSTONEXT')!([[89.9], ['89,9']]) as unknown[][];
    expect(toNext).toEqual([[0.1], [0.1]]);
    expect(Object.is((associated.get('BONDPROGRESS')!([[-0]]) as unknown[][])[0][0], 0)).toBe(true);
  });

  it('writes messages in German when Office shows German', () => {
    const { associated } = loadOfficeFunctions({ Office: { context: { displayLanguage: 'de-DE' } } });
    expect(() => associated.get('BONDLEVEL')!([['zehn']])).toThrow('hours muss eine Zahl ab 0 sein, z. B. 12,5 (erhalten: "zehn")');
  });
});
