import fc from 'fast-check';
import {
  BLANK,
  type CellResult,
  type FunctionResult,
  InputError,
  NOT_NUMERIC,
  UNCLEAR_GROUPING,
  answerOf,
  hoursOf,
  parseNumericText,
  rectangular,
  scoreOf,
  tidyNumber,
  toAnswer,
  toHours,
  toScore,
} from '../../shared/cells';
import { broadcast } from '../../shared/broadcast';
import { type Problem, describeValue, problemMessage } from '../../shared/messages/functions';

/** The message of an InputError value, in English unless asked. */
function messageOf(result: unknown, language: 'en' | 'de' = 'en'): string {
  if (!(result instanceof InputError)) throw new Error(`expected an InputError, got ${String(result)}`);
  return problemMessage(result.problem, language);
}

describe('hoursOf', () => {
  it.each([
    [12.5, 12.5],
    [0, 0],
    ['12.5', 12.5],
    ['89,5', 89.5],
    ['  7 ', 7],
    ['+3', 3],
    ['.5', 0.5],
    [',5', 0.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.000.000', 1_000_000],
  ])('accepts %p as %p', (input, hours) => {
    expect(hoursOf(input)).toBe(hours);
  });

  it('reads -0 as 0', () => {
    expect(Object.is(hoursOf(-0), 0)).toBe(true);
    expect(Object.is(hoursOf('-0'), 0)).toBe(true);
  });

  it.each([null, undefined, '', '   '])('gives blank for %p', (input) => {
    expect(hoursOf(input)).toBe(BLANK);
  });

  it.each([
    [-1, 'hours must be 0 or more, e.g. 12.5 (got -1)'],
    ['-2,5', 'hours must be 0 or more, e.g. 12.5 (got "-2,5")'],
    [NaN, 'hours must be a number of 0 or more, e.g. 12.5 (got NaN)'],
    [Infinity, 'hours must be a number of 0 or more, e.g. 12.5 (got Infinity)'],
    [-Infinity, 'hours must be a number of 0 or more, e.g. 12.5 (got -Infinity)'],
    ['9'.repeat(400), `hours must be a number of 0 or more, e.g. 12.5 (got "${'9'.repeat(23)}…")`],
    [true, 'hours must be a number of 0 or more, e.g. 12.5 (got true)'],
    [false, 'hours must be a number of 0 or more, e.g. 12.5 (got false)'],
    [new Date(2026, 0, 1), 'hours must be a number of 0 or more, e.g. 12.5 (got a date)'],
    ['ten', 'hours must be a number of 0 or more, e.g. 12.5 (got "ten")'],
    ['12 h', 'hours must be a number of 0 or more, e.g. 12.5 (got "12 h")'],
    ['1,000', 'hours must be a number without thousands separators, e.g. 1000 or 1000.5 (got "1,000", which can be misread)'],
    ['1.000', 'hours must be a number without thousands separators, e.g. 1000 or 1000.5 (got "1.000", which can be misread)'],
    ['1,00,0', 'hours must be a number without thousands separators, e.g. 1000 or 1000.5 (got "1,00,0", which can be misread)'],
  ])('gives for %p an error that says what to enter', (input, message) => {
    expect(messageOf(hoursOf(input as never))).toBe(message);
  });

  it('shortens long text in messages', () => {
    expect(messageOf(hoursOf('a'.repeat(60)))).toContain(`"${'a'.repeat(23)}…"`);
  });

  it('says it in German', () => {
    expect(messageOf(hoursOf('zehn'), 'de')).toBe('hours muss eine Zahl ab 0 sein, z. B. 12,5 (erhalten: "zehn")');
    expect(messageOf(hoursOf(new Date(2026, 0, 1)), 'de')).toBe('hours muss eine Zahl ab 0 sein, z. B. 12,5 (erhalten: ein Datum)');
    expect(messageOf(hoursOf('1.000'), 'de')).toBe(
      'hours muss eine Zahl ohne Tausendertrennzeichen sein, z. B. 1000 oder 1000,5 (erhalten: "1.000", missverständlich)',
    );
  });

  it('keeps the bad value and describes it only when the message is rendered', () => {
    const text = 'x'.repeat(1_000_000);
    const error = hoursOf(text) as InputError;
    expect(error.problem).toEqual({ kind: 'hoursNotNumber', value: text });
    expect(messageOf(error).length).toBeLessThan(100);
  });

  it('never throws, also for values no host passes', () => {
    const odd: unknown[] = [{}, [], [[1]], Object.create(null), { toString: 1 }, Symbol('s'), BigInt(10), () => 1, new Date(NaN)];
    for (const value of odd) {
      const result = hoursOf(value as never);
      expect(result).toBeInstanceOf(InputError);
      expect(messageOf(result)).toMatch(/^hours must be a number of 0 or more, e\.g\. 12\.5 \(got .+\)$/);
    }
  });
});

describe('the throwing readers for single values', () => {
  it('return what the readers return and throw their InputError', () => {
    expect(toHours('89,5')).toBe(89.5);
    expect(toScore(' 7 ')).toBe(7);
    expect(toAnswer('ja')).toBe(true);
    expect(() => toHours('ten')).toThrow(InputError);
    expect(() => toScore(10)).toThrow(InputError);
    expect(() => toAnswer('maybe')).toThrow(InputError);
  });
});

describe('parseNumericText', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['7.', 7],
    ['.5', 0.5],
    [',5', 0.5],
    ['+3', 3],
    ['-2,5', -2.5],
    ['  1,5  ', 1.5],
    ['1234,567', 1234.567],
    ['1234.567', 1234.567],
    ['0,500', 0.5],
    ['0.500', 0.5],
    ['1,0000', 1],
    ['1,00', 1],
    ['1.000.000', 1_000_000],
    ['1,000,000', 1_000_000],
    ['12.345.678', 12_345_678],
    ['1.000,5', 1000.5],
    ['1,000.5', 1000.5],
    ['1.000,', 1000],
    ['1,000.', 1000],
    ['1.000,000', 1000],
    ['123.456.789,25', 123_456_789.25],
    ['-1.234.567,891', -1_234_567.891],
    ['+1,234,567.891', 1_234_567.891],
  ])('reads %p as %p', (text, number) => {
    expect(parseNumericText(text)).toBe(number);
  });

  it.each(['1,000', '1.000', '12,345', '999.999', '-1,000', '+1.000', ' 1,000 '])(
    'calls %p unclear: one separator followed by exactly three digits may be a decimal or a thousands separator',
    (text) => {
      expect(parseNumericText(text)).toBe(UNCLEAR_GROUPING);
    },
  );

  it.each([
    '1,00,0',
    '1,00,000',
    '1.2.3',
    '1.0000.000',
    '1000.000.000',
    '0,000,000',
    '1,000,5',
    '1.000.5',
    '1,000.000,5',
    '1.000,000.5',
    '.5.5',
    '1..000',
    '1,,000',
  ])('calls %p unclear: separators that are no valid grouping', (text) => {
    expect(parseNumericText(text)).toBe(UNCLEAR_GROUPING);
  });

  it.each(['', ' ', 'ten', '12 h', '1 000', '1e3', '0x10', '--1', '+-1', '.', ',', '.,', '+', '12%', '١٢', 'Infinity', 'NaN'])(
    'calls %p not numeric',
    (text) => {
      expect(parseNumericText(text)).toBe(NOT_NUMERIC);
    },
  );

  // Its patterns have no nested quantifiers, so even texts of millions of characters are answered at once
  // (speed itself is npm run bench's to measure, not a test's).
  it('answers huge texts that are not numbers', () => {
    for (const text of ['1'.repeat(5_000_000) + 'x', '1,'.repeat(2_000_000) + 'x', '1,000'.repeat(1_000_000) + '.5.5']) {
      expect(typeof parseNumericText(text)).toBe('string');
    }
  });

  const integerPart = fc.bigInt({ min: BigInt(0), max: BigInt('1000000000000000') }).map(String);
  const fractionDigits = fc.stringMatching(/^\d{1,6}$/);
  const group = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+$)/g, separator);
  const CONVENTIONS = [
    { group: ',', decimal: '.' },
    { group: '.', decimal: ',' },
  ];

  it('reads back a number with decimals written in either convention, grouped or not, unless it could be misread', () => {
    fc.assert(
      fc.property(integerPart, fractionDigits, fc.constantFrom(...CONVENTIONS), fc.boolean(), (int, fraction, convention, grouped) => {
        const whole = grouped ? group(int, convention.group) : int;
        const text = `${whole}${convention.decimal}${fraction}`;
        // "1,000" or "1.000": one separator after 1 to 3 digits, then exactly three.
        const misreadable = /^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3;
        return parseNumericText(text) === (misreadable ? UNCLEAR_GROUPING : Number(`${int}.${fraction}`));
      }),
    );
  });

  it('reads back whole numbers without grouping, and grouped ones of a million or more', () => {
    fc.assert(
      fc.property(integerPart, fc.constantFrom(...CONVENTIONS), (int, convention) => {
        const grouped = group(int, convention.group);
        return parseNumericText(int) === Number(int) && (Number(int) < 1_000_000 || parseNumericText(grouped) === Number(int));
      }),
    );
  });

  it('calls every grouped whole number from 1,000 to 999,999 unclear, in either convention', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999 }), fc.constantFrom(',', '.'), (int, separator) => {
        return parseNumericText(group(String(int), separator)) === UNCLEAR_GROUPING;
      }),
    );
  });
});

