/**
 * Error messages of the sheet functions, in English and German. Short: they
 * show in a cell's tooltip. A problem holds the offending value itself; it is
 * described (quoted, shortened) only when the message is rendered.
 */
import { errorTextMessage } from '../cell-errors';
import type { Language } from '../language';

/** Problems described by the offending value alone. */
export type ValueProblemKind = 'hoursNotNumber' | 'hoursNegative' | 'scoreInvalid' | 'answerInvalid' | 'languageInvalid';

/** What a number argument must be: a whole number of 0 or more, above 0, 0 or more, or a checklist score. */
export type NumberRule = 'count' | 'positive' | 'nonNegative' | 'score';

export type Problem =
  | { kind: ValueProblemKind; value: unknown }
  | { kind: 'numberGrouping'; name: string; value: unknown }
  | { kind: 'answersShape'; shape: string }
  | { kind: 'shapeMismatch'; names: readonly [string, string]; shapes: readonly [string, string] }
  | { kind: 'cellError'; text: string }
  | { kind: 'meetingHoursInvalid'; value: unknown }
  | { kind: 'meetingDateInvalid'; value: unknown }
  | { kind: 'thresholdsShape'; shape: string }
  | { kind: 'thresholdsInvalid'; value: unknown }
  | { kind: 'thresholdsOrder'; value: unknown; previous: number }
  | { kind: 'dateInvalid'; name: string; value: unknown }
  | { kind: 'numberInvalid'; name: string; rule: NumberRule; value: unknown };

type Renderers = { [K in Problem['kind']]: (problem: Problem & { kind: K }, got: string) => string };

const LONGEST_QUOTE = 24;

const KIND_NAMES: Record<Language, { blank: string; date: string; range: string; other: string }> = {
  en: { blank: 'blank', date: 'a date', range: 'a range', other: 'a value of another kind' },
  de: { blank: 'leer', date: 'ein Datum', range: 'ein Bereich', other: 'ein Wert anderer Art' },
};

