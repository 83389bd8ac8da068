/**
 * shared/host-reply.ts: one rule turns any failure into a port's error, for
 * both ports alike (the checklist's PortError, the import's ImportError):
 * each port's own errors, of every kind, pass through as they are; anything
 * else becomes a hostFailure with its message, or the caller's fallback.
 */
import vm from 'node:vm';
import { ImportError, type ImportProblem } from '../../shared/calendar';
import { portFailureOf, withPortFailures, type FailureErrorClass } from '../../shared/host-reply';
import { PortError, type PortProblem } from '../../shared/port';

const PORT_PROBLEMS: PortProblem[] = [
  { kind: 'noTracker' },
  { kind: 'noChecksSheet' },
  { kind: 'partnerNotFound', partner: 'Ann' },
  { kind: 'invalidCheck', reason: 'unanswered' },
  { kind: 'unreadableReply' },
  { kind: 'busy' },
  { kind: 'hostFailure', message: 'Exception: Service Spreadsheets timed out' },
];

const IMPORT_PROBLEMS: ImportProblem[] = [
  { kind: 'tooLarge', bytes: 21_000_000 },
  { kind: 'notCalendar' },
  { kind: 'damaged' },
  { kind: 'emptyCalendar' },
  { kind: 'noEventsInPeriod' },
  { kind: 'noTracker' },
  { kind: 'noMeetingsSheet' },
  { kind: 'invalidRows' },
  { kind: 'busy' },
  { kind: 'unreadableReply' },
  { kind: 'hostFailure', message: 'RichApi.Error: The workbook is busy' },
];

/** Failures that are no error of either port, with the message each must give (fallback: "Excel did not answer"). */
const FOREIGN_FAILURES: [string, unknown, string][] = [
  ['an Error', new Error('RichApi.Error: The workbook is busy'), 'RichApi.Error: The workbook is busy'],
  ['an Error of another realm', vm.runInNewContext('new Error("Exception: no access")'), 'Exception: no access'],
  ['a plain object with a message', { message: 'ItemNotFound', code: 'ItemNotFound' }, 'ItemNotFound'],
  ['thrown text', 'timeout', 'timeout'],
  ['a thrown number', 404, '404'],
  ['an Error without a message', new Error(''), 'Excel did not answer'],
  ['null', null, 'Excel did not answer'],
  ['undefined', undefined, 'Excel did not answer'],
  ['an object without a message', { code: 7 }, 'Excel did not answer'],
];

interface PortCase {
  name: string;
  ErrorClass: FailureErrorClass<Error & { problem: { kind: string } }>;
  problems: { kind: string }[];
  /** An error of the other port: no error of this one. */
  other: Error;
}

/** A promise rejected with `failure`, whatever it is: hosts do not always reject with an Error. */
function rejectedWith(failure: unknown): Promise<never> {
  return Promise.resolve().then(() => {
    throw failure;
  });
}

/** What a promise rejected with. */
const rejectionOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'resolved',
    (caught: unknown) => caught,
  );

const PORTS: PortCase[] = [
  {
    name: 'the checklist port (PortError)',
    ErrorClass: PortError,
    problems: PORT_PROBLEMS,
    other: new ImportError({ kind: 'notCalendar' }),
  },
  {
    name: 'the import port (ImportError)',
    ErrorClass: ImportError,
    problems: IMPORT_PROBLEMS,
    other: new PortError({ kind: 'noChecksSheet' }),
  },
];

describe.each(PORTS)('failures of $name', ({ ErrorClass, problems, other }) => {
  const own = (problem: { kind: string }) => new (ErrorClass as unknown as new (problem: { kind: string }) => Error)(problem);

  it.each(problems.map((problem) => [problem.kind, problem] as const))('passes its own %s error through as it is', (_kind, problem) => {
    const error = own(problem);
    expect(portFailureOf(ErrorClass, error, 'Excel did not answer')).toBe(error);
  });

  it.each(FOREIGN_FAILURES)('makes %s a host failure with its message or the fallback', (_label, error, message) => {
    const failure = portFailureOf(ErrorClass, error, 'Excel did not answer');
    expect(failure).toBeInstanceOf(ErrorClass);
    expect(failure.problem).toEqual({ kind: 'hostFailure', message });
    expect(failure.message).toBe(message);
  });

  it('takes an error of the other port for a host failure with its message', () => {
    expect(portFailureOf(ErrorClass, other, 'no answer').problem).toEqual({ kind: 'hostFailure', message: other.message });
  });

  describe('withPortFailures', () => {
    it('resolves with what the work resolves with', async () => {
      await expect(withPortFailures(ErrorClass, 'Excel did not answer', () => Promise.resolve(42))).resolves.toBe(42);
    });

    it.each(problems.map((problem) => [problem.kind, problem] as const))(
      'rejects with its own %s error as it is',
      async (_kind, problem) => {
        const error = own(problem);
        await expect(withPortFailures(ErrorClass, 'Excel did not answer', () => Promise.reject(error))).rejects.toBe(error);
      },
    );

    it.each(FOREIGN_FAILURES)('rejects for %s with a host failure', async (_label, error, message) => {
      const rejection = await rejectionOf(withPortFailures(ErrorClass, 'Excel did not answer', () => rejectedWith(error)));
      expect(rejection).toBeInstanceOf(ErrorClass);
      expect((rejection as { problem: unknown }).problem).toEqual({ kind: 'hostFailure', message });
    });

    it('turns work that throws before it returns a promise into a host failure too', async () => {
      const rejection = await rejectionOf(
        withPortFailures(ErrorClass, 'Excel did not answer', () => {
          throw new TypeError('Excel is not defined');
        }),
      );
      expect(rejection).toBeInstanceOf(ErrorClass);
      expect((rejection as { problem: unknown }).problem).toEqual({ kind: 'hostFailure', message: 'Excel is not defined' });
    });
  });
});
