/**
 * npm run deploy:gas against a fake clasp on the PATH (support/fake-clasp.js,
 * which records its arguments): a test push, and with --release a versioned
 * deployment made from the CHANGELOG notes whose version number is printed
 * for the Marketplace SDK; failures stop the steps after them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(60000);

const ROOT = path.join(__dirname, '../..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_fake';

let bin: string;
let work: string;

beforeAll(() => {
  bin = mkdtempSync(path.join(os.tmpdir(), 'bondstage-fake-clasp-'));
  copyFileSync(path.join(__dirname, 'support/fake-clasp.js'), path.join(bin, 'clasp'));
  chmodSync(path.join(bin, 'clasp'), 0o755);
  if (!existsSync(path.join(ROOT, 'dist/gas/appsscript.json'))) {
    expect(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT }).status).toBe(0);
  }
});

afterAll(() => rmSync(bin, { recursive: true, force: true }));

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'bondstage-deploy-'));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

function project(content: object | string = { scriptId: SCRIPT_ID, rootDir: path.join(ROOT, 'dist/gas') }): string {
  const file = path.join(work, '.clasp.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function deploy(args: string[], env: Record<string, string> = {}) {
  const log = path.join(work, 'clasp.log');
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/deploy-gas.mjs'), '--no-build', ...args], {
    cwd: ROOT,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, FAKE_CLASP_LOG: log, ...env },
    encoding: 'utf8',
  });
  const calls = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as string[]);
  return { ...result, calls };
}

const notes = (): string => {
  const text = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
  const section = text.split(new RegExp(`^## ${VERSION.replace(/\./g, '\\.')}\\s*$`, 'm'))[1].split(/^## /m)[0];
  return section.trim().split('\n').map((line) => line.replace(/^- /, '')).join('; ');
};

describe('deploy:gas', () => {
  it('pushes dist/gas for a test deployment and makes no version', () => {
    const file = project();
    const result = deploy(['--project', file]);
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([['--project', file, 'push', '--force']]);
    expect(result.stdout).toContain('Test deployments');
  });

  it('with --release pushes, creates a version with the CHANGELOG notes, deploys it and prints the number for the Marketplace SDK', () => {
    const file = project();
    const result = deploy(['--release', '--project', file], { FAKE_CLASP_VERSION: '12' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([
      ['--project', file, 'push', '--force'],
      ['--project', file, '--json', 'create-version', `Bondstage ${VERSION}: ${notes()}`],
      ['--project', file, '--json', 'create-deployment', '--versionNumber', '12', '--description', `Bondstage ${VERSION}`],
    ]);
    expect(result.stdout).toContain(`Bondstage ${VERSION} is Apps Script version 12, deployed as AKfycbFakeDeployment.`);
    expect(result.stdout).toContain(`App Configuration: enter script ID ${SCRIPT_ID} and script version 12.`);
  });

  it('takes the notes from --notes when given', () => {
    const file = project();
    const result = deploy(['--release', '--notes', 'Fixes the checklist; "quoted" text stays', '--project', file]);
    expect(result.status).toBe(0);
    expect(result.calls[1]).toEqual(['--project', file, '--json', 'create-version', `Bondstage ${VERSION}: Fixes the checklist; "quoted" text stays`]);
  });

  it('stops when clasp cannot create the version, without deploying, and says how to go on', () => {
    const file = project();
    const result = deploy(['--release', '--project', file], { FAKE_CLASP_FAIL: 'create-version' });
    expect(result.status).toBe(1);
    expect(result.calls.map((call) => call[2] === '--json' ? call[3] : call[2])).toEqual(['push', 'create-version']);
    expect(result.stderr).toMatch(/clasp create-version failed.*npx clasp login/s);
  });

  it('stops when the deployment fails, naming the version that exists', () => {
    const file = project();
    const result = deploy(['--release', '--project', file], { FAKE_CLASP_FAIL: 'create-deployment' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Version 7 exists; deploy it with: npx clasp create-deployment --versionNumber 7');
  });

  it('stops when the push fails, before any version', () => {
    const file = project();
    const result = deploy(['--release', '--project', file], { FAKE_CLASP_FAIL: 'push' });
    expect(result.status).toBe(1);
    expect(result.calls).toHaveLength(1);
    expect(result.stderr).toContain('clasp push failed');
  });

  it.each([
    ['a missing project file', () => path.join(work, 'none.json'), /No .*none\.json.*First-time setup/s],
    ['a project file that is not JSON', () => project('{scriptId:'), /is not valid JSON.*First-time setup/s],
    ['a project file without script ID', () => project({ rootDir: 'dist/gas' }), /has no scriptId/],
    ['a project that pushes another folder', () => project({ scriptId: SCRIPT_ID, rootDir: '.' }), /must say "rootDir": "dist\/gas"/],
  ])('refuses %s without calling clasp', (_label, file, message) => {
    const result = deploy(['--release', '--project', file()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.calls).toEqual([]);
  });

  it.each([
    [['--notes', 'x'], /--notes goes with --release/],
    [['--relase'], /Unknown option '--relase'[\s\S]*Usage: npm run deploy:gas/],
  ])('refuses the options %p', (args, message) => {
    const result = deploy([...args, '--project', project()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.calls).toEqual([]);
  });
});
