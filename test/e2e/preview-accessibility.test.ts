/**
 * The preview page for keyboard and screen-reader users: axe-core finds no
 * violation on the whole page in English and German (also with a computed
 * cell or an error cell selected, and with the reset dialog open), the grid
 * follows the ARIA grid pattern, and every visible text has a contrast of at
 * least 4.5:1, the fx markers and the footer included.
 */
import path from 'node:path';
import type AxeCore from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { PARTNER_COLUMNS, SHEETS_TRACKER_ROWS, type PartnerColumnKey } from '../../shared/tracker';
import { contrastFailures, contrastRatio, parseColour, requiredRatio, sampleRatio, textSamples, type TextSample } from './contrast';
import { ROOT, launchChromium, localIsoToday, startPreview, type PreviewServer } from './preview-server';

jest.setTimeout(120000);

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);

let server: PreviewServer;
let browser: Browser;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's violations on the whole page, every rule axe runs by default (WCAG A and AA and best practices). */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  });
}

function seriousOrWorse(violations: Violation[]): Violation[] {
  return violations.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious');
}

async function openPage(locale: string, stored?: object): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  if (stored) {
    await context.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('bondstage.preview.workbook', text);
      }
    }, JSON.stringify(stored));
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.locator('#bs-partner-name').waitFor();
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

