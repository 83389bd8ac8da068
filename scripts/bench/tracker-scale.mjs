// The tracker's formulas at scale (see tracker-scale.ts): doubling partners
// and meetings should at most about double the time (aim: at most 2.5x).
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export const SCALE_AIM = 2.5;

async function loadMeasure(root) {
  const out = await build({
    entryPoints: ['scripts/bench/tracker-scale.ts'],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const file = path.join(root, 'node_modules/.cache/bondstage/tracker-scale.cjs');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, out.outputFiles[0].text);
  return createRequire(import.meta.url)(file).measureTrackerScale;
}

/** Prints the figures; `verdict(met)` marks a figure that misses its aim; `quick` measures tiny trackers. */
export async function benchTrackerScale(root, { quick, verdict }) {
  const measureOnce = await loadMeasure(root);
  // The fastest of three runs: what the formulas cost, with as little of the machine's other work as possible.
  const measure = (partners, meetings) => {
    const runs = Array.from({ length: 3 }, () => measureOnce(partners, meetings));
    return { ...runs[0], fullMs: Math.min(...runs.map((run) => run.fullMs)), recalcMs: Math.min(...runs.map((run) => run.recalcMs)) };
  };
  const [partners, meetings] = quick ? [20, 500] : [1_000, 25_000];
  measureOnce(partners / 5, meetings / 10); // warm-up
  const small = measure(partners, meetings);
  const large = measure(partners * 2, meetings * 2);
  console.log(`\nSheets tracker formulas in the formula engine (aim: doubling partners and meetings costs at most ${SCALE_AIM}x)`);
  console.log(['partners'.padStart(9), 'meetings'.padStart(9), 'full ms'.padStart(9), 'recalc ms'.padStart(10)].join(' '));
  for (const figures of [small, large]) {
    console.log(
      [
        String(figures.partners).padStart(9),
        String(figures.meetings).padStart(9),
        figures.fullMs.toFixed(0).padStart(9),
        figures.recalcMs.toFixed(0).padStart(10),
      ].join(' '),
    );
  }
  const fullRatio = large.fullMs / small.fullMs;
  const recalcRatio = large.recalcMs / small.recalcMs;
  console.log(`growth, full calculation: ${fullRatio.toFixed(2)}x` + verdict(fullRatio <= SCALE_AIM));
  console.log(`growth, recalculation after one meeting: ${recalcRatio.toFixed(2)}x` + verdict(recalcRatio <= SCALE_AIM));
}
