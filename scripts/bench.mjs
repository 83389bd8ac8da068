// npm run bench: prints figures and marks each one that misses its aim with
// MISS (the exit code stays 0). For each sheet function: the core on a
// 100,000-cell range beside a plain loop doing the same comparisons without
// validation; valid versus bad cells on 1,000,000 cells, in the core and as
// Google Sheets shows them; then the sizes of the built bundles, what the
// Apps Script code is made of and what loading it costs, the host
// calls per tracker command, the formulas at scale and the calendar import
// of a 5-year export in headless Chromium.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CALENDAR_AIM_MS, benchCalendarImport } from './bench/calendar-import.mjs';
import { benchAppsScriptParts } from './bench/apps-script-parts.mjs';
import { benchBundleSizes } from './bench/bundle-sizes.mjs';
import { SCALE_AIM, benchTrackerScale } from './bench/tracker-scale.mjs';
import { ROOT, importTypeScript, loadCatalog } from './build/catalog.mjs';

/** BENCH_QUICK=1: tiny sizes, to check the report's form (the tests do), not to measure. */
const QUICK = process.env.BENCH_QUICK === '1';
const CELLS = QUICK ? 2_000 : 100_000;
const RUNS = QUICK ? 3 : 15;
const LARGE_SIDE = QUICK ? 90 : 1000;
const LARGE_RUNS = QUICK ? 1 : 5;
/** Aims: the core within 3x of a plain loop; bad cells within 3x of valid ones. */
const PLAIN_RATIO_AIM = 3;
const BAD_RATIO_AIM = 3;

