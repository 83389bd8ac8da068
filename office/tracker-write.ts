/**
 * Writing the tracker's sheets in Excel, for Create partner tracker and
 * Update tracker: a new sheet as a table from its layout, columns added to an
 * existing table, the Settings sheet with its defined names, and colour
 * rules. Everything here is queued; the caller syncs.
 *
 * Defined names: workbook.names.add(name, reference) adds a workbook-scoped
 * name for a range (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection);
 * table columns: table.columns.add(index, values, name) adds a column, at
 * the table's right end when the index is null
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection).
 */
import { blockFormats, isFormula } from '../shared/cell-writes';
import { excelSerialDate } from '../shared/dates';
import type { TrackerTexts } from '../shared/messages/tracker';
import {
  type ColourPlan,
  type ColumnLayout,
  type SettingsLayout,
  type SheetLayout,
  type TrackerCell,
  type ValidationRule,
  FIRST_COLOURED_ROW,
  SETTINGS_VALUE_COLUMN,
  columnLetter,
  settingsCells,
} from '../shared/tracker';

const LAST_ROW = 1048576;
/** Excel sizes columns and charts in points; the layouts give pixels (96 per inch, 72 points per inch). */
export const POINTS_PER_PIXEL = 0.75;

function excelCell(value: TrackerCell): string | number | boolean {
  return value instanceof Date ? excelSerialDate(value) : value;
}

/** Sets the widths (pixels) of the columns from A. */
export function setWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, index) => (sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = width * POINTS_PER_PIXEL));
}

function excelValidation(rule: ValidationRule, partnersTable: string): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'numberAtLeast':
      return { decimal: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
    case 'wholeNumberBetween':
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' as Excel.DataValidationOperator } };
    case 'date':
      return { date: { formula1: '=DATE(1900,1,1)', operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'partnerNames':
      // Validation cannot use a structured reference directly; INDIRECT follows the table as it grows.
      return { list: { inCellDropDown: true, source: `=INDIRECT("${partnersTable}[Partner]")` } };
  }
}

export function writeSheet(sheet: Excel.Worksheet, layout: SheetLayout, texts: TrackerTexts, partnersTable: string): void {
  const columns = layout.columns.length;
  const values = [layout.columns.map((column) => column.header)];
  for (let r = 0; r < layout.dataRows; r++) {
    values.push((layout.rows[r] ?? new Array<TrackerCell>(columns).fill('')).map(excelCell) as string[]);
  }
  const whole = sheet.getRangeByIndexes(0, 0, layout.dataRows + 1, columns);
  // Formats first: text cells as Text, so Excel stores every text as written (shared/cell-writes.ts).
  const formats = layout.columns.map((column) => column.numberFormat);
  whole.numberFormat = blockFormats(values, (row) => (row === 0 ? 'General' : formats));
  whole.values = values;
  const table = sheet.tables.add(whole, true);
  table.name = layout.table;
  sheet.getRangeByIndexes(0, 0, 1, columns).format.font.bold = true;

  layout.columns.forEach((column, index) => {
    const body = sheet.getRangeByIndexes(1, index, layout.dataRows, 1);
    if (column.rowFormula) body.formulas = Array.from({ length: layout.dataRows }, () => [column.rowFormula!]);
    sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = column.width * POINTS_PER_PIXEL;
    if (column.validation) {
      // Validation on the whole column below the header, so rows the table grows into are checked too.
      const validated = sheet.getRange(`${columnLetter(index)}2:${columnLetter(index)}${LAST_ROW}`);
      validate(validated, column.header, column.validation.rule, texts[column.validation.help], texts, partnersTable);
    }
  });
  if (layout.frozenColumns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, 1, layout.frozenColumns));
  else sheet.freezePanes.freezeRows(1);
}

