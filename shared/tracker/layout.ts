/**
 * Everything a host writes for a new tracker, host-neutral: each column's
 * header, formula (per dialect), number format, width and data validation,
 * and the example rows. Sheets and Excel turn a SheetLayout into their own
 * calls; the preview lays out its workbook from the Sheets dialect.
 */
import { CHECKLIST } from '../checklist';
import type { Language } from '../language';
import { MEETING_KINDS } from '../messages/tracker-layout';
import {
  CHECK_COLUMNS,
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  type ColumnDeclaration,
  type MeetingColumnKey,
  type PartnerColumnKey,
  type TrackerCell,
  type TrackerSheet,
} from './columns';
import { exampleCheckRows, exampleMeetingRows, examplePartnerRows } from './examples';
import { isComputedColumn, type FormulaDialect, type FormulaPlaces } from './formulas';
import type { TrackerNamePlan } from './names';

export { MEETING_KINDS };

/** Rows of each tracker sheet in Sheets when created, header included: formats and validation are laid out this far. */
export const SHEETS_TRACKER_ROWS = 1000;

export type ColumnFormat = 'text' | 'hours' | 'percent' | 'date' | 'wholeNumber' | 'boolean';

export const PARTNER_FORMATS: Record<PartnerColumnKey, ColumnFormat> = {
  partner: 'text',
  nextStep: 'text',
  company: 'text',
  profession: 'text',
  email: 'text',
  hoursTogether: 'hours',
  recentHours: 'hours',
  stage: 'text',
  progress: 'percent',
  hoursToNext: 'hours',
  nextStageBy: 'date',
  vcpPhase: 'text',
  lastContact: 'date',
  contactEvery: 'wholeNumber',
  nextContactDue: 'date',
  checklistScore: 'wholeNumber',
  checkedOn: 'date',
  referralReady: 'boolean',
  referralsGiven: 'wholeNumber',
  referralsReceived: 'wholeNumber',
  givenBalance: 'wholeNumber',
  notes: 'text',
};

export const MEETING_FORMATS: Record<MeetingColumnKey, ColumnFormat> = {
  date: 'date',
  partner: 'text',
  hours: 'hours',
  kind: 'text',
  notes: 'text',
  source: 'text',
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

/** The fill of header cells, in both hosts: Sheets' own light grey. */
export const HEADER_BACKGROUND = '#e8eaed';

/** Column widths in pixels (Excel takes points: multiply by 0.75). */
const WIDTH_BY_FORMAT: Record<ColumnFormat, number> = {
  text: 140,
  hours: 110,
  percent: 90,
  date: 110,
  wholeNumber: 110,
  boolean: 120,
};

const WIDE_COLUMNS: Record<string, number> = {
  partner: 170,
  nextStep: 300,
  company: 160,
  stage: 150,
  vcpPhase: 130,
  notes: 260,
  kind: 150,
};

export function columnWidth(key: string, format: ColumnFormat): number {
  return WIDE_COLUMNS[key] ?? WIDTH_BY_FORMAT[format];
}

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
  /** SHEETS_DIALECT or EXCEL_DIALECT (formulas.ts). */
  dialect: FormulaDialect;
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
  const places: FormulaPlaces = {
    language,
    parts: dialect.name === 'sheets' ? options.names.sheets : options.names.tables,
    settings: options.names.settings,
  };
  return columns.map((column) => {
    const format = formats[column.key] ?? 'text';
    const layout: ColumnLayout = {
      key: column.key,
      header: column.header[language],
      numberFormat: numberFormatPattern(format, language),
      width: columnWidth(column.key, format),
    };
    if (sheet === 'partners' && isComputedColumn(column.key)) {
      const text = dialect.columnFormula(column.key, places);
      if (dialect.name === 'sheets') layout.headerFormula = text;
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
  const dataRows = (rows: unknown[]) => (dialect.name === 'sheets' ? SHEETS_TRACKER_ROWS - 1 : Math.max(rows.length, 1));
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
