import type { Language } from '../language';

/** The checklist's title, also the Sheets sidebar's title; apart from the other texts so the server bundle stays small. */
export const CHECKLIST_TITLE: Record<Language, string> = { en: 'Bond checklist', de: 'Beziehungs-Checkliste' };
