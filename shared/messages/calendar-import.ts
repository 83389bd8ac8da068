/**
 * Texts of the calendar import (Sheets dialog, Excel task pane, preview), in
 * English and German: whole sentences per language, counted phrases by the
 * language's plural rules (grammar.ts). Every problem says what to do.
 */
import type { ImportProblem } from '../calendar/problems';
import type { ImportResult } from '../calendar/meetings-plan';
import type { PeriodChoice } from '../calendar/period';
import type { Language } from '../language';
import { formatIsoDate } from './checklist';
import { nameList, plural } from './grammar';

export interface CalendarImportTexts {
  title: string;
  intro: string;
  loading: string;
  fileLabel: string;
  dropHint: string;
  reading: string;
  periodLabel: string;
  periods: Record<PeriodChoice, string>;
  matchedHeading: (count: number) => string;
  unmatchedHeading: (count: number) => string;
  noMatches: string;
  columns: { import: string; date: string; time: string; hours: string; partner: string; kind: string; title: string };
  allDay: string;
  hours: (hours: number) => string;
  choosePartner: string;
  tickLabel: (title: string, date: string) => string;
  partnerLabel: (title: string, date: string) => string;
  kindLabel: (title: string, date: string) => string;
  skipped: (reasons: { cancelled: number; declined: number; alreadyImported: number }) => string;
  importButton: (count: number) => string;
  nothingTicked: string;
  importing: string;
  imported: (result: ImportResult) => string;
  importAnother: string;
  problem: (problem: ImportProblem) => string;
  retry: string;
}

function numberText(language: Language, value: number): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}

