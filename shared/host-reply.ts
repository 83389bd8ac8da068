/**
 * Replies of host functions whose transport cannot carry an error object:
 * google.script.run hands its failure handler only a message. Rules:
 * - a host function answers { ok: true, value } or { ok: false, problem },
 *   where the problem is data the page renders in the user's language;
 * - only the port's own error class becomes a failed reply; any other error
 *   is thrown on, for the transport's failure handler;
 * - anything else that arrives, or a problem without a kind, is read as
 *   "unreadableReply".
 * Each port has its own problem type and error class (port.ts, calendar/problems.ts).
 */

export type HostReplyOf<T, Problem> = { ok: true; value: T } | { ok: false; problem: Problem };

interface ProblemKind {
  kind: string;
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
