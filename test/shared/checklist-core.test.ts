/**
 * The checklist's host-neutral parts: the port's rules, reading and planning
 * on cell grids, the texts in both languages, and the google.script.run port.
 */
import { CHECKLIST } from '../../shared/checklist';
import {
  adjacentRuns,
  latestCheck,
  checkColumns,
  planSave,
  trackerSheetsByPreference,
  loadedChecks,
  loadedPartners,
  type HostGrid,
} from '../../shared/checklist-tracker';
import { CHECKLIST_TEXTS } from '../../shared/messages/checklist';
import { QUESTION_HELP, QUESTION_LABELS } from '../../shared/messages/checklist-questions';
import { TEXT_FORMAT, blockFormats, isText, rowFormats, textRuns } from '../../shared/cell-writes';
import { PortError, isIsoDate, validateCheck, valueOfReply, type PortProblem } from '../../shared/port';
import { CHECK_COLUMNS, PARTNER_COLUMNS, headersFor } from '../../shared/tracker';
import { isoDateFromSerial, serialFromIsoDate } from '../../shared/dates';
import { scriptRunPort, type ScriptRunner } from '../../gas/sidebar/script-run-port';

const ANSWERS = [true, false, true, true, false, true, true, true, false];
const checksHeader = headersFor(CHECK_COLUMNS, 'en');
const partnersHeader = headersFor(PARTNER_COLUMNS, 'en');
const readText = (cell: unknown) => (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? cell : null);

describe('the port rules', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2025-13-01', '14.03.2025', '2025-3-14', 20250314, null]) expect(isIsoDate(bad)).toBe(false);
  });

  it('validates a check and says what is wrong with a bad one', () => {
    const good = { partner: ' Clara ', location: { sheet: 'Partners', row: 3 }, checkedOn: '2025-03-14', answers: ANSWERS };
    expect(validateCheck(good)).toEqual({ ...good, partner: 'Clara' });
    expect(validateCheck({ ...good, location: { sheet: 'Partners', row: 0 } }).location).toBeNull();
    const detail = (input: unknown) => {
      try {
        validateCheck(input);
      } catch (error) {
        return (error as PortError).problem;
      }
      throw new Error('accepted');
    };
    expect(detail(null)).toEqual({ kind: 'invalidCheck', reason: 'malformed' });
    expect(detail('Clara')).toEqual({ kind: 'invalidCheck', reason: 'malformed' });
    expect(detail({ ...good, partner: '  ' })).toEqual({ kind: 'invalidCheck', reason: 'noPartner' });
    expect(detail({ ...good, partner: 7 })).toEqual({ kind: 'invalidCheck', reason: 'noPartner' });
    expect(detail({ ...good, answers: [...ANSWERS.slice(0, 8), 'yes'] })).toEqual({ kind: 'invalidCheck', reason: 'unanswered' });
    expect(detail({ ...good, answers: ANSWERS.slice(0, 8) })).toEqual({ kind: 'invalidCheck', reason: 'unanswered' });
    expect(detail({ ...good, checkedOn: '2025-02-30' })).toEqual({ kind: 'invalidCheck', reason: 'malformed' });
    expect(detail({ ...good, checkedOn: undefined })).toEqual({ kind: 'invalidCheck', reason: 'malformed' });
  });

  it('unwraps replies, turning a failed one into its PortError', () => {
    expect(valueOfReply({ ok: true, value: 4 })).toBe(4);
    expect(() => valueOfReply({ ok: false, problem: { kind: 'noTracker' } })).toThrow(new PortError({ kind: 'noTracker' }));
    for (const unreadable of [undefined, null, 'ok', { ok: false }, { value: 4 }]) {
      let problem: unknown;
      try {
        valueOfReply(unreadable as never);
      } catch (error) {
        problem = (error as PortError).problem;
      }
      expect(problem).toEqual({ kind: 'unreadableReply' });
    }
    expect(CHECKLIST_TEXTS.de.problem({ kind: 'unreadableReply' })).toMatch(/Schließen Sie die Checkliste und öffnen Sie sie erneut\.$/);
  });
});

