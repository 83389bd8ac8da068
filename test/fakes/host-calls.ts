/**
 * Counts the host calls each tracker command and the checklist save make on
 * a 500-partner tracker, and those of the Dashboard alone (its writes into a
 * new sheet, and Update tracker adding it to a tracker without one), in Sheets (the built Apps Script files against the
 * Sheets fake) and in Excel (office/tracker.ts and office/checklist.ts
 * against the Excel fake), and in Excel the calendar import of 50 meetings
 * into a tracker made without examples (its first row into the Meetings
 * table's blank row). For `npm run bench`.
 *
 * Run `npm run build` first: the Sheets side loads dist/gas.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { registerRibbonCommands } from '../../office/ribbon';
import { excelPort } from '../../office/checklist';
import { excelImportPort } from '../../office/calendar-import';
import { createTrackerInExcel } from '../../office/tracker';
import { writeDashboard as writeExcelDashboard } from '../../office/tracker-dashboard';
import { writeDashboard as writeSheetsDashboard } from '../../gas/tracker-dashboard';
import { dashboardLayout, planTrackerNames, type Dialect } from '../../shared/tracker';
import { createExcelFake, ribbonEvent, type ExcelFake } from './excel';
import { Button, createSheetsFake, triggerEvent } from './sheets';
import type { GasContext } from '../support/gas-vm';

export interface CommandCalls {
  host: 'sheets' | 'excel';
  command: string;
  /** Every call on a host object (Excel: including property writes, which are queued, not round trips). */
  calls: number;
  /** Excel: context.sync() round trips. Sheets: undefined (every call is a round trip). */
  syncs?: number;
  /** Calls per method name. */
  byName: Record<string, number>;
}

export interface HostCallOptions {
  /** Repository root holding dist/gas; defaults to the working directory. */
  root?: string;
  partners?: number;
}

function loadBuiltGas(root: string, services: Record<string, unknown>): GasContext {
  const dir = path.join(root, 'dist/gas');
  const context = vm.createContext({ ...services }) as GasContext;
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()) {
    vm.runInContext(readFileSync(path.join(dir, file), 'utf8'), context, { filename: file });
  }
  return context;
}

/** The Dashboard of the first tracker of a file, as Create partner tracker plans it. */
function plannedDashboard(dialect: Dialect) {
  const names = planTrackerNames('en', []);
  return dashboardLayout({
    dialect,
    language: 'en',
    name: names.dashboard,
    places: { language: 'en', parts: dialect === 'sheets' ? names.sheets : names.tables, settings: names.settings },
    sheets: names.sheets,
  });
}

function partnerName(index: number) {
  return `Partner ${String(index + 1).padStart(3, '0')}`;
}

function sheetsCalls(root: string, partners: number): CommandCalls[] {
  const fake = createSheetsFake();
  const gas = loadBuiltGas(root, fake.services);
  const results: CommandCalls[] = [];
  const measure = (command: string, run: () => void) => {
    fake.log.reset();
    run();
    results.push({ host: 'sheets', command, calls: fake.log.calls.length, byName: fake.log.byName() });
  };
  measure('onOpen', () => gas.onOpen(triggerEvent('FULL')));
  fake.ui.answers.push(Button.NO);
  measure('createTracker', () => gas.createTracker());
  // Fill the tracker with partners and one meeting each (setup, not counted).
  const sheet = fake.spreadsheet.sheet('Partners')!;
  sheet.getRange(2, 1, partners, 1).setValues(Array.from({ length: partners }, (_, i) => [partnerName(i)]));
  const meetings = fake.spreadsheet.sheet('Meetings')!;
  meetings.getRange(2, 1, partners, 3).setValues(Array.from({ length: partners }, (_, i) => [new Date(), partnerName(i), (i % 250) + 0.5]));
  fake.spreadsheet.setActiveSheetQuietly(sheet);
  measure('applyStageColours', () => gas.applyStageColours());
  measure('applyStageColours (again)', () => gas.applyStageColours());
  measure('showAbout', () => gas.showAbout());
  // The Dashboard alone: its writes into a new sheet (gas/tracker-dashboard.ts with the fake's services as globals).
  const globals = globalThis as Record<string, unknown>;
  const saved = { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts };
  Object.assign(globals, { SpreadsheetApp: fake.services.SpreadsheetApp, Charts: fake.services.Charts });
  try {
    const spare = fake.spreadsheet.addSheet('Dashboard writes');
    measure('dashboard (its writes)', () =>
      writeSheetsDashboard(spare as unknown as GoogleAppsScript.Spreadsheet.Sheet, plannedDashboard('sheets')),
    );
    fake.spreadsheet.sheets.splice(fake.spreadsheet.sheets.indexOf(spare), 1);
  } finally {
    Object.assign(globals, saved);
  }
  // Update tracker on the same tracker without its Dashboard: it reads every sheet, then adds the Dashboard.
  fake.spreadsheet.sheets.splice(fake.spreadsheet.sheets.indexOf(fake.spreadsheet.sheet('Dashboard')!), 1);
  fake.spreadsheet.setActiveSheetQuietly(sheet);
  measure('updateTracker (adds dashboard)', () => gas.updateTracker());
  const answers = [true, true, true, true, true, true, true, false, false];
  measure('checklist save', () =>
    gas.bondstageChecklistSave({ partner: partnerName(partners - 1), location: null, checkedOn: '2025-03-14', answers }),
  );
  return results;
}

