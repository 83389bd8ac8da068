// Writes the function reference in README.md, in English and German, from
// the catalog. `node scripts/reference.mjs --check` fails when it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, loadCatalog } from './build/catalog.mjs';

const START = '<!-- function-reference:start -->';
const END = '<!-- function-reference:end -->';
const README = path.join(ROOT, 'README.md');

const HEADINGS = {
  en: { title: 'Function reference', parameter: 'Parameter', description: 'Description', returns: 'Returns', example: 'Example' },
  de: {
    title: 'Funktionsreferenz (Deutsch)',
    parameter: 'Parameter',
    description: 'Beschreibung',
    returns: 'Ergebnis',
    example: 'Beispiel',
  },
};

function cellText(text) {
  return text.replace(/\|/g, '\\|');
}

export function referenceMarkdown(catalog) {
  const sections = [];
  for (const language of ['en', 'de']) {
    const words = HEADINGS[language];
    sections.push(`## ${words.title}`, '');
    if (language === 'en') {
      sections.push('In Excel every function is in the `NETWORK` namespace: `=NETWORK.BONDSTAGE(D2)`.', '');
    } else {
      sections.push(
        'In Excel steht jede Funktion im Namensraum `NETWORK`: `=NETWORK.BONDSTAGE(D2)`. Die Namen sind in beiden Sprachen gleich.',
        '',
      );
    }
    for (const fn of catalog) {
      const signature = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
      sections.push(`### \`${fn.name}(${signature})\``, '', fn.description[language], '');
      sections.push(`| ${words.parameter} | ${words.description} |`, '|---|---|');
      for (const parameter of fn.parameters) sections.push(`| \`${parameter.name}\` | ${cellText(parameter.description[language])} |`);
      sections.push('', `${words.returns}: ${fn.result[language]}`, '');
      const examples = fn.examples.map((example) => `\`${example.formula}\` → ${example.result}`).join('; ');
      sections.push(`${words.example}: ${examples}`, '');
    }
  }
  return sections.join('\n');
}

async function main(args) {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } }, strict: true });
  const readme = await readFile(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  const updated = `${readme.slice(0, start + START.length)}\n${referenceMarkdown(await loadCatalog())}${readme.slice(end)}`;
  if (values.check) {
    if (updated !== readme) throw new Error('The function reference in README.md is out of date: run npm run reference');
    return;
  }
  await writeFile(README, updated);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error.message);
  process.exit(1);
});
