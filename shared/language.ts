/** The languages Bondstage speaks. */
export type Language = 'en' | 'de';

export const LANGUAGES: readonly Language[] = ['en', 'de'];

/** One text in every language. */
export type Texts = Record<Language, string>;

/**
 * The product language for a host locale or display language such as
 * "de", "de-AT", "de_CH" or "en-US": German for any German locale, else English.
 */
export function languageForLocale(locale: string | null | undefined): Language {
  return typeof locale === 'string' && /^de(?:[-_]|$)/i.test(locale.trim()) ? 'de' : 'en';
}