describe('dates in Excel', () => {
  it('converts serial numbers and calendar dates both ways', () => {
    expect(serialFromIsoDate('1900-03-01')).toBe(61);
    expect(serialFromIsoDate('2025-03-14')).toBe(45730);
    expect(isoDateFromSerial(45730)).toBe('2025-03-14');
    expect(isoDateFromSerial(45730.75)).toBe('2025-03-14');
    for (const bad of ['45730', 0, -3, NaN, true]) expect(isoDateFromSerial(bad)).toBeNull();
  });
});

describe('reading the tracker from cell grids', () => {
  it('prefers the selected sheet, then the tracker names, then other sheets with the headers', () => {
    const sheets = [
      { name: 'Old partners', header: partnersHeader },
      { name: 'Notes', header: ['Partner', 'Note'] },
      { name: 'Partners', header: partnersHeader },
      { name: 'Partner (2)', header: headersFor(PARTNER_COLUMNS, 'de') },
    ];
    expect(trackerSheetsByPreference(sheets, 'partners')).toEqual(['Partners', 'Old partners', 'Partner (2)']);
    expect(trackerSheetsByPreference(sheets, 'partners', 'Partner (2)')).toEqual(['Partner (2)', 'Partners', 'Old partners']);
    expect(trackerSheetsByPreference(sheets, 'checks')).toEqual([]);
  });

  it('takes the latest check of a partner, of two on one day the lower row', () => {
    const values: HostGrid = [
      checksHeader,
      ['2025-01-02', 'Clara', ...ANSWERS.map(() => true), 9],
      ['2025-02-01', 'clara ', ...ANSWERS, ''],
      ['2025-02-01', 'Clara', ...ANSWERS.map((answer) => (answer ? 'ja' : 'nein')), 6],
      ['2025-03-01', 'Ben', ...ANSWERS, 6],
      ['not a date', 'Clara', ...ANSWERS, 6],
    ];
    expect(latestCheck(values, checkColumns(checksHeader)!, 'Clara', readText)).toEqual({
      checkedOn: '2025-02-01',
      answers: ANSWERS,
      score: 6,
    });
    values[3][5] = 'maybe';
    expect(latestCheck(values, checkColumns(checksHeader)!, 'Clara', readText)!.answers[3]).toBeNull();
    expect(latestCheck(values, checkColumns(checksHeader)!, 'Anna', readText)).toBeNull();
  });

  it('writes the Checks row under the headers wherever the columns stand', () => {
    const shuffled = ['Notes', ...checksHeader.slice().reverse()];
    const partners = loadedPartners('Partners', [partnersHeader, ['Clara', ...new Array<string>(partnersHeader.length - 1).fill('')]])!;
    const checks = loadedChecks('Checks', [shuffled])!;
    const plan = planSave(
      { partners: [partners], checks },
      { partner: 'clara', location: null, checkedOn: '2025-03-14', answers: ANSWERS },
      (date) => `D:${date}`,
    );
    expect(plan.checkRow).toEqual(['', 6, ...ANSWERS.slice().reverse(), 'Clara', 'D:2025-03-14']);
    expect(plan.partnerRuns).toEqual([{ column: partnersHeader.indexOf('Checklist score'), values: [6, 'D:2025-03-14'] }]);
    expect(plan.saved).toEqual({ partner: 'Clara', checkedOn: '2025-03-14', score: 6, location: { sheet: 'Partners', row: 2 } });
    // Below the last row read; the text cells to format first are the name and (here, as text) the date.
    expect(plan.checkRowNumber).toBe(2);
    expect(plan.checkRowText).toEqual([{ column: 11, length: 2 }]);
    const withDateCells = planSave(
      { partners: [partners], checks },
      { partner: 'clara', location: null, checkedOn: '2025-03-14', answers: ANSWERS },
      () => 45730,
    );
    expect(withDateCells.checkRowText).toEqual([{ column: 11, length: 1 }]);
  });

  it("dates the check with the host's today when the host knows it", () => {
    const partners = loadedPartners('Partners', [partnersHeader, ['Clara', ...new Array<string>(partnersHeader.length - 1).fill('')]])!;
    const checks = loadedChecks('Checks', [checksHeader, ['2025-01-01', 'Ben', ...ANSWERS, 6]])!;
    const check = { partner: 'Clara', location: null, checkedOn: '2025-03-14', answers: ANSWERS };
    const plan = planSave({ partners: [partners], checks }, check, (date) => `D:${date}`, { today: '2025-03-15' });
    expect(plan.saved.checkedOn).toBe('2025-03-15');
    expect(plan.checkRow[0]).toBe('D:2025-03-15');
    expect(plan.partnerRuns).toEqual([{ column: partnersHeader.indexOf('Checklist score'), values: [6, 'D:2025-03-15'] }]);
    expect(plan.checkRowNumber).toBe(3);
  });

  it('groups adjacent cells into one write each', () => {
    expect(
      adjacentRuns([
        { column: 2, value: 'a' },
        { column: 3, value: 'b' },
        { column: 7, value: 'c' },
      ]),
    ).toEqual([
      { column: 2, values: ['a', 'b'] },
      { column: 7, values: ['c'] },
    ]);
  });
});

