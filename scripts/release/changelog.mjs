// Release notes come from CHANGELOG.md: a "## <version>" heading (optionally
// followed by " - date" or similar) and the lines below it up to the next
// "## " heading. A release without notes is refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../build/catalog.mjs';

export const CHANGELOG = path.join(ROOT, 'CHANGELOG.md');

export function notesFor(version, text = readFileSync(CHANGELOG, 'utf8')) {
  const lines = text.split(/\r?\n/);
  const escaped = version.replace(/\./g, '\\.');
  const start = lines.findIndex((line) => new RegExp(`^##\\s+\\[?${escaped}\\]?(\\s|$)`).test(line));
  if (start < 0) throw new Error(`CHANGELOG.md has no section "## ${version}": write the release notes for ${version} there first.`);
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
  const notes = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
  if (!notes) throw new Error(`The section "## ${version}" in CHANGELOG.md is empty: write what changed in ${version}.`);
  return notes;
}

/** The notes on one line, for `clasp version` (Apps Script shows a version's description in one line). */
export function oneLineNotes(version, notes) {
  const text = notes
    .split('\n')
    .map((line) => line.replace(/^\s*[-*]\s+/, '').trim())
    .filter(Boolean)
    .join('; ');
  return `Bondstage ${version}: ${text}`;
}
