import fc from 'fast-check';
import { CATALOG, catalogFunction } from '../../shared/catalog';
import { type CellInput, type CellResult, type FunctionResult, InputError } from '../../shared/cells';
import { isoDateOfDay, serialOfCalendarDay } from '../../shared/dates';
import { FUNCTION_EXAMPLES, FUNCTION_HELP, PARAMETER_HELP, documentedCatalog } from '../../shared/messages/catalog';
import { problemMessage } from '../../shared/messages/functions';

/** Results with errors replaced by their English message, for readable expectations. */
function shown(result: FunctionResult): unknown {
  const show = (cell: CellResult) => (cell instanceof InputError ? `ERROR: ${problemMessage(cell.problem, 'en')}` : cell);
  return Array.isArray(result) ? result.map((row) => row.map(show)) : show(result);
}

/** The arguments of an example formula: "text", numbers, DATE(y, m, d) as a serial and array literals {a,b,c} as one row. */
function exampleArguments(text: string): CellInput[] {
  const tokens = text.match(/"[^"]*"|DATE\(\d+, \d+, \d+\)|\{[^}]*\}|[^,\s][^,]*/g) ?? [];
  return tokens.map((token) => {
    if (token.startsWith('"')) return token.slice(1, -1);
    const date = /^DATE\((\d+), (\d+), (\d+)\)$/.exec(token);
    if (date) return serialOfCalendarDay(Number(date[1]), Number(date[2]), Number(date[3]));
    if (token.startsWith('{')) return [token.slice(1, -1).split(',').map(Number)];
    return Number(token);
  });
}

const run = (name: string, ...args: unknown[]) => shown(catalogFunction(name).evaluate(args as never));

describe('the catalog', () => {
  it('declares each function once, with help in English and German for it and every parameter', () => {
    const names = CATALOG.map((fn) => fn.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'BONDSTAGE',
      'BONDLEVEL',
      'BONDPROGRESS',
      'HOURSTONEXT',
      'BONDSCORE',
      'REFERRALREADY',
      'PARTNERHOURS',
      'LASTCONTACT',
      'STAGEFORECAST',
      'VCPPHASE',
      'NEXTSTEP',
    ]);
    const documented = documentedCatalog();
    expect(documented.map((fn) => fn.name)).toEqual(names);
    for (const fn of documented) {
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(fn.evaluate).toBe(catalogFunction(fn.name).evaluate);
      for (const texts of [fn.description, fn.result, ...fn.parameters.map((parameter) => parameter.description)]) {
        expect(texts.en.length).toBeGreaterThan(5);
        expect(texts.de.length).toBeGreaterThan(5);
        expect(texts.de).not.toBe(texts.en);
      }
    }
  });

  it('keeps no help for a function or parameter it does not declare', () => {
    const parameters = new Set(CATALOG.flatMap((fn) => fn.parameters.map((parameter) => parameter.name)));
    for (const language of ['en', 'de'] as const) {
      expect(Object.keys(FUNCTION_HELP[language]).sort()).toEqual(CATALOG.map((fn) => fn.name).sort());
      expect(Object.keys(PARAMETER_HELP[language]).sort()).toEqual([...parameters].sort());
    }
    expect(Object.keys(FUNCTION_EXAMPLES).sort()).toEqual(CATALOG.map((fn) => fn.name).sort());
  });

  it('refuses to document a function whose help is missing in a language', () => {
    const saved = FUNCTION_HELP.de.BONDLEVEL;
    delete FUNCTION_HELP.de.BONDLEVEL;
    try {
      expect(() => documentedCatalog()).toThrow('No de help for BONDLEVEL');
    } finally {
      FUNCTION_HELP.de.BONDLEVEL = saved;
    }
    const parameter = PARAMETER_HELP.en.meeting_dates;
    delete PARAMETER_HELP.en.meeting_dates;
    try {
      expect(() => documentedCatalog()).toThrow('No en help for the parameter meeting_dates');
    } finally {
      PARAMETER_HELP.en.meeting_dates = parameter;
    }
  });

  it('keeps its examples true', () => {
    for (const fn of documentedCatalog()) {
      for (const example of fn.examples) {
        const call = example.formula.match(/^=([A-Z]+)\((.*)\)$/);
        if (!call || call[1] !== fn.name || /[A-Z]+\d+:/.test(call[2])) continue;
        const result = fn.evaluate(exampleArguments(call[2]));
        // Each example gives one value: an input error or a matrix shows as itself and fails; a date shows as YYYY-MM-DD.
        const shownResult = result instanceof Date ? isoDateOfDay(result) : result;
        expect(typeof shownResult === 'object' ? shownResult : String(shownResult).toUpperCase()).toBe(example.result.toUpperCase());
      }
    }
  });
});