/** A figure's verdict: blank when it meets its aim, else a visible marker with the aim. */
export function verdict(met, aim) {
  return met ? '' : `  MISS (aim: ${aim})`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run, runs = RUNS) {
  run();
  const samples = [];
  for (let i = 0; i < runs; i++) {
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
// The tracker's other columns for the forecast, VCP phase and next step: today as a serial, recent hours, dates and referrals.
const AS_OF = 46_363;
const recentColumn = hoursColumn.map(() => [Math.round(random() * 300) / 10]);
const checkedColumn = hoursColumn.map(() => [random() < 0.3 ? '' : AS_OF - Math.floor(random() * 400)]);
const dueColumn = hoursColumn.map(() => [AS_OF - 30 + Math.floor(random() * 90)]);
const givenColumn = hoursColumn.map(() => [Math.floor(random() * 4)]);
const receivedColumn = hoursColumn.map(() => [Math.floor(random() * 4)]);
const DAY_MS = 86_400_000;
const SERIAL_OF_1970 = 25_569;
const VCP = ['Visibility', 'Credibility', 'Profitability'];

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
    plain: () => mapColumn(hoursColumn, (h) => (h < 50 ? h / 50 : h < 90 ? (h - 50) / 40 : h < 200 ? (h - 90) / 110 : 1)),
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
  STAGEFORECAST: {
    args: [hoursColumn, recentColumn, AS_OF],
    plain: () =>
      hoursColumn.map((row, r) => {
        const h = row[0];
        const recent = recentColumn[r][0];
        if (!(recent > 0) || h >= 200) return [''];
        const day = AS_OF + Math.ceil(((plainNext(h) - h) * 90) / recent);
        return [day > AS_OF + 3652 ? '' : new Date((day - SERIAL_OF_1970) * DAY_MS)];
      }),
  },
  VCPPHASE: {
    args: [hoursColumn, scoreColumn, receivedColumn],
    plain: () => hoursColumn.map((row, r) => [VCP[receivedColumn[r][0] >= 1 ? 2 : row[0] >= 90 || scoreColumn[r][0] >= 7 ? 1 : 0]]),
  },
  NEXTSTEP: {
    args: [hoursColumn, scoreColumn, checkedColumn, dueColumn, givenColumn, receivedColumn, AS_OF],
    plain: () => {
      const days = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
      const plurals = new Intl.PluralRules('en');
      return hoursColumn.map((row, r) => {
        const h = row[0];
        const score = scoreColumn[r][0];
        const checked = checkedColumn[r][0];
        const received = receivedColumn[r][0];
        if (dueColumn[r][0] < AS_OF) return [`Meet – overdue since ${days.format((dueColumn[r][0] - SERIAL_OF_1970) * DAY_MS)}`];
        if (h >= 50 && (checked === '' || AS_OF - checked > 180)) return ['Do the bond checklist'];
        if (received < 1 && h >= 90 && score >= 7) return ['Ask for a referral'];
        if (received - givenColumn[r][0] >= 2) return ['Give a referral back'];
        if (h >= 200) return ['Keep in touch'];
        const toGo = Math.ceil((plainNext(h) - h) * 10) / 10;
        const unit = plurals.select(toGo) === 'one' ? 'hour' : 'hours';
        return [`Keep meeting – ${numbers.format(toGo)} ${unit} to ${LABELS[plainLevel(h) + 1]}`];
      });
    },
  },
};

function plainNext(h) {
  return h < 50 ? 50 : h < 90 ? 90 : 200;
}

/** The meeting totals without validation: a Map from the exact name to a running value. */
function plainTotals(partners, values, fold, initial) {
  const totals = new Map();
  for (let i = 0; i < partners.length; i++) {
    const name = partners[i][0].trim().toLowerCase();
    totals.set(name, fold(totals.get(name) ?? initial, values[i][0]));
  }
  return partnerColumn.map((row) => [totals.get(row[0].trim().toLowerCase()) ?? initial]);
}

/** 1,000 x 1,000 ranges (BONDSCORE: 111,111 rows of 9) of valid cells and of bad ones: distinct texts, as a column of names or notes. */
function largeWorkloads() {
  const side = LARGE_SIDE;
  const grid = (cell) => Array.from({ length: side }, (_, r) => Array.from({ length: side }, (_, c) => cell(r, c)));
  const validHours = grid(() => Math.round(random() * 3000) / 10);
  const badHours = grid((r, c) => `note ${r}-${c}`);
  const validScores = grid(() => Math.floor(random() * 10));
  const answerRows = Math.floor((side * side) / 9);
  const validAnswers = Array.from({ length: answerRows }, () => Array.from({ length: 9 }, () => random() < 0.6));
  const names = Array.from({ length: side }, (_, r) => [`Partner ${r}`]);
  const meetingNames = grid((r) => `Partner ${r}`);
  const validDates = grid(() => 45_000 + Math.floor(random() * 700));
  const badAnswers = Array.from({ length: answerRows }, (_, r) => Array.from({ length: 9 }, (_, c) => `maybe ${r}-${c}`));
  return {
    BONDSTAGE: { valid: [validHours, 'en'], bad: [badHours, 'en'] },
    BONDLEVEL: { valid: [validHours], bad: [badHours] },
    BONDPROGRESS: { valid: [validHours], bad: [badHours] },
    HOURSTONEXT: { valid: [validHours], bad: [badHours] },
    BONDSCORE: { valid: [validAnswers], bad: [badAnswers] },
    REFERRALREADY: { valid: [validHours, validScores], bad: [badHours, validScores] },
    PARTNERHOURS: { valid: [names, meetingNames, validHours], bad: [names, meetingNames, badHours] },
    LASTCONTACT: { valid: [names, meetingNames, validDates], bad: [names, meetingNames, badHours] },
    STAGEFORECAST: { valid: [validHours, validHours, AS_OF], bad: [badHours, validHours, AS_OF] },
    VCPPHASE: { valid: [validHours, validScores, validScores], bad: [badHours, validScores, validScores] },
    NEXTSTEP: {
      valid: [validHours, validScores, '', '', validScores, validScores, AS_OF],
      bad: [badHours, validScores, '', '', validScores, validScores, AS_OF],
    },
  };
}

const ms = (value) => value.toFixed(value < 10 ? 2 : 0);
const column = (text, width) => String(text).padStart(width);

async function main() {
  const catalog = await loadCatalog();
  if (QUICK) console.log('Quick run (BENCH_QUICK=1): small sizes, the figures say nothing about speed.\n');
  console.log(
    `Sheet functions on a ${CELLS.toLocaleString('en')}-cell range (median of ${RUNS} runs; aim: within ${PLAIN_RATIO_AIM}x of the plain loop)`,
  );
  console.log(['function'.padEnd(14), column('core ms', 9), column('plain ms', 9), column('ratio', 7)].join(' '));
  for (const fn of catalog) {
    const workload = WORKLOADS[fn.name];
    if (!workload) throw new Error(`No benchmark workload for ${fn.name}`);
    const core = time(() => fn.evaluate(workload.args));
    const plain = time(workload.plain);
    const ratio = core / plain;
    console.log(
      [fn.name.padEnd(14), column(core.toFixed(2), 9), column(plain.toFixed(2), 9), column(`${ratio.toFixed(2)}x`, 7)].join(' ') +
        verdict(ratio <= PLAIN_RATIO_AIM, `within ${PLAIN_RATIO_AIM}x`),
    );
  }

  const { evaluateForSheets } = await importTypeScript('gas/functions.ts');
  const large = largeWorkloads();
  const english = () => 'en';
  console.log(
    `\nValid versus bad cells on ${(LARGE_SIDE * LARGE_SIDE).toLocaleString('en')} cells (median of ${LARGE_RUNS} runs; aim: bad within ${BAD_RATIO_AIM}x of valid)`,
  );
  console.log(['function'.padEnd(14), 'where'.padEnd(7), column('valid ms', 9), column('bad ms', 9), column('ratio', 7)].join(' '));
  for (const fn of catalog) {
    const workload = large[fn.name];
    if (!workload) throw new Error(`No valid/bad workload for ${fn.name}`);
    const ways = {
      core: (args) => fn.evaluate(args),
      sheets: (args) => evaluateForSheets(fn, args, english),
    };
    for (const [where, run] of Object.entries(ways)) {
      const valid = time(() => run(workload.valid), LARGE_RUNS);
      const bad = time(() => run(workload.bad), LARGE_RUNS);
      const ratio = bad / valid;
      console.log(
        [fn.name.padEnd(14), where.padEnd(7), column(ms(valid), 9), column(ms(bad), 9), column(`${ratio.toFixed(2)}x`, 7)].join(' ') +
          verdict(ratio <= BAD_RATIO_AIM, `bad within ${BAD_RATIO_AIM}x of valid`),
      );
    }
  }

  console.log('');
  await benchBundleSizes(ROOT);
  await benchAppsScriptParts(ROOT, { quick: QUICK });

  console.log('\nHost calls per tracker command on a 500-partner tracker (counted by the test fakes)');
  const { countTrackerHostCalls, formatHostCalls } = await loadHostCallCounter();
  console.log(formatHostCalls(await countTrackerHostCalls({ root: ROOT, partners: 500 })));

  await benchTrackerScale(ROOT, { quick: QUICK, verdict: (met) => verdict(met, `at most ${SCALE_AIM}x`) });
  await benchCalendarImport(ROOT, { quick: QUICK, verdict: (met) => verdict(met, `under ${CALENDAR_AIM_MS} ms`) });
}

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

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'scripts/bench.mjs')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
