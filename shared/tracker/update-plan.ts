/**
 * Update tracker, read → plan → write: brings a tracker made by an earlier
 * version up to the current layout. A host reads every sheet's header row
 * (Excel: each table's) and the defined names in use; the plan decides:
 * - which tracker: the partner sheet found by its headers (the active sheet
 *   first), its meeting and checklist sheets likewise; none is a problem the
 *   user is told about;
 * - the tracker's language, from its headers (new headers are written in it);
 * - the missing columns of each sheet, at its right end (missing-columns.ts),
 *   with the formulas of computed ones referring to the columns where they
 *   really are after the additions;
 * - the computed columns whose formula an earlier version wrote without the
 *   Settings (Bondstage's own function, no settings name in it): their
 *   formula is rewritten to read the Settings; a formula the user changed
 *   into anything else is left alone;
 * - the Settings sheet and its defined names, when the tracker has none;
 * - the Dashboard, when no sheet is this tracker's dashboard (dashboard.ts
 *   recognises one by its A1 and A2); a sheet of the user's of that name
 *   keeps it, and the new one gets a fresh name;
 * - what the user is told. An empty plan writes nothing, so the command can
 *   run any number of times; no existing cell, column or rule is touched.
 */
import { cellText } from '../cells';
import { CommandProblem } from '../command-problem';
import { EXCEL_FUNCTION_NAMESPACE } from '../commands';
import { LANGUAGES, type Language } from '../language';
import type { TrackerTexts } from '../messages/tracker';
import {
  CHECK_COLUMNS,
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  columnByKey,
  findColumn,
  type ColumnDeclaration,
  type PartnerColumnKey,
  type TrackerSheet,
} from './columns';
import { isComputedColumn, type FormulaDialect, type FormulaPlaces } from './formulas';
import { planMissingColumns, type ColumnAddition } from './missing-columns';
import { trackerLayouts, type ColumnLayout } from './layout';
import { planSettingsNames, planTrackerNames, trackerNumber } from './names';
import { meetingColumns, trackerSheetsByPreference, type SheetHeader } from './reading';
import { SETTING_NAME_KEYS, settingNamesFor, settingsLayout, type SettingNames, type SettingsLayout } from './settings';
import { dashboardLayout, isDashboardOf, planDashboardName, type DashboardLayout } from './dashboard';

/** A sheet as Update tracker reads it: its name, its header row (Excel: its table's header, and the table's name). */
export interface UpdateSheet extends SheetHeader {
  table?: string;
  /** Formulas of the computed columns, per column: Sheets the header row's, Excel the first data row's. */
  formulas?: readonly unknown[];
}

export interface UpdateInput {
  dialect: FormulaDialect;
  userLanguage: Language;
  sheets: readonly UpdateSheet[];
  /** Defined names in use (Sheets: named ranges; Excel: defined names and tables). */
  takenNames: readonly string[];
  /** The active sheet, preferred when it is a partner sheet. */
  activeSheet?: string | null;
  /** A1 and A2 of every sheet of the file (Excel: also sheets without a table), where a dashboard is recognised; none when absent. */
  leads?: readonly SheetLead[];
}

/** A sheet's name and its cells A1 and A2. */
export interface SheetLead {
  name: string;
  title: unknown;
  subtitle: unknown;
}

export interface SheetUpdate {
  sheet: TrackerSheet;
  name: string;
  table?: string;
  /** The columns to add, at their zero-based index; computed ones with their formula in the dialect. */
  additions: ColumnAddition<ColumnLayout>[];
  /** Existing computed columns whose earlier formula is replaced by the current one, at their index. */
  refreshed: ColumnAddition<ColumnLayout>[];
}

export interface UpdatePlan {
  language: Language;
  /** The tracker's partner sheet (where partner names are offered from). */
  partners: string;
  sheets: SheetUpdate[];
  /** The Settings sheet to create with its defined names, or null when the tracker has one. */
  settings: SettingsLayout | null;
  settingNames: SettingNames;
  /** The Dashboard to create, or null when the tracker has one. */
  dashboard: DashboardLayout | null;
}

const DECLARATIONS: Record<TrackerSheet, readonly ColumnDeclaration[]> = {
  partners: PARTNER_COLUMNS,
  meetings: MEETING_COLUMNS,
  checks: CHECK_COLUMNS,
};

