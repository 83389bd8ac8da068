import { type Language, languageForLocale } from '../shared/language';

/** The user's Google language decides Bondstage's language; the spreadsheet's locale is the fallback. */
export function userLanguage(): Language {
  let locale = '';
  try {
    locale = Session.getActiveUserLocale();
  } catch {
    // Not available in every context; the spreadsheet locale is the next best guess.
  }
  if (!locale) {
    try {
      locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
    } catch {
      locale = '';
    }
  }
  return languageForLocale(locale);
}