/** Short form of a cell value for a message: text quoted and cut to 24 characters, numbers and TRUE/FALSE as they are. */
export function describeValue(value: unknown, language: Language): string {
  switch (typeof value) {
    case 'string': {
      const shown = value.length > LONGEST_QUOTE ? `${value.slice(0, LONGEST_QUOTE - 1)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return KIND_NAMES[language].blank;
    default:
      if (value === null) return KIND_NAMES[language].blank;
      if (Object.prototype.toString.call(value) === '[object Date]') return KIND_NAMES[language].date;
      if (Array.isArray(value)) return KIND_NAMES[language].range;
      return KIND_NAMES[language].other;
  }
}

const THRESHOLDS: Record<Language, string> = {
  en: 'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200',
  de: 'thresholds müssen 3 Zahlen über 0 sein, jede größer als die vorige, in einer Zeile oder Spalte, z. B. 50, 90, 200',
};

/** What each number rule asks for, and an example. */
const NUMBER_RULES: Record<Language, Record<NumberRule, string>> = {
  en: {
    count: 'a whole number of 0 or more',
    positive: 'a number above 0',
    nonNegative: 'a number of 0 or more',
    score: 'a whole number from 0 to 9',
  },
  de: { count: 'eine ganze Zahl ab 0', positive: 'eine Zahl über 0', nonNegative: 'eine Zahl ab 0', score: 'eine ganze Zahl von 0 bis 9' },
};
const NUMBER_EXAMPLES: Record<NumberRule, number> = { count: 2, positive: 90, nonNegative: 90, score: 7 };

const RENDERERS: Record<Language, Renderers> = {
  en: {
    hoursNotNumber: (_, got) => `hours must be a number of 0 or more, e.g. 12.5 (got ${got})`,
    hoursNegative: (_, got) => `hours must be 0 or more, e.g. 12.5 (got ${got})`,
    scoreInvalid: (_, got) => `score must be a whole number from 0 to 9, e.g. 7 (got ${got})`,
    answerInvalid: (_, got) => `each answer must be yes or no (TRUE/FALSE, 1/0, yes/no, ja/nein, x) or blank (got ${got})`,
    numberGrouping: (p, got) =>
      `${p.name} must be a number without thousands separators, e.g. 1000 or 1000.5 (got ${got}, which can be misread)`,
    answersShape: (p) =>
      `answers must be 9 cells in one row or column, or a range 9 columns wide with one partner per row (got ${p.shape})`,
    shapeMismatch: (p) =>
      `${p.names[0]} and ${p.names[1]} must be single cells or ranges of the same size (got ${p.shapes[0]} and ${p.shapes[1]})`,
    languageInvalid: (_, got) => `language must be "en" or "de" (got ${got})`,
    cellError: (p) => errorTextMessage(p.text) || 'a cell this result reads holds an error: correct that cell',
    meetingHoursInvalid: (_, got) =>
      `a meeting with this partner has hours that are not a number of 0 or more (got ${got}): correct it in the meeting log`,
    meetingDateInvalid: (_, got) => `a meeting with this partner has a date that is not a date (got ${got}): correct it in the meeting log`,
    thresholdsShape: (p) => `${THRESHOLDS.en} (got a ${p.shape} range)`,
    thresholdsInvalid: (_, got) => `${THRESHOLDS.en} (got ${got})`,
    thresholdsOrder: (p, got) => `${THRESHOLDS.en} (got ${got} after ${p.previous})`,
    dateInvalid: (p, got) => `${p.name} must be a date, e.g. 2026-11-02 (got ${got})`,
    numberInvalid: (p, got) => `${p.name} must be ${NUMBER_RULES.en[p.rule]}, e.g. ${NUMBER_EXAMPLES[p.rule]} (got ${got})`,
  },
  de: {
    hoursNotNumber: (_, got) => `hours muss eine Zahl ab 0 sein, z. B. 12,5 (erhalten: ${got})`,
    hoursNegative: (_, got) => `hours darf nicht negativ sein, z. B. 12,5 (erhalten: ${got})`,
    scoreInvalid: (_, got) => `score muss eine ganze Zahl von 0 bis 9 sein, z. B. 7 (erhalten: ${got})`,
    answerInvalid: (_, got) => `jede Antwort muss ja oder nein sein (WAHR/FALSCH, 1/0, ja/nein, yes/no, x) oder leer (erhalten: ${got})`,
    numberGrouping: (p, got) =>
      `${p.name} muss eine Zahl ohne Tausendertrennzeichen sein, z. B. 1000 oder 1000,5 (erhalten: ${got}, missverständlich)`,
    answersShape: (p) =>
      `answers muss 9 Zellen in einer Zeile oder Spalte sein oder ein Bereich mit 9 Spalten, eine Zeile je Partner (erhalten: ${p.shape})`,
    shapeMismatch: (p) =>
      `${p.names[0]} und ${p.names[1]} müssen einzelne Zellen oder gleich große Bereiche sein (erhalten: ${p.shapes[0]} und ${p.shapes[1]})`,
    languageInvalid: (_, got) => `language muss "en" oder "de" sein (erhalten: ${got})`,
    cellError: (p) =>
      errorTextMessage(p.text) || 'eine Zelle, die dieses Ergebnis liest, enthält einen Fehler: bitte diese Zelle korrigieren',
    meetingHoursInvalid: (_, got) =>
      `ein Treffen mit diesem Partner hat Stunden, die keine Zahl ab 0 sind (erhalten: ${got}): bitte im Treffen-Protokoll korrigieren`,
    meetingDateInvalid: (_, got) =>
      `ein Treffen mit diesem Partner hat ein Datum, das kein Datum ist (erhalten: ${got}): bitte im Treffen-Protokoll korrigieren`,
    thresholdsShape: (p) => `${THRESHOLDS.de} (erhalten: ein Bereich ${p.shape})`,
    thresholdsInvalid: (_, got) => `${THRESHOLDS.de} (erhalten: ${got})`,
    thresholdsOrder: (p, got) => `${THRESHOLDS.de} (erhalten: ${got} nach ${p.previous})`,
    dateInvalid: (p, got) => `${p.name} muss ein Datum sein, z. B. 02.11.2026 (erhalten: ${got})`,
    numberInvalid: (p, got) => `${p.name} muss ${NUMBER_RULES.de[p.rule]} sein, z. B. ${NUMBER_EXAMPLES[p.rule]} (erhalten: ${got})`,
  },
};

/** The message for a problem, in the given language. */
export function problemMessage(problem: Problem, language: Language): string {
  const render = RENDERERS[language][problem.kind] as (p: Problem, got: string) => string;
  return render(problem, 'value' in problem ? describeValue(problem.value, language) : '');
}
