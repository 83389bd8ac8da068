/**
 * The labels of the tracker's Settings sheet, in English and German: its
 * column headers and each setting's label (column A). Apart from the rest of
 * the sheet's words (tracker-settings.ts) because the checklist finds the
 * settings by these labels and carries no more than it needs.
 */
import type { Language } from '../language';

export type SettingKey =
  | 'preset'
  | 'casualFriend'
  | 'friend'
  | 'closeFriend'
  | 'customCasualFriend'
  | 'customFriend'
  | 'customCloseFriend'
  | 'readyHours'
  | 'readyScore'
  | 'forecastDays'
  | 'renewalDays';

export const SETTINGS_HEADERS: Record<Language, readonly [string, string, string, string]> = {
  en: ['Setting', 'Value', 'What it means', 'Source'],
  de: ['Einstellung', 'Wert', 'Bedeutung', 'Quelle'],
};

export const SETTING_LABELS: Record<Language, Record<SettingKey, string>> = {
  en: {
    preset: 'Thresholds',
    casualFriend: 'Casual friend from (hours)',
    friend: 'Friend from (hours)',
    closeFriend: 'Close friend from (hours)',
    customCasualFriend: 'Custom: casual friend from (hours)',
    customFriend: 'Custom: friend from (hours)',
    customCloseFriend: 'Custom: close friend from (hours)',
    readyHours: 'Referral ready from (hours)',
    readyScore: 'Referral ready from (checklist score)',
    forecastDays: 'Pace over the last (days)',
    renewalDays: 'Renew the checklist after (days)',
  },
  de: {
    preset: 'Schwellenwerte',
    casualFriend: 'Lockere Freundschaft ab (Stunden)',
    friend: 'Freundschaft ab (Stunden)',
    closeFriend: 'Enge Freundschaft ab (Stunden)',
    customCasualFriend: 'Eigene Werte: lockere Freundschaft ab (Stunden)',
    customFriend: 'Eigene Werte: Freundschaft ab (Stunden)',
    customCloseFriend: 'Eigene Werte: enge Freundschaft ab (Stunden)',
    readyHours: 'Bereit für Empfehlungen ab (Stunden)',
    readyScore: 'Bereit für Empfehlungen ab (Checklisten-Punkte)',
    forecastDays: 'Tempo der letzten (Tage)',
    renewalDays: 'Checkliste erneuern nach (Tagen)',
  },
};
