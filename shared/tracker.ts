/**
 * The partner tracker: its sheets and columns, in English and German.
 * Columns are found by header text in either language, so a tracker keeps
 * working when rows move or a German user opens an English tracker.
 */
import { CELL_ERROR_MARKER } from './cell-errors';
import { CHECKLIST, checklistScore } from './checklist';
import { EXCEL_FUNCTION_NAMESPACE } from './commands';
import type { Language } from './language';

export type TrackerSheet = 'partners' | 'meetings' | 'checks';

export const SHEET_NAMES: Record<Language, Record<TrackerSheet, string>> = {
  en: { partners: 'Partners', meetings: 'Meetings', checks: 'Checks' },
  de: { partners: 'Partner', meetings: 'Treffen', checks: 'Checklisten' },
};

export interface ColumnDeclaration<Key extends string = string> {
  key: Key;
  header: Record<Language, string>;
}

export const PARTNER_COLUMNS = [
  { key: 'partner', header: { en: 'Partner', de: 'Partner' } },
  { key: 'company', header: { en: 'Company', de: 'Firma' } },
  { key: 'profession', header: { en: 'Profession', de: 'Beruf' } },
  { key: 'hoursTogether', header: { en: 'Hours together', de: 'Stunden gemeinsam' } },
  { key: 'stage', header: { en: 'Stage', de: 'Stufe' } },
  { key: 'progress', header: { en: 'Progress', de: 'Fortschritt' } },
  { key: 'hoursToNext', header: { en: 'Hours to next stage', de: 'Stunden bis zur nächsten Stufe' } },
  { key: 'lastContact', header: { en: 'Last contact', de: 'Letzter Kontakt' } },
  { key: 'contactEvery', header: { en: 'Contact every (days)', de: 'Kontakt alle (Tage)' } },
  { key: 'nextContactDue', header: { en: 'Next contact due', de: 'Nächster Kontakt fällig' } },
  { key: 'checklistScore', header: { en: 'Checklist score', de: 'Checklisten-Punkte' } },
  { key: 'checkedOn', header: { en: 'Checked on', de: 'Geprüft am' } },
  { key: 'referralReady', header: { en: 'Referral ready', de: 'Bereit für Empfehlungen' } },
  { key: 'referralsGiven', header: { en: 'Referrals given', de: 'Empfehlungen gegeben' } },
  { key: 'referralsReceived', header: { en: 'Referrals received', de: 'Empfehlungen erhalten' } },
  { key: 'notes', header: { en: 'Notes', de: 'Notizen' } },
] as const satisfies readonly ColumnDeclaration[];

export const MEETING_COLUMNS = [
  { key: 'date', header: { en: 'Date', de: 'Datum' } },
  { key: 'partner', header: { en: 'Partner', de: 'Partner' } },
  { key: 'hours', header: { en: 'Hours', de: 'Stunden' } },
  { key: 'kind', header: { en: 'Kind', de: 'Art' } },
  { key: 'notes', header: { en: 'Notes', de: 'Notizen' } },
] as const satisfies readonly ColumnDeclaration[];

export const CHECK_COLUMNS: readonly ColumnDeclaration[] = [
  { key: 'date', header: { en: 'Date', de: 'Datum' } },
  { key: 'partner', header: { en: 'Partner', de: 'Partner' } },
  ...CHECKLIST.map((question, index) => ({
    key: question.id,
    header: { en: `Q${index + 1} ${question.label.en}`, de: `F${index + 1} ${question.label.de}` },
  })),
  { key: 'score', header: { en: 'Score', de: 'Punkte' } },
];

export type PartnerColumnKey = (typeof PARTNER_COLUMNS)[number]['key'];
export type MeetingColumnKey = (typeof MEETING_COLUMNS)[number]['key'];

/** Header texts of a sheet's columns in one language. */
export function headersFor(columns: readonly ColumnDeclaration[], language: Language): string[] {
  return columns.map((column) => column.header[language]);
}

function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/**
 * Zero-based index of the column with the given key in a header row, matching
 * the header in either language (trimmed, any case), or -1 when absent.
 */
export function findColumn(headerRow: readonly unknown[], column: ColumnDeclaration): number {
  const wanted = new Set(Object.values(column.header).map(normalizeHeader));
  return headerRow.findIndex((cell) => wanted.has(normalizeHeader(cell)));
}

