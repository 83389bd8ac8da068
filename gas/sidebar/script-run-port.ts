/**
 * The checklist port in the Sheets sidebar: each call runs an Apps Script
 * server function (gas/checklist.ts) through google.script.run, always with a
 * failure handler, and unwraps its HostReply.
 */
import { portFailureOf, type FailureErrorClass } from '../../shared/host-reply';
import { PortError, SIDEBAR_SERVER_FUNCTIONS, valueOfReply, type ChecklistPort, type HostReply } from '../../shared/port';

/** The host failure's message when google.script.run failed without one. */
export const SHEETS_NO_ANSWER = 'no answer from Google Sheets';

/** The part of google.script.run the sidebar uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (reply: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

/**
 * Calls a server function through google.script.run, always with a failure
 * handler: `unwrap` turns the server's reply into its value (or throws the
 * error it carries); any failure reaches the caller as an error of the
 * port's `ErrorClass` (shared/host-reply.ts).
 * `runner` returns google.script.run; it is read on each call, as Google's docs advise.
 */
export function scriptRunCall<T>(
  runner: () => ScriptRunner,
  unwrap: (reply: unknown) => T,
  ErrorClass: FailureErrorClass<Error>,
  name: string,
  args: unknown[],
): Promise<T> {
  const failure = (error: unknown) => portFailureOf(ErrorClass, error, SHEETS_NO_ANSWER);
  return new Promise<T>((resolve, reject) => {
    const run = runner()
      .withSuccessHandler((reply) => {
        try {
          resolve(unwrap(reply));
        } catch (error) {
          reject(failure(error));
        }
      })
      .withFailureHandler((error) => reject(failure(error)));
    const serverFunction = run[name];
    if (typeof serverFunction !== 'function') {
      reject(failure(new Error(`the add-on has no server function ${name}; reinstall it`)));
      return;
    }
    serverFunction.apply(run, args);
  });
}

export function scriptRunPort(runner: () => ScriptRunner): ChecklistPort {
  const call = <T>(name: string, ...args: unknown[]) =>
    scriptRunCall(runner, (reply) => valueOfReply(reply as HostReply<T>), PortError, name, args);
  return {
    loadChecklistContext: () => call(SIDEBAR_SERVER_FUNCTIONS.loadChecklistContext),
    loadPartner: (name) => call(SIDEBAR_SERVER_FUNCTIONS.loadPartner, name),
    saveCheck: (check) => call(SIDEBAR_SERVER_FUNCTIONS.saveCheck, check),
  };
}
