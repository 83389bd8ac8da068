/**
 * The formulas of the computed partner columns, and reading header formulas
 * back. Each computed column is declared once below, with its text in two
 * dialects:
 *  - 'sheets': one array formula per column, in the header cell:
 *    =ARRAYFORMULA(VSTACK("Stage",BONDSTAGE(IFERROR(D2:D,"#ERROR!"),"en"))).
 *    It covers every row the sheet has or gets (no formulas to copy down, no
 *    row cap) and stays put when the rows below are sorted. A custom function
 *    is one server round trip per call in Sheets, so one call per column
 *    keeps a large tracker fast. Every range a sheet function reads is passed
 *    through IFERROR: a custom function whose range holds an error is not run,
 *    so one bad row would otherwise break the column for every partner; the
 *    function shows the error in that row only (shared/cell-errors.ts).
 *    Meetings are matched to partners by PARTNERHOURS and LASTCONTACT, whose
 *    names are data, never criteria (shared/partner-names.ts), in time that
 *    grows with partners + meetings. Column letters come from the header rows
 *    as they stand (FormulaPlaces), so a column added to an existing tracker
 *    at its right end is referenced where it really is.
 *  - 'excel': NETWORK.-prefixed names and table structured references, one
 *    calculated column per computed column (Excel batches custom functions
 *    and fills calculated columns into new table rows by itself). Meetings
 *    are matched with TRIM and "=", the same rule as partner-names.ts, never
 *    with SUMIF criteria.
 * Both dialects read the Settings sheet through its defined names
 * (settings.ts), so changing a setting recomputes every row.
 */
import { cellText } from '../cells';
import { CELL_ERROR_MARKER } from '../cell-errors';
import { EXCEL_FUNCTION_NAMESPACE } from '../commands';
import type { Language } from '../language';
import {
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  columnByKey,
  findColumn,
  headersFor,
  type ColumnDeclaration,
  type MeetingColumnKey,
  type PartnerColumnKey,
} from './columns';
import type { TrackerNames } from './names';
import type { SettingNameKey, SettingNames } from './settings';

export type Dialect = 'sheets' | 'excel';

/** References of the Sheets dialect: whole columns below the header. */
export interface SheetsReferences {
  /** A partner column, passed through IFERROR for a sheet function: IFERROR(D2:D,"#ERROR!"). */
  guarded(key: PartnerColumnKey): string;
  /** A partner column as it is: H2:H. */
  column(key: PartnerColumnKey): string;
  /** A meeting column, passed through IFERROR: IFERROR(Meetings!$B$2:$B,"#ERROR!"). */
  meetings(key: MeetingColumnKey): string;
  /** A setting's defined name. */
  setting(key: SettingNameKey): string;
  language: string;
}

/** References of the Excel dialect: this row's cells and whole table columns. */
export interface ExcelReferences {
  cell(key: PartnerColumnKey): string;
  meetings(key: MeetingColumnKey): string;
  /** A catalog function's name in the add-in's namespace. */
  fn(name: string): string;
  /** A setting's defined name. */
  setting(key: SettingNameKey): string;
  language: string;
}

/** Where a formula finds what it reads. */
export interface FormulaPlaces {
  language: Language;
  /** Sheet names (Sheets dialect) or table names (Excel dialect) of the tracker's parts. */
  parts: TrackerNames;
  settings: SettingNames;
  /** The header rows as they stand, when writing into an existing tracker; else the layout's order in `language`. */
  partnerHeader?: readonly unknown[];
  meetingHeader?: readonly unknown[];
}

/** The computed partner columns; every other column is typed in. */
export const COMPUTED_COLUMNS = [
  'nextStep',
  'hoursTogether',
  'recentHours',
  'stage',
  'progress',
  'hoursToNext',
  'nextStageBy',
  'vcpPhase',
  'lastContact',
  'nextContactDue',
  'referralReady',
  'givenBalance',
] as const satisfies readonly PartnerColumnKey[];
export type ComputedColumnKey = (typeof COMPUTED_COLUMNS)[number];

/** True for a partner column whose cells the tracker's formulas compute. */
export function isComputedColumn(key: string): key is ComputedColumnKey {
  return (COMPUTED_COLUMNS as readonly string[]).includes(key);
}

