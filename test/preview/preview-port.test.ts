/**
 * preview/preview-port.ts: the checklist's port on the preview's workbook
 * reads and writes the tracker through the core the hosts use: sheets are
 * found by their headers, a save is planned by planSave and written where the
 * plan says, and problems reject with a PortError before anything is written.
 */
import { previewEngineFactory } from '../../preview/engine';
import { parseDate } from '../../preview/format';
import { previewPort, type PortWorkbook } from '../../preview/preview-port';
import { TrackerSession, type EngineFactory, type WorkbookStore } from '../../preview/tracker-session';
import { PRESET_LABELS, type SettingKey } from '../../shared/messages/tracker-settings';
import { PRESETS } from '../../shared/tracker/settings';
import { problemMessage } from '../../shared/messages/functions';
import { partnerOutlook } from '../../shared/partner-outlook';
import type { SavePlan } from '../../shared/checklist-tracker';
import { CHECKLIST } from '../../shared/checklist';
import { PortError, type PortProblem } from '../../shared/port';
import { CHECK_COLUMNS, PARTNER_COLUMNS, headersFor, type PartnerColumnKey } from '../../shared/tracker';

jest.setTimeout(20000);

const col = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((column) => column.key === key);
/** Today where the tests run: later than every example check, so a check saved today is the latest. */
const NOW = new Date();
const TODAY = [NOW.getFullYear(), NOW.getMonth() + 1, NOW.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
const TODAY_SERIAL = parseDate(TODAY)!;
const ALL_YES = CHECKLIST.map(() => true);

function newSession(language: 'en' | 'de' = 'en') {
  const saves: unknown[] = [];
  const store: WorkbookStore = { load: () => ({ data: null, unreadable: false }), save: (data) => (saves.push(data), null) };
  const session = new TrackerSession(store, previewEngineFactory, language);
  return { session, saves, port: previewPort(session) };
}

function rowOf(session: TrackerSession, name: string): number {
  for (let row = 2; row <= session.usedRows('partners') + 1; row++) if (session.value('partners', row, 0) === name) return row;
  return 0;
}

async function problemOf(promise: Promise<unknown>): Promise<PortProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PortError) return error.problem;
    throw error;
  }
  throw new Error('resolved');
}

describe('loading', () => {
  it('shows the partner of the selected row, with the latest check, in the host language', async () => {
    const { session, port } = newSession('de');
    session.hostLanguage = 'en';
    const clara = rowOf(session, 'Clara Muster');
    session.select({ sheet: 'partners', row: clara, col: 0 });
    const context = await port.loadChecklistContext();
    expect(context.language).toBe('en');
    expect(context.partners).toEqual(['Anna Beispiel', 'Ben Example', 'Clara Muster', 'David Sample']);
    expect(context.selected).toMatchObject({ name: 'Clara Muster', hours: 95, location: { sheet: 'Partner', row: clara } });
    expect(context.selected?.previousCheck).toMatchObject({ score: 8, answers: [true, true, true, true, true, true, true, false, true] });
  });

  it('selects no partner when the selection is elsewhere', async () => {
    const { session, port } = newSession();
    session.select({ sheet: 'meetings', row: 3, col: 1 });
    expect((await port.loadChecklistContext()).selected).toBeNull();
    session.select({ sheet: 'partners', row: 1, col: 0 });
    expect((await port.loadChecklistContext()).selected).toBeNull();
  });

  it('finds a partner by the tracker’s matching rule, and says so when there is none', async () => {
    const { port } = newSession();
    expect(await port.loadPartner('  ben   EXAMPLE ')).toMatchObject({ name: 'Ben Example', hours: 60 });
    expect(await problemOf(port.loadPartner('Nobody'))).toEqual({ kind: 'partnerNotFound', partner: 'Nobody' });
    expect(await problemOf(port.loadPartner('  '))).toEqual({ kind: 'invalidCheck', reason: 'noPartner' });
  });

  it('answers for the selection as it was when asked, not as it is when the answer arrives', async () => {
    const { session, port } = newSession();
    session.select({ sheet: 'partners', row: rowOf(session, 'Ben Example'), col: 0 });
    const asked = port.loadChecklistContext();
    session.select({ sheet: 'partners', row: rowOf(session, 'David Sample'), col: 0 });
    expect((await asked).selected?.name).toBe('Ben Example');
  });
});

