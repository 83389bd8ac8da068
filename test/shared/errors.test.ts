/** shared/errors.ts: anything thrown, as a message the user can read. */
import vm from 'node:vm';
import { errorMessage } from '../../shared/errors';

describe('errorMessage', () => {
  it.each([
    ['an Error', new Error('Service Spreadsheets timed out'), 'Service Spreadsheets timed out'],
    ['an Error of another realm', vm.runInNewContext('new Error("RichApi.Error: busy")'), 'RichApi.Error: busy'],
    ['a plain object with a message', { message: 'Exception: no access', name: 'ScriptError' }, 'Exception: no access'],
    ['thrown text', 'timeout', 'timeout'],
    ['a thrown number', 0, '0'],
  ])('reads %s', (_label, error, expected) => {
    expect(errorMessage(error, 'no answer')).toBe(expected);
  });

  it.each([
    ['an Error without a message', new Error('')],
    ['a plain object with an empty message', { message: '' }],
    ['empty text', ''],
    ['null', null],
    ['undefined', undefined],
    // "[object Object]" tells nobody anything.
    ['an object without a message', { code: 7 }],
  ])('gives the fallback for %s', (_label, error) => {
    expect(errorMessage(error, 'no answer')).toBe('no answer');
  });

  it('never shows a message that is not text', () => {
    expect(errorMessage({ message: 42 }, 'no answer')).toBe('no answer');
  });
});
