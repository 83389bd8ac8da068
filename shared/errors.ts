/**
 * Anything thrown, as a message the user can read: the one rule for every
 * host and page. Host services may throw errors of another realm (not
 * `instanceof Error` here), so the message is read from any object with
 * `message` text; anything else shows as its text. An empty message, null
 * or undefined gives the caller's `fallback`, which says who did not answer.
 * (google.script.run passes its failure handler an Error object:
 * https://developers.google.com/apps-script/guides/html/reference/run)
 */
import { cellText } from './cells';

export function errorMessage(error: unknown, fallback: string): string {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  if (typeof message === 'string') return message || fallback;
  return cellText(error) || fallback;
}
