/**
 * Texts of the bond checklist (Sheets sidebar, Excel task pane), in English
 * and German: whole sentences per language, counted phrases by the language's
 * plural rules (plural.ts).
 */
import { CHECKLIST_SIZE, type ScoreBand } from '../checklist';
import { utcDateOfIsoDate } from '../dates';
import type { Language } from '../language';
import type { InvalidCheckReason, IsoDate, PortProblem } from '../port';
import type { StageForecast } from '../partner-outlook';
import { CHECKLIST_TITLE } from './checklist-title';
import { plural } from './grammar';
import { STAGE_LABELS } from './stages';

export interface ChecklistTexts {
  title: string;
  loading: string;
  partnerLabel: string;
  choosePartner: string;
  useSelection: string;
  noSelection: string;
  noPartners: string;
  hoursTogether: string;
  stage: string;
  lastContact: string;
  notRecorded: string;
  hours: (hours: number) => string;
  progressTo: (nextStage: string) => string;
  hoursToGo: (hours: number, nextStage: string) => string;
  highestStage: string;
  vcpPhase: string;
  /** The stage forecast: "Friend by 30 Jun 2026 at your current pace", or why there is none. */
  forecast: (forecast: StageForecast) => string;
  nextStep: string;
  previousCheck: (date: string, score: number) => string;
  noPreviousCheck: string;
  questionsHeading: string;
  yes: string;
  no: string;
  scoreLabel: string;
  score: (score: number) => string;
  stillOpen: (count: number) => string;
  band: Record<ScoreBand, string>;
  referralReady: string;
  referralMissing: (hoursMissing: number | null, scoreMissing: number) => string;
  save: string;
  saving: string;
  saved: (partner: string, score: number, date: string) => string;
  answerAll: (open: number) => string;
  loadFailed: string;
  retry: string;
  saveFailed: string;
  answersKept: string;
  problem: (problem: PortProblem) => string;
}

function numberText(language: Language, value: number): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: 1 }).format(value);
}