/** The computed columns that gained a Settings argument, and the catalog function each calls. */
const SETTINGS_READERS: ReadonlyMap<string, string> = new Map([
  ['stage', 'BONDSTAGE'],
  ['progress', 'BONDPROGRESS'],
  ['hoursToNext', 'HOURSTONEXT'],
  ['referralReady', 'REFERRALREADY'],
]);

/** True for a formula an earlier version wrote for the column: it calls the column's function and reads no setting. */
export function isEarlierOwnFormula(formula: unknown, fn: string): boolean {
  const text = cellText(formula).trim();
  const own = new RegExp(`^=\\s*(?:ARRAYFORMULA\\(\\s*VSTACK\\(\\s*"(?:[^"]|"")*"\\s*,\\s*|${EXCEL_FUNCTION_NAMESPACE}\\.)${fn}\\(`, 'i');
  return own.test(text) && !/Bondstage_/i.test(text);
}

/** The language most of the header's cells are written in exactly; the user's on a tie. */
export function trackerLanguage(header: readonly unknown[], userLanguage: Language): Language {
  const count = (language: Language) => PARTNER_COLUMNS.filter((column) => header.some((cell) => cell === column.header[language])).length;
  const [first, second] = LANGUAGES.map(count);
  return first === second ? userLanguage : first > second ? LANGUAGES[0] : LANGUAGES[1];
}

/**
 * The setting names of the tracker's own number ("Partners (2)" → the _2
 * names) when all of them are in use, else null: a tracker is paired with
 * its Settings by number, so a second tracker never reads the first one's.
 */
function existingSettingNames(taken: ReadonlySet<string>, partnersSheet: string): SettingNames | null {
  const names = settingNamesFor(trackerNumber(partnersSheet));
  return SETTING_NAME_KEYS.every((key) => taken.has(names[key].toLowerCase())) ? names : null;
}

function header(sheets: readonly UpdateSheet[], name: string): readonly unknown[] {
  return sheets.find((sheet) => sheet.name === name)!.header;
}

/**
 * The plan for the given tracker.
 * @throws CommandProblem when no partner sheet, or no meeting log beside it, is found
 */
