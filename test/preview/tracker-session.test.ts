/**
 * preview/tracker-session.ts: the preview's live tracker with the real
 * formula engine: which cells a person may type into, validation as Sheets
 * applies it, recalculation, selection, storing and starting over. No browser.
 */
import { previewEngineFactory } from '../../preview/engine';
import { TrackerSession, type ChangeKind, type WorkbookStore } from '../../preview/tracker-session';
import { exampleWorkbook, type WorkbookData } from '../../preview/workbook';
import { previewImportPort } from '../../preview/import-port';
import { PARTNER_COLUMNS, MEETING_COLUMNS, type MeetingColumnKey, type PartnerColumnKey } from '../../shared/tracker';

jest.setTimeout(20000);

const col = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((column) => column.key === key);
const meetingCol = (key: MeetingColumnKey) => MEETING_COLUMNS.findIndex((column) => column.key === key);

/** A store in memory: what it starts with, what was saved, and an optional reason every save fails. */
function memoryStore(start: WorkbookData | null = null, problem: string | null = null) {
  const saved: WorkbookData[] = [];
  const store: WorkbookStore = {
    load: () => ({ data: start, unreadable: false }),
    save: (data) => {
      saved.push(data);
      return problem;
    },
  };
  return { store, saved };
}

function session(start: WorkbookData | null = null, language: 'en' | 'de' = 'en', problem: string | null = null) {
  const { store, saved } = memoryStore(start, problem);
  const tracker = new TrackerSession(store, previewEngineFactory, language);
  const changes: ChangeKind[] = [];
  tracker.onChange((kind) => changes.push(kind));
  return { tracker, saved, changes };
}

/** The sheet row (1-based) of a partner in the Partners sheet. */
function rowOf(tracker: TrackerSession, name: string): number {
  for (let row = 2; row <= tracker.usedRows('partners') + 1; row++) if (tracker.value('partners', row, 0) === name) return row;
  throw new Error(`${name} is not in the sheet`);
}

describe('a new session', () => {
  it('starts with the example tracker in the host language, untouched and not yet stored', () => {
    const { tracker, saved } = session(null, 'de');
    expect(tracker.trackerLanguage()).toBe('de');
    expect(tracker.language()).toBe('de');
    expect(tracker.sheetName('partners')).toBe('Partner');
    expect(tracker.isEdited()).toBe(false);
    expect(tracker.partnerNames()).toEqual(['Anna Beispiel', 'Ben Example', 'Clara Muster', 'David Sample']);
    expect(saved).toEqual([]);
  });

  it('continues stored work, in the language it was made in', () => {
    const stored = { ...exampleWorkbook('de'), edited: true };
    const { tracker } = session(stored, 'en');
    expect(tracker.trackerLanguage()).toBe('de');
    expect(tracker.language()).toBe('en');
    expect(tracker.isEdited()).toBe(true);
  });

  it('computes the tracker’s columns from the meetings', () => {
    const { tracker } = session();
    const clara = rowOf(tracker, 'Clara Muster');
    expect(tracker.value('partners', clara, col('hoursTogether'))).toBe(95);
    expect(tracker.value('partners', clara, col('stage'))).toBe('Friend');
    expect(tracker.value('partners', 1, col('stage'))).toBe('Stage');
  });
});

