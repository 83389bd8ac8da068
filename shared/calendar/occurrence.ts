/**
 * An occurrence of a calendar event as the import uses it: plain data, read
 * from the file by occurrences.ts (with ical.js), so the modules that plan
 * the import and the hosts need no parser.
 */
import type { IsoDate } from '../dates';

export interface Attendee {
  /** The common name (CN), or "". */
  name: string;
  /** The address without "mailto:", lower case, or "". */
  email: string;
}

export interface Occurrence {
  /** UID and the occurrence's start in its series: what the Source column holds. */
  identity: string;
  title: string;
  /** The day it starts, by its wall clock. */
  date: IsoDate;
  /** "HH:MM" by its wall clock; null for an all-day event. */
  time: string | null;
  /** Length in hours (0 without DTEND or DURATION). */
  hours: number;
  allDay: boolean;
  location: string;
  /** A video-call link in its URL, location, description or the calendar apps' conference fields. */
  videoCall: boolean;
  /** Attendees and the organizer, the calendar's owner left out. */
  attendees: Attendee[];
}

export type SkipReason = 'cancelled' | 'declined';

export interface Expansion {
  occurrences: Occurrence[];
  /** Occurrences in the period left out, by reason. */
  skipped: Record<SkipReason, number>;
  /** Occurrences of the file in any period (before skipping), to tell an empty period from an empty file. */
  total: number;
}
