/**
 * The hosted site as built into dist/office, served by the project's own static
 * file handler and opened in headless Chromium: every page in English and
 * German is axe-core clean in light and dark mode, links only to files that
 * exist, sets no cookies and loads nothing from elsewhere; images are sent
 * without Cache-Control (Office replaces icons sent with caching directives:
 * https://learn.microsoft.com/javascript/api/manifest/image).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type AxeCore from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser/support/harness';

jest.setTimeout(120000);

const ROOT = path.join(__dirname, '../..');
const OFFICE = path.join(ROOT, 'dist/office');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PAGES = ['index.html', 'privacy.html', 'terms.html', 'support.html'];
const LANGUAGES = [
  { lang: 'en', prefix: '' },
  { lang: 'de', prefix: 'de/' },
];

let server: ChildProcess;
let origin: string;
let browser: Browser;

/** Serves dist/office with the project's own Excel server (scripts/serve/office-server.mjs) on a free loopback port. */
function serveOffice(): Promise<{ child: ChildProcess; origin: string }> {
  const script = `import(${JSON.stringify(path.join(ROOT, 'scripts/serve/office-server.mjs'))}).then((m) => {
    const server = require('node:http').createServer(m.officeFilesHandler(${JSON.stringify(OFFICE)}));
    server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
  });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve({ child, origin: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`the static server exited with ${code}`)));
  });
}

function head(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method: 'HEAD' }, (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, headers: response.headers });
      })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  ({ child: server, origin } = await serveOffice());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

async function openPage(file: string) {
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const elsewhere: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(`${origin}/${file}`);
  expect(response?.status()).toBe(200);
  return { page, context, problems, elsewhere };
}

/** axe-core's violations on the page: every rule, or only those named (ids, impact, targets). */
async function axeViolations(page: Page, only?: string[]): Promise<{ id: string; impact?: string | null; targets: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  }
  return page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const options: AxeCore.RunOptions = rules
      ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: rules } }
      : { resultTypes: ['violations'] };
    const results = await axe.run(document, options);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, only ?? null);
}

async function localReferences(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[href], [src]')]
      .map((element) => (element as HTMLAnchorElement).href || (element as HTMLImageElement).src)
      .filter((url) => url.startsWith(location.origin))
      .map((url) => url.split('#')[0]),
  );
}

describe.each(LANGUAGES)('the $lang pages', ({ lang, prefix }) => {
  // Every axe rule in the light scheme; the dark scheme changes only colours, so there its contrast.
  it.each(PAGES)('%s is axe-core clean in light and dark mode, in its language, with the version', async (name) => {
    const { page, context, problems, elsewhere } = await openPage(`${prefix}${name}`);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect((await page.title()).length).toBeGreaterThan(5);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('footer').innerText()).toContain(`Bondstage ${VERSION}`);
      expect(await page.content()).not.toMatch(/\{\{|\}\}/);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 25, 31)');
      expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
      expect(problems).toEqual([]);
      expect(elsewhere).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(PAGES)('%s links only to files the site has, and to its other-language twin', async (name) => {
    const { page, context } = await openPage(`${prefix}${name}`);
    try {
      const references = [...new Set(await localReferences(page))];
      expect(references.length).toBeGreaterThanOrEqual(7); // pages, style sheet, icon, twin
      for (const url of references) expect([url, (await head(url)).status]).toEqual([url, 200]);
      const twin = lang === 'en' ? `de/${name}` : name;
      expect(await page.locator(`a.language[hreflang="${lang === 'en' ? 'de' : 'en'}"]`).evaluate((a: HTMLAnchorElement) => a.href)).toBe(
        `${origin}/${twin}`,
      );
      const external = await page.$$eval('a[href^="http"]', (links) =>
        links.map((a) => (a as HTMLAnchorElement).href).filter((href) => !href.startsWith(location.origin)),
      );
      for (const href of external) expect(href).toMatch(/^https:\/\//);
    } finally {
      await context.close();
    }
  });
});

describe('the site server', () => {
  it.each([
    'assets/icon-16.png',
    'assets/icon-32.png',
    'assets/icon-64.png',
    'assets/icon-80.png',
    'assets/icon-128.png',
    'images/preview-en.png',
    'assets/icon.svg',
  ])('sends %s as a cacheable image, without Cache-Control', async (file) => {
    const { status, headers } = await head(`${origin}/${file}`);
    expect(status).toBe(200);
    expect(headers['content-type']).toMatch(/^image\//);
    expect(headers['cache-control']).toBeUndefined();
  });

  it('answers a missing page with 404 and refuses a path outside the site', async () => {
    expect((await head(`${origin}/nothing-here.html`)).status).toBe(404);
    // serve-static answers an encoded ../ with 403 Forbidden; either way nothing outside the site is sent.
    expect([403, 404]).toContain((await head(`${origin}/..%2f..%2fpackage.json`)).status);
  });

  it('serves the production manifest beside the pages, for the install link', async () => {
    expect((await head(`${origin}/manifest.xml`)).status).toBe(200);
  });
});

describe('the support contact filled into the pages', () => {
  function contact(value: string) {
    const script = `import(${JSON.stringify(path.join(ROOT, 'scripts/build/site.mjs'))}).then((m) => {
      try { process.stdout.write(m.fillPage('<a href="{{contact}}">{{contactLabel}}</a> {{version}}', { version: '1.2.3', contact: m.supportContact(process.argv[1]) })); }
      catch (error) { process.stderr.write(error.message); process.exit(1); }
    });`;
    return spawnSync(process.execPath, ['-e', script, value], { encoding: 'utf8' });
  }

  it('takes an e-mail address as a mailto link', () => {
    expect(contact('help@bondstage.example').stdout).toBe('<a href="mailto:help@bondstage.example">help@bondstage.example</a> 1.2.3');
  });

  it('takes an https address and escapes it as HTML', () => {
    expect(contact('https://help.example/?q="x"&a=<b>').stdout).toBe(
      '<a href="https://help.example/?q=%22x%22&amp;a=%3Cb%3E">https://help.example/?q=%22x%22&amp;a=%3Cb%3E</a> 1.2.3',
    );
  });

  it.each(['http://help.example', 'javascript:alert(1)', 'help desk'])('refuses %p and says what to enter', (value) => {
    const result = contact(value);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SUPPORT_CONTACT must be an https address .* or an e-mail address/);
  });
});
