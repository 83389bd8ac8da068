/**
 * The Excel manifest: schema-valid (checked with xmllint against the offline
 * XSDs), readable by Microsoft's office-addin-manifest, and internally
 * consistent in ways the schema cannot check (every resid is defined).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const SCHEMA = path.join(ROOT, 'schemas/office-manifest/OfficeAppManifestV1_1.xsd');

function xmllint(file: string) {
  return spawnSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
}

function resourceIds(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((match) => match[1]));
}

describe.each([
  ['manifest.xml', path.join(ROOT, 'manifest.xml')],
  ['dist/office/manifest.xml', path.join(ROOT, 'dist/office/manifest.xml')],
])('%s', (_label, file) => {
  const xml = readFileSync(file, 'utf8');

  it('validates against the Office add-in manifest schema', () => {
    const result = xmllint(file);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('defines every resource it refers to', () => {
    const defined = resourceIds(xml);
    const referenced = [...xml.matchAll(/resid="([^"]+)"/g)].map((match) => match[1]);
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(defined).toContain(id);
  });

  it('is read by office-addin-manifest as an Excel task pane add-in', () => {
    const cli = path.join(ROOT, 'node_modules/office-addin-manifest/cli.js');
    const info = execFileSync(process.execPath, [cli, 'info', file], { encoding: 'utf8' });
    expect(info).toMatch(/^\s*Name: Bondstage$/m);
    expect(info).toMatch(/^\s*Type: TaskPaneApp$/m);
    expect(info).toMatch(/^\s*Hosts: Workbook$/m);
    expect(info).toMatch(/^\s*Source Location: https:\/\/\S+\/taskpane.html$/m);
  });

  it('runs custom functions, ribbon commands and the task pane in one long-lived shared runtime', () => {
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(xml).toMatch(/<Runtime resid="Shared.Runtime.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Shared.Runtime.Url"\/>/);
    expect(xml).toContain('<FunctionFile resid="Shared.Runtime.Url"/>');
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="NETWORK"\/>/);
    expect(xml).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="[^"]+\/functions.json">\s*<bt:Override Locale="de-DE" Value="[^"]+\/functions.de.json"\/>/,
    );
  });
});

/** The manifest the build writes for ADDIN_BASE_URL=value, from the build's own functions. */
function productionManifest(value: string): string {
  return execFileSync(
    process.execPath,
    [
      '-e',
      `import(${JSON.stringify(path.join(ROOT, 'scripts/build/office.mjs'))}).then(async (m) => process.stdout.write(await m.manifestFor(m.productionBaseUrl(${JSON.stringify(value)}))))`,
    ],
    { encoding: 'utf8' },
  );
}

function withManifestFile<T>(xml: string, check: (file: string) => T): T {
  const out = mkdtempSync(path.join(os.tmpdir(), 'bondstage-manifest-'));
  try {
    const file = path.join(out, 'manifest.xml');
    writeFileSync(file, xml);
    return check(file);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('the production manifest', () => {
  it('points every address at ADDIN_BASE_URL', () => {
    const xml = productionManifest('https://addin.example.org/bondstage/');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('https://addin.example.org/bondstage/functions.js');
    withManifestFile(xml, (file) => expect(xmllint(file).status).toBe(0));
  });

  it('writes a base URL with a query XML-escaped, after each file, and stays valid', () => {
    const xml = productionManifest('https://addin.example.org/bondstage/?a=1&b=2');
    expect(xml).toContain('DefaultValue="https://addin.example.org/bondstage/functions.js?a=1&amp;b=2"');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    withManifestFile(xml, (file) => {
      const result = xmllint(file);
      expect(result.stderr).toContain('validates');
      expect(result.status).toBe(0);
      const cli = path.join(ROOT, 'node_modules/office-addin-manifest/cli.js');
      const info = execFileSync(process.execPath, [cli, 'info', file], { encoding: 'utf8' });
      expect(info).toMatch(/^\s*Source Location: https:\/\/addin\.example\.org\/bondstage\/taskpane\.html\?a=1&b=2$/m);
    });
  });

  it('escapes every character XML reserves', () => {
    const script = `import(${JSON.stringify(path.join(ROOT, 'scripts/build/office.mjs'))}).then((m) => process.stdout.write(m.xmlEscape(\`a&b<c>d"e'f\`)))`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it.each(['http://addin.example.org', 'addin.example.org', 'https://user:secret@addin.example.org'])(
    'refuses %p with a message that says what to enter',
    (value) => {
      const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_BASE_URL: value },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/ADDIN_BASE_URL must (use https|be an https URL|not contain a user name or password)/);
    },
  );
});
