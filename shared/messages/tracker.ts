/** Texts of the tracker commands, the About box and their errors, in English and German (the menu's labels: commands.ts). */
import type { Language } from '../language';
import { VERSION } from '../version';

export interface TrackerTexts {
  productName: string;

  examplesTitle: string;
  examplesQuestion: string;
  existingTitle: string;
  existingQuestion(existing: readonly string[], fresh: readonly string[]): string;
  existingKept(existing: readonly string[], fresh: readonly string[]): string;
  cancelled: string;
  trackerCreated(names: readonly string[], withExamples: boolean): string;

  coloursApplied(sheet: string, replaced: number, kept: number, withOverdue: boolean): string;
  noStageColumn(sheet: string): string;
  unexpectedError(detail: string): string;
  errorTitle: string;

  hoursHelp: string;
  dateHelp: string;
  kindHelp: string;
  partnerHelp: string;
  scoreHelp: string;
  contactEveryHelp: string;
  /** Shown by Sheets when someone starts typing into a computed column. */
  computedColumnWarning: string;

  aboutTitle: string;
  aboutParagraphs: readonly string[];
  aboutVersion(version: string): string;
}

function list(names: readonly string[], and: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

const CITATION =
  'Jeffrey A. Hall, "How many hours does it take to make a friend?", Journal of Social and Personal Relationships 36(4), 1278–1296 (2018), doi:10.1177/0265407518761225.';

export const TRACKER_TEXTS: Record<Language, TrackerTexts> = {
  en: {
    productName: 'Bondstage',

    examplesTitle: 'Create partner tracker',
    examplesQuestion:
      'Add a few example partners and meetings, so you can see the tracker working at once? (You can delete them later.)\n\nYes: with examples. No: empty tracker. Cancel: create nothing.',
    existingTitle: 'Sheets already exist',
    existingQuestion: (existing, fresh) =>
      `This spreadsheet already has ${existing.length === 1 ? 'a sheet' : 'sheets'} named ${list(existing, 'and')}. ` +
      `${existing.length === 1 ? 'It stays' : 'They stay'} exactly as ${existing.length === 1 ? 'it is' : 'they are'}.\n\n` +
      `Create the new tracker as ${list(fresh, 'and')} instead?`,
    existingKept: (existing, fresh) =>
      `${list(existing, 'and')} already existed and ${existing.length === 1 ? 'was' : 'were'} left untouched; the new tracker is ${list(fresh, 'and')}.`,
    cancelled: 'Nothing was created.',
    trackerCreated: (names, withExamples) =>
      `Created ${list(names, 'and')}. Log your meetings on ${names[1]}: hours, stage and next contact update by themselves.` +
      (withExamples ? ' The example rows are marked and can be deleted.' : ''),

    coloursApplied: (sheet, replaced, kept, withOverdue) =>
      `Stage colours applied on ${sheet}${withOverdue ? ', overdue contacts highlighted' : ''}. ` +
      `${replaced > 0 ? `Replaced ${replaced} earlier Bondstage ${replaced === 1 ? 'rule' : 'rules'}; ` : ''}` +
      `kept ${kept} of your own ${kept === 1 ? 'rule' : 'rules'}.`,
    noStageColumn: (sheet) =>
      `No stage column found on "${sheet}". Select a sheet whose first row has a column headed "Stage" (or "Stufe"), or create a partner tracker first.`,
    unexpectedError: (detail) => `Something went wrong, and nothing was lost. Details: ${detail}`,
    errorTitle: 'Bondstage could not finish',

    hoursHelp: 'Hours must be a number of 0 or more, e.g. 1.5',
    dateHelp: 'Enter the date of the meeting, e.g. 2025-03-14',
    kindHelp: 'Choose a kind of meeting, or type your own',
    partnerHelp: 'Choose a partner from the Partners sheet (add new partners there first)',
    scoreHelp: 'The checklist score is a whole number from 0 to 9',
    contactEveryHelp: 'How often you want to meet, in days: a number of 1 or more, e.g. 30',
    computedColumnWarning:
      'Bondstage computes this column for every row from one formula in its header. A value typed here stops that formula for the whole column until you delete it again.',

    aboutTitle: 'About Bondstage',
    aboutParagraphs: [
      'Bondstage places each referral partner on a stage by the hours you have spent together. In two studies, Jeffrey A. Hall found that people moved from acquaintance to casual friend after about 50 hours together, to friend after about 90 hours and to close friend after about 200 hours. Ivan Misner (BNI) reports that referrals start to flow once a partnership passes about 90 hours.',
      'The hours are averages from self-reports, not guarantees: every relationship grows at its own pace, and joking, catching up and meaningful talk counted for more than time spent only working together. The bond checklist helps you judge the rest.',
      CITATION,
    ],
    aboutVersion: (version) => `Bondstage version ${version}`,
  },
  de: {
    productName: 'Bondstage',

    examplesTitle: 'Partnerliste anlegen',
    examplesQuestion:
      'Ein paar Beispiel-Partner und -Treffen einfügen, damit Sie die Liste gleich arbeiten sehen? (Sie können sie später löschen.)\n\nJa: mit Beispielen. Nein: leere Liste. Abbrechen: nichts anlegen.',
    existingTitle: 'Blätter vorhanden',
    existingQuestion: (existing, fresh) =>
      `Diese Tabelle hat bereits ${existing.length === 1 ? 'ein Blatt' : 'Blätter'} namens ${list(existing, 'und')}. ` +
      `${existing.length === 1 ? 'Es bleibt' : 'Sie bleiben'} genau so, wie ${existing.length === 1 ? 'es ist' : 'sie sind'}.\n\n` +
      `Die neue Liste stattdessen als ${list(fresh, 'und')} anlegen?`,
    existingKept: (existing, fresh) =>
      `${list(existing, 'und')} ${existing.length === 1 ? 'war' : 'waren'} schon vorhanden und ${existing.length === 1 ? 'blieb' : 'blieben'} unverändert; die neue Liste heißt ${list(fresh, 'und')}.`,
    cancelled: 'Es wurde nichts angelegt.',
    trackerCreated: (names, withExamples) =>
      `${list(names, 'und')} angelegt. Tragen Sie Ihre Treffen in ${names[1]} ein: Stunden, Stufe und nächster Kontakt aktualisieren sich von selbst.` +
      (withExamples ? ' Die Beispielzeilen sind gekennzeichnet und können gelöscht werden.' : ''),

    coloursApplied: (sheet, replaced, kept, withOverdue) =>
      `Stufenfarben auf ${sheet} angewendet${withOverdue ? ', überfällige Kontakte hervorgehoben' : ''}. ` +
      `${replaced > 0 ? `${replaced} frühere Bondstage-${replaced === 1 ? 'Regel' : 'Regeln'} ersetzt; ` : ''}` +
      `${kept} eigene ${kept === 1 ? 'Regel' : 'Regeln'} behalten.`,
    noStageColumn: (sheet) =>
      `Keine Stufen-Spalte auf „${sheet}“ gefunden. Wählen Sie ein Blatt, dessen erste Zeile eine Spalte „Stufe“ (oder „Stage“) hat, oder legen Sie zuerst eine Partnerliste an.`,
    unexpectedError: (detail) => `Etwas ist schiefgegangen; es ging nichts verloren. Einzelheiten: ${detail}`,
    errorTitle: 'Bondstage konnte den Befehl nicht abschließen',

    hoursHelp: 'Stunden müssen eine Zahl ab 0 sein, z. B. 1,5',
    dateHelp: 'Geben Sie das Datum des Treffens ein, z. B. 14.03.2025',
    kindHelp: 'Wählen Sie eine Art von Treffen oder geben Sie eine eigene ein',
    partnerHelp: 'Wählen Sie einen Partner aus dem Blatt Partner (neue Partner dort zuerst eintragen)',
    scoreHelp: 'Die Checklisten-Punktzahl ist eine ganze Zahl von 0 bis 9',
    contactEveryHelp: 'Wie oft Sie sich treffen möchten, in Tagen: eine Zahl ab 1, z. B. 30',
    computedColumnWarning:
      'Bondstage berechnet diese Spalte für jede Zeile mit einer Formel in ihrer Überschrift. Ein hier eingetragener Wert hält diese Formel für die ganze Spalte an, bis Sie ihn wieder löschen.',

    aboutTitle: 'Über Bondstage',
    aboutParagraphs: [
      'Bondstage ordnet jeden Empfehlungspartner nach den gemeinsam verbrachten Stunden einer Stufe zu. Jeffrey A. Hall fand in zwei Studien, dass aus Bekannten nach etwa 50 gemeinsamen Stunden lockere Freunde wurden, nach etwa 90 Stunden Freunde und nach etwa 200 Stunden enge Freunde. Ivan Misner (BNI) berichtet, dass Empfehlungen zu fließen beginnen, sobald eine Partnerschaft etwa 90 Stunden überschreitet.',
      'Die Stunden sind Durchschnittswerte aus Selbstauskünften, keine Garantie: Jede Beziehung wächst in ihrem eigenen Tempo, und Scherzen, Austausch und tiefe Gespräche zählten mehr als reine gemeinsame Arbeitszeit. Die Beziehungs-Checkliste hilft, den Rest einzuschätzen.',
      CITATION,
    ],
    aboutVersion: (version) => `Bondstage Version ${version}`,
  },
};

/** The About text as one block of paragraphs, ending with the version. */
export function aboutText(language: Language, version: string = VERSION): string {
  const texts = TRACKER_TEXTS[language];
  return [...texts.aboutParagraphs, texts.aboutVersion(version)].join('\n\n');
}
