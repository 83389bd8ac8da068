// npm run screenshots: pictures of the real preview page (npm start, with the
// real bond checklist), taken in headless Chromium, in English and German.
// README pictures, into docs/:
//   preview-<lang>.png    the whole page: tracker grid and checklist sidebar
//   tracker-<lang>.png    the partner sheet with its stage colours
//   checklist-<lang>.png  the checklist, answered and saved
//   dashboard-<lang>.png  the Dashboard tab: figures, due list and both charts
// Store graphics, into docs/store/graphics/, at the sizes the stores state
// (docs/store/README.md names the sources):
//   marketplace-screenshot-<n>-<lang>.png  1280x800, Google Workspace Marketplace
//   appsource-screenshot-<n>-<lang>.png    1366x768, AppSource
//   marketplace-banner-<lang>.png          220x140, the Marketplace card banner
// --only docs or --only store takes one set. CHROMIUM_PATH overrides the
// browser (default: Debian's /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ROOT } from './lib/run.mjs';

const DOCS = path.join(ROOT, 'docs');
const STORE_GRAPHICS = path.join(DOCS, 'store/graphics');
const STORE_SCREENSHOTS = [
  { store: 'marketplace', width: 1280, height: 800 },
  { store: 'appsource', width: 1366, height: 768 },
];
const BANNER = { width: 220, height: 140 };
const TAGLINE = {
  en: 'Referral partner stages, tracker and bond checklist',
  de: 'Stufen, Partnerliste und Checkliste für Empfehlungspartner',
};
const LANGUAGES = [
  { code: 'en', locale: 'en-US' },
  { code: 'de', locale: 'de-DE' },
];
// Answers for the screenshot: everything but the 10 pm call, a score of 8.
const NO_ANSWER = 'lateCall';

function startServer() {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/preview.mjs'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:\d+\//.exec(output);
      if (match) resolve({ url: match[0], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the preview server exited with ${code}: ${output}`)));
  });
}

/** Opens the preview in a fresh browser context, selects Clara's row and answers the checklist for her. */
async function openAnswered(browser, url, { locale }, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.locator('#bs-partner-name').waitFor();

  // Clara's row, and its Hours together cell so the formula bar shows the tracker's formula.
  const row = await page.evaluate((name) => {
    const cell = [...document.querySelectorAll('td.pv-cell[data-col="0"]')].find((td) => td.innerText.trim() === name);
    return cell ? Number(cell.dataset.row) : 0;
  }, 'Clara Muster');
  if (!row) throw new Error('Clara Muster is not in the example tracker');
  await page.click(`#pv-cell-${row}-0`);
  await page.locator('#bs-partner-name', { hasText: 'Clara Muster' }).waitFor();
  await page.click(`#pv-cell-${row}-3`);

  const ids = await page.$$eval('.bs-choice-input[value="yes"]', (inputs) => inputs.map((input) => input.name.replace(/^bs-/, '')));
  for (const id of ids) await page.click(`label[for="bs-${id}-${id === NO_ANSWER ? 'no' : 'yes'}"]`);
  await page.locator('.pv-checklist').evaluate((panel) => panel.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  return { context, page, problems, row };
}

/** The column of the partner sheet whose header reads one of `headers`. */
async function columnOf(page, headers) {
  const col = await page.evaluate((wanted) => {
    const cell = [...document.querySelectorAll('td.pv-cell[data-row="1"]')].find((td) => wanted.includes(td.innerText.trim()));
    return cell ? Number(cell.dataset.col) : -1;
  }, headers);
  if (col < 0) throw new Error(`no column ${headers.join('/')} in the partner sheet`);
  return col;
}

/** Store screenshots at one store's size: the overview, the stage formula, the saved check in the Checks sheet. */
async function shootStore(browser, url, language, { store, width, height }) {
  const { context, page, problems, row } = await openAnswered(browser, url, language, { width, height });
  const file = (n) => path.join(STORE_GRAPHICS, `${store}-screenshot-${n}-${language.code}.png`);
  await page.screenshot({ path: file(1) });

  await page.click(`#pv-cell-${row}-${await columnOf(page, ['Stage', 'Stufe'])}`);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: file(2) });

  await page.click('button.bs-primary');
  await page.locator('.bs-save-status').filter({ hasText: /\S/ }).waitFor();
  await page.click('.pv-tab[data-sheet="checks"]');
  await page.locator('.pv-tab[data-sheet="checks"][aria-selected="true"]').waitFor();
  await page.locator('.pv-checklist').evaluate((panel) => panel.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: file(3) });

  await context.close();
  if (problems.length) throw new Error(`the page reported errors (${store}, ${language.code}):\n${problems.join('\n')}`);
}

