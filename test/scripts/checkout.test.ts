/**
 * A fresh clone builds and tests with nothing beside the checkout: no build
 * input, script, test or CI step reads a path outside the repository (the
 * Office manifest schemas live in schemas/office-manifest/).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

function filesUnder(relative: string, pattern: RegExp): string[] {
  const dir = path.join(ROOT, relative);
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(path.join(relative, name), pattern);
    return pattern.test(name) ? [path.join(relative, name)] : [];
  });
}

/** Files run from the repository root, whose relative paths resolve against it. */
const FROM_ROOT = ['package.json', '.ci/run', 'jest.config.js'];
/** Files whose relative imports resolve against their own folder. */
const SOURCES = [...filesUnder('scripts', /\.m?js$/), ...filesUnder('test', /\.(ts|js)$/)];

/** Relative paths in the text that leave the repository. */
function pathsOutside(text: string, base: string): string[] {
  const outside: string[] = [];
  for (const match of text.matchAll(/(?:\.\.\/)+[\w.-]+/g)) {
    const resolved = path.resolve(base, match[0]);
    if (path.relative(ROOT, resolved).startsWith('..')) outside.push(match[0]);
  }
  return outside;
}

describe('the checkout', () => {
  it.each(FROM_ROOT)('%s reads nothing outside the repository', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    expect(pathsOutside(text, ROOT)).toEqual([]);
    expect(text).not.toMatch(/\.\.\/shared/);
  });

  it.each(SOURCES)('%s reads nothing outside the repository', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    expect(pathsOutside(text, path.dirname(path.join(ROOT, file)))).toEqual([]);
    // Paths joined to the repository root resolve against it.
    const fromRoot = [...text.matchAll(/ROOT,\s*['"`]([^'"`]+)/g)].map((match) => match[1]).join('\n');
    expect(pathsOutside(fromRoot, ROOT)).toEqual([]);
  });

  it('carries the Office manifest schemas with their origin and licence', () => {
    const dir = path.join(ROOT, 'schemas/office-manifest');
    expect(readdirSync(dir).sort()).toEqual([
      'ContentAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_1.xsd',
      'OfficeAppBasicTypesV1_0.xsd',
      'OfficeAppManifestV1_1.xsd',
      'README.md',
      'TaskPaneAppVersionOverridesV1_0.xsd',
    ]);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('OfficeDev/office-js-docs-pr');
    expect(readme).toMatch(/## Licence[\s\S]*Creative Commons Attribution 4\.0[\s\S]*MIT License/);
  });
});
