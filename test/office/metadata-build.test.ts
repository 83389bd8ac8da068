/**
 * The build generates Excel's metadata with custom-functions-metadata, whose
 * command line exits 0 on errors: the build must fail instead.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const OFFICE_BUILD = path.join(__dirname, '../../scripts/build/office.mjs');

function generate(catalog: unknown): { status: number | null; stdout: string; stderr: string } {
  const script = `
    const { generateMetadata } = await import(${JSON.stringify(OFFICE_BUILD)});
    const metadata = await generateMetadata(${JSON.stringify(catalog)}, 'en');
    process.stdout.write(JSON.stringify(metadata));`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

const texts = (text: string) => ({ en: text, de: text });
const fn = (name: string) => ({
  name,
  description: texts('A function.'),
  result: texts('A result.'),
  parameters: [{ name: 'hours', accepts: 'range', description: texts('Hours.') }],
});

describe('metadata generation', () => {
  it('writes the declared function', () => {
    const result = generate([fn('BONDSTAGE')]);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { functions: unknown[] }).functions[0]).toMatchObject({ id: 'BONDSTAGE', name: 'BONDSTAGE' });
  });

  it('fails on a name Excel does not accept', () => {
    const result = generate([fn('BOND-STAGE')]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('The custom function id contains invalid characters');
  });

  it('fails on a duplicate id', () => {
    const result = generate([fn('BONDSTAGE'), fn('BONDSTAGE')]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('duplicate id: BONDSTAGE');
  });
});