// The two dialects' formulas, in the same order, apart so that each host's
// bundle carries only its own.

/** Sheets: the values of every row below the header, as one array expression. */
const SHEETS_COLUMN_VALUES: Record<ComputedColumnKey, (ref: SheetsReferences) => string> = {
  nextStep: (ref) =>
    `NEXTSTEP(${ref.guarded('hoursTogether')},${ref.guarded('checklistScore')},${ref.guarded('checkedOn')},${ref.guarded('nextContactDue')},` +
    `${ref.guarded('referralsGiven')},${ref.guarded('referralsReceived')},TODAY(),${ref.language},${ref.setting('thresholds')},` +
    `${ref.setting('renewalDays')},${ref.setting('readyHours')},${ref.setting('readyScore')})`,
  hoursTogether: (ref) => `PARTNERHOURS(${ref.guarded('partner')},${ref.meetings('partner')},${ref.meetings('hours')})`,
  recentHours: (ref) =>
    `PARTNERHOURS(${ref.guarded('partner')},${ref.meetings('partner')},${ref.meetings('hours')},${ref.meetings('date')},TODAY()-${ref.setting('forecastDays')})`,
  stage: (ref) => `BONDSTAGE(${ref.guarded('hoursTogether')},${ref.language},${ref.setting('thresholds')})`,
  progress: (ref) => `BONDPROGRESS(${ref.guarded('hoursTogether')},${ref.setting('thresholds')})`,
  hoursToNext: (ref) => `HOURSTONEXT(${ref.guarded('hoursTogether')},${ref.setting('thresholds')})`,
  nextStageBy: (ref) =>
    `STAGEFORECAST(${ref.guarded('hoursTogether')},${ref.guarded('recentHours')},TODAY(),${ref.setting('forecastDays')},${ref.setting('thresholds')})`,
  vcpPhase: (ref) =>
    `VCPPHASE(${ref.guarded('hoursTogether')},${ref.guarded('checklistScore')},${ref.guarded('referralsReceived')},${ref.language},${ref.setting('thresholds')})`,
  lastContact: (ref) => `LASTCONTACT(${ref.guarded('partner')},${ref.meetings('partner')},${ref.meetings('date')})`,
  nextContactDue: (ref) =>
    `IF((${ref.column('lastContact')}="")+(${ref.column('contactEvery')}=""),"",${ref.column('lastContact')}+${ref.column('contactEvery')})`,
  referralReady: (ref) =>
    `REFERRALREADY(${ref.guarded('hoursTogether')},${ref.guarded('checklistScore')},${ref.setting('readyHours')},${ref.setting('readyScore')})`,
  givenBalance: (ref) => `IF(TRIM(${ref.column('partner')})="","",${ref.column('referralsGiven')}-${ref.column('referralsReceived')})`,
};

/** Excel: TRUE for each meeting whose partner is this row's partner (errors in the log match nobody). */
function excelMeetingMatch(ref: ExcelReferences): string {
  return `(IFERROR(TRIM(${ref.meetings('partner')}),"")=TRIM(${ref.cell('partner')}))`;
}

/** Excel: blank for a row without a partner, else `formula`. */
function excelForPartner(ref: ExcelReferences, formula: string): string {
  return `=IF(TRIM(${ref.cell('partner')})="","",${formula})`;
}

