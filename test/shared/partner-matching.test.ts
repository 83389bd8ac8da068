/**
 * A meeting counts for a partner exactly when its partner cell names the
 * partner under the one rule of shared/partner-names.ts, whatever characters
 * the name holds. The tracker's formula text, as each host writes it, is
 * evaluated by the formula engine and compared with a plain TypeScript sum and
 * maximum over random names and meetings.
 */
import fc from 'fast-check';
import { excelSerialDate } from '../../shared/dates';
import { partnerKey } from '../../shared/partner-names';
import type { Dialect } from '../../shared/tracker';
import { type MeetingInput, type PartnerInput, partnerColumn, trackerEngine } from '../support/tracker-engine';

/** Today as the engine's TODAY() gives it; the recent window is the 90 days before (the Settings default). */
const TODAY = Math.floor(excelSerialDate(new Date()));

/** Characters that criteria, formulas, markup and CSV would read as syntax, beside letters, digits and spaces. */
const SYNTAX_RICH = [
  '<',
  '>',
  '=',
  '*',
  '?',
  '~',
  '"',
  "'",
  '&',
  '+',
  '-',
  '@',
  '#',
  '!',
  ':',
  ';',
  ',',
  '%',
  '$',
  '[',
  ']',
  '{',
  '}',
  '\\',
  '/',
];
const ORDINARY = ['a', 'A', 'n', 'N', 'ä', 'Ä', 'é', 'É', '0', '1', '7', ' ', ' ', ' '];

const nameArbitrary = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(fc.constantFrom(...SYNTAX_RICH, ...ORDINARY), { minLength: 1, maxLength: 12 }).map((chars) => chars.join('')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<b>x</b>',
      'Anna*',
      'Anna Beispiel',
      'Ann?',
      '~*',
      '=1+1',
      "'quoted",
      '007',
      '1e3',
      'TRUE',
      '1/2',
      '>=5',
      '<>',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 300, maxLength: 300 }).map((text) => `Long ${text.replace(/[\u0000-\u001f]/g, 'x')}`) },
);

/** A meeting's partner cell: one of the partners' names, re-cased and re-spaced, or another name, or blank. */
function meetingNameArbitrary(names: readonly string[]) {
  const variant = (name: string) =>
    fc.constantFrom(name, name.toUpperCase(), name.toLowerCase(), `  ${name} `, name.replace(/ /g, '  '), `${name}x`, name.slice(1));
  return names.length
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...names).chain(variant) },
        { weight: 1, arbitrary: nameArbitrary },
        { weight: 1, arbitrary: fc.constant('') },
      )
    : nameArbitrary;
}

const trackerArbitrary = fc.array(nameArbitrary, { minLength: 1, maxLength: 6 }).chain((names) =>
  fc.record({
    names: fc.constant(names),
    meetings: fc.array(
      fc.record({
        partner: meetingNameArbitrary(names),
        hours: fc.integer({ min: 0, max: 400 }).map((quarters) => quarters / 4),
        // Dates around today too, so the last 90 days hold some meetings.
        date: fc.option(fc.oneof(fc.integer({ min: 40_000, max: 47_000 }), fc.integer({ min: TODAY - 120, max: TODAY })), { freq: 5 }),
      }),
      { maxLength: 16 },
    ),
  }),
);

function expected(names: readonly string[], meetings: readonly MeetingInput[]) {
  return names.map((name) => {
    const key = partnerKey(name);
    if (key === '') return { hours: '', recent: '', last: '' };
    const own = meetings.filter((meeting) => partnerKey(meeting.partner as string) === key);
    const dates = own.flatMap((meeting) => (typeof meeting.date === 'number' ? [meeting.date] : []));
    const sum = (list: readonly MeetingInput[]) => list.reduce((total, meeting) => total + (meeting.hours as number), 0);
    const recent = own.filter((meeting) => typeof meeting.date === 'number' && meeting.date > TODAY - 90);
    return { hours: sum(own), recent: sum(recent), last: dates.length ? Math.max(...dates) : '' };
  });
}

describe.each<Dialect>(['sheets', 'excel'])('partner matching in the %s formulas', (dialect) => {
  it('gives each partner the hours, recent hours and last contact of exactly its own meetings', () => {
    fc.assert(
      fc.property(trackerArbitrary, ({ names, meetings }) => {
        const partners: PartnerInput[] = names.map((partner) => ({ partner }));
        const engine = trackerEngine(dialect, partners, meetings);
        try {
          const rows = engine.values('Partners').slice(1, names.length + 1);
          const actual = rows.map((row) => ({
            hours: row[partnerColumn('hoursTogether')],
            recent: row[partnerColumn('recentHours')],
            last: row[partnerColumn('lastContact')],
          }));
          expect(actual).toEqual(expected(names, meetings));
        } finally {
          engine.destroy();
        }
      }),
      { numRuns: dialect === 'sheets' ? 150 : 80 },
    );
  });

  it.each([
    ['a comparison', '<b>x</b>'],
    ['wildcards', 'Anna*'],
    ['a tilde', '~?'],
    ['a leading apostrophe', "'Anna"],
    ['digits only', '007'],
    ['a formula', '=IMAGE("https://example.com/x.png")'],
    ['300 characters', `N${'x'.repeat(299)}`],
  ])('matches a name with %s exactly, and only that name', (_label, name) => {
    const meetings: MeetingInput[] = [
      { date: 45_000, partner: name, hours: 3 },
      { date: 45_010, partner: `  ${name.toUpperCase()} `, hours: 4 },
      { date: 45_020, partner: 'Anna Beispiel', hours: 50 },
      { date: 45_030, partner: 'anna beispiel', hours: 1 },
      { date: 45_040, partner: '7', hours: 11 },
    ];
    const engine = trackerEngine(dialect, [{ partner: name }, { partner: 'Anna Beispiel' }], meetings);
    const rows = engine.values('Partners');
    expect([rows[1][partnerColumn('hoursTogether')], rows[1][partnerColumn('lastContact')]]).toEqual([7, 45_010]);
    expect([rows[2][partnerColumn('hoursTogether')], rows[2][partnerColumn('lastContact')]]).toEqual([51, 45_030]);
    expect(rows[1][partnerColumn('stage')]).toBe('Acquaintance');
    expect(rows[0][partnerColumn('stage')]).toBe('Stage');
    engine.destroy();
  });
});
