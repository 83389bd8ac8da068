// npm run bench: prints figures, checks nothing. For each sheet function, the
// time the core takes for a 100,000-cell range beside a plain loop doing the
// same comparisons without validation; then the sizes of the built bundles.
import { build } from 'esbuild';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchTrackerScale } from './bench/tracker-scale.mjs';
import { ROOT, loadCatalog } from './build/catalog.mjs';

const CELLS = 100_000;
const RUNS = 15;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

function pseudoRandom(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const random = pseudoRandom(42);
const hoursColumn = Array.from({ length: CELLS }, () => [Math.round(random() * 3000) / 10]);
const scoreColumn = Array.from({ length: CELLS }, () => [Math.floor(random() * 10)]);
const answerRows = Array.from({ length: Math.ceil(CELLS / 9) }, () => Array.from({ length: 9 }, () => random() < 0.6));
// 5,000 partners and one meeting per cell of the 100,000-cell columns.
const partnerColumn = Array.from({ length: 5_000 }, (_, index) => [`Partner ${index}`]);
const meetingPartners = hoursColumn.map(() => [`Partner ${Math.floor(random() * 5_000)}`]);
const dateColumn = hoursColumn.map(() => [45_000 + Math.floor(random() * 700)]);
const LABELS = ['Acquaintance', 'Casual friend', 'Friend', 'Close friend'];

const plainLevel = (h) => (h < 50 ? 0 : h < 90 ? 1 : h < 200 ? 2 : 3);
const mapColumn = (grid, compute) => grid.map((row) => [compute(row[0])]);

const WORKLOADS = {
  BONDSTAGE: {
    args: [hoursColumn, 'en'],
    plain: () => mapColumn(hoursColumn, (h) => LABELS[plainLevel(h)]),
  },
  BONDLEVEL: { args: [hoursColumn], plain: () => mapColumn(hoursColumn, plainLevel) },
  BONDPROGRESS: {
    args: [hoursColumn],
    plain: () =>
      mapColumn(hoursColumn, (h) => (h < 50 ? h / 50 : h < 90 ? (h - 50) / 40 : h < 200 ? (h - 90) / 110 : 1)),
  },
  HOURSTONEXT: {
    args: [hoursColumn],
    plain: () => mapColumn(hoursColumn, (h) => (h < 50 ? 50 - h : h < 90 ? 90 - h : h < 200 ? 200 - h : 0)),
  },
  BONDSCORE: {
    args: [answerRows],
    plain: () =>
      answerRows.map((row) => {
        let score = 0;
        for (const answer of row) if (answer === true) score++;
        return [score];
      }),
  },
  REFERRALREADY: {
    args: [hoursColumn, scoreColumn],
    plain: () => hoursColumn.map((row, r) => [row[0] >= 90 && scoreColumn[r][0] >= 7]),
  },
  PARTNERHOURS: {
    args: [partnerColumn, meetingPartners, hoursColumn],
    plain: () => plainTotals(meetingPartners, hoursColumn, (sum, hours) => sum + hours, 0),
  },
  LASTCONTACT: {
    args: [partnerColumn, meetingPartners, dateColumn],
    plain: () => plainTotals(meetingPartners, dateColumn, (latest, date) => (date > latest ? date : latest), ''),
  },
};

/** The meeting totals without validation: a Map from the exact name to a running value. */
function plainTotals(partners, values, fold, initial) {
  const totals = new Map();
  for (let i = 0; i < partners.length; i++) {
    const name = partners[i][0].trim().toLowerCase();
    totals.set(name, fold(totals.get(name) ?? initial, values[i][0]));
  }
  return partnerColumn.map((row) => [totals.get(row[0].trim().toLowerCase()) ?? initial]);
}

async function fileSize(relative) {
  const file = path.join(ROOT, relative);
  try {
    const { size } = await stat(file);
    const gzipped = gzipSync(await readFile(file)).length;
    return `${(size / 1024).toFixed(1)} KB (${(gzipped / 1024).toFixed(1)} KB gzipped)`;
  } catch {
    return 'not built';
  }
}

async function main() {
  const catalog = await loadCatalog();
  console.log(`Sheet functions on a ${CELLS.toLocaleString('en')}-cell range (median of ${RUNS} runs; aim: within 3x of the plain loop)`);
  console.log(['function'.padEnd(14), 'core ms'.padStart(9), 'plain ms'.padStart(9), 'ratio'.padStart(7)].join(' '));
  for (const fn of catalog) {
    const workload = WORKLOADS[fn.name];
    if (!workload) throw new Error(`No benchmark workload for ${fn.name}`);
    const core = time(() => fn.evaluate(workload.args));
    const plain = time(workload.plain);
    console.log(
      [fn.name.padEnd(14), core.toFixed(2).padStart(9), plain.toFixed(2).padStart(9), `${(core / plain).toFixed(2)}x`.padStart(7)].join(' '),
    );
  }

  console.log('\nBundle sizes (minified; aim: Apps Script code under 30 KB, functions.js under 20 KB, sidebar and task pane under 60 KB each)');
  for (const file of BUNDLES) console.log(`${file.padEnd(28)} ${await fileSize(file)}`);

  console.log('\nHost calls per tracker command on a 500-partner tracker (counted by the test fakes)');
  const { countTrackerHostCalls, formatHostCalls } = await loadHostCallCounter();
  console.log(formatHostCalls(await countTrackerHostCalls({ root: ROOT, partners: 500 })));

  await benchTrackerScale(ROOT, (ok) => (ok ? '' : 'MISS'));
}

const BUNDLES = [
  'dist/gas/Bondstage.js',
  'dist/gas/Globals.js',
  'dist/gas/Sidebar.html',
  'dist/office/functions.js',
  'dist/office/taskpane.js',
  'dist/office/taskpane.html',
];

/** The host-call counter of the test fakes, bundled for Node (inside the repository, so its packages resolve). */
async function loadHostCallCounter() {
  const out = await build({
    entryPoints: ['test/fakes/host-calls.ts'],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    external: ['office-addin-mock'],
    logLevel: 'silent',
  });
  const file = path.join(ROOT, 'node_modules/.cache/bondstage/host-calls.cjs');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, out.outputFiles[0].text);
  return createRequire(import.meta.url)(file);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
