/**
 * Opens the built checklist pages in headless Chromium with the host bridge
 * replaced by a fake: google.script.run for the Sheets sidebar, office.js (with
 * an in-memory Excel workbook) for the Excel task pane. Nothing reaches the
 * network: every request is answered from dist/ or refused.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type AxeCore from 'axe-core';
import type { Language } from '../../../shared/language';
import type { CheckToSave } from '../../../shared/port';
import type { OfficeScenario } from './fake-office';
import { TODAY, officeScenario, sheetsScenario, type SheetsScenario } from './tracker-fixture';

const ROOT = path.join(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist');
export const ORIGIN = 'https://addin.test';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const SCREENSHOT_DIR = '/tmp/bondstage-checklist';

export type Host = 'sheets' | 'excel';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

let bundledFakeOffice: string | undefined;

/** office.js as the browser tests serve it: test/browser/support/fake-office.ts, bundled. */
export async function fakeOfficeScript(): Promise<string> {
  if (!bundledFakeOffice) {
    const result = await build({
      entryPoints: [path.join(__dirname, 'fake-office.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2019',
      logLevel: 'warning',
    });
    bundledFakeOffice = result.outputFiles[0].text;
  }
  return bundledFakeOffice;
}

/**
 * Answers the page's requests from dist/ at ORIGIN (dist/gas/… at /gas/…),
 * office.js with the fake (Excel pages only), and refuses everything else.
 */
export async function serveDist(page: Page, host: Host): Promise<void> {
  const officeScript = host === 'excel' ? await fakeOfficeScript() : '';
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: officeScript });
    if (url.startsWith(`${ORIGIN}/`)) {
      const file = path.join(DIST, new URL(url).pathname);
      const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'text/javascript';
      try {
        return await route.fulfill({ contentType: `${type}; charset=utf-8`, body: readFileSync(file) });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    }
    return route.abort();
  });
}

/** A call the sidebar made through google.script.run, with the arguments as the server receives them. */
export interface ScriptRunCall {
  name: string;
  args: unknown[];
}

declare global {
  interface Window {
    /** The Sheets server functions' behaviour; tests change it to script the next answer. */
    __sheets: SheetsScenario;
    __scriptRunCalls: ScriptRunCall[];
    /** Answers held back by a behaviour with `hold`, until __release(). */
    __held: Array<() => void>;
    /** Only on the Sheets sidebar; Excel's fake releases held syncs with __excel.release(). */
    __release?: () => void;
  }
}

/** google.script.run as the sidebar sees it, answering from window.__sheets and recording calls in window.__scriptRunCalls. */
function installFakeScriptRun(scenario: SheetsScenario) {
  type Handler = ((value: unknown) => void) | null;
  type Behaviour = { reply?: unknown; fail?: string; hold?: boolean };
  window.__sheets = scenario;
  window.__scriptRunCalls = [];
  window.__held = [];
  window.__release = () => window.__held.splice(0).forEach((answer) => answer());
  const reply = (name: string, args: unknown[]): Behaviour => {
    const sheets = window.__sheets;
    if (name === 'bondstageChecklistPartner') return { reply: sheets.bondstageChecklistPartner.replies[String(args[0])] };
    if (name !== 'bondstageChecklistSave') return sheets.bondstageChecklistContext;
    const behaviour = sheets.bondstageChecklistSave;
    if (!behaviour.reply && !behaviour.fail) {
      // Without a scripted reply, the server's answer to a good save: what it wrote, where.
      const check = args[0] as CheckToSave;
      const score = check.answers.filter((answer) => answer === true).length;
      return {
        ...behaviour,
        reply: { ok: true, value: { partner: check.partner, checkedOn: check.checkedOn, score, location: check.location } },
      };
    }
    return behaviour;
  };
  const runner = (success: Handler, failure: Handler): Record<string, unknown> => {
    const api: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner(handler, failure),
      withFailureHandler: (handler: Handler) => runner(success, handler),
    };
    for (const name of ['bondstageChecklistContext', 'bondstageChecklistPartner', 'bondstageChecklistSave']) {
      api[name] = (...args: unknown[]) => {
        // google.script.run sends arguments as JSON-like data: record what the server would receive.
        window.__scriptRunCalls.push({ name, args: JSON.parse(JSON.stringify(args)) as unknown[] });
        const behaviour = reply(name, args);
        const answer = () => {
          if (behaviour.fail) failure?.(new Error(behaviour.fail));
          else success?.(JSON.parse(JSON.stringify(behaviour.reply)));
        };
        if (behaviour.hold) window.__held.push(answer);
        else setTimeout(answer, 10);
      };
    }
    return api;
  };
  Object.assign(window, { google: { script: { run: runner(null, null) } } });
}

export interface OpenOptions {
  language?: Language;
  /** Partner on the selected row; null for a selection outside the partner rows. */
  selected?: string | null;
  width?: number;
  height?: number;
  /** Changes the fake host's scenario before the page loads. */
  sheets?: (scenario: SheetsScenario) => void;
  office?: (scenario: OfficeScenario) => void;
  /** Runs on the page before it loads, after the route that serves dist/ (a later route takes precedence). */
  beforeLoad?: (page: Page) => unknown;
}

export interface OpenedPage {
  page: Page;
  /** Dialogs the page opened (alert from injected script would land here). */
  dialogs: string[];
  /** Uncaught page errors. */
  errors: string[];
}

export async function openChecklist(browser: Browser, host: Host, options: OpenOptions = {}): Promise<OpenedPage> {
  const language = options.language ?? 'en';
  const selected = options.selected === undefined ? 'Clara Muster' : options.selected;
  const context = await browser.newContext({
    viewport: { width: options.width ?? (host === 'sheets' ? 300 : 360), height: options.height ?? 900 },
    locale: language === 'de' ? 'de-DE' : 'en-US',
  });
  const page = await context.newPage();
  const opened: OpenedPage = { page, dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));

  await serveDist(page, host);
  await options.beforeLoad?.(page);

  if (host === 'sheets') {
    const scenario = sheetsScenario(language, selected);
    options.sheets?.(scenario);
    await page.addInitScript(installFakeScriptRun, scenario);
    await page.goto(`${ORIGIN}/gas/Sidebar.html`);
  } else {
    const scenario = officeScenario(language, selected);
    options.office?.(scenario);
    await page.addInitScript((value) => ((window as unknown as Record<string, unknown>).__officeScenario = value), scenario);
    await page.goto(`${ORIGIN}/office/taskpane.html`);
  }
  return opened;
}

/** Runs axe-core on the page and returns its violations (id, impact, nodes' targets). */
export async function axeViolations(page: Page): Promise<{ id: string; impact?: string | null; targets: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
