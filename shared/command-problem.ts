/** How menu and ribbon commands report failures, in both hosts. */
import type { TrackerTexts } from './messages/tracker';

/** A problem the user can fix, with its message already in their language. */
export class CommandProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandProblem';
  }
}

/** The message of anything thrown (host services throw errors from their own realm). */
function errorDetail(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message ? message : String(error);
}

/** What the user is told when a command fails: the problem itself, or an unexpected error with its detail. */
export function commandFailureMessage(error: unknown, texts: TrackerTexts): string {
  return error instanceof CommandProblem ? error.message : texts.unexpectedError(errorDetail(error));
}
