/**
 * The words of the tracker's Settings sheet, in English and German: its
 * name, column headers, the threshold presets offered in its dropdown, and
 * for each setting a label, a one-line explanation and its source (the
 * studies the stages rest on). Presets are recognised in either language,
 * so a German user can open an English tracker. No preset label has a
 * comma: Excel's dropdown lists are comma-separated.
 */
import type { Language, Texts } from '../language';
import { SETTING_LABELS, SETTINGS_HEADERS } from './tracker-setting-labels';
import type { SettingKey } from './tracker-setting-labels';

export { SETTINGS_HEADERS, type SettingKey };

export type PresetKey = 'hall2018' | 'students' | 'adults' | 'custom';

export const SETTINGS_SHEET_NAMES: Texts = { en: 'Settings', de: 'Einstellungen' };

export const PRESET_LABELS: Record<PresetKey, Texts> = {
  hall2018: { en: 'Hall 2018', de: 'Hall 2018' },
  students: { en: 'Hall – students', de: 'Hall – Studierende' },
  adults: { en: 'Hall – adults', de: 'Hall – Erwachsene' },
  custom: { en: 'Custom', de: 'Eigene Werte' },
};

export interface SettingTexts {
  label: string;
  explanation: string;
  source: string;
  /** What to enter, shown by the value cell's validation. */
  help?: string;
}

const HALL = 'Hall (2018), Journal of Social and Personal Relationships 36(4), doi:10.1177/0265407518761225';

