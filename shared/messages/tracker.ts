/**
 * Texts of the tracker commands, the About box and their errors, in English
 * and German (the menu's labels: commands.ts): whole sentences per language, counted phrases by the
 * language's plural rules (grammar.ts). What only Google Sheets shows, its
 * dialogs, is in tracker-dialogs.ts.
 */
import type { Language } from '../language';
import { VERSION } from '../version';
import type { TrackerNames } from '../tracker/names';
import { nameList, plural } from './grammar';

/** What Create partner tracker made: the new sheets, the sheets of the plain names it left untouched, and whether with examples. */
export interface CreatedTracker {
  sheets: TrackerNames;
  /** The Settings sheet. */
  settings: string;
  dashboard: string;
  existing: readonly string[];
  withExamples: boolean;
}

/** What Update tracker added: columns per sheet (their headers) and the Settings sheet, if any. */
export interface UpdatedTracker {
  columns: readonly { sheet: string; headers: readonly string[] }[];
  /** Headers of the columns whose formulas now read the Settings. */
  refreshed: readonly string[];
  settingsSheet: string | null;
  /** The Dashboard sheet added, if any. */
  dashboardSheet: string | null;
}

export interface TrackerTexts {
  productName: string;

  /** The sheets created, the existing sheets left untouched (if any), and where to delete examples (if any). */
  trackerCreated(created: CreatedTracker): string;

  /** What Update tracker added, or that nothing was missing. */
  trackerUpdated(updated: UpdatedTracker): string;
  noTrackerToUpdate: string;
  noMeetingsToUpdate(partners: string): string;

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

  aboutTitle: string;
  aboutParagraphs: readonly string[];
  aboutVersion(version: string): string;
}

const sheetList = (sheets: TrackerNames, settings: string, dashboard: string) => [
  sheets.partners,
  sheets.meetings,
  sheets.checks,
  settings,
  dashboard,
];

const CITATION =
  'Jeffrey A. Hall, "How many hours does it take to make a friend?", Journal of Social and Personal Relationships 36(4), 1278–1296 (2018), doi:10.1177/0265407518761225.';

