/**
 * The tracker commands in Google Sheets: the add-on menu, Create partner
 * tracker, Apply stage colours and About. Every command reads and writes
 * whole ranges (a fixed number of calls, whatever the number of partners)
 * and reports errors in an alert in the user's language.
 */
import { colourRules, findColourColumns, isOwnColourRule } from '../shared/formatting';
import type { Language } from '../shared/language';
import { adjacentRuns, trackerSheetsByPreference } from '../shared/checklist-tracker';
import { CommandProblem, commandFailureMessage } from '../shared/command-problem';
import { blockFormats } from '../shared/cell-writes';
import { userLanguage } from './language';
import { COMMANDS } from '../shared/commands';
import { COMMAND_LABELS } from '../shared/messages/commands';
import { TRACKER_TEXTS, type TrackerTexts, aboutText } from '../shared/messages/tracker';
import {
  type SheetLayout,
  type TrackerCell,
  type ValidationRule,
  columnLetter,
  headerTexts,
  planTrackerNames,
  trackerLayouts,
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
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const names = planTrackerNames(
      language,
      spreadsheet.getSheets().map((sheet) => sheet.getName()),
    );
    const fresh = [names.sheets.partners, names.sheets.meetings, names.sheets.checks];
    if (names.existing.length > 0) {
      const answer = ui.alert(texts.existingTitle, texts.existingQuestion(names.existing, fresh), ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES) {
        spreadsheet.toast(texts.cancelled, texts.productName);
        return;
      }
    }
    const examples = ui.alert(texts.examplesTitle, texts.examplesQuestion, ui.ButtonSet.YES_NO_CANCEL);
    if (examples !== ui.Button.YES && examples !== ui.Button.NO) {
      spreadsheet.toast(texts.cancelled, texts.productName);
      return;
    }
    const withExamples = examples === ui.Button.YES;
    const layouts = trackerLayouts({ dialect: 'sheets', language, names, withExamples, today: new Date() });
    const sheets = new Map<string, Sheet>();
    try {
      for (const layout of layouts) sheets.set(layout.sheet, spreadsheet.insertSheet(layout.name));
      for (const layout of layouts) writeSheet(sheets.get(layout.sheet)!, layout, texts, sheets.get('partners')!);
      applyColoursTo(sheets.get('partners')!);
    } catch (error) {
      // Remove the half-built tracker (only sheets made just now), so trying again gets the plain names.
      for (const sheet of sheets.values()) spreadsheet.deleteSheet(sheet);
      throw error;
    }
    const partners = sheets.get('partners')!;
    spreadsheet.setActiveSheet(partners);
    const created = texts.trackerCreated(fresh, withExamples);
    const kept = names.existing.length > 0 ? `${texts.existingKept(names.existing, fresh)} ` : '';
    spreadsheet.toast(`${kept}${created}`, texts.productName, 15);
  });
}

/** Groups of adjacent column indexes, for writing neighbouring columns in one call. */
function adjacentColumns(indexes: number[]): number[][] {
  return adjacentRuns(indexes.map((index) => ({ column: index, value: index }))).map((run) => run.values);
}

function writeSheet(sheet: Sheet, layout: SheetLayout, texts: TrackerTexts, partners: Sheet): void {
  const columns = layout.columns.length;
  const rows = layout.dataRows + 1;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());

  const values: TrackerCell[][] = [layout.columns.map((column) => (column.headerFormula ? '' : column.header))];
  for (let r = 0; r < layout.dataRows; r++) values.push(layout.rows[r] ?? new Array<TrackerCell>(columns).fill(''));
  // Formats first: text cells as plain text, so Sheets stores every text as written (shared/cell-writes.ts).
  const formats = layout.columns.map((column) => column.numberFormat);
  sheet
    .getRange(1, 1, rows, columns)
    .setNumberFormats(blockFormats(values, (row) => (row === 0 ? 'General' : formats)))
    .setValues(values);

  const headerFormulaColumns = layout.columns.flatMap((column, index) => (column.headerFormula ? [index] : []));
  for (const run of adjacentColumns(headerFormulaColumns)) {
    sheet.getRange(1, run[0] + 1, 1, run.length).setFormulas([run.map((index) => layout.columns[index].headerFormula!)]);
    // A value typed below a header formula blocks the whole column: Sheets warns before anyone does so.
    sheet.getRange(1, run[0] + 1, sheet.getMaxRows(), run.length).protect().setWarningOnly(true).setDescription(texts.computedColumnWarning);
  }

  sheet.getRange(1, 1, 1, columns).setFontWeight('bold').setBackground('#e8eaed');
  sheet.setFrozenRows(1);
  if (layout.frozenColumns > 0) sheet.setFrozenColumns(layout.frozenColumns);

  const widths = layout.columns.map((column) => column.width);
  for (let start = 0; start < columns; ) {
    let end = start;
    while (end + 1 < columns && widths[end + 1] === widths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start + 1, widths[start]);
    start = end + 1;
  }

  layout.columns.forEach((column, index) => {
    if (!column.validation) return;
    const rule = validationFor(column.validation.rule, texts[column.validation.help], partners);
    sheet.getRange(2, index + 1, layout.dataRows, 1).setDataValidation(rule);
  });
}

