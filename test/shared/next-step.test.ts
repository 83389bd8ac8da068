import fc from 'fast-check';
import { catalogFunction } from '../../shared/catalog';
import { type CellResult, type FunctionResult, InputError } from '../../shared/cells';
import { serialFromIsoDate } from '../../shared/dates';
import { problemMessage } from '../../shared/messages/functions';
import { formatDay, nextStepText } from '../../shared/messages/next-step';
import { NEXT_STEP_KINDS, type PartnerStanding, nextStep } from '../../shared/next-step';
import { vcpPhase } from '../../shared/vcp';

const day = serialFromIsoDate;
const AS_OF = day('2026-12-07');

function shown(result: FunctionResult): unknown {
  const show = (cell: CellResult) => (cell instanceof InputError ? `ERROR: ${problemMessage(cell.problem, 'en')}` : cell);
  return Array.isArray(result) ? result.map((row) => row.map(show)) : show(result);
}
const run = (name: string, ...args: unknown[]) => shown(catalogFunction(name).evaluate(args as never));

const partner = (standing: Partial<PartnerStanding>): PartnerStanding => ({
  hours: 0,
  referralsGiven: 0,
  referralsReceived: 0,
  ...standing,
});

describe('the VCP phase', () => {
  it.each([
    [0, undefined, 0, 'visibility'],
    [89.9, 6, 0, 'visibility'],
    [90, undefined, 0, 'credibility'],
    [10, 7, 0, 'credibility'],
    [10, 9, 0, 'credibility'],
    [0, undefined, 1, 'profitability'],
    [300, 9, 5, 'profitability'],
  ])('%p hours, score %p, %p referrals received: %s', (hours, score, received, phase) => {
    expect(vcpPhase(hours, score, received)).toBe(phase);
  });

  it('takes the friend threshold from the thresholds', () => {
    expect(vcpPhase(57, undefined, 0, [43, 57, 119])).toBe('credibility');
    expect(vcpPhase(90, undefined, 0, [50, 100, 200])).toBe('visibility');
  });
});

describe('VCPPHASE', () => {
  it('names the phase in English or German', () => {
    expect(run('VCPPHASE', 95, 5, 0)).toBe('Credibility');
    expect(run('VCPPHASE', [[10], [95], [10], [10]], [[''], [''], [7], ['']], [[0], [''], [''], [2]], 'de')).toEqual([
      ['Sichtbarkeit'],
      ['Glaubwürdigkeit'],
      ['Glaubwürdigkeit'],
      ['Profitabilität'],
    ]);
  });

  it('is blank for blank hours, and reads a blank score as no checklist and blank referrals as none', () => {
    expect(run('VCPPHASE', '', 9, 3)).toBe('');
    expect(run('VCPPHASE', 10, '', '')).toBe('Visibility');
  });

  it('follows the thresholds given', () => {
    expect(run('VCPPHASE', 60, '', 0, 'en', [[43, 57, 119]])).toBe('Credibility');
  });

  it.each([
    [[10, 10, 0], 'score must be a whole number from 0 to 9, e.g. 7 (got 10)'],
    [[10, 5, -1], 'referrals_received must be a whole number of 0 or more, e.g. 2 (got -1)'],
    [[10, 5, 1.5], 'referrals_received must be a whole number of 0 or more, e.g. 2 (got 1.5)'],
    [[10, 5, 'two'], 'referrals_received must be a whole number of 0 or more, e.g. 2 (got "two")'],
    [[10, 5, 0, 'fr'], 'language must be "en" or "de" (got "fr")'],
  ])('refuses %j: %s', (args, message) => {
    expect(run('VCPPHASE', ...args)).toBe(`ERROR: ${message}`);
  });
});

