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

  it('lists each chunk of the task pane page under it, loaded with the page or on first use', () => {
    const start = lines.findIndex((line) => line.startsWith('dist/office/taskpane.js + its static imports'));
    const chunks: string[] = [];
    for (let index = start + 1; lines[index]?.startsWith('  chunks/'); index++) chunks.push(lines[index]);
    expect(chunks.some((line) => /^ {2}chunks\/tracker-\S+\.js .* loaded on first use$/.test(line))).toBe(true);
    expect(chunks.some((line) => line.endsWith('loaded with the page'))).toBe(true);
  });

  it('prints each bundle in bytes beside its aims and marks exactly the aims it misses', () => {
    const start = lines.findIndex((line) => line.startsWith('Bundle sizes'));
    const bundles = lines.slice(start + 1, start + 7);
    expect(bundles.map((line) => line.slice(0, 46).trim())).toEqual([
      'Apps Script code (Bondstage.js + Globals.js)',
      'dist/gas/Bondstage.js',
      'dist/gas/Globals.js',
      'dist/office/functions.js',
      'dist/gas/Sidebar.html',
      'dist/office/taskpane.js + its static imports',
    ]);
    const expectedAims = [['under 45 KB'], [], [], ['under 20 KB'], ['under 60 KB'], ['under 60 KB']];
    const sizesAtIssue9 = ['43.1', '39.7', '3.4', '11', '21.5', '46.8'];
    bundles.forEach((line, index) => {
      const aims = [...line.split('  MISS')[0].matchAll(/(at most|under) (\d+(?:\.\d)?) KB/g)];
      expect(aims.map((aim) => `${aim[1]} ${aim[2]} KB`)).toEqual(expectedAims[index]);
      expect(line).toContain(`(${sizesAtIssue9[index]} KB when issue 9 was filed)`);
      const built = line.match(/ ([\d,]+) bytes /);
      if (!built) {
        expect(line).toMatch(/not built .*MISS \(not built\)$/);
        return;
      }
      const bytes = Number(built[1].replace(/,/g, ''));
      const missed = aims.filter(([, kind, kb]) => (kind === 'under' ? bytes >= Number(kb) * 1024 : bytes > Math.round(Number(kb) * 1024)));
      const marked = line.includes('  MISS') ? [...line.split('  MISS')[1].matchAll(/(at most|under) (\d+(?:\.\d)?) KB/g)] : [];
      expect(marked.map((aim) => aim[0])).toEqual(missed.map((aim) => aim[0]));
    });
  });

  it('splits the Apps Script code into what a recalculation needs and the rest, and prints what loading it costs', () => {
    const kbOf = (prefix: string) => {
      const line = lines.find((candidate) => candidate.startsWith(prefix));
      const match = line?.match(/ (\d+\.\d) KB/);
      if (!match) throw new Error(`no line starting ${prefix}`);
      return Number(match[1]);
    };
    const parts = kbOf('  sheet functions (all a recalculation needs)') + kbOf('  menu commands, checklist and import');
    // The parts are the built Bondstage.js shared out by module, so they add up to it (each rounded to 0.1 KB).
    expect(Math.abs(parts - kbOf('  dist/gas/Bondstage.js'))).toBeLessThanOrEqual(0.2);
    const texts = lines.find((line) => line.startsWith('  menu commands'))!.match(/texts in two languages +(\d+\.\d) KB/);
    expect(Number(texts?.[1])).toBeGreaterThan(0);
    for (const prefix of ['  the project as built', '  the sheet functions alone'])
      expect(lines.find((line) => line.startsWith(prefix))).toMatch(/ \d+\.\d\d ms$/);
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
      if (size >= 150) expect(line).toMatch(/MISS \(aim: under 150 KB \(issue 10\)\)$/);
      else expect(line).not.toContain('MISS');
    }
  });

  it('times parsing, expanding and matching in Chromium for five years and the last 12 months, marked over 2000 ms', () => {
    const timings = lines.filter((line) => line.startsWith('parse, expand, match'));
    // Times in UTC, and times in a zone the file does not define (read with Intl).
    expect(timings).toHaveLength(4);
    expect(timings.filter((line) => line.includes('(times in UTC, '))).toHaveLength(2);
    expect(timings.filter((line) => line.includes('(TZID=Europe/Berlin, no VTIMEZONE, '))).toHaveLength(2);
    for (const line of timings) {
      const ms = Number(line.match(/: (\d+) ms/)![1]);
      if (ms >= 2000) expect(line).toMatch(/MISS \(aim: under 2000 ms\)$/);
      else expect(line).not.toContain('MISS');
    }
  });
});
