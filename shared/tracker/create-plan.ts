/**
 * Create partner tracker, read → plan → write. A host reads the names in use;
 * the plan decides the names of the new sheets (never one that exists), which
 * existing sheets stay untouched and whether to ask before going on, the
 * layouts to write, the colour rules of the partner sheet, and what the user
 * is told afterwards. The host then writes exactly that.
 */
import type { Language } from '../language';
import type { TrackerTexts } from '../messages/tracker';
import type { TrackerDialogTexts } from '../messages/tracker-dialogs';
import { colourTargetOf, planColours, type ColourPlan } from './colour-plan';
import type { FormulaDialect } from './formulas';
import { trackerLayouts, type SheetLayout } from './layout';
import { planTrackerNames, plannedSheets, type TrackerNamePlan } from './names';
import { settingsLayout, type SettingsLayout } from './settings';
import { dashboardLayout, type DashboardLayout } from './dashboard';

export interface CreatePlan {
  names: TrackerNamePlan;
  /** The sheets to create, in order: the tracker's, its Settings, its Dashboard. */
  sheets: string[];
}

/** The names of a new tracker beside the sheets (and, in Excel, tables and defined names) already in use. */
export function planCreate(language: Language, takenSheets: readonly string[], takenNames: readonly string[] = []): CreatePlan {
  const names = planTrackerNames(language, takenSheets, takenNames);
  return { names, sheets: plannedSheets(names) };
}

/** The question to ask before creating beside sheets of the plain names, which stay as they are; null when none exists. */
export function existingSheetsQuestion(plan: CreatePlan, texts: TrackerDialogTexts): string | null {
  return plan.names.existing.length > 0 ? texts.existingQuestion(plan.names.existing, plan.sheets) : null;
}

export interface CreateOptions {
  dialect: FormulaDialect;
  language: Language;
  withExamples: boolean;
  today: Date;
}

export interface CreateLayouts {
  layouts: SheetLayout[];
  settings: SettingsLayout;
  dashboard: DashboardLayout;
  colours: ColourPlan;
}

/** The sheets to write, the Settings sheet, the Dashboard, and the colour rules of the partner sheet (a new sheet has no rules to keep). */
export function createLayouts(plan: CreatePlan, options: CreateOptions): CreateLayouts {
  const layouts = trackerLayouts({ ...options, names: plan.names });
  const partners = layouts.find((layout) => layout.sheet === 'partners')!;
  // The partner sheet's header always has the stage column.
  const target = colourTargetOf({ name: partners.name, header: partners.columns.map((column) => column.header) })!;
  const settings = settingsLayout(options.language, plan.names.settingsSheet, plan.names.settings);
  const { names } = plan;
  const dashboard = dashboardLayout({
    dialect: options.dialect.name,
    language: options.language,
    name: names.dashboard,
    places: {
      language: options.language,
      parts: options.dialect.name === 'sheets' ? names.sheets : names.tables,
      settings: names.settings,
    },
    sheets: { partners: names.sheets.partners, meetings: names.sheets.meetings },
  });
  return { layouts, settings, dashboard, colours: planColours(target, []) };
}

/** What the user is told once the tracker is written. */
export function trackerCreatedMessage(plan: CreatePlan, withExamples: boolean, texts: TrackerTexts): string {
  return texts.trackerCreated({
    sheets: plan.names.sheets,
    settings: plan.names.settingsSheet,
    dashboard: plan.names.dashboard,
    existing: plan.names.existing,
    withExamples,
  });
}
