/**
 * How the ports (the checklist's, port.ts, and the import's,
 * calendar/problems.ts) answer and fail, one rule for both. Each port has its
 * own problem type and error class; every problem type has a hostFailure.
 *
 * Replies of host functions whose transport cannot carry an error object
 * (google.script.run hands its failure handler only a message):
 * - a host function answers { ok: true, value } or { ok: false, problem },
 *   where the problem is data the page renders in the user's language;
 * - only the port's own error class becomes a failed reply; any other error
 *   is thrown on, for the transport's failure handler;
 * - anything else that arrives, or a problem without a kind, is read as
 *   "unreadableReply".
 *
 * Failures: whatever a port call rejects with reaches the page as the port's
 * error. The port's own errors pass through as they are; anything else (an
 * Excel or Apps Script error, an error of another realm, thrown text) becomes
 * a hostFailure with its message as errors.ts reads it, or the caller's
 * fallback, which says who did not answer.
 */
import { errorMessage } from './errors';

export type HostReplyOf<T, Problem> = { ok: true; value: T } | { ok: false; problem: Problem };

interface ProblemKind {
  kind: string;
}

/** A failure of the host rather than a problem of the port: what the host said, for the user to read. */
export interface HostFailure {
  kind: 'hostFailure';
  message: string;
}

/** A port's error class: an Error made from, and carrying, one problem. */
export type ProblemErrorClass<Problem> = new (problem: Problem) => Error & { readonly problem: Problem };

/** Runs `work`, turning an error of `ErrorClass` into a failed reply; other errors are thrown on. */
export function replyFrom<T, Problem>(ErrorClass: ProblemErrorClass<Problem>, work: () => T): HostReplyOf<T, Problem> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof ErrorClass) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** The value of a reply, or the error of `ErrorClass` its problem (or `unreadable`) makes. */
export function valueFrom<T, Problem extends ProblemKind>(
  ErrorClass: ProblemErrorClass<Problem>,
  reply: HostReplyOf<T, Problem>,
  unreadable: Problem,
): T {
  if (reply && reply.ok === true) return reply.value;
  if (reply && reply.ok === false && reply.problem && typeof reply.problem.kind === 'string') throw new ErrorClass(reply.problem);
  throw new ErrorClass(unreadable);
}

/** A port's error class, as far as a failure needs it: one it can make from a hostFailure. */
export type FailureErrorClass<PortFailure extends Error> = new (problem: HostFailure) => PortFailure;

/** Any failure as the port's error: its own errors as they are, anything else a hostFailure with its message or `fallback`. */
export function portFailureOf<PortFailure extends Error>(
  ErrorClass: FailureErrorClass<PortFailure>,
  error: unknown,
  fallback: string,
): PortFailure {
  if (error instanceof ErrorClass) return error;
  return new ErrorClass({ kind: 'hostFailure', message: errorMessage(error, fallback) });
}

/** Runs a port call's `work`, rejecting only with the port's error (portFailureOf). */
export async function withPortFailures<T, PortFailure extends Error>(
  ErrorClass: FailureErrorClass<PortFailure>,
  fallback: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw portFailureOf(ErrorClass, error, fallback);
  }
}
