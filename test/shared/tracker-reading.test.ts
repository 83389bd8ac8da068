/**
 * Reading the tracker for the checklist, the steps every host takes
 * (shared/checklist-tracker.ts): find the sheets by their header rows, then
 * build the view from their values. And the cells a Sheets tracker sheet is
 * written with (shared/tracker/sheets-cells.ts), shared by the Sheets host and the preview.
 */
import { findTrackerSheets, readTrackerView, trackerViewOf, type HostGrid, type SheetHeader } from '../../shared/checklist-tracker';
import { CHECK_COLUMNS, PARTNER_COLUMNS, SHEETS_DIALECT, headersFor, planTrackerNames, trackerLayouts } from '../../shared/tracker';
import { sheetsCells, sheetsValues } from '../../shared/tracker/sheets-cells';

const partnersHeader = headersFor(PARTNER_COLUMNS, 'en');
const checksHeader = headersFor(CHECK_COLUMNS, 'de');
const partnerRow = (name: string) => partnersHeader.map((_, index) => (index === 0 ? name : ''));

const SHEETS: Record<string, HostGrid> = {
  Notes: [['Anything']],
  'My partners': [partnersHeader, partnerRow('Ben')],
  Partners: [partnersHeader, partnerRow('Anna')],
  Checklisten: [checksHeader],
  'Old checks': [checksHeader],
};
const headers: SheetHeader[] = Object.entries(SHEETS).map(([name, values]) => ({ name, header: values[0] }));

describe('finding the tracker’s sheets', () => {
  it('takes the preferred Partners sheet first, then the own names, then any with the headers; the best Checks sheet', () => {
    expect(findTrackerSheets(headers)).toEqual({ partners: ['Partners', 'My partners'], checks: 'Checklisten' });
    expect(findTrackerSheets(headers, 'My partners')).toEqual({ partners: ['My partners', 'Partners'], checks: 'Checklisten' });
  });

  it('finds nothing in a spreadsheet without the tracker’s headers', () => {
    expect(
      findTrackerSheets([
        { name: 'Partners', header: ['Name', 'Hours'] },
        { name: 'Empty', header: [] },
      ]),
    ).toEqual({ partners: [], checks: null });
  });
});

describe('the view of what was read', () => {
  it('holds each sheet found, in the order found', () => {
    const view = readTrackerView(headers, (name) => SHEETS[name] ?? null);
    expect(view.partners.map((sheet) => sheet.name)).toEqual(['Partners', 'My partners']);
    expect(view.partners[0].values).toBe(SHEETS.Partners);
    expect(view.partners[0].columns.partner).toBe(0);
    expect(view.checks?.name).toBe('Checklisten');
  });

  it('leaves out a sheet that is gone or whose header changed since the headers were read', () => {
    const found = findTrackerSheets(headers);
    const changed: Record<string, HostGrid | null> = { Partners: null, 'My partners': [['Name'], ['Ben']], Checklisten: [] };
    expect(trackerViewOf(found, (name) => changed[name] ?? null)).toEqual({ partners: [], checks: null });
  });

  it('reads only the sheets it found, each once', () => {
    const asked: string[] = [];
    readTrackerView(headers, (name) => {
      asked.push(name);
      return SHEETS[name] ?? null;
    });
    expect(asked).toEqual(['Partners', 'My partners', 'Checklisten']);
  });
});

describe('the cells of a Sheets tracker sheet', () => {
  const [partners, , checks] = trackerLayouts({
    dialect: SHEETS_DIALECT,
    language: 'en',
    names: planTrackerNames('en', []),
    withExamples: true,
    today: new Date(2025, 2, 14),
  });

  it('are as many rows as the sheet lays out, each as wide as its columns', () => {
    const values = sheetsValues(partners, partners.rows);
    expect(values).toHaveLength(partners.dataRows + 1);
    expect(values.every((row) => row.length === partners.columns.length)).toBe(true);
    expect(values[1]).toEqual(partners.rows[0]);
    expect(values[partners.rows.length + 1].every((cell) => cell === '')).toBe(true);
  });

  it('leave a computed column blank where its header formula goes, and below it, whatever the input holds there', () => {
    const stage = partners.columns.findIndex((column) => column.key === 'stage');
    const input = [partnersHeader.map((_, index) => (index === stage ? 'typed over' : `cell ${index}`))];
    const values = sheetsValues(partners, input);
    expect(values[0][stage]).toBe('');
    expect(values[1][stage]).toBe('');
    expect(values[0][0]).toBe('Partner');
    expect(values[1][0]).toBe('cell 0');

    const cells = sheetsCells(partners, input);
    expect(cells[0][stage]).toBe(partners.columns[stage].headerFormula);
    expect(cells[0][stage]).toMatch(/^=ARRAYFORMULA\(VSTACK\("Stage",/);
    expect(cells.slice(1)).toEqual(values.slice(1));
  });

  it('of a sheet without computed columns are its headers and rows', () => {
    const cells = sheetsCells(checks, checks.rows);
    expect(cells[0]).toEqual(headersFor(CHECK_COLUMNS, 'en'));
    expect(cells.slice(1, checks.rows.length + 1)).toEqual(checks.rows);
  });
});
