/**
 * The checklist's side of the tracker, on plain cell grids, so Sheets, Excel
 * and the preview share one implementation: what the checklist shows of a
 * partner (read → snapshot) and what a save writes (read → plan → write).
 * Each host reads the grids (tracker/reading.ts), passes them here with a
 * converter for its date cells, and writes what comes back.
 */
import { CHECKLIST_SIZE, checklistScore } from './checklist';
import { toAnswer, toHours, toScore, type CellValue } from './cells';
import { textRuns, type TextRun } from './cell-writes';
import { isoDateOfDay, type IsoDate } from './dates';
import type { Language } from './language';
import { tidyPartnerName } from './partner-names';
import { recentMeetingHours } from './tracker/recent-hours';
import { planTableAppend, type TablePlace } from './tracker/table-rows';
import { DEFAULT_CARD_SETTINGS, cardSettingsOf, settingValuesOfSheet, settingsSheetFor, type SettingValues } from './tracker/card-settings';
import {
  PortError,
  validateCheck,
  type ChecklistContext,
  type PartnerLocation,
  type PartnerSnapshot,
  type PreviousCheck,
  type SavedCheck,
} from './port';
import {
  findPartnerRow,
  partnerAtRow,
  partnerNames,
  samePartner,
  type CheckColumns,
  type DateReader,
  type HostCell,
  type HostGrid,
  type LoadedSheet,
  type MeetingColumns,
  type PartnerColumns,
  type TrackerView,
} from './tracker/reading';

// The tracker's reading, where hosts have imported it from so far.
export * from './tracker/reading';
export { isoDateFromText } from './dates';
export { recentMeetingHours } from './tracker/recent-hours';

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
/** A count such as referrals: a whole number of 0 or more, read as hours are (NEXTSTEP's rule for its counts). */
const readCount = (cell: HostCell) => {
  const count = readHours(cell);
  return count !== null && Number.isInteger(count) ? count : null;
};

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

/** Where the partner card's reads come from besides the partner's row: the day read on, and the meeting log if there is one. */
export interface SnapshotSources {
  /** Today where the document is; the runtime's today unless given. */
  today?: IsoDate;
  meetings?: LoadedSheet<MeetingColumns> | null;
  /** The values of the partner sheet's Settings; none: the defaults (a tracker without Settings). */
  settings?: SettingValues | null;
}