export function planUpdate(input: UpdateInput, texts: TrackerTexts): UpdatePlan {
  const { sheets, dialect } = input;
  const partnersName = trackerSheetsByPreference(sheets, 'partners', input.activeSheet)[0];
  if (!partnersName) throw new CommandProblem(texts.noTrackerToUpdate);
  const partnerHeader = header(sheets, partnersName);
  const language = trackerLanguage(partnerHeader, input.userLanguage);
  const meetings = sheets.filter((sheet) => meetingColumns(sheet.header) !== null && sheet.name !== partnersName);
  // The meeting log of the same number as the partner sheet ("Meetings (2)" beside "Partners (2)"), else the first.
  const meetingsSheet = meetings.find((sheet) => trackerNumber(sheet.name) === trackerNumber(partnersName)) ?? meetings[0];
  if (!meetingsSheet) throw new CommandProblem(texts.noMeetingsToUpdate(partnersName));
  const checksName = trackerSheetsByPreference(sheets, 'checks')[0] ?? null;

  // Every sheet of the file: in Excel, sheets without a table are known from their leads only.
  const leads = input.leads ?? [];
  const sheetNames = [...new Set([...sheets.map((sheet) => sheet.name), ...leads.map((lead) => lead.name)])];
  const taken = new Set(input.takenNames.map((name) => name.toLowerCase()));
  const found = existingSettingNames(taken, partnersName);
  const fresh = found ? null : planSettingsNames(language, sheetNames, input.takenNames, trackerNumber(partnersName));
  const settingNames = found ?? fresh!.settings;

  // The current layout, for the headers, formats and widths of what is missing.
  const layouts = trackerLayouts({
    dialect,
    language,
    names: planTrackerNames(language, []),
    withExamples: false,
    today: new Date(0),
  });
  const found3: Record<TrackerSheet, UpdateSheet | undefined> = {
    partners: sheets.find((sheet) => sheet.name === partnersName),
    meetings: meetingsSheet,
    checks: checksName === null ? undefined : sheets.find((sheet) => sheet.name === checksName),
  };
  const additions = {} as Record<TrackerSheet, ColumnAddition<ColumnLayout>[]>;
  const finalHeaders = {} as Record<TrackerSheet, unknown[]>;
  for (const layout of layouts) {
    const sheet = found3[layout.sheet];
    const current = sheet ? [...sheet.header] : [];
    additions[layout.sheet] = sheet ? planMissingColumns(current, DECLARATIONS[layout.sheet], layout.columns) : [];
    for (const { index, column } of additions[layout.sheet]) current[index] = column.header;
    finalHeaders[layout.sheet] = current;
  }
  const places: FormulaPlaces = {
    language,
    parts: {
      partners: dialect.name === 'excel' ? (found3.partners!.table ?? partnersName) : partnersName,
      meetings: dialect.name === 'excel' ? (meetingsSheet.table ?? meetingsSheet.name) : meetingsSheet.name,
      checks: checksName ?? '',
    },
    settings: settingNames,
    partnerHeader: finalHeaders.partners,
    meetingHeader: finalHeaders.meetings,
  };
  const withFormulas = (addition: ColumnAddition<ColumnLayout>): ColumnAddition<ColumnLayout> => {
    const { headerFormula: _sheets, rowFormula: _excel, ...column } = addition.column;
    if (!isComputedColumn(column.key)) return { index: addition.index, column };
    const formula = dialect.columnFormula(column.key, places);
    return {
      index: addition.index,
      column: dialect.name === 'sheets' ? { ...column, headerFormula: formula } : { ...column, rowFormula: formula },
    };
  };
  // Earlier formulas of computed partner columns, rewritten to read the Settings.
  const partnerLayout = layouts.find((layout) => layout.sheet === 'partners')!;
  const refreshed = partnerLayout.columns.flatMap((column) => {
    const fn = SETTINGS_READERS.get(column.key);
    // The partner layout's columns are the partner declarations, so the key is a partner column's.
    const index = fn ? findColumn(partnerHeader, columnByKey(PARTNER_COLUMNS, column.key as PartnerColumnKey)) : -1;
    return index >= 0 && isEarlierOwnFormula(found3.partners!.formulas?.[index], fn!) ? [withFormulas({ index, column })] : [];
  });
  const hasDashboard = leads.some((lead) => isDashboardOf(lead.title, lead.subtitle, partnersName, meetingsSheet.name));
  const sheetsTaken = fresh ? [...sheetNames, fresh.settingsSheet] : sheetNames;
  const dashboard = hasDashboard
    ? null
    : dashboardLayout({
        dialect: dialect.name,
        language,
        name: planDashboardName(language, sheetsTaken, trackerNumber(partnersName)),
        places,
        sheets: { partners: partnersName, meetings: meetingsSheet.name },
      });
  const updates: SheetUpdate[] = [];
  for (const kind of ['partners', 'meetings', 'checks'] as const) {
    const sheet = found3[kind];
    const renewed = kind === 'partners' ? refreshed : [];
    if (sheet && additions[kind].length + renewed.length > 0)
      updates.push({ sheet: kind, name: sheet.name, table: sheet.table, additions: additions[kind].map(withFormulas), refreshed: renewed });
  }
  return {
    language,
    partners: partnersName,
    sheets: updates,
    settings: fresh ? settingsLayout(language, fresh.settingsSheet, fresh.settings) : null,
    settingNames,
    dashboard,
  };
}

/** True when the plan adds nothing. */
export function isUpToDate(plan: UpdatePlan): boolean {
  return plan.sheets.length === 0 && plan.settings === null && plan.dashboard === null;
}

/** What the user is told once the plan is written. */
export function trackerUpdatedMessage(plan: UpdatePlan, texts: TrackerTexts): string {
  return texts.trackerUpdated({
    columns: plan.sheets
      .filter((sheet) => sheet.additions.length > 0)
      .map((sheet) => ({ sheet: sheet.name, headers: sheet.additions.map((addition) => addition.column.header) })),
    refreshed: plan.sheets.flatMap((sheet) => sheet.refreshed.map((refresh) => refresh.column.header)),
    settingsSheet: plan.settings?.name ?? null,
    dashboardSheet: plan.dashboard?.name ?? null,
  });
}
