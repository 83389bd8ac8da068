/**
 * npm run release, run into a temporary folder: the site archive holds every
 * file the production manifest names, each icon has the size its place in the
 * manifest requires (read from the PNG header), the manifest passes the
 * Office schemas with package.json's version, the Apps Script archive is the
 * clasp bundle, the store kit has the site's addresses; the same version is
 * never released twice, and bad settings are refused with nothing written.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

jest.setTimeout(180000);

const ROOT = path.join(__dirname, '../..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BASE = 'https://addin.example.org/bondstage';
const CONTACT = 'help@bondstage.example';
const SCHEMA = path.join(ROOT, 'schemas/office-manifest/OfficeAppManifestV1_1.xsd');

function release(out: string, env: Record<string, string | undefined>, args: string[] = []) {
  const environment: Record<string, string | undefined> = { ...process.env, ADDIN_BASE_URL: BASE, SUPPORT_CONTACT: CONTACT, ...env };
  for (const key of Object.keys(environment)) if (environment[key] === undefined) delete environment[key];
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/release.mjs'), '--out', out, ...args], { cwd: ROOT, env: environment, encoding: 'utf8' });
}

function unzip(file: string): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(readFileSync(file))).map(([name, data]) => [name, Buffer.from(data)]));
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let out: string;
let dir: string;
let site: Map<string, Buffer>;
let manifest: string;
let first: ReturnType<typeof release>;

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'bondstage-release-test-'));
  first = release(out, {});
  dir = path.join(out, VERSION);
  site = unzip(path.join(dir, `bondstage-excel-${VERSION}.zip`));
  manifest = readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a release', () => {
  it('writes the site archive, the manifest, the Apps Script bundle, the store kit, notes and checksums', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readdirSync(out)).toEqual([VERSION]);
    expect(readdirSync(dir).sort()).toEqual(
      ['NOTES.md', 'SHA256SUMS', `bondstage-apps-script-${VERSION}.zip`, `bondstage-excel-${VERSION}.zip`, `bondstage-store-kit-${VERSION}.zip`, 'manifest.xml'].sort(),
    );
    for (const line of readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n')) {
      const [sum, name] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex')).toBe(sum);
    }
    expect(readFileSync(path.join(dir, 'NOTES.md'), 'utf8')).toMatch(new RegExp(`^# Bondstage ${VERSION.replace(/\./g, '\\.')}\\n\\n- `));
  });

  it('has a site archive holding every file the production manifest names', () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(`${BASE}/`)).toBe(true);
      expect([url, site.has(url.slice(BASE.length + 1))]).toEqual([url, true]);
    }
    expect(site.get('manifest.xml')!.toString('utf8')).toBe(manifest);
    for (const page of ['index.html', 'privacy.html', 'terms.html', 'support.html', 'taskpane.html', 'functions.js', 'functions.json', 'functions.de.json']) {
      expect(site.has(page)).toBe(true);
      if (page.endsWith('.html') && page !== 'taskpane.html') expect(site.has(`de/${page}`)).toBe(true);
    }
  });

  it('has every manifest icon at the size its place requires', () => {
    const checked: string[] = [];
    const expectSize = (url: string, size: number) => {
      expect([url, pngSize(site.get(url.slice(BASE.length + 1))!)]).toEqual([url, { width: size, height: size }]);
      checked.push(url);
    };
    expectSize(/<IconUrl DefaultValue="([^"]+)"/.exec(manifest)![1], 32);
    expectSize(/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)![1], 64);
    const images = new Map([...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((match) => [match[1], match[2]]));
    const uses = [...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(new Set(uses.map((match) => match[1]))).toEqual(new Set(['16', '32', '80']));
    for (const [, size, resid] of uses) expectSize(images.get(resid)!, Number(size));
    expect(new Set(checked).size).toBe(4); // 16, 32 (IconUrl and ribbon), 64, 80
  });

  it('has a manifest that passes the Office schemas, carries the version and points only at the release address', () => {
    const file = path.join(dir, 'manifest.xml');
    const lint = spawnSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
    expect(lint.stderr).toContain('validates');
    expect(lint.status).toBe(0);
    expect(manifest).toContain(`<Version>${VERSION}.0</Version>`);
    expect(manifest).not.toContain('localhost');
    expect(manifest).toMatch(new RegExp(`<SupportUrl DefaultValue="${BASE}/support.html">`));
  });

  it('fills the site pages with the version and the support contact', () => {
    for (const page of ['support.html', 'de/support.html', 'privacy.html', 'de/terms.html']) {
      const html = site.get(page)!.toString('utf8');
      expect(html).toContain(`href="mailto:${CONTACT}"`);
      expect(html).toContain(`Bondstage ${VERSION}`);
      expect(html).not.toMatch(/\{\{|SUPPORT_CONTACT/);
    }
  });

  it('has the Apps Script bundle as clasp pushes it, with the version in the About text', () => {
    const gas = unzip(path.join(dir, `bondstage-apps-script-${VERSION}.zip`));
    expect([...gas.keys()].sort()).toEqual(['Bondstage.js', 'Globals.js', 'Import.html', 'Sidebar.html', 'appsscript.json']);
    expect(JSON.parse(gas.get('appsscript.json')!.toString('utf8'))).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')));
    expect(gas.get('Bondstage.js')!.toString('utf8')).toContain(`"${VERSION}"`);
    expect(gas.get('Bondstage.js')!.toString('utf8')).toContain('Bondstage version ');
    // The About text is in the ribbon commands' chunk, which the site carries beside taskpane.js.
    const pageScripts = [...site.keys()].filter((file) => file === 'taskpane.js' || /^chunks\/[^/]+\.js$/.test(file));
    expect(pageScripts.some((file) => site.get(file)!.toString('utf8').includes(`"${VERSION}"`))).toBe(true);
  });

  it('has the store kit with the release address in place of the placeholder', () => {
    const kit = unzip(path.join(dir, `bondstage-store-kit-${VERSION}.zip`));
    for (const file of ['google-workspace-marketplace.en.md', 'google-workspace-marketplace.de.md', 'appsource.en.md', 'appsource.de.md']) {
      const text = kit.get(file)!.toString('utf8');
      expect(text).not.toContain('{ADDIN_BASE_URL}');
      expect(text).toContain(`${BASE}/`);
    }
    expect(pngSize(kit.get('graphics/appsource-logo-300.png')!)).toEqual({ width: 300, height: 300 });
  });

  it('unpacks into a folder for a static host, and refuses a folder that is not empty', () => {
    const target = path.join(out, 'site');
    const unpack = (folder: string) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/release/unpack.mjs'), dir, folder], { encoding: 'utf8' });
    try {
      expect(unpack(target).status).toBe(0);
      for (const [name, bytes] of site) expect(readFileSync(path.join(target, name)).equals(bytes)).toBe(true);
      const again = unpack(target);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('is not empty');
      const none = spawnSync(process.execPath, [path.join(ROOT, 'scripts/release/unpack.mjs'), out, path.join(out, 'other')], { encoding: 'utf8' });
      expect(none.stderr).toContain('run npm run release first');
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });

  it('is never made twice for the same version', () => {
    const before = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
    const again = release(out, {});
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`Release refused: Bondstage ${VERSION.replace(/\./g, '\\.')} is already released .*raise "version" in package.json`));
    expect(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')).toBe(before);
    expect(readdirSync(out)).toEqual([VERSION]);
  });
});

describe('a release with bad settings', () => {
  it.each([
    ['no address', { ADDIN_BASE_URL: undefined }, /ADDIN_BASE_URL is required/],
    ['an http address', { ADDIN_BASE_URL: 'http://addin.example.org' }, /ADDIN_BASE_URL must use https/],
    ['a bare host name', { ADDIN_BASE_URL: 'addin.example.org' }, /ADDIN_BASE_URL must be an https URL/],
    ['this machine', { ADDIN_BASE_URL: 'https://localhost:3000' }, /not localhost/],
    ['an address with a query', { ADDIN_BASE_URL: 'https://addin.example.org/?v=1' }, /without query/],
    ['no support contact', { SUPPORT_CONTACT: undefined }, /SUPPORT_CONTACT is required/],
    ['a contact that is neither https nor e-mail', { SUPPORT_CONTACT: 'call us' }, /SUPPORT_CONTACT must be an https address/],
  ])('is refused with %s, and writes nothing', (_label, env, message) => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'bondstage-release-refused-'));
    try {
      const result = release(empty, env);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses an unknown option and shows the usage', () => {
    const result = release(out, {}, ['--outt', 'x']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Unknown option '--outt'[\s\S]*Usage: ADDIN_BASE_URL=/);
  });
});

describe('release notes from CHANGELOG.md', () => {
  function notes(version: string, changelog: string) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bondstage-changelog-'));
    const file = path.join(folder, 'CHANGELOG.md');
    writeFileSync(file, changelog);
    const script = `import(${JSON.stringify(path.join(ROOT, 'scripts/release/changelog.mjs'))}).then((m) => {
      try { process.stdout.write(m.notesFor(process.argv[1], require('node:fs').readFileSync(process.argv[2], 'utf8'))); }
      catch (error) { process.stderr.write(error.message); process.exit(1); }
    });`;
    try {
      return spawnSync(process.execPath, ['-e', script, version, file], { encoding: 'utf8' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  it('takes the section of the version, up to the next one', () => {
    expect(notes('1.1.0', '# Changelog\n\n## 1.1.0 - 2026-12-24\n\n- Faster.\n- Kinder.\n\n## 1.0.0\n\n- First.\n').stdout).toBe('- Faster.\n- Kinder.');
  });

  it('refuses a version without notes, and a section left empty, saying what to write', () => {
    const missing = notes('1.2.0', '## 1.1.0\n\n- Faster.\n');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('CHANGELOG.md has no section "## 1.2.0"');
    const empty = notes('1.1.0', '## 1.1.0\n\n## 1.0.0\n- First.\n');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('is empty');
  });

  it('does not take 1.0.0 for 1.0.01 or 10.0.0', () => {
    expect(notes('1.0.0', '## 1.0.01\n- No.\n## 10.0.0\n- No.\n## 1.0.0\n- Yes.\n').stdout).toBe('- Yes.');
  });
});