/** The whole page checked: no axe violation of any impact (so none critical or serious), no text below its contrast. */
async function expectAccessible(page: Page): Promise<TextSample[]> {
  const violations = await axeViolations(page);
  expect(seriousOrWorse(violations)).toEqual([]);
  expect(violations).toEqual([]);
  const samples = await textSamples(page);
  expect(samples.length).toBeGreaterThan(100);
  expect(contrastFailures(samples)).toEqual([]);
  return samples;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startPreview(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('the contrast check computes WCAG’s ratios and tells large text from small', () => {
  const white = parseColour('#ffffff');
  expect(contrastRatio(parseColour('rgb(0, 0, 0)'), white)).toBeCloseTo(21, 5);
  // The grey the fx marker and the footer had: too light for 13px text.
  expect(contrastRatio(parseColour('#80868b'), white)).toBeCloseTo(3.68, 2);
  expect(contrastRatio(parseColour('#80868b'), parseColour('#f8f9fa'))).toBeCloseTo(3.49, 2);
  expect(contrastRatio(parseColour('#767676'), white)).toBeGreaterThan(4.5);
  // Half-transparent black text on white is a mid grey.
  const half: TextSample = {
    where: 'p',
    text: 'x',
    colour: 'rgba(0, 0, 0, 0.5)',
    backgrounds: ['rgb(255, 255, 255)'],
    fontSize: 13,
    fontWeight: 400,
  };
  expect(sampleRatio(half)).toBeCloseTo(contrastRatio(parseColour('#808080'), white), 1);
  expect(requiredRatio(half)).toBe(4.5);
  expect(requiredRatio({ ...half, fontSize: 24 })).toBe(3);
  expect(requiredRatio({ ...half, fontSize: 19, fontWeight: 700 })).toBe(3);
  expect(requiredRatio({ ...half, fontSize: 19, fontWeight: 500 })).toBe(4.5);
  expect(contrastFailures([half])).toHaveLength(1);
  expect(contrastFailures([{ ...half, colour: 'rgb(95, 99, 104)' }])).toEqual([]);
  expect(contrastFailures([{ ...half, colour: 'rgb(128, 134, 139)' }])).toHaveLength(1);
  expect(contrastFailures([{ ...half, colour: 'rgb(128, 134, 139)', backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(27, 94, 32)'] }])).toHaveLength(
    1,
  );
  expect(contrastFailures([{ ...half, colour: 'rgb(255, 255, 255)', backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(27, 94, 32)'] }])).toEqual([]);
});

test('English: the whole page passes axe-core, also with a computed cell selected, and every text has its contrast', async () => {
  const page = await openPage('en-US');
  try {
    await expectAccessible(page);
    await page.click(`#pv-cell-4-${column('hoursTogether')}`);
    const samples = await expectAccessible(page);

    // The fx markers and the footer are among the texts checked, at 4.5:1 or more.
    const checked = (where: RegExp) => samples.filter((sample) => where.test(sample.where));
    for (const where of [/^span\.pv-fx$/, /pv-computed-header::after$/, /^footer/, /pv-formula-text.*pv-spilled/]) {
      expect(checked(where).length).toBeGreaterThan(0);
      for (const sample of checked(where)) expect(sampleRatio(sample)).toBeGreaterThanOrEqual(4.5);
    }

    // A computed cell someone tries to type over shows its message bubble; the reset dialog asks first.
    await page.keyboard.press('Delete');
    await page.locator('.pv-bubble').waitFor();
    await expectAccessible(page);
    await page.click('[data-action="reset"]');
    await page.locator('dialog.pv-dialog[open]').waitFor();
    await expectAccessible(page);
    await page.click('dialog.pv-dialog button[value="cancel"]');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  } finally {
    await page.context().close();
  }
});

test('German: the whole page passes axe-core, with a computed cell and with an error cell selected', async () => {
  const page = await openPage('de-DE');
  try {
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await expectAccessible(page);
    await page.click(`#pv-cell-3-${column('stage')}`);
    await expectAccessible(page);
  } finally {
    await page.context().close();
  }
  const stored = {
    format: 'bondstage-preview',
    version: 1,
    language: 'de',
    edited: true,
    inputs: {
      partners: [['Neg Person'], ['Gut Person']],
      meetings: [
        [46000, 'Neg Person', -5, 'Anruf', ''],
        [46001, 'Gut Person', 3, 'Anruf', ''],
      ],
      checks: [],
    },
  };
  const broken = await openPage('de-DE', stored);
  try {
    await broken.click(`#pv-cell-2-${column('stage')}`);
    expect((await broken.locator(`#pv-cell-2-${column('stage')}`).innerText()).trim()).toMatch(/^#/);
    await broken.locator('.pv-formula-note.pv-error-note').waitFor();
    await expectAccessible(broken);
  } finally {
    await broken.context().close();
  }
});

test('the grid follows the ARIA grid pattern: roles, row and column counts and indexes', async () => {
  const page = await openPage('en-US');
  try {
    const grid = page.locator('table.pv-grid');
    expect(await grid.getAttribute('role')).toBe('grid');
    expect(await grid.getAttribute('aria-label')).toBe('Sheet Partners');
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(SHEETS_TRACKER_ROWS));
    expect(await grid.getAttribute('aria-colcount')).toBe(String(PARTNER_COLUMNS.length + 1));

    const shape = await page.evaluate(() => {
      const table = document.querySelector('table.pv-grid')!;
      const rows = [...table.querySelectorAll('tr')];
      const exposed = rows.filter((row) => !row.closest('[aria-hidden="true"]'));
      return {
        hiddenRows: rows.length - exposed.length,
        rows: exposed.map((row) => ({
          role: row.getAttribute('role'),
          index: Number(row.getAttribute('aria-rowindex')),
          cells: [...row.children].map((cell) => ({
            role: cell.getAttribute('role'),
            col: Number(cell.getAttribute('aria-colindex')),
            selected: cell.getAttribute('aria-selected'),
          })),
        })),
      };
    });
    // The column letters are shown, not read: the header row names the columns.
    expect(shape.hiddenRows).toBe(1);
    shape.rows.forEach((row, index) => {
      expect(row.role).toBe('row');
      expect(row.index).toBe(index + 1);
      expect(row.cells.map((cell) => cell.col)).toEqual(row.cells.map((_, col) => col + 1));
      expect(row.cells[0]).toEqual({ role: 'rowheader', col: 1, selected: null });
      for (const cell of row.cells.slice(1)) {
        expect(cell.role).toBe(index === 0 ? 'columnheader' : 'gridcell');
        expect(['true', 'false']).toContain(cell.selected);
      }
    });
    const selectedCells = shape.rows.flatMap((row) => row.cells.filter((cell) => cell.selected === 'true'));
    expect(selectedCells).toHaveLength(1);

    // The sheet tabs and the formula bar are labelled; the tabs control the sheet panel, which the grid is in.
    expect(await page.getAttribute('.pv-tabs', 'aria-label')).toBe('Sheets');
    expect(await page.getAttribute('.pv-tab[data-sheet="partners"]', 'aria-controls')).toBe('pv-sheet-panel');
    expect(await page.getAttribute('#pv-sheet-panel', 'role')).toBe('tabpanel');
    expect(await page.getAttribute('#pv-sheet-panel', 'aria-labelledby')).toBe('pv-tab-partners');
    expect(await page.getAttribute('.pv-formula-bar', 'role')).toBe('group');
    expect(await page.getAttribute('.pv-formula-bar', 'aria-label')).toBe('Formula bar');
    expect(await page.locator('.pv-formula-bar').evaluate((bar) => bar.textContent)).toMatch(/^Cell: A2.*Formula: /);
  } finally {
    await page.context().close();
  }
});

/** What has the keyboard focus, and which cell the grid says is active. */
async function focusState(page: Page): Promise<{ focused: string; active: string | null; selected: string[] }> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const table = document.querySelector('table.pv-grid')!;
    return {
      focused:
        focused === table
          ? 'grid'
          : `${focused?.tagName.toLowerCase()}${focused?.className ? `.${String(focused.className).split(' ').join('.')}` : ''}`,
      active: table.getAttribute('aria-activedescendant'),
      selected: [...table.querySelectorAll('[aria-selected="true"]')].map((cell) => cell.id),
    };
  });
}

test('the grid is one tab stop, arrow keys move the active cell, and the sheet tabs are one tab stop with arrow keys', async () => {
  const page = await openPage('en-US');
  try {
    await page.focus('[data-action="import-meetings"]');
    await page.keyboard.press('Tab');
    expect(await focusState(page)).toEqual({ focused: 'grid', active: 'pv-cell-2-0', selected: ['pv-cell-2-0'] });

    const moves: [string, string][] = [
      ['ArrowRight', 'pv-cell-2-1'],
      ['ArrowDown', 'pv-cell-3-1'],
      ['ArrowLeft', 'pv-cell-3-0'],
      ['ArrowUp', 'pv-cell-2-0'],
      ['ArrowUp', 'pv-cell-1-0'],
      ['End', `pv-cell-1-${PARTNER_COLUMNS.length - 1}`],
      ['Home', 'pv-cell-1-0'],
      ['PageDown', 'pv-cell-11-0'],
      ['PageUp', 'pv-cell-1-0'],
      ['Control+End', `pv-cell-5-${PARTNER_COLUMNS.length - 1}`],
      ['Control+Home', 'pv-cell-1-0'],
    ];
    for (const [key, cell] of moves) {
      await page.keyboard.press(key);
      expect({ key, ...(await focusState(page)) }).toEqual({ key, focused: 'grid', active: cell, selected: [cell] });
      expect(await page.locator('.pv-name-box .pv-name').innerText()).toBe(
        `${String.fromCharCode(65 + Number(cell.split('-')[3]))}${cell.split('-')[2]}`,
      );
    }

    // Tab leaves the grid at once, to the selected sheet tab: no cell is a tab stop of its own.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await focusState(page)).focused).toBe('button.pv-tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.sheet)).toBe('partners');
    expect(await page.locator('.pv-tab[tabindex="0"]').count()).toBe(1);

    // Arrow keys in the tab list show the next sheet; Shift+Tab goes back into the grid.
    await page.keyboard.press('ArrowRight');
    await page.locator('.pv-tab[data-sheet="meetings"][aria-selected="true"]').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.sheet)).toBe('meetings');
    expect(await page.getAttribute('table.pv-grid', 'aria-label')).toBe('Sheet Meetings');
    expect(await page.getAttribute('#pv-sheet-panel', 'aria-labelledby')).toBe('pv-tab-meetings');
    await page.keyboard.press('ArrowLeft');
    await page.locator('.pv-tab[data-sheet="partners"][aria-selected="true"]').waitFor();
    await page.keyboard.press('Shift+Tab');
    expect((await focusState(page)).focused).toBe('grid');

    // Typing into a cell opens the editor there; Escape returns to the grid.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('F2');
    await page.locator('.pv-editor').waitFor();
    expect(await page.locator('.pv-editor').getAttribute('aria-label')).toBe('Partner A2');
    await page.keyboard.press('Escape');
    expect(await focusState(page)).toEqual({ focused: 'grid', active: 'pv-cell-2-0', selected: ['pv-cell-2-0'] });
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  } finally {
    await page.context().close();
  }
});

test('with the calendar import open beside the grid, the whole page passes axe-core and every text has its contrast', async () => {
  const page = await openPage('de-DE');
  try {
    await page.click('button[data-action="import-meetings"]');
    await page.locator('.pv-import #bs-import-file').waitFor();
    const calendar = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:a@example.com',
      `DTSTART:${localIsoTodayCompact()}T080000`,
      `DTEND:${localIsoTodayCompact()}T090000`,
      'SUMMARY:Kaffee mit Ben Example',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b@example.com',
      `DTSTART:${localIsoTodayCompact()}T100000`,
      'SUMMARY:Messe',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    await page.setInputFiles('.pv-import #bs-import-file', { name: 'k.ics', mimeType: 'text/calendar', buffer: Buffer.from(calendar) });
    await page.locator('.pv-import .bs-import-unmatched summary').click();
    await expectAccessible(page);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  } finally {
    await page.context().close();
  }
});

/** Today where the browser is, as an iCalendar date (YYYYMMDD). */
function localIsoTodayCompact(): string {
  return localIsoToday().replace(/-/g, '');
}