describe('scoreOf', () => {
  it.each([
    [0, 0],
    [9, 9],
    ['7', 7],
    ['7,0', 7],
    ['', BLANK],
    [null, BLANK],
  ])('accepts %p', (input, score) => {
    expect(scoreOf(input)).toBe(score);
  });

  it.each([10, -1, 6.5, '7,5', 'seven', true, NaN, new Date(), {}])('rejects %p', (input) => {
    expect(messageOf(scoreOf(input as never))).toMatch(/^score must be a whole number from 0 to 9, e\.g\. 7 \(got .+\)$/);
  });

  it('asks for a score without grouping when it could be misread', () => {
    expect(messageOf(scoreOf('1,000'))).toBe(
      'score must be a number without thousands separators, e.g. 1000 or 1000.5 (got "1,000", which can be misread)',
    );
  });
});

describe('answerOf', () => {
  it.each([true, 1, 'yes', 'Y', ' ja ', 'J', 'x', 'X', '✓', '✔', 'TRUE', '1'])('takes %p as yes', (input) => {
    expect(answerOf(input)).toBe(true);
  });

  it.each([false, 0, 'no', 'N', 'Nein', 'FALSE', '0'])('takes %p as no', (input) => {
    expect(answerOf(input)).toBe(false);
  });

  it.each([null, undefined, '', '  '])('takes %p as blank', (input) => {
    expect(answerOf(input)).toBe(BLANK);
  });

  it.each([2, 0.5, 'maybe', 'jein', new Date(), {}])('rejects %p', (input) => {
    expect(messageOf(answerOf(input as never))).toMatch(/^each answer must be yes or no/);
  });
});

