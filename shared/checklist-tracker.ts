/**
 * The checklist's reading and writing of the tracker, on plain cell grids, so
 * Sheets and Excel share one implementation. Each host reads the grids, passes
 * them here with a converter for its date cells, and writes what comes back.
 *
 * Sheets are recognised by their header row (row 1, either language), not by
 * name: a tracker keeps working when a sheet is renamed or was created under
 * a fresh name beside an existing one.
 */
import { partnerKey, samePartnerName, tidyPartnerName } from './partner-names';
import { CHECKLIST, CHECKLIST_SIZE, checklistScore } from './checklist';
import { toAnswer, toHours, toScore, type CellValue } from './cells';
import { textRuns, type TextRun } from './cell-writes';
import { LANGUAGES, type Language } from './language';
import {
  PortError,
  validateCheck,
  type ChecklistContext,
  type IsoDate,
  type PartnerLocation,
  type PartnerSnapshot,
  type PreviousCheck,
  type SavedCheck,
} from './port';
import { CHECK_COLUMNS, PARTNER_COLUMNS, SHEET_NAMES, columnByKey, findColumn, type TrackerSheet } from './tracker';

/** A host's cell value: what getValues (Sheets) or range.values (Excel) hands over. */
export type HostCell = unknown;
export type HostGrid = HostCell[][];

/** Reads a date cell as an IsoDate, or null when the cell holds no date. Dates are host-specific. */
export type DateReader = (cell: HostCell) => IsoDate | null;

/** A sheet's name and header row, for telling the tracker's sheets apart. */
export interface SheetHeader {
  name: string;
  header: readonly HostCell[];
}

const PARTNER_KEYS = ['partner', 'hoursTogether', 'checklistScore', 'checkedOn'] as const;

function partnerColumn(key: (typeof PARTNER_COLUMNS)[number]['key']) {
  return columnByKey(PARTNER_COLUMNS, key);
}

function checkColumn(key: string) {
  return columnByKey(CHECK_COLUMNS, key);
}

/** Column indexes the checklist needs in a Partners sheet, or null when the header lacks one. */
export interface PartnerColumns {
  partner: number;
  hoursTogether: number;
  lastContact: number;
  checklistScore: number;
  checkedOn: number;
}

export function partnerColumns(header: readonly HostCell[]): PartnerColumns | null {
  const required = PARTNER_KEYS.map((key) => findColumn(header, partnerColumn(key)));
  if (required.some((index) => index < 0)) return null;
  const [partner, hoursTogether, checklistScore, checkedOn] = required;
  return { partner, hoursTogether, lastContact: findColumn(header, partnerColumn('lastContact')), checklistScore, checkedOn };
}

/** Column indexes of a Checks sheet: date, partner, the nine answers in CHECKLIST order, score. */
export interface CheckColumns {
  date: number;
  partner: number;
  answers: number[];
  score: number;
}

export function checkColumns(header: readonly HostCell[]): CheckColumns | null {
  const date = findColumn(header, checkColumn('date'));
  const partner = findColumn(header, checkColumn('partner'));
  const score = findColumn(header, checkColumn('score'));
  const answers = CHECKLIST.map((question) => findColumn(header, checkColumn(question.id)));
  if (date < 0 || partner < 0 || score < 0 || answers.some((index) => index < 0)) return null;
  return { date, partner, answers, score };
}

/**
 * The tracker's sheets of one kind, best first: the preferred sheet (the one
 * the selection or a saved location points at), then sheets with the
 * tracker's own name in either language, then any other with matching headers.
 */