describe('writing cells so that they keep what they were given', () => {
  it('gives text cells the text format and every other cell the format it would have had', () => {
    const row = ['=IMAGE("x")', 7, '', true, new Date(0), '007', 'Notes'];
    expect(rowFormats(row, ['d', 'n', 'g', 'b', 'd', 'g', 'g'])).toEqual([TEXT_FORMAT, 'n', 'g', 'b', 'd', TEXT_FORMAT, TEXT_FORMAT]);
    expect(rowFormats(row, 'General')).toEqual([TEXT_FORMAT, 'General', 'General', 'General', 'General', TEXT_FORMAT, TEXT_FORMAT]);
    expect(
      blockFormats(
        [
          ['Partner', ''],
          ['Ann', 3],
        ],
        (index) => (index === 0 ? 'General' : ['@x', '0']),
      ),
    ).toEqual([
      [TEXT_FORMAT, 'General'],
      [TEXT_FORMAT, '0'],
    ]);
    expect(TEXT_FORMAT).toBe('@');
  });

  it('counts only non-empty strings as text', () => {
    expect([' ', 'a', '', 0, false, null, undefined, new Date(0)].map(isText)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('finds the runs of adjacent text cells, so each is formatted with one call', () => {
    expect(textRuns([1, 'a', 'b', '', 'c', true, 'd'])).toEqual([
      { column: 1, length: 2 },
      { column: 4, length: 1 },
      { column: 6, length: 1 },
    ]);
    expect(textRuns([1, '', false])).toEqual([]);
  });
});

describe('the checklist texts', () => {
  const problems: PortProblem[] = [
    { kind: 'noTracker' },
    { kind: 'noChecksSheet' },
    { kind: 'partnerNotFound', partner: 'Clara' },
    { kind: 'invalidCheck', reason: 'malformed' },
    { kind: 'invalidCheck', reason: 'noPartner' },
    { kind: 'invalidCheck', reason: 'unanswered' },
    { kind: 'unreadableReply' },
    { kind: 'busy' },
    { kind: 'hostFailure', message: 'timeout' },
  ];

  it.each(['en', 'de'] as const)('in %s say what happened for every problem', (language) => {
    const texts = CHECKLIST_TEXTS[language];
    const messages = problems.map(texts.problem);
    expect(new Set(messages).size).toBe(problems.length);
    for (const message of messages) expect(message.length).toBeGreaterThan(15);
    expect(messages[2]).toContain('Clara');
  });

  it('tell the user that someone else is saving and what to do, in both languages', () => {
    expect(CHECKLIST_TEXTS.en.problem({ kind: 'busy' })).toMatch(
      /^Someone else is saving .*nothing was written\. Wait a moment, then choose Save check again\.$/,
    );
    expect(CHECKLIST_TEXTS.de.problem({ kind: 'busy' })).toMatch(/^Gerade speichert jemand anderes .*Prüfung speichern\.$/);
    expect(CHECKLIST_TEXTS.de.problem({ kind: 'busy' })).toContain(CHECKLIST_TEXTS.de.save);
    expect(CHECKLIST_TEXTS.en.problem({ kind: 'busy' })).toContain(CHECKLIST_TEXTS.en.save);
  });

  it('word what is missing for referrals in both languages', () => {
    expect(CHECKLIST_TEXTS.en.referralMissing(null, 2)).toBe(
      'Not referral-ready yet: needs hours together recorded in the tracker and 2 more “yes” answers (90 hours and a score of 7).',
    );
    expect(CHECKLIST_TEXTS.de.referralMissing(12.5, 1)).toBe(
      'Noch nicht bereit für Empfehlungen: Es fehlen noch 12,5 gemeinsame Stunden und 1 Ja-Antwort (nötig sind 90 Stunden und 7 Punkte).',
    );
  });

  it('count hours and answers by the plural rules, in whole sentences whose verb agrees', () => {
    expect(CHECKLIST_TEXTS.en.hoursToGo(1, 'Friend')).toBe('1 hour to go to Friend');
    expect(CHECKLIST_TEXTS.en.hoursToGo(1.5, 'Friend')).toBe('1.5 hours to go to Friend');
    expect(CHECKLIST_TEXTS.de.hoursToGo(1, 'Freundschaft')).toBe('Noch 1 Stunde bis zur Stufe „Freundschaft“');
    expect(CHECKLIST_TEXTS.de.hoursToGo(0.5, 'Freundschaft')).toBe('Noch 0,5 Stunden bis zur Stufe „Freundschaft“');
    expect(CHECKLIST_TEXTS.en.referralMissing(1, 0)).toBe(
      'Not referral-ready yet: needs 1 more hour together (90 hours and a score of 7).',
    );
    expect(CHECKLIST_TEXTS.en.referralMissing(0, 1)).toBe('Not referral-ready yet: needs 1 more “yes” answer (90 hours and a score of 7).');
    expect(CHECKLIST_TEXTS.de.referralMissing(1, 0)).toBe(
      'Noch nicht bereit für Empfehlungen: Es fehlt noch 1 gemeinsame Stunde (nötig sind 90 Stunden und 7 Punkte).',
    );
    expect(CHECKLIST_TEXTS.de.referralMissing(0, 1)).toBe(
      'Noch nicht bereit für Empfehlungen: Es fehlt noch 1 Ja-Antwort (nötig sind 90 Stunden und 7 Punkte).',
    );
    expect(CHECKLIST_TEXTS.de.referralMissing(0, 3)).toBe(
      'Noch nicht bereit für Empfehlungen: Es fehlen noch 3 Ja-Antworten (nötig sind 90 Stunden und 7 Punkte).',
    );
    expect(CHECKLIST_TEXTS.de.referralMissing(1, 1)).toBe(
      'Noch nicht bereit für Empfehlungen: Es fehlen noch 1 gemeinsame Stunde und 1 Ja-Antwort (nötig sind 90 Stunden und 7 Punkte).',
    );
    expect(CHECKLIST_TEXTS.de.referralMissing(null, 2)).toBe(
      'Noch nicht bereit für Empfehlungen: Es fehlen die gemeinsamen Stunden in der Liste und noch 2 Ja-Antworten (nötig sind 90 Stunden und 7 Punkte).',
    );
    expect(CHECKLIST_TEXTS.de.referralMissing(null, 0)).toBe(
      'Noch nicht bereit für Empfehlungen: Es fehlen die gemeinsamen Stunden in der Liste (nötig sind 90 Stunden und 7 Punkte).',
    );
  });

  it('speak German that agrees: one object per verb, a capital after the colon before a whole sentence', () => {
    expect(CHECKLIST_TEXTS.de.band.strong).toBe('Starke Beziehung: Sie kennen die Person und vertrauen ihr genug, um sie zu empfehlen.');
    expect(CHECKLIST_TEXTS.de.band.weak).toBe('Junge Beziehung: Lernen Sie die Person besser kennen, bevor Sie sie empfehlen.');
    expect(CHECKLIST_TEXTS.de.band.growing).toBe('Wachsende Beziehung: Verbringen Sie weiter Zeit miteinander.');
    expect(CHECKLIST_TEXTS.de.progressTo('Lockere Freundschaft')).toBe('Fortschritt zur Stufe „Lockere Freundschaft“');
  });

  it('have a label and help in both languages for every question', () => {
    for (const question of CHECKLIST) {
      for (const language of ['en', 'de'] as const) {
        expect(QUESTION_LABELS[question.id][language]).toMatch(/\S/);
        expect(QUESTION_HELP[question.id][language]).toMatch(/\S/);
      }
    }
    expect(Object.keys(QUESTION_LABELS).sort()).toEqual(CHECKLIST.map((question) => question.id).sort());
    expect(Object.keys(QUESTION_HELP).sort()).toEqual(CHECKLIST.map((question) => question.id).sort());
  });
});

describe('the google.script.run port', () => {
  /** A runner like google.script.run, answering each server function from `answers`. */
  function fakeRunner(answers: Record<string, { reply?: unknown; fail?: Error }>) {
    const calls: { name: string; args: unknown[]; hadFailureHandler: boolean }[] = [];
    const runner = (success?: (value: unknown) => void, failure?: (error: unknown) => void): ScriptRunner => {
      const api: ScriptRunner = {
        withSuccessHandler: (handler) => runner(handler, failure),
        withFailureHandler: (handler) => runner(success, handler),
      };
      for (const name of Object.keys(answers)) {
        api[name] = (...args: unknown[]) => {
          calls.push({ name, args, hadFailureHandler: failure !== undefined });
          const answer = answers[name];
          setTimeout(() => (answer.fail ? failure?.(answer.fail) : success?.(answer.reply)), 0);
        };
      }
      return api;
    };
    return { calls, run: () => runner() };
  }

  it('calls each server function with a failure handler and unwraps the reply', async () => {
    const { calls, run } = fakeRunner({
      bondstageChecklistContext: { reply: { ok: true, value: { language: 'en', partners: [], selected: null } } },
      bondstageChecklistPartner: { reply: { ok: false, problem: { kind: 'partnerNotFound', partner: 'Ann' } } },
      bondstageChecklistSave: { fail: new Error('Exception: Service Spreadsheets timed out') },
    });
    const port = scriptRunPort(run);
    expect(await port.loadChecklistContext()).toEqual({ language: 'en', partners: [], selected: null });
    await expect(port.loadPartner('Ann')).rejects.toEqual(new PortError({ kind: 'partnerNotFound', partner: 'Ann' }));
    const check = { partner: 'Ann', location: null, checkedOn: '2025-03-14', answers: ANSWERS };
    await expect(port.saveCheck(check)).rejects.toEqual(
      new PortError({ kind: 'hostFailure', message: 'Exception: Service Spreadsheets timed out' }),
    );
    expect(calls).toEqual([
      { name: 'bondstageChecklistContext', args: [], hadFailureHandler: true },
      { name: 'bondstageChecklistPartner', args: ['Ann'], hadFailureHandler: true },
      { name: 'bondstageChecklistSave', args: [check], hadFailureHandler: true },
    ]);
  });

  it('hands the busy reply of a save on as a PortError the checklist explains', async () => {
    const { run } = fakeRunner({ bondstageChecklistSave: { reply: { ok: false, problem: { kind: 'busy' } } } });
    const check = { partner: 'Ann', location: null, checkedOn: '2025-03-14', answers: ANSWERS };
    await expect(scriptRunPort(run).saveCheck(check)).rejects.toEqual(new PortError({ kind: 'busy' }));
  });

  it('says the add-on needs reinstalling when a server function is missing', async () => {
    const { run } = fakeRunner({});
    await expect(scriptRunPort(run).loadChecklistContext()).rejects.toEqual(
      new PortError({ kind: 'hostFailure', message: 'the add-on has no server function bondstageChecklistContext; reinstall it' }),
    );
  });
});
