/**
 * The partner tracker: its sheets and columns, in English and German.
 * Columns are found by header text in either language, so a tracker keeps
 * working when rows move or a German user opens an English tracker.
 */
import { CHECKLIST, checklistScore } from './checklist';
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
// Formulas. Each computed column is declared once below; the text for each
// host is rendered from that declaration in a dialect:
//  - 'sheets': plain function names and A1 references. Native formulas are
//    written per row (relative references follow their row when the sheet is
//    sorted). A catalog function is written once per column in the header
//    cell, as VSTACK("Header", FN(D2:D, …)): a custom function is a server round
//    trip per call in Sheets, so one range call per column keeps a
//    500-partner tracker fast, and the frozen header row stays put when the
//    rows below are sorted. VSTACK rather than an {…;…} literal: both mean
//    the same in Sheets, and VSTACK is also understood by the formula engine
//    the tests evaluate these formulas with.
//  - 'excel': NETWORK.-prefixed names and table structured references, one
//    calculated column per computed column (Excel batches custom functions
//    and fills calculated columns into new table rows by itself).
// ---------------------------------------------------------------------------

export type Dialect = 'sheets' | 'excel';

/** Rows of each tracker sheet in Sheets, header included; native formulas are prefilled down to this row. */
export const SHEETS_TRACKER_ROWS = 1000;

/** Where formulas find the tracker's parts: sheet names (Sheets) or table names (Excel). */
export type TrackerNames = Record<TrackerSheet, string>;

type PartnerRowFormula = (ref: FormulaReferences) => string;

interface CatalogColumnFormula {
  function: 'BONDSTAGE' | 'BONDPROGRESS' | 'HOURSTONEXT' | 'REFERRALREADY';
  /** Partner columns passed in order, then the stage language when `withLanguage`. */
  columns: readonly PartnerColumnKey[];
  withLanguage?: boolean;
}

export type PartnerFormula = { kind: 'row'; render: PartnerRowFormula } | ({ kind: 'catalog' } & CatalogColumnFormula);

/** References as one dialect writes them. */
export interface FormulaReferences {
  /** This row's cell of a partner column. */
  cell(key: PartnerColumnKey): string;
  /** A whole data column of the meeting log. */
  meetings(key: MeetingColumnKey): string;
}

