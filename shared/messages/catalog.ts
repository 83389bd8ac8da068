/**
 * The help of the sheet functions, in English and German: each function's
 * description and result keyed by its name, each parameter's description
 * keyed by its name (a parameter name means the same in every function), and
 * the examples of the function reference.
 *
 * Only the build (Apps Script stubs, Excel's functions.json files, the
 * README's function reference) and the tests read these texts, through
 * `documentedCatalog`; the functions themselves never do, so no bundle
 * carries them.
 */
import { CATALOG, type ParameterDeclaration, type SheetFunction, type Texts } from '../catalog';
import { LANGUAGES, type Language } from '../language';

export interface FunctionHelp {
  description: string;
  result: string;
}

export const FUNCTION_HELP: Record<Language, Record<string, FunctionHelp>> = {
  en: {
    BONDSTAGE: {
      description:
        'The relationship stage for the hours spent together: Acquaintance, Casual friend (from 50 h), Friend (from 90 h) or Close friend (from 200 h).',
      result: 'The stage label.',
    },
    BONDLEVEL: {
      description: 'The stage as a number: 0 Acquaintance, 1 Casual friend, 2 Friend, 3 Close friend.',
      result: 'The stage level, 0 to 3.',
    },
    BONDPROGRESS: {
      description: 'How far the partner is from the current stage to the next, from 0 to 1 (1 from 200 h on). Format as a percentage.',
      result: 'A fraction from 0 to 1.',
    },
    HOURSTONEXT: {
      description: 'Hours still needed to reach the next stage (0 from 200 h on).',
      result: 'Hours to the next stage.',
    },
    BONDSCORE: {
      description:
        'How many of the nine bond checklist answers are yes. Nine cells in a row or column give one score; a range 9 columns wide gives one score per row.',
      result: 'The score, 0 to 9.',
    },
    REFERRALREADY: {
      description: 'TRUE when a partner is ready for referrals: at least 90 hours together and a checklist score of at least 7.',
      result: 'TRUE or FALSE.',
    },
    PARTNERHOURS: {
      description:
        'Hours together per partner from a meeting log: the hours of every meeting whose partner cell names the partner, added up. Names match with spaces at the ends ignored and in any case; no character is a wildcard or an operator. With meeting dates and a day to count after, only the meetings dated later count: the recent hours.',
      result: 'Hours together per partner.',
    },
    LASTCONTACT: {
      description:
        'The date of the latest meeting per partner from a meeting log, matched by name as PARTNERHOURS does; blank for a partner without dated meetings. Format as a date.',
      result: 'The date of the last meeting.',
    },
  },
  de: {
    BONDSTAGE: {
      description:
        'Die Beziehungsstufe für die gemeinsam verbrachten Stunden: Bekanntschaft, Lockere Freundschaft (ab 50 h), Freundschaft (ab 90 h) oder Enge Freundschaft (ab 200 h).',
      result: 'Die Bezeichnung der Stufe.',
    },
    BONDLEVEL: {
      description: 'Die Stufe als Zahl: 0 Bekanntschaft, 1 Lockere Freundschaft, 2 Freundschaft, 3 Enge Freundschaft.',
      result: 'Die Stufe, 0 bis 3.',
    },
    BONDPROGRESS: {
      description:
        'Wie weit der Weg von der aktuellen zur nächsten Stufe zurückgelegt ist, von 0 bis 1 (ab 200 h: 1). Als Prozent formatieren.',
      result: 'Ein Anteil von 0 bis 1.',
    },
    HOURSTONEXT: {
      description: 'Stunden, die bis zur nächsten Stufe noch fehlen (ab 200 h: 0).',
      result: 'Stunden bis zur nächsten Stufe.',
    },
    BONDSCORE: {
      description:
        'Wie viele der neun Antworten der Beziehungs-Checkliste ja sind. Neun Zellen in einer Zeile oder Spalte ergeben eine Punktzahl; ein Bereich mit 9 Spalten eine je Zeile.',
      result: 'Die Punktzahl, 0 bis 9.',
    },
    REFERRALREADY: {
      description:
        'WAHR, wenn ein Partner bereit für Empfehlungen ist: mindestens 90 gemeinsame Stunden und mindestens 7 Punkte in der Checkliste.',
      result: 'WAHR oder FALSCH.',
    },
    PARTNERHOURS: {
      description:
        'Gemeinsame Stunden je Partner aus einem Treffen-Protokoll: die Stunden aller Treffen, deren Partnerzelle den Partner nennt, zusammengezählt. Namen passen ohne Leerzeichen am Rand und in jeder Schreibweise; kein Zeichen ist Platzhalter oder Operator. Mit Datumsspalte und einem Stichtag zählen nur die Treffen nach diesem Tag: die jüngsten Stunden.',
      result: 'Gemeinsame Stunden je Partner.',
    },
    LASTCONTACT: {
      description:
        'Das Datum des letzten Treffens je Partner aus einem Treffen-Protokoll, nach Namen zugeordnet wie bei PARTNERHOURS; leer für Partner ohne datierte Treffen. Als Datum formatieren.',
      result: 'Das Datum des letzten Treffens.',
    },
  },
};

