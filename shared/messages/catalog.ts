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
        'The relationship stage for the hours spent together: Acquaintance, Casual friend (from 50 h), Friend (from 90 h) or Close friend (from 200 h), or from the thresholds you give.',
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
      description:
        'TRUE when a partner is ready for referrals: at least 90 hours together and a checklist score of at least 7, or the minimums you give.',
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
    STAGEFORECAST: {
      description:
        'The date the next stage is reached at the pace of recent_hours per window_days, counted from as_of. Blank at the top stage, without recent hours or beyond 10 years. Format as a date.',
      result: 'The date the next stage is reached.',
    },
    VCPPHASE: {
      description:
        "The phase in Misner's VCP process: Profitability once the partner referred you, else Credibility from 90 h or a checklist score of 7, else Visibility.",
      result: 'Visibility, Credibility or Profitability.',
    },
    NEXTSTEP: {
      description:
        'What to do next, the first that applies: meet (contact overdue); do the bond checklist (from 50 h, none or older than 180 days); ask for a referral (Credibility, referral ready); give one back (2 more received than given); keep meeting.',
      result: 'The next step as a short sentence.',
    },
  },
  de: {
    BONDSTAGE: {
      description:
        'Die Beziehungsstufe für die gemeinsam verbrachten Stunden: Bekanntschaft, Lockere Freundschaft (ab 50 h), Freundschaft (ab 90 h) oder Enge Freundschaft (ab 200 h), oder nach den angegebenen Schwellen.',
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
        'WAHR, wenn ein Partner bereit für Empfehlungen ist: mindestens 90 gemeinsame Stunden und mindestens 7 Punkte in der Checkliste, oder die angegebenen Mindestwerte.',
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
    STAGEFORECAST: {
      description:
        'Das Datum, an dem die nächste Stufe im Tempo von recent_hours je window_days erreicht ist, gezählt ab as_of. Leer auf der höchsten Stufe, ohne jüngste Stunden oder nach mehr als 10 Jahren. Als Datum formatieren.',
      result: 'Das Datum, an dem die nächste Stufe erreicht ist.',
    },
    VCPPHASE: {
      description:
        'Die Phase im VCP-Prozess nach Misner: Profitabilität, sobald der Partner Sie empfohlen hat, sonst Glaubwürdigkeit ab 90 h oder 7 Punkten in der Checkliste, sonst Sichtbarkeit.',
      result: 'Sichtbarkeit, Glaubwürdigkeit oder Profitabilität.',
    },
    NEXTSTEP: {
      description:
        'Was als Nächstes zu tun ist, das Erste, was zutrifft: treffen (Kontakt überfällig); Beziehungs-Checkliste ausfüllen (ab 50 h, keine oder älter als 180 Tage); um eine Empfehlung bitten (Glaubwürdigkeit, bereit für Empfehlungen); eine zurückgeben (2 mehr erhalten als gegeben); weiter treffen.',
      result: 'Der nächste Schritt als kurzer Satz.',
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
    thresholds:
      'Optional. Hours where casual friend, friend and close friend begin: 3 ascending numbers, e.g. {43,57,119}; blank: 50, 90, 200.',
    min_hours: 'Optional. The hours from which a partner is referral ready (blank: 90).',
    min_score: 'Optional. The checklist score from which a partner is referral ready, 0 to 9 (blank: 7).',
    recent_hours: 'Hours together in the last window_days days: a cell, or a range the same size as hours.',
    as_of: 'The date to count from, e.g. TODAY().',
    window_days: 'Optional. The days recent_hours cover (blank: 90).',
    referrals_received: 'Referrals received from the partner: a whole number, blank for none.',
    referrals_given: 'Referrals given to the partner: a whole number, blank for none.',
    checked_on: 'The date of the last bond checklist, blank for none.',
    next_contact_due: 'The date the next contact is due, blank for none.',
    renewal_days: 'Optional. The days after which the bond checklist is due again (blank: 180).',
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
    thresholds:
      'Optional. Stunden, ab denen Lockere Freundschaft, Freundschaft und Enge Freundschaft beginnen: 3 aufsteigende Zahlen in einer Zeile oder Spalte; leer: 50, 90, 200.',
    min_hours: 'Optional. Die Stunden, ab denen ein Partner bereit für Empfehlungen ist (leer: 90).',
    min_score: 'Optional. Die Punktzahl der Checkliste, ab der ein Partner bereit für Empfehlungen ist, 0 bis 9 (leer: 7).',
    recent_hours: 'Gemeinsame Stunden der letzten window_days Tage: eine Zelle oder ein Bereich so groß wie hours.',
    as_of: 'Das Datum, von dem an gezählt wird, z. B. HEUTE().',
    window_days: 'Optional. Die Tage, die recent_hours umfasst (leer: 90).',
    referrals_received: 'Vom Partner erhaltene Empfehlungen: eine ganze Zahl, leer für keine.',
    referrals_given: 'Dem Partner gegebene Empfehlungen: eine ganze Zahl, leer für keine.',
    checked_on: 'Das Datum der letzten Beziehungs-Checkliste, leer für keine.',
    next_contact_due: 'Das Datum, an dem der nächste Kontakt fällig ist, leer für keinen.',
    renewal_days: 'Optional. Die Tage, nach denen die Beziehungs-Checkliste wieder fällig ist (leer: 180).',
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
    { formula: '=BONDSTAGE(60, "en", {43,57,119})', result: 'Friend' },
  ],
  BONDLEVEL: [
    { formula: '=BONDLEVEL(95)', result: '2' },
    { formula: '=BONDLEVEL(95, {43,57,119})', result: '2' },
  ],
  BONDPROGRESS: [{ formula: '=BONDPROGRESS(70)', result: '0.5' }],
  HOURSTONEXT: [{ formula: '=HOURSTONEXT(70)', result: '20' }],
  BONDSCORE: [{ formula: '=BONDSCORE(F2:N2)', result: '7' }],
  REFERRALREADY: [
    { formula: '=REFERRALREADY(95, 7)', result: 'TRUE' },
    { formula: '=REFERRALREADY(95, 7, 100)', result: 'FALSE' },
  ],
  PARTNERHOURS: [
    { formula: '=PARTNERHOURS(A2:A, Meetings!B2:B, Meetings!C2:C)', result: '95' },
    { formula: '=PARTNERHOURS(A2:A, Meetings!B2:B, Meetings!C2:C, Meetings!A2:A, TODAY()-90)', result: '12' },
  ],
  LASTCONTACT: [{ formula: '=LASTCONTACT(A2:A, Meetings!B2:B, Meetings!A2:A)', result: '2026-11-28' }],
  STAGEFORECAST: [{ formula: '=STAGEFORECAST(60, 15, DATE(2026, 1, 1))', result: '2026-06-30' }],
  VCPPHASE: [
    { formula: '=VCPPHASE(95, 5, 0)', result: 'Credibility' },
    { formula: '=VCPPHASE(40, 3, 1, "de")', result: 'Profitabilität' },
  ],
  NEXTSTEP: [
    {
      formula: '=NEXTSTEP(95, 8, DATE(2026, 10, 1), DATE(2026, 11, 2), 1, 0, DATE(2026, 12, 7))',
      result: 'Meet – overdue since 2 Nov 2026',
    },
    { formula: '=NEXTSTEP(95, 8, DATE(2026, 10, 1), DATE(2027, 1, 5), 1, 0, DATE(2026, 12, 7))', result: 'Ask for a referral' },
  ],
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