describe('BONDSTAGE', () => {
  it.each([
    [49, undefined, 'Acquaintance'],
    [50, 'en', 'Casual friend'],
    [90, 'EN', 'Friend'],
    [200, ' de ', 'Enge Freundschaft'],
    [89.5, 'De', 'Lockere Freundschaft'],
    ['89,5', '', 'Casual friend'],
    [0, null, 'Acquaintance'],
  ])('%p hours with language %p is %p', (hours, language, label) => {
    expect(run('BONDSTAGE', hours, language)).toBe(label);
  });

  it('maps a range cell by cell, keeping its shape and blanks', () => {
    expect(
      run(
        'BONDSTAGE',
        [
          [10, ''],
          [null, 95],
        ],
        'de',
      ),
    ).toEqual([
      ['Bekanntschaft', ''],
      ['', 'Freundschaft'],
    ]);
  });

  it('keeps good cells when one cell of a range is bad', () => {
    expect(run('BONDSTAGE', [[10], [-5], ['abc'], [250]])).toEqual([
      ['Acquaintance'],
      ['ERROR: hours must be 0 or more, e.g. 12.5 (got -5)'],
      ['ERROR: hours must be a number of 0 or more, e.g. 12.5 (got "abc")'],
      ['Close friend'],
    ]);
  });

  it('returns a single bad value as the error itself', () => {
    expect(run('BONDSTAGE', true)).toBe('ERROR: hours must be a number of 0 or more, e.g. 12.5 (got true)');
  });

  it.each([
    ['fr', 'language must be "en" or "de" (got "fr")'],
    [1, 'language must be "en" or "de" (got 1)'],
  ])('rejects the language %p naming the allowed values', (language, message) => {
    expect(run('BONDSTAGE', 70, language)).toBe(`ERROR: ${message}`);
  });

  it('rejects a bad language in a 1×1 range in its one cell', () => {
    expect(run('BONDSTAGE', 70, [['fr']])).toEqual([['ERROR: language must be "en" or "de" (got "fr")']]);
  });

  it('gives a bad language to every cell of a range, as built-in functions do', () => {
    expect(run('BONDSTAGE', [[70], [95]], 'fr')).toEqual([
      ['ERROR: language must be "en" or "de" (got "fr")'],
      ['ERROR: language must be "en" or "de" (got "fr")'],
    ]);
  });

  it('accepts a language given as a single cell range, for a single value or a whole range', () => {
    expect(run('BONDSTAGE', [[70]], [['de']])).toEqual([['Lockere Freundschaft']]);
    expect(run('BONDSTAGE', 70, [['de']])).toEqual([['Lockere Freundschaft']]);
    expect(run('BONDSTAGE', [[70], [95]], [['de']])).toEqual([['Lockere Freundschaft'], ['Freundschaft']]);
  });

  it('applies a language range of the same shape cell by cell', () => {
    expect(run('BONDSTAGE', [[70], [95], [250]], [['de'], [''], ['xx']])).toEqual([
      ['Lockere Freundschaft'],
      ['Friend'],
      ['ERROR: language must be "en" or "de" (got "xx")'],
    ]);
    expect(run('BONDSTAGE', 95, [['en', 'de']])).toEqual([['Friend', 'Freundschaft']]);
  });

  it('refuses a language range of another shape than the hours range', () => {
    expect(run('BONDSTAGE', [[70], [95]], [['en'], ['de'], ['en']])).toBe(
      'ERROR: hours and language must be single cells or ranges of the same size (got 2×1 and 3×1)',
    );
  });

  it('reads grouped numeric text and asks again where it could be misread', () => {
    expect(run('BONDSTAGE', [['1.000,5'], ['1,000.5'], ['89,5'], ['1,000']])).toEqual([
      ['Close friend'],
      ['Close friend'],
      ['Casual friend'],
      ['ERROR: hours must be a number without thousands separators, e.g. 1000 or 1000.5 (got "1,000", which can be misread)'],
    ]);
  });
});