describe('saving a check', () => {
  it('appends the history row below the last check and writes score and date into the partner’s row', async () => {
    const { session, port, saves } = newSession();
    const clara = rowOf(session, 'Clara Muster');
    const checksBefore = session.usedRows('checks');
    const changes: string[] = [];
    session.onChange((kind) => changes.push(kind));

    const saved = await port.saveCheck({
      partner: 'Clara Muster',
      location: { sheet: 'Partners', row: clara },
      checkedOn: TODAY,
      answers: ALL_YES,
    });
    expect(saved).toEqual({ partner: 'Clara Muster', checkedOn: TODAY, score: 9, location: { sheet: 'Partners', row: clara } });

    const newRow = checksBefore + 2;
    expect(session.usedRows('checks')).toBe(checksBefore + 1);
    expect(session.values('checks')[newRow - 1]).toEqual([TODAY_SERIAL, 'Clara Muster', ...ALL_YES, 9]);
    expect(session.content('partners', clara, col('checklistScore'))).toBe(9);
    expect(session.content('partners', clara, col('checkedOn'))).toBe(TODAY_SERIAL);
    expect(session.value('partners', clara, col('referralReady'))).toBe(true);
    expect(changes).toEqual(['check']);
    expect(saves).toHaveLength(1);

    expect((await port.loadPartner('Clara Muster')).previousCheck).toEqual({ checkedOn: TODAY, answers: ALL_YES, score: 9 });
  });

  it('finds the partner by name when the row loaded no longer holds them', async () => {
    const { session, port } = newSession();
    const ben = rowOf(session, 'Ben Example');
    const saved = await port.saveCheck({
      partner: 'Ben Example',
      location: { sheet: 'Partners', row: ben + 1 },
      checkedOn: TODAY,
      answers: ALL_YES,
    });
    expect(saved.location).toEqual({ sheet: 'Partners', row: ben });
    expect(session.content('partners', ben + 1, col('checklistScore'))).not.toBe(9);
  });

  it('writes nothing when the check is incomplete or the partner is gone', async () => {
    const { session, port, saves } = newSession();
    const checks = session.usedRows('checks');
    expect(
      await problemOf(port.saveCheck({ partner: 'Clara Muster', location: null, checkedOn: TODAY, answers: ALL_YES.slice(1) })),
    ).toEqual({
      kind: 'invalidCheck',
      reason: 'unanswered',
    });
    expect(
      await problemOf(port.saveCheck({ partner: 'Clara Muster', location: null, checkedOn: '2025-02-30', answers: ALL_YES })),
    ).toMatchObject({
      kind: 'invalidCheck',
    });
    expect(await problemOf(port.saveCheck({ partner: 'Nobody', location: null, checkedOn: TODAY, answers: ALL_YES }))).toEqual({
      kind: 'partnerNotFound',
      partner: 'Nobody',
    });
    expect(session.usedRows('checks')).toBe(checks);
    expect(saves).toEqual([]);
  });
});

/** A workbook as a host sees one: any sheet names, found by their headers. */
function fakeWorkbook(sheets: Record<string, unknown[][]>): PortWorkbook & { plans: SavePlan<number>[] } {
  const plans: SavePlan<number>[] = [];
  return {
    plans,
    language: () => 'en',
    sheetHeaders: () => Object.entries(sheets).map(([name, values]) => ({ name, header: values[0] ?? [] })),
    sheetValues: (name) => sheets[name] ?? null,
    selection: () => ({ sheet: 'Kontakte', row: 2 }),
    applySave: (plan) => void plans.push(plan),
  };
}