/** The Marketplace card banner: the icon and the name with a tagline, on the icon's colour. */
async function shootBanner(browser, { code }) {
  const svg = await readFile(path.join(ROOT, 'office/assets/icon.svg'), 'utf8');
  const page = await browser.newPage({ viewport: BANNER, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html lang="${code}"><body style="margin:0">
    <div style="box-sizing:border-box;width:${BANNER.width}px;height:${BANNER.height}px;padding:16px;background:linear-gradient(#2a74a8,#1f5f8b);color:#fff;font-family:system-ui,'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:center;gap:8px">
      <div style="display:flex;align-items:center;gap:10px">${svg.replace(/width="\d+" height="\d+"/, 'width="44" height="44"')}<span style="font-size:24px;font-weight:700">Bondstage</span></div>
      <div style="font-size:13px;line-height:1.3">${TAGLINE[code]}</div>
    </div></body></html>`);
  await page.screenshot({ path: path.join(STORE_GRAPHICS, `marketplace-banner-${code}.png`) });
  await page.close();
}

async function shoot(browser, url, language) {
  const { code } = language;
  const { context, page, problems } = await openAnswered(browser, url, language, { width: 1440, height: 860 });
  await page.screenshot({ path: path.join(DOCS, `preview-${code}.png`) });
  // Wide enough for every column of the partner sheet, with the overdue contacts highlighted.
  await page.setViewportSize({ width: 2560, height: 560 });
  await page.locator('.pv-spreadsheet').screenshot({ path: path.join(DOCS, `tracker-${code}.png`) });
  await page.setViewportSize({ width: 1440, height: 860 });

  // The whole checklist after saving, in a window tall enough to show it at once.
  await page.click('button.bs-primary');
  await page.locator('.bs-save-status').filter({ hasText: /\S/ }).waitFor();
  const needed = await page.locator('.pv-checklist').evaluate((panel) => panel.scrollHeight - panel.clientHeight);
  await page.setViewportSize({ width: 1440, height: 860 + needed });
  await page.locator('.pv-checklist').evaluate((panel) => panel.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.locator('.pv-sidebar').screenshot({ path: path.join(DOCS, `checklist-${code}.png`) });

  // The Dashboard, in a window tall enough for its cells and both charts.
  await page.setViewportSize({ width: 1440, height: 860 });
  await page.click('.pv-tab[data-sheet="dashboard"]');
  await page.locator('.pv-dash-chart canvas').nth(1).waitFor();
  const below = await page.locator('.pv-dash').evaluate((panel) => panel.scrollHeight - panel.clientHeight);
  await page.setViewportSize({ width: 1440, height: 860 + below });
  await page.mouse.move(0, 0);
  await page.locator('.pv-spreadsheet').screenshot({ path: path.join(DOCS, `dashboard-${code}.png`) });

  await context.close();
  if (problems.length) throw new Error(`the page reported errors (${code}):\n${problems.join('\n')}`);
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  if (values.only !== undefined && !['docs', 'store'].includes(values.only)) {
    throw new Error(`--only takes docs or store, got "${values.only}"`);
  }
  const docs = values.only !== 'store';
  const store = values.only !== 'docs';
  await mkdir(STORE_GRAPHICS, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
    ],
  });
  try {
    for (const language of LANGUAGES) {
      if (docs) await shoot(browser, server.url, language);
      if (store) {
        for (const size of STORE_SCREENSHOTS) await shootStore(browser, server.url, language, size);
        await shootBanner(browser, language);
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  if (docs)
    console.log(
      `Screenshots written to docs/: ${LANGUAGES.flatMap(({ code }) => ['preview', 'tracker', 'checklist', 'dashboard'].map((kind) => `${kind}-${code}.png`)).join(', ')}`,
    );
  if (store)
    console.log(
      `Store graphics written to docs/store/graphics/: ${STORE_SCREENSHOTS.map(({ store: name, width, height }) => `${name} screenshots ${width}x${height}`).join(', ')}, banner ${BANNER.width}x${BANNER.height}`,
    );
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
