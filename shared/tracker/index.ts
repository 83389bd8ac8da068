/**
 * The partner tracker, one module per concern:
 * - columns.ts: its sheets and columns, found by header in either language;
 * - names.ts: names for a new tracker's sheets and tables;
 * - formulas.ts: the computed columns' formulas in the Sheets and Excel dialects;
 * - layout.ts: formats, widths, validation and the layout a host writes;
 * - examples.ts: the example rows (the examples themselves are in messages/tracker-examples.ts);
 * - reading.ts: recognising the tracker's sheets and reading their rows;
 * - colour-plan.ts and create-plan.ts: what the tracker commands decide before a host writes;
 * - missing-columns.ts: the columns an existing tracker lacks, added at its right end;
 * - table-rows.ts: where rows appended to a table go (its blank rows first);
 * - settings.ts: the Settings sheet and the defined names formulas read it by;
 * - update-plan.ts: what Update tracker adds to a tracker of an earlier version;
 * - dashboard.ts and dashboard-formulas.ts: the Dashboard sheet, its live formulas and charts.
 * Its words are in messages/tracker-layout.ts, tracker-examples.ts and
 * tracker-dialogs.ts; date conversions in dates.ts.
 */
export * from './columns';
export * from './names';
export * from './formulas';
export * from './layout';
export * from './examples';
export * from './reading';
export * from './colour-plan';
export * from './create-plan';
export * from './missing-columns';
export * from './table-rows';
export * from './settings';
export * from './update-plan';
export * from './dashboard';
export * from './dashboard-formulas';
// The date helpers, where callers have imported them from so far.
export { dayBefore, excelSerialDate, isoDateFromSerial, serialFromIsoDate } from '../dates';
export * from './sheets-cells';