describe('typing into a cell', () => {
  it('is refused in the header row and in computed columns, and nothing changes', () => {
    const { tracker, saved, changes } = session();
    expect(tracker.enter('partners', 1, 0, 'Name')).toEqual({ ok: false, reason: 'computed' });
    expect(tracker.enter('partners', 3, col('stage'), 'Friend')).toEqual({ ok: false, reason: 'computed' });
    expect(tracker.enter('partners', 3, 99, 'x')).toEqual({ ok: false, reason: 'computed' });
    expect(tracker.isEditable('partners', 3, col('notes'))).toBe(true);
    expect(saved).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('is refused with the rule’s help where strict validation fails, and nothing changes', () => {
    const { tracker, saved } = session();
    const row = tracker.usedRows('meetings') + 2;
    expect(tracker.enter('meetings', row, meetingCol('hours'), '-1')).toEqual({ ok: false, reason: 'invalid', help: 'hoursHelp' });
    expect(tracker.enter('meetings', row, meetingCol('partner'), 'Nobody')).toEqual({ ok: false, reason: 'invalid', help: 'partnerHelp' });
    expect(tracker.enter('meetings', row, meetingCol('date'), 'tomorrow')).toEqual({ ok: false, reason: 'invalid', help: 'dateHelp' });
    expect(tracker.enter('partners', 2, col('checklistScore'), '10')).toEqual({ ok: false, reason: 'invalid', help: 'scoreHelp' });
    expect(tracker.content('meetings', row, meetingCol('hours'))).toBe('');
    expect(saved).toEqual([]);
  });

  it('stores the input, recalculates, keeps it in the store and says so', () => {
    const { tracker, saved, changes } = session();
    const row = tracker.usedRows('meetings') + 2;
    expect(tracker.enter('meetings', row, meetingCol('date'), '2025-03-14')).toEqual({ ok: true });
    expect(tracker.enter('meetings', row, meetingCol('partner'), '  anna   beispiel ')).toEqual({ ok: true });
    expect(tracker.enter('meetings', row, meetingCol('hours'), '4,5')).toEqual({ ok: true });
    expect(tracker.content('meetings', row, meetingCol('hours'))).toBe(4.5);
    expect(tracker.value('partners', rowOf(tracker, 'Anna Beispiel'), col('hoursTogether'))).toBe(10.5);
    expect(changes).toEqual(['cells', 'cells', 'cells']);
    expect(saved).toHaveLength(3);
    expect(saved[2].edited).toBe(true);
    expect(saved[2].inputs.meetings[row - 2].slice(0, 3)).toEqual([45730, 'anna   beispiel', 4.5]);
  });

  it('shows what a cell holds: the header formula of a computed column, blank below it, else the input', () => {
    const { tracker } = session();
    expect(tracker.content('partners', 1, col('stage'))).toMatch(/^=ARRAYFORMULA\(VSTACK\("Stage",BONDSTAGE\(/);
    expect(tracker.content('partners', 1, 0)).toBe('Partner');
    expect(tracker.content('partners', 2, col('stage'))).toBe('');
    expect(tracker.content('partners', 2, 0)).toBe('Anna Beispiel');
    expect(tracker.content('partners', 900, 0)).toBe('');
  });

  it('reports why the work could not be stored, and keeps working', () => {
    const { tracker } = session(null, 'en', 'The quota has been exceeded.');
    expect(tracker.storeProblem).toBeNull();
    expect(tracker.enter('partners', 2, col('notes'), 'Met at the fair')).toEqual({ ok: true });
    expect(tracker.storeProblem).toBe('The quota has been exceeded.');
    expect(tracker.content('partners', 2, col('notes'))).toBe('Met at the fair');
  });
});

describe('the selection', () => {
  it('stays inside the sheet and is announced only when it moves', () => {
    const { tracker, changes } = session();
    tracker.select({ sheet: 'partners', row: 0, col: 99 });
    expect(tracker.selected()).toEqual({ sheet: 'partners', row: 1, col: PARTNER_COLUMNS.length - 1 });
    tracker.select({ sheet: 'partners', row: 1, col: PARTNER_COLUMNS.length - 1 });
    tracker.select({ sheet: 'checks', row: 5000, col: -3 });
    expect(tracker.selected()).toEqual({ sheet: 'checks', row: tracker.layout('checks').dataRows + 1, col: 0 });
    expect(tracker.selection()).toEqual({ sheet: 'Checks', row: tracker.layout('checks').dataRows + 1 });
    expect(changes).toEqual(['selection', 'selection']);
  });
});

describe('starting over', () => {
  it('replaces the work with the example in the chosen language and stores it', () => {
    const { tracker, saved, changes } = session();
    tracker.enter('partners', 2, col('notes'), 'changed');
    tracker.select({ sheet: 'meetings', row: 4, col: 2 });
    tracker.reset('de');
    expect(tracker.trackerLanguage()).toBe('de');
    expect(tracker.sheetName('meetings')).toBe('Treffen');
    expect(tracker.isEdited()).toBe(false);
    expect(tracker.selected()).toEqual({ sheet: 'partners', row: 2, col: 0 });
    expect(tracker.value('partners', 1, col('stage'))).toBe('Stufe');
    expect(changes).toEqual(['cells', 'selection', 'workbook']);
    expect(saved[saved.length - 1].language).toBe('de');
  });
});

describe('importing meetings', () => {
  const meeting = { date: '2025-03-04', partner: 'Ben Example', hours: 1.5, kind: 'Call', notes: 'Lunch', source: 'uid-1' };
  const periods = { get: () => null, set: () => undefined };

  it('starts right below the header when Meetings has no rows yet, then goes on below without doubling', async () => {
    const empty = { ...exampleWorkbook('en'), inputs: { ...exampleWorkbook('en').inputs, meetings: [] } };
    const { tracker } = session(empty);
    const port = previewImportPort(tracker, periods, () => '2025-12-01');
    expect((await port.importMeetings([meeting, { ...meeting, source: 'uid-2' }])).added).toBe(2);
    expect((await port.importMeetings([meeting, { ...meeting, source: 'uid-3' }])).added).toBe(1);
    const partnerColumn = meetingCol('partner');
    const sourceColumn = meetingCol('source');
    expect([2, 3, 4, 5].map((row) => tracker.content('meetings', row, sourceColumn))).toEqual(['uid-1', 'uid-2', 'uid-3', '']);
    expect(tracker.content('meetings', 2, partnerColumn)).toBe('Ben Example');
    expect(tracker.usedRows('meetings')).toBe(3);
  });
});
