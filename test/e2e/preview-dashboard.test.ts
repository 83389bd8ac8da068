/**
 * The preview's Dashboard tab end to end, with `npm start`'s real server and
 * headless Chromium: the tab shows the Dashboard's computed cells and its two
 * charts, axe-core finds no violation with it open (English and German), the
 * overdue rows are highlighted, and logging a meeting changes the figures and
 * the charts.
 */
import path from 'node:path';
import type AxeCore from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OVERDUE_COLOURS } from '../../shared/formatting';
import { DASHBOARD_TEXTS } from '../../shared/messages/dashboard';
import { ROOT, launchChromium, rgb, startPreview, type PreviewServer } from './preview-server';

jest.setTimeout(120000);

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

async function open(locale: string): Promise<void> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale });
  page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url);
  await page.locator('.pv-grid td.pv-cell').first().waitFor();
  await page.locator('#bs-partner-name').waitFor();
}

async function showDashboard(): Promise<void> {
  await page.click('.pv-tab[data-sheet="dashboard"]');
  await page.locator('.pv-tab[data-sheet="dashboard"][aria-selected="true"]').waitFor();
  await page.locator('.pv-dash-chart canvas').nth(1).waitFor();
}

/** The series values each chart was drawn with, and the label a screen reader hears. */
async function charts(): Promise<{ key: string; values: number[][]; label: string }[]> {
  return page.$$eval('.pv-dash-chart', (figures) =>
    figures.map((figure) => ({
      key: (figure as HTMLElement).dataset.chart ?? '',
      values: JSON.parse((figure as HTMLElement).dataset.values ?? '[]') as number[][],
      label: figure.querySelector('canvas')?.getAttribute('aria-label') ?? '',
    })),
  );
}

async function dashCell(row: number, col: number): Promise<string> {
  return (await page.locator(`.pv-dash-cell[data-row="${row}"][data-col="${col}"]`).innerText()).trim();
}

async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startPreview(), launchChromium()]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

afterEach(() => {
  expect(problems).toEqual([]);
  problems.length = 0;
});

describe.each([
  ['en-US', 'en'],
  ['de-DE', 'de'],
] as const)('the Dashboard tab (%s)', (locale, language) => {
  it('shows the computed figures, the due list with overdue rows, and two charts, axe-core clean', async () => {
    await open(locale);
    await showDashboard();
    const texts = DASHBOARD_TEXTS[language];
    expect(await dashCell(1, 0)).toBe(texts.title);
    expect(await page.locator('.pv-grid-scroll').isHidden()).toBe(true);
    // The example tracker: one partner per stage.
    for (const row of [6, 7, 8, 9]) expect(await dashCell(row, 1)).toBe('1');
    const overdue = page.locator('.pv-dash-overdue');
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await overdue.first().evaluate((cell) => getComputedStyle(cell).backgroundColor)).toBe(rgb(OVERDUE_COLOURS.background));
    const drawn = await charts();
    expect(drawn.map((chart) => chart.key)).toEqual(['stages', 'hours']);
    expect(drawn[0].values).toEqual([[1], [1], [1], [1]]);
    expect(drawn[1].values[0]).toHaveLength(12);
    expect(drawn[0].label.startsWith(texts.stagesChart)).toBe(true);
    expect(drawn[1].label.startsWith(texts.hoursChart)).toBe(true);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the Dashboard after a logged meeting', () => {
  it('counts the hours in this month and moves the partner to the next stage, in the cells and the charts', async () => {
    await open('en-US');
    await showDashboard();
    const before = await charts();
    const thisMonthBefore = before[1].values[0][11];
    // Anna Beispiel is an acquaintance with 6 h: 50 more make her a casual friend.
    await page.click('[data-action="log-meeting"]');
    await page.locator('.pv-editor').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Anna Beispiel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('50');
    await page.keyboard.press('Enter');
    await showDashboard();
    const after = await charts();
    expect(after[1].values[0][11]).toBe(thisMonthBefore + 50);
    expect(after[0].values).toEqual([[0], [2], [1], [1]]);
    expect(await dashCell(6, 1)).toBe('0');
    expect(await dashCell(7, 1)).toBe('2');
    expect(after[0].label).toContain('Casual friend: 2');
    // Keyboard: Left from the Dashboard tab goes back to Checks.
    await page.focus('.pv-tab[data-sheet="dashboard"]');
    await page.keyboard.press('ArrowLeft');
    await page.locator('.pv-tab[data-sheet="checks"][aria-selected="true"]').waitFor();
    expect(await page.locator('.pv-dash').isHidden()).toBe(true);
  });
});
