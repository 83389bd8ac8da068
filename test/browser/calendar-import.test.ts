/**
 * The built calendar import pages (dist/gas/Import.html, dist/office/import.html)
 * in headless Chromium, with the host bridge faked: pick a file, untick,
 * reassign, import; keyboard only; axe-core clean; English and German; bad
 * files. Run `npm run build` first (npm test does). Screenshots go to
 * /tmp/bondstage-import.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { MeetingToImport } from '../../shared/calendar';
import type { Language } from '../../shared/language';
import { axeViolations, launchBrowser, type Host } from './support/harness';
import { calendarFixture, listLayout, openImport, tabTo, type ImportCall } from './support/import-harness';
import type { ExcelControl } from './support/fake-office';

jest.setTimeout(60_000);

const SHOTS = '/tmp/bondstage-import';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const pages: Page[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.context().close();
});

async function open(host: Host, language: Language = 'en') {
  const opened = await openImport(browser, host, { language });
  pages.push(opened.page);
  await opened.page.locator('#bs-import-file').waitFor();
  return opened;
}

async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('#bs-import-file', { name, mimeType: 'text/calendar', buffer });
}

/** The rows the page sent to the host: google.script.run's recorded call, or the cells Excel wrote to Meetings. */
async function importedRows(page: Page, host: Host): Promise<unknown[][]> {
  if (host === 'sheets') {
    const calls = await page.evaluate(() => window.__importCalls);
    const rows = calls
      .filter((call: ImportCall) => call.name === 'bondstageImportMeetings')
      .flatMap((call) => call.args[0] as MeetingToImport[]);
    return rows.map((row) => [row.date, row.partner, row.hours, row.kind, row.notes]);
  }
  const excel = await page.evaluate(() => (window as unknown as { __excel: ExcelControl }).__excel.sheets);
  return excel[1].rows.slice(2).map((row) => row.slice(0, 5));
}

const lineRow = (page: Page, title: string) => page.locator('tr', { has: page.locator('td.bs-import-title', { hasText: title }) });

