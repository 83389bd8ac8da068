/**
 * The preview end to end: `npm start`'s real server, headless Chromium, and a
 * person's steps in the grid and the checklist.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHECKLIST } from '../../shared/checklist';
import { STAGE_COLOURS } from '../../shared/formatting';
import { CHECKLIST_TEXTS, formatIsoDate } from '../../shared/messages/checklist';
import { STAGE_LABELS } from '../../shared/messages/stages';
import { DASHBOARD_SHEET_NAMES } from '../../shared/messages/dashboard';
import { problemMessage } from '../../shared/messages/functions';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
import { CHECK_COLUMNS, PARTNER_COLUMNS, SHEET_NAMES, exampleCheckRows, type PartnerColumnKey } from '../../shared/tracker';
import { launchChromium, localIsoToday, rgb, startPreview, type PreviewServer } from './preview-server';

jest.setTimeout(90000);

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);
const NEW_PARTNER = 'Erika Probe';
/** Sheet row of the first check saved here: below the header and the example checks. */
const FIRST_SAVED_CHECK_ROW = 2 + exampleCheckRows(new Date()).length;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

async function openPreview(target: Page): Promise<void> {
  await target.goto(server.url);
  await target.locator('.pv-grid td.pv-cell').first().waitFor();
  await target.locator('#bs-partner-name').waitFor();
}

async function cellText(row: number, col: number): Promise<string> {
  return (await page.locator(`#pv-cell-${row}-${col}`).innerText()).trim();
}

async function showSheet(sheet: 'partners' | 'meetings' | 'checks'): Promise<void> {
  await page.click(`.pv-tab[data-sheet="${sheet}"]`);
  await page.locator(`.pv-tab[data-sheet="${sheet}"][aria-selected="true"]`).waitFor();
}

/** The sheet row whose first cell shows `name`, or 0. */
async function rowOf(name: string): Promise<number> {
  return page.evaluate((wanted) => {
    const cell = [...document.querySelectorAll<HTMLElement>('td.pv-cell[data-col="0"]')].find((td) => td.innerText.trim() === wanted);
    return cell ? Number(cell.dataset.row) : 0;
  }, name);
}

/** Logs a meeting with today's date, as a person would: the button, then Tab from cell to cell. */
async function startMeeting(partner: string, hours: string): Promise<void> {
  await page.click('[data-action="log-meeting"]');
  await page.locator('.pv-editor').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type(partner);
  await page.keyboard.press('Tab');
  await page.keyboard.type(hours);
  await page.keyboard.press('Enter');
}

async function stageOf(name: string): Promise<{ text: string; background: string; hours: string; row: number }> {
  await showSheet('partners');
  const row = await rowOf(name);
  expect(row).toBeGreaterThan(1);
  const stageCell = page.locator(`#pv-cell-${row}-${column('stage')}`);
  return {
    row,
    text: (await stageCell.innerText()).trim(),
    background: await stageCell.evaluate((td) => getComputedStyle(td).backgroundColor),
    hours: await cellText(row, column('hoursTogether')),
  };
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startPreview(), launchChromium()]);
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('the page loads the example tracker and the checklist with no console errors', async () => {
  await openPreview(page);
  expect(await page.locator('.pv-tab').allInnerTexts()).toEqual([...Object.values(SHEET_NAMES.en), DASHBOARD_SHEET_NAMES.en]);
  const ben = await stageOf('Ben Example');
  expect(ben.text).toBe(STAGE_LABELS.en.casualFriend);
  expect(ben.background).toBe(rgb(STAGE_COLOURS.casualFriend.background));
  expect(await page.locator('#bs-partner-name').innerText()).toBe('Anna Beispiel');
  expect(problems).toEqual([]);
});

test('negative hours show the tracker’s validation message and keep what was typed', async () => {
  await page.click('[data-action="add-partner"]');
  await page.keyboard.type(NEW_PARTNER);
  await page.keyboard.press('Enter');
  await startMeeting(NEW_PARTNER, '-70');

  const bubble = page.locator('.pv-bubble');
  await bubble.waitFor();
  expect(await bubble.innerText()).toContain(TRACKER_TEXTS.en.hoursHelp);
  expect(await page.locator('.pv-editor').inputValue()).toBe('-70');
  expect(await page.locator('.pv-editor').getAttribute('aria-invalid')).toBe('true');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('70');
  await page.keyboard.press('Enter');
  await expect(bubble.isHidden()).resolves.toBe(true);
  expect(problems).toEqual([]);
});

test('a meeting of 30 hours moves a partner at 70 hours from Casual friend to Friend, with the stage colour', async () => {
  const before = await stageOf(NEW_PARTNER);
  expect(before.hours).toBe('70.0');
  expect(before.text).toBe(STAGE_LABELS.en.casualFriend);
  expect(before.background).toBe(rgb(STAGE_COLOURS.casualFriend.background));

  await startMeeting(NEW_PARTNER, '30');
  const after = await stageOf(NEW_PARTNER);
  expect(after.hours).toBe('100.0');
  expect(after.text).toBe(STAGE_LABELS.en.friend);
  expect(after.background).toBe(rgb(STAGE_COLOURS.friend.background));
  expect(after.background).not.toBe(before.background);
});

