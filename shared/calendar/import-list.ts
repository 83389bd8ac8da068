/**
 * The list the import page shows, planned from the occurrences: one line per
 * occurrence and matching partner, and one line for each occurrence that
 * matches nobody (listed apart, to be assigned). Rules:
 * - a line is ticked when it has a partner, lasts at most 12 hours and is not
 *   all-day: all-day events and longer ones are off until the person ticks them;
 * - lines of occurrences already in Meetings (their Source is there) are not
 *   listed and are counted as already imported;
 * - Notes is the event title, kept as it is: the host writes it as text.
 */
import type { IsoDate } from '../dates';
import { kindOf, type MeetingKind } from './kinds';
import type { PartnerMatcher } from './matching';
import type { Expansion, Occurrence, SkipReason } from './occurrence';

/** Events longer than this are off by default. */
export const LONGEST_TICKED_HOURS = 12;

export interface ImportLine {
  /** Unique within the list. */
  id: string;
  occurrence: Occurrence;
  /** The matched partner; null for an occurrence that matches nobody (until assigned). */
  partner: string | null;
  kind: MeetingKind;
  ticked: boolean;
}

export interface ImportList {
  matched: ImportLine[];
  unmatched: ImportLine[];
  /** Occurrences in the period left out, by reason. */
  skipped: Record<SkipReason | 'alreadyImported', number>;
}

export function tickedByDefault(occurrence: Occurrence, partner: string | null): boolean {
  return partner !== null && !occurrence.allDay && occurrence.hours <= LONGEST_TICKED_HOURS;
}

export function importList(expansion: Expansion, match: PartnerMatcher, knownSources: ReadonlySet<string>): ImportList {
  const matched: ImportLine[] = [];
  const unmatched: ImportLine[] = [];
  let alreadyImported = 0;
  // The occurrences of one series share their title and attendees (the same array): matched once.
  const matchedBefore = new WeakMap<object, Map<string, string[]>>();
  const matchOnce = (occurrence: Occurrence) => {
    const byTitle = matchedBefore.get(occurrence.attendees) ?? new Map<string, string[]>();
    matchedBefore.set(occurrence.attendees, byTitle);
    let partners = byTitle.get(occurrence.title);
    if (!partners) byTitle.set(occurrence.title, (partners = match(occurrence)));
    return partners;
  };
  expansion.occurrences.forEach((occurrence, index) => {
    if (knownSources.has(occurrence.identity)) {
      alreadyImported++;
      return;
    }
    const partners = matchOnce(occurrence);
    const kind = kindOf(occurrence, partners.length);
    if (partners.length === 0) unmatched.push({ id: `${index}`, occurrence, partner: null, kind, ticked: false });
    for (const partner of partners) {
      matched.push({ id: `${index}:${partner}`, occurrence, partner, kind, ticked: tickedByDefault(occurrence, partner) });
    }
  });
  return { matched, unmatched, skipped: { ...expansion.skipped, alreadyImported } };
}

/** A row the import page sends to the host: what goes into Meetings. */
export interface MeetingToImport {
  date: IsoDate;
  partner: string;
  hours: number;
  /** The Kind column's word, in the user's language. */
  kind: string;
  /** The event title. */
  notes: string;
  /** The occurrence's identity. */
  source: string;
}

/** The ticked lines with a partner, as rows for the host. */
export function rowsToImport(lines: readonly ImportLine[], kindWord: (kind: MeetingKind) => string): MeetingToImport[] {
  return lines
    .filter((line) => line.ticked && line.partner !== null)
    .map((line) => ({
      date: line.occurrence.date,
      partner: line.partner!,
      hours: line.occurrence.hours,
      kind: kindWord(line.kind),
      notes: line.occurrence.title,
      source: line.occurrence.identity,
    }));
}
