/**
 * A partner typed into the grid a moment ago is the checklist's partner as
 * soon as its row is selected, and its name is shown as text, never markup.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHECKLIST } from '../../shared/checklist';
import { CHECKLIST_TEXTS, formatIsoDate } from '../../shared/messages/checklist';
import { CHECK_COLUMNS, PARTNER_COLUMNS, exampleCheckRows, type PartnerColumnKey } from '../../shared/tracker';
import { launchChromium, localIsoToday, recordPageProblems, startPreview, type PreviewServer } from './preview-server';

jest.setTimeout(90000);

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);
/** Markup, an ampersand, quotes and a letter outside ASCII: all of it is a name. */
const NAME = '<b>Zoë</b> & "Co"';
const OTHER = 'O’Neil & Söhne';
const FIRST_SAVED_CHECK_ROW = 2 + exampleCheckRows(new Date()).length;

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

async function cellText(row: number, col: number): Promise<string> {
  return (await page.locator(`#pv-cell-${row}-${col}`).innerText()).trim();
}

/** The first sheet row below the used ones: an empty row. */
async function firstEmptyRow(): Promise<number> {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll<HTMLElement>('td.pv-cell[data-col="0"]')];
    const used = cells.filter((cell) => Number(cell.dataset.row) > 1 && cell.innerText.trim() !== '');
    return Math.max(...used.map((cell) => Number(cell.dataset.row))) + 1;
  });
}

/** Types `text` into the cell, as a person does: select it, type, Enter (which moves one row down). */
async function typeInto(row: number, col: number, text: string): Promise<void> {
  await page.click(`#pv-cell-${row}-${col}`);
  await page.keyboard.type(text);
  await expect(page.locator('.pv-editor').inputValue()).resolves.toBe(text);
  await page.keyboard.press('Enter');
  await page.locator('.pv-editor').waitFor({ state: 'detached' });
}

async function shownPartner(): Promise<string> {
  await page.locator('#bs-partner-name').waitFor();
  return page.locator('#bs-partner-name').innerText();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startPreview(), launchChromium()]);
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  // A name that became markup would show a bold element or run script: both are failures here.
  recordPageProblems(page, problems, { console: true });
  await page.goto(server.url);
  await page.locator('#bs-partner-name').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('a partner typed into an empty row is the checklist’s partner when that row is selected', async () => {
  const row = await firstEmptyRow();
  await typeInto(row, 0, NAME);
  expect(await cellText(row, 0)).toBe(NAME);
  expect(await page.locator('.pv-grid b').count()).toBe(0);

  // Enter moved the selection to the empty row below; selecting the new row again shows its partner.
  await page.click(`#pv-cell-${row}-${column('company')}`);
  await page.locator('#bs-partner-name', { hasText: 'Zoë' }).waitFor();
  expect(await shownPartner()).toBe(NAME);
  expect(await page.locator('.pv-checklist b').count()).toBe(0);
  expect(await page.locator('#bs-partner-picker').inputValue()).toBe(NAME);
  expect(problems).toEqual([]);
});

test('the new partner’s check is saved: a row in Checks and the score in the partner’s row', async () => {
  const today = localIsoToday();
  const row = await page.evaluate((name) => {
    const cell = [...document.querySelectorAll<HTMLElement>('td.pv-cell[data-col="0"]')].find((td) => td.innerText.trim() === name);
    return cell ? Number(cell.dataset.row) : 0;
  }, NAME);
  expect(row).toBeGreaterThan(1);

  const answers = CHECKLIST.map((_, index) => index !== 1);
  for (const [index, question] of CHECKLIST.entries()) {
    await page.click(`label[for="bs-${question.id}-${answers[index] ? 'yes' : 'no'}"]`);
  }
  await page.click('button.bs-primary');
  await page.locator('.bs-save-status', { hasText: CHECKLIST_TEXTS.en.saved(NAME, 8, formatIsoDate(today, 'en')) }).waitFor();

  expect(await cellText(row, column('checklistScore'))).toBe('8');
  expect(await cellText(row, column('checkedOn'))).toBe(today);

  await page.click('.pv-tab[data-sheet="checks"]');
  await page.locator('.pv-tab[data-sheet="checks"][aria-selected="true"]').waitFor();
  const checkRow = await Promise.all(CHECK_COLUMNS.map((_, col) => cellText(FIRST_SAVED_CHECK_ROW, col)));
  expect(checkRow).toEqual([today, NAME, ...answers.map((yes) => (yes ? 'TRUE' : 'FALSE')), '8']);
  expect(await page.locator('.pv-grid b').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a partner typed and left with a click elsewhere is shown when its row is selected, also after picking another partner', async () => {
  await page.click('.pv-tab[data-sheet="partners"]');
  await page.locator('.pv-tab[data-sheet="partners"][aria-selected="true"]').waitFor();
  const row = await firstEmptyRow();
  await page.click(`#pv-cell-${row}-0`);
  await page.keyboard.type(OTHER);
  // A click elsewhere enters the name, as in a spreadsheet: here on Anna's row.
  await page.click('#pv-cell-2-1');
  await page.locator('#bs-partner-name', { hasText: 'Anna Beispiel' }).waitFor();
  for (let at = 2; at < row; at++) await page.keyboard.press('ArrowDown');
  await page.locator('#bs-partner-name', { hasText: OTHER }).waitFor();
  expect(await shownPartner()).toBe(OTHER);

  // Another partner picked in the checklist, then the row left and selected again: the row's partner is back.
  await page.selectOption('#bs-partner-picker', 'Ben Example');
  await page.locator('#bs-partner-name', { hasText: 'Ben Example' }).waitFor();
  await page.click(`#pv-cell-${row + 1}-0`);
  await page.click(`#pv-cell-${row}-${column('notes')}`);
  await page.locator('#bs-partner-name', { hasText: OTHER }).waitFor();
  expect(await shownPartner()).toBe(OTHER);
  expect(problems).toEqual([]);
});
