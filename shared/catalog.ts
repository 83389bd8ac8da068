/**
 * The catalog of sheet functions. Each function is declared here once: its
 * name, parameters and implementation; its help in English and German is in
 * messages/catalog.ts under the same names. The Apps Script stubs, Excel's
 * functions.json files, the Excel associations and the README's function
 * reference are all generated from the two.
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
  hoursOf,
  isGrid,
  rectangular,
  scoreOf,
  shapeOf,
} from './cells';
import { broadcast } from './broadcast';
import type { Language, Texts } from './language';
import { lastContact, partnerHours } from './meeting-totals';
import { STAGE_LABELS } from './messages/stages';
import { hoursToNextStage, stageLevel, stageOf, stageProgress } from './stages';

export type { Texts };

export interface ParameterDeclaration {
  /** The name shown in the sheet's help, and the key of its description in messages/catalog.ts. */
  name: string;
  /** `range`: a single cell or a range, answered cell by cell. `single`: one value. */
  accepts: 'range' | 'single';
  optional?: boolean;
}

export interface SheetFunction {
  /** The name typed in the sheet, and the id Excel stores in workbooks: never change it. Its help in messages/catalog.ts goes by it. */
  name: string;
  parameters: readonly ParameterDeclaration[];
  /**
   * Evaluates one call, broadcasting its arguments (broadcast.ts). A call
   * wrong as a whole gives a single InputError (returned; hosts also accept
   * it thrown); a bad cell gives an InputError in its cell.
   */
  evaluate(this: void, args: readonly CellInput[]): FunctionResult;
}

const HOURS_PARAMETER: ParameterDeclaration = { name: 'hours', accepts: 'range' };
const PARTNERS_PARAMETER: ParameterDeclaration = { name: 'partners', accepts: 'range' };
const MEETING_PARTNERS_PARAMETER: ParameterDeclaration = { name: 'meeting_partners', accepts: 'range' };

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
    parameters: [HOURS_PARAMETER, { name: 'language', accepts: 'range', optional: true }],
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
    parameters: [HOURS_PARAMETER],
    evaluate([hours]) {
      return broadcast([{ name: 'hours', input: hours, read: hoursOf }], stageLevel);
    },
  },
  {
    name: 'BONDPROGRESS',
    parameters: [HOURS_PARAMETER],
    evaluate([hours]) {
      return broadcast([{ name: 'hours', input: hours, read: hoursOf }], stageProgress);
    },
  },
  {
    name: 'HOURSTONEXT',
    parameters: [HOURS_PARAMETER],
    evaluate([hours]) {
      return broadcast([{ name: 'hours', input: hours, read: hoursOf }], hoursToNextStage);
    },
  },
  {
    name: 'BONDSCORE',
    parameters: [{ name: 'answers', accepts: 'range' }],
    evaluate([answers]) {
      return bondScore(answers);
    },
  },
  {
    name: 'REFERRALREADY',
    parameters: [HOURS_PARAMETER, { name: 'score', accepts: 'range' }],
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
    parameters: [
      PARTNERS_PARAMETER,
      MEETING_PARTNERS_PARAMETER,
      { name: 'meeting_hours', accepts: 'range' },
      { name: 'meeting_dates', accepts: 'range', optional: true },
      { name: 'after', accepts: 'single', optional: true },
    ],
    evaluate([partners, meetingPartners, hours, dates, after]) {
      return partnerHours(partners, meetingPartners, hours, dates, after);
    },
  },
  {
    name: 'LASTCONTACT',
    parameters: [PARTNERS_PARAMETER, MEETING_PARTNERS_PARAMETER, { name: 'meeting_dates', accepts: 'range' }],
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