/** A calendar date for people: "12 Mar 2025" / "12. März 2025". */
export function formatIsoDate(date: IsoDate, language: Language): string {
  const instant = utcDateOfIsoDate(date);
  if (!instant) return date;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

/** What to do when the page and the spreadsheet do not understand each other. */
const REOPEN: Record<Language, string> = {
  en: 'Close the checklist and open it again.',
  de: 'Schließen Sie die Checkliste und öffnen Sie sie erneut.',
};

/** Why a check could not be saved, and what to do: the checklist sends only complete checks, so most mean a page that is out of date. */
const INVALID_CHECK: Record<Language, Record<InvalidCheckReason, string>> = {
  en: {
    malformed: `The check arrived incomplete. ${REOPEN.en}`,
    noPartner: 'Choose a partner, then save.',
    unanswered: `Answer all ${CHECKLIST_SIZE} questions, then save.`,
  },
  de: {
    malformed: `Die Prüfung kam unvollständig an. ${REOPEN.de}`,
    noPartner: 'Wählen Sie einen Partner und speichern Sie dann.',
    unanswered: `Beantworten Sie alle ${CHECKLIST_SIZE} Fragen und speichern Sie dann.`,
  },
};

const en: ChecklistTexts = {
  title: CHECKLIST_TITLE.en,
  loading: 'Loading the partner…',
  partnerLabel: 'Partner',
  choosePartner: 'Choose a partner…',
  useSelection: 'Use selected row',
  noSelection: 'Select a partner’s row in the Partners sheet and choose “Use selected row”, or choose a partner above.',
  noPartners: 'The tracker has no partners yet. Add a name in the Partners sheet, then choose “Use selected row”.',
  hoursTogether: 'Hours together',
  stage: 'Stage',
  lastContact: 'Last contact',
  notRecorded: 'not recorded',
  hours: (hours) => `${numberText('en', hours)} h`,
  progressTo: (next) => `Progress to ${next}`,
  hoursToGo: (hours, next) =>
    `${plural('en', hours, { one: `${numberText('en', hours)} hour`, other: `${numberText('en', hours)} hours` })} to go to ${next}`,
  highestStage: 'Highest stage reached',
  vcpPhase: 'VCP phase',
  forecast: (forecast) => {
    switch (forecast.kind) {
      case 'date':
        return `${STAGE_LABELS.en[forecast.stage]} by ${formatIsoDate(forecast.day, 'en')} at your current pace`;
      case 'noPace':
        return 'No forecast yet: no hours together in the last 90 days.';
      case 'tooFar':
        return 'Not within 10 years at your current pace.';
      case 'unknown':
        return 'No forecast: a recent meeting’s hours in the meeting log are not a number.';
      case 'highest':
        return '';
    }
  },
  nextStep: 'Next step',
  previousCheck: (date, score) =>
    `Previous check on ${date}: ${score} of ${CHECKLIST_SIZE}. Its answers are filled in below; change what has changed.`,
  noPreviousCheck: 'No check saved for this partner yet.',
  questionsHeading: 'The nine questions',
  yes: 'Yes',
  no: 'No',
  scoreLabel: 'Score',
  score: (score) => `${score} of ${CHECKLIST_SIZE}`,
  stillOpen: (count) => `${count} still to answer`,
  band: {
    weak: 'Early bond: get to know them better before you refer.',
    growing: 'Growing bond: keep spending time together.',
    strong: 'Strong bond: you know and trust them well enough to refer.',
  },
  referralReady: 'Referral-ready: 90 hours together and a score of 7 or more.',
  referralMissing: (hoursMissing, scoreMissing) => {
    const hours =
      hoursMissing === null
        ? 'hours together recorded in the tracker'
        : plural('en', hoursMissing, {
            one: `${numberText('en', hoursMissing)} more hour together`,
            other: `${numberText('en', hoursMissing)} more hours together`,
          });
    const answers = plural('en', scoreMissing, { one: `${scoreMissing} more “yes” answer`, other: `${scoreMissing} more “yes” answers` });
    const needs = (what: string) => `Not referral-ready yet: needs ${what} (90 hours and a score of 7).`;
    if (hoursMissing !== 0 && scoreMissing > 0) return needs(`${hours} and ${answers}`);
    return needs(hoursMissing !== 0 ? hours : answers);
  },
  save: 'Save check',
  saving: 'Saving…',
  saved: (partner, score, date) => `Saved: ${score} of ${CHECKLIST_SIZE} for ${partner} on ${date}.`,
  answerAll: (open) => `Answer all nine questions before saving: ${open} still open.`,
  loadFailed: 'The partner could not be loaded.',
  retry: 'Try again',
  saveFailed: 'Not saved.',
  answersKept: 'Your answers are still here; try again.',
  problem: (problem) => {
    switch (problem.kind) {
      case 'noTracker':
        return 'No partner tracker found: no sheet has the Partners headers (Partner, Hours together, Checklist score, Checked on). Create one with Bondstage › Create partner tracker (in the add-on menu or on the ribbon), then try again.';
      case 'noChecksSheet':
        return 'No Checks sheet found (Date, Partner, the nine questions, Score). Create it with Bondstage › Create partner tracker (in the add-on menu or on the ribbon); existing sheets stay untouched.';
      case 'partnerNotFound':
        return `No row of the Partners sheet holds “${problem.partner}” any more. Check the name in the sheet, then choose the partner again.`;
      case 'invalidCheck':
        return INVALID_CHECK.en[problem.reason];
      case 'unreadableReply':
        return `The spreadsheet's answer could not be read. ${REOPEN.en}`;
      case 'busy':
        return 'Someone else is saving into this tracker right now, so nothing was written. Wait a moment, then choose Save check again.';
      case 'hostFailure':
        return `The spreadsheet reported an error: ${problem.message}`;
    }
  },
};

const de: ChecklistTexts = {
  title: CHECKLIST_TITLE.de,
  loading: 'Partner wird geladen…',
  partnerLabel: 'Partner',
  choosePartner: 'Partner auswählen…',
  useSelection: 'Markierte Zeile verwenden',
  noSelection:
    'Markieren Sie die Zeile eines Partners im Blatt Partner und wählen Sie „Markierte Zeile verwenden“, oder wählen Sie oben einen Partner.',
  noPartners:
    'Die Liste enthält noch keine Partner. Tragen Sie einen Namen im Blatt Partner ein und wählen Sie dann „Markierte Zeile verwenden“.',
  hoursTogether: 'Stunden gemeinsam',
  stage: 'Stufe',
  lastContact: 'Letzter Kontakt',
  notRecorded: 'nicht erfasst',
  hours: (hours) => `${numberText('de', hours)} Std.`,
  // The stage is named, not declined: "bis zur Stufe „Lockere Freundschaft“", never "bis Lockere Freundschaft".
  progressTo: (next) => `Fortschritt zur Stufe „${next}“`,
  hoursToGo: (hours, next) =>
    `Noch ${plural('de', hours, { one: `${numberText('de', hours)} Stunde`, other: `${numberText('de', hours)} Stunden` })} bis zur Stufe „${next}“`,
  highestStage: 'Höchste Stufe erreicht',
  vcpPhase: 'VCP-Phase',
  forecast: (forecast) => {
    switch (forecast.kind) {
      case 'date':
        return `${STAGE_LABELS.de[forecast.stage]} bis zum ${formatIsoDate(forecast.day, 'de')} im jetzigen Tempo`;
      case 'noPace':
        return 'Noch keine Prognose: keine gemeinsamen Stunden in den letzten 90 Tagen.';
      case 'tooFar':
        return 'Im jetzigen Tempo nicht innerhalb von 10 Jahren.';
      case 'unknown':
        return 'Keine Prognose: Die Stunden eines der letzten Treffen im Treffen-Protokoll sind keine Zahl.';
      case 'highest':
        return '';
    }
  },
  nextStep: 'Nächster Schritt',
  previousCheck: (date, score) =>
    `Letzte Prüfung am ${date}: ${score} von ${CHECKLIST_SIZE}. Die Antworten sind unten eingetragen; ändern Sie, was sich geändert hat.`,
  noPreviousCheck: 'Für diesen Partner ist noch keine Prüfung gespeichert.',
  questionsHeading: 'Die neun Fragen',
  yes: 'Ja',
  no: 'Nein',
  scoreLabel: 'Punkte',
  score: (score) => `${score} von ${CHECKLIST_SIZE}`,
  stillOpen: (count) => `noch ${count} offen`,
  band: {
    weak: 'Junge Beziehung: Lernen Sie die Person besser kennen, bevor Sie sie empfehlen.',
    growing: 'Wachsende Beziehung: Verbringen Sie weiter Zeit miteinander.',
    strong: 'Starke Beziehung: Sie kennen die Person und vertrauen ihr genug, um sie zu empfehlen.',
  },
  referralReady: 'Bereit für Empfehlungen: 90 Stunden gemeinsam und mindestens 7 Punkte.',
  referralMissing: (hoursMissing, scoreMissing) => {
    // A whole sentence after the colon, so it starts with a capital. The verb agrees
    // with what is missing: "Es fehlt" one thing counted one, else "Es fehlen".
    const lacks = (what: string) => `Noch nicht bereit für Empfehlungen: Es fehlt ${what} (nötig sind 90 Stunden und 7 Punkte).`;
    const lack = (what: string) => `Noch nicht bereit für Empfehlungen: Es fehlen ${what} (nötig sind 90 Stunden und 7 Punkte).`;
    const answers = plural('de', scoreMissing, { one: `${scoreMissing} Ja-Antwort`, other: `${scoreMissing} Ja-Antworten` });
    if (hoursMissing === 0) return plural('de', scoreMissing, { one: lacks(`noch ${answers}`), other: lack(`noch ${answers}`) });
    const hours =
      hoursMissing === null
        ? 'die gemeinsamen Stunden in der Liste'
        : plural('de', hoursMissing, {
            one: `noch ${numberText('de', hoursMissing)} gemeinsame Stunde`,
            other: `noch ${numberText('de', hoursMissing)} gemeinsame Stunden`,
          });
    // Two things missing take the plural verb: "Es fehlen noch 1 gemeinsame Stunde und 1 Ja-Antwort".
    if (scoreMissing > 0) return lack(`${hours} und ${hoursMissing === null ? 'noch ' : ''}${answers}`);
    // Unrecorded hours ("die gemeinsamen Stunden") are plural, as 0 is.
    return plural('de', hoursMissing ?? 0, { one: lacks(hours), other: lack(hours) });
  },

  save: 'Prüfung speichern',
  saving: 'Wird gespeichert…',
  saved: (partner, score, date) => `Gespeichert: ${score} von ${CHECKLIST_SIZE} für ${partner} am ${date}.`,
  answerAll: (open) => `Beantworten Sie vor dem Speichern alle neun Fragen: noch ${open} offen.`,
  loadFailed: 'Der Partner konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  saveFailed: 'Nicht gespeichert.',
  answersKept: 'Ihre Antworten bleiben erhalten; versuchen Sie es erneut.',
  problem: (problem) => {
    switch (problem.kind) {
      case 'noTracker':
        return 'Keine Partnerliste gefunden: Kein Blatt hat die Spalten der Partnerliste (Partner, Stunden gemeinsam, Checklisten-Punkte, Geprüft am). Legen Sie eine mit Bondstage › Partnerliste anlegen an (im Add-on-Menü oder im Menüband) und versuchen Sie es erneut.';
      case 'noChecksSheet':
        return 'Kein Blatt Checklisten gefunden (Datum, Partner, die neun Fragen, Punkte). Legen Sie es mit Bondstage › Partnerliste anlegen an (im Add-on-Menü oder im Menüband); vorhandene Blätter bleiben unverändert.';
      case 'partnerNotFound':
        return `Keine Zeile im Blatt Partner enthält noch „${problem.partner}“. Prüfen Sie den Namen im Blatt und wählen Sie den Partner erneut.`;
      case 'invalidCheck':
        return INVALID_CHECK.de[problem.reason];
      case 'unreadableReply':
        return `Die Antwort der Tabelle war nicht lesbar. ${REOPEN.de}`;
      case 'busy':
        return 'Gerade speichert jemand anderes in dieser Partnerliste, daher wurde nichts geschrieben. Warten Sie einen Moment und wählen Sie dann erneut Prüfung speichern.';
      case 'hostFailure':
        return `Die Tabelle meldet einen Fehler: ${problem.message}`;
    }
  },
};

export const CHECKLIST_TEXTS: Record<Language, ChecklistTexts> = { en, de };
