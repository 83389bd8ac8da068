/** Error messages of the sheet functions, in English and German. Short: they show in a cell's tooltip. */
import { errorTextMessage } from '../cell-errors';
import type { Language } from '../language';

export type Problem =
  | { kind: 'hoursNotNumber'; got: string }
  | { kind: 'hoursNegative'; got: string }
  | { kind: 'scoreInvalid'; got: string }
  | { kind: 'answerInvalid'; got: string }
  | { kind: 'answersShape'; shape: string }
  | { kind: 'shapeMismatch'; first: string; second: string }
  | { kind: 'languageInvalid'; got: string }
  | { kind: 'cellError'; text: string }
  | { kind: 'meetingsShape'; first: string; second: string }
  | { kind: 'meetingHoursInvalid'; got: string }
  | { kind: 'meetingDateInvalid'; got: string };

type Renderers = { [K in Problem['kind']]: (problem: Extract<Problem, { kind: K }>) => string };

const RENDERERS: Record<Language, Renderers> = {
  en: {
    hoursNotNumber: (p) => `hours must be a number of 0 or more, e.g. 12.5 (got ${p.got})`,
    hoursNegative: (p) => `hours must be 0 or more, e.g. 12.5 (got ${p.got})`,
    scoreInvalid: (p) => `score must be a whole number from 0 to 9, e.g. 7 (got ${p.got})`,
    answerInvalid: (p) => `each answer must be yes or no (TRUE/FALSE, 1/0, yes/no, ja/nein, x) or blank (got ${p.got})`,
    answersShape: (p) =>
      `answers must be 9 cells in one row or column, or a range 9 columns wide with one partner per row (got ${p.shape})`,
    shapeMismatch: (p) => `hours and score must be single cells or ranges of the same size (got ${p.first} and ${p.second})`,
    languageInvalid: (p) => `language must be "en" or "de" (got ${p.got})`,
    cellError: (p) => errorTextMessage(p.text) || 'a cell this result reads holds an error: correct that cell',
    meetingsShape: (p) =>
      `the meeting partners and their values must be ranges of the same size (got ${p.first} and ${p.second})`,
    meetingHoursInvalid: (p) =>
      `a meeting with this partner has hours that are not a number of 0 or more (got ${p.got}): correct it in the meeting log`,
    meetingDateInvalid: (p) => `a meeting with this partner has a date that is not a date (got ${p.got}): correct it in the meeting log`,
  },
  de: {
    hoursNotNumber: (p) => `hours muss eine Zahl ab 0 sein, z. B. 12,5 (erhalten: ${p.got})`,
    hoursNegative: (p) => `hours darf nicht negativ sein, z. B. 12,5 (erhalten: ${p.got})`,
    scoreInvalid: (p) => `score muss eine ganze Zahl von 0 bis 9 sein, z. B. 7 (erhalten: ${p.got})`,
    answerInvalid: (p) =>
      `jede Antwort muss ja oder nein sein (WAHR/FALSCH, 1/0, ja/nein, yes/no, x) oder leer (erhalten: ${p.got})`,
    answersShape: (p) =>
      `answers muss 9 Zellen in einer Zeile oder Spalte sein oder ein Bereich mit 9 Spalten, eine Zeile je Partner (erhalten: ${p.shape})`,
    shapeMismatch: (p) =>
      `hours und score müssen einzelne Zellen oder gleich große Bereiche sein (erhalten: ${p.first} und ${p.second})`,
    languageInvalid: (p) => `language muss "en" oder "de" sein (erhalten: ${p.got})`,
    cellError: (p) => errorTextMessage(p.text) || 'eine Zelle, die dieses Ergebnis liest, enthält einen Fehler: bitte diese Zelle korrigieren',
    meetingsShape: (p) =>
      `die Partner der Treffen und ihre Werte müssen gleich große Bereiche sein (erhalten: ${p.first} und ${p.second})`,
    meetingHoursInvalid: (p) =>
      `ein Treffen mit diesem Partner hat Stunden, die keine Zahl ab 0 sind (erhalten: ${p.got}): bitte im Treffen-Protokoll korrigieren`,
    meetingDateInvalid: (p) =>
      `ein Treffen mit diesem Partner hat ein Datum, das kein Datum ist (erhalten: ${p.got}): bitte im Treffen-Protokoll korrigieren`,
  },
};

/** The message for a problem, in the given language. */
export function problemMessage(problem: Problem, language: Language): string {
  const render = RENDERERS[language][problem.kind] as (p: Problem) => string;
  return render(problem);
}
