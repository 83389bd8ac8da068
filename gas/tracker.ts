/**
 * The tracker commands in Google Sheets: the add-on menu, Create partner
 * tracker, Apply stage colours and About. Every command reads and writes
 * whole ranges (a fixed number of calls, whatever the number of partners)
 * and reports errors in an alert in the user's language.
 */
import type { Language } from '../shared/language';
import { commandFailureMessage } from '../shared/command-problem';
import { userLanguage } from './language';
import { headerOf } from './sheet-reads';
import { removeNamedRanges, writeSettings, writeSheet } from './tracker-write';
import { writeDashboard } from './tracker-dashboard';
import { COMMANDS } from '../shared/commands';
import { COMMAND_LABELS } from '../shared/messages/commands';
import { TRACKER_TEXTS, type TrackerTexts, aboutText } from '../shared/messages/tracker';
import { TRACKER_DIALOGS } from '../shared/messages/tracker-dialogs';
import {
  type ColourPlan,
  type ColourTarget,
  type ExistingColourRule,
  FIRST_COLOURED_ROW,
  SHEETS_DIALECT,
  colourTargetOf,
  coloursAppliedMessage,
  createLayouts,
  existingSheetsQuestion,
  fallbackColourTarget,
  planColours,
  planCreate,
  trackerCreatedMessage,
} from '../shared/tracker';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

/**
 * Builds the Extensions › Bondstage menu from shared/commands.ts. Without
 * authorisation (AuthMode.NONE, before the add-on is enabled in this file)
 * no other service may be touched, so the labels are English then.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const language = e && e.authMode === ScriptApp.AuthMode.NONE ? 'en' : userLanguage();
  const labels = COMMAND_LABELS[language];
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const command of COMMANDS) {
    if (command.separatorBefore) menu.addSeparator();
    menu.addItem(labels[command.id], command.id);
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Runs a menu command; any failure reaches the user as an alert in their language. */
export function runCommand(command: (texts: TrackerTexts, language: Language, ui: Ui) => void): void {
  const language = userLanguage();
  const texts = TRACKER_TEXTS[language];
  const ui = SpreadsheetApp.getUi();
  try {
    command(texts, language, ui);
  } catch (error) {
    const message = commandFailureMessage(error, texts);
    ui.alert(texts.errorTitle, message, ui.ButtonSet.OK);
  }
}

// ---------------------------------------------------------------------------
// Create partner tracker
// ---------------------------------------------------------------------------

export function createTracker(): void {
  runCommand((texts, language, ui) => {
    const dialogs = TRACKER_DIALOGS[language];
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const plan = planCreate(
      language,
      spreadsheet.getSheets().map((sheet) => sheet.getName()),
      spreadsheet.getNamedRanges().map((range) => range.getName()),
    );
    const question = existingSheetsQuestion(plan, dialogs);
    if (question !== null) {
      const answer = ui.alert(dialogs.existingTitle, question, ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES) {
        spreadsheet.toast(dialogs.cancelled, texts.productName);
        return;
      }
    }
    const examples = ui.alert(dialogs.examplesTitle, dialogs.examplesQuestion, ui.ButtonSet.YES_NO_CANCEL);
    if (examples !== ui.Button.YES && examples !== ui.Button.NO) {
      spreadsheet.toast(dialogs.cancelled, texts.productName);
      return;
    }
    const withExamples = examples === ui.Button.YES;
    const { layouts, settings, dashboard, colours } = createLayouts(plan, {
      dialect: SHEETS_DIALECT,
      language,
      withExamples,
      today: new Date(),
    });
    const sheets = new Map<string, Sheet>();
    try {
      for (const layout of layouts) sheets.set(layout.sheet, spreadsheet.insertSheet(layout.name));
      sheets.set('settings', spreadsheet.insertSheet(settings.name));
      sheets.set('dashboard', spreadsheet.insertSheet(dashboard.name));
      const partners = sheets.get('partners')!;
      for (const layout of layouts) writeSheet(sheets.get(layout.sheet)!, layout, texts, dialogs, partners);
      writeSettings(spreadsheet, sheets.get('settings')!, settings, partners);
      writeColours(partners, colours, []);
      writeDashboard(sheets.get('dashboard')!, dashboard);
    } catch (error) {
      // Remove the half-built tracker (only sheets and names made just now), so trying again gets the plain names.
      removeNamedRanges(
        spreadsheet,
        settings.names.map((name) => name.name),
      );
      for (const sheet of sheets.values()) spreadsheet.deleteSheet(sheet);
      throw error;
    }
    const partners = sheets.get('partners')!;
    spreadsheet.setActiveSheet(partners);
    spreadsheet.toast(trackerCreatedMessage(plan, withExamples, texts), texts.productName, 15);
  });
}

// ---------------------------------------------------------------------------
// Apply stage colours
// ---------------------------------------------------------------------------

/** A sheet's conditional-format rules as the colour plan compares them: custom formulas with their background. */
function existingColourRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): ExistingColourRule[] {
  return rules.map((rule) => {
    const condition = rule.getBooleanCondition();
    if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA)
      return { formula: null, background: null };
    return { formula: String(condition.getCriteriaValues()[0] ?? ''), background: condition.getBackground() };
  });
}

/** Writes a colour plan in one call: the rules it keeps first, so where they overlap the user's win, then its own. */
function writeColours(sheet: Sheet, plan: ColourPlan, existing: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
  const dataRows = Math.max(sheet.getMaxRows() - 1, 1);
  const built = plan.rules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setFontColor(rule.text)
      .setRanges([sheet.getRange(FIRST_COLOURED_ROW, rule.column + 1, dataRows, 1)])
      .build(),
  );
  sheet.setConditionalFormatRules([...existing.filter((_, index) => !plan.replace[index]), ...built]);
}

/** Replaces Bondstage's rules on the target sheet and keeps every other rule. */
function colourSheet(sheet: Sheet, target: ColourTarget): ColourPlan {
  const existing = sheet.getConditionalFormatRules();
  const plan = planColours(target, existingColourRules(existing));
  writeColours(sheet, plan, existing);
  return plan;
}

/**
 * Colours the stage column of the active sheet, or of the tracker's partner
 * sheet when the active sheet has none (shared/tracker/colour-plan.ts).
 */
export function applyStageColours(): void {
  runCommand((texts) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const active = spreadsheet.getActiveSheet();
    const activeHeader = headerOf(active);
    let sheet = active;
    let target = colourTargetOf(activeHeader);
    if (!target) {
      const others = spreadsheet.getSheets().filter((candidate) => candidate.getName() !== activeHeader.name);
      target = fallbackColourTarget(activeHeader.name, others.map(headerOf), texts);
      const name = target.sheet;
      sheet = others.find((candidate) => candidate.getName() === name)!;
    }
    spreadsheet.toast(coloursAppliedMessage(colourSheet(sheet, target), texts), texts.productName);
  });
}

// ---------------------------------------------------------------------------
// About
// ---------------------------------------------------------------------------

export function showAbout(): void {
  runCommand((texts, language, ui) => {
    ui.alert(texts.aboutTitle, aboutText(language), ui.ButtonSet.OK);
  });
}
