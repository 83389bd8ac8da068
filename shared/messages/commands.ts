/**
 * Labels of the commands in the Sheets menu and on the Excel ribbon, in
 * English and German. manifest.xml carries the ribbon's labels itself (Excel
 * reads them before any code runs); test/office/commands.test.ts holds them
 * equal to these.
 */
import type { Language } from '../language';
import { CHECKLIST_TITLE } from './checklist-title';

/** The menu's labels by command id (shared/commands.ts), and the ribbon's own. */
export type CommandLabelKey =
  | 'createTracker'
  | 'trackerWithExamples'
  | 'emptyTracker'
  | 'updateTracker'
  | 'applyStageColours'
  | 'openChecklist'
  | 'checklist'
  | 'openCalendarImport'
  | 'importMeetings'
  | 'showAbout';

export const COMMAND_LABELS: Record<Language, Record<CommandLabelKey, string>> = {
  en: {
    createTracker: 'Create partner tracker',
    trackerWithExamples: 'With example partners',
    emptyTracker: 'Empty tracker',
    updateTracker: 'Update tracker',
    applyStageColours: 'Apply stage colours',
    openChecklist: 'Open bond checklist',
    checklist: CHECKLIST_TITLE.en,
    openCalendarImport: 'Import meetings from a calendar file',
    importMeetings: 'Import meetings',
    showAbout: 'About Bondstage',
  },
  de: {
    createTracker: 'Partnerliste anlegen',
    trackerWithExamples: 'Mit Beispielpartnern',
    emptyTracker: 'Leere Partnerliste',
    updateTracker: 'Partnerliste aktualisieren',
    applyStageColours: 'Stufenfarben anwenden',
    openChecklist: 'Beziehungs-Checkliste öffnen',
    checklist: CHECKLIST_TITLE.de,
    openCalendarImport: 'Treffen aus einer Kalenderdatei importieren',
    importMeetings: 'Treffen importieren',
    showAbout: 'Über Bondstage',
  },
};

/** Shown when a ribbon command's code could not be loaded (office/ribbon.ts). */
export const COMMAND_LOAD_FAILED: Record<Language, { title: string; message: string }> = {
  en: {
    title: 'Bondstage could not start the command',
    message: 'Its code did not load. Check your internet connection, then press the button again.',
  },
  de: {
    title: 'Bondstage konnte den Befehl nicht starten',
    message: 'Sein Programmcode wurde nicht geladen. Prüfen Sie Ihre Internetverbindung und klicken Sie dann erneut auf die Schaltfläche.',
  },
};
