/**
 * What the import writes into the tracker, planned before a host writes it.
 * Rules:
 * - the Meetings sheet is found by its header row (Date, Partner and Hours in
 *   either language), the tracker's own name first, by the one rule for every
 *   tracker sheet (trackerSheetsByPreference in tracker/reading.ts);
 * - columns it lacks (an older tracker has no Source) are added at its right
 *   end by the one rule for that, planMissingColumns, nothing else moved;
 * - a row whose Source is already in Meetings is not written again, so
 *   importing the same file twice adds nothing; the rows that arrive are
 *   checked first (a page out of date or not ours sends none that pass);
 * - the rows go below the last row read; into a table, they fill its blank
 *   rows first (an Excel tracker made without examples starts with one), by
 *   the one rule for that, planTableAppend;
 * - partners are written as the tracker spells them; every text cell
 *   (partner, kind, title, source) is written as text by the host
 *   (cell-writes.ts), so a title like "=HYPERLINK(…)" stays a title.
 */
import { cellText } from '../cells';
import { isIsoDate } from '../dates';
import { LANGUAGES, type Language } from '../language';
import { MEETING_HEADERS } from '../messages/tracker-layout';
import { partnerKey } from '../partner-names';
import { MEETING_COLUMNS, PARTNER_COLUMNS, columnByKey, findColumn, type MeetingColumnKey, type TrackerCell } from '../tracker/columns';
import { planMissingColumns } from '../tracker/missing-columns';
import { trackerSheetsByPreference, type HostGrid, type LoadedSheet, type PartnerColumns, type SheetHeader } from '../tracker/reading';
import { computedColumnsOf, planTableAppend, type TableAppend, type TablePlace } from '../tracker/table-rows';
import type { MeetingToImport } from './import-list';
import type { PartnerEntry } from './matching';
import { ImportError } from './problems';

function meetingColumn(key: MeetingColumnKey) {
  return columnByKey(MEETING_COLUMNS, key);
}

/** The Meetings sheet among the document's sheets, or null: its own name in either language first, then any with its header. */
export function findMeetingsSheet(headers: readonly SheetHeader[]): string | null {
  // Sheet names are never empty.
  return trackerSheetsByPreference(headers, 'meetings')[0] || null;
}

/** The Source values of a Meetings sheet (values with the header row first), trimmed, without blanks. */
export function meetingSources(values: HostGrid): string[] {
  const column = values.length ? findColumn(values[0], meetingColumn('source')) : -1;
  if (column < 0) return [];
  return values.slice(1).flatMap((row) => {
    const text = cellText(row[column]).trim();
    return text ? [text] : [];
  });
}