describe('BONDLEVEL, BONDPROGRESS, HOURSTONEXT', () => {
  it('follow the stage boundaries', () => {
    expect(run('BONDLEVEL', [[0, 49.99, 50, 89.99, 90, 199.99, 200]])).toEqual([[0, 0, 1, 1, 2, 2, 3]]);
    expect(run('BONDPROGRESS', [[0, 25, 50, 70, 90, 200, 300]])).toEqual([[0, 0.5, 0, 0.5, 0, 1, 1]]);
    expect(run('HOURSTONEXT', [[0, 25, 50, 70, 90, 200, 300]])).toEqual([[50, 25, 40, 20, 110, 0, 0]]);
  });

  it('give results without floating-point noise or -0', () => {
    expect(run('HOURSTONEXT', 89.9)).toBe(0.1);
    expect(run('HOURSTONEXT', [[49.7, 199.3, '89,9']])).toEqual([[0.3, 0.7, 0.1]]);
    expect(run('BONDPROGRESS', [[50.1, 90.11, 0.3]])).toEqual([[0.0025, 0.001, 0.006]]);
    expect(Object.is(run('BONDPROGRESS', -0), 0)).toBe(true);
    expect(Object.is(run('BONDPROGRESS', '-0'), 0)).toBe(true);
  });

  it('round every numeric result to 10 decimal places', () => {
    const tenPlaces = (value: unknown) => typeof value !== 'number' || Number(value.toFixed(10)) === value;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (hours) =>
        ['BONDPROGRESS', 'HOURSTONEXT', 'BONDLEVEL'].every((name) => tenPlaces(run(name, hours))),
      ),
    );
  });

  it('give blank for blank', () => {
    expect(run('BONDLEVEL', '')).toBe('');
    expect(run('BONDPROGRESS', null)).toBe('');
    expect(run('HOURSTONEXT', undefined)).toBe('');
  });
});

describe('BONDSCORE', () => {
  const row = [true, 'yes', 'x', '✓', 1, 'ja', 'no', '', false];

  it('scores nine cells in one row or one column as one number', () => {
    expect(run('BONDSCORE', [row])).toBe(6);
    expect(
      run(
        'BONDSCORE',
        row.map((answer) => [answer]),
      ),
    ).toBe(6);
  });

  it('scores a range 9 columns wide row by row', () => {
    const allYes = Array(9).fill('Y');
    const blankRow = Array(9).fill('');
    const partlyBlank = ['j', '', '', '', '', '', '', '', ''];
    expect(run('BONDSCORE', [row, allYes, blankRow, partlyBlank])).toEqual([[6], [9], [''], [1]]);
  });

  it('gives blank for an entirely blank row', () => {
    expect(run('BONDSCORE', [Array(9).fill(null)])).toBe('');
  });

  it('marks only the row with a bad answer', () => {
    const bad = [...row.slice(0, 8), 'maybe'];
    expect(run('BONDSCORE', [row, bad])).toEqual([
      [6],
      ['ERROR: each answer must be yes or no (TRUE/FALSE, 1/0, yes/no, ja/nein, x) or blank (got "maybe")'],
    ]);
    expect(run('BONDSCORE', [bad])).toMatch(/^ERROR: each answer/);
  });

  it.each([
    [[[1, 2, 3]], '1×3'],
    [Array<number[]>(8).fill([1]), '8×1'],
    [[Array<number>(10).fill(1)], '1×10'],
    [[Array<number>(9).fill(1), Array<number>(9).fill(1)].map((r) => r.slice(0, 8)), '2×8'],
  ])('rejects another shape (%#) saying what is expected', (answers, shape) => {
    expect(run('BONDSCORE', answers)).toBe(
      `ERROR: answers must be 9 cells in one row or column, or a range 9 columns wide with one partner per row (got ${shape})`,
    );
  });

  it('rejects a single value', () => {
    expect(run('BONDSCORE', 'yes')).toMatch(/\(got 1×1\)$/);
  });

  it('counts exactly the yes answers', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }), (answers) => {
        return run('BONDSCORE', [answers]) === answers.filter(Boolean).length;
      }),
    );
  });
});

