/**
 * Writing the tracker's sheets in Google Sheets, for Create partner tracker
 * and Update tracker: a whole new sheet from its layout, columns added to an
 * existing sheet, and the Settings sheet with its named ranges. Every write
 * covers whole ranges (a fixed number of calls, whatever the number of rows).
 *
 * Named ranges: Spreadsheet.setNamedRange(name, range) names a range for the
 * whole spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range));
 * the names planned in shared/tracker/names.ts are never in use.
 */
import { adjacentRuns } from '../shared/checklist-tracker';
import { blockFormats, isFormula } from '../shared/cell-writes';
import type { TrackerDialogTexts } from '../shared/messages/tracker-dialogs';
import type { TrackerTexts } from '../shared/messages/tracker';
import { sheetsValues } from '../shared/tracker/sheets-cells';
import {
  type ColumnLayout,
  type SettingsLayout,
  type SheetLayout,
  type TrackerCell,
  type ValidationRule,
  HEADER_BACKGROUND,
  SETTINGS_VALUE_COLUMN,
  settingsCells,
} from '../shared/tracker';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Groups of adjacent column indexes, for writing neighbouring columns in one call. */
function adjacentColumns(indexes: number[]): number[][] {
  return adjacentRuns(indexes.map((index) => ({ column: index, value: index }))).map((run) => run.values);
}

export function writeSheet(sheet: Sheet, layout: SheetLayout, texts: TrackerTexts, dialogs: TrackerDialogTexts, partners: Sheet): void {
  const columns = layout.columns.length;
  const rows = layout.dataRows + 1;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());

  const values: TrackerCell[][] = sheetsValues(layout, layout.rows);
  // Formats first: text cells as plain text, so Sheets stores every text as written (shared/cell-writes.ts).
  const formats = layout.columns.map((column) => column.numberFormat);
  sheet
    .getRange(1, 1, rows, columns)
    .setNumberFormats(blockFormats(values, (row) => (row === 0 ? 'General' : formats)))
    .setValues(values);

  writeHeaderFormulas(
    sheet,
    layout.columns.map((column, index) => ({ index, column })),
    dialogs,
  );

  sheet.getRange(1, 1, 1, columns).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  if (layout.frozenColumns > 0) sheet.setFrozenColumns(layout.frozenColumns);

  const widths = layout.columns.map((column) => column.width);
  setWidthRuns(sheet, widths);

  layout.columns.forEach((column, index) => {
    if (!column.validation) return;
    const rule = validationFor(column.validation.rule, texts[column.validation.help], partners);
    sheet.getRange(2, index + 1, layout.dataRows, 1).setDataValidation(rule);
  });
}

/** Sets the widths (pixels) of the columns from A, one setColumnWidths call per run of equal widths. */
export function setWidthRuns(sheet: Sheet, widths: readonly number[]): void {
  for (let start = 0; start < widths.length;) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start + 1, widths[start]);
    start = end + 1;
  }
}

export function validationFor(rule: ValidationRule, help: string, partners: Sheet) {
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

/** Writes the header formulas of computed columns (neighbours in one call) and protects their columns with a warning. */
function writeHeaderFormulas(sheet: Sheet, columns: readonly { index: number; column: ColumnLayout }[], dialogs: TrackerDialogTexts): void {
  const byIndex = new Map(columns.filter(({ column }) => column.headerFormula).map(({ index, column }) => [index, column.headerFormula!]));
  for (const run of adjacentColumns([...byIndex.keys()])) {
    sheet.getRange(1, run[0] + 1, 1, run.length).setFormulas([run.map((index) => byIndex.get(index)!)]);
    // A value typed below a header formula blocks the whole column: Sheets warns before anyone does so.
    sheet
      .getRange(1, run[0] + 1, sheet.getMaxRows(), run.length)
      .protect()
      .setWarningOnly(true)
      .setDescription(dialogs.computedColumnWarning);
  }
}

/**
 * Adds columns to an existing sheet at the given indexes (right of its last
 * header): header text or formula, the number format of the rows below,
 * width and validation. Cells of other columns are not touched.
 */
export function writeAddedColumns(
  sheet: Sheet,
  additions: readonly { index: number; column: ColumnLayout }[],
  texts: TrackerTexts,
  dialogs: TrackerDialogTexts,
  partners: Sheet,
): void {
  const last = Math.max(...additions.map((addition) => addition.index + 1));
  if (sheet.getMaxColumns() < last) sheet.insertColumnsAfter(sheet.getMaxColumns(), last - sheet.getMaxColumns());
  const dataRows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const { index, column } of additions) {
    const header = sheet.getRange(1, index + 1);
    if (!column.headerFormula) header.setNumberFormat('@').setValue(column.header);
    header.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    sheet.getRange(2, index + 1, dataRows, 1).setNumberFormat(column.numberFormat);
    sheet.setColumnWidth(index + 1, column.width);
    if (column.validation) {
      const rule = validationFor(column.validation.rule, texts[column.validation.help], partners);
      sheet.getRange(2, index + 1, dataRows, 1).setDataValidation(rule);
    }
  }
  writeHeaderFormulas(sheet, additions, dialogs);
}

/**
 * Writes the Settings sheet into a new, empty sheet: its cells (threshold
 * formulas with setFormulas, never as values), validation of the inputs,
 * widths, and one named range per setting.
 */
export function writeSettings(spreadsheet: Spreadsheet, sheet: Sheet, layout: SettingsLayout, partners: Sheet): void {
  const cells = settingsCells(layout);
  const values = cells.map((row) => row.map((value) => (isFormula(value) ? '' : value)));
  const range = sheet.getRange(1, 1, cells.length, cells[0].length);
  range.setNumberFormats(blockFormats(values, () => 'General')).setValues(values);
  const formulaRows = cells.flatMap((row, index) => (isFormula(row[SETTINGS_VALUE_COLUMN]) ? [index] : []));
  for (const run of adjacentColumns(formulaRows)) {
    sheet
      .getRange(run[0] + 1, SETTINGS_VALUE_COLUMN + 1, run.length, 1)
      .setFormulas(run.map((index) => [String(cells[index][SETTINGS_VALUE_COLUMN])]));
  }
  sheet.getRange(1, 1, 1, cells[0].length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  layout.widths.forEach((width, index) => sheet.setColumnWidth(index + 1, width));
  layout.rows.forEach((row, index) => {
    if (!row.validation) return;
    sheet
      .getRange(index + 2, SETTINGS_VALUE_COLUMN + 1)
      .setDataValidation(validationFor(row.validation.rule, row.validation.help, partners));
  });
  for (const name of layout.names) {
    spreadsheet.setNamedRange(name.name, sheet.getRange(name.row + 1, SETTINGS_VALUE_COLUMN + 1, name.rows, 1));
  }
}

/** Removes the named ranges of these names that exist (undoing a failed write). */
export function removeNamedRanges(spreadsheet: Spreadsheet, names: readonly string[]): void {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  for (const range of spreadsheet.getNamedRanges()) if (wanted.has(range.getName().toLowerCase())) range.remove();
}
