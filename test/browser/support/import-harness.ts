/**
 * Opens the built calendar import pages in headless Chromium with the host
 * bridge replaced by a fake: google.script.run for the Sheets dialog
 * (Import.html), office.js with an in-memory workbook for the Excel task pane
 * (import.html). Nothing reaches the network.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ImportContext, ImportReply } from '../../../shared/calendar';
import type { Language } from '../../../shared/language';
import { MEETING_COLUMNS, PARTNER_COLUMNS, SHEET_NAMES, headersFor } from '../../../shared/tracker';
import { ORIGIN, serveDist, type Host } from './harness';
import type { FakeCell, OfficeScenario } from './fake-office';

const ROOT = path.join(__dirname, '../../..');
export const IMPORT_TODAY = '2025-12-01';

/** The partners of the test tracker: Carla has an e-mail address, the calendar names her only by it. */
export const IMPORT_PARTNERS = [
  { name: 'Ann Becker', email: '' },
  { name: 'Bob Stone', email: '' },
  { name: 'Carla Diaz', email: 'carla@diaz.example' },
  { name: 'Dana Fox', email: '' },
];

export function calendarFixture(name: 'google' | 'outlook' | 'apple'): Buffer {
  return readFileSync(path.join(ROOT, 'test/fixtures/calendar', `${name}.ics`));
}

/** The replies of the Sheets import functions. */
export interface ImportSheetsScenario {
  context: ImportReply<ImportContext> | { fail: string };
}

export interface ImportCall {
  name: string;
  args: unknown[];
}

declare global {
  interface Window {
    __importSheets: ImportSheetsScenario;
    __importCalls: ImportCall[];
  }
}

/** google.script.run for the import dialog: the context from the scenario, period saves and imports answered as the server would. */
function installFakeImportRun(scenario: ImportSheetsScenario) {
  type Handler = ((value: unknown) => void) | null;
  window.__importSheets = scenario;
  window.__importCalls = [];
  const answer = (name: string, args: unknown[]): { reply?: unknown; fail?: string } => {
    if (name === 'bondstageImportContext') {
      const context = window.__importSheets.context;
      return 'fail' in context ? { fail: context.fail } : { reply: context };
    }
    if (name === 'bondstageImportSavePeriod') return { reply: { ok: true, value: null } };
    const rows = args[0] as { partner: string; hours: number }[];
    const partners: { name: string; meetings: number; hours: number }[] = [];
    for (const row of rows) {
      const known = partners.find((partner) => partner.name === row.partner);
      if (known) known.meetings++;
      else partners.push({ name: row.partner, meetings: 1, hours: row.hours });
    }
    return { reply: { ok: true, value: { added: rows.length, partners, alreadyThere: 0, addedColumns: [] } } };
  };
  const runner = (success: Handler, failure: Handler): Record<string, unknown> => {
    const api: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner(handler, failure),
      withFailureHandler: (handler: Handler) => runner(success, handler),
    };
    for (const name of ['bondstageImportContext', 'bondstageImportSavePeriod', 'bondstageImportMeetings']) {
      api[name] = (...args: unknown[]) => {
        window.__importCalls.push({ name, args: JSON.parse(JSON.stringify(args)) as unknown[] });
        const result = answer(name, args);
        setTimeout(() => (result.fail ? failure?.(new Error(result.fail)) : success?.(JSON.parse(JSON.stringify(result.reply)))), 10);
      };
    }
    return api;
  };
  Object.assign(window, { google: { script: { run: runner(null, null) } } });
}

function sheetsScenario(language: Language): ImportSheetsScenario {
  return {
    context: {
      ok: true,
      value: { language, partners: IMPORT_PARTNERS, sources: [], period: 'last12Months', today: IMPORT_TODAY },
    },
  };
}

/** A workbook with the tracker's Partners (with E-mail) and Meetings tables. */
function officeScenario(language: Language): OfficeScenario {
  const partnerHeader = headersFor(PARTNER_COLUMNS, language);
  const emailColumn = PARTNER_COLUMNS.findIndex((column) => column.key === 'email');
  const partnerRows: FakeCell[][] = IMPORT_PARTNERS.map((partner) => {
    const row = new Array<FakeCell>(partnerHeader.length).fill('');
    row[0] = partner.name;
    row[emailColumn] = partner.email;
    return row;
  });
  const meetingHeader = headersFor(MEETING_COLUMNS, language);
  const meetingRows: FakeCell[][] = [[45700, 'Ann Becker', 1, 'Call', 'typed by hand', '']];
  return {
    displayLanguage: language === 'de' ? 'de-DE' : 'en-US',
    sheets: [
      {
        name: SHEET_NAMES[language].partners,
        rows: [partnerHeader, ...partnerRows],
        tables: [{ name: 'Partners', columnCount: partnerHeader.length, rowCount: partnerRows.length + 1 }],
      },
      {
        name: SHEET_NAMES[language].meetings,
        rows: [meetingHeader, ...meetingRows],
        tables: [{ name: 'Meetings', columnCount: meetingHeader.length, rowCount: meetingRows.length + 1 }],
      },
    ],
    active: { sheet: SHEET_NAMES[language].partners, rowIndex: 1, columnIndex: 0 },
  };
}