/** The column declaration with the given key. */
export function columnByKey<Key extends string>(columns: readonly ColumnDeclaration<Key>[], key: Key): ColumnDeclaration<Key> {
  const column = columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`Unknown column ${key}`);
  return column;
}

// ---------------------------------------------------------------------------
// Formulas. Each computed column is declared once below, with its text in two
// dialects:
//  - 'sheets': one array formula per column, in the header cell:
//    =ARRAYFORMULA(VSTACK("Stage",BONDSTAGE(IFERROR(D2:D,"#ERROR!"),"en"))).
//    It covers every row the sheet has or gets (no formulas to copy down, no
//    row cap) and stays put when the rows below are sorted. A custom function
//    is one server round trip per call in Sheets, so one call per column
//    keeps a large tracker fast. Every range a sheet function reads is passed
//    through IFERROR: a custom function whose range holds an error is not run,
//    so one bad row would otherwise break the column for every partner; the
//    function shows the error in that row only (shared/cell-errors.ts).
//    Meetings are matched to partners by PARTNERHOURS and LASTCONTACT, whose
//    names are data, never criteria (shared/partner-names.ts), in time that
//    grows with partners + meetings.
//  - 'excel': NETWORK.-prefixed names and table structured references, one
//    calculated column per computed column (Excel batches custom functions
//    and fills calculated columns into new table rows by itself). Meetings
//    are matched with TRIM and "=", the same rule as partner-names.ts, never
//    with SUMIF criteria.
// ---------------------------------------------------------------------------

export type Dialect = 'sheets' | 'excel';

/** Rows of each tracker sheet in Sheets when created, header included: formats and validation are laid out this far. */
export const SHEETS_TRACKER_ROWS = 1000;

/** Where formulas find the tracker's parts: sheet names (Sheets) or table names (Excel). */
export type TrackerNames = Record<TrackerSheet, string>;

/** References of the Sheets dialect: whole columns below the header. */
export interface SheetsReferences {
  /** A partner column, passed through IFERROR for a sheet function: IFERROR(D2:D,"#ERROR!"). */
  guarded(key: PartnerColumnKey): string;
  /** A partner column as it is: H2:H. */
  column(key: PartnerColumnKey): string;
  /** A meeting column, passed through IFERROR: IFERROR(Meetings!$B$2:$B,"#ERROR!"). */
  meetings(key: MeetingColumnKey): string;
  language: string;
}

/** References of the Excel dialect: this row's cells and whole table columns. */
export interface ExcelReferences {
  cell(key: PartnerColumnKey): string;
  meetings(key: MeetingColumnKey): string;
  /** A catalog function's name in the add-in's namespace. */
  fn(name: string): string;
  language: string;
}

export interface PartnerFormula {
  /** Sheets: the values of every row below the header, as one array expression. */
  sheets(ref: SheetsReferences): string;
  /** Excel: the calculated column's formula. */
  excel(ref: ExcelReferences): string;
}

/** Excel: TRUE for each meeting whose partner is this row's partner (errors in the log match nobody). */
function excelMeetingMatch(ref: ExcelReferences): string {
  return `(IFERROR(TRIM(${ref.meetings('partner')}),"")=TRIM(${ref.cell('partner')}))`;
}

/** Excel: blank for a row without a partner, else `formula`. */
function excelForPartner(ref: ExcelReferences, formula: string): string {
  return `=IF(TRIM(${ref.cell('partner')})="","",${formula})`;
}

