/**
 * Which partners an occurrence is with. A partner matches when
 * - the partner's name appears in the event title, or in an attendee's or the
 *   organizer's common name (CN), or
 * - the tracker has an E-mail column and an attendee's address equals the
 *   partner's (spaces around ignored, any case).
 *
 * "Appears in" follows the tracker's one matching rule (partner-names.ts):
 * case is ignored and runs of spaces count as one (in the title, any run of
 * white space); and the name must stand as whole words: the characters just
 * before and after it are no letters or digits. So "Ann" is found in
 * "Coffee with Ann" and "Ann's pitch", but not in "Anna" or "Joanne". Every
 * character of a name is compared as itself: a name is data, never a pattern.
 */
import { partnerKey } from '../partner-names';
import type { Occurrence } from './occurrence';

export interface PartnerEntry {
  name: string;
  /** The partner's e-mail address, or "" when the tracker has none. */
  email: string;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/** A text in the form the rule compares: white space runs as one space, trimmed, lower case. */
export function matchingText(text: string): string {
  return partnerKey(text.replace(/\s+/g, ' '));
}

/** True when the (matching-form) name stands as whole words in the (matching-form) text. */
export function nameAppearsIn(nameKey: string, textKey: string): boolean {
  if (nameKey === '') return false;
  for (let at = textKey.indexOf(nameKey); at >= 0; at = textKey.indexOf(nameKey, at + 1)) {
    const before = at === 0 ? undefined : textKey[at - 1];
    const after = textKey[at + nameKey.length];
    const startsWord = !isWordCharacter(nameKey[0]) || !isWordCharacter(before);
    const endsWord = !isWordCharacter(nameKey[nameKey.length - 1]) || !isWordCharacter(after);
    if (startsWord && endsWord) return true;
  }
  return false;
}

/** Where each run of letters and digits of a (matching-form) text starts and ends. */
function wordSpans(key: string): [number, number][] {
  const spans: [number, number][] = [];
  const words = /[\p{L}\p{N}]+/gu;
  for (let match = words.exec(key); match !== null; match = words.exec(key)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

export type PartnerMatcher = (occurrence: Occurrence) => string[];

interface Entry {
  name: string;
  key: string;
  email: string;
  order: number;
}

/**
 * A matcher over the tracker's partners: the names matching an occurrence,
 * in partner order, each once. A name that starts and ends with a letter or
 * digit stands as whole words exactly when it equals the text from the start
 * of one word to the end of another, so those names are found by looking up
 * such stretches of the text (as many words long as the longest name); the
 * few other names are searched for with nameAppearsIn.
 */
export function partnerMatcher(partners: readonly PartnerEntry[]): PartnerMatcher {
  const entries: Entry[] = partners
    .map((partner, order) => ({ name: partner.name, key: matchingText(partner.name), email: partner.email.trim().toLowerCase(), order }))
    .filter((entry) => entry.key !== '');
  const byStretch = new Map<string, Entry[]>();
  const searched: Entry[] = [];
  const byEmail = new Map<string, Entry>();
  let longest = 0;
  for (const entry of entries) {
    const { key } = entry;
    if (isWordCharacter(key[0]) && isWordCharacter(key[key.length - 1])) {
      byStretch.set(key, [...(byStretch.get(key) ?? []), entry]);
      longest = Math.max(longest, wordSpans(key).length);
    } else searched.push(entry);
    if (entry.email !== '' && !byEmail.has(entry.email)) byEmail.set(entry.email, entry);
  }

  const namesIn = (text: string, found: Map<number, string>) => {
    const key = matchingText(text);
    if (key === '') return;
    const spans = wordSpans(key);
    for (let first = 0; first < spans.length; first++) {
      for (let last = first; last < Math.min(spans.length, first + longest); last++) {
        for (const entry of byStretch.get(key.slice(spans[first][0], spans[last][1])) ?? []) found.set(entry.order, entry.name);
      }
    }
    for (const entry of searched) if (!found.has(entry.order) && nameAppearsIn(entry.key, key)) found.set(entry.order, entry.name);
  };

  return (occurrence) => {
    const found = new Map<number, string>();
    namesIn(occurrence.title, found);
    for (const attendee of occurrence.attendees) {
      namesIn(attendee.name, found);
      const byAddress = attendee.email === '' ? undefined : byEmail.get(attendee.email);
      if (byAddress) found.set(byAddress.order, byAddress.name);
    }
    return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  };
}
