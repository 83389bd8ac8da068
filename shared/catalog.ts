/**
 * The catalog of sheet functions. Each function is declared here once: its
 * name, help texts in English and German, parameters and implementation.
 * The Apps Script stubs, Excel's functions.json files, the Excel
 * associations and the README's function reference are all generated from it.
 */
import { CHECKLIST_SIZE, isReferralReady } from './checklist';
import {
  BLANK,
  type CellGrid,
  type CellInput,
  type CellResult,
  type CellValue,
  type FunctionResult,
  InputError,
  answerOf,
  broadcast,
  hoursOf,
  isGrid,
  rectangular,
  scoreOf,
  shapeOf,
} from './cells';
import type { Language } from './language';
import { lastContact, partnerHours } from './meeting-totals';
import { STAGE_LABELS } from './messages/stages';
import { hoursToNextStage, stageLevel, stageOf, stageProgress } from './stages';

export type Texts = Record<Language, string>;

export interface ParameterDeclaration {
  name: string;
  description: Texts;
  /** `range`: a single cell or a range, answered cell by cell. `single`: one value. */
  accepts: 'range' | 'single';
  optional?: boolean;
}

export interface SheetFunction {
  /** The name typed in the sheet, and the id Excel stores in workbooks: never change it. */
  name: string;
  description: Texts;
  parameters: readonly ParameterDeclaration[];
  result: Texts;
  /** Example formulas for the reference, with what they return. */
  examples: ReadonlyArray<{ formula: string; result: string }>;
  /**
   * Evaluates one call, broadcasting its arguments with `broadcast` of
   * cells.ts. A call wrong as a whole gives a single InputError (returned;
   * hosts also accept it thrown); a bad cell gives an InputError in its cell.
   */
  evaluate(args: readonly CellInput[]): FunctionResult;
}

const HOURS_PARAMETER: ParameterDeclaration = {
  name: 'hours',
  description: {
    en: 'Cumulative hours spent together, e.g. 12.5: a cell or a range.',
    de: 'Gemeinsam verbrachte Stunden insgesamt, z. B. 12,5: eine Zelle oder ein Bereich.',
  },
  accepts: 'range',
};

const PARTNERS_PARAMETER: ParameterDeclaration = {
  name: 'partners',
  description: {
    en: 'The partner names to total: a cell or a range, e.g. the Partner column.',
    de: 'Die Partnernamen, für die summiert wird: eine Zelle oder ein Bereich, z. B. die Spalte Partner.',
  },
  accepts: 'range',
};

const MEETING_PARTNERS_PARAMETER: ParameterDeclaration = {
  name: 'meeting_partners',
  description: {
    en: 'The partner of each meeting: the Partner column of the meeting log.',
    de: 'Der Partner jedes Treffens: die Spalte Partner des Treffen-Protokolls.',
  },
  accepts: 'range',
};


/** The label language from a cell: "en" or "de" in any case, blank for English. */
function languageOf(value: CellValue): Language | InputError {
  if (value === null || value === undefined) return 'en';
  const code = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (code === '' || code === 'en') return 'en';
  if (code === 'de') return code;
  return new InputError('languageInvalid', value);
}

/** The number of yes answers in a row of nine, or BLANK when none is answered. */
function scoreRow(row: readonly CellValue[]): CellResult {
  let answered = 0;
  let yes = 0;
  for (let i = 0; i < row.length; i++) {
    // Checkbox columns hold booleans: count them without the general coercion.
    const value = row[i];
    const answer = typeof value === 'boolean' ? value : answerOf(value);
    if (answer instanceof InputError) return answer;
    if (answer === BLANK) continue;
    answered++;
    if (answer) yes++;
  }
  return answered === 0 ? BLANK : yes;
}

function bondScore(input: CellInput): FunctionResult {
  const grid: CellGrid = isGrid(input) ? rectangular(input) : [[input]];
  const rows = grid.length;
  const columns = rows ? grid[0].length : 0;
  if (rows === 1 && columns === CHECKLIST_SIZE) return scoreRow(grid[0]);
  if (columns === 1 && rows === CHECKLIST_SIZE) return scoreRow(grid.map((row) => row[0]));
  if (columns === CHECKLIST_SIZE) return grid.map((row) => [scoreRow(row)]);
  return new InputError({ kind: 'answersShape', shape: shapeOf(grid) });
}