export const PARTNER_FORMULAS: Partial<Record<PartnerColumnKey, PartnerFormula>> = {
  hoursTogether: {
    sheets: (ref) => `PARTNERHOURS(${ref.guarded('partner')},${ref.meetings('partner')},${ref.meetings('hours')})`,
    // +0 turns text hours into #VALUE! for that partner only: IF passes on the matched meetings alone.
    excel: (ref) => excelForPartner(ref, `SUM(IF(${excelMeetingMatch(ref)},${ref.meetings('hours')}+0,0))`),
  },
  stage: {
    sheets: (ref) => `BONDSTAGE(${ref.guarded('hoursTogether')},${ref.language})`,
    excel: (ref) => `=${ref.fn('BONDSTAGE')}(${ref.cell('hoursTogether')},${ref.language})`,
  },
  progress: {
    sheets: (ref) => `BONDPROGRESS(${ref.guarded('hoursTogether')})`,
    excel: (ref) => `=${ref.fn('BONDPROGRESS')}(${ref.cell('hoursTogether')})`,
  },
  hoursToNext: {
    sheets: (ref) => `HOURSTONEXT(${ref.guarded('hoursTogether')})`,
    excel: (ref) => `=${ref.fn('HOURSTONEXT')}(${ref.cell('hoursTogether')})`,
  },
  lastContact: {
    sheets: (ref) => `LASTCONTACT(${ref.guarded('partner')},${ref.meetings('partner')},${ref.meetings('date')})`,
    excel: (ref) => {
      const dated = `${excelMeetingMatch(ref)}*(1-ISBLANK(${ref.meetings('date')}))`;
      return excelForPartner(ref, `IF(SUM(${dated})=0,"",MAX(IF(${dated},${ref.meetings('date')}+0)))`);
    },
  },
  nextContactDue: {
    sheets: (ref) =>
      `IF((${ref.column('lastContact')}="")+(${ref.column('contactEvery')}=""),"",${ref.column('lastContact')}+${ref.column('contactEvery')})`,
    excel: (ref) =>
      `=IF(OR(${ref.cell('lastContact')}="",${ref.cell('contactEvery')}=""),"",${ref.cell('lastContact')}+${ref.cell('contactEvery')})`,
  },
  referralReady: {
    sheets: (ref) => `REFERRALREADY(${ref.guarded('hoursTogether')},${ref.guarded('checklistScore')})`,
    excel: (ref) => `=${ref.fn('REFERRALREADY')}(${ref.cell('hoursTogether')},${ref.cell('checklistScore')})`,
  },
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

function partnerIndex(key: PartnerColumnKey): number {
  return PARTNER_COLUMNS.findIndex((column) => column.key === key);
}

function meetingIndex(key: MeetingColumnKey): number {
  return MEETING_COLUMNS.findIndex((column) => column.key === key);
}

function guardedRange(range: string): string {
  return `IFERROR(${range},${textLiteral(CELL_ERROR_MARKER)})`;
}

export function sheetsReferences(language: Language, names: TrackerNames): SheetsReferences {
  const meetingsSheet = sheetReference(names.meetings);
  const column = (key: PartnerColumnKey) => {
    const letter = columnLetter(partnerIndex(key));
    return `${letter}2:${letter}`;
  };
  return {
    column,
    guarded: (key) => guardedRange(column(key)),
    meetings: (key) => {
      const letter = columnLetter(meetingIndex(key));
      return guardedRange(`${meetingsSheet}!$${letter}$2:$${letter}`);
    },
    language: textLiteral(language),
  };
}

export function excelReferences(language: Language, names: TrackerNames): ExcelReferences {
  return {
    cell: (key) => `[@${structuredColumn(columnByKey(PARTNER_COLUMNS, key).header[language])}]`,
    meetings: (key) => `${names.meetings}[${structuredColumn(columnByKey(MEETING_COLUMNS, key).header[language])}]`,
    fn: (name) => `${EXCEL_FUNCTION_NAMESPACE}.${name}`,
    language: textLiteral(language),
  };
}

/**
 * The formula of a computed partner column. Sheets: the header cell's array
 * formula, the header text stacked on the column's values. Excel: the
 * calculated column's formula for every row.
 */
export function partnerFormula(key: PartnerColumnKey, dialect: Dialect, language: Language, names: TrackerNames): string {
  const declaration = PARTNER_FORMULAS[key];
  if (!declaration) throw new Error(`${key} is not a computed column`);
  if (dialect === 'excel') return declaration.excel(excelReferences(language, names));
  const header = columnByKey(PARTNER_COLUMNS, key).header[language];
  return `=ARRAYFORMULA(VSTACK(${textLiteral(header)},${declaration.sheets(sheetsReferences(language, names))}))`;
}

/**
 * The header text of a Sheets header formula written by partnerFormula
 * (`=ARRAYFORMULA(VSTACK("Stage",…))`, and the earlier forms `=VSTACK("Stage",…)`
 * and `={"Stage";…}`, give Stage), or undefined for any other formula. Sheets
 * shows it as the header's value too; reading it from the formula also works
 * while the column is still calculating or blocked.
 */
export function headerOfColumnFormula(formula: unknown): string | undefined {
  const match = /^=\s*(?:ARRAYFORMULA\(\s*)?(?:\{|VSTACK\()\s*"((?:[^"]|"")*)"\s*[;,]/i.exec(String(formula ?? ''));
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

// ---------------------------------------------------------------------------
// Formats, widths and validation
// ---------------------------------------------------------------------------

export type ColumnFormat = 'text' | 'hours' | 'percent' | 'date' | 'wholeNumber' | 'boolean';

export const PARTNER_FORMATS: Record<PartnerColumnKey, ColumnFormat> = {
  partner: 'text',
  company: 'text',
  profession: 'text',
  hoursTogether: 'hours',
  stage: 'text',
  progress: 'percent',
  hoursToNext: 'hours',
  lastContact: 'date',
  contactEvery: 'wholeNumber',
  nextContactDue: 'date',
  checklistScore: 'wholeNumber',
  checkedOn: 'date',
  referralReady: 'boolean',
  referralsGiven: 'wholeNumber',
  referralsReceived: 'wholeNumber',
  notes: 'text',
};

export const MEETING_FORMATS: Record<MeetingColumnKey, ColumnFormat> = {
  date: 'date',
  partner: 'text',
  hours: 'hours',
  kind: 'text',
  notes: 'text',
};

/** Number format patterns, understood alike by Sheets and Excel. Dates follow the user's language. */
export function numberFormatPattern(format: ColumnFormat, language: Language): string {
  switch (format) {
    case 'hours':
      return '0.0';
    case 'percent':
      return '0%';
    case 'date':
      return language === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
    case 'wholeNumber':
      return '0';
    case 'text':
    case 'boolean':
      return 'General';
  }
}

/** Column widths in pixels (Excel takes points: multiply by 0.75). */
const WIDTH_BY_FORMAT: Record<ColumnFormat, number> = {
  text: 140,
  hours: 110,
  percent: 90,
  date: 110,
  wholeNumber: 110,
  boolean: 120,
};

const WIDE_COLUMNS: Record<string, number> = { partner: 170, company: 160, stage: 150, notes: 260, kind: 150 };

export function columnWidth(key: string, format: ColumnFormat): number {
  return WIDE_COLUMNS[key] ?? WIDTH_BY_FORMAT[format];
}

/** The kinds of meeting offered in the Kind dropdown (other text is allowed). */
export const MEETING_KINDS: Record<Language, readonly string[]> = {
  en: ['One-to-one', 'Event', 'Call', 'Meal', 'Earlier time together'],
  de: ['Einzelgespräch', 'Veranstaltung', 'Telefonat', 'Essen', 'Frühere gemeinsame Zeit'],
};

/** Host-neutral data validation of one column. */
export type ValidationRule =
  | { kind: 'numberAtLeast'; min: number; strict: boolean }
  | { kind: 'wholeNumberBetween'; min: number; max: number; strict: boolean }
  | { kind: 'date'; strict: boolean }
  | { kind: 'list'; values: readonly string[]; strict: boolean }
  | { kind: 'partnerNames'; strict: boolean };

export interface ColumnValidation {
  sheet: TrackerSheet;
  column: string;
  rule: ValidationRule;
  /** Message key in shared/messages/tracker.ts explaining what to enter. */
  help: 'hoursHelp' | 'dateHelp' | 'kindHelp' | 'partnerHelp' | 'scoreHelp' | 'contactEveryHelp';
}

export const TRACKER_VALIDATIONS: readonly ColumnValidation[] = [
  { sheet: 'meetings', column: 'date', rule: { kind: 'date', strict: true }, help: 'dateHelp' },
  { sheet: 'meetings', column: 'partner', rule: { kind: 'partnerNames', strict: true }, help: 'partnerHelp' },
  { sheet: 'meetings', column: 'hours', rule: { kind: 'numberAtLeast', min: 0, strict: true }, help: 'hoursHelp' },
  { sheet: 'meetings', column: 'kind', rule: { kind: 'list', values: [], strict: false }, help: 'kindHelp' },
  { sheet: 'partners', column: 'contactEvery', rule: { kind: 'numberAtLeast', min: 1, strict: true }, help: 'contactEveryHelp' },
  { sheet: 'partners', column: 'checklistScore', rule: { kind: 'wholeNumberBetween', min: 0, max: 9, strict: true }, help: 'scoreHelp' },
];

/** The validation rule with language-dependent values filled in. */
export function validationRuleFor(validation: ColumnValidation, language: Language): ValidationRule {
  return validation.rule.kind === 'list' ? { ...validation.rule, values: MEETING_KINDS[language] } : validation.rule;
}

// ---------------------------------------------------------------------------
// Names for a new tracker, never taking one that exists
// ---------------------------------------------------------------------------

export interface TrackerNamePlan {
  /** Sheet names to create. */
  sheets: TrackerNames;
  /** Excel table names (letters and digits only). */
  tables: TrackerNames;
  /** Sheets of the plain names that exist already and stay untouched. */
  existing: string[];
}

const TRACKER_SHEETS: readonly TrackerSheet[] = ['partners', 'meetings', 'checks'];

function tableName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '');
}