export function trackerSheetsByPreference(sheets: readonly SheetHeader[], kind: 'partners' | 'checks', preferred?: string | null): string[] {
  const matches = sheets.filter((sheet) => (kind === 'partners' ? partnerColumns(sheet.header) : checkColumns(sheet.header)) !== null);
  const ownNames = new Set(LANGUAGES.map((language) => SHEET_NAMES[language][kind as TrackerSheet]));
  const rank = (name: string) => (name === preferred ? 0 : ownNames.has(name) ? 1 : 2);
  return matches
    .map((sheet, index) => ({ name: sheet.name, rank: rank(sheet.name), index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((sheet) => sheet.name);
}

/** True when the cell names the partner, by the tracker's one matching rule (partner-names.ts). */
export function samePartner(cell: HostCell, name: string): boolean {
  return (typeof cell === 'string' || typeof cell === 'number') && samePartnerName(cell, name);
}

function nameIn(cell: HostCell): string {
  return tidyPartnerName(cell);
}

/** Partner names in sheet order, without blanks or repeats (values include the header row). */
export function partnerNames(values: HostGrid, columns: PartnerColumns): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const row of values.slice(1)) {
    const name = nameIn(row[columns.partner]);
    const key = partnerKey(name);
    if (name && !seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}

/** The partner name in a 1-based sheet row, or '' when the row is the header, empty or outside the values. */
export function partnerAtRow(values: HostGrid, columns: PartnerColumns, row: number): string {
  if (row < 2 || row > values.length) return '';
  return nameIn(values[row - 1][columns.partner]);
}

/**
 * The 1-based row holding the partner: the hinted row when it still holds that
 * name, else the first row with that name, else 0.
 */
export function findPartnerRow(values: HostGrid, columns: PartnerColumns, name: string, hintRow?: number | null): number {
  if (hintRow && hintRow >= 2 && hintRow <= values.length && samePartner(values[hintRow - 1][columns.partner], name)) return hintRow;
  for (let index = 1; index < values.length; index++) {
    if (samePartner(values[index][columns.partner], name)) return index + 1;
  }
  return 0;
}

/** A cell read with one of the sheet functions' coercions; null when it is blank or not readable. */
function readWith<T>(parse: (value: CellValue) => T | '', cell: HostCell): T | null {
  try {
    const value = parse(cell as CellValue);
    return value === '' ? null : value;
  } catch {
    return null;
  }
}

const readHours = (cell: HostCell) => readWith(toHours, cell);
const readAnswer = (cell: HostCell) => readWith(toAnswer, cell);
const readScore = (cell: HostCell) => readWith(toScore, cell);

/**
 * The partner's latest check in a Checks sheet (values include the header
 * row): the latest date, and of several on that date the row furthest down,
 * which was appended last. Rows without a readable date are skipped.
 */
export function latestCheck(values: HostGrid, columns: CheckColumns, name: string, readDate: DateReader): PreviousCheck | null {
  let latest: PreviousCheck | null = null;
  for (const row of values.slice(1)) {
    if (!samePartner(row[columns.partner], name)) continue;
    const checkedOn = readDate(row[columns.date]);
    if (!checkedOn || (latest && checkedOn < latest.checkedOn)) continue;
    const answers = columns.answers.map((index) => readAnswer(row[index]));
    const score = readScore(row[columns.score]) ?? checklistScore(answers.map((answer) => answer === true));
    latest = { checkedOn, answers, score };
  }
  return latest;
}

/** The partner of a 1-based row, as the checklist shows it. */
export function partnerSnapshot(
  values: HostGrid,
  columns: PartnerColumns,
  location: PartnerLocation,
  previousCheck: PreviousCheck | null,
  readDate: DateReader,
): PartnerSnapshot {
  const row = values[location.row - 1];
  return {
    name: nameIn(row[columns.partner]),
    hours: readHours(row[columns.hoursTogether]),
    lastContact: columns.lastContact >= 0 ? readDate(row[columns.lastContact]) : null,
    previousCheck,
    location,
  };
}

/** One cell to write in the partner's row: a 0-based column and its value. */
export interface CellWrite<Value> {
  column: number;
  value: Value;
}

/** Cells written into a partner's row, in column order: Checklist score and Checked on, nothing else. */
export function partnerRowWrites<DateValue>(columns: PartnerColumns, score: number, date: DateValue): CellWrite<number | DateValue>[] {
  const writes: CellWrite<number | DateValue>[] = [
    { column: columns.checklistScore, value: score },
    { column: columns.checkedOn, value: date },
  ];
  return writes.sort((a, b) => a.column - b.column);
}

/** Groups writes into runs of adjacent columns, so each run is one range write. */
export function adjacentRuns<Value>(writes: readonly CellWrite<Value>[]): { column: number; values: Value[] }[] {
  const runs: { column: number; values: Value[] }[] = [];
  for (const write of writes) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.values.length === write.column) last.values.push(write.value);
    else runs.push({ column: write.column, values: [write.value] });
  }
  return runs;
}

/** The row appended to the Checks sheet, as wide as its header; columns the checklist does not own stay blank. */
export function checkRow<DateValue>(
  width: number,
  columns: CheckColumns,
  partner: string,
  answers: readonly boolean[],
  date: DateValue,
): (string | number | boolean | DateValue)[] {
  if (answers.length !== CHECKLIST_SIZE) throw new PortError({ kind: 'invalidCheck', detail: `all ${CHECKLIST_SIZE} questions need a yes or no` });
  const row: (string | number | boolean | DateValue)[] = new Array(width).fill('');
  row[columns.date] = date;
  row[columns.partner] = partner;
  columns.answers.forEach((index, question) => (row[index] = answers[question]));
  row[columns.score] = checklistScore(answers);
  return row;
}

/** Text cells holding a date as "YYYY-MM-DD" (typed as text, or written by a preview). */
export function isoDateFromText(cell: HostCell): IsoDate | null {
  return typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell.trim()) ? cell.trim() : null;
}