export const CATALOG: readonly SheetFunction[] = [
  {
    name: 'BONDSTAGE',
    description: {
      en: 'The relationship stage for the hours spent together: Acquaintance, Casual friend (from 50 h), Friend (from 90 h) or Close friend (from 200 h).',
      de: 'Die Beziehungsstufe für die gemeinsam verbrachten Stunden: Bekanntschaft, Lockere Freundschaft (ab 50 h), Freundschaft (ab 90 h) oder Enge Freundschaft (ab 200 h).',
    },
    parameters: [
      HOURS_PARAMETER,
      {
        name: 'language',
        description: {
          en: 'Optional. "en" for English labels (the default) or "de" for German.',
          de: 'Optional. "en" für englische Bezeichnungen (Standard) oder "de" für deutsche.',
        },
        accepts: 'range',
        optional: true,
      },
    ],
    result: { en: 'The stage label.', de: 'Die Bezeichnung der Stufe.' },
    examples: [
      { formula: '=BONDSTAGE(70)', result: 'Casual friend' },
      { formula: '=BONDSTAGE(120, "de")', result: 'Freundschaft' },
    ],
    evaluate([hours, language]) {
      return broadcast(
        [
          { name: 'hours', input: hours, read: hoursOf },
          { name: 'language', input: language, read: languageOf },
        ],
        (h: number, code: Language) => STAGE_LABELS[code][stageOf(h)],
      );
    },
  },
  {
    name: 'BONDLEVEL',
    description: {
      en: 'The stage as a number: 0 Acquaintance, 1 Casual friend, 2 Friend, 3 Close friend.',
      de: 'Die Stufe als Zahl: 0 Bekanntschaft, 1 Lockere Freundschaft, 2 Freundschaft, 3 Enge Freundschaft.',
    },
    parameters: [HOURS_PARAMETER],
    result: { en: 'The stage level, 0 to 3.', de: 'Die Stufe, 0 bis 3.' },
    examples: [{ formula: '=BONDLEVEL(95)', result: '2' }],
    evaluate([hours]) {
      return broadcast([{ name: 'hours', input: hours, read: hoursOf }], stageLevel);
    },
  },
  {
    name: 'BONDPROGRESS',
    description: {
      en: 'How far the partner is from the current stage to the next, from 0 to 1 (1 from 200 h on). Format as a percentage.',
      de: 'Wie weit der Weg von der aktuellen zur nächsten Stufe zurückgelegt ist, von 0 bis 1 (ab 200 h: 1). Als Prozent formatieren.',
    },
    parameters: [HOURS_PARAMETER],
    result: { en: 'A fraction from 0 to 1.', de: 'Ein Anteil von 0 bis 1.' },
    examples: [{ formula: '=BONDPROGRESS(70)', result: '0.5' }],
    evaluate([hours]) {
      return broadcast([{ name: 'hours', input: hours, read: hoursOf }], stageProgress);
    },
  },
  {
    name: 'HOURSTONEXT',
    description: {
      en: 'Hours still needed to reach the next stage (0 from 200 h on).',
      de: 'Stunden, die bis zur nächsten Stufe noch fehlen (ab 200 h: 0).',
    },
    parameters: [HOURS_PARAMETER],
    result: { en: 'Hours to the next stage.', de: 'Stunden bis zur nächsten Stufe.' },
    examples: [{ formula: '=HOURSTONEXT(70)', result: '20' }],
    evaluate([hours]) {
      return broadcast([{ name: 'hours', input: hours, read: hoursOf }], hoursToNextStage);
    },
  },
  {
    name: 'BONDSCORE',
    description: {
      en: 'How many of the nine bond checklist answers are yes. Nine cells in a row or column give one score; a range 9 columns wide gives one score per row.',
      de: 'Wie viele der neun Antworten der Beziehungs-Checkliste ja sind. Neun Zellen in einer Zeile oder Spalte ergeben eine Punktzahl; ein Bereich mit 9 Spalten eine je Zeile.',
    },
    parameters: [
      {
        name: 'answers',
        description: {
          en: 'The nine answers: yes is TRUE, 1, yes, y, ja, j, x or ✓; no is FALSE, 0, no, n, nein or blank.',
          de: 'Die neun Antworten: ja ist WAHR, 1, ja, j, yes, y, x oder ✓; nein ist FALSCH, 0, nein, no, n oder leer.',
        },
        accepts: 'range',
      },
    ],
    result: { en: 'The score, 0 to 9.', de: 'Die Punktzahl, 0 bis 9.' },
    examples: [{ formula: '=BONDSCORE(F2:N2)', result: '7' }],
    evaluate([answers]) {
      return bondScore(answers);
    },
  },
  {
    name: 'REFERRALREADY',
    description: {
      en: 'TRUE when a partner is ready for referrals: at least 90 hours together and a checklist score of at least 7.',
      de: 'WAHR, wenn ein Partner bereit für Empfehlungen ist: mindestens 90 gemeinsame Stunden und mindestens 7 Punkte in der Checkliste.',
    },
    parameters: [
      HOURS_PARAMETER,
      {
        name: 'score',
        description: {
          en: 'Checklist score, 0 to 9: a cell, or a range the same size as hours.',
          de: 'Punktzahl der Checkliste, 0 bis 9: eine Zelle oder ein Bereich so groß wie hours.',
        },
        accepts: 'range',
      },
    ],
    result: { en: 'TRUE or FALSE.', de: 'WAHR oder FALSCH.' },
    examples: [{ formula: '=REFERRALREADY(95, 7)', result: 'TRUE' }],
    evaluate([hours, score]) {
      return broadcast(
        [
          { name: 'hours', input: hours, read: hoursOf },
          { name: 'score', input: score, read: scoreOf },
        ],
        isReferralReady,
      );
    },
  },
  {
    name: 'PARTNERHOURS',
    description: {
      en: 'Hours together per partner from a meeting log: the hours of every meeting whose partner cell names the partner, added up. Names match with spaces at the ends ignored and in any case; no character is a wildcard or an operator.',
      de: 'Gemeinsame Stunden je Partner aus einem Treffen-Protokoll: die Stunden aller Treffen, deren Partnerzelle den Partner nennt, zusammengezählt. Namen passen ohne Leerzeichen am Rand und in jeder Schreibweise; kein Zeichen ist Platzhalter oder Operator.',
    },
    parameters: [
      PARTNERS_PARAMETER,
      MEETING_PARTNERS_PARAMETER,
      {
        name: 'meeting_hours',
        description: {
          en: 'The hours of each meeting: a range the same size as meeting_partners.',
          de: 'Die Stunden jedes Treffens: ein Bereich so groß wie meeting_partners.',
        },
        accepts: 'range',
      },
    ],
    result: { en: 'Hours together per partner.', de: 'Gemeinsame Stunden je Partner.' },
    examples: [{ formula: '=PARTNERHOURS(A2:A, Meetings!B2:B, Meetings!C2:C)', result: '95' }],
    evaluate([partners, meetingPartners, hours]) {
      return partnerHours(partners, meetingPartners, hours);
    },
  },
  {
    name: 'LASTCONTACT',
    description: {
      en: 'The date of the latest meeting per partner from a meeting log, matched by name as PARTNERHOURS does; blank for a partner without dated meetings. Format as a date.',
      de: 'Das Datum des letzten Treffens je Partner aus einem Treffen-Protokoll, nach Namen zugeordnet wie bei PARTNERHOURS; leer für Partner ohne datierte Treffen. Als Datum formatieren.',
    },
    parameters: [
      PARTNERS_PARAMETER,
      MEETING_PARTNERS_PARAMETER,
      {
        name: 'meeting_dates',
        description: {
          en: 'The date of each meeting: a range the same size as meeting_partners.',
          de: 'Das Datum jedes Treffens: ein Bereich so groß wie meeting_partners.',
        },
        accepts: 'range',
      },
    ],
    result: { en: 'The date of the last meeting.', de: 'Das Datum des letzten Treffens.' },
    examples: [{ formula: '=LASTCONTACT(A2:A, Meetings!B2:B, Meetings!A2:A)', result: '2026-11-28' }],
    evaluate([partners, meetingPartners, dates]) {
      return lastContact(partners, meetingPartners, dates);
    },
  },
];

/** Looks up a catalog function by name. */
export function catalogFunction(name: string): SheetFunction {
  const found = CATALOG.find((fn) => fn.name === name);
  if (!found) throw new Error(`No sheet function named ${name}`);
  return found;
}