const SETTING_DETAILS: Record<Language, Record<SettingKey, Omit<SettingTexts, 'label'>>> = {
  en: {
    preset: {
      explanation:
        'Which hours mark the stages: Hall 2018 (50/90/200, the headline figures), Hall – students (43/57/119), Hall – adults (94/164/219) or Custom (the three values below).',
      source: `${HALL}; the per-sample figures as summaries of the paper report them`,
      help: 'Choose a set of thresholds from the list',
    },
    casualFriend: {
      explanation: 'Hours together from which a partner counts as a casual friend; follows the choice above.',
      source: HALL,
    },
    friend: {
      explanation: 'Hours together from which a partner counts as a friend; follows the choice above.',
      source: HALL,
    },
    closeFriend: {
      explanation: 'Hours together from which a partner counts as a close friend; follows the choice above.',
      source: HALL,
    },
    customCasualFriend: {
      explanation: 'Used when Thresholds is Custom. The three custom values must rise, each above 0.',
      source: 'Your own choice',
      help: 'Hours: a number above 0, below the friend threshold',
    },
    customFriend: {
      explanation: 'Used when Thresholds is Custom.',
      source: 'Your own choice',
      help: 'Hours: a number between the casual-friend and close-friend thresholds',
    },
    customCloseFriend: {
      explanation: 'Used when Thresholds is Custom.',
      source: 'Your own choice',
      help: 'Hours: a number above the friend threshold',
    },
    readyHours: {
      explanation: 'A partner is ready for referrals with at least these hours together and the checklist score below.',
      source: 'Ivan Misner (BNI): referrals start to flow between 90 and 200 hours',
      help: 'Hours: a number of 0 or more, e.g. 90',
    },
    readyScore: {
      explanation: 'The bond checklist score, out of 9, a partner needs to be ready for referrals.',
      source: 'Bondstage: 7 of the 9 questions of the bond checklist answered yes',
      help: 'A whole number from 0 to 9, e.g. 7',
    },
    forecastDays: {
      explanation: 'Recent hours and the forecast of the next stage count the meetings of this many days.',
      source: 'Bondstage: a quarter of a year, so one busy week does not decide the pace',
      help: 'Days: a whole number of 1 or more, e.g. 90',
    },
    renewalDays: {
      explanation: 'After this many days the next step suggests doing the bond checklist again.',
      source: 'Bondstage: bonds change; half a year keeps the score current',
      help: 'Days: a whole number of 1 or more, e.g. 180',
    },
  },
  de: {
    preset: {
      explanation:
        'Welche Stunden die Stufen markieren: Hall 2018 (50/90/200, die Kernzahlen), Hall – Studierende (43/57/119), Hall – Erwachsene (94/164/219) oder Eigene Werte (die drei Werte unten).',
      source: `${HALL}; die Werte je Stichprobe, wie Zusammenfassungen der Studie sie nennen`,
      help: 'Wählen Sie Schwellenwerte aus der Liste',
    },
    casualFriend: {
      explanation: 'Gemeinsame Stunden, ab denen ein Partner als lockerer Freund gilt; folgt der Auswahl oben.',
      source: HALL,
    },
    friend: {
      explanation: 'Gemeinsame Stunden, ab denen ein Partner als Freund gilt; folgt der Auswahl oben.',
      source: HALL,
    },
    closeFriend: {
      explanation: 'Gemeinsame Stunden, ab denen ein Partner als enger Freund gilt; folgt der Auswahl oben.',
      source: HALL,
    },
    customCasualFriend: {
      explanation: 'Gilt, wenn bei Schwellenwerte „Eigene Werte“ gewählt ist. Die drei Werte müssen steigen und über 0 liegen.',
      source: 'Ihre eigene Wahl',
      help: 'Stunden: eine Zahl über 0, unter der Schwelle für Freundschaft',
    },
    customFriend: {
      explanation: 'Gilt, wenn bei Schwellenwerte „Eigene Werte“ gewählt ist.',
      source: 'Ihre eigene Wahl',
      help: 'Stunden: eine Zahl zwischen den Schwellen für lockere und enge Freundschaft',
    },
    customCloseFriend: {
      explanation: 'Gilt, wenn bei Schwellenwerte „Eigene Werte“ gewählt ist.',
      source: 'Ihre eigene Wahl',
      help: 'Stunden: eine Zahl über der Schwelle für Freundschaft',
    },
    readyHours: {
      explanation: 'Ein Partner ist bereit für Empfehlungen mit mindestens so vielen gemeinsamen Stunden und der Punktzahl unten.',
      source: 'Ivan Misner (BNI): Empfehlungen beginnen zwischen 90 und 200 Stunden zu fließen',
      help: 'Stunden: eine Zahl ab 0, z. B. 90',
    },
    readyScore: {
      explanation: 'Die Punktzahl der Beziehungs-Checkliste (von 9), die ein Partner für Empfehlungen braucht.',
      source: 'Bondstage: 7 der 9 Fragen der Beziehungs-Checkliste mit Ja beantwortet',
      help: 'Eine ganze Zahl von 0 bis 9, z. B. 7',
    },
    forecastDays: {
      explanation: 'Die jüngsten Stunden und die Prognose der nächsten Stufe zählen die Treffen so vieler Tage.',
      source: 'Bondstage: ein Vierteljahr, damit nicht eine volle Woche allein das Tempo bestimmt',
      help: 'Tage: eine ganze Zahl ab 1, z. B. 90',
    },
    renewalDays: {
      explanation: 'Nach so vielen Tagen schlägt der nächste Schritt vor, die Beziehungs-Checkliste erneut auszufüllen.',
      source: 'Bondstage: Beziehungen ändern sich; ein halbes Jahr hält die Punktzahl aktuell',
      help: 'Tage: eine ganze Zahl ab 1, z. B. 180',
    },
  },
};

/** Each setting's label (tracker-setting-labels.ts), explanation, source and help. */
export const SETTING_TEXTS = Object.fromEntries(
  (Object.keys(SETTING_DETAILS) as Language[]).map((language) => [
    language,
    Object.fromEntries(
      (Object.keys(SETTING_DETAILS[language]) as SettingKey[]).map((key) => [
        key,
        { label: SETTING_LABELS[language][key], ...SETTING_DETAILS[language][key] },
      ]),
    ),
  ]),
) as Record<Language, Record<SettingKey, SettingTexts>>;
