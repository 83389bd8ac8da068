/**
 * The words of the tracker's Dashboard sheet, in English and German: its
 * name, title, the headings of its tables and the titles of its two charts.
 * The stage and VCP phase labels it counts are the tracker's own
 * (stages.ts, next-step.ts), so they match the Partners sheet exactly.
 */
import type { Language, Texts } from '../language';

export const DASHBOARD_SHEET_NAMES: Texts = { en: 'Dashboard', de: 'Übersicht' };

export interface DashboardTexts {
  title: string;
  /** The line under the title: which sheets the figures come from. */
  subtitle(partners: string, meetings: string): string;
  stagesHeading: string;
  stage: string;
  partners: string;
  vcpHeading: string;
  vcpPhase: string;
  giversGainHeading: string;
  referrals: string;
  given: string;
  received: string;
  balance: string;
  hoursHeading: string;
  month: string;
  hours: string;
  dueHeading: string;
  partner: string;
  nextContactDue: string;
  nextStep: string;
  /** Chart titles. */
  stagesChart: string;
  hoursChart: string;
}

export const DASHBOARD_TEXTS: Record<Language, DashboardTexts> = {
  en: {
    title: 'Your network at a glance',
    subtitle: (partners, meetings) => `Live figures from the sheets ${partners} and ${meetings}; they change with every meeting you log.`,
    stagesHeading: 'Partners per stage',
    stage: 'Stage',
    partners: 'Partners',
    vcpHeading: 'Partners per VCP phase',
    vcpPhase: 'VCP phase',
    giversGainHeading: 'Givers Gain',
    referrals: 'Referrals',
    given: 'Given',
    received: 'Received',
    balance: 'Balance',
    hoursHeading: 'Hours per month',
    month: 'Month',
    hours: 'Hours',
    dueHeading: 'The next 10 contacts due',
    partner: 'Partner',
    nextContactDue: 'Next contact due',
    nextStep: 'Next step',
    stagesChart: 'Partners per stage',
    hoursChart: 'Hours together per month, last 12 months',
  },
  de: {
    title: 'Ihr Netzwerk auf einen Blick',
    subtitle: (partners, meetings) =>
      `Live-Zahlen aus den Blättern ${partners} und ${meetings}; sie ändern sich mit jedem Treffen, das Sie eintragen.`,
    stagesHeading: 'Partner je Stufe',
    stage: 'Stufe',
    partners: 'Partner',
    vcpHeading: 'Partner je VCP-Phase',
    vcpPhase: 'VCP-Phase',
    giversGainHeading: 'Wer gibt, gewinnt',
    referrals: 'Empfehlungen',
    given: 'Gegeben',
    received: 'Erhalten',
    balance: 'Saldo',
    hoursHeading: 'Stunden je Monat',
    month: 'Monat',
    hours: 'Stunden',
    dueHeading: 'Die nächsten 10 fälligen Kontakte',
    partner: 'Partner',
    nextContactDue: 'Nächster Kontakt fällig',
    nextStep: 'Nächster Schritt',
    stagesChart: 'Partner je Stufe',
    hoursChart: 'Gemeinsame Stunden je Monat, letzte 12 Monate',
  },
};