/** The partners to match, in sheet order, with their e-mail when the sheet has an E-mail column. */
export function partnerEntries(sheet: LoadedSheet<PartnerColumns>): PartnerEntry[] {
  const emailColumn = findColumn(sheet.values[0] ?? [], columnByKey(PARTNER_COLUMNS, 'email'));
  const seen = new Set<string>();
  const entries: PartnerEntry[] = [];
  for (const row of sheet.values.slice(1)) {
    const name = cellText(row[sheet.columns.partner]).replace(/ {2,}/g, ' ').trim();
    const key = partnerKey(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    entries.push({ name, email: emailColumn >= 0 ? cellText(row[emailColumn]).trim() : '' });
  }
  return entries;
}

/** The rows as they arrived at the host, checked: every field of the right type, each partner one of the tracker's. */
export function validateImportRows(input: unknown, partners: readonly PartnerEntry[]): MeetingToImport[] {
  const invalid = () => new ImportError({ kind: 'invalidRows' });
  if (!Array.isArray(input) || input.length === 0) throw invalid();
  const spelling = new Map(partners.map((partner) => [partnerKey(partner.name), partner.name]));
  return input.map((row: unknown) => {
    if (typeof row !== 'object' || row === null) throw invalid();
    const { date, partner, hours, kind, notes, source } = row as Record<string, unknown>;
    const tracked = typeof partner === 'string' ? spelling.get(partnerKey(partner)) : undefined;
    const texts = [kind, notes, source].every((value) => typeof value === 'string');
    if (!isIsoDate(date) || !tracked || typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || !texts) throw invalid();
    if ((source as string).trim() === '') throw invalid();
    return { date, partner: tracked, hours, kind: kind as string, notes: notes as string, source: (source as string).trim() };
  });
}

/** The language a sheet's headers are written in (by its Date header), else the given one. */
function headerLanguage(header: readonly unknown[], fallback: Language): Language {
  const date = findColumn(header, meetingColumn('date'));
  const text = cellText(header[date]).trim().toLowerCase();
  return LANGUAGES.find((language) => MEETING_HEADERS.date[language].toLowerCase() === text) ?? fallback;
}

export interface MeetingsAppend<DateCell> {
  /** Header cells to write first, each at its 0-based column: the columns the sheet lacked. */
  newHeaders: { index: number; header: string }[];
  /** The rows to append, each as wide as the header after the additions, cells in sheet column order. */
  rows: (TrackerCell | DateCell)[][];
  /**
   * Where the rows go, from 0-based sheet row `firstRow`: into a table, the
   * first `intoBlank` into its blank rows, the other `added` by growing it;
   * below a sheet's last row, all `added`.
   */
  place: TableAppend;
  /** What is reported: rows added, per partner in order of first appearance, and rows already there. */
  result: ImportResult;
}

/** The Meetings table as a host read it: where it is, and what its cells hold (formulas, else values) from row 0 and column A. */
export interface MeetingsTable {
  place: TablePlace;
  contents: HostGrid;
}

export interface ImportResult {
  added: number;
  partners: { name: string; meetings: number; hours: number }[];
  alreadyThere: number;
  /** Headers of the columns added to Meetings. */
  addedColumns: string[];
}

/**
 * Plans the append to a Meetings sheet (values with the header row first),
 * through its table when the host has one. `toDate` gives each host's date cell.
 */
export function planMeetingsAppend<DateCell>(
  values: HostGrid,
  rows: readonly MeetingToImport[],
  language: Language,
  toDate: (date: string) => DateCell,
  table: MeetingsTable | null = null,
): MeetingsAppend<DateCell> {
  const header = values[0] ?? [];
  const headerIn = headerLanguage(header, language);
  const additions = planMissingColumns(header, MEETING_COLUMNS, MEETING_COLUMNS);
  const newHeaders = additions.map(({ index, column }) => ({ index, header: column.header[headerIn] }));
  const width = Math.max(header.length, ...additions.map(({ index }) => index + 1));
  const indexOf = (key: MeetingColumnKey) =>
    additions.find(({ column }) => column.key === key)?.index ?? findColumn(header, meetingColumn(key));
  const present = new Set(meetingSources(values));
  const written = new Set<string>();
  const planned: (TrackerCell | DateCell)[][] = [];
  const perPartner = new Map<string, { name: string; meetings: number; hours: number }>();
  let alreadyThere = 0;
  for (const row of rows) {
    const once = `${row.source}\n${partnerKey(row.partner)}`;
    if (present.has(row.source)) {
      alreadyThere++;
      continue;
    }
    if (written.has(once)) continue;
    written.add(once);
    const cells = new Array<TrackerCell | DateCell>(width).fill('');
    cells[indexOf('date')] = toDate(row.date);
    cells[indexOf('partner')] = row.partner;
    cells[indexOf('hours')] = row.hours;
    cells[indexOf('kind')] = row.kind;
    cells[indexOf('notes')] = row.notes;
    cells[indexOf('source')] = row.source;
    planned.push(cells);
    const total = perPartner.get(row.partner) ?? { name: row.partner, meetings: 0, hours: 0 };
    total.meetings++;
    total.hours = Math.round((total.hours + row.hours) * 100) / 100;
    perPartner.set(row.partner, total);
  }
  const place = table
    ? planTableAppend(table.place, table.contents, planned.length, computedColumnsOf(header))
    : { firstRow: values.length, intoBlank: 0, added: planned.length };
  return {
    newHeaders,
    rows: planned,
    place,
    result: {
      added: planned.length,
      partners: [...perPartner.values()],
      alreadyThere,
      addedColumns: newHeaders.map((column) => column.header),
    },
  };
}
