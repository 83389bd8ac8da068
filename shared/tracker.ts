/**
 * The partner tracker: its sheets and columns, in English and German.
 * Columns are found by header text in either language, so a tracker keeps
 * working when rows move or a German user opens an English tracker.
 */
import { CHECKLIST } from './checklist';
import type { Language } from './language';

export type TrackerSheet = 'partners' | 'meetings' | 'checks';

export const SHEET_NAMES: Record<Language, Record<TrackerSheet, string>> = {
  en: { partners: 'Partners', meetings: 'Meetings', checks: 'Checks' },
  de: { partners: 'Partner', meetings: 'Treffen', checks: 'Checklisten' },
};

export interface ColumnDeclaration<Key extends string = string> {
  key: Key;
  header: Record<Language, string>;
}

export const PARTNER_COLUMNS = [
  { key: 'partner', header: { en: 'Partner', de: 'Partner' } },
  { key: 'company', header: { en: 'Company', de: 'Firma' } },
  { key: 'profession', header: { en: 'Profession', de: 'Beruf' } },
  { key: 'hoursTogether', header: { en: 'Hours together', de: 'Stunden gemeinsam' } },
  { key: 'stage', header: { en: 'Stage', de: 'Stufe' } },
  { key: 'progress', header: { en: 'Progress', de: 'Fortschritt' } },
  { key: 'hoursToNext', header: { en: 'Hours to next stage', de: 'Stunden bis zur nächsten Stufe' } },
  { key: 'lastContact', header: { en: 'Last contact', de: 'Letzter Kontakt' } },
  { key: 'contactEvery', header: { en: 'Contact every (days)', de: 'Kontakt alle (Tage)' } },
  { key: 'nextContactDue', header: { en: 'Next contact due', de: 'Nächster Kontakt fällig' } },
  { key: 'checklistScore', header: { en: 'Checklist score', de: 'Checklisten-Punkte' } },
  { key: 'checkedOn', header: { en: 'Checked on', de: 'Geprüft am' } },
  { key: 'referralReady', header: { en: 'Referral ready', de: 'Bereit für Empfehlungen' } },
  { key: 'referralsGiven', header: { en: 'Referrals given', de: 'Empfehlungen gegeben' } },
  { key: 'referralsReceived', header: { en: 'Referrals received', de: 'Empfehlungen erhalten' } },
  { key: 'notes', header: { en: 'Notes', de: 'Notizen' } },
] as const satisfies readonly ColumnDeclaration[];

export const MEETING_COLUMNS = [
  { key: 'date', header: { en: 'Date', de: 'Datum' } },
  { key: 'partner', header: { en: 'Partner', de: 'Partner' } },
  { key: 'hours', header: { en: 'Hours', de: 'Stunden' } },
  { key: 'kind', header: { en: 'Kind', de: 'Art' } },
  { key: 'notes', header: { en: 'Notes', de: 'Notizen' } },
] as const satisfies readonly ColumnDeclaration[];

export const CHECK_COLUMNS: readonly ColumnDeclaration[] = [
  { key: 'date', header: { en: 'Date', de: 'Datum' } },
  { key: 'partner', header: { en: 'Partner', de: 'Partner' } },
  ...CHECKLIST.map((question, index) => ({
    key: question.id,
    header: { en: `Q${index + 1} ${question.label.en}`, de: `F${index + 1} ${question.label.de}` },
  })),
  { key: 'score', header: { en: 'Score', de: 'Punkte' } },
];

export type PartnerColumnKey = (typeof PARTNER_COLUMNS)[number]['key'];
export type MeetingColumnKey = (typeof MEETING_COLUMNS)[number]['key'];

/** Header texts of a sheet's columns in one language. */
export function headersFor(columns: readonly ColumnDeclaration[], language: Language): string[] {
  return columns.map((column) => column.header[language]);
}

function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/**
 * Zero-based index of the column with the given key in a header row, matching
 * the header in either language (trimmed, any case), or -1 when absent.
 */
export function findColumn(headerRow: readonly unknown[], column: ColumnDeclaration): number {
  const wanted = new Set(Object.values(column.header).map(normalizeHeader));
  return headerRow.findIndex((cell) => wanted.has(normalizeHeader(cell)));
}

/** The column declaration with the given key. */
export function columnByKey<Key extends string>(columns: readonly ColumnDeclaration<Key>[], key: Key): ColumnDeclaration<Key> {
  const column = columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`Unknown column ${key}`);
  return column;
}