/**
 * Names for a new tracker: the plain names in the user's language, or when
 * any of them is taken, the first "Name (n)" set of which none is taken, so
 * the three sheets stay a matching set. Comparison ignores case, as both hosts do.
 */
export function planTrackerNames(language: Language, takenSheets: readonly string[], takenTables: readonly string[] = []): TrackerNamePlan {
  const sheetsTaken = new Set(takenSheets.map((name) => name.toLowerCase()));
  const tablesTaken = new Set(takenTables.map((name) => name.toLowerCase()));
  const base = SHEET_NAMES[language];
  const existing = TRACKER_SHEETS.map((sheet) => base[sheet]).filter((name) => sheetsTaken.has(name.toLowerCase()));
  for (let n = 1; ; n++) {
    const sheets = {} as TrackerNames;
    const tables = {} as TrackerNames;
    for (const sheet of TRACKER_SHEETS) {
      sheets[sheet] = n === 1 ? base[sheet] : `${base[sheet]} (${n})`;
      tables[sheet] = n === 1 ? tableName(base[sheet]) : `${tableName(base[sheet])}${n}`;
    }
    const free = TRACKER_SHEETS.every(
      (sheet) => !sheetsTaken.has(sheets[sheet].toLowerCase()) && !tablesTaken.has(tables[sheet].toLowerCase()),
    );
    if (free) return { sheets, tables, existing };
  }
}

