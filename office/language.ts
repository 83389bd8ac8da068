import { type Language, languageForLocale } from '../shared/language';

/** German when Office shows German, else English (also before Office is ready, or outside Office). */
export function displayLanguage(): Language {
  try {
    return languageForLocale(Office.context.displayLanguage);
  } catch {
    return 'en';
  }
}