function megabytes(bytes: number, language: Language): string {
  return numberText(language, Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

const en: CalendarImportTexts = {
  title: 'Import meetings from a calendar file',
  intro:
    'Export your calendar as an .ics file (Google Calendar, Outlook or Apple Calendar), then pick it here. The file is read on this device and goes nowhere but into this spreadsheet.',
  loading: 'Reading the tracker…',
  fileLabel: 'Calendar file (.ics)',
  dropHint: 'or drop the file here',
  reading: 'Reading the calendar…',
  periodLabel: 'Period',
  periods: {
    last3Months: 'Last 3 months',
    last6Months: 'Last 6 months',
    last12Months: 'Last 12 months',
    last24Months: 'Last 24 months',
    all: 'Everything up to today',
  },
  matchedHeading: (count) => `${count} ${plural('en', count, { one: 'meeting', other: 'meetings' })} with your partners`,
  unmatchedHeading: (count) => `${count} ${plural('en', count, { one: 'event', other: 'events' })} without a partner`,
  noMatches: 'No event in this period names one of your partners. Assign events below, or choose a longer period.',
  columns: { import: 'Import', date: 'Date', time: 'Time', hours: 'Hours', partner: 'Partner', kind: 'Kind', title: 'Event' },
  allDay: 'all day',
  hours: (hours) => `${numberText('en', hours)} h`,
  choosePartner: 'Choose a partner…',
  tickLabel: (title, date) => `Import "${title}" on ${date}`,
  partnerLabel: (title, date) => `Partner for "${title}" on ${date}`,
  kindLabel: (title, date) => `Kind of "${title}" on ${date}`,
  skipped: ({ cancelled, declined, alreadyImported }) => {
    const parts = [
      cancelled ? `${cancelled} cancelled` : '',
      declined ? `${declined} declined by you` : '',
      alreadyImported ? `${alreadyImported} already imported` : '',
    ].filter(Boolean);
    const total = cancelled + declined + alreadyImported;
    return parts.length ? `Skipped ${total} ${plural('en', total, { one: 'event', other: 'events' })}: ${nameList(parts, 'en')}.` : '';
  },
  importButton: (count) => `Import ${count} ${plural('en', count, { one: 'meeting', other: 'meetings' })}`,
  nothingTicked: 'Tick the meetings to import.',
  importing: 'Adding the meetings to the tracker…',
  imported: (result) => {
    if (result.added === 0) return 'Nothing new: these meetings are already in the tracker.';
    const who = nameList(
      result.partners.map((partner) => `${partner.name} (${partner.meetings})`),
      'en',
    );
    const added = `Added ${result.added} ${plural('en', result.added, { one: 'meeting', other: 'meetings' })} to Meetings: ${who}.`;
    const column = result.addedColumns.length
      ? ` Meetings got the new ${plural('en', result.addedColumns.length, { one: 'column', other: 'columns' })} ${nameList(result.addedColumns, 'en')} at its right end.`
      : '';
    return `${added}${column} Hours together, stages and colours update by themselves.`;
  },
  importAnother: 'Import another file',
  problem: (problem) => {
    switch (problem.kind) {
      case 'tooLarge':
        return `The file is ${megabytes(problem.bytes, 'en')} MB; the limit is 20 MB. Export a shorter period from your calendar and pick that file.`;
      case 'notCalendar':
        return 'This is no calendar file. Export your calendar as .ics (iCalendar) and pick that file.';
      case 'damaged':
        return 'The calendar file is incomplete or damaged. Export it again and pick the new file.';
      case 'emptyCalendar':
        return 'The calendar file holds no events. Check that you exported the right calendar.';
      case 'noEventsInPeriod':
        return 'The file has no events in this period. Choose a longer period.';
      case 'noTracker':
        return 'This spreadsheet has no partner tracker yet. Create one with "Create partner tracker", then import again.';
      case 'noMeetingsSheet':
        return 'The tracker has no Meetings sheet (with the columns Date, Partner and Hours). Add it, or create a new tracker, then import again.';
      case 'invalidRows':
        return 'The rows to import did not arrive complete. Close the importer, open it again and import once more. Nothing was written.';
      case 'busy':
        return 'Someone else is saving into this spreadsheet right now. Nothing was written; try again in a moment.';
      case 'unreadableReply':
        return 'The spreadsheet gave an answer the importer cannot read. Reload the add-on and try again.';
      case 'hostFailure':
        return `The spreadsheet could not complete this (${problem.message}). Nothing was written; try again.`;
    }
  },
  retry: 'Try again',
};

const de: CalendarImportTexts = {
  title: 'Treffen aus einer Kalenderdatei importieren',
  intro:
    'Exportieren Sie Ihren Kalender als .ics-Datei (Google Kalender, Outlook oder Apple Kalender) und wählen Sie sie hier aus. Die Datei wird auf diesem Gerät gelesen und gelangt nirgendwohin außer in diese Tabelle.',
  loading: 'Partnerliste wird gelesen…',
  fileLabel: 'Kalenderdatei (.ics)',
  dropHint: 'oder die Datei hierher ziehen',
  reading: 'Kalender wird gelesen…',
  periodLabel: 'Zeitraum',
  periods: {
    last3Months: 'Letzte 3 Monate',
    last6Months: 'Letzte 6 Monate',
    last12Months: 'Letzte 12 Monate',
    last24Months: 'Letzte 24 Monate',
    all: 'Alles bis heute',
  },
  matchedHeading: (count) => `${count} ${plural('de', count, { one: 'Treffen', other: 'Treffen' })} mit Ihren Partnern`,
  unmatchedHeading: (count) => `${count} ${plural('de', count, { one: 'Termin', other: 'Termine' })} ohne Partner`,
  noMatches:
    'Kein Termin in diesem Zeitraum nennt einen Ihrer Partner. Ordnen Sie unten Termine zu oder wählen Sie einen längeren Zeitraum.',
  columns: { import: 'Importieren', date: 'Datum', time: 'Uhrzeit', hours: 'Stunden', partner: 'Partner', kind: 'Art', title: 'Termin' },
  allDay: 'ganztägig',
  hours: (hours) => `${numberText('de', hours)} Std.`,
  choosePartner: 'Partner wählen…',
  tickLabel: (title, date) => `„${title}“ am ${date} importieren`,
  partnerLabel: (title, date) => `Partner für „${title}“ am ${date}`,
  kindLabel: (title, date) => `Art von „${title}“ am ${date}`,
  skipped: ({ cancelled, declined, alreadyImported }) => {
    const parts = [
      cancelled ? `${cancelled} abgesagt` : '',
      declined ? `${declined} von Ihnen abgelehnt` : '',
      alreadyImported ? `${alreadyImported} schon importiert` : '',
    ].filter(Boolean);
    const total = cancelled + declined + alreadyImported;
    return parts.length
      ? `${total} ${plural('de', total, { one: 'Termin', other: 'Termine' })} übersprungen: ${nameList(parts, 'de')}.`
      : '';
  },
  importButton: (count) => `${count} ${plural('de', count, { one: 'Treffen', other: 'Treffen' })} importieren`,
  nothingTicked: 'Haken Sie die Treffen an, die importiert werden sollen.',
  importing: 'Treffen werden in die Partnerliste eingetragen…',
  imported: (result) => {
    if (result.added === 0) return 'Nichts Neues: Diese Treffen stehen schon in der Partnerliste.';
    const who = nameList(
      result.partners.map((partner) => `${partner.name} (${partner.meetings})`),
      'de',
    );
    const added = `${result.added} ${plural('de', result.added, { one: 'Treffen', other: 'Treffen' })} in „Treffen“ eingetragen: ${who}.`;
    const column = result.addedColumns.length
      ? ` „Treffen“ hat rechts ${plural('de', result.addedColumns.length, { one: 'die neue Spalte', other: 'die neuen Spalten' })} ${nameList(result.addedColumns, 'de')} bekommen.`
      : '';
    return `${added}${column} Gemeinsame Stunden, Stufen und Farben aktualisieren sich von selbst.`;
  },
  importAnother: 'Weitere Datei importieren',
  problem: (problem) => {
    switch (problem.kind) {
      case 'tooLarge':
        return `Die Datei ist ${megabytes(problem.bytes, 'de')} MB groß; erlaubt sind 20 MB. Exportieren Sie einen kürzeren Zeitraum aus Ihrem Kalender und wählen Sie diese Datei.`;
      case 'notCalendar':
        return 'Das ist keine Kalenderdatei. Exportieren Sie Ihren Kalender als .ics (iCalendar) und wählen Sie diese Datei.';
      case 'damaged':
        return 'Die Kalenderdatei ist unvollständig oder beschädigt. Exportieren Sie sie erneut und wählen Sie die neue Datei.';
      case 'emptyCalendar':
        return 'Die Kalenderdatei enthält keine Termine. Prüfen Sie, ob Sie den richtigen Kalender exportiert haben.';
      case 'noEventsInPeriod':
        return 'Die Datei hat keine Termine in diesem Zeitraum. Wählen Sie einen längeren Zeitraum.';
      case 'noTracker':
        return 'Diese Tabelle hat noch keine Partnerliste. Legen Sie eine mit „Partnerliste anlegen“ an und importieren Sie dann erneut.';
      case 'noMeetingsSheet':
        return 'Die Partnerliste hat kein Blatt „Treffen“ (mit den Spalten Datum, Partner und Stunden). Fügen Sie es hinzu oder legen Sie eine neue Partnerliste an und importieren Sie dann erneut.';
      case 'invalidRows':
        return 'Die zu importierenden Zeilen kamen nicht vollständig an. Schließen Sie den Import, öffnen Sie ihn erneut und importieren Sie noch einmal. Es wurde nichts geschrieben.';
      case 'busy':
        return 'Gerade speichert jemand anderes in diese Tabelle. Es wurde nichts geschrieben; versuchen Sie es gleich noch einmal.';
      case 'unreadableReply':
        return 'Die Tabelle hat eine Antwort gegeben, die der Import nicht lesen kann. Laden Sie das Add-on neu und versuchen Sie es noch einmal.';
      case 'hostFailure':
        return `Die Tabelle konnte das nicht abschließen (${problem.message}). Es wurde nichts geschrieben; versuchen Sie es noch einmal.`;
    }
  },
  retry: 'Erneut versuchen',
};

export const CALENDAR_IMPORT_TEXTS: Record<Language, CalendarImportTexts> = { en, de };

/** A day for the import list, in the language's short form. */
export function importDate(date: string, language: Language): string {
  return formatIsoDate(date, language);
}