// ---------------------------------------------------------------------------
// Example data
// ---------------------------------------------------------------------------

export interface ExamplePartner {
  partner: string;
  company: string;
  profession: Record<Language, string>;
  contactEvery: number;
  /** The latest bond check: its nine answers in CHECKLIST order, and how long ago it was made. */
  check?: { answers: readonly boolean[]; daysAgo: number };
  referralsGiven: number;
  referralsReceived: number;
}

export interface ExampleMeeting {
  daysAgo: number;
  partner: string;
  hours: number;
  kind: number;
  notes: Record<Language, string>;
}

/** A few partners at different stages, so a new tracker shows every column working. */
export const EXAMPLE_PARTNERS: readonly ExamplePartner[] = [
  { partner: 'Anna Beispiel', company: 'Beispiel Steuerberatung', profession: { en: 'Tax adviser', de: 'Steuerberaterin' }, contactEvery: 14, referralsGiven: 0, referralsReceived: 0 },
  { partner: 'Ben Example', company: 'Example Print Ltd', profession: { en: 'Printer', de: 'Drucker' }, contactEvery: 30, check: { answers: [true, true, true, false, true, true, false, false, false], daysAgo: 20 }, referralsGiven: 1, referralsReceived: 0 },
  { partner: 'Clara Muster', company: 'Muster Immobilien', profession: { en: 'Estate agent', de: 'Immobilienmaklerin' }, contactEvery: 21, check: { answers: [true, true, true, true, true, true, true, false, true], daysAgo: 5 }, referralsGiven: 3, referralsReceived: 2 },
  { partner: 'David Sample', company: 'Sample IT Services', profession: { en: 'IT consultant', de: 'IT-Berater' }, contactEvery: 30, check: { answers: [true, true, true, true, true, true, true, true, true], daysAgo: 60 }, referralsGiven: 6, referralsReceived: 7 },
];

