/**
 * The import port in the Sheets dialog: each call runs an Apps Script server
 * function (gas/calendar-import.ts) through google.script.run, always with a
 * failure handler, and unwraps its ImportReply.
 */
import { IMPORT_SERVER_FUNCTIONS, type ImportPort } from '../../shared/calendar/port';
import { ImportError, importErrorOf, valueOfImportReply, type ImportReply } from '../../shared/calendar/problems';
import type { ScriptRunner } from '../sidebar/script-run-port';

/** `runner` returns google.script.run; it is read on each call, as Google's docs advise. */
export function scriptRunImportPort(runner: () => ScriptRunner): ImportPort {
  function call<T>(name: string, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = runner()
        .withSuccessHandler((reply) => {
          try {
            resolve(valueOfImportReply(reply as ImportReply<T>));
          } catch (error) {
            reject(importErrorOf(error, 'no answer from Google Sheets'));
          }
        })
        .withFailureHandler((error) => reject(importErrorOf(error, 'no answer from Google Sheets')));
      const serverFunction = run[name];
      if (typeof serverFunction !== 'function') {
        reject(new ImportError({ kind: 'hostFailure', message: `the add-on has no server function ${name}; reinstall it` }));
        return;
      }
      serverFunction.apply(run, args);
    });
  }
  return {
    loadImportContext: () => call(IMPORT_SERVER_FUNCTIONS.loadImportContext),
    savePeriod: (period) => call(IMPORT_SERVER_FUNCTIONS.savePeriod, period),
    importMeetings: (rows) => call(IMPORT_SERVER_FUNCTIONS.importMeetings, rows),
  };
}