export const TRACKER_TEXTS: Record<Language, TrackerTexts> = {
  en: {
    productName: 'Bondstage',

    trackerCreated: ({ sheets, settings, dashboard, existing, withExamples }) => {
      const created = nameList(sheetList(sheets, settings, dashboard), 'en');
      const kept = nameList(existing, 'en');
      return [
        existing.length > 0
          ? plural('en', existing.length, {
              one: `${kept} already existed and was left untouched; the new tracker is ${created}.`,
              other: `${kept} already existed and were left untouched; the new tracker is ${created}.`,
            })
          : '',
        `Created ${created}. Log your meetings on ${sheets.meetings}: hours, stage and next contact update by themselves. Thresholds and rules are on ${settings}; ${dashboard} shows your network at a glance.`,
        withExamples ? 'The example rows are marked and can be deleted.' : '',
      ]
        .filter(Boolean)
        .join(' ');
    },

    trackerUpdated: ({ columns, refreshed, settingsSheet, dashboardSheet }) => {
      if (columns.length === 0 && refreshed.length === 0 && settingsSheet === null && dashboardSheet === null)
        return 'The tracker is up to date: nothing was missing, nothing was changed.';
      const parts = columns.map(({ sheet, headers }) =>
        plural('en', headers.length, {
          one: `Added the column ${nameList(headers, 'en')} to ${sheet}.`,
          other: `Added ${headers.length} columns to ${sheet}: ${nameList(headers, 'en')}.`,
        }),
      );
      if (settingsSheet !== null) parts.push(`Added the sheet ${settingsSheet} with the thresholds and rules the tracker reads.`);
      if (dashboardSheet !== null) parts.push(`Added the sheet ${dashboardSheet}: your network at a glance, with two charts.`);
      if (refreshed.length > 0)
        parts.push(
          plural('en', refreshed.length, {
            one: `The column ${nameList(refreshed, 'en')} now reads the Settings.`,
            other: `The columns ${nameList(refreshed, 'en')} now read the Settings.`,
          }),
        );
      parts.push('Nothing you entered was changed.');
      return parts.join(' ');
    },
    noTrackerToUpdate:
      'No partner tracker found to update. Open the spreadsheet that holds your tracker (a sheet whose first row has the columns Partner, Hours together, Checklist score and Checked on), or create a partner tracker.',
    noMeetingsToUpdate: (partners) =>
      `No meeting log found beside ${partners}. Keep a sheet whose first row has the columns Date, Partner and Hours, then update again.`,

    coloursApplied: (sheet, replaced, kept, withOverdue) => {
      const applied = withOverdue
        ? `Stage colours applied on ${sheet}, overdue contacts highlighted.`
        : `Stage colours applied on ${sheet}.`;
      const keptRules = plural('en', kept, { one: `${kept} rule of your own`, other: `${kept} rules of your own` });
      const rules =
        replaced > 0
          ? `Replaced ${plural('en', replaced, { one: `${replaced} earlier Bondstage rule`, other: `${replaced} earlier Bondstage rules` })}; kept ${keptRules}.`
          : `Kept ${keptRules}.`;
      return `${applied} ${rules}`;
    },
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

    trackerCreated: ({ sheets, settings, dashboard, existing, withExamples }) => {
      const created = nameList(sheetList(sheets, settings, dashboard), 'de');
      const kept = nameList(existing, 'de');
      return [
        existing.length > 0
          ? plural('de', existing.length, {
              one: `${kept} war schon vorhanden und blieb unverändert; die neue Liste heißt ${created}.`,
              other: `${kept} waren schon vorhanden und blieben unverändert; die neue Liste heißt ${created}.`,
            })
          : '',
        `${created} angelegt. Tragen Sie Ihre Treffen in ${sheets.meetings} ein: Stunden, Stufe und nächster Kontakt aktualisieren sich von selbst. Schwellenwerte und Regeln stehen in ${settings}; ${dashboard} zeigt Ihr Netzwerk auf einen Blick.`,
        withExamples ? 'Die Beispielzeilen sind gekennzeichnet und können gelöscht werden.' : '',
      ]
        .filter(Boolean)
        .join(' ');
    },

    trackerUpdated: ({ columns, refreshed, settingsSheet, dashboardSheet }) => {
      if (columns.length === 0 && refreshed.length === 0 && settingsSheet === null && dashboardSheet === null)
        return 'Die Partnerliste ist auf dem neuesten Stand: Es fehlte nichts, es wurde nichts geändert.';
      const parts = columns.map(({ sheet, headers }) =>
        plural('de', headers.length, {
          one: `Die Spalte ${nameList(headers, 'de')} wurde in ${sheet} ergänzt.`,
          other: `${headers.length} Spalten wurden in ${sheet} ergänzt: ${nameList(headers, 'de')}.`,
        }),
      );
      if (settingsSheet !== null) parts.push(`Das Blatt ${settingsSheet} mit den Schwellenwerten und Regeln der Liste wurde angelegt.`);
      if (dashboardSheet !== null)
        parts.push(`Das Blatt ${dashboardSheet} wurde angelegt: Ihr Netzwerk auf einen Blick, mit zwei Diagrammen.`);
      if (refreshed.length > 0)
        parts.push(
          plural('de', refreshed.length, {
            one: `Die Spalte ${nameList(refreshed, 'de')} liest jetzt die Einstellungen.`,
            other: `Die Spalten ${nameList(refreshed, 'de')} lesen jetzt die Einstellungen.`,
          }),
        );
      parts.push('Nichts von Ihren Eingaben wurde verändert.');
      return parts.join(' ');
    },
    noTrackerToUpdate:
      'Keine Partnerliste zum Aktualisieren gefunden. Öffnen Sie die Tabelle mit Ihrer Liste (ein Blatt, dessen erste Zeile die Spalten Partner, Stunden gemeinsam, Checklisten-Punkte und Geprüft am hat) oder legen Sie eine Partnerliste an.',
    noMeetingsToUpdate: (partners) =>
      `Kein Treffen-Protokoll neben ${partners} gefunden. Behalten Sie ein Blatt, dessen erste Zeile die Spalten Datum, Partner und Stunden hat, und aktualisieren Sie dann erneut.`,

    coloursApplied: (sheet, replaced, kept, withOverdue) => {
      const applied = withOverdue
        ? `Stufenfarben auf ${sheet} angewendet, überfällige Kontakte hervorgehoben.`
        : `Stufenfarben auf ${sheet} angewendet.`;
      const keptRules = plural('de', kept, { one: `${kept} eigene Regel`, other: `${kept} eigene Regeln` });
      const rules =
        replaced > 0
          ? `${plural('de', replaced, { one: `${replaced} frühere Bondstage-Regel`, other: `${replaced} frühere Bondstage-Regeln` })} ersetzt; ${keptRules} behalten.`
          : `${keptRules} behalten.`;
      return `${applied} ${rules}`;
    },
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