/** Meetings for the example partners; `kind` indexes MEETING_KINDS. Hours: Anna 6, Ben 60, Clara 95, David 212. */
export const EXAMPLE_MEETINGS: readonly ExampleMeeting[] = [
  { daysAgo: 9, partner: 'Anna Beispiel', hours: 1.5, kind: 0, notes: { en: 'First one-to-one', de: 'Erstes Einzelgespräch' } },
  { daysAgo: 2, partner: 'Anna Beispiel', hours: 4.5, kind: 1, notes: { en: 'Chapter breakfast and workshop', de: 'Frühstückstreffen und Workshop' } },
  { daysAgo: 120, partner: 'Ben Example', hours: 55, kind: 4, notes: { en: 'Before the tracker: about 55 h', de: 'Vor der Liste: etwa 55 h' } },
  { daysAgo: 45, partner: 'Ben Example', hours: 5, kind: 3, notes: { en: 'Lunch', de: 'Mittagessen' } },
  { daysAgo: 200, partner: 'Clara Muster', hours: 88, kind: 4, notes: { en: 'Before the tracker: about 88 h', de: 'Vor der Liste: etwa 88 h' } },
  { daysAgo: 12, partner: 'Clara Muster', hours: 2, kind: 0, notes: { en: 'One-to-one at her office', de: 'Einzelgespräch in ihrem Büro' } },
  { daysAgo: 4, partner: 'Clara Muster', hours: 5, kind: 1, notes: { en: 'Trade fair', de: 'Messe' } },
  { daysAgo: 365, partner: 'David Sample', hours: 200, kind: 4, notes: { en: 'Before the tracker: years of chapter work', de: 'Vor der Liste: Jahre im Chapter' } },
  { daysAgo: 40, partner: 'David Sample', hours: 12, kind: 1, notes: { en: 'Weekend seminar', de: 'Wochenendseminar' } },
];

/** Midnight of the day `daysAgo` days before `today`, in the runtime's time zone. */
export function dayBefore(today: Date, daysAgo: number): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/** Excel's serial number of a calendar date (days since 1899-12-30), ignoring the time of day. */
export function excelSerialDate(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS + EXCEL_EPOCH_OFFSET;
}

