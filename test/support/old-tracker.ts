/**
 * A tracker as an earlier release created it, from the layouts kept in
 * test/fixtures/tracker-<version>/ (scripts/fixtures/tracker-layouts.mjs),
 * written into the host fakes cell by cell as that release's hosts wrote
 * them: headers, header formulas (Sheets) or calculated columns (Excel),
 * example rows, number formats, tables and colour rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ColourPlan, SheetLayout, TrackerNamePlan } from '../../shared/tracker';
import { excelSerialDate } from '../../shared/dates';
import { columnLetter } from '../../shared/tracker';
import type { ExcelWorkbookModel } from '../fakes/excel';
import { FakeConditionalFormatRuleBuilder, type FakeSpreadsheet, type FakeValue } from '../fakes/sheets';

type FixtureCell = string | number | boolean | { date: string };

export interface TrackerFixture {
  version: string;
  dialect: 'sheets' | 'excel';
  language: 'en' | 'de';
  withExamples: boolean;
  names: Omit<TrackerNamePlan, 'settingsSheet' | 'settings'>;
  layouts: (Omit<SheetLayout, 'rows'> & { rows: FixtureCell[][] })[];
  colours: ColourPlan;
}

export function readFixture(version: string, dialect: 'sheets' | 'excel', language: 'en' | 'de', withExamples: boolean): TrackerFixture {
  const file = path.join(__dirname, '../fixtures', `tracker-${version}`, `${dialect}-${language}${withExamples ? '-examples' : ''}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as TrackerFixture;
}

function cellValue(cell: FixtureCell): FakeValue {
  return typeof cell === 'object' ? new Date(cell.date) : cell;
}

/** The fixture's tracker in a Sheets fake: header row with its formulas, the rows, formats and the partner sheet's colour rules. */
export function writeSheetsFixture(spreadsheet: FakeSpreadsheet, fixture: TrackerFixture): void {
  for (const layout of fixture.layouts) {
    const sheet = spreadsheet.addSheet(layout.name);
    layout.columns.forEach((column, c) => {
      sheet.writeCell(1, c + 1, column.headerFormula ?? column.header);
      for (let r = 0; r < layout.dataRows; r++) {
        const cell = sheet.cell(r + 2, c + 1);
        cell.numberFormat = column.numberFormat;
        const value = layout.rows[r]?.[c];
        if (!column.headerFormula && value !== undefined && value !== '') {
          if (typeof value === 'string') cell.numberFormat = '@';
          sheet.enterCell(r + 2, c + 1, cellValue(value));
        }
      }
    });
    if (layout.sheet === 'partners') {
      sheet.conditionalFormatRules = fixture.colours.rules.map((rule) =>
        new FakeConditionalFormatRuleBuilder()
          .whenFormulaSatisfied(rule.formula)
          .setBackground(rule.background)
          .setFontColor(rule.text)
          .setRanges([sheet.getRange(`${columnLetter(rule.column)}2:${columnLetter(rule.column)}${layout.dataRows + 1}`)])
          .build(),
      );
    }
  }
}

/** The fixture's tracker in an Excel workbook model: each sheet a table from A1, calculated columns in every row, and colour rules. */
export function writeExcelFixture(workbook: ExcelWorkbookModel, fixture: TrackerFixture): void {
  for (const layout of fixture.layouts) {
    const sheet = workbook.addSheet(layout.name);
    layout.columns.forEach((column, c) => {
      sheet.write(0, c, column.header);
      for (let r = 0; r < layout.dataRows; r++) {
        sheet.cell(r + 1, c).numberFormat = column.numberFormat;
        const value = layout.rows[r]?.[c];
        if (column.rowFormula) sheet.write(r + 1, c, column.rowFormula);
        else if (value !== undefined && value !== '') {
          const cell = cellValue(value);
          sheet.write(r + 1, c, cell instanceof Date ? excelSerialDate(cell) : cell);
        }
      }
    });
    workbook.tables.push({
      name: layout.table,
      sheet,
      area: { row: 0, column: 0, rows: layout.dataRows + 1, columns: layout.columns.length },
    });
    if (layout.sheet === 'partners') {
      sheet.conditionalFormats = fixture.colours.rules.map((rule) => ({
        area: { row: 1, column: rule.column, rows: 1048575, columns: 1 },
        type: 'Custom',
        formula: rule.formula,
        fill: rule.background,
        font: rule.text,
      }));
    }
  }
}
