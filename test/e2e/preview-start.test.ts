/**
 * `npm start` itself: its flags (node:util parseArgs), esbuild's server
 * serving the page from memory at /, and clear errors for a bad port or a
 * port in use. No browser.
 */
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT, startPreview, type PreviewServer } from './preview-server';

jest.setTimeout(60000);

const SCRIPT = path.join(ROOT, 'scripts/preview.mjs');

function runPreview(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30000 });
}

describe('flags that cannot be served are refused before anything is built', () => {
  it.each([
    [['--port', 'abc'], {}, 'The port must be a whole number from 0 to 65535 (0 picks a free one), got "abc".'],
    [['--port=70000'], {}, 'got "70000"'],
    [['-p', '-1'], {}, 'Usage: npm start'],
    [['--port'], {}, "Option '-p, --port <value>' argument missing"],
    [['--prot', '8081'], {}, "Unknown option '--prot'"],
    [[], { PORT: '80.5' }, 'got "80.5"'],
  ])('%p with %p', (args, env, message) => {
    const run = runPreview(args, env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});

describe('a port in use', () => {
  let busy: http.Server;
  beforeAll(async () => {
    busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('says so and names another port to use', () => {
    const port = (busy.address() as AddressInfo).port;
    const run = runPreview([], { PORT: String(port) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Port ${port} is in use. Start the preview on another port: PORT=${port + 1} npm start`);
  });
});

describe('the running server', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreview();
  });
  afterAll(() => server?.stop());

  it('prints its address and serves the page at / from memory', async () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<script src="/preview.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="/preview.css" />');
  });

  it.each([
    ['preview.js', /^text\/javascript/],
    ['preview.css', /^text\/css/],
  ])('serves %s as built, with no caching directives', async (file, type) => {
    const reply = await fetch(new URL(file, server.url));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(type);
    expect(reply.headers.get('cache-control')).toBeNull();
    expect((await reply.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('serves nothing but the built page: no sources, no other files', async () => {
    for (const file of ['main.ts', 'preview/main.ts', 'package.json', 'nothing-here']) {
      expect((await fetch(new URL(file, server.url))).status).toBe(404);
    }
  });
});