/** A tracker sheet's values (header row first) and the columns found in its header. */
export interface LoadedSheet<Columns> {
  name: string;
  values: HostGrid;
  columns: Columns;
}

/** What a host has read of the tracker: Partners-like sheets in preference order, and the Checks sheet if any. */
export interface TrackerView {
  partners: LoadedSheet<PartnerColumns>[];
  checks: LoadedSheet<CheckColumns> | null;
}

/** Reads a loaded sheet, or null when its header is not the kind asked for. */
export function loadedPartners(name: string, values: HostGrid): LoadedSheet<PartnerColumns> | null {
  const columns = values.length ? partnerColumns(values[0]) : null;
  return columns ? { name, values, columns } : null;
}

export function loadedChecks(name: string, values: HostGrid): LoadedSheet<CheckColumns> | null {
  const columns = values.length ? checkColumns(values[0]) : null;
  return columns ? { name, values, columns } : null;
}

/** The sheets that hold the tracker, found by their header rows: Partners-like sheets best first, and the best Checks sheet. */
export interface TrackerSheets {
  partners: string[];
  checks: string | null;
}

/** Which sheets to read for the checklist: step one of reading the tracker, before any values are read. */
export function findTrackerSheets(headers: readonly SheetHeader[], preferredPartners?: string | null): TrackerSheets {
  return {
    partners: trackerSheetsByPreference(headers, 'partners', preferredPartners),
    // Sheet names are never empty.
    checks: trackerSheetsByPreference(headers, 'checks')[0] || null,
  };
}

/**
 * Step two: the tracker from the values of the sheets found (header row
 * first). A sheet whose values are missing (gone since), or whose header no
 * longer matches, is left out.
 */
export function trackerViewOf(found: TrackerSheets, valuesOf: (name: string) => HostGrid | null): TrackerView {
  return {
    partners: found.partners.map((name) => loadedPartners(name, valuesOf(name) || [])).filter((sheet) => sheet !== null),
    checks: found.checks === null ? null : loadedChecks(found.checks, valuesOf(found.checks) || []),
  };
}

/**
 * Reads the tracker in one go, for a host that reads synchronously (Sheets,
 * the preview): the sheets found by `headers`, then their values.
 */
export function readTrackerView(
  headers: readonly SheetHeader[],
  valuesOf: (name: string) => HostGrid | null,
  preferredPartners?: string | null,
): TrackerView {
  return trackerViewOf(findTrackerSheets(headers, preferredPartners), valuesOf);
}

function requirePartners(view: TrackerView): LoadedSheet<PartnerColumns>[] {
  if (view.partners.length === 0) throw new PortError({ kind: 'noTracker' });
  return view.partners;
}

function snapshotAt(view: TrackerView, sheet: LoadedSheet<PartnerColumns>, row: number, readDate: DateReader): PartnerSnapshot {
  const name = partnerAtRow(sheet.values, sheet.columns, row);
  const previous = view.checks ? latestCheck(view.checks.values, view.checks.columns, name, readDate) : null;
  return partnerSnapshot(sheet.values, sheet.columns, { sheet: sheet.name, row }, previous, readDate);
}

