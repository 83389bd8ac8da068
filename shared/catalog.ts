/**
 * The catalog of sheet functions. Each function is declared here once: its
 * name, parameters and implementation; its help in English and German is in
 * messages/catalog.ts under the same names. The Apps Script stubs, Excel's
 * functions.json files, the Excel associations and the README's function
 * reference are all generated from the two.
 *
 * Entries are thin: they read arguments (cells.ts, argument-readers.ts,
 * date-cells.ts, thresholds.ts) and call the core's pure rules (stages.ts,
 * forecast.ts, vcp.ts, next-step.ts). Optional settings read a blank cell as
 * their default; `thresholds` is one set for the whole call.
 */
import { CHECKLIST_SIZE, REFERRAL_MIN_HOURS, REFERRAL_MIN_SCORE, isReferralReady } from './checklist';
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
import { type CellArgument, type CellReader, broadcast } from './broadcast';
import { languageOf, numberReader, optionalScoreOf } from './argument-readers';
import { type Calendar, RUNTIME_CALENDAR, dateReader, optionalDateReader } from './date-cells';
import { FORECAST_WINDOW_DAYS, stageForecast } from './forecast';
import type { Language, Texts } from './language';
import { lastContact, partnerHours } from './meeting-totals';
import { VCP_LABELS, nextStepText } from './messages/next-step';
import type { NumberRule } from './messages/functions';
import { STAGE_LABELS } from './messages/stages';
import { CHECKLIST_RENEWAL_DAYS, nextStep } from './next-step';
import { hoursToNextStage, stageLevel, stageOf, stageProgress } from './stages';
import { type Thresholds, thresholdsOf } from './thresholds';
import { vcpPhase } from './vcp';

export type { Texts };

export interface ParameterDeclaration {
  /** The name shown in the sheet's help, and the key of its description in messages/catalog.ts. */
  name: string;
  /**
   * `range`: a single cell or a range. Most are answered cell by cell;
   * `thresholds` is one set of three for the whole call. `single`: one value.
   */
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
   * it thrown); a bad cell gives an InputError in its cell. Date arguments
   * and results go through `calendar` (date-cells.ts; the runtime's time
   * zone unless the host knows better).
   */
  evaluate(this: void, args: readonly CellInput[], calendar?: Calendar): FunctionResult;
}

/** A parameter that takes a cell or a range; `optional` ones may be left out. */
const range = (name: string): ParameterDeclaration => ({ name, accepts: 'range' });
const optional = (name: string): ParameterDeclaration => ({ name, accepts: 'range', optional: true });

const HOURS_PARAMETER = range('hours');
const SCORE_PARAMETER = range('score');
const LANGUAGE_PARAMETER = optional('language');
const THRESHOLDS_PARAMETER = optional('thresholds');
const PARTNERS_PARAMETER = range('partners');
const MEETING_PARTNERS_PARAMETER = range('meeting_partners');
const AS_OF_PARAMETER = range('as_of');

/** Evaluates a call with its thresholds, one set for the whole call; a bad set is the call's one error. */
function withThresholds(input: CellInput, evaluate: (thresholds: Thresholds) => FunctionResult): FunctionResult {
  const thresholds = thresholdsOf(input);
  return thresholds instanceof InputError ? thresholds : evaluate(thresholds);
}

