/** The calendar fixtures (test/fixtures/calendar) and the partners the tests match them against. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  expandOccurrences,
  periodDays,
  readCalendarFile,
  type Expansion,
  type PartnerEntry,
  type PeriodChoice,
} from '../../shared/calendar';

export const TODAY = '2025-12-01';

export function fixture(name: 'google' | 'outlook' | 'apple' | 'feed'): string {
  return readFileSync(path.join(__dirname, '../fixtures/calendar', `${name}.ics`), 'utf8');
}

export const PARTNERS: PartnerEntry[] = [
  { name: 'Ann Becker', email: '' },
  { name: 'Bob Stone', email: '' },
  { name: 'Carla Diaz', email: ' carla@diaz.example ' },
  { name: 'Dana Fox', email: '' },
];

export function expand(text: string, choice: PeriodChoice = 'last12Months'): Expansion {
  return expandOccurrences(readCalendarFile(text), periodDays(choice, TODAY));
}
