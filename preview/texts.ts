/** Texts of the preview page around the tracker and the checklist, in English and German. */
import type { Language } from '../shared/language';

export interface PreviewTexts {
  pageTitle: string;
  badge: string;
  intro: string;
  languageLabel: string;
  reset: string;
  resetTitle: string;
  resetQuestion: string;
  resetConfirm: string;
  cancel: string;
  logMeeting: string;
  addPartner: string;
  importMeetings: string;
  backToChecklist: string;
  importTitle: string;
  sheetsLabel: string;
  gridLabel: (sheet: string) => string;
  savedLocally: string;
  notSaved: (reason: string) => string;
  unreadable: string;
  calculating: string;
  computedCell: string;
  formulaBarLabel: string;
  nameBoxLabel: string;
  formulaLabel: string;
  spreadsheetLabel: string;
  spilledFrom: (cell: string) => string;
  invalidTitle: string;
  sidebarTitle: string;
  engineNote: string;
}

const en: PreviewTexts = {
  pageTitle: 'Bondstage preview: partner tracker and bond checklist',
  badge: 'Preview',
  intro:
    'The partner tracker and the bond checklist as the add-on sets them up in Google Sheets, calculated live in your browser. Log a meeting and watch hours, stage and colour update.',
  languageLabel: 'Language',
  reset: 'Reset example',
  resetTitle: 'Start again from the example?',
  resetQuestion: 'Your partners, meetings and checks in this preview are replaced by the example tracker. This cannot be undone.',
  resetConfirm: 'Reset',
  cancel: 'Cancel',
  logMeeting: 'Log a meeting',
  addPartner: 'Add a partner',
  importMeetings: 'Import meetings',
  backToChecklist: 'Back to the checklist',
  importTitle: 'Import meetings',
  sheetsLabel: 'Sheets',
  gridLabel: (sheet) => `Sheet ${sheet}`,
  savedLocally: 'Saved in this browser',
  notSaved: (reason) => `Not saved in this browser (${reason}). Your changes stay on this page until you reload it.`,
  unreadable:
    'The work saved in this browser could not be read, so the example is shown. The saved text is kept aside and is not overwritten.',
  calculating: 'Calculating the tracker…',
  computedCell: 'This cell is calculated by the tracker’s formula and cannot be typed over: change the cells its value comes from.',
  formulaBarLabel: 'Formula bar',
  nameBoxLabel: 'Cell',
  formulaLabel: 'Formula',
  spreadsheetLabel: 'Spreadsheet',
  spilledFrom: (cell) => `Calculated by the formula in ${cell} for the whole column`,
  invalidTitle: 'There was a problem',
  sidebarTitle: 'Bondstage',
  engineNote: 'Formulas calculated by HyperFormula (GPL-3.0), used only in this preview.',
};

const de: PreviewTexts = {
  pageTitle: 'Bondstage-Vorschau: Partnerliste und Beziehungs-Checkliste',
  badge: 'Vorschau',
  intro:
    'Die Partnerliste und die Beziehungs-Checkliste so, wie das Add-on sie in Google Sheets anlegt, live in Ihrem Browser berechnet. Tragen Sie ein Treffen ein und sehen Sie, wie sich Stunden, Stufe und Farbe ändern.',
  languageLabel: 'Sprache',
  reset: 'Beispiel wiederherstellen',
  resetTitle: 'Wieder mit dem Beispiel beginnen?',
  resetQuestion:
    'Ihre Partner, Treffen und Checklisten in dieser Vorschau werden durch die Beispiel-Liste ersetzt. Das lässt sich nicht rückgängig machen.',
  resetConfirm: 'Wiederherstellen',
  cancel: 'Abbrechen',
  logMeeting: 'Treffen eintragen',
  addPartner: 'Partner hinzufügen',
  importMeetings: 'Treffen importieren',
  backToChecklist: 'Zurück zur Checkliste',
  importTitle: 'Treffen importieren',
  sheetsLabel: 'Blätter',
  gridLabel: (sheet) => `Blatt ${sheet}`,
  savedLocally: 'In diesem Browser gespeichert',
  notSaved: (reason) => `Nicht im Browser gespeichert (${reason}). Ihre Änderungen bleiben auf dieser Seite, bis Sie sie neu laden.`,
  unreadable:
    'Die in diesem Browser gespeicherte Arbeit ließ sich nicht lesen, deshalb wird das Beispiel gezeigt. Der gespeicherte Text wird beiseitegelegt und nicht überschrieben.',
  calculating: 'Die Liste wird berechnet…',
  computedCell:
    'Diese Zelle berechnet die Formel der Liste, sie lässt sich nicht überschreiben: Ändern Sie die Zellen, aus denen ihr Wert kommt.',
  formulaBarLabel: 'Bearbeitungsleiste',
  nameBoxLabel: 'Zelle',
  formulaLabel: 'Formel',
  spreadsheetLabel: 'Tabelle',
  spilledFrom: (cell) => `Von der Formel in ${cell} für die ganze Spalte berechnet`,
  invalidTitle: 'Ungültige Eingabe',
  sidebarTitle: 'Bondstage',
  engineNote: 'Formeln berechnet von HyperFormula (GPL-3.0), nur in dieser Vorschau verwendet.',
};

export const PREVIEW_TEXTS: Record<Language, PreviewTexts> = { en, de };
