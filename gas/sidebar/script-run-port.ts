/**
 * The checklist port in the Sheets sidebar: each call runs an Apps Script
 * server function (gas/checklist.ts) through google.script.run, always with a
 * failure handler, and unwraps its HostReply.
 */
import { portErrorOf } from '../../shared/errors';
import { PortError, SIDEBAR_SERVER_FUNCTIONS, valueOfReply, type ChecklistPort, type HostReply } from '../../shared/port';

/** The part of google.script.run the sidebar uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (reply: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

/** `runner` returns google.script.run; it is read on each call, as Google's docs advise. */
export function scriptRunPort(runner: () => ScriptRunner): ChecklistPort {
  function call<T>(name: string, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = runner()
        .withSuccessHandler((reply) => {
          try {
            resolve(valueOfReply(reply as HostReply<T>));
          } catch (error) {
            reject(portErrorOf(error, 'no answer from Google Sheets'));
          }
        })
        .withFailureHandler((error) => reject(portErrorOf(error, 'no answer from Google Sheets')));
      const serverFunction = run[name];
      if (typeof serverFunction !== 'function') {
        reject(new PortError({ kind: 'hostFailure', message: `the add-on has no server function ${name}; reinstall it` }));
        return;
      }
      serverFunction.apply(run, args);
    });
  }

  return {
    loadChecklistContext: () => call(SIDEBAR_SERVER_FUNCTIONS.loadChecklistContext),
    loadPartner: (name) => call(SIDEBAR_SERVER_FUNCTIONS.loadPartner, name),
    saveCheck: (check) => call(SIDEBAR_SERVER_FUNCTIONS.saveCheck, check),
  };
}
