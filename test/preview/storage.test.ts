/**
 * preview/storage.ts: the workbook kept in localStorage; stored work that
 * cannot be read is moved aside, never overwritten, and a full or switched
 * off storage is reported, not thrown.
 */
import { UNREADABLE_KEY, WORKBOOK_KEY, browserStore } from '../../preview/storage';
import { exampleWorkbook, serializeWorkbook } from '../../preview/workbook';

/** The part of the Web Storage interface the store uses, in memory; `failing` makes writes throw as a full storage does. */
function memoryStorage(entries: Record<string, string> = {}, failing?: Error): Storage {
  const items = new Map(Object.entries(entries));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failing) throw failing;
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

const example = exampleWorkbook('de', new Date(2025, 2, 14));

describe('the browser store', () => {
  it('starts empty, then keeps what it was given', () => {
    const storage = memoryStorage();
    const store = browserStore(storage);
    expect(store.load()).toEqual({ data: null, unreadable: false });
    expect(store.save(example)).toBeNull();
    expect(storage.getItem(WORKBOOK_KEY)).toBe(serializeWorkbook(example));
    expect(store.load()).toEqual({ data: example, unreadable: false });
  });

  it('moves unreadable work aside under its own key and starts afresh', () => {
    const storage = memoryStorage({ [WORKBOOK_KEY]: '{"language":"fr"' });
    expect(browserStore(storage).load()).toEqual({ data: null, unreadable: true });
    expect(storage.getItem(UNREADABLE_KEY)).toBe('{"language":"fr"');
    expect(storage.getItem(WORKBOOK_KEY)).toBeNull();
  });

  it('leaves unreadable work where it is when it cannot be moved', () => {
    const storage = memoryStorage({ [WORKBOOK_KEY]: 'not json' }, new Error('QuotaExceededError'));
    expect(browserStore(storage).load()).toEqual({ data: null, unreadable: true });
    expect(storage.getItem(WORKBOOK_KEY)).toBe('not json');
  });

  it('says why it could not save', () => {
    expect(browserStore(memoryStorage({}, new Error('The quota has been exceeded.'))).save(example)).toBe('The quota has been exceeded.');
    const off = browserStore(null);
    expect(off.load()).toEqual({ data: null, unreadable: false });
    expect(off.save(example)).toBe('storage is switched off in this browser');
  });
});
