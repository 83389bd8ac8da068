/**
 * shared/function-results.ts: one catalog result, shown as Sheets, Excel and
 * a formula engine show it, with the message language asked lazily.
 */
import { CATALOG, type SheetFunction } from '../../shared/catalog';
import { type FunctionResult, InputError } from '../../shared/cells';
import {
  catalogResult,
  problemTexts,
  resultForEngine,
  resultForExcel,
  resultForSheets,
  sheetsErrorText,
} from '../../shared/function-results';
import type { Language } from '../../shared/language';
import { problemMessage } from '../../shared/messages/functions';

const bad = new InputError('hoursNegative', -3);
const badText = (language: Language = 'en') => problemMessage(bad.problem, language);
const english = problemTexts(() => 'en');
/** 2026-03-14 is Excel serial 46095 (days since 1899-12-30). */
const day = new Date(2026, 2, 14);
const DAY_SERIAL = 46095;

/** A host error value that records its message. */
class HostError {
  constructor(readonly message: string) {}
}
const hostError = (message: string) => new HostError(message);

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('problemTexts', () => {
  it('asks for the language only when a message is shown, and once', () => {
    let asked = 0;
    const messages = problemTexts(() => {
      asked++;
      return 'de';
    });
    expect(asked).toBe(0);
    expect(messages(bad)).toBe(badText('de'));
    expect(messages(new InputError('hoursNotNumber', 'x'))).toBe(problemMessage({ kind: 'hoursNotNumber', value: 'x' }, 'de'));
    expect(asked).toBe(1);
  });

  it('never asks for a result without bad cells', () => {
    const messages = problemTexts(() => {
      throw new Error('the language must not be asked');
    });
    expect(resultForSheets([[1, 'a']], messages)).toEqual([[1, 'a']]);
    expect(resultForExcel([[1, day]], messages, hostError)).toEqual([[1, DAY_SERIAL]]);
  });
});

describe('catalogResult', () => {
  const bondlevel = CATALOG.find((fn) => fn.name === 'BONDLEVEL')!;

  it('returns what the function returns, bad cells included', () => {
    expect(catalogResult(bondlevel, [[[95], ['x']]])).toEqual([[2], [expect.any(InputError)]]);
  });

  it('returns an InputError the function throws as its result, and throws anything else on', () => {
    const throwing = (error: unknown): SheetFunction => ({
      ...bondlevel,
      evaluate: () => {
        throw error;
      },
    });
    expect(catalogResult(throwing(bad), [])).toBe(bad);
    const crash = new TypeError('bug');
    expect(() => catalogResult(throwing(crash), [])).toThrow(crash);
  });
});

describe('resultForSheets', () => {
  it('returns single values and ranges as they are, dates included', () => {
    expect(resultForSheets('Friend', english)).toBe('Friend');
    expect(resultForSheets(day, english)).toBe(day);
    expect(resultForSheets([[1, day]], english)).toEqual([[1, day]]);
  });

  it('throws a single bad value as an Error with its message', () => {
    const error = thrownBy(() => resultForSheets(bad, english));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(badText());
  });

  it('shows a bad cell of a range as "#VALUE! message" text, a one-cell range too', () => {
    expect(resultForSheets([[1, bad]], english)).toEqual([[1, `#VALUE! ${badText()}`]]);
    expect(resultForSheets([[bad]], english)).toEqual([[sheetsErrorText(badText())]]);
  });
});

describe('resultForExcel', () => {
  it('returns every result as a matrix, dates as serial numbers', () => {
    expect(resultForExcel('Friend', english, hostError)).toEqual([['Friend']]);
    expect(resultForExcel(day, english, hostError)).toEqual([[DAY_SERIAL]]);
    expect(resultForExcel([[true], [day]], english, hostError)).toEqual([[true], [DAY_SERIAL]]);
  });

  it("throws Excel's error for a single bad value, given alone or as a one-cell range", () => {
    for (const result of [bad, [[bad]]] as FunctionResult[]) {
      expect(thrownBy(() => resultForExcel(result, english, hostError))).toEqual(new HostError(badText()));
    }
  });

  it("puts Excel's error in the bad cells of a range", () => {
    expect(resultForExcel([[1], [bad]], english, hostError)).toEqual([[1], [new HostError(badText())]]);
  });
});

describe('resultForEngine', () => {
  it("returns a single bad value as the engine's error, in either dialect", () => {
    for (const dialect of ['sheets', 'excel'] as const) {
      expect(resultForEngine(bad, english, hostError, dialect)).toEqual(new HostError(badText()));
      expect(resultForEngine(day, english, hostError, dialect)).toBe(DAY_SERIAL);
    }
  });

  it('shows bad cells of a range as the host of the dialect does, dates as serial numbers', () => {
    expect(resultForEngine([[day, bad]], english, hostError, 'sheets')).toEqual([[DAY_SERIAL, `#VALUE! ${badText()}`]]);
    expect(resultForEngine([[day, bad]], english, hostError, 'excel')).toEqual([[DAY_SERIAL, new HostError(badText())]]);
  });
});