/** Queues a colour plan: deletes the existing rules it replaces (given in the order the plan read them), then adds its own. */
export function writeColours(sheet: Excel.Worksheet, plan: ColourPlan, existing: readonly Excel.ConditionalFormat[]): void {
  existing.forEach((format, index) => {
    if (plan.replace[index]) format.delete();
  });
  for (const rule of plan.rules) {
    const letter = columnLetter(rule.column);
    const format = sheet
      .getRange(`${letter}${FIRST_COLOURED_ROW}:${letter}${LAST_ROW}`)
      .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.background;
    format.custom.format.font.color = rule.text;
  }
}

function validate(range: Excel.Range, title: string, rule: ValidationRule, help: string, texts: TrackerTexts, partnersTable: string): void {
  range.dataValidation.rule = excelValidation(rule, partnersTable);
  range.dataValidation.errorAlert = { showAlert: rule.strict, style: 'Stop', title: texts.productName, message: help };
  range.dataValidation.prompt = { showPrompt: true, title, message: help };
}

/**
 * Adds columns at a table's right end, in index order: header, the formula
 * of a computed column in every data row (a calculated column), number
 * format and width. The table's other columns and cells are not touched.
 */
export function writeAddedColumns(
  sheet: Excel.Worksheet,
  table: Excel.Table,
  origin: { row: number; column: number },
  dataRows: number,
  additions: readonly { index: number; column: ColumnLayout }[],
  texts: TrackerTexts,
  partnersTable: string,
): void {
  for (const { index, column } of [...additions].sort((a, b) => a.index - b.index)) {
    const body = Array.from({ length: dataRows }, () => [column.rowFormula ?? '']);
    table.columns.add(undefined, undefined, column.header);
    const at = origin.column + index;
    const range = sheet.getRangeByIndexes(origin.row + 1, at, dataRows, 1);
    range.numberFormat = body.map(() => [column.numberFormat]);
    if (column.rowFormula) range.formulas = body;
    sheet.getRangeByIndexes(origin.row, at, 1, 1).format.columnWidth = column.width * POINTS_PER_PIXEL;
    if (column.validation) {
      const validated = sheet.getRange(`${columnLetter(at)}${origin.row + 2}:${columnLetter(at)}${LAST_ROW}`);
      validate(validated, column.header, column.validation.rule, texts[column.validation.help], texts, partnersTable);
    }
  }
}

/**
 * Writes the Settings sheet into a new, empty sheet: its cells (threshold
 * formulas through range.formulas, never as values), validation of the
 * inputs, widths, and one workbook-scoped defined name per setting.
 */
export function writeSettings(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SettingsLayout,
  texts: TrackerTexts,
  partnersTable: string,
): void {
  const cells = settingsCells(layout);
  const values = cells.map((row) => row.map((value) => (isFormula(value) ? '' : excelCell(value))));
  const whole = sheet.getRangeByIndexes(0, 0, cells.length, cells[0].length);
  whole.numberFormat = blockFormats(values, () => 'General');
  whole.values = values;
  cells.forEach((row, index) => {
    const value = row[SETTINGS_VALUE_COLUMN];
    if (isFormula(value)) sheet.getRangeByIndexes(index, SETTINGS_VALUE_COLUMN, 1, 1).formulas = [[value]];
  });
  sheet.getRangeByIndexes(0, 0, 1, cells[0].length).format.font.bold = true;
  setWidths(sheet, layout.widths);
  layout.rows.forEach((row, index) => {
    if (row.validation)
      validate(
        sheet.getRangeByIndexes(index + 1, SETTINGS_VALUE_COLUMN, 1, 1),
        row.label,
        row.validation.rule,
        row.validation.help,
        texts,
        partnersTable,
      );
  });
  sheet.freezePanes.freezeRows(1);
  for (const name of layout.names) {
    context.workbook.names.add(name.name, sheet.getRangeByIndexes(name.row, SETTINGS_VALUE_COLUMN, name.rows, 1));
  }
}
