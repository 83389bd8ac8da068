/**
 * The store kit in docs/store: every field each store asks for is there in
 * English and German, within the store's limits (docs/store/README.md names
 * the sources), its links name pages of the hosted site, its scopes are
 * exactly those of appsscript.json and the manifest, and every graphic it
 * lists exists with the size it states, read from the PNG header.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const STORE = path.join(ROOT, 'docs/store');

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The text under each "## " heading. */
function sections(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  const parts = markdown.split(/^## +/m).slice(1);
  for (const part of parts) {
    const [heading, ...rest] = part.split('\n');
    found.set(heading.trim(), rest.join('\n').trim());
  }
  return found;
}

function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

const LIMITS = {
  'google-workspace-marketplace': { short: 200, long: 15999, graphics: { icon: [128, 32], banner: [220, 140], screenshot: [1280, 800] } },
  appsource: { short: 100, long: 4000, graphics: { icon: [300], screenshot: [1366, 768] } },
} as const;

const KITS = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).flatMap((store) =>
  (['en', 'de'] as const).map((language) => ({ store, language, file: `${store}.${language}.md` })),
);

const SITE_PAGES = new Set(['index.html', 'support.html', 'privacy.html', 'terms.html']);

describe.each(KITS)('$file', ({ store, language, file }) => {
  const kit = sections(readFileSync(path.join(STORE, file), 'utf8'));
  const limits = LIMITS[store];

  it('has every field the store asks for', () => {
    const wanted = ['App name', 'Short description', 'Long description', 'Category', 'Pricing', 'Scopes and permissions', 'Links', 'Graphics'];
    if (store === 'appsource') wanted.push('Search terms');
    for (const heading of wanted) expect([heading, (kit.get(heading) ?? '').length > 0]).toEqual([heading, true]);
  });

  it('keeps the name to 50 characters without "Google", and the descriptions within the limits', () => {
    const name = kit.get('App name')!;
    expect(name.length).toBeLessThanOrEqual(50);
    expect(name).not.toMatch(/google/i);
    expect(kit.get('Short description')!.length).toBeLessThanOrEqual(limits.short);
    expect(kit.get('Short description')!.length).toBeGreaterThan(40);
    expect(kit.get('Long description')!.length).toBeLessThanOrEqual(limits.long);
    expect(kit.get('Long description')!.length).toBeGreaterThan(500);
    if (store === 'appsource') {
      const terms = kit.get('Search terms')!.split('\n').map((line) => line.replace(/^- /, '').trim());
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.length).toBeLessThanOrEqual(3);
      for (const term of terms) expect(term.length).toBeLessThanOrEqual(40);
    }
  });

  it('speaks the language of its file', () => {
    const text = kit.get('Long description')!;
    expect(/\b(und|Ihre|nicht)\b/.test(text)).toBe(language === 'de');
  });

  it('lists exactly the scopes the add-on asks for, each with a justification', () => {
    const rows = tableRows(kit.get('Scopes and permissions')!);
    const scopes = rows.map(([scope]) => scope.replace(/`/g, ''));
    if (store === 'appsource') {
      const permission = /<Permissions>([^<]+)<\/Permissions>/.exec(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'))![1];
      expect(scopes).toEqual([permission]);
    } else {
      expect(scopes).toEqual((JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes);
    }
    for (const [, justification] of rows) expect(justification.length).toBeGreaterThan(30);
  });

  it('links support, privacy and terms to pages of the hosted site in its language', () => {
    const links = Object.fromEntries(
      kit
        .get('Links')!
        .split('\n')
        .map((line) => /^- (.+?): (\S+)$/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => [match[1], match[2]]),
    );
    for (const label of ['Support URL', 'Privacy policy URL', 'Terms of service URL']) expect(Object.keys(links)).toContain(label);
    for (const url of Object.values(links)) {
      const match = /^\{ADDIN_BASE_URL\}\/(de\/)?([a-z]+\.html)$/.exec(url);
      expect(match).not.toBeNull();
      expect(match![1] === 'de/').toBe(language === 'de');
      expect(SITE_PAGES).toContain(match![2]);
      expect(existsSync(path.join(ROOT, 'office/site', match![1] ?? '', match![2]))).toBe(true);
    }
  });

  it('lists graphics that exist with the sizes the store states', () => {
    const rows = tableRows(kit.get('Graphics')!);
    const kinds = new Set<string>();
    for (const [field, fileCell, sizeCell] of rows) {
      const [width, height] = sizeCell.split('x').map(Number);
      const graphic = path.join(STORE, fileCell.replace(/`/g, ''));
      expect(pngSize(graphic)).toEqual({ width, height });
      const kind = /icon|logo/i.test(field) ? 'icon' : /banner/i.test(field) ? 'banner' : 'screenshot';
      kinds.add(kind);
      const allowed: readonly number[] = limits.graphics[kind as keyof typeof limits.graphics];
      if (kind === 'icon') expect([allowed.includes(width), width]).toEqual([true, height]);
      else expect([width, height]).toEqual(allowed);
      if (kind !== 'icon') expect(fileCell).toContain(`-${language}.png`);
    }
    expect([...kinds].sort()).toEqual(Object.keys(limits.graphics).sort());
  });
});

describe('the store graphics folder', () => {
  it('holds the icons exactly as rendered into office/assets', () => {
    const copies = { 'marketplace-icon-32.png': 32, 'marketplace-icon-128.png': 128, 'appsource-logo-300.png': 300 };
    for (const [name, size] of Object.entries(copies)) {
      expect(readFileSync(path.join(STORE, 'graphics', name)).equals(readFileSync(path.join(ROOT, `office/assets/icon-${size}.png`)))).toBe(true);
    }
  });

  it('holds no graphic that no listing uses', () => {
    const listed = KITS.flatMap(({ file }) => [...readFileSync(path.join(STORE, file), 'utf8').matchAll(/`graphics\/([^`]+)`/g)].map((match) => match[1]));
    expect(readdirSync(path.join(STORE, 'graphics')).sort()).toEqual([...new Set(listed)].sort());
  });
});