/** An Excel date serial (days since 1899-12-30, time as fraction) as a "YYYY-MM-DD" date; null for anything else. */
export function isoDateFromSerial(serial: unknown): string | null {
  if (typeof serial !== 'number' || !Number.isFinite(serial) || serial < 1) return null;
  return new Date(Math.round((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * DAY_MS)).toISOString().slice(0, 10);
}

/** The Excel date serial of a "YYYY-MM-DD" date. */
export function serialFromIsoDate(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS + EXCEL_EPOCH_OFFSET;
}

export type TrackerCell = string | number | boolean | Date;

/** The input cells of the example partner rows, in PARTNER_COLUMNS order; computed cells are "". */
export function examplePartnerRows(language: Language, today: Date): TrackerCell[][] {
  return EXAMPLE_PARTNERS.map((example) => {
    const input: Partial<Record<PartnerColumnKey, TrackerCell>> = {
      partner: example.partner,
      company: example.company,
      profession: example.profession[language],
      contactEvery: example.contactEvery,
      checklistScore: example.check ? checklistScore(example.check.answers) : '',
      checkedOn: example.check ? dayBefore(today, example.check.daysAgo) : '',
      referralsGiven: example.referralsGiven,
      referralsReceived: example.referralsReceived,
      notes: language === 'de' ? 'Beispiel: löschen, wenn nicht mehr gebraucht' : 'Example: delete when no longer needed',
    };
    return PARTNER_COLUMNS.map((column) => input[column.key] ?? '');
  });
}

/** The example partners' latest checks, in CHECK_COLUMNS order: they agree with the score and date in the Partners rows. */
export function exampleCheckRows(today: Date): TrackerCell[][] {
  return EXAMPLE_PARTNERS.flatMap((example) =>
    example.check
      ? [[dayBefore(today, example.check.daysAgo), example.partner, ...example.check.answers, checklistScore(example.check.answers)]]
      : [],
  );
}

/** The example meeting rows, in MEETING_COLUMNS order. */
export function exampleMeetingRows(language: Language, today: Date): TrackerCell[][] {
  return EXAMPLE_MEETINGS.map((meeting) => [
    dayBefore(today, meeting.daysAgo),
    meeting.partner,
    meeting.hours,
    MEETING_KINDS[language][meeting.kind],
    meeting.notes[language],
  ]);
}

// ---------------------------------------------------------------------------
// Sheet layouts: everything a host writes for a new tracker, host-neutral
// ---------------------------------------------------------------------------

export interface ColumnLayout {
  key: string;
  header: string;
  /** Sheets: the computed column's array formula in the header cell, else the header is plain text. */
  headerFormula?: string;
  /** Excel: the computed column's calculated-column formula, the same for every row. */
  rowFormula?: string;
  numberFormat: string;
  /** Pixels. */
  width: number;
  validation?: { rule: ValidationRule; help: ColumnValidation['help'] };
}

export interface SheetLayout {
  sheet: TrackerSheet;
  name: string;
  /** Excel table name. */
  table: string;
  columns: ColumnLayout[];
  /** Input values of the data rows (computed cells are ""), as many as there are example rows. */
  rows: TrackerCell[][];
  /** Data rows to lay out below the header: Sheets sets formats and validation this far; the formulas cover every row. */
  dataRows: number;
  frozenColumns: number;
}

export interface TrackerLayoutOptions {
  dialect: Dialect;
  language: Language;
  names: TrackerNamePlan;
  withExamples: boolean;
  today: Date;
}

function columnLayouts(
  columns: readonly ColumnDeclaration[],
  formats: Record<string, ColumnFormat>,
  sheet: TrackerSheet,
  options: TrackerLayoutOptions,
): ColumnLayout[] {
  const { dialect, language } = options;
  const formulaNames = dialect === 'sheets' ? options.names.sheets : options.names.tables;
  return columns.map((column) => {
    const format = formats[column.key] ?? 'text';
    const layout: ColumnLayout = {
      key: column.key,
      header: column.header[language],
      numberFormat: numberFormatPattern(format, language),
      width: columnWidth(column.key, format),
    };
    const computed = sheet === 'partners' && PARTNER_FORMULAS[column.key as PartnerColumnKey] !== undefined;
    if (computed) {
      const text = partnerFormula(column.key as PartnerColumnKey, dialect, language, formulaNames);
      if (dialect === 'sheets') layout.headerFormula = text;
      else layout.rowFormula = text;
    }
    const validation = TRACKER_VALIDATIONS.find((candidate) => candidate.sheet === sheet && candidate.column === column.key);
    if (validation) layout.validation = { rule: validationRuleFor(validation, language), help: validation.help };
    return layout;
  });
}

/** The three sheets of a new tracker as the given host writes them. */
export function trackerLayouts(options: TrackerLayoutOptions): SheetLayout[] {
  const { dialect, language, names, withExamples, today } = options;
  const partnerRows = withExamples ? examplePartnerRows(language, today) : [];
  const meetingRows = withExamples ? exampleMeetingRows(language, today) : [];
  const checkRows = withExamples ? exampleCheckRows(today) : [];
  // Excel tables grow by themselves and always hold at least one data row.
  const dataRows = (rows: unknown[]) => (dialect === 'sheets' ? SHEETS_TRACKER_ROWS - 1 : Math.max(rows.length, 1));
  const checkFormats: Record<string, ColumnFormat> = { date: 'date', score: 'wholeNumber' };
  return [
    {
      sheet: 'partners',
      name: names.sheets.partners,
      table: names.tables.partners,
      columns: columnLayouts(PARTNER_COLUMNS, PARTNER_FORMATS, 'partners', options),
      rows: partnerRows,
      dataRows: dataRows(partnerRows),
      frozenColumns: 1,
    },
    {
      sheet: 'meetings',
      name: names.sheets.meetings,
      table: names.tables.meetings,
      columns: columnLayouts(MEETING_COLUMNS, MEETING_FORMATS, 'meetings', options),
      rows: meetingRows,
      dataRows: dataRows(meetingRows),
      frozenColumns: 0,
    },
    {
      sheet: 'checks',
      name: names.sheets.checks,
      table: names.tables.checks,
      columns: columnLayouts(CHECK_COLUMNS, checkFormats, 'checks', options).map((column) =>
        CHECKLIST.some((question) => question.id === column.key) ? { ...column, width: 110 } : column,
      ),
      rows: checkRows,
      dataRows: dataRows(checkRows),
      frozenColumns: 0,
    },
  ];
}
