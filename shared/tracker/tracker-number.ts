/**
 * The number of a tracker's sheet name: "Partners (2)" → 2, "Partners" → 1.
 * The second tracker of a file has sheets and Settings names of number 2 (names.ts).
 */
export function trackerNumber(sheetName: string): number {
  const match = /\((\d+)\)\s*$/.exec(sheetName);
  return match ? Number(match[1]) : 1;
}