/** The partner of a 1-based row, as the checklist shows it. */
export function partnerSnapshot(
  values: HostGrid,
  columns: PartnerColumns,
  location: PartnerLocation,
  previousCheck: PreviousCheck | null,
  readDate: DateReader,
  sources: SnapshotSources = {},
): PartnerSnapshot {
  const row = values[location.row - 1];
  const name = tidyPartnerName(row[columns.partner]);
  const cell = (index: number) => (index >= 0 ? row[index] : undefined);
  const date = (index: number) => (index >= 0 ? readDate(row[index]) : null);
  const asOf = sources.today ?? isoDateOfDay(new Date());
  const { meetings } = sources;
  const reading = cardSettingsOf(sources.settings ?? {});
  const windowDays = (reading.settings ?? DEFAULT_CARD_SETTINGS).forecastDays;
  return {
    name,
    hours: readHours(row[columns.hoursTogether]),
    lastContact: date(columns.lastContact),
    previousCheck,
    location,
    asOf,
    recentHours: meetings ? recentMeetingHours(meetings.values, meetings.columns, name, readDate, asOf, windowDays) : null,
    score: readScore(cell(columns.checklistScore)),
    checkedOn: date(columns.checkedOn),
    nextContactDue: date(columns.nextContactDue),
    referralsGiven: readCount(cell(columns.referralsGiven)),
    referralsReceived: readCount(cell(columns.referralsReceived)),
    ...(reading.problem ? { settingsProblem: reading.problem } : { settings: reading.settings }),
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
  if (answers.length !== CHECKLIST_SIZE) throw new PortError({ kind: 'invalidCheck', reason: 'unanswered' });
  const row = new Array<string | number | boolean | DateValue>(width).fill('');
  row[columns.date] = date;
  row[columns.partner] = partner;
  columns.answers.forEach((index, question) => (row[index] = answers[question]));
  row[columns.score] = checklistScore(answers);
  return row;
}

function requirePartners(view: TrackerView): LoadedSheet<PartnerColumns>[] {
  if (view.partners.length === 0) throw new PortError({ kind: 'noTracker' });
  return view.partners;
}

function snapshotAt(
  view: TrackerView,
  sheet: LoadedSheet<PartnerColumns>,
  row: number,
  readDate: DateReader,
  today: IsoDate | undefined,
): PartnerSnapshot {
  const name = partnerAtRow(sheet.values, sheet.columns, row);
  const previous = view.checks ? latestCheck(view.checks.values, view.checks.columns, name, readDate) : null;
  const settingsSheet = settingsSheetFor(
    sheet.name,
    (view.settings ?? []).map((settings) => settings.name),
  );
  const settings = view.settings?.find((candidate) => candidate.name === settingsSheet);
  return partnerSnapshot(sheet.values, sheet.columns, { sheet: sheet.name, row }, previous, readDate, {
    today,
    meetings: view.meetings,
    settings: settings ? settingValuesOfSheet(settings.values) : null,
  });
}

/** The partner's row: at the hinted place if it still holds the name, else the first row with that name, sheets in view order. */
export function locatePartner(
  view: TrackerView,
  name: string,
  hint?: PartnerLocation | null,
): { sheet: LoadedSheet<PartnerColumns>; row: number } {
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

/**
 * The checklist context: the partner list of the first Partners sheet, and
 * the partner of the selected row if it is one. `today` is today where the
 * document is (the runtime's today unless given).
 */
export function checklistContextOf(
  view: TrackerView,
  selection: PartnerLocation | null,
  language: Language,
  readDate: DateReader,
  today?: IsoDate,
): ChecklistContext {
  const sheets = requirePartners(view);
  const selectedSheet = selection ? sheets.find((sheet) => sheet.name === selection.sheet) : undefined;
  const listed = selectedSheet ?? sheets[0];
  const selected =
    selectedSheet && selection && partnerAtRow(selectedSheet.values, selectedSheet.columns, selection.row)
      ? snapshotAt(view, selectedSheet, selection.row, readDate, today)
      : null;
  return { language, partners: partnerNames(listed.values, listed.columns), selected };
}

/** One partner by name; `today` as for checklistContextOf. */
export function partnerByName(view: TrackerView, name: string, readDate: DateReader, today?: IsoDate): PartnerSnapshot {
  const trimmed = String(name ?? '').trim();
  if (!trimmed) throw new PortError({ kind: 'invalidCheck', reason: 'noPartner' });
  const found = locatePartner(view, trimmed);
  return snapshotAt(view, found.sheet, found.row, readDate, today);
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
  /**
   * Where checkRow goes (1-based; the header is row 1): below the last row
   * read, or with a Checks table, its first blank row at the end, else just below it.
   */
  checkRowNumber: number;
  /** True when the Checks table grows by the row (it has no blank row left); false without a table. */
  checkRowGrowsTable: boolean;
  /** The text cells of checkRow (the partner's name): formatted as text before the row is written (shared/cell-writes.ts). */
  checkRowText: TextRun[];
  saved: SavedCheck;
}

export interface SaveOptions {
  /** Today as the document counts it, when the host knows it (Sheets: the spreadsheet's time zone); it wins over the check's date. */
  today?: IsoDate;
  /**
   * The Checks table, where the host appends through one (Excel): its place
   * and what its cells hold, in the coordinates of the Checks values.
   */
  checksTable?: { place: TablePlace; contents: HostGrid } | null;
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
  const table = options.checksTable;
  const append = table ? planTableAppend(table.place, table.contents, 1) : null;
  return {
    partnerSheet: sheet.name,
    row,
    partnerRuns: adjacentRuns(partnerRowWrites(sheet.columns, score, date)),
    checksSheet: view.checks.name,
    checkRow: historyRow,
    checkRowNumber: (append ? append.firstRow : view.checks.values.length) + 1,
    checkRowGrowsTable: append !== null && append.added > 0,
    checkRowText: textRuns(historyRow),
    saved: { partner: name, checkedOn, score, location: { sheet: sheet.name, row } },
  };
}
