/**
 * The tracker's sheets and their columns. Each column is declared once, by
 * key, with its header in every language (messages/tracker-layout.ts).
 * Columns are found by header text in either language, trimmed and in any
 * case, so a tracker keeps working when columns move or a German user opens
 * an English tracker.
 */
import { cellText } from '../cells';
import { CHECKLIST } from '../checklist';
import { LANGUAGES, type Language, type Texts } from '../language';
import { QUESTION_LABELS } from '../messages/checklist-questions';
import { CHECK_HEADERS, MEETING_HEADERS, PARTNER_HEADERS } from '../messages/tracker-layout';

export type TrackerSheet = 'partners' | 'meetings' | 'checks';

/** The tracker's sheets, in the order they are created and shown. */
export const TRACKER_SHEETS: readonly TrackerSheet[] = ['partners', 'meetings', 'checks'];

/** A value a host writes into a tracker cell; dates as Date, which each host turns into its own date cell. */
export type TrackerCell = string | number | boolean | Date;

export interface ColumnDeclaration<Key extends string = string> {
  key: Key;
  header: Texts;
}

export const PARTNER_COLUMN_KEYS = [
  'partner',
  // Seen first: what to do next with this partner.
  'nextStep',
  'company',
  'profession',
  'email',
  'hoursTogether',
  'recentHours',
  'stage',
  'progress',
  'hoursToNext',
  'nextStageBy',
  'vcpPhase',
  'lastContact',
  'contactEvery',
  'nextContactDue',
  'checklistScore',
  'checkedOn',
  'referralReady',
  'referralsGiven',
  'referralsReceived',
  'givenBalance',
  'notes',
] as const;

export const MEETING_COLUMN_KEYS = ['date', 'partner', 'hours', 'kind', 'notes', 'source'] as const;

export type PartnerColumnKey = (typeof PARTNER_COLUMN_KEYS)[number];
export type MeetingColumnKey = (typeof MEETING_COLUMN_KEYS)[number];

function declared<Key extends string>(key: Key, text: (language: Language) => string): ColumnDeclaration<Key> {
  const header = {} as Record<Language, string>;
  for (const language of LANGUAGES) header[language] = text(language);
  return { key, header };
}

export const PARTNER_COLUMNS: readonly ColumnDeclaration<PartnerColumnKey>[] = PARTNER_COLUMN_KEYS.map((key) => ({
  key,
  header: PARTNER_HEADERS[key],
}));

export const MEETING_COLUMNS: readonly ColumnDeclaration<MeetingColumnKey>[] = MEETING_COLUMN_KEYS.map((key) => ({
  key,
  header: MEETING_HEADERS[key],
}));

/** Date, partner, one column per checklist question (keyed by its id), score. */
export const CHECK_COLUMNS: readonly ColumnDeclaration[] = [
  declared('date', (language) => CHECK_HEADERS[language].date),
  declared('partner', (language) => CHECK_HEADERS[language].partner),
  ...CHECKLIST.map((question, index) =>
    declared(question.id, (language) => CHECK_HEADERS[language].question(index + 1, QUESTION_LABELS[question.id][language])),
  ),
  declared('score', (language) => CHECK_HEADERS[language].score),
];

/** Header texts of a sheet's columns in one language. */
export function headersFor(columns: readonly ColumnDeclaration[], language: Language): string[] {
  return columns.map((column) => column.header[language]);
}

function normalizeHeader(text: unknown): string {
  return cellText(text).trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Zero-based index of the column with the given key in a header row, matching
 * the header in either language (trimmed, any case), or -1 when absent.
 */
export function findColumn(headerRow: readonly unknown[], column: ColumnDeclaration): number {
  const wanted = new Set(LANGUAGES.map((language) => normalizeHeader(column.header[language])));
  return headerRow.findIndex((cell) => wanted.has(normalizeHeader(cell)));
}

/** The column declaration with the given key. */
export function columnByKey<Key extends string>(columns: readonly ColumnDeclaration<Key>[], key: Key): ColumnDeclaration<Key> {
  const column = columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`Unknown column ${key}`);
  return column;
}
