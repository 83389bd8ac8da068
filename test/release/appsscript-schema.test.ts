/**
 * appsscript.json against SchemaStore's Apps Script manifest schema (offline
 * copy in schemas/appsscript/), plus the rules the schema cannot know: the V8
 * runtime and only the two narrow scopes the store listing explains.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/appsscript/appsscript.schema.json'), 'utf8')) as object;
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { runtimeVersion?: string; oauthScopes?: string[] };

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('appsscript.json', () => {
  it('validates against the SchemaStore schema for Apps Script manifests', () => {
    const validate = validator();
    expect(validate(manifest)).toBe(true);
    expect(validate.errors).toBeNull();
  });

  it('runs on V8 and asks only for the current spreadsheet and its own menu and sidebar', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it.each([
    ['an unknown runtime', { runtimeVersion: 'V9' }, /runtimeVersion/],
    ['scopes that are not a list', { oauthScopes: 'https://www.googleapis.com/auth/spreadsheets' }, /oauthScopes/],
    ['a scope that is not a URI', { oauthScopes: ['spreadsheets currentonly'] }, /oauthScopes\/0/],
    ['an unknown exception log', { exceptionLogging: 'CONSOLE' }, /exceptionLogging/],
  ])('the schema rejects %s', (_label, change, where) => {
    const validate = validator();
    expect(validate({ ...manifest, ...change })).toBe(false);
    expect(JSON.stringify(validate.errors)).toMatch(where);
  });
});