export const PARTNER_FORMULAS: Partial<Record<PartnerColumnKey, PartnerFormula>> = {
  hoursTogether: {
    kind: 'row',
    render: (ref) =>
      `=IF(${ref.cell('partner')}="","",SUMIF(${ref.meetings('partner')},${ref.cell('partner')},${ref.meetings('hours')}))`,
  },
  stage: { kind: 'catalog', function: 'BONDSTAGE', columns: ['hoursTogether'], withLanguage: true },
  progress: { kind: 'catalog', function: 'BONDPROGRESS', columns: ['hoursTogether'] },
  hoursToNext: { kind: 'catalog', function: 'HOURSTONEXT', columns: ['hoursTogether'] },
  // COUNTIF first: MAXIFS gives 0 (a date in 1899) for a partner without meetings.
  lastContact: {
    kind: 'row',
    render: (ref) =>
      `=IF(${ref.cell('partner')}="","",IF(COUNTIF(${ref.meetings('partner')},${ref.cell('partner')})=0,"",` +
      `MAXIFS(${ref.meetings('date')},${ref.meetings('partner')},${ref.cell('partner')})))`,
  },
  nextContactDue: {
    kind: 'row',
    render: (ref) =>
      `=IF(OR(${ref.cell('lastContact')}="",${ref.cell('contactEvery')}=""),"",${ref.cell('lastContact')}+${ref.cell('contactEvery')})`,
  },
  referralReady: { kind: 'catalog', function: 'REFERRALREADY', columns: ['hoursTogether', 'checklistScore'] },
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

/** The references of one dialect, for the partner row `row` (1-based, Sheets only). */
export function formulaReferences(dialect: Dialect, language: Language, names: TrackerNames, row = 2): FormulaReferences {
  if (dialect === 'sheets') {
    const meetingsSheet = sheetReference(names.meetings);
    return {
      cell: (key) => `$${columnLetter(partnerIndex(key))}${row}`,
      meetings: (key) => {
        const letter = columnLetter(meetingIndex(key));
        return `${meetingsSheet}!$${letter}$2:$${letter}`;
      },
    };
  }
  return {
    cell: (key) => `[@${structuredColumn(columnByKey(PARTNER_COLUMNS, key).header[language])}]`,
    meetings: (key) => `${names.meetings}[${structuredColumn(columnByKey(MEETING_COLUMNS, key).header[language])}]`,
  };
}

/** Prefix of the catalog functions in Excel, where they live in the add-in's namespace. */
export const EXCEL_FUNCTION_NAMESPACE = 'NETWORK';

/**
 * The formula of a catalog column. Sheets: the header cell's formula, the
 * header text stacked on one range call over the column (`=VSTACK("Stage",BONDSTAGE(D2:D,"en"))`).
 * Excel: the calculated column's formula for every row.
 */
export function catalogColumnFormula(
  declaration: CatalogColumnFormula,
  dialect: Dialect,
  language: Language,
  names: TrackerNames,
  header: string,
): string {
  const args =
    dialect === 'sheets'
      ? declaration.columns.map((key) => {
          const letter = columnLetter(partnerIndex(key));
          return `${letter}2:${letter}`;
        })
      : declaration.columns.map((key) => formulaReferences('excel', language, names).cell(key));
  if (declaration.withLanguage) args.push(textLiteral(language));
  if (dialect === 'sheets') return `=VSTACK(${textLiteral(header)},${declaration.function}(${args.join(',')}))`;
  return `=${EXCEL_FUNCTION_NAMESPACE}.${declaration.function}(${args.join(',')})`;
}

/** The formula of a computed partner column for one dialect (the Sheets row formula for row `row`). */
export function partnerFormula(key: PartnerColumnKey, dialect: Dialect, language: Language, names: TrackerNames, row = 2): string {
  const declaration = PARTNER_FORMULAS[key];
  if (!declaration) throw new Error(`${key} is not a computed column`);
  if (declaration.kind === 'row') return declaration.render(formulaReferences(dialect, language, names, row));
  return catalogColumnFormula(declaration, dialect, language, names, columnByKey(PARTNER_COLUMNS, key).header[language]);
}

/**
 * The header text of a Sheets header formula written by catalogColumnFormula
 * (`=VSTACK("Stage",…)` or the equivalent `={"Stage";…}` gives Stage), or
 * undefined for any other formula. Sheets
 * shows it as the header's value too; reading it from the formula also works
 * while the column is still calculating or blocked.
 */
export function headerOfColumnFormula(formula: unknown): string | undefined {
  const match = /^=\s*(?:\{|VSTACK\()\s*"((?:[^"]|"")*)"\s*[;,]/i.exec(String(formula ?? ''));
  return match ? match[1].replace(/""/g, '"') : undefined;
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
  /** Formula of the header cell (Sheets catalog columns), else the header is plain text. */
  headerFormula?: string;
  /** Formula of each data row (1-based sheet row; Excel formulas are the same for every row). */
  rowFormula?: (row: number) => string;
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
  /** Data rows to lay out below the header: Sheets prefills formulas and validation this far. */
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
    const formula = sheet === 'partners' ? PARTNER_FORMULAS[column.key as PartnerColumnKey] : undefined;
    if (formula?.kind === 'row') {
      layout.rowFormula = (row) => partnerFormula(column.key as PartnerColumnKey, dialect, language, formulaNames, row);
    } else if (formula?.kind === 'catalog') {
      const text = catalogColumnFormula(formula, dialect, language, formulaNames, layout.header);
      if (dialect === 'sheets') layout.headerFormula = text;
      else layout.rowFormula = () => text;
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
