/**
 * The Sheets tracker's formulas at scale, evaluated by the formula engine:
 * the time of a full calculation and of the recalculation after one new
 * meeting, for a tracker of the given size. Run by `npm run bench`.
 */
import { settingsForEngine } from '../../preview/engine';
import { buildFormulaEngine, literalText } from '../../preview/formula-engine';
import { excelSerialDate } from '../../shared/dates';
import { MEETING_COLUMNS, PARTNER_COLUMNS, SHEETS_DIALECT, planTrackerNames, settingsLayout, trackerLayouts } from '../../shared/tracker';

export interface ScaleFigures {
  partners: number;
  meetings: number;
  fullMs: number;
  recalcMs: number;
}

function pseudoRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** Partner names full of characters that criteria would read as syntax. */
const partnerName = (index: number) => `${['<', '=', '*', '~', '?', "'", ''][index % 7]}Partner ${index}${index % 3 ? '*' : ''}`;

export function measureTrackerScale(partners: number, meetings: number): ScaleFigures {
  const random = pseudoRandom(partners + meetings);
  const today = Math.floor(excelSerialDate(new Date()));
  const names = planTrackerNames('en', []);
  const [partnerLayout, meetingLayout] = trackerLayouts({
    dialect: SHEETS_DIALECT,
    language: 'en',
    names,
    withExamples: false,
    today: new Date(),
  });
  const partnerCells: Array<Array<string | number | null>> = [partnerLayout.columns.map((column) => column.headerFormula ?? column.header)];
  for (let p = 0; p < partners; p++) {
    partnerCells.push(
      PARTNER_COLUMNS.map((column) => (column.key === 'partner' ? literalText(partnerName(p)) : column.key === 'contactEvery' ? 30 : null)),
    );
  }
  const meetingCells: Array<Array<string | number | null>> = [meetingLayout.columns.map((column) => column.header)];
  for (let m = 0; m < meetings; m++) {
    const partner = literalText(partnerName(Math.floor(random() * partners)));
    // Dates up to today, so the last 90 days hold meetings and the forecast has a pace.
    meetingCells.push([today - Math.floor(random() * 700), partner, Math.round(random() * 40) / 4, null, null]);
  }
  // The Settings sheet as created, which every computed column reads through its names.
  const settings = settingsLayout('en', names.settingsSheet, names.settings);
  const settingsSheet = settingsForEngine(settings);
  const start = performance.now();
  const engine = buildFormulaEngine(
    [
      { name: names.sheets.partners, cells: partnerCells },
      // One empty row at the end, where the new meeting goes.
      { name: names.sheets.meetings, cells: meetingCells, rowCount: meetings + 2 },
      settingsSheet.sheet,
    ],
    { names: settingsSheet.names },
  );
  const fullMs = performance.now() - start;
  const recalcStart = performance.now();
  const row = meetings + 1;
  engine.setCells(
    [today, literalText(partnerName(0)), 2].map((content, column) => ({ sheet: names.sheets.meetings, row, column, content })),
  );
  engine.value(
    names.sheets.partners,
    1,
    PARTNER_COLUMNS.findIndex((column) => column.key === 'stage'),
  );
  const recalcMs = performance.now() - recalcStart;
  if (MEETING_COLUMNS[1].key !== 'partner') throw new Error('The meeting layout changed: update the benchmark');
  engine.destroy();
  return { partners, meetings, fullMs, recalcMs };
}