/** Excel: the calculated column's formula. */
const EXCEL_COLUMN_FORMULAS: Record<ComputedColumnKey, (ref: ExcelReferences) => string> = {
  nextStep: (ref) =>
    `=${ref.fn('NEXTSTEP')}(${ref.cell('hoursTogether')},${ref.cell('checklistScore')},${ref.cell('checkedOn')},${ref.cell('nextContactDue')},` +
    `${ref.cell('referralsGiven')},${ref.cell('referralsReceived')},TODAY(),${ref.language},${ref.setting('thresholds')},` +
    `${ref.setting('renewalDays')},${ref.setting('readyHours')},${ref.setting('readyScore')})`,
  // +0 turns text hours into #VALUE! for that partner only: IF passes on the matched meetings alone.
  hoursTogether: (ref) => excelForPartner(ref, `SUM(IF(${excelMeetingMatch(ref)},${ref.meetings('hours')}+0,0))`),
  // Bad hours or a bad date in any of the partner's meetings is its error, as in PARTNERHOURS; undated meetings are not recent.
  recentHours: (ref) =>
    excelForPartner(
      ref,
      `SUM(IF(${excelMeetingMatch(ref)},(${ref.meetings('hours')}+0)*(${ref.meetings('date')}+0>TODAY()-${ref.setting('forecastDays')}),0))`,
    ),
  stage: (ref) => `=${ref.fn('BONDSTAGE')}(${ref.cell('hoursTogether')},${ref.language},${ref.setting('thresholds')})`,
  progress: (ref) => `=${ref.fn('BONDPROGRESS')}(${ref.cell('hoursTogether')},${ref.setting('thresholds')})`,
  hoursToNext: (ref) => `=${ref.fn('HOURSTONEXT')}(${ref.cell('hoursTogether')},${ref.setting('thresholds')})`,
  nextStageBy: (ref) =>
    `=${ref.fn('STAGEFORECAST')}(${ref.cell('hoursTogether')},${ref.cell('recentHours')},TODAY(),${ref.setting('forecastDays')},${ref.setting('thresholds')})`,
  vcpPhase: (ref) =>
    `=${ref.fn('VCPPHASE')}(${ref.cell('hoursTogether')},${ref.cell('checklistScore')},${ref.cell('referralsReceived')},${ref.language},${ref.setting('thresholds')})`,
  lastContact: (ref) => {
    const dated = `${excelMeetingMatch(ref)}*(1-ISBLANK(${ref.meetings('date')}))`;
    return excelForPartner(ref, `IF(SUM(${dated})=0,"",MAX(IF(${dated},${ref.meetings('date')}+0)))`);
  },
  nextContactDue: (ref) =>
    `=IF(OR(${ref.cell('lastContact')}="",${ref.cell('contactEvery')}=""),"",${ref.cell('lastContact')}+${ref.cell('contactEvery')})`,
  referralReady: (ref) =>
    `=${ref.fn('REFERRALREADY')}(${ref.cell('hoursTogether')},${ref.cell('checklistScore')},${ref.setting('readyHours')},${ref.setting('readyScore')})`,
  givenBalance: (ref) => excelForPartner(ref, `${ref.cell('referralsGiven')}-${ref.cell('referralsReceived')}`),
};

/** Column letters for a zero-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as a formula writes it: quoted unless it is a plain word. */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A text as a formula literal. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A column header inside a structured reference: [ ] # and ' are escaped with '. */
function structuredColumn(header: string): string {
  return `[${header.replace(/['#[\]]/g, "'$&")}]`;
}

/** Zero-based index of a column in a header row as it stands, or in the layout's order when no row is given. */
function columnIndex(declarations: readonly ColumnDeclaration[], key: string, language: Language, header?: readonly unknown[]): number {
  const declaration = columnByKey(declarations, key);
  const index = findColumn(header ?? headersFor(declarations, language), declaration);
  if (index < 0) throw new Error(`The tracker has no ${declaration.header.en} column to refer to`);
  return index;
}

/** The header text a structured reference names: the cell's own text in a header row as it stands, else the layout's. */
function headerText(declarations: readonly ColumnDeclaration[], key: string, language: Language, header?: readonly unknown[]): string {
  const index = columnIndex(declarations, key, language, header);
  return header ? cellText(header[index]) : columnByKey(declarations, key).header[language];
}

function guardedRange(range: string): string {
  return `IFERROR(${range},${textLiteral(CELL_ERROR_MARKER)})`;
}

export function sheetsReferences(places: FormulaPlaces): SheetsReferences {
  const { language, parts, settings, partnerHeader, meetingHeader } = places;
  const meetingsSheet = sheetReference(parts.meetings);
  const column = (key: PartnerColumnKey) => {
    const letter = columnLetter(columnIndex(PARTNER_COLUMNS, key, language, partnerHeader));
    return `${letter}2:${letter}`;
  };
  return {
    column,
    guarded: (key) => guardedRange(column(key)),
    meetings: (key) => {
      const letter = columnLetter(columnIndex(MEETING_COLUMNS, key, language, meetingHeader));
      return guardedRange(`${meetingsSheet}!$${letter}$2:$${letter}`);
    },
    setting: (key) => settings[key],
    language: textLiteral(language),
  };
}