function validationFor(rule: ValidationRule, help: string, partners: Sheet) {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'numberAtLeast':
      builder.requireNumberGreaterThanOrEqualTo(rule.min);
      break;
    case 'wholeNumberBetween':
      builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'date':
      builder.requireDate();
      break;
    case 'list':
      builder.requireValueInList([...rule.values], true);
      break;
    case 'partnerNames':
      // Open-ended: partners added below the first rows are offered too.
      builder.requireValueInRange(partners.getRange('A2:A'), true);
      break;
  }
  return builder.setAllowInvalid(!rule.strict).setHelpText(help).build();
}

// ---------------------------------------------------------------------------
// Apply stage colours
// ---------------------------------------------------------------------------

export interface ColourResult {
  sheet: string;
  replaced: number;
  kept: number;
  withOverdue: boolean;
}

/**
 * Sets the stage and overdue rules on a sheet whose first row has a stage
 * column. Keeps every rule it did not make; returns undefined when the sheet
 * has no stage column.
 */
export function applyColoursTo(sheet: Sheet): ColourResult | undefined {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1) return undefined;
  const header = sheet.getRange(1, 1, 1, lastColumn);
  const columns = findColourColumns(headerTexts(header.getValues()[0], header.getFormulas()[0]));
  if (columns.stage < 0) return undefined;

  const dataRows = Math.max(sheet.getMaxRows() - 1, 1);
  const stageLetter = columnLetter(columns.stage);
  const nextLetter = columns.nextContactDue >= 0 ? columnLetter(columns.nextContactDue) : undefined;
  const rules = colourRules(`$${stageLetter}2`, nextLetter && `$${nextLetter}2`);

  const existing = sheet.getConditionalFormatRules();
  const kept = existing.filter((rule) => {
    const condition = rule.getBooleanCondition();
    if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return true;
    return !isOwnColourRule(String(condition.getCriteriaValues()[0] ?? ''), condition.getBackground());
  });
  const stageRange = sheet.getRange(2, columns.stage + 1, dataRows, 1);
  const nextRange = nextLetter ? sheet.getRange(2, columns.nextContactDue + 1, dataRows, 1) : undefined;
  const built = rules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setFontColor(rule.text)
      .setRanges([rule.purpose === 'overdue' ? nextRange! : stageRange])
      .build(),
  );
  // The user's rules come first, so where they overlap theirs win.
  sheet.setConditionalFormatRules([...kept, ...built]);
  return { sheet: sheet.getName(), replaced: existing.length - kept.length, kept: kept.length, withOverdue: nextRange !== undefined };
}

export function applyStageColours(): void {
  runCommand((texts) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const active = spreadsheet.getActiveSheet();
    let result = applyColoursTo(active);
    if (!result) {
      // Not on a sheet with a stage column: the tracker's partner sheet, recognised by its headers.
      const headers = spreadsheet
        .getSheets()
        .filter((sheet) => sheet.getName() !== active.getName() && sheet.getLastColumn() > 0)
        .map((sheet) => {
          const header = sheet.getRange(1, 1, 1, sheet.getLastColumn());
          return { name: sheet.getName(), header: headerTexts(header.getValues()[0], header.getFormulas()[0]) as string[] };
        });
      const partners = trackerSheetsByPreference(headers, 'partners')[0];
      if (partners) result = applyColoursTo(spreadsheet.getSheetByName(partners)!);
    }
    if (!result) throw new CommandProblem(texts.noStageColumn(active.getName()));
    spreadsheet.toast(texts.coloursApplied(result.sheet, result.replaced, result.kept, result.withOverdue), texts.productName);
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
