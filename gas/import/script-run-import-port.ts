/**
 * The import port in the Sheets dialog: each call runs an Apps Script server
 * function (gas/calendar-import.ts) through google.script.run, always with a
 * failure handler, and unwraps its ImportReply.
 */
import { IMPORT_SERVER_FUNCTIONS, type ImportPort } from '../../shared/calendar/port';
import { ImportError, valueOfImportReply, type ImportReply } from '../../shared/calendar/problems';
import { scriptRunCall, type ScriptRunner } from '../sidebar/script-run-port';

export function scriptRunImportPort(runner: () => ScriptRunner): ImportPort {
  const call = <T>(name: string, ...args: unknown[]) =>
    scriptRunCall(runner, (reply) => valueOfImportReply(reply as ImportReply<T>), ImportError, name, args);
  return {
    loadImportContext: () => call(IMPORT_SERVER_FUNCTIONS.loadImportContext),
    savePeriod: (period) => call(IMPORT_SERVER_FUNCTIONS.savePeriod, period),
    importMeetings: (rows) => call(IMPORT_SERVER_FUNCTIONS.importMeetings, rows),
  };
}
