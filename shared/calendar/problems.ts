/**
 * What can keep a calendar file from being imported, as data: the import
 * page renders each one in the user's language (messages/calendar-import.ts)
 * and nothing is written. Hosts answer with an ImportReply, because
 * google.script.run hands a failure handler only a message.
 */
import { replyFrom, valueFrom, type HostFailure, type HostReplyOf } from '../host-reply';

/** The largest file read: checked before the file is read or parsed. */
export const MAX_CALENDAR_BYTES = 20 * 1024 * 1024;

export type ImportProblem =
  /** The file is over MAX_CALENDAR_BYTES. */
  | { kind: 'tooLarge'; bytes: number }
  /** The file is no iCalendar file (no BEGIN:VCALENDAR at its start). */
  | { kind: 'notCalendar' }
  /** The file starts as a calendar but is cut off or cannot be parsed. */
  | { kind: 'damaged' }
  /** The calendar holds no events at all. */
  | { kind: 'emptyCalendar' }
  /** The calendar has events, none of them in the chosen period. */
  | { kind: 'noEventsInPeriod' }
  /** The document has no Partners sheet of a tracker. */
  | { kind: 'noTracker' }
  /** The tracker has no Meetings sheet (found by its header row). */
  | { kind: 'noMeetingsSheet' }
  /** The rows that arrived at the host are not what the import page sends. */
  | { kind: 'invalidRows' }
  /** Someone else is writing into the same document; nothing was written. */
  | { kind: 'busy' }
  /** The host answered with something that is no reply. */
  | { kind: 'unreadableReply' }
  | HostFailure;

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.kind === 'hostFailure' ? problem.message : problem.kind);
    this.name = 'ImportError';
  }
}

export type ImportReply<T> = HostReplyOf<T, ImportProblem>;

/** Runs `work`, turning an ImportError into a failed reply; other errors are thrown on. */
export function importReplyOf<T>(work: () => T): ImportReply<T> {
  return replyFrom(ImportError, work);
}

/** The value of a reply, or the ImportError it carries. */
export function valueOfImportReply<T>(reply: ImportReply<T>): T {
  return valueFrom(ImportError, reply, { kind: 'unreadableReply' });
}