describe('the tracker, whatever its sheets are called', () => {
  const partnersHeader = headersFor(PARTNER_COLUMNS, 'de');
  const partnerRow = partnersHeader.map((_, index) => (index === 0 ? 'Erika Probe' : index === col('hoursTogether') ? 12 : ''));

  it('is found by its header rows, as the hosts find it', async () => {
    const workbook = fakeWorkbook({
      Notizen: [['Text']],
      Kontakte: [partnersHeader, partnerRow],
      Verlauf: [headersFor(CHECK_COLUMNS, 'en')],
    });
    const port = previewPort(workbook);
    expect((await port.loadChecklistContext()).selected).toMatchObject({
      name: 'Erika Probe',
      hours: 12,
      location: { sheet: 'Kontakte', row: 2 },
    });
    await port.saveCheck({ partner: 'Erika Probe', location: { sheet: 'Kontakte', row: 2 }, checkedOn: TODAY, answers: ALL_YES });
    expect(workbook.plans).toHaveLength(1);
    expect(workbook.plans[0]).toMatchObject({ partnerSheet: 'Kontakte', row: 2, checksSheet: 'Verlauf', checkRowNumber: 2 });
    expect(workbook.plans[0].checkRow).toEqual([TODAY_SERIAL, 'Erika Probe', ...ALL_YES, 9]);
  });

  it('needs a Partners sheet and a Checks sheet, and says which is missing', async () => {
    expect(await problemOf(previewPort(fakeWorkbook({ Notizen: [['Text']] })).loadChecklistContext())).toEqual({ kind: 'noTracker' });
    const withoutChecks = fakeWorkbook({ Kontakte: [partnersHeader, partnerRow] });
    const problem = await problemOf(
      previewPort(withoutChecks).saveCheck({ partner: 'Erika Probe', location: null, checkedOn: TODAY, answers: ALL_YES }),
    );
    expect(problem).toEqual({ kind: 'noChecksSheet' });
    expect(withoutChecks.plans).toEqual([]);
  });

  it('turns a failure of the workbook into a rejection', async () => {
    const broken = {
      ...fakeWorkbook({}),
      sheetHeaders: () => {
        throw new Error('engine stopped');
      },
    };
    await expect(previewPort(broken).loadPartner('Erika Probe')).rejects.toThrow('engine stopped');
  });
});

describe('the tracker’s Settings on the partner card', () => {
  /** A session whose Settings sheet was changed as a person would: the preset and the cells they type in. */
  function sessionWithSettings(values: Partial<Record<SettingKey, string | number>>) {
    const store: WorkbookStore = { load: () => ({ data: null, unreadable: false }), save: () => null };
    const factory: EngineFactory = (sheets, language, settings, dashboard) =>
      previewEngineFactory(
        sheets,
        language,
        { ...settings, rows: settings.rows.map((row) => (row.key in values ? { ...row, value: values[row.key]! } : row)) },
        dashboard,
      );
    const session = new TrackerSession(store, factory, 'en');
    return { session, port: previewPort(session) };
  }

  it('are those of a new tracker: the threshold formulas computed, the other values as written', async () => {
    const { port } = newSession();
    const clara = await port.loadPartner('Clara Muster');
    expect(clara.settings).toEqual({ thresholds: [50, 90, 200], readyHours: 90, readyScore: 7, forecastDays: 90, renewalDays: 180 });
  });

  it('follow a change of preset, computed by the Settings formulas, and of the window', async () => {
    const { port } = sessionWithSettings({ preset: PRESET_LABELS.students.en, forecastDays: 30 });
    const clara = await port.loadPartner('Clara Muster');
    expect(clara.settings).toMatchObject({ thresholds: PRESETS.students, forecastDays: 30 });
    // 95 hours: a close friend from 119 on, a friend from 57.
    expect(partnerOutlook(clara)!.step).toEqual({ kind: 'keepMeeting', hoursToNext: 24, nextStage: 'closeFriend' });
  });

  it('follow custom thresholds, and give a bad one the message the tracker’s cells show', async () => {
    const custom = sessionWithSettings({
      preset: PRESET_LABELS.custom.en,
      customCasualFriend: 40,
      customFriend: 80,
      customCloseFriend: 160,
    });
    expect((await custom.port.loadPartner('Clara Muster')).settings!.thresholds).toEqual([40, 80, 160]);
    const bad = sessionWithSettings({ preset: PRESET_LABELS.custom.en, customCasualFriend: 100, customFriend: 80, customCloseFriend: 160 });
    const clara = await bad.port.loadPartner('Clara Muster');
    expect(clara.settingsProblem!.en).toBe(problemMessage({ kind: 'thresholdsOrder', value: 80, previous: 100 }, 'en'));
    // The tracker's Stage column shows the same message.
    expect(bad.session.value('partners', rowOf(bad.session, 'Clara Muster') - 1, col('stage'))).toMatchObject({
      message: clara.settingsProblem!.en,
    });
  });
});
