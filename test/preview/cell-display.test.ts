/**
 * preview/cell-display.ts: how a computed value looks in the grid (text,
 * kind, error message) and which stage colours a Partners row gets.
 */
import { colourRulesForRow, displayOf, errorOf, rowColours } from '../../preview/cell-display';
import { layoutsFor } from '../../preview/workbook';
import { OVERDUE_COLOURS, STAGE_COLOURS } from '../../shared/formatting';
import { PARTNER_COLUMNS, columnLetter } from '../../shared/tracker';

const column = (key: string) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);

describe('errors', () => {
  it('are the engine’s error values, with their message', () => {
    expect(errorOf({ error: '#VALUE!', message: 'hours must be 0 or more' })).toEqual({
      code: '#VALUE!',
      message: 'hours must be 0 or more',
    });
    expect(errorOf({ error: '#REF!' })).toEqual({ code: '#REF!', message: '' });
    for (const value of [null, undefined, '#VALUE!', 3, { error: 'VALUE' }, { message: 'x' }]) expect(errorOf(value)).toBeNull();
  });

  it('show as their code with the message aside, also where Sheets writes them as text into an array', () => {
    expect(displayOf({ error: '#VALUE!', message: 'bad' }, '0.0', 'en')).toEqual({ text: '#VALUE!', kind: 'error', message: 'bad' });
    expect(displayOf('#VALUE! hours must be 0 or more (got -1)', 'General', 'en')).toEqual({
      text: '#VALUE!',
      kind: 'error',
      message: 'hours must be 0 or more (got -1)',
    });
    expect(displayOf('#N/A', 'General', 'en')).toEqual({ text: '#N/A', kind: 'error', message: '' });
  });

  it('are not made of text that merely starts with #', () => {
    expect(displayOf('#1 partner', 'General', 'en')).toEqual({ text: '#1 partner', kind: 'text' });
  });
});

describe('values', () => {
  it('show blanks, numbers, booleans and text as the sheet shows them', () => {
    expect(displayOf('', '0.0', 'en')).toEqual({ text: '', kind: 'empty' });
    expect(displayOf(null, '0.0', 'en')).toEqual({ text: '', kind: 'empty' });
    expect(displayOf(72.5, '0.0', 'de')).toEqual({ text: '72,5', kind: 'number' });
    expect(displayOf(0.55, '0%', 'en')).toEqual({ text: '55%', kind: 'number' });
    expect(displayOf(false, 'General', 'de')).toEqual({ text: 'FALSCH', kind: 'boolean' });
    expect(displayOf('<b>Anna</b>', 'General', 'en')).toEqual({ text: '<b>Anna</b>', kind: 'text' });
  });
});

describe('stage colours', () => {
  const layouts = layoutsFor('en', false);

  it('apply to the stage column and, for overdue dates, to Next contact due, written for the row', () => {
    const rules = colourRulesForRow(layouts.partners, 7);
    expect(rules.map(({ rule, col }) => [rule.purpose, col])).toEqual([
      ['acquaintance', column('stage')],
      ['casualFriend', column('stage')],
      ['friend', column('stage')],
      ['closeFriend', column('stage')],
      ['overdue', column('nextContactDue')],
      ['visibility', column('vcpPhase')],
      ['credibility', column('vcpPhase')],
      ['profitability', column('vcpPhase')],
      ['negativeBalance', column('givenBalance')],
    ]);
    const letter = (key: string) => columnLetter(column(key));
    expect(rules[0].rule.formula).toContain(`$${letter('stage')}7=`);
    expect(rules[4].rule.formula).toBe(`=AND(ISNUMBER($${letter('nextContactDue')}7),$${letter('nextContactDue')}7<TODAY())`);
    expect(rules[8].rule.formula).toBe(`=AND(ISNUMBER($${letter('givenBalance')}7),$${letter('givenBalance')}7<0)`);
  });

  it('do not apply to sheets without a stage column', () => {
    expect(colourRulesForRow(layouts.meetings, 2)).toEqual([]);
    expect(colourRulesForRow(layouts.checks, 2)).toEqual([]);
  });

  it('take the first rule that holds for each cell, as Sheets does, and none where no rule holds', () => {
    const holding = new Set([
      colourRulesForRow(layouts.partners, 3)[2].rule.formula,
      colourRulesForRow(layouts.partners, 3)[3].rule.formula,
    ]);
    const colours = rowColours(layouts.partners, 3, (formula) => holding.has(formula));
    expect([...colours.entries()]).toEqual([
      [column('stage'), { background: STAGE_COLOURS.friend.background, text: STAGE_COLOURS.friend.text }],
    ]);

    const overdue = rowColours(layouts.partners, 3, (formula) => formula.startsWith('=AND('));
    expect(overdue.get(column('nextContactDue'))).toEqual({ background: OVERDUE_COLOURS.background, text: OVERDUE_COLOURS.text });
    expect(rowColours(layouts.partners, 3, () => 'TRUE').size).toBe(0);
  });
});
