/**
 * From occurrences to rows: partners matched by the tracker's one rule (whole
 * words, any case, spaces collapsed), by attendee name or address; kinds;
 * what is ticked; identities; and the append planned for Meetings, which
 * adds nothing the second time.
 */
import {
  ImportError,
  importList,
  kindLabel,
  kindOf,
  matchingText,
  nameAppearsIn,
  partnerMatcher,
  planMeetingsAppend,
  rowsToImport,
  validateImportRows,
  findMeetingsSheet,
  meetingSources,
  partnerEntries,
  type MeetingToImport,
  type Occurrence,
} from '../../shared/calendar';
import { loadedPartners } from '../../shared/tracker';
import { expand, fixture, PARTNERS } from './calendar-support';

function occurrence(fields: Partial<Occurrence>): Occurrence {
  return {
    identity: 'uid 2025-01-01T10:00:00Z',
    title: '',
    date: '2025-01-01',
    time: '10:00',
    hours: 1,
    allDay: false,
    location: '',
    videoCall: false,
    attendees: [],
    ...fields,
  };
}

describe('a partner name appearing in a title', () => {
  const appears = (name: string, title: string) => nameAppearsIn(matchingText(name), matchingText(title));

  it('is found as whole words, in any case, with runs of spaces as one', () => {
    expect(appears('Ann', 'Coffee with Ann')).toBe(true);
    expect(appears('Ann', "Ann's pitch")).toBe(true);
    expect(appears('ann becker', 'Breakfast with  ANN   Becker')).toBe(true);
    expect(appears('Ann Becker', 'Lunch (Ann Becker)')).toBe(true);
  });

  it('is not found inside another word', () => {
    expect(appears('Ann', 'Book club with Anna')).toBe(false);
    expect(appears('Ann', 'Joanne')).toBe(false);
    expect(appears('Bob', 'Bobby')).toBe(false);
    expect(appears('Ann', 'Anna and Ann')).toBe(true);
  });

  it('compares every character as itself: a name is no pattern', () => {
    expect(appears('A.n', 'Ann')).toBe(false);
    expect(appears('(Ann)', 'Meeting (Ann) today')).toBe(true);
    expect(appears('*', 'anything')).toBe(false);
    expect(appears('Zoë', 'Tea with ZOË')).toBe(true);
  });
});

describe('matching occurrences to partners', () => {
  const match = partnerMatcher(PARTNERS);

  it('finds partners in the title, in attendee names and by e-mail address, in partner order, each once', () => {
    expect(match(occurrence({ title: 'Dana Fox and Ann Becker' }))).toEqual(['Ann Becker', 'Dana Fox']);
    expect(match(occurrence({ attendees: [{ name: 'Bob Stone', email: 'b@x.example' }] }))).toEqual(['Bob Stone']);
    expect(match(occurrence({ attendees: [{ name: '', email: 'carla@diaz.example' }] }))).toEqual(['Carla Diaz']);
    expect(match(occurrence({ title: 'Ann Becker', attendees: [{ name: 'Ann Becker', email: '' }] }))).toEqual(['Ann Becker']);
    expect(match(occurrence({ title: 'Team lunch' }))).toEqual([]);
  });

  it('matches by address only where the tracker has one', () => {
    const withoutEmail = partnerMatcher([{ name: 'Carla Diaz', email: '' }]);
    expect(withoutEmail(occurrence({ attendees: [{ name: '', email: 'carla@diaz.example' }] }))).toEqual([]);
  });
});

describe('kinds', () => {
  it('are a call with a video link and no place, one-to-one with one partner, else an event', () => {
    expect(kindOf({ videoCall: true, location: '' }, 1)).toBe('call');
    expect(kindOf({ videoCall: true, location: 'Room 4' }, 1)).toBe('oneToOne');
    expect(kindOf({ videoCall: false, location: '' }, 1)).toBe('oneToOne');
    expect(kindOf({ videoCall: false, location: '' }, 2)).toBe('event');
    expect(kindOf({ videoCall: false, location: '' }, 0)).toBe('event');
    expect([kindLabel('call', 'en'), kindLabel('oneToOne', 'de'), kindLabel('event', 'de')]).toEqual([
      'Call',
      'Einzelgespräch',
      'Veranstaltung',
    ]);
  });
});

