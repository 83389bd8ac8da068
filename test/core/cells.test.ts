import { BLANK, InputError, toAnswer, toHours, toScore } from '../../shared/cells';
import { problemMessage } from '../../shared/messages/functions';

function messageOf(run: () => unknown, language: 'en' | 'de' = 'en'): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return problemMessage(error.problem, language);
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('toHours', () => {
  it.each([
    [12.5, 12.5],
    [0, 0],
    ['12.5', 12.5],
    ['89,5', 89.5],
    ['  7 ', 7],
    ['+3', 3],
    ['.5', 0.5],
    [',5', 0.5],
  ])('accepts %p as %p', (input, hours) => {
    expect(toHours(input)).toBe(hours);
  });

  it.each([null, undefined, '', '   '])('gives blank for %p', (input) => {
    expect(toHours(input)).toBe(BLANK);
  });

  it.each([
    [-1, 'hours must be 0 or more, e.g. 12.5 (got -1)'],
    ['-2,5', 'hours must be 0 or more, e.g. 12.5 (got "-2,5")'],
    [NaN, 'hours must be a number of 0 or more, e.g. 12.5 (got NaN)'],
    [Infinity, 'hours must be a number of 0 or more, e.g. 12.5 (got Infinity)'],
    [-Infinity, 'hours must be a number of 0 or more, e.g. 12.5 (got -Infinity)'],
    [true, 'hours must be a number of 0 or more, e.g. 12.5 (got true)'],
    [false, 'hours must be a number of 0 or more, e.g. 12.5 (got false)'],
    [new Date(2026, 0, 1), 'hours must be a number of 0 or more, e.g. 12.5 (got a date)'],
    ['ten', 'hours must be a number of 0 or more, e.g. 12.5 (got "ten")'],
    ['1.234,5', 'hours must be a number of 0 or more, e.g. 12.5 (got "1.234,5")'],
    ['12 h', 'hours must be a number of 0 or more, e.g. 12.5 (got "12 h")'],
  ])('rejects %p with a message that says what to enter', (input, message) => {
    expect(messageOf(() => toHours(input as never))).toBe(message);
  });

  it('shortens long text in messages', () => {
    expect(messageOf(() => toHours('a'.repeat(60)))).toContain(`"${'a'.repeat(23)}…"`);
  });

  it('says it in German', () => {
    expect(messageOf(() => toHours('zehn'), 'de')).toBe('hours muss eine Zahl ab 0 sein, z. B. 12,5 (erhalten: "zehn")');
  });
});

describe('toScore', () => {
  it.each([
    [0, 0],
    [9, 9],
    ['7', 7],
    ['', BLANK],
    [null, BLANK],
  ])('accepts %p', (input, score) => {
    expect(toScore(input)).toBe(score);
  });

  it.each([10, -1, 6.5, '7,5', 'seven', true, NaN])('rejects %p', (input) => {
    expect(messageOf(() => toScore(input as never))).toMatch(/^score must be a whole number from 0 to 9, e\.g\. 7 \(got .+\)$/);
  });
});

describe('toAnswer', () => {
  it.each([true, 1, 'yes', 'Y', ' ja ', 'J', 'x', 'X', '✓', '✔', 'TRUE', '1'])('takes %p as yes', (input) => {
    expect(toAnswer(input)).toBe(true);
  });

  it.each([false, 0, 'no', 'N', 'Nein', 'FALSE', '0'])('takes %p as no', (input) => {
    expect(toAnswer(input)).toBe(false);
  });

  it.each([null, undefined, '', '  '])('takes %p as blank', (input) => {
    expect(toAnswer(input)).toBe(BLANK);
  });

  it.each([2, 0.5, 'maybe', 'jein', new Date()])('rejects %p', (input) => {
    expect(messageOf(() => toAnswer(input))).toMatch(/^each answer must be yes or no/);
  });
});
