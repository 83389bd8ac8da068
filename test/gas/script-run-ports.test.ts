/**
 * Both google.script.run ports fail alike (shared/host-reply.ts): a failed
 * reply becomes the port's own error of that kind, a reply that is none reads
 * as unreadableReply, and what the failure handler receives (an Error with
 * the server's message: https://developers.google.com/apps-script/guides/html/reference/run)
 * becomes a host failure with its message, or says Google Sheets did not answer.
 */
import { scriptRunImportPort } from '../../gas/import/script-run-import-port';
import { SHEETS_NO_ANSWER, scriptRunPort, type ScriptRunner } from '../../gas/sidebar/script-run-port';
import { ImportError } from '../../shared/calendar';
import { PortError } from '../../shared/port';

type Answer = { reply: unknown } | { fail: unknown };

/** google.script.run answering every server function with `answer`, on a later turn as the real one does. */
function runnerAnswering(answer: Answer): () => ScriptRunner {
  const runner = (success?: (value: unknown) => void, failure?: (error: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get: (_target, name) => {
        if (name === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler, failure);
        if (name === 'withFailureHandler') return (handler: (error: unknown) => void) => runner(success, handler);
        return () => setTimeout(() => ('fail' in answer ? failure?.(answer.fail) : success?.(answer.reply)), 0);
      },
    });
  return () => runner();
}

interface PortCase {
  name: string;
  ErrorClass: typeof PortError | typeof ImportError;
  problem: object;
  /** The port's first call, on a runner that answers as given. */
  call: (runner: () => ScriptRunner) => Promise<unknown>;
}

const PORTS: PortCase[] = [
  {
    name: 'the checklist port',
    ErrorClass: PortError,
    problem: { kind: 'partnerNotFound', partner: 'Ann' },
    call: (runner) => scriptRunPort(runner).loadPartner('Ann'),
  },
  {
    name: 'the import port',
    ErrorClass: ImportError,
    problem: { kind: 'noMeetingsSheet' },
    call: (runner) => scriptRunImportPort(runner).loadImportContext(),
  },
];

describe.each(PORTS)('$name in Google Sheets', ({ ErrorClass, problem, call }) => {
  async function rejection(answer: Answer): Promise<{ problem: unknown }> {
    const error: unknown = await call(runnerAnswering(answer)).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ErrorClass);
    return error as { problem: unknown };
  }

  it('resolves with the value of a good reply', async () => {
    await expect(call(runnerAnswering({ reply: { ok: true, value: 'read' } }))).resolves.toBe('read');
  });

  it('rejects with its own error for a failed reply', async () => {
    expect((await rejection({ reply: { ok: false, problem } })).problem).toEqual(problem);
  });

  it.each([null, 'ok', { ok: false }, { ok: false, problem: { reason: 'no kind' } }])('reads %p as an unreadable reply', async (reply) => {
    expect((await rejection({ reply })).problem).toEqual({ kind: 'unreadableReply' });
  });

  it.each([
    ['an Error from the server', new Error('Exception: Service Spreadsheets timed out'), 'Exception: Service Spreadsheets timed out'],
    ['text instead of the Error the docs promise', 'Authorization is required', 'Authorization is required'],
    ['an Error without a message', new Error(''), SHEETS_NO_ANSWER],
    ['undefined', undefined, SHEETS_NO_ANSWER],
  ])('turns %s into a host failure', async (_label, fail, message) => {
    expect((await rejection({ fail })).problem).toEqual({ kind: 'hostFailure', message });
  });
});
