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
    const sheetsSave = large.find((r) => r.host === 'sheets' && r.command === 'checklist save')!;
    expect(sheetsSave.byName['LockService.getDocumentLock']).toBe(1);
    expect(sheetsSave.byName['Range.setValues']).toBe(2);
    for (const result of large.filter((r) => r.host === 'sheets')) {
      expect(result.byName['Range.setValue'] ?? 0).toBe(0);
      expect(result.byName['Range.getValue'] ?? 0).toBe(0);
      expect(result.byName['Sheet.setConditionalFormatRules'] ?? 0).toBeLessThanOrEqual(1);
    }
    expect(formatHostCalls(large)).toMatch(/^sheets onOpen/);
  });
});