describe('REFERRALREADY', () => {
  it.each([
    [90, 7, true],
    [89.99, 9, false],
    [500, 6, false],
    ['90', '7', true],
    ['', 7, ''],
    [95, '', ''],
  ])('%p hours and score %p gives %p', (hours, score, ready) => {
    expect(run('REFERRALREADY', hours, score)).toBe(ready);
  });

  it('pairs two ranges of the same shape cell by cell', () => {
    expect(run('REFERRALREADY', [[100], [100], [''], [-1]], [[7], [3], [9], [8]])).toEqual([
      [true],
      [false],
      [''],
      ['ERROR: hours must be 0 or more, e.g. 12.5 (got -1)'],
    ]);
  });

  it('applies a single score to every hours cell, and single hours to every score cell', () => {
    expect(run('REFERRALREADY', [[95], [80], [''], ['x']], 7)).toEqual([
      [true],
      [false],
      [''],
      ['ERROR: hours must be a number of 0 or more, e.g. 12.5 (got "x")'],
    ]);
    expect(run('REFERRALREADY', 120, [[7], [6], [''], [10]])).toEqual([
      [true],
      [false],
      [''],
      ['ERROR: score must be a whole number from 0 to 9, e.g. 7 (got 10)'],
    ]);
    expect(run('REFERRALREADY', [[95], [80]], [[7]])).toEqual([[true], [false]]);
  });

  it('rejects ranges of different shapes, neither 1×1', () => {
    expect(run('REFERRALREADY', [[1], [2], [3]], [[1], [2]])).toBe(
      'ERROR: hours and score must be single cells or ranges of the same size (got 3×1 and 2×1)',
    );
    expect(run('REFERRALREADY', [[1, 2]], [[1], [2]])).toBe(
      'ERROR: hours and score must be single cells or ranges of the same size (got 1×2 and 2×1)',
    );
  });

  it('rejects a score out of range', () => {
    expect(run('REFERRALREADY', 100, 10)).toBe('ERROR: score must be a whole number from 0 to 9, e.g. 7 (got 10)');
  });
});

describe('every catalog function, given any JavaScript value', () => {
  const cell = fc.oneof(
    fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true, withDate: true, withSparseArray: true }),
    fc.constantFrom(new Date(NaN), NaN, Infinity, -Infinity, -0, '', '1,000', '1.000,5', 'x'.repeat(100_000), '9'.repeat(400)),
    fc.double(),
    fc.string(),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 });
  const argument = fc.oneof(cell, grid, fc.array(cell), fc.array(fc.oneof(cell, fc.array(cell)), { maxLength: 4 }));

  function isShownCell(value: unknown): boolean {
    if (value instanceof InputError) {
      return problemMessage(value.problem, 'en').length > 0 && problemMessage(value.problem, 'de').length > 0;
    }
    if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
    // LASTCONTACT gives back a meeting's date cell as the host passed it.
    if (value instanceof Date) return Number.isFinite(value.getTime());
    return typeof value === 'string' || typeof value === 'boolean';
  }

  it.each(CATALOG.map((fn) => [fn.name, fn] as const))('%s returns a result or an InputError, never anything else', (_name, fn) => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: fn.parameters.length + 1 }), (args) => {
        let result: FunctionResult;
        try {
          result = fn.evaluate(args as never);
        } catch (error) {
          return error instanceof InputError;
        }
        return Array.isArray(result) ? result.every((row) => Array.isArray(row) && row.every(isShownCell)) : isShownCell(result);
      }),
      { numRuns: 300 },
    );
  });
});
