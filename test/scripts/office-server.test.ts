/**
 * The development server for Excel (scripts/serve/office-server.mjs, used by
 * `npm run start:excel`): listens on localhost only, serves dist/office with
 * serve-static, and sends no wildcard CORS header. Started here in a child
 * process on a temporary folder, over https with a self-signed certificate
 * made by openssl for the test, and over plain http.
 */
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

const SERVER_MODULE = path.join(__dirname, '../../scripts/serve/office-server.mjs');

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let dir: string;
let root: string;
let tls: { key: string; cert: string };
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bondstage-office-server-'));
  root = path.join(dir, 'office');
  mkdirSync(root);
  writeFileSync(path.join(root, 'functions.json'), '{"functions":[]}');
  writeFileSync(path.join(root, 'taskpane.html'), '<!doctype html><title>pane</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the served folder');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  tls = { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
});

afterAll(() => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `script` (an ES module body with `server` imported) in a child and resolves with its first line of output. */
function runChild(script: string, env: Record<string, string> = {}): Promise<{ child: ChildProcessWithoutNullStreams; line: string }> {
  const source = `const server = await import(${JSON.stringify(SERVER_MODULE)});\n${script}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], { env: { ...process.env, ...env } });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const end = out.indexOf('\n');
      if (end >= 0) resolve({ child, line: out.slice(0, end) });
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`child exited with ${code}: ${err}`)));
  });
}

async function startServer(options: { host?: string; tls?: boolean }): Promise<{ address: string; port: number }> {
  const { line } = await runChild(
    `const s = await server.startOfficeServer({ root: process.env.ROOT, port: 0, ${options.host ? `host: ${JSON.stringify(options.host)},` : ''} ${options.tls ? 'tls: { key: process.env.KEY, cert: process.env.CERT },' : ''} });
     console.log(JSON.stringify(s.address()));`,
    { ROOT: root, KEY: tls.key, CERT: tls.cert },
  );
  return JSON.parse(line) as { address: string; port: number };
}

function request(url: string, options: { method?: string; origin?: string } = {}): Promise<Reply> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.origin ? { Origin: options.origin } : {},
        // The test's own self-signed certificate.
        ...(url.startsWith('https:') ? { ca: tls.cert, servername: 'localhost' } : {}),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Excel development server', () => {
  it('listens on a loopback address only, by default', async () => {
    const { address } = await startServer({});
    expect(['127.0.0.1', '::1']).toContain(address);
  });

  describe('over https on 127.0.0.1', () => {
    let base: string;
    beforeAll(async () => {
      const { address, port } = await startServer({ host: '127.0.0.1', tls: true });
      expect(address).toBe('127.0.0.1');
      base = `https://127.0.0.1:${port}`;
    });

    it('serves the files, never cached', async () => {
      const reply = await request(`${base}/functions.json`);
      expect(reply.status).toBe(200);
      expect(reply.body).toBe('{"functions":[]}');
      expect(reply.headers['content-type']).toMatch(/^application\/json/);
      expect(reply.headers['cache-control']).toBe('no-store');
      expect((await request(`${base}/taskpane.html`)).headers['content-type']).toMatch(/^text\/html/);
    });

    it.each([
      undefined,
      'https://evil.example',
      'null',
      'http://excel.officeapps.live.com',
      'https://excel.officeapps.live.com.evil.example',
      'https://officeapps.live.com',
    ])('sends no Access-Control-Allow-Origin to origin %p', async (origin) => {
      const reply = await request(`${base}/functions.json`, { origin });
      expect(reply.status).toBe(200);
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      expect(reply.headers.vary).toBe('Origin');
    });

    it.each(['https://excel.officeapps.live.com', 'https://inc-excel.officeapps.live.com'])(
      'allows Excel on the web (%s) to read functions.json, by its own origin and never *',
      async (origin) => {
        const reply = await request(`${base}/functions.json`, { origin });
        expect(reply.headers['access-control-allow-origin']).toBe(origin);
      },
    );

    it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.js'])(
      'answers %s with 404 and nothing outside the folder',
      async (url) => {
        const reply = await request(`${base}${url}`);
        expect([400, 403, 404]).toContain(reply.status);
        expect(reply.body).not.toContain('outside the served folder');
        expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      },
    );

    it('refuses other methods than GET and HEAD', async () => {
      expect((await request(`${base}/functions.json`, { method: 'POST' })).status).toBe(405);
      expect((await request(`${base}/functions.json`, { method: 'HEAD' })).status).toBe(200);
    });
  });

  it('serves plain http for tests, with the same headers', async () => {
    const { port } = await startServer({ host: '127.0.0.1' });
    const reply = await request(`http://127.0.0.1:${port}/functions.json`, { origin: 'https://evil.example' });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('builds first, and serves nothing when the build fails', async () => {
    const { line } = await runChild(
      `const steps = [];
       const ok = await server.buildAndServe({ build: async () => { steps.push('build'); return 0; }, root: process.env.ROOT, port: 0, host: '127.0.0.1' });
       steps.push('listening:' + ok.listening);
       ok.close();
       const failed = await server.buildAndServe({ build: async () => 2, root: process.env.ROOT, port: 0, host: '127.0.0.1' }).then(() => 'served', (error) => error.message);
       console.log(JSON.stringify({ steps, failed }));
       process.exit(0);`,
      { ROOT: root },
    );
    expect(JSON.parse(line)).toEqual({ steps: ['build', 'listening:true'], failed: 'The build failed (exit code 2); nothing is served.' });
  });
});
