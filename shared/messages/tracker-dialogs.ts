/**
 * Texts only Google Sheets shows for the tracker commands, in English and
 * German: the questions Create partner tracker asks in dialogs, and the
 * warning on a computed column. Apart from messages/tracker.ts so that Excel's bundle
 * leaves them out.
 */
import type { Language } from '../language';
import { nameList, plural } from './grammar';

export interface TrackerDialogTexts {
  examplesTitle: string;
  examplesQuestion: string;
  existingTitle: string;
  /** Asked before creating a tracker beside sheets of the plain names, which stay as they are. */
  existingQuestion(existing: readonly string[], fresh: readonly string[]): string;
  cancelled: string;
  /** Shown when someone starts typing into a computed column. */
  computedColumnWarning: string;
}

export const TRACKER_DIALOGS: Record<Language, TrackerDialogTexts> = {
  en: {
    examplesTitle: 'Create partner tracker',
    examplesQuestion:
      'Add a few example partners and meetings, so you can see the tracker working at once? (You can delete them later.)\n\nYes: with examples. No: empty tracker. Cancel: create nothing.',
    existingTitle: 'Sheets already exist',
    existingQuestion: (existing, fresh) => {
      const names = nameList(existing, 'en');
      const staying = plural('en', existing.length, {
        one: `This spreadsheet already has a sheet named ${names}. It stays exactly as it is.`,
        other: `This spreadsheet already has sheets named ${names}. They stay exactly as they are.`,
      });
      return `${staying}\n\nCreate the new tracker as ${nameList(fresh, 'en')} instead?`;
    },
    cancelled: 'Nothing was created.',
    computedColumnWarning:
      'Bondstage computes this column for every row from one formula in its header. A value typed here stops that formula for the whole column until you delete it again.',
  },
  de: {
    examplesTitle: 'Partnerliste anlegen',
    examplesQuestion:
      'Ein paar Beispiel-Partner und -Treffen einfügen, damit Sie die Liste gleich arbeiten sehen? (Sie können sie später löschen.)\n\nJa: mit Beispielen. Nein: leere Liste. Abbrechen: nichts anlegen.',
    existingTitle: 'Blätter vorhanden',
    existingQuestion: (existing, fresh) => {
      const names = nameList(existing, 'de');
      const staying = plural('de', existing.length, {
        one: `Diese Tabelle hat bereits ein Blatt namens ${names}. Es bleibt genau so, wie es ist.`,
        other: `Diese Tabelle hat bereits Blätter namens ${names}. Sie bleiben genau so, wie sie sind.`,
      });
      return `${staying}\n\nDie neue Liste stattdessen als ${nameList(fresh, 'de')} anlegen?`;
    },
    cancelled: 'Es wurde nichts angelegt.',
    computedColumnWarning:
      'Bondstage berechnet diese Spalte für jede Zeile mit einer Formel in ihrer Überschrift. Ein hier eingetragener Wert hält diese Formel für die ganze Spalte an, bis Sie ihn wieder löschen.',
  },
};