describe('tidyNumber', () => {
  it.each([
    [90 - 89.9, 0.1],
    [0.1 + 0.2, 0.3],
    [109 / 110, 0.9909090909],
    [-0, 0],
    [-1e-12, 0],
    [1e-11, 0],
    [5e-11, 1e-10],
    [123456.78901234567, 123456.7890123457],
    [1e20, 1e20],
    [2 ** 53 + 2, 2 ** 53 + 2],
  ])('shows %p as %p', (value, shown) => {
    expect(Object.is(tidyNumber(value), shown)).toBe(true);
  });

  it('moves no number by more than half of the tenth decimal place, nor changes its sign', () => {
    // Above about 1e4 doubles are too sparse to hold every tenth decimal: allow the spacing of doubles at that size.
    const doubleSpacing = (value: number) => Math.abs(value) * Number.EPSILON;
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const tidied = tidyNumber(value);
        return (
          !Object.is(tidied, -0) &&
          Math.abs(tidied - value) <= 5e-11 * (1 + 1e-6) + 2 * doubleSpacing(value) &&
          (tidied === 0 || Math.sign(tidied) === Math.sign(value))
        );
      }),
    );
  });
});

describe('rectangular', () => {
  it('keeps a rectangular grid as it is', () => {
    const grid = [
      [1, 2],
      [3, 4],
    ];
    expect(rectangular(grid)).toBe(grid);
  });

  it('pads ragged rows with blanks and takes a row that is no array as one cell', () => {
    expect(rectangular([[1], [2, 3], 4 as never, []])).toEqual([
      [1, undefined],
      [2, 3],
      [4, undefined],
      [undefined, undefined],
    ]);
  });
});