describe('the next step', () => {
  it('1. meet when the next contact was due before as_of', () => {
    expect(nextStep(partner({ hours: 300, nextContactDue: AS_OF - 1 }), AS_OF)).toEqual({ kind: 'meet', overdueSince: AS_OF - 1 });
    expect(nextStep(partner({ hours: 10, nextContactDue: AS_OF }), AS_OF).kind).toBe('keepMeeting');
    expect(nextStep(partner({ hours: 10, nextContactDue: AS_OF + 30 }), AS_OF).kind).toBe('keepMeeting');
  });

  it('2. the bond checklist from casual-friend hours, when there is none or the last is more than 180 days old', () => {
    expect(nextStep(partner({ hours: 49.9 }), AS_OF).kind).toBe('keepMeeting');
    expect(nextStep(partner({ hours: 50 }), AS_OF).kind).toBe('checklist');
    expect(nextStep(partner({ hours: 50, score: 5, checkedOn: AS_OF - 180 }), AS_OF).kind).toBe('keepMeeting');
    expect(nextStep(partner({ hours: 50, score: 5, checkedOn: AS_OF - 181 }), AS_OF).kind).toBe('checklist');
    expect(nextStep(partner({ hours: 50, score: 5 }), AS_OF).kind).toBe('checklist');
    expect(nextStep(partner({ hours: 50, checkedOn: AS_OF - 181 }), AS_OF, { renewalDays: 365 }).kind).toBe('keepMeeting');
    expect(nextStep(partner({ hours: 43 }), AS_OF, { thresholds: [43, 57, 119] }).kind).toBe('checklist');
  });

  it('3. ask for a referral in Credibility when referral ready', () => {
    const ready = { hours: 90, score: 7, checkedOn: AS_OF - 10 };
    expect(nextStep(partner(ready), AS_OF).kind).toBe('askReferral');
    expect(nextStep(partner({ ...ready, score: 6 }), AS_OF).kind).toBe('keepMeeting');
    expect(nextStep(partner({ ...ready, hours: 89.9 }), AS_OF).kind).toBe('keepMeeting');
    expect(nextStep(partner({ ...ready, referralsReceived: 1 }), AS_OF).kind).toBe('keepMeeting');
    expect(nextStep(partner({ ...ready, hours: 95 }), AS_OF, { minHours: 100 }).kind).toBe('keepMeeting');
    expect(nextStep(partner({ ...ready, score: 6 }), AS_OF, { minScore: 6 }).kind).toBe('askReferral');
  });

  it('4. give a referral back after at least 2 more received than given', () => {
    const base = { hours: 100, score: 5, checkedOn: AS_OF };
    expect(nextStep(partner({ ...base, referralsReceived: 3, referralsGiven: 1 }), AS_OF).kind).toBe('giveBack');
    expect(nextStep(partner({ ...base, referralsReceived: 3, referralsGiven: 2 }), AS_OF).kind).toBe('keepMeeting');
  });

  it('5. keep meeting, with the hours to the next stage; at the top stage keep in touch', () => {
    expect(nextStep(partner({ hours: 30 }), AS_OF)).toEqual({ kind: 'keepMeeting', hoursToNext: 20, nextStage: 'casualFriend' });
    expect(nextStep(partner({ hours: 200, score: 9, checkedOn: AS_OF, referralsReceived: 1 }), AS_OF)).toEqual({
      kind: 'keepMeeting',
      hoursToNext: 0,
      nextStage: undefined,
    });
  });

  it('takes the first rule that applies', () => {
    const everything = partner({ hours: 95, nextContactDue: AS_OF - 3, referralsReceived: 2 });
    expect(nextStep(everything, AS_OF).kind).toBe('meet');
    expect(nextStep({ ...everything, nextContactDue: undefined }, AS_OF).kind).toBe('checklist');
    expect(nextStep({ ...everything, nextContactDue: undefined, score: 8, checkedOn: AS_OF }, AS_OF).kind).toBe('giveBack');
    expect(nextStep({ ...everything, nextContactDue: undefined, score: 8, checkedOn: AS_OF, referralsReceived: 0 }, AS_OF).kind).toBe(
      'askReferral',
    );
  });

  it('is always one of the five', () => {
    const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          hours: fc.double({ min: 0, max: 1000, noNaN: true }),
          score: optional(fc.integer({ min: 0, max: 9 })),
          checkedOn: optional(fc.integer({ min: 40_000, max: 50_000 })),
          nextContactDue: optional(fc.integer({ min: 40_000, max: 50_000 })),
          referralsGiven: fc.nat(20),
          referralsReceived: fc.nat(20),
        }),
        fc.integer({ min: 40_000, max: 50_000 }),
        fc.constantFrom('en' as const, 'de' as const),
        (standing, asOf, language) => {
          const step = nextStep(standing, asOf);
          const text = nextStepText(step, language);
          return NEXT_STEP_KINDS.includes(step.kind) && text.length > 0 && !text.includes('undefined') && !text.includes('NaN');
        },
      ),
    );
  });
});