test('saving the checklist writes score and date into the partner row and a row into Checks', async () => {
  const today = localIsoToday();
  await showSheet('partners');
  const row = await rowOf('Clara Muster');
  await page.click(`#pv-cell-${row}-0`);
  await expect(page.locator('#bs-partner-name').innerText()).resolves.toBe('Clara Muster');

  const answers = CHECKLIST.map((_, index) => index < 7);
  for (const [index, question] of CHECKLIST.entries()) {
    await page.click(`label[for="bs-${question.id}-${answers[index] ? 'yes' : 'no'}"]`);
  }
  await page.click('button.bs-primary');
  const saved = CHECKLIST_TEXTS.en.saved('Clara Muster', 7, formatIsoDate(today, 'en'));
  await page.locator('.bs-save-status', { hasText: saved }).waitFor();

  expect(await cellText(row, column('checklistScore'))).toBe('7');
  expect(await cellText(row, column('checkedOn'))).toBe(today);
  expect(await cellText(row, column('referralReady'))).toBe('TRUE');

  await showSheet('checks');
  const checkRow = await Promise.all(CHECK_COLUMNS.map((_, col) => cellText(FIRST_SAVED_CHECK_ROW, col)));
  expect(checkRow).toEqual([today, 'Clara Muster', ...answers.map((yes) => (yes ? 'TRUE' : 'FALSE')), '7']);
  expect(await cellText(FIRST_SAVED_CHECK_ROW + 1, 1)).toBe('');
  expect(problems).toEqual([]);
});

test('reloading the page keeps the work', async () => {
  await page.reload();
  await page.locator('#bs-partner-name').waitFor();
  const erika = await stageOf(NEW_PARTNER);
  expect(erika.hours).toBe('100.0');
  expect(erika.text).toBe(STAGE_LABELS.en.friend);
  expect(await cellText(await rowOf('Clara Muster'), column('checklistScore'))).toBe('7');
  await showSheet('checks');
  expect(await cellText(FIRST_SAVED_CHECK_ROW, 1)).toBe('Clara Muster');
  expect(problems).toEqual([]);
});

test('reset restores the example', async () => {
  await page.click('[data-action="reset"]');
  await page.locator('dialog.pv-dialog[open]').waitFor();
  await page.click('dialog.pv-dialog button[value="reset"]');

  await showSheet('partners');
  expect(await rowOf(NEW_PARTNER)).toBe(0);
  expect(await cellText(await rowOf('Clara Muster'), column('checklistScore'))).toBe('8');
  await showSheet('checks');
  expect(await cellText(2, 1)).toBe('Ben Example');
  expect(await cellText(FIRST_SAVED_CHECK_ROW, 1)).toBe('');

  // Still the example after a reload, and an untouched example follows the language.
  await page.reload();
  await page.locator('#bs-partner-name').waitFor();
  await page.click('button[data-language="de"]');
  await page.locator(`.pv-tab[data-sheet="partners"]`, { hasText: SHEET_NAMES.de.partners }).waitFor();
  expect(await page.locator('.pv-tab').allInnerTexts()).toEqual([...Object.values(SHEET_NAMES.de), DASHBOARD_SHEET_NAMES.de]);
  expect((await stageOf('Ben Example')).text).toBe(STAGE_LABELS.de.casualFriend);
  expect(await page.locator('#bs-title').textContent()).toBe(CHECKLIST_TEXTS.de.title);
  expect(problems).toEqual([]);
});

test('negative hours already in the sheet show the sheet function’s own error in that partner’s row, and the row is kept', async () => {
  // A workbook kept from before validation, as a person might have it: one meeting of -5 hours.
  const stored = {
    format: 'bondstage-preview',
    version: 1,
    language: 'en',
    edited: true,
    inputs: { partners: [['Neg Person']], meetings: [[46000, 'Neg Person', -5, 'Call', '']], checks: [] },
  };
  const other = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await other.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('bondstage.preview.workbook', text);
    }
  }, JSON.stringify(stored));
  const errors: string[] = [];
  const tab = await other.newPage();
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    await openPreview(tab);
    const stage = tab.locator(`#pv-cell-2-${column('stage')}`);
    expect((await stage.innerText()).trim()).toBe('#VALUE!');
    await stage.click();
    const message = problemMessage({ kind: 'meetingHoursInvalid', value: -5 }, 'en');
    await expect(tab.locator('.pv-formula-note').innerText()).resolves.toContain(message);

    await tab.reload();
    await tab.locator('#bs-partner-name').waitFor();
    await tab.click('.pv-tab[data-sheet="meetings"]');
    expect((await tab.locator('#pv-cell-2-2').innerText()).trim()).toBe('-5.0');
    expect(errors).toEqual([]);
  } finally {
    await other.close();
  }
});