export function excelReferences(places: FormulaPlaces): ExcelReferences {
  const { language, parts, settings, partnerHeader, meetingHeader } = places;
  return {
    cell: (key) => `[@${structuredColumn(headerText(PARTNER_COLUMNS, key, language, partnerHeader))}]`,
    meetings: (key) => `${parts.meetings}[${structuredColumn(headerText(MEETING_COLUMNS, key, language, meetingHeader))}]`,
    fn: (name) => `${EXCEL_FUNCTION_NAMESPACE}.${name}`,
    setting: (key) => settings[key],
    language: textLiteral(language),
  };
}

/** How one host writes the computed columns. */
export interface FormulaDialect {
  name: Dialect;
  /**
   * The formula of a computed partner column. Sheets: the header cell's
   * array formula, the header text stacked on the column's values. Excel: the
   * calculated column's formula for every row.
   */
  columnFormula(key: ComputedColumnKey, places: FormulaPlaces): string;
}

export const SHEETS_DIALECT: FormulaDialect = {
  name: 'sheets',
  columnFormula: (key, places) =>
    `=ARRAYFORMULA(VSTACK(${textLiteral(columnByKey(PARTNER_COLUMNS, key).header[places.language])},${SHEETS_COLUMN_VALUES[key](sheetsReferences(places))}))`,
};

export const EXCEL_DIALECT: FormulaDialect = {
  name: 'excel',
  columnFormula: (key, places) => EXCEL_COLUMN_FORMULAS[key](excelReferences(places)),
};

/** The dialect of the given name, for code that writes both (the preview, tests); each host imports its own. */
export function formulaDialect(name: Dialect): FormulaDialect {
  return name === 'sheets' ? SHEETS_DIALECT : EXCEL_DIALECT;
}

/** The formula of a computed partner column in the given dialect. */
export function partnerFormula(key: PartnerColumnKey, dialect: Dialect, places: FormulaPlaces): string {
  if (!isComputedColumn(key)) throw new Error(`${key} is not a computed column`);
  return formulaDialect(dialect).columnFormula(key, places);
}

/**
 * The header text of a Sheets header formula written by partnerFormula
 * (`=ARRAYFORMULA(VSTACK("Stage",…))`, and the earlier forms `=VSTACK("Stage",…)`
 * and `={"Stage";…}`, give Stage), or undefined for any other formula. Sheets
 * shows it as the header's value too; reading it from the formula also works
 * while the column is still calculating or blocked.
 */
export function headerOfColumnFormula(formula: unknown): string | undefined {
  const match = /^=\s*(?:ARRAYFORMULA\(\s*)?(?:\{|VSTACK\()\s*"((?:[^"]|"")*)"\s*[;,]/i.exec(cellText(formula));
  return match ? match[1].replace(/""/g, '"') : undefined;
}

/**
 * The header texts of a Sheets header row: a computed column's header comes
 * from its formula, since the cell shows "Loading…" or an error while the
 * column calculates or fails as a whole.
 */
export function headerTexts(values: readonly unknown[], formulas: readonly unknown[]): unknown[] {
  return values.map((value, index) => headerOfColumnFormula(formulas[index]) ?? value);
}

/** A whole column of the partner or meeting sheet as another sheet refers to it (Sheets): 'Partners (2)'!$G$2:$G. */
export function sheetsColumnRange(part: 'partners' | 'meetings', key: PartnerColumnKey | MeetingColumnKey, places: FormulaPlaces): string {
  const [declarations, header] = part === 'partners' ? [PARTNER_COLUMNS, places.partnerHeader] : [MEETING_COLUMNS, places.meetingHeader];
  const letter = columnLetter(columnIndex(declarations, key, places.language, header));
  return `${sheetReference(places.parts[part])}!$${letter}$2:$${letter}`;
}

/** A whole column of the partner or meeting table (Excel): Partners[Stage]. */
export function excelColumnRange(part: 'partners' | 'meetings', key: PartnerColumnKey | MeetingColumnKey, places: FormulaPlaces): string {
  const [declarations, header] = part === 'partners' ? [PARTNER_COLUMNS, places.partnerHeader] : [MEETING_COLUMNS, places.meetingHeader];
  return `${places.parts[part]}${structuredColumn(headerText(declarations, key, places.language, header))}`;
}
