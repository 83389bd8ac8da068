/**
 * Numbers as the sheet functions return them: rounded to RESULT_DECIMALS
 * decimal places, so that floating-point noise never shows (90 − 89.9 is 0.1,
 * not 0.09999999999999432), and never −0.
 */

/** Decimal places kept in a numeric result. */
export const RESULT_DECIMALS = 10;
const SCALE = 10 ** RESULT_DECIMALS;

export function roundResult(value: number): number {
  // Past 1e5 the scaled value would lose integer precision; 15 significant digits are exact there.
  const rounded = Math.abs(value) < 1e5 ? Math.round(value * SCALE) / SCALE : Number(value.toPrecision(15));
  return rounded === 0 ? 0 : rounded;
}
