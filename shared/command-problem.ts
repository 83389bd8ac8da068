/** How menu and ribbon commands report failures, in both hosts. */
import { errorMessage } from './errors';
import type { TrackerTexts } from './messages/tracker';

/** A problem the user can fix, with its message already in their language. */
export class CommandProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandProblem';
  }
}

/** What the user is told when a command fails: the problem itself, or an unexpected error with its detail. */
export function commandFailureMessage(error: unknown, texts: TrackerTexts): string {
  return error instanceof CommandProblem ? error.message : texts.unexpectedError(errorMessage(error, 'unknown error'));
}
