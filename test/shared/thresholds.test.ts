import { catalogFunction } from '../../shared/catalog';
import { type CellInput, type CellResult, type FunctionResult, InputError } from '../../shared/cells';
import { problemMessage } from '../../shared/messages/functions';
import { DEFAULT_THRESHOLDS, thresholdsOf } from '../../shared/thresholds';
import { hoursToNextStage, stageLevel, stageProgress } from '../../shared/stages';

function shown(result: FunctionResult): unknown {
  const show = (cell: CellResult) => (cell instanceof InputError ? `ERROR: ${problemMessage(cell.problem, 'en')}` : cell);
  return Array.isArray(result) ? result.map((row) => row.map(show)) : show(result);
}

const run = (name: string, ...args: unknown[]) => shown(catalogFunction(name).evaluate(args as never));
const message = (input: CellInput, language: 'en' | 'de' = 'en') => {
  const result = thresholdsOf(input);
  if (!(result instanceof InputError)) throw new Error(`expected an error for ${JSON.stringify(input)}`);
  return problemMessage(result.problem, language);
};

describe('a thresholds argument', () => {
  it.each([
    ['omitted', undefined],
    ['null (Excel, omitted)', null],
    ['a blank cell', ''],
    ['a blank cell of spaces', '  '],
    ['a blank 1×1 range', [['']]],
    ['a blank 1×3 range', [['', null, '']]],
    ['a blank 3×1 range', [[null], [null], [null]]],
  ])('%s means 50/90/200', (_, input) => {
    expect(thresholdsOf(input as CellInput)).toEqual([50, 90, 200]);
  });

  it.each([
    ['a 1×3 range or array literal {43,57,119}', [[43, 57, 119]], [43, 57, 119]],
    ['a 3×1 range or array literal {43;57;119}', [[43], [57], [119]], [43, 57, 119]],
    ['numeric text with a decimal comma', [['43,5', '57', ' 119 ']], [43.5, 57, 119]],
    ['Hall: adults', [[94, 164, 219]], [94, 164, 219]],
    ['small steps', [[0.1, 0.2, 0.30000000000000004]], [0.1, 0.2, 0.30000000000000004]],
  ])('reads %s', (_, input, expected) => {
    expect(thresholdsOf(input as CellInput)).toEqual(expected);
  });

  it.each([
    [
      'not ascending',
      [[90, 50, 200]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got 50 after 90)',
    ],
    [
      'two equal',
      [[50, 50, 200]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got 50 after 50)',
    ],
    [
      'a 0',
      [[0, 90, 200]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got 0)',
    ],
    [
      'a negative number',
      [[-5, 90, 200]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got -5)',
    ],
    [
      'text',
      [['fifty', 90, 200]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got "fifty")',
    ],
    [
      'one blank of three',
      [[50, '', 200]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got "")',
    ],
    [
      'TRUE',
      [[true, 90, 200]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got true)',
    ],
    [
      'a date',
      [[new Date(2026, 0, 1), 90, 200]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got a date)',
    ],
    [
      '2 numbers',
      [[50, 90]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got a 1×2 range)',
    ],
    [
      '4 numbers',
      [[50, 90, 200, 300]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got a 1×4 range)',
    ],
    [
      'a 2×2 range',
      [
        [50, 90],
        [200, 300],
      ],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got a 2×2 range)',
    ],
    [
      'a 3×3 range',
      [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got a 3×3 range)',
    ],
    [
      'a single number',
      50,
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got 50)',
    ],
    [
      'a single cell as Excel passes it',
      [['fifty']],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got "fifty")',
    ],
    [
      'a single text',
      '50,90,200',
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got "50,90,200")',
    ],
    ['an error cell', [['#REF!', 90, 200]], 'a cell this result reads holds an error: correct that cell'],
  ])('refuses %s with the clear message', (_, input, expected) => {
    expect(message(input as CellInput)).toBe(expected);
  });

  it('says so in German', () => {
    expect(message([[90, 50, 200]], 'de')).toBe(
      'thresholds müssen 3 Zahlen über 0 sein, jede größer als die vorige, in einer Zeile oder Spalte, z. B. 50, 90, 200 (erhalten: 50 nach 90)',
    );
    expect(
      message(
        [
          [1, 2],
          [3, 4],
        ],
        'de',
      ),
    ).toBe(
      'thresholds müssen 3 Zahlen über 0 sein, jede größer als die vorige, in einer Zeile oder Spalte, z. B. 50, 90, 200 (erhalten: ein Bereich 2×2)',
    );
  });

  it('moves the stage boundaries of the stage model', () => {
    const students = [43, 57, 119] as const;
    expect([42.9, 43, 56.9, 57, 118.9, 119].map((hours) => stageLevel(hours, students))).toEqual([0, 1, 1, 2, 2, 3]);
    expect(stageProgress(50, students)).toBe(0.5);
    expect(hoursToNextStage(100, students)).toBe(19);
    expect(hoursToNextStage(100)).toBe(100);
    expect(DEFAULT_THRESHOLDS).toEqual([50, 90, 200]);
  });
});

describe('BONDSTAGE, BONDLEVEL, BONDPROGRESS and HOURSTONEXT with thresholds', () => {
  const students = [[43, 57, 119]];

  it('follow the thresholds given', () => {
    expect(run('BONDSTAGE', 60, 'en', students)).toBe('Friend');
    expect(run('BONDSTAGE', 60, 'de', [[43], [57], [119]])).toBe('Freundschaft');
    expect(run('BONDLEVEL', [[42], [43], [57], [119]], students)).toEqual([[0], [1], [2], [3]]);
    expect(run('BONDPROGRESS', 50, students)).toBe(0.5);
    expect(run('HOURSTONEXT', [[100], [119], ['']], students)).toEqual([[19], [0], ['']]);
  });

  it('use 50/90/200 when thresholds are omitted or blank', () => {
    expect(run('BONDSTAGE', 60, '', '')).toBe('Casual friend');
    expect(run('BONDLEVEL', 95, null)).toBe(2);
    expect(run('BONDLEVEL', 95, [['', '', '']])).toBe(2);
    expect(run('HOURSTONEXT', 70, undefined)).toBe(20);
  });

  it('take one set for the whole call, never one threshold per cell, even beside a range of the same shape', () => {
    expect(run('BONDLEVEL', [[10], [50], [100]], [[43], [57], [119]])).toEqual([[0], [1], [2]]);
    expect(run('BONDLEVEL', [[44, 58, 120]], [[43, 57, 119]])).toEqual([[1, 2, 3]]);
  });

  it('give one error for the call when the thresholds are bad, whatever the hours', () => {
    const expected =
      'ERROR: thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got 50 after 90)';
    expect(run('BONDLEVEL', [[10], [100]], [[90, 50, 200]])).toBe(expected);
    expect(run('BONDSTAGE', 10, 'en', [[90, 50, 200]])).toBe(expected);
    expect(run('BONDPROGRESS', [[10]], [[1, 2]])).toMatch(/got a 1×2 range/);
    expect(run('HOURSTONEXT', 10, 'x')).toMatch(/got "x"/);
  });
});
