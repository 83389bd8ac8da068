/**
 * The kind of meeting an occurrence is, as the Meetings sheet's Kind column
 * names it (messages/tracker-layout.ts, MEETING_KINDS):
 * - a call when the event has a video-call link and no place;
 * - else one-to-one when one partner attends;
 * - else an event (several partners, or none matched yet).
 * The person can change it in the import list.
 */
import type { Language } from '../language';
import { MEETING_KINDS } from '../messages/tracker-layout';
import type { Occurrence } from './occurrence';

export type MeetingKind = 'oneToOne' | 'event' | 'call';

/** The kinds in the order of MEETING_KINDS. */
export const KIND_ORDER: readonly MeetingKind[] = ['oneToOne', 'event', 'call'];

export function kindOf(occurrence: Pick<Occurrence, 'videoCall' | 'location'>, partners: number): MeetingKind {
  if (occurrence.videoCall && occurrence.location === '') return 'call';
  return partners === 1 ? 'oneToOne' : 'event';
}

/** The kind's word in the tracker's Kind dropdown. */
export function kindLabel(kind: MeetingKind, language: Language): string {
  return MEETING_KINDS[language][KIND_ORDER.indexOf(kind)];
}
