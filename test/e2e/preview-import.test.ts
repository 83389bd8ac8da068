/**
 * The preview end to end: `npm start`, Import meetings beside the grid, a
 * calendar file picked, the meetings imported into Meetings, and the
 * partner's hours updated by the tracker's formulas; importing the file
 * again adds nothing; a title that looks like a formula stays text.
 */
import type { Browser, Page } from 'playwright-core';
import { MEETING_COLUMNS, PARTNER_COLUMNS, type MeetingColumnKey, type PartnerColumnKey } from '../../shared/tracker';
import { listLayout } from '../browser/support/import-harness';
import { launchChromium, localIsoToday, recordPageProblems, startPreview, type PreviewServer } from './preview-server';

jest.setTimeout(90000);

const partnerColumn = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);
const meetingColumn = (key: MeetingColumnKey) => MEETING_COLUMNS.findIndex((candidate) => candidate.key === key);

/** Days before today as iCalendar dates, so the events fall in the default period (the last 12 months). */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
}

/** A Google-style export naming the example partner Ben Example in two meetings, one titled like a formula. */
function calendar(): string {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'X-WR-TIMEZONE:Europe/Berlin',
    'BEGIN:VEVENT',
    `DTSTART:${daysAgo(10)}T090000`,
    `DTEND:${daysAgo(10)}T113000`,
    'UID:coffee-ben@example.com',
    'SUMMARY:Coffee with Ben Example',
    'END:VEVENT',
    'BEGIN:VEVENT',
    `DTSTART:${daysAgo(3)}T150000`,
    `DTEND:${daysAgo(3)}T160000`,
    'UID:formula-ben@example.com',
    'SUMMARY:=HYPERLINK("https://example.com"\\,"Ben Example")',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

let server: PreviewServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

async function cellText(row: number, col: number): Promise<string> {
  return (await page.locator(`#pv-cell-${row}-${col}`).innerText()).trim();
}

async function rowOf(name: string): Promise<number> {
  return page.evaluate((wanted) => {
    const cell = [...document.querySelectorAll<HTMLElement>('td.pv-cell[data-col="0"]')].find((td) => td.innerText.trim() === wanted);
    return cell ? Number(cell.dataset.row) : 0;
  }, name);
}

async function importFile(): Promise<string> {
  await page.click('button[data-action="import-meetings"]');
  await page.locator('.pv-import #bs-import-file').waitFor();
  await page.setInputFiles('.pv-import #bs-import-file', {
    name: 'calendar.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(calendar()),
  });
  await page.locator('.pv-import .bs-import-heading').waitFor();
  return page.locator('.pv-import .bs-import-heading').innerText();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startPreview(), launchChromium()]);
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  recordPageProblems(page, problems);
  await page.goto(server.url);
  await page.locator('#bs-partner-name').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('imports the meetings of a calendar file beside the grid, and the partner’s hours follow', async () => {
  const ben = await rowOf('Ben Example');
  const hoursBefore = Number(await cellText(ben, partnerColumn('hoursTogether')));

  expect(await importFile()).toBe('2 meetings with your partners');
  // Beside the grid the panel is too narrow for the table: each line is a card, its title first and in full.
  expect(await listLayout(page, '.pv-import')).toEqual({ headerShown: false, titleFirst: true, cutOff: [] });
  await page.screenshot({ path: '/tmp/bondstage-import/preview-list.png' });
  await page.click('.pv-import button[data-action="import"]');
  await page.locator('.pv-import .bs-import-done').waitFor();
  expect(await page.locator('.pv-import .bs-import-done').innerText()).toMatch(/^Added 2 meetings to Meetings: Ben Example \(2\)\./);

  // 2.5 + 1 hours more, computed by the tracker's own formula.
  await expect(cellText(ben, partnerColumn('hoursTogether'))).resolves.toBe(String(hoursBefore + 3.5));

  await page.click('.pv-tab[data-sheet="meetings"]');
  await page.locator('.pv-tab[data-sheet="meetings"][aria-selected="true"]').waitFor();
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('td.pv-cell[data-col="5"]')]
      .filter((td) => td.innerText.trim() !== '')
      .map((td) => Number(td.dataset.row)),
  );
  const sources = await Promise.all(rows.map((row) => cellText(row, meetingColumn('source'))));
  expect(sources.filter((source) => source !== 'Source')).toEqual([
    expect.stringMatching(/^coffee-ben@example\.com /),
    expect.stringMatching(/^formula-ben@example\.com /),
  ]);
  const formulaRow = rows[rows.length - 1];
  expect(await cellText(formulaRow, meetingColumn('notes'))).toBe('=HYPERLINK("https://example.com","Ben Example")');
  expect(await cellText(formulaRow, meetingColumn('partner'))).toBe('Ben Example');
  expect(await cellText(formulaRow, meetingColumn('kind'))).toBe('One-to-one');
  await page.screenshot({ path: '/tmp/bondstage-import/preview-meetings.png' });
  expect(localIsoToday()).toMatch(/^\d{4}-/);
  expect(problems).toEqual([]);
});

test('importing the same file again adds nothing', async () => {
  await page.click('button[data-action="back-to-checklist"]');
  await page.locator('.pv-checklist:not([hidden])').waitFor();
  await importFile();
  expect(await page.locator('.pv-import .bs-import-skipped').innerText()).toBe('Skipped 2 events: 2 already imported.');
  expect(await page.locator('.pv-import button[data-action="import"]').isDisabled()).toBe(true);
  expect(problems).toEqual([]);
});