describe('the import list of a Google export', () => {
  const list = importList(expand(fixture('google')), partnerMatcher(PARTNERS), new Set());
  const lines = (title: string) => list.matched.filter((line) => line.occurrence.title === title);

  it('gives one line per partner, ticked unless all-day or longer than 12 hours', () => {
    const fair = list.matched.filter((line) => line.occurrence.title.startsWith('Trade fair'));
    expect(fair.map((line) => [line.partner, line.kind, line.ticked])).toEqual([
      ['Ann Becker', 'event', false],
      ['Bob Stone', 'event', false],
    ]);
    expect(lines('Coffee').map((line) => [line.partner, line.kind, line.ticked])).toEqual(
      new Array(4).fill(['Ann Becker', 'oneToOne', true]),
    );
    expect(lines('Quick sync').map((line) => [line.partner, line.kind])).toEqual([['Carla Diaz', 'call']]);
  });

  it('lists what matches nobody apart, unticked', () => {
    expect(list.unmatched.map((line) => [line.occurrence.title, line.partner, line.ticked])).toEqual(
      new Array(3).fill(['Networking Friday', null, false]),
    );
  });

  it('counts skipped occurrences by reason, and those already imported', () => {
    expect(list.skipped).toEqual({ cancelled: 1, declined: 1, alreadyImported: 0 });
    const sources = new Set(lines('Coffee').map((line) => line.occurrence.identity));
    const again = importList(expand(fixture('google')), partnerMatcher(PARTNERS), sources);
    expect(again.skipped.alreadyImported).toBe(4);
    expect(again.matched.filter((line) => line.occurrence.title === 'Coffee')).toEqual([]);
  });

  it('turns ticked lines into rows: the title as notes, the identity as source', () => {
    const longerThan12 = { ...lines('Coffee')[0], occurrence: { ...lines('Coffee')[0].occurrence, hours: 13 } };
    expect(rowsToImport([longerThan12], (kind) => kindLabel(kind, 'en'))).toHaveLength(1);
    const rows = rowsToImport(lines('Lunch with Bob Stone'), (kind) => kindLabel(kind, 'en'));
    expect(rows).toEqual([
      {
        date: '2025-03-04',
        partner: 'Bob Stone',
        hours: 1,
        kind: 'One-to-one',
        notes: 'Lunch with Bob Stone',
        source: '7h1u9lunchbob0a8c7d6e5f4g3@google.com 2025-03-04T13:00:00Z',
      },
    ]);
    expect(rowsToImport([{ ...list.unmatched[0], ticked: true }], () => 'x')).toEqual([]);
  });
});