/** One argument of a call, as broadcast.ts reads it. */
const cell = <T>(name: string, input: CellInput, read: CellReader<T>): CellArgument<T> => ({ name, input, read });
const hoursArgument = (input: CellInput) => cell('hours', input, hoursOf);
const languageArgument = (input: CellInput) => cell('language', input, languageOf);
const countArgument = (name: string, input: CellInput) => cell(name, input, numberReader(name, 'count', 0));
/** A setting read as `rule` says, its default when blank. */
const settingArgument = (name: string, input: CellInput, rule: NumberRule, fallback: number) =>
  cell(name, input, numberReader(name, rule, fallback));

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
    parameters: [HOURS_PARAMETER, LANGUAGE_PARAMETER, THRESHOLDS_PARAMETER],
    evaluate: ([hours, language, thresholds]) =>
      withThresholds(thresholds, (t) =>
        broadcast([hoursArgument(hours), languageArgument(language)], (h: number, code: Language) => STAGE_LABELS[code][stageOf(h, t)]),
      ),
  },
  {
    name: 'BONDLEVEL',
    parameters: [HOURS_PARAMETER, THRESHOLDS_PARAMETER],
    evaluate: ([hours, thresholds]) =>
      withThresholds(thresholds, (t) => broadcast([hoursArgument(hours)], (h: number) => stageLevel(h, t))),
  },
  {
    name: 'BONDPROGRESS',
    parameters: [HOURS_PARAMETER, THRESHOLDS_PARAMETER],
    evaluate: ([hours, thresholds]) =>
      withThresholds(thresholds, (t) => broadcast([hoursArgument(hours)], (h: number) => stageProgress(h, t))),
  },
  {
    name: 'HOURSTONEXT',
    parameters: [HOURS_PARAMETER, THRESHOLDS_PARAMETER],
    evaluate: ([hours, thresholds]) =>
      withThresholds(thresholds, (t) => broadcast([hoursArgument(hours)], (h: number) => hoursToNextStage(h, t))),
  },
  {
    name: 'BONDSCORE',
    parameters: [range('answers')],
    evaluate: ([answers]) => bondScore(answers),
  },
  {
    name: 'REFERRALREADY',
    parameters: [HOURS_PARAMETER, SCORE_PARAMETER, optional('min_hours'), optional('min_score')],
    evaluate: ([hours, score, minHours, minScore]) =>
      broadcast(
        [
          hoursArgument(hours),
          cell('score', score, scoreOf),
          settingArgument('min_hours', minHours, 'nonNegative', REFERRAL_MIN_HOURS),
          settingArgument('min_score', minScore, 'score', REFERRAL_MIN_SCORE),
        ],
        isReferralReady,
      ),
  },
  {
    name: 'PARTNERHOURS',
    parameters: [PARTNERS_PARAMETER, MEETING_PARTNERS_PARAMETER, range('meeting_hours'), optional('meeting_dates'), optional('after')],
    evaluate: ([partners, meetingPartners, hours, dates, after]) => partnerHours(partners, meetingPartners, hours, dates, after),
  },
  {
    name: 'LASTCONTACT',
    parameters: [PARTNERS_PARAMETER, MEETING_PARTNERS_PARAMETER, range('meeting_dates')],
    evaluate: ([partners, meetingPartners, dates]) => lastContact(partners, meetingPartners, dates),
  },
  {
    name: 'STAGEFORECAST',
    parameters: [HOURS_PARAMETER, range('recent_hours'), AS_OF_PARAMETER, optional('window_days'), THRESHOLDS_PARAMETER],
    evaluate: ([hours, recentHours, asOf, windowDays, thresholds], calendar = RUNTIME_CALENDAR) =>
      withThresholds(thresholds, (t) =>
        broadcast(
          [
            hoursArgument(hours),
            cell('recent_hours', recentHours, numberReader('recent_hours', 'nonNegative', BLANK)),
            cell('as_of', asOf, dateReader('as_of', calendar)),
            settingArgument('window_days', windowDays, 'positive', FORECAST_WINDOW_DAYS),
          ],
          (h: number, recent: number, day: number, window: number) => {
            const forecast = stageForecast(h, recent, day, window, t);
            return forecast === undefined ? BLANK : calendar.dateOf(forecast);
          },
        ),
      ),
  },
  {
    name: 'VCPPHASE',
    parameters: [HOURS_PARAMETER, SCORE_PARAMETER, range('referrals_received'), LANGUAGE_PARAMETER, THRESHOLDS_PARAMETER],
    evaluate: ([hours, score, received, language, thresholds]) =>
      withThresholds(thresholds, (t) =>
        broadcast(
          [
            hoursArgument(hours),
            cell('score', score, optionalScoreOf),
            countArgument('referrals_received', received),
            languageArgument(language),
          ],
          (h: number, s: number | undefined, r: number, code: Language) => VCP_LABELS[code][vcpPhase(h, s, r, t)],
        ),
      ),
  },
  {
    name: 'NEXTSTEP',
    parameters: [
      HOURS_PARAMETER,
      SCORE_PARAMETER,
      range('checked_on'),
      range('next_contact_due'),
      range('referrals_given'),
      range('referrals_received'),
      AS_OF_PARAMETER,
      LANGUAGE_PARAMETER,
      THRESHOLDS_PARAMETER,
      optional('renewal_days'),
      optional('min_hours'),
      optional('min_score'),
    ],
    evaluate: (
      [hours, score, checkedOn, due, given, received, asOf, language, thresholds, renewal, minHours, minScore],
      calendar = RUNTIME_CALENDAR,
    ) =>
      withThresholds(thresholds, (t) =>
        broadcast(
          [
            hoursArgument(hours),
            cell('score', score, optionalScoreOf),
            cell('checked_on', checkedOn, optionalDateReader('checked_on', calendar)),
            cell('next_contact_due', due, optionalDateReader('next_contact_due', calendar)),
            countArgument('referrals_given', given),
            countArgument('referrals_received', received),
            cell('as_of', asOf, dateReader('as_of', calendar)),
            languageArgument(language),
            settingArgument('renewal_days', renewal, 'nonNegative', CHECKLIST_RENEWAL_DAYS),
            settingArgument('min_hours', minHours, 'nonNegative', REFERRAL_MIN_HOURS),
            settingArgument('min_score', minScore, 'score', REFERRAL_MIN_SCORE),
          ],
          (
            h: number,
            s: number | undefined,
            checked: number | undefined,
            dueDay: number | undefined,
            g: number,
            r: number,
            day: number,
            code: Language,
            renewalDays: number,
            minH: number,
            minS: number,
          ) =>
            nextStepText(
              nextStep({ hours: h, score: s, checkedOn: checked, nextContactDue: dueDay, referralsGiven: g, referralsReceived: r }, day, {
                thresholds: t,
                renewalDays,
                minHours: minH,
                minScore: minS,
              }),
              code,
            ),
        ),
      ),
  },
];

/** Looks up a catalog function by name. */
export function catalogFunction(name: string): SheetFunction {
  const found = CATALOG.find((fn) => fn.name === name);
  if (!found) throw new Error(`No sheet function named ${name}`);
  return found;
}