export interface ImportPageOptions {
  language?: Language;
  width?: number;
  sheets?: (scenario: ImportSheetsScenario) => void;
  office?: (scenario: OfficeScenario) => void;
}

export async function openImport(browser: Browser, host: Host, options: ImportPageOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const language = options.language ?? 'en';
  const context = await browser.newContext({
    viewport: { width: options.width ?? (host === 'sheets' ? 820 : 420), height: 900 },
    locale: language === 'de' ? 'de-DE' : 'en-US',
    timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.setFixedTime(new Date(`${IMPORT_TODAY}T10:00:00`));
  await serveDist(page, host);
  if (host === 'sheets') {
    const scenario = sheetsScenario(language);
    options.sheets?.(scenario);
    await page.addInitScript(installFakeImportRun, scenario);
    await page.goto(`${ORIGIN}/gas/Import.html`);
  } else {
    const scenario = officeScenario(language);
    options.office?.(scenario);
    await page.addInitScript((value) => ((window as unknown as Record<string, unknown>).__officeScenario = value), scenario);
    await page.goto(`${ORIGIN}/office/import.html`);
  }
  return { page, errors };
}

/** Presses Tab until the focused element matches the selector (keyboard only); fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** How the import list is laid out on the page, and what of it does not fit its width. */
export interface ListLayout {
  /** The column headers are in sight (the table), not only for screen readers (the cards). */
  headerShown: boolean;
  /** In every line the event's title stands above its date (the cards). */
  titleFirst: boolean;
  /** Lines whose cells or choices reach past the list's edge, are cut short, or scroll sideways. */
  cutOff: string[];
}

/** Reads the layout of every import list inside `scope` (the page's, or the preview's panel). */
export async function listLayout(page: Page, scope = 'body'): Promise<ListLayout> {
  return page.evaluate((scopeSelector) => {
    const root = document.querySelector(scopeSelector)!;
    const cutOff: string[] = [];
    const lists = [...root.querySelectorAll<HTMLElement>('.bs-import-scroll')];
    for (const list of lists) {
      if (list.scrollWidth > list.clientWidth) cutOff.push(`list scrolls sideways: ${list.scrollWidth} > ${list.clientWidth}`);
      const edge = list.getBoundingClientRect().left + list.clientLeft + list.clientWidth;
      for (const row of list.querySelectorAll<HTMLElement>('tbody tr')) {
        const title = row.querySelector<HTMLElement>('.bs-import-title')!.textContent;
        for (const cell of row.querySelectorAll<HTMLElement>('td')) {
          if (cell.getBoundingClientRect().right > edge + 0.5) cutOff.push(`${title}: ${cell.className} past the edge`);
          if (cell.scrollWidth > cell.clientWidth + 1) cutOff.push(`${title}: ${cell.className} overflows`);
        }
        // A choice narrower than its longest option cuts its text short.
        for (const select of row.querySelectorAll<HTMLSelectElement>('select')) {
          const natural = select.cloneNode(true) as HTMLSelectElement;
          Object.assign(natural.style, { position: 'absolute', width: 'auto', minWidth: '0', maxWidth: 'none', visibility: 'hidden' });
          select.parentElement!.append(natural);
          const wanted = natural.getBoundingClientRect().width;
          natural.remove();
          if (select.getBoundingClientRect().width < wanted - 0.5) cutOff.push(`${title}: ${select.getAttribute('aria-label')} cut short`);
        }
      }
    }
    const rows = lists.flatMap((list) => [...list.querySelectorAll<HTMLElement>('tbody tr')]);
    const top = (row: HTMLElement, name: string) => row.querySelector(`.${name}`)!.getBoundingClientRect().top;
    return {
      headerShown: lists.every((list) => list.querySelector('thead')!.getBoundingClientRect().height > 1),
      titleFirst: rows.length > 0 && rows.every((row) => top(row, 'bs-import-title') < top(row, 'bs-import-date')),
      cutOff,
    };
  }, scope);
}
