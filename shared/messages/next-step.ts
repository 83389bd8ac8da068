/**
 * The words of the VCP phase and of the next step, in English and German:
 * one whole sentence per step and language, counted hours through the
 * language's plural rules, days written as the language writes them
 * ("2 Nov 2026" / "02.11.2026").
 */
import type { Language } from '../language';
import type { NextStep } from '../next-step';
import type { VcpPhase } from '../vcp';
import { timeOfSerial } from '../dates';
import { type PluralForms, plural } from './grammar';
import { tidyNumber } from '../cells';
import { STAGE_LABELS } from './stages';

/** VCP phases as VCPPHASE returns them. */
export const VCP_LABELS: Record<Language, Record<VcpPhase, string>> = {
  en: { visibility: 'Visibility', credibility: 'Credibility', profitability: 'Profitability' },
  de: { visibility: 'Sichtbarkeit', credibility: 'Glaubwürdigkeit', profitability: 'Profitabilität' },
};

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };
const DAY_FORMATS: Record<Language, Intl.DateTimeFormatOptions> = {
  en: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  de: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
};

/** Formatters made once per language when first needed: a range of results uses them thousands of times. */
const dayFormats: Partial<Record<Language, Intl.DateTimeFormat>> = {};
const hourFormats: Partial<Record<Language, Intl.NumberFormat>> = {};

/** A serial's calendar day as the language writes it: "2 Nov 2026" / "02.11.2026". */
export function formatDay(serial: number, language: Language): string {
  const format = (dayFormats[language] ??= new Intl.DateTimeFormat(LOCALES[language], DAY_FORMATS[language]));
  return format.format(timeOfSerial(Math.floor(serial)));
}

const HOURS: Record<Language, PluralForms> = { en: { one: 'hour', other: 'hours' }, de: { one: 'Stunde', other: 'Stunden' } };

/** Hours to go, rounded up to a tenth so that a step never says 0: "12.5 hours" / "1 Stunde". */
function hoursPhrase(hours: number, language: Language): string {
  const shown = Math.ceil(tidyNumber(hours * 10)) / 10;
  const format = (hourFormats[language] ??= new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }));
  return `${format.format(shown)} ${plural(language, shown, HOURS[language])}`;
}

type Sentences = { [K in NextStep['kind']]: (step: NextStep & { kind: K }) => string };

const SENTENCES: Record<Language, Sentences> = {
  en: {
    meet: (step) => `Meet – overdue since ${formatDay(step.overdueSince, 'en')}`,
    checklist: () => 'Do the bond checklist',
    askReferral: () => 'Ask for a referral',
    giveBack: () => 'Give a referral back',
    keepMeeting: (step) =>
      step.nextStage === undefined
        ? 'Keep in touch'
        : `Keep meeting – ${hoursPhrase(step.hoursToNext, 'en')} to ${STAGE_LABELS.en[step.nextStage]}`,
  },
  de: {
    meet: (step) => `Treffen – fällig seit ${formatDay(step.overdueSince, 'de')}`,
    checklist: () => 'Beziehungs-Checkliste ausfüllen',
    askReferral: () => 'Um eine Empfehlung bitten',
    giveBack: () => 'Eine Empfehlung zurückgeben',
    keepMeeting: (step) =>
      step.nextStage === undefined
        ? 'In Kontakt bleiben'
        : `Weiter treffen – noch ${hoursPhrase(step.hoursToNext, 'de')} bis zur Stufe ${STAGE_LABELS.de[step.nextStage]}`,
  },
};

/** The next step as a short sentence in the language. */
export function nextStepText(step: NextStep, language: Language): string {
  return (SENTENCES[language][step.kind] as (step: NextStep) => string)(step);
}
