/**
 * Reading a tracker from plain cell grids, so Sheets, Excel and the preview
 * share one implementation: each host reads its sheets' values and hands
 * them over as grids (header row first).
 *
 * Sheets are recognised by their header row (row 1, either language), not by
 * name: a tracker keeps working when a sheet is renamed or was created under
 * a fresh name beside an existing one. Partners are found by the tracker's
 * one name-matching rule (partner-names.ts).
 */
import { CHECKLIST } from '../checklist';
import type { IsoDate } from '../dates';
import { LANGUAGES } from '../language';
import { SHEET_NAMES } from '../messages/tracker-layout';
import { partnerKey, samePartnerName, tidyPartnerName } from '../partner-names';
import {
  CHECK_COLUMNS,
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  columnByKey,
  findColumn,
  type MeetingColumnKey,
  type PartnerColumnKey,
  type TrackerSheet,
} from './columns';

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

function partnerColumn(key: PartnerColumnKey) {
  return columnByKey(PARTNER_COLUMNS, key);
}

function checkColumn(key: string) {
  return columnByKey(CHECK_COLUMNS, key);
}

/**
 * Column indexes the checklist reads in a Partners sheet: the four it needs
 * (else the sheet is no Partners sheet), and those the partner card uses
 * where the header has them (-1 where not).
 */
export interface PartnerColumns {
  partner: number;
  hoursTogether: number;
  lastContact: number;
  checklistScore: number;
  checkedOn: number;
  nextContactDue: number;
  referralsGiven: number;
  referralsReceived: number;
}

export function partnerColumns(header: readonly HostCell[]): PartnerColumns | null {
  const required = PARTNER_KEYS.map((key) => findColumn(header, partnerColumn(key)));
  if (required.some((index) => index < 0)) return null;
  const [partner, hoursTogether, checklistScore, checkedOn] = required;
  const optional = (key: PartnerColumnKey) => findColumn(header, partnerColumn(key));
  return {
    partner,
    hoursTogether,
    lastContact: optional('lastContact'),
    checklistScore,
    checkedOn,
    nextContactDue: optional('nextContactDue'),
    referralsGiven: optional('referralsGiven'),
    referralsReceived: optional('referralsReceived'),
  };
}

/** Column indexes of a meeting log: date, partner and hours, or null when the header lacks one. */
export interface MeetingColumns {
  date: number;
  partner: number;
  hours: number;
}

export function meetingColumns(header: readonly HostCell[]): MeetingColumns | null {
  const [date, partner, hours] = (['date', 'partner', 'hours'] as const).map((key: MeetingColumnKey) =>
    findColumn(header, columnByKey(MEETING_COLUMNS, key)),
  );
  return date < 0 || partner < 0 || hours < 0 ? null : { date, partner, hours };
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

const COLUMNS_OF: Record<TrackerSheet, (header: readonly HostCell[]) => object | null> = {
  partners: partnerColumns,
  meetings: meetingColumns,
  checks: checkColumns,
};

/**
 * The tracker's sheets of one kind, best first: the preferred sheet (the one
 * the selection or a saved location points at), then sheets with the
 * tracker's own name in either language, then any other with matching headers.
 */
export function trackerSheetsByPreference(sheets: readonly SheetHeader[], kind: TrackerSheet, preferred?: string | null): string[] {
  const matches = sheets.filter((sheet) => COLUMNS_OF[kind](sheet.header) !== null);
  const ownNames = new Set(LANGUAGES.map((language) => SHEET_NAMES[language][kind]));
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

/** A tracker sheet's values (header row first) and the columns found in its header. */
export interface LoadedSheet<Columns> {
  name: string;
  values: HostGrid;
  columns: Columns;
}

/** What a host has read of the tracker: Partners-like sheets in preference order, the Checks sheet and the meeting log if any. */
export interface TrackerView {
  partners: LoadedSheet<PartnerColumns>[];
  checks: LoadedSheet<CheckColumns> | null;
  /** Read only when loading a partner for the card; a save leaves it out. */
  meetings?: LoadedSheet<MeetingColumns> | null;
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

export function loadedMeetings(name: string, values: HostGrid): LoadedSheet<MeetingColumns> | null {
  const columns = values.length ? meetingColumns(values[0]) : null;
  return columns ? { name, values, columns } : null;
}

/**
 * The sheets that hold the tracker, found by their header rows: Partners-like
 * sheets best first, the best Checks sheet, and the best meeting log when asked for.
 */
export interface TrackerSheets {
  partners: string[];
  checks: string | null;
  meetings?: string | null;
}

/** Which sheets to read for the checklist: step one of reading the tracker, before any values are read. */
export function findTrackerSheets(headers: readonly SheetHeader[], preferredPartners?: string | null, withMeetings = false): TrackerSheets {
  // Sheet names are never empty.
  const best = (kind: TrackerSheet) => trackerSheetsByPreference(headers, kind)[0] || null;
  const found: TrackerSheets = { partners: trackerSheetsByPreference(headers, 'partners', preferredPartners), checks: best('checks') };
  if (withMeetings) found.meetings = best('meetings');
  return found;
}

/**
 * Step two: the tracker from the values of the sheets found (header row
 * first). A sheet whose values are missing (gone since), or whose header no
 * longer matches, is left out.
 */
export function trackerViewOf(found: TrackerSheets, valuesOf: (name: string) => HostGrid | null): TrackerView {
  const view: TrackerView = {
    partners: found.partners.map((name) => loadedPartners(name, valuesOf(name) || [])).filter((sheet) => sheet !== null),
    checks: found.checks === null ? null : loadedChecks(found.checks, valuesOf(found.checks) || []),
  };
  if (found.meetings !== undefined)
    view.meetings = found.meetings === null ? null : loadedMeetings(found.meetings, valuesOf(found.meetings) || []);
  return view;
}

/**
 * Reads the tracker in one go, for a host that reads synchronously (Sheets,
 * the preview): the sheets found by `headers`, then their values.
 */
export function readTrackerView(
  headers: readonly SheetHeader[],
  valuesOf: (name: string) => HostGrid | null,
  preferredPartners?: string | null,
  withMeetings = false,
): TrackerView {
  return trackerViewOf(findTrackerSheets(headers, preferredPartners, withMeetings), valuesOf);
}