describe('planning the append to Meetings', () => {
  const header = ['Date', 'Partner', 'Hours', 'Kind', 'Notes', 'Source'];
  const row = (fields: Partial<MeetingToImport>): MeetingToImport => ({
    date: '2025-03-04',
    partner: 'Bob Stone',
    hours: 1,
    kind: 'One-to-one',
    notes: '=HYPERLINK("https://example.com","x")',
    source: 'uid-1 2025-03-04T13:00:00Z',
    ...fields,
  });

  it("writes the rows in the sheet's column order, the title kept as text data", () => {
    const plan = planMeetingsAppend([header, ['D', 'Ann Becker', 2, 'Event', 'typed', '']], [row({})], 'en', (date) => `D:${date}`);
    expect(plan.newHeaders).toEqual([]);
    expect(plan.rows).toEqual([
      ['D:2025-03-04', 'Bob Stone', 1, 'One-to-one', '=HYPERLINK("https://example.com","x")', 'uid-1 2025-03-04T13:00:00Z'],
    ]);
    expect(plan.result).toEqual({ added: 1, partners: [{ name: 'Bob Stone', meetings: 1, hours: 1 }], alreadyThere: 0, addedColumns: [] });
  });

  it('adds nothing for a source already in Meetings, and writes one row per source and partner', () => {
    const values = [header, ['D', 'Bob Stone', 1, '', '', 'uid-1 2025-03-04T13:00:00Z']];
    const rows = [
      row({}),
      row({ source: 'uid-2 x', partner: 'Ann Becker' }),
      row({ source: 'uid-2 x', partner: 'Ann Becker' }),
      row({ source: 'uid-2 x' }),
    ];
    const plan = planMeetingsAppend(values, rows, 'en', (date) => date);
    expect(plan.rows.map((cells) => [cells[1], cells[5]])).toEqual([
      ['Ann Becker', 'uid-2 x'],
      ['Bob Stone', 'uid-2 x'],
    ]);
    expect(plan.result.alreadyThere).toBe(1);
  });

  it("adds the Source column of an older tracker at its right end, in the sheet's language, nothing moved", () => {
    const german = ['Datum', 'Partner', 'Stunden', 'Art', 'Notizen', '', 'Eigene Spalte'];
    const plan = planMeetingsAppend([german], [row({})], 'en', (date) => date);
    expect(plan.newHeaders).toEqual([{ index: 7, header: 'Quelle' }]);
    expect(plan.rows[0]).toEqual(['2025-03-04', 'Bob Stone', 1, 'One-to-one', row({}).notes, '', '', row({}).source]);
    expect(plan.result.addedColumns).toEqual(['Quelle']);
  });

  it('finds the Meetings sheet by its header, its own name first', () => {
    const sheets = [
      { name: 'Log', header: ['Date', 'Partner', 'Hours'] },
      { name: 'Treffen', header: ['Datum', 'Partner', 'Stunden', 'Art'] },
      { name: 'Partners', header: ['Partner', 'Hours together'] },
    ];
    expect(findMeetingsSheet(sheets)).toBe('Treffen');
    expect(findMeetingsSheet(sheets.slice(0, 1))).toBe('Log');
    expect(findMeetingsSheet(sheets.slice(2))).toBeNull();
    expect(meetingSources([header, ['', '', '', '', '', ' a '], ['', '', '', '', '', ''], ['', '', '', '', '', 7]])).toEqual(['a', '7']);
  });

  it('reads partners with their e-mail from an optional E-mail column', () => {
    const withEmail = loadedPartners('Partners', [
      ['Partner', 'E-Mail', 'Hours together', 'Checklist score', 'Checked on'],
      ['Ann  Becker', ' ann@becker.example ', 1, '', ''],
      ['ann becker', 'other@x.example', 1, '', ''],
      ['', '', '', '', ''],
    ])!;
    expect(partnerEntries(withEmail)).toEqual([{ name: 'Ann Becker', email: 'ann@becker.example' }]);
    const without = loadedPartners('Partners', [
      ['Partner', 'Hours together', 'Checklist score', 'Checked on'],
      ['Bob', 1, '', ''],
    ])!;
    expect(partnerEntries(without)).toEqual([{ name: 'Bob', email: '' }]);
  });

  it('refuses rows that are not what the page sends, before anything is planned', () => {
    const refuse = (input: unknown) => {
      try {
        validateImportRows(input, PARTNERS);
      } catch (error) {
        return (error as ImportError).problem.kind;
      }
      return 'accepted';
    };
    expect(refuse([row({})])).toBe('accepted');
    expect(validateImportRows([row({ partner: ' bob  stone' })], PARTNERS)[0].partner).toBe('Bob Stone');
    for (const bad of [
      null,
      [],
      'rows',
      [row({ partner: 'Nobody' })],
      [row({ date: '2025-02-30' })],
      [row({ hours: -1 })],
      [row({ hours: NaN })],
      [row({ source: ' ' })],
      [{ ...row({}), notes: 5 }],
    ]) {
      expect(refuse(bad)).toBe('invalidRows');
    }
  });
});