/** The partner's row: at the hinted place if it still holds the name, else the first row with that name, sheets in view order. */
export function locatePartner(view: TrackerView, name: string, hint?: PartnerLocation | null): { sheet: LoadedSheet<PartnerColumns>; row: number } {
  const sheets = requirePartners(view);
  const hinted = hint ? sheets.find((sheet) => sheet.name === hint.sheet) : undefined;
  if (hinted && hint) {
    const row = findPartnerRow(hinted.values, hinted.columns, name, hint.row);
    if (row === hint.row) return { sheet: hinted, row };
  }
  for (const sheet of sheets) {
    const row = findPartnerRow(sheet.values, sheet.columns, name);
    if (row > 0) return { sheet, row };
  }
  throw new PortError({ kind: 'partnerNotFound', partner: name });
}

/** The checklist context: the partner list of the first Partners sheet, and the partner of the selected row if it is one. */
export function checklistContextOf(
  view: TrackerView,
  selection: PartnerLocation | null,
  language: Language,
  readDate: DateReader,
): ChecklistContext {
  const sheets = requirePartners(view);
  const selectedSheet = selection ? sheets.find((sheet) => sheet.name === selection.sheet) : undefined;
  const listed = selectedSheet ?? sheets[0];
  const selected =
    selectedSheet && selection && partnerAtRow(selectedSheet.values, selectedSheet.columns, selection.row)
      ? snapshotAt(view, selectedSheet, selection.row, readDate)
      : null;
  return { language, partners: partnerNames(listed.values, listed.columns), selected };
}

/** One partner by name. */
export function partnerByName(view: TrackerView, name: string, readDate: DateReader): PartnerSnapshot {
  const trimmed = String(name ?? '').trim();
  if (!trimmed) throw new PortError({ kind: 'invalidCheck', detail: 'choose a partner from the list' });
  const found = locatePartner(view, trimmed);
  return snapshotAt(view, found.sheet, found.row, readDate);
}

/** Everything a save writes, decided before anything is written. */
export interface SavePlan<DateValue> {
  partnerSheet: string;
  /** 1-based row of the partner. */
  row: number;
  /** Runs of adjacent cells in that row: 0-based column and values (numbers and dates only, never text). */
  partnerRuns: { column: number; values: (number | DateValue)[] }[];
  checksSheet: string;
  /** The row to append to the Checks sheet, as wide as its header. */
  checkRow: (string | number | boolean | DateValue)[];
  /** Where checkRow goes: the 1-based sheet row below the last row read (the header is row 1). */
  checkRowNumber: number;
  /** The text cells of checkRow (the partner's name): formatted as text before the row is written (shared/cell-writes.ts). */
  checkRowText: TextRun[];
  saved: SavedCheck;
}

export interface SaveOptions {
  /** Today as the document counts it, when the host knows it (Sheets: the spreadsheet's time zone); it wins over the check's date. */
  today?: IsoDate;
}

/**
 * Plans a save: finds the partner (by hint, else by name), the Checks sheet,
 * and the cells to write. Throws a PortError, before anything is written, when
 * the check is invalid, the partner is gone or there is no Checks sheet.
 */
export function planSave<DateValue>(
  view: TrackerView,
  input: unknown,
  dateCell: (date: IsoDate) => DateValue,
  options: SaveOptions = {},
): SavePlan<DateValue> {
  const check = validateCheck(input);
  const { sheet, row } = locatePartner(view, check.partner, check.location);
  if (!view.checks) throw new PortError({ kind: 'noChecksSheet' });
  const name = partnerAtRow(sheet.values, sheet.columns, row);
  const score = checklistScore(check.answers);
  const checkedOn = options.today ?? check.checkedOn;
  const date = dateCell(checkedOn);
  const historyRow = checkRow(view.checks.values[0].length, view.checks.columns, name, check.answers, date);
  return {
    partnerSheet: sheet.name,
    row,
    partnerRuns: adjacentRuns(partnerRowWrites(sheet.columns, score, date)),
    checksSheet: view.checks.name,
    checkRow: historyRow,
    checkRowNumber: view.checks.values.length + 1,
    checkRowText: textRuns(historyRow),
    saved: { partner: name, checkedOn, score, location: { sheet: sheet.name, row } },
  };
}