describe('the next step in words', () => {
  it('writes dates as each language does', () => {
    expect(formatDay(day('2026-11-02'), 'en')).toBe('2 Nov 2026');
    expect(formatDay(day('2026-11-02'), 'de')).toBe('02.11.2026');
  });

  it.each([
    [{ kind: 'meet', overdueSince: day('2026-11-02') }, 'Meet – overdue since 2 Nov 2026', 'Treffen – fällig seit 02.11.2026'],
    [{ kind: 'checklist' }, 'Do the bond checklist', 'Beziehungs-Checkliste ausfüllen'],
    [{ kind: 'askReferral' }, 'Ask for a referral', 'Um eine Empfehlung bitten'],
    [{ kind: 'giveBack' }, 'Give a referral back', 'Eine Empfehlung zurückgeben'],
    [
      { kind: 'keepMeeting', hoursToNext: 30, nextStage: 'friend' },
      'Keep meeting – 30 hours to Friend',
      'Weiter treffen – noch 30 Stunden bis zur Stufe Freundschaft',
    ],
    [
      { kind: 'keepMeeting', hoursToNext: 1, nextStage: 'casualFriend' },
      'Keep meeting – 1 hour to Casual friend',
      'Weiter treffen – noch 1 Stunde bis zur Stufe Lockere Freundschaft',
    ],
    [
      { kind: 'keepMeeting', hoursToNext: 12.3, nextStage: 'closeFriend' },
      'Keep meeting – 12.3 hours to Close friend',
      'Weiter treffen – noch 12,3 Stunden bis zur Stufe Enge Freundschaft',
    ],
    [
      { kind: 'keepMeeting', hoursToNext: 0.04, nextStage: 'friend' },
      'Keep meeting – 0.1 hours to Friend',
      'Weiter treffen – noch 0,1 Stunden bis zur Stufe Freundschaft',
    ],
    [{ kind: 'keepMeeting', hoursToNext: 0, nextStage: undefined }, 'Keep in touch', 'In Kontakt bleiben'],
  ] as const)('%j: "%s" / "%s"', (step, english, german) => {
    expect(nextStepText(step, 'en')).toBe(english);
    expect(nextStepText(step, 'de')).toBe(german);
  });
});

