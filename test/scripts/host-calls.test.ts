/** The host-call counts the benchmark prints: fixed per command and per checklist save, whatever the number of partners. */
import path from 'node:path';
import { countTrackerHostCalls, formatHostCalls } from '../fakes/host-calls';

const root = path.join(__dirname, '../..');

describe('host calls per tracker command', () => {
  it('do not grow with the number of partners, and stay within the round-trip limits', async () => {
    const small = await countTrackerHostCalls({ root, partners: 5 });
    const large = await countTrackerHostCalls({ root, partners: 500 });
    expect(large.map((result) => [result.host, result.command, result.calls, result.syncs])).toEqual(
      small.map((result) => [result.host, result.command, result.calls, result.syncs]),
    );
    for (const result of large.filter((r) => r.host === 'excel')) expect(result.syncs).toBeLessThanOrEqual(3);
    // A checklist save: one sync to read, one to write; in Sheets, under the document lock.
    expect(large.find((r) => r.host === 'excel' && r.command === 'checklist save')!.syncs).toBe(2);
    // The calendar import into a tracker without examples: one sync to read, one to write; the table grows once.
    const calendarImport = large.find((r) => r.host === 'excel' && r.command === 'import 50 meetings')!;
    expect(calendarImport.syncs).toBe(2);
    expect(calendarImport.byName['TableRowCollection.add']).toBe(1);
    const sheetsSave = large.find((r) => r.host === 'sheets' && r.command === 'checklist save')!;
    expect(sheetsSave.byName['LockService.getDocumentLock']).toBe(1);
    expect(sheetsSave.byName['Range.setValues']).toBe(2);
    for (const result of large.filter((r) => r.host === 'sheets')) {
      expect(result.byName['Range.setValue'] ?? 0).toBe(0);
      expect(result.byName['Range.getValue'] ?? 0).toBe(0);
      // One call per sheet it colours: Create colours the partner sheet and the Dashboard's due list.
      expect(result.byName['Sheet.setConditionalFormatRules'] ?? 0).toBeLessThanOrEqual(result.command === 'createTracker' ? 2 : 1);
    }
    expect(formatHostCalls(large)).toMatch(/^sheets onOpen/);
    // The Dashboard: one call per chart in Sheets, whole-range writes, and within Excel's limit of 3 syncs.
    for (const command of ['dashboard (its writes)', 'updateTracker (adds dashboard)', 'createTracker']) {
      const sheets = large.find((r) => r.host === 'sheets' && r.command === command)!;
      expect(sheets.byName['Sheet.insertChart']).toBe(2);
      const excel = large.find((r) => r.host === 'excel' && r.command === command)!;
      expect(excel.byName['ChartCollection.add']).toBe(2);
      expect(excel.syncs).toBeLessThanOrEqual(3);
    }
    const dashboard = large.find((r) => r.host === 'sheets' && r.command === 'dashboard (its writes)')!;
    expect(dashboard.byName['Range.setValues']).toBe(1);
    expect(dashboard.byName['Range.setFormulas']).toBe(5);
    expect(large.find((r) => r.host === 'excel' && r.command === 'dashboard (its writes)')!.syncs).toBe(1);
  });
});
