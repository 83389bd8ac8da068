/**
 * A tracker in the formula engine, laid out exactly as the hosts write it
 * (shared/tracker/layout.ts layouts, the text the Sheets and Excel hosts write
 * verbatim), with partners and meetings given as plain values.
 */
import { dashboardCells, settingsForEngine } from '../../preview/engine';
import { buildFormulaEngine, literalText, type EngineInput, type EngineName, type FormulaEngine } from '../../preview/formula-engine';
import type { Language } from '../../shared/language';
import {
  type Dialect,
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  type PartnerColumnKey,
  formulaDialect,
  planTrackerNames,
  settingsLayout,
  sheetReference,
  trackerLayouts,
  dashboardLayout,
} from '../../shared/tracker';
import type { FakeSpreadsheet } from '../fakes/sheets';
import type { ExcelWorkbookModel } from '../fakes/excel';

/** An A1 range with absolute references, as a defined name holds it: B3:B5 → $B$3:$B$5. */
const absolute = (a1: string) => a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/**
 * An Excel fake's workbook in the engine: every sheet but the first (the
 * user's own), as many rows as its tables reach, its tables and its defined
 * names; text cells are kept verbatim.
 */
export function excelEngineOf(workbook: ExcelWorkbookModel): FormulaEngine {
  const sheets = workbook.sheets.slice(1).map((sheet) => {
    const tables = workbook.tables.filter((table) => table.sheet === sheet);
    const rows = Math.max(30, ...tables.map((table) => table.area.row + table.area.rows));
    // A formula as a formula; any other text verbatim, "=1+1" in a Text cell included.
    const cells = sheet
      .contents(rows, 40)
      .map((row, r) =>
        row.map((cell, c) =>
          typeof cell === 'string' && cell !== '' && !sheet.cells.get(`${r},${c}`)?.formula ? literalText(cell) : cell,
        ),
      );
    return { name: sheet.name, cells };
  });
  const tables = workbook.tables.map((table) => ({
    name: table.name,
    sheet: table.sheet.name,
    headerRow: table.area.row,
    firstColumn: table.area.column,
    headers: table.sheet
      .contents(table.area.row + 1, table.area.column + table.area.columns)
      [table.area.row].slice(table.area.column)
      .map(String),
    dataRows: table.area.rows - 1,
  }));
  const names = [...workbook.nameReferences].map(([name, reference]) => {
    const [sheet, range] = [reference.slice(0, reference.lastIndexOf('!')), reference.slice(reference.lastIndexOf('!') + 1)];
    return { name, reference: `${sheetReference(sheet)}!${absolute(range)}` };
  });
  return buildFormulaEngine(sheets, { dialect: 'excel', tables, names });
}

/** The named ranges of a Sheets fake as the engine's defined names. */
export function namedRangesOf(spreadsheet: FakeSpreadsheet): EngineName[] {
  return spreadsheet.namedRanges.map((named) => ({
    name: named.peekName(),
    reference: `${sheetReference(named.range.sheet.peekName())}!${absolute(named.range.getA1Notation())}`,
  }));
}

/** A cell: a value (text is kept verbatim), or a formula the person typed. */
export type TestCell = EngineInput | { formula: string };

export interface MeetingInput {
  /** Excel date serial, or null for a blank date. */
  date: TestCell;
  partner: TestCell;
  hours: TestCell;
}

/** Partner rows: the name, and optional other input cells by column key. */
export interface PartnerInput {
  partner: TestCell;
  cells?: Partial<Record<PartnerColumnKey, TestCell>>;
}

/** Text as a cell holds it verbatim (the engine reads other strings as typed). */
export function textCell(value: TestCell): EngineInput {
  if (typeof value === 'object' && value !== null && 'formula' in value) return value.formula;
  return typeof value === 'string' ? literalText(value) : value;
}

export function trackerEngine(
  dialect: Dialect,
  partners: readonly PartnerInput[],
  meetings: readonly MeetingInput[],
  language: Language = 'en',
): FormulaEngine {
  const names = planTrackerNames(language, []);
  const layouts = trackerLayouts({ dialect: formulaDialect(dialect), language, names, withExamples: false, today: new Date() });
  const [partnerLayout, meetingLayout] = layouts;
  const partnerRows = partners.map((input) =>
    partnerLayout.columns.map((column) => {
      if (dialect === 'excel' && column.rowFormula) return column.rowFormula;
      if (column.headerFormula) return null;
      if (column.key === 'partner') return textCell(input.partner);
      return textCell(input.cells?.[column.key as PartnerColumnKey] ?? null);
    }),
  );
  const meetingRows = meetings.map((meeting) => [textCell(meeting.date), textCell(meeting.partner), textCell(meeting.hours), null, null]);
  const partnerHeader = partnerLayout.columns.map((column) => column.headerFormula ?? column.header);
  const meetingHeader = meetingLayout.columns.map((column) => column.header);
  // A table always has a data row; an empty sheet in Sheets has blank rows below the header.
  const atLeastOne = <T>(rows: T[][], width: number) => (rows.length ? rows : [new Array<T>(width).fill(null as T)]);
  const settings = settingsForEngine(settingsLayout(language, names.settingsSheet, names.settings));
  const dashboard = dashboardLayout({
    dialect,
    language,
    name: names.dashboard,
    places: { language, parts: dialect === 'sheets' ? names.sheets : names.tables, settings: names.settings },
    sheets: names.sheets,
  });
  const sheets = [
    { name: names.sheets.partners, cells: [partnerHeader, ...atLeastOne(partnerRows, PARTNER_COLUMNS.length)] },
    { name: names.sheets.meetings, cells: [meetingHeader, ...atLeastOne(meetingRows, MEETING_COLUMNS.length)] },
    settings.sheet,
    { name: dashboard.name, cells: dashboardCells(dashboard) },
  ];
  if (dialect === 'sheets') return buildFormulaEngine(sheets, { dialect, names: settings.names });
  const tables = [
    {
      name: names.tables.partners,
      sheet: names.sheets.partners,
      headerRow: 0,
      firstColumn: 0,
      headers: partnerHeader,
      dataRows: Math.max(partnerRows.length, 1),
    },
    {
      name: names.tables.meetings,
      sheet: names.sheets.meetings,
      headerRow: 0,
      firstColumn: 0,
      headers: meetingHeader,
      dataRows: Math.max(meetingRows.length, 1),
    },
  ];
  return buildFormulaEngine(sheets, { dialect, tables, names: settings.names });
}

export const partnerColumn = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((column) => column.key === key);