/** Counts one Excel step from a cleared log: its host calls and its context.sync() round trips. */
function excelMeasure(fake: ExcelFake): (command: string, action: () => Promise<unknown>) => Promise<CommandCalls> {
  return async (command, action) => {
    fake.log.reset();
    const runs = fake.syncsPerRun.length;
    await action();
    const syncs = fake.syncsPerRun.slice(runs).reduce((sum, n) => sum + n, 0);
    return { host: 'excel', command, calls: fake.log.calls.length, syncs, byName: fake.log.byName() };
  };
}

async function excelCalls(partners: number): Promise<CommandCalls[]> {
  const fake = await createExcelFake();
  const globals = globalThis as Record<string, unknown>;
  const saved = { Excel: globals.Excel, Office: globals.Office };
  Object.assign(globals, { Excel: fake.Excel, Office: fake.Office });
  const results: CommandCalls[] = [];
  const measure = excelMeasure(fake);
  const ribbon = (id: string) => async () => {
    const event = ribbonEvent();
    fake.actions.get(id)!(event);
    await event.done;
  };
  try {
    registerRibbonCommands(() => undefined);
    results.push(await measure('createTracker', ribbon('createTracker')));
    const sheet = fake.workbook.sheet('Partners')!;
    for (let i = 0; i < partners; i++) sheet.write(i + 1, 0, partnerName(i));
    fake.workbook.active = sheet;
    results.push(await measure('applyStageColours', ribbon('applyStageColours')));
    results.push(await measure('applyStageColours (again)', ribbon('applyStageColours')));
    results.push(await measure('showAbout', ribbon('showAbout')));
    // The Dashboard alone: its writes into a new sheet, in one batch.
    results.push(
      await measure('dashboard (its writes)', () =>
        fake.Excel.run(async (context) => {
          writeExcelDashboard(context.workbook.worksheets.add('Dashboard writes'), plannedDashboard('excel'));
          await context.sync();
        }),
      ),
    );
    // Update tracker on the same tracker without its Dashboard.
    for (const name of ['Dashboard', 'Dashboard writes'])
      fake.workbook.sheets.splice(fake.workbook.sheets.indexOf(fake.workbook.sheet(name)!), 1);
    fake.workbook.active = sheet;
    results.push(await measure('updateTracker (adds dashboard)', ribbon('updateTracker')));
    // The task pane loads the partner, then saves the check.
    const port = excelPort(fake.Excel.run);
    await port.loadPartner(partnerName(partners - 1));
    const answers = [true, true, true, true, true, true, true, false, false];
    results.push(
      await measure('checklist save', () =>
        port.saveCheck({ partner: partnerName(partners - 1), location: null, checkedOn: '2025-03-14', answers }),
      ),
    );
    results.push(await excelImportCalls(partners));
  } finally {
    Object.assign(globals, saved);
  }
  return results;
}

/** The calendar import in Excel after the import page read its context: 50 meetings into a tracker made without examples. */
async function excelImportCalls(partners: number): Promise<CommandCalls> {
  const fake = await createExcelFake();
  await createTrackerInExcel(false, { run: fake.Excel.run, language: () => 'en', today: () => new Date(2025, 11, 1) });
  const sheet = fake.workbook.sheet('Partners')!;
  for (let i = 0; i < partners; i++) sheet.write(i + 1, 0, partnerName(i));
  const port = excelImportPort(
    fake.Excel.run,
    () => ({ get: () => null, set: () => undefined, saveAsync: (done) => done?.({} as Office.AsyncResult<void>) }),
    () => '2025-12-01',
  );
  await port.loadImportContext();
  const rows = Array.from({ length: 50 }, (_, i) => ({
    date: '2025-03-04',
    partner: partnerName(i % partners),
    hours: 1,
    kind: 'Call',
    notes: '',
    source: `uid-${i}`,
  }));
  return excelMeasure(fake)('import 50 meetings', () => port.importMeetings(rows));
}

/** Host calls of each tracker command, in both hosts, on a tracker of `partners` partners (500 by default). */
export async function countTrackerHostCalls(options: HostCallOptions = {}): Promise<CommandCalls[]> {
  const root = options.root ?? process.cwd();
  const partners = options.partners ?? 500;
  return [...sheetsCalls(root, partners), ...(await excelCalls(partners))];
}

/** The counts as text lines, one per command. */
export function formatHostCalls(results: readonly CommandCalls[]): string {
  return results
    .map((result) => {
      const syncs = result.syncs === undefined ? '' : `, ${result.syncs} context.sync()`;
      return `${result.host.padEnd(6)} ${result.command.padEnd(30)} ${String(result.calls).padStart(4)} calls${syncs}`;
    })
    .join('\n');
}