export const PARAMETER_HELP: Record<Language, Record<string, string>> = {
  en: {
    hours: 'Cumulative hours spent together, e.g. 12.5: a cell or a range.',
    language: 'Optional. "en" for English labels (the default) or "de" for German.',
    answers: 'The nine answers: yes is TRUE, 1, yes, y, ja, j, x or ✓; no is FALSE, 0, no, n, nein or blank.',
    score: 'Checklist score, 0 to 9: a cell, or a range the same size as hours.',
    partners: 'The partner names to total: a cell or a range, e.g. the Partner column.',
    meeting_partners: 'The partner of each meeting: the Partner column of the meeting log.',
    meeting_hours: 'The hours of each meeting: a range the same size as meeting_partners.',
    meeting_dates: 'The date of each meeting: a range the same size as meeting_partners.',
    after: 'Optional. Count only meetings dated later than this day, e.g. TODAY()-90 for the last 90 days; blank counts every meeting.',
  },
  de: {
    hours: 'Gemeinsam verbrachte Stunden insgesamt, z. B. 12,5: eine Zelle oder ein Bereich.',
    language: 'Optional. "en" für englische Bezeichnungen (Standard) oder "de" für deutsche.',
    answers: 'Die neun Antworten: ja ist WAHR, 1, ja, j, yes, y, x oder ✓; nein ist FALSCH, 0, nein, no, n oder leer.',
    score: 'Punktzahl der Checkliste, 0 bis 9: eine Zelle oder ein Bereich so groß wie hours.',
    partners: 'Die Partnernamen, für die summiert wird: eine Zelle oder ein Bereich, z. B. die Spalte Partner.',
    meeting_partners: 'Der Partner jedes Treffens: die Spalte Partner des Treffen-Protokolls.',
    meeting_hours: 'Die Stunden jedes Treffens: ein Bereich so groß wie meeting_partners.',
    meeting_dates: 'Das Datum jedes Treffens: ein Bereich so groß wie meeting_partners.',
    after: 'Optional. Nur Treffen nach diesem Tag zählen, z. B. HEUTE()-90 für die letzten 90 Tage; leer zählt alle Treffen.',
  },
};

export interface FunctionExample {
  formula: string;
  /** What the formula returns, as a cell shows it. */
  result: string;
}

/** Example formulas of the function reference, the same in every language. */
export const FUNCTION_EXAMPLES: Record<string, readonly FunctionExample[]> = {
  BONDSTAGE: [
    { formula: '=BONDSTAGE(70)', result: 'Casual friend' },
    { formula: '=BONDSTAGE(120, "de")', result: 'Freundschaft' },
  ],
  BONDLEVEL: [{ formula: '=BONDLEVEL(95)', result: '2' }],
  BONDPROGRESS: [{ formula: '=BONDPROGRESS(70)', result: '0.5' }],
  HOURSTONEXT: [{ formula: '=HOURSTONEXT(70)', result: '20' }],
  BONDSCORE: [{ formula: '=BONDSCORE(F2:N2)', result: '7' }],
  REFERRALREADY: [{ formula: '=REFERRALREADY(95, 7)', result: 'TRUE' }],
  PARTNERHOURS: [
    { formula: '=PARTNERHOURS(A2:A, Meetings!B2:B, Meetings!C2:C)', result: '95' },
    { formula: '=PARTNERHOURS(A2:A, Meetings!B2:B, Meetings!C2:C, Meetings!A2:A, TODAY()-90)', result: '12' },
  ],
  LASTCONTACT: [{ formula: '=LASTCONTACT(A2:A, Meetings!B2:B, Meetings!A2:A)', result: '2026-11-28' }],
};

export interface DocumentedParameter extends ParameterDeclaration {
  description: Texts;
}

/** A catalog function with its help, as the build and the reference need it. */
export interface DocumentedFunction extends SheetFunction {
  description: Texts;
  result: Texts;
  parameters: readonly DocumentedParameter[];
  examples: readonly FunctionExample[];
}

function texts(what: string, text: (language: Language) => string | undefined): Texts {
  const found = {} as Texts;
  for (const language of LANGUAGES) {
    const value = text(language);
    if (!value) throw new Error(`No ${language} help for ${what}`);
    found[language] = value;
  }
  return found;
}

/** Every catalog function with its help in every language. @throws Error when a function or parameter has no help in a language */
export function documentedCatalog(): DocumentedFunction[] {
  return CATALOG.map((fn) => ({
    ...fn,
    description: texts(fn.name, (language) => FUNCTION_HELP[language][fn.name]?.description),
    result: texts(`the result of ${fn.name}`, (language) => FUNCTION_HELP[language][fn.name]?.result),
    parameters: fn.parameters.map((parameter) => ({
      ...parameter,
      description: texts(`the parameter ${parameter.name}`, (language) => PARAMETER_HELP[language][parameter.name]),
    })),
    examples: FUNCTION_EXAMPLES[fn.name] ?? [],
  }));
}
