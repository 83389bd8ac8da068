/**
 * The grammar messages share: counted phrases take their form from the
 * language's plural rules (Intl.PluralRules; English and German have "one"
 * and "other"), never from comparing with 1 in the text itself; lists of
 * names are joined with the language's "and".
 */
import type { Language } from '../language';

export interface PluralForms {
  one: string;
  other: string;
}

/** The form of `forms` the language uses for `count`. */
export function plural(language: Language, count: number, forms: PluralForms): string {
  return (PLURAL_RULES[language] ??= new Intl.PluralRules(language)).select(count) === 'one' ? forms.one : forms.other;
}

/** One PluralRules per language, made when first needed: a range of results asks thousands of times. */
const PLURAL_RULES: Partial<Record<Language, Intl.PluralRules>> = {};

const AND: Record<Language, string> = { en: 'and', de: 'und' };

/** Names as a list: "A", "A and B", "A, B and C" ("und" in German). */
export function nameList(names: readonly string[], language: Language): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${AND[language]} ${names[names.length - 1]}`;
}
