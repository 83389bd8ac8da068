/**
 * The one rule that says whether two cells name the same partner, used by the
 * tracker's formulas in every host, the sheet functions and the checklist:
 *  - spaces at either end are ignored and a run of spaces inside counts as
 *    one (what the spreadsheets' TRIM does: the space character only);
 *  - letter case is ignored (as the spreadsheets' "=" does);
 *  - every other character must be the same. A name is data: no character in
 *    it (< > = * ? ~ " ' &) has any meaning, and a name of digits only or of
 *    any length is matched like any other.
 * A number in a name cell counts as its digits ("7"); a blank cell names nobody.
 */

/** The form of a name that the rule compares: trimmed, inner runs of spaces as one, lower case. */
export function partnerKey(name: unknown): string {
  if (typeof name !== 'string') return typeof name === 'number' || typeof name === 'boolean' ? String(name).toLowerCase() : '';
  // Most names have no spaces to tidy: skip the replacements for them.
  const tidy = name.charCodeAt(0) !== 32 && name.charCodeAt(name.length - 1) !== 32 && !name.includes('  ');
  return (tidy ? name : name.replace(/ {2,}/g, ' ').replace(/^ | $/g, '')).toLowerCase();
}

/** True when both cells name the same, non-blank partner. */
export function samePartnerName(a: unknown, b: unknown): boolean {
  const key = partnerKey(a);
  return key !== '' && key === partnerKey(b);
}

/** The name as it is shown and saved: the rule's trimming, case kept. */
export function tidyPartnerName(name: unknown): string {
  if (typeof name !== 'string' && typeof name !== 'number') return '';
  return String(name).replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}