describe.each(['sheets', 'excel'] as const)('the import page in %s', (host) => {
  it('lists the meetings with partners, unticks, reassigns and imports the ticked rows in one call', async () => {
    const { page, errors } = await open(host);
    await pickFile(page, 'calendar.ics', calendarFixture('google'));
    await page.locator('.bs-import-table').first().waitFor();
    expect(await page.locator('h2.bs-import-heading').textContent()).toBe('12 meetings with your partners');
    expect(await page.locator('.bs-import-skipped').textContent()).toBe('Skipped 2 events: 1 cancelled and 1 declined by you.');
    // The all-day trade fair is off by default; the formula-like title is shown as text.
    expect(await lineRow(page, 'Trade fair').first().locator('input[type=checkbox]').isChecked()).toBe(false);
    expect(await page.locator('td.bs-import-title', { hasText: '=HYPERLINK' }).count()).toBe(1);

    await lineRow(page, 'Coffee (moved)').locator('input[type=checkbox]').uncheck();
    await lineRow(page, 'Lunch with Bob Stone').locator('select').first().selectOption('Dana Fox');
    await page.locator('.bs-import-unmatched summary').click();
    await lineRow(page, 'Networking Friday').first().locator('select').first().selectOption('Carla Diaz');
    await page.screenshot({ path: `${SHOTS}/${host}-list-en.png`, fullPage: true });

    const button = page.locator('button[data-action=import]');
    expect(await button.textContent()).toBe('Import 10 meetings');
    await button.click();
    await page.locator('.bs-import-done').waitFor();
    const rows = await importedRows(page, host);
    expect(rows).toHaveLength(10);
    expect(rows.some((row) => row[4] === 'Coffee (moved)')).toBe(false);
    expect(rows.find((row) => row[4] === 'Lunch with Bob Stone')?.[1]).toBe('Dana Fox');
    expect(rows.filter((row) => row[4] === 'Networking Friday').map((row) => row[1])).toEqual(['Carla Diaz']);
    expect(rows.find((row) => row[4] === 'Quick sync')?.slice(1, 4)).toEqual(['Carla Diaz', 0.5, 'Call']);
    expect(rows.find((row) => String(row[4]).startsWith('=HYPERLINK'))?.[1]).toBe('Bob Stone');
    expect(await page.locator('.bs-import-done').textContent()).toMatch(/^Added 10 meetings to Meetings: /);
    await page.screenshot({ path: `${SHOTS}/${host}-done-en.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('works by keyboard alone: pick, untick, assign, import', async () => {
    const { page } = await open(host);
    await tabTo(page, '#bs-import-file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles({ name: 'google.ics', mimeType: 'text/calendar', buffer: calendarFixture('google') });
    await page.locator('.bs-import-table').first().waitFor();
    // Untick the first meeting (Coffee on 6 January).
    await tabTo(page, '.bs-import-table input[type=checkbox]');
    await page.keyboard.press('Space');
    // Open the events without a partner and give the first one a partner: that ticks it.
    await tabTo(page, '.bs-import-unmatched summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '.bs-import-unmatched select');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'button[data-action=import]');
    expect(await page.locator('button[data-action=import]').textContent()).toBe('Import 10 meetings');
    await page.keyboard.press('Enter');
    await page.locator('.bs-import-done').waitFor();
    const rows = await importedRows(page, host);
    expect(rows).toHaveLength(10);
    expect(rows.filter((row) => row[4] === 'Coffee')).toHaveLength(3);
    expect(rows.filter((row) => row[4] === 'Networking Friday').map((row) => row[1])).toEqual(['Ann Becker']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('again');
  });

  it.each(['en', 'de'] as const)('is axe-core clean in %s, with the list open', async (language) => {
    const { page } = await open(host, language);
    expect(await axeViolations(page)).toEqual([]);
    await pickFile(page, 'apple.ics', calendarFixture('apple'));
    await page.locator('.bs-import-table').first().waitFor();
    await page.locator('.bs-import-unmatched summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${host}-list-${language}.png`, fullPage: true });
  });

  // The Sheets dialog opens at 820 px; Excel's task pane is 320 px and up, wider as the user drags it.
  const widths = host === 'sheets' ? [820, 500, 320] : [320, 420, 500];
  it.each(widths)('shows every line in full at %i px, German and English, and stays axe-core clean', async (width) => {
    for (const language of ['de', 'en'] as const) {
      const { page } = await openImport(browser, host, { language, width });
      pages.push(page);
      await pickFile(page, 'google.ics', calendarFixture('google'));
      await page.locator('.bs-import-table').first().waitFor();
      await page.locator('.bs-import-unmatched summary').click();
      await page.locator('.bs-import-unmatched .bs-import-table').waitFor();
      const layout = await listLayout(page);
      // Wide enough for the table, it is one; narrower, each line is a card with its title first.
      const table = width >= 640;
      expect(layout).toEqual({ headerShown: table, titleFirst: !table, cutOff: [] });
      if (language === 'de') expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${host}-${width}-${language}.png`, fullPage: true });
    }
  });

  it('speaks German', async () => {
    const { page } = await open(host, 'de');
    expect(await page.locator('h1').textContent()).toBe('Treffen aus einer Kalenderdatei importieren');
    await pickFile(page, 'google.ics', calendarFixture('google'));
    await page.locator('.bs-import-table').first().waitFor();
    expect(await page.locator('h2.bs-import-heading').textContent()).toBe('12 Treffen mit Ihren Partnern');
    expect(await page.locator('button[data-action=import]').textContent()).toBe('10 Treffen importieren');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
  });

  it('says what is wrong with a bad file, in the user language, and offers nothing to import', async () => {
    const { page } = await open(host, 'de');
    await pickFile(page, 'partners.csv', Buffer.from('Name,Date\nAnn,2025-01-01\n'));
    await page.locator('.bs-error.bs-visible').waitFor();
    expect(await page.locator('.bs-error').textContent()).toMatch(/^Das ist keine Kalenderdatei/);
    await pickFile(page, 'cut.ics', calendarFixture('google').subarray(0, 1500));
    await page.locator('.bs-error.bs-visible', { hasText: 'unvollständig' }).waitFor();
    await pickFile(page, 'big.ics', Buffer.alloc(20 * 1024 * 1024 + 1, 32));
    await page.locator('.bs-error.bs-visible', { hasText: '20 MB' }).waitFor();
    await pickFile(page, 'empty.ics', Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'));
    await page.locator('.bs-error.bs-visible', { hasText: 'keine Termine' }).waitFor();
    expect(await page.locator('button[data-action=import]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/${host}-error-de.png`, fullPage: true });
  });

  it('tells a period without events from an empty file, and remembers the period chosen', async () => {
    const { page } = await open(host);
    await pickFile(page, 'google.ics', calendarFixture('google'));
    await page.locator('.bs-import-table').first().waitFor();
    await page.selectOption('#bs-import-period', 'last3Months');
    await page.locator('.bs-error.bs-visible', { hasText: 'no events in this period' }).waitFor();
    expect(await page.locator('button[data-action=import]').count()).toBe(0);
    const stored =
      host === 'sheets'
        ? await page.evaluate(() =>
            window.__importCalls.filter((call) => call.name === 'bondstageImportSavePeriod').map((call) => call.args[0]),
          )
        : await page.evaluate(() => [(window as unknown as { __excel: ExcelControl }).__excel.settings['bondstage.importPeriod']]);
    expect(stored).toEqual(['last3Months']);
  });
});
