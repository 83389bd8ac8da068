/**
 * Keeps the preview's workbook in the browser's localStorage. Stored work
 * that cannot be read is moved aside under its own key, never overwritten.
 */
import { errorMessage } from '../shared/errors';
import type { WorkbookStore } from './tracker-session';
import { parseWorkbook, serializeWorkbook } from './workbook';

export const WORKBOOK_KEY = 'bondstage.preview.workbook';
export const UNREADABLE_KEY = 'bondstage.preview.unreadable';

export function browserStore(storage: Storage | null = safeLocalStorage()): WorkbookStore {
  return {
    load() {
      if (!storage) return { data: null, unreadable: false };
      const text = storage.getItem(WORKBOOK_KEY);
      if (text === null) return { data: null, unreadable: false };
      const data = parseWorkbook(text);
      if (data) return { data, unreadable: false };
      try {
        storage.setItem(UNREADABLE_KEY, text);
        storage.removeItem(WORKBOOK_KEY);
      } catch {
        // Storage full or blocked: leave the unreadable text where it is.
      }
      return { data: null, unreadable: true };
    },
    save(data) {
      if (!storage) return 'storage is switched off in this browser';
      try {
        storage.setItem(WORKBOOK_KEY, serializeWorkbook(data));
        return null;
      } catch (error) {
        return errorMessage(error, 'the browser did not store it');
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