describe('NEXTSTEP', () => {
  const call = (row: unknown[], ...rest: unknown[]) => run('NEXTSTEP', ...row, AS_OF, ...rest);

  it('gives each rule as a sentence', () => {
    expect(call([95, 8, day('2026-10-01'), day('2026-11-02'), 1, 0])).toBe('Meet – overdue since 2 Nov 2026');
    expect(call([95, 8, day('2026-10-01'), day('2026-11-02'), 1, 0], 'de')).toBe('Treffen – fällig seit 02.11.2026');
    expect(call([60, '', '', '', '', ''])).toBe('Do the bond checklist');
    expect(call([95, 8, day('2026-10-01'), '', 1, 0])).toBe('Ask for a referral');
    expect(call([95, 5, day('2026-10-01'), '', 0, 2])).toBe('Give a referral back');
    expect(call([10, '', '', '', '', ''])).toBe('Keep meeting – 40 hours to Casual friend');
    expect(call([250, 9, day('2026-10-01'), '', 4, 4], 'de')).toBe('In Kontakt bleiben');
  });

  it('reads dates as Sheets (Date) and Excel (serial) pass them, and ISO text', () => {
    expect(run('NEXTSTEP', 95, 8, new Date(2026, 9, 1), new Date(2026, 10, 2), 1, 0, new Date(2026, 11, 7))).toBe(
      'Meet – overdue since 2 Nov 2026',
    );
    expect(run('NEXTSTEP', 95, 8, '2026-10-01', '2026-11-02', 1, 0, '2026-12-07')).toBe('Meet – overdue since 2 Nov 2026');
  });

  it("reads Excel desktop's 0 for blank date cells as blank, so a partner without a checklist is asked for one", () => {
    expect(call([60, 0, 0, 0, 0, 0])).toBe('Do the bond checklist');
  });

  it('is blank for a blank partner row or a blank as_of', () => {
    expect(call(['', '', '', '', '', ''])).toBe('');
    expect(run('NEXTSTEP', 95, 8, '', '', '', '', '')).toBe('');
    expect(run('NEXTSTEP', [[''], [10]], '', '', '', '', '', AS_OF)).toEqual([[''], ['Keep meeting – 40 hours to Casual friend']]);
  });

  it('follows the thresholds and the settings after them', () => {
    expect(call([45, '', '', '', '', ''], 'en', [[43, 57, 119]])).toBe('Do the bond checklist');
    expect(call([95, 8, day('2026-05-01'), '', 0, 0], 'en', '', 365)).toBe('Ask for a referral');
    expect(call([95, 8, day('2026-10-01'), '', 0, 0], 'en', '', '', 100)).toBe('Keep meeting – 105 hours to Close friend');
    expect(call([95, 6, day('2026-10-01'), '', 0, 0], 'en', '', '', '', 6)).toBe('Ask for a referral');
  });

  it('maps a whole tracker column in one call', () => {
    expect(
      run(
        'NEXTSTEP',
        [[95], [60], [''], ['x']],
        [[8], [''], [''], [5]],
        [[day('2026-10-01')], [''], [''], ['']],
        [[''], [day('2026-12-01')], [''], ['']],
        [[0], [0], [''], [0]],
        [[0], [0], [''], [0]],
        AS_OF,
      ),
    ).toEqual([
      ['Ask for a referral'],
      ['Meet – overdue since 1 Dec 2026'],
      [''],
      ['ERROR: hours must be a number of 0 or more, e.g. 12.5 (got "x")'],
    ]);
  });

  it.each([
    [[95, 8, 'soon', '', 0, 0, AS_OF], 'checked_on must be a date, e.g. 2026-11-02 (got "soon")'],
    [[95, 8, '', true, 0, 0, AS_OF], 'next_contact_due must be a date, e.g. 2026-11-02 (got true)'],
    [[95, 8, '', '', -1, 0, AS_OF], 'referrals_given must be a whole number of 0 or more, e.g. 2 (got -1)'],
    [[95, 8, '', '', 0, 'x', AS_OF], 'referrals_received must be a whole number of 0 or more, e.g. 2 (got "x")'],
    [[95, 8, '', '', 0, 0, 'today'], 'as_of must be a date, e.g. 2026-11-02 (got "today")'],
    [[95, 8, '', '', 0, 0, AS_OF, 'fr'], 'language must be "en" or "de" (got "fr")'],
    [
      [95, 8, '', '', 0, 0, AS_OF, 'en', [[1, 2]]],
      'thresholds must be 3 numbers above 0, each larger than the one before, in one row or column, e.g. 50, 90, 200 (got a 1×2 range)',
    ],
    [[95, 8, '', '', 0, 0, AS_OF, 'en', '', -5], 'renewal_days must be a number of 0 or more, e.g. 90 (got -5)'],
    [[95, 8, '', '', 0, 0, AS_OF, 'en', '', '', 'many'], 'min_hours must be a number of 0 or more, e.g. 90 (got "many")'],
    [[95, 8, '', '', 0, 0, AS_OF, 'en', '', '', '', 10], 'min_score must be a whole number from 0 to 9, e.g. 7 (got 10)'],
    [[95, 8, '#N/A', '', 0, 0, AS_OF], 'a cell this result reads holds an error: correct that cell'],
  ])('refuses %j: %s', (args, message) => {
    expect(run('NEXTSTEP', ...args)).toBe(`ERROR: ${message}`);
  });

  it('writes its errors in German too', () => {
    const result = catalogFunction('NEXTSTEP').evaluate([95, 8, 'bald', '', 0, 0, AS_OF]);
    expect(result).toBeInstanceOf(InputError);
    expect(problemMessage((result as InputError).problem, 'de')).toBe(
      'checked_on muss ein Datum sein, z. B. 02.11.2026 (erhalten: "bald")',
    );
  });
});

describe('REFERRALREADY with minimums', () => {
  it('uses 90 hours and 7 unless given', () => {
    expect(run('REFERRALREADY', [[90], [89.9]], 7)).toEqual([[true], [false]]);
    expect(run('REFERRALREADY', 95, 7, 100)).toBe(false);
    expect(run('REFERRALREADY', 95, 6, '', 6)).toBe(true);
    expect(run('REFERRALREADY', 95, 7, null, null)).toBe(true);
  });

  it('refuses bad minimums', () => {
    expect(run('REFERRALREADY', 95, 7, -1)).toBe('ERROR: min_hours must be a number of 0 or more, e.g. 90 (got -1)');
    expect(run('REFERRALREADY', 95, 7, 90, 9.5)).toBe('ERROR: min_score must be a whole number from 0 to 9, e.g. 7 (got 9.5)');
  });
});