/** Results with errors replaced by their English message. */
function shown(result: FunctionResult): unknown {
  const show = (cell: CellResult) => (cell instanceof InputError ? `ERROR: ${problemMessage(cell.problem, 'en')}` : cell);
  return Array.isArray(result) ? result.map((row) => row.map(show)) : show(result);
}

describe('broadcast', () => {
  const sum = (hours: unknown, score: unknown) =>
    shown(
      broadcast(
        [
          { name: 'hours', input: hours as never, read: hoursOf },
          { name: 'score', input: score as never, read: scoreOf },
        ],
        (h: number, s: number) => h + s,
      ),
    );

  it('gives a single result for single values', () => {
    expect(sum(1, 2)).toBe(3);
    expect(sum('', 2)).toBe('');
    expect(sum(-1, 2)).toBe('ERROR: hours must be 0 or more, e.g. 12.5 (got -1)');
  });

  it('applies a single value to every cell of a range, on either side', () => {
    expect(sum([[1], [2], ['']], 3)).toEqual([[4], [5], ['']]);
    expect(sum(10, [[1, 2, 3]])).toEqual([[11, 12, 13]]);
  });

  it('applies a 1×1 range like a single value, and answers a range', () => {
    expect(sum([[1], [2]], [[3]])).toEqual([[4], [5]]);
    expect(sum([[1]], [[2], [3]])).toEqual([[3], [4]]);
    expect(sum([[1]], [[2]])).toEqual([[3]]);
    expect(sum([[1]], 2)).toEqual([[3]]);
  });

  it('pairs ranges of the same shape cell by cell', () => {
    expect(
      sum(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toEqual([
      [6, 8],
      [10, 12],
    ]);
  });

  it('gives a bad single value to every cell, as built-in functions do', () => {
    expect(sum([[1], [2]], 'seven')).toEqual([
      ['ERROR: score must be a whole number from 0 to 9, e.g. 7 (got "seven")'],
      ['ERROR: score must be a whole number from 0 to 9, e.g. 7 (got "seven")'],
    ]);
  });

  it('gives in each cell the first bad argument, else blank for a blank one', () => {
    expect(sum([['abc'], [''], ['']], [[10], [10], ['']])).toEqual([
      ['ERROR: hours must be a number of 0 or more, e.g. 12.5 (got "abc")'],
      ['ERROR: score must be a whole number from 0 to 9, e.g. 7 (got 10)'],
      [''],
    ]);
  });

  it.each([
    [[[1], [2], [3]], [[1], [2]], '3×1 and 2×1'],
    [[[1, 2, 3]], [[1], [2], [3]], '1×3 and 3×1'],
    [
      [
        [1, 2],
        [3, 4],
      ],
      [[1, 2]],
      '2×2 and 1×2',
    ],
  ])('refuses ranges of different shapes (%#) with one error naming both', (hours, score, shapes) => {
    expect(sum(hours, score)).toBe(`ERROR: hours and score must be single cells or ranges of the same size (got ${shapes})`);
  });

  it('names the parameters in German too', () => {
    const result = broadcast(
      [
        { name: 'hours', input: [[1], [2]], read: hoursOf },
        { name: 'score', input: [[1, 2]], read: scoreOf },
      ],
      (hours: number, score: number) => hours + score,
    );
    expect(messageOf(result, 'de')).toBe('hours und score müssen einzelne Zellen oder gleich große Bereiche sein (erhalten: 2×1 und 1×2)');
  });

  it('handles three arguments, each single or a range', () => {
    const result = broadcast(
      [
        { name: 'a', input: [[1], [2]], read: hoursOf },
        { name: 'b', input: 10, read: hoursOf },
        { name: 'c', input: [[100], [200]], read: hoursOf },
      ],
      (a: number, b: number, c: number) => a + b + c,
    );
    expect(result).toEqual([[111], [212]]);
  });

  it('tidies numeric results', () => {
    const result = broadcast([{ name: 'hours', input: [[89.9], [-0]], read: hoursOf }], (h: number) => 90 - h - 90);
    expect(result).toEqual([[-89.9], [0]]);
    expect(broadcast([{ name: 'hours', input: 89.9, read: hoursOf }], (h: number) => 90 - h)).toBe(0.1);
    expect(
      Object.is(
        broadcast([{ name: 'hours', input: 0, read: hoursOf }], (h: number) => -h),
        0,
      ),
    ).toBe(true);
  });

  it('reads ragged ranges as if padded with blanks', () => {
    expect(sum([[1, 2], [3]], 1)).toEqual([
      [2, 3],
      [4, ''],
    ]);
  });

  it('calls compute only with read values, never with a blank or an error', () => {
    const seen: unknown[] = [];
    broadcast([{ name: 'hours', input: [[1, '', 'x', null, '2,5']], read: hoursOf }], (h: number) => {
      seen.push(h);
      return h;
    });
    expect(seen).toEqual([1, 2.5]);
  });
});

describe('describeValue', () => {
  it.each([
    ['ten', 'en', '"ten"'],
    [12, 'en', '12'],
    [true, 'en', 'true'],
    [new Date(2026, 0, 1), 'de', 'ein Datum'],
    [[[1]], 'en', 'a range'],
    [{ toString: () => 'x' }, 'en', 'a value of another kind'],
    [{ toString: 1 }, 'de', 'ein Wert anderer Art'],
    [null, 'de', 'leer'],
  ] as Array<[unknown, 'en' | 'de', string]>)('describes %p in %s as %s', (value, language, text) => {
    expect(describeValue(value, language)).toBe(text);
  });

  it('renders every kind of problem in both languages', () => {
    const problems: Problem[] = [
      { kind: 'hoursNotNumber', value: 'x' },
      { kind: 'hoursNegative', value: -1 },
      { kind: 'scoreInvalid', value: 10 },
      { kind: 'answerInvalid', value: 'maybe' },
      { kind: 'languageInvalid', value: 'fr' },
      { kind: 'numberGrouping', name: 'hours', value: '1,000' },
      { kind: 'answersShape', shape: '1×3' },
      { kind: 'shapeMismatch', names: ['hours', 'score'], shapes: ['2×1', '3×1'] },
    ];
    for (const problem of problems) {
      const english = problemMessage(problem, 'en');
      const german = problemMessage(problem, 'de');
      expect(english).toMatch(/\(got .+\)$/);
      expect(german).toMatch(/\(erhalten: .+\)$/);
      expect(german).not.toBe(english);
    }
  });
});
