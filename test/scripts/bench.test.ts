/**
 * `npm run bench` prints figures and marks every one that misses its aim,
 * keeping exit code 0. Run here with BENCH_QUICK=1 (tiny sizes): the figures
 * mean nothing, but every marker must agree with the figure beside it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CATALOG } from '../../shared/catalog';

const ROOT = path.join(__dirname, '../..');

/** One quick run for every check below. */
const quickRun = spawnSync(process.execPath, ['scripts/bench.mjs'], {
  cwd: ROOT,
  env: { ...process.env, BENCH_QUICK: '1' },
  encoding: 'utf8',
  timeout: 180_000,
});

describe('npm run bench', () => {
  const run = quickRun;
  const lines = run.stdout.split('\n');

  it('exits with 0 whatever it measures', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('marks exactly the speed ratios above their aim, naming the aim', () => {
    const ratios = lines.filter((line) => /\d\.\d\dx(\s|$)/.test(line) && !line.startsWith('growth'));
    expect(ratios).toHaveLength(CATALOG.length * 3);
    for (const line of ratios) {
      const ratio = Number(line.match(/(\d+\.\d+)x/)![1]);
      const aim = line.includes(' core ') || line.includes(' sheets ') ? 'bad within 3x of valid' : 'within 3x';
      if (ratio > 3) expect(line).toMatch(new RegExp(`\\d\\.\\d\\dx  MISS \\(aim: ${aim}\\)$`));
      else expect(line).not.toContain('MISS');
    }
  });

  it('marks exactly the bundles over their size aim, naming the aim', () => {
    const start = lines.findIndex((line) => line.startsWith('Bundle sizes'));
    const bundles = lines.slice(start + 1, start + 5);
    const aims = [45, 60, 20, 60];
    bundles.forEach((line, index) => {
      const size = Number(line.match(/ (\d+\.\d) KB \(/)![1]);
      if (size >= aims[index]) expect(line).toMatch(new RegExp(`MISS \\(aim: under ${aims[index]} KB\\)$`));
      else expect(line).not.toContain('MISS');
    });
  });

  it('prints the growth of the tracker formulas when partners and meetings double, marked above 2.5x', () => {
    const growth = lines.filter((line) => line.startsWith('growth'));
    expect(growth).toHaveLength(2);
    for (const line of growth) {
      const ratio = Number(line.match(/(\d+\.\d+)x/)![1]);
      if (ratio > 2.5) expect(line).toMatch(/MISS \(aim: at most 2\.5x\)$/);
      else expect(line).not.toContain('MISS');
    }
  });

  it('prints valid versus bad cells for every sheet function, in the core and as Sheets shows them', () => {
    for (const { name } of CATALOG) {
      expect(lines.filter((line) => new RegExp(`^${name}\\s+(core|sheets)\\s`).test(line))).toHaveLength(2);
    }
  });
});

describe('npm run bench on the calendar import', () => {
  const lines = quickRun.stdout.split('\n');

  it("prints the import pages' sizes against 150 KB, marked when over", () => {
    const pages = lines.filter((line) => /calendar import \(/.test(line));
    expect(pages).toHaveLength(2);
    for (const line of pages) {
      const size = Number(line.match(/ (\d+\.\d) KB \(/)![1]);
      if (size >= 150) expect(line).toMatch(/MISS \(aim: under 150 KB\)$/);
      else expect(line).not.toContain('MISS');
    }
  });

  it('times parsing, expanding and matching in Chromium for five years and the last 12 months, marked over 2000 ms', () => {
    const timings = lines.filter((line) => line.startsWith('parse, expand, match'));
    expect(timings).toHaveLength(2);
    for (const line of timings) {
      const ms = Number(line.match(/: (\d+) ms/)![1]);
      if (ms >= 2000) expect(line).toMatch(/MISS \(aim: under 2000 ms\)$/);
      else expect(line).not.toContain('MISS');
    }
  });
});
