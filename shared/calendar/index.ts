/**
 * Importing meetings from a calendar file (.ics), one module per concern:
 * - problems.ts: what can go wrong, as data, and the hosts' replies;
 * - calendar-file.ts: the file read with ical.js, its zones registered;
 * - zone-times.ts: IANA zones with Intl, for TZIDs the file does not define;
 * - period.ts: the period chosen, remembered per document;
 * - occurrence.ts: an occurrence as plain data (no parser needed to use one);
 * - occurrences.ts: the events expanded within the period, with skips;
 * - matching.ts: which partners an occurrence is with;
 * - kinds.ts: one-to-one, event or call;
 * - import-list.ts: the list the page shows and the rows it sends;
 * - meetings-plan.ts: what a host appends to Meetings;
 * - host-steps.ts: the context a host answers with and the append it plans;
 * - port.ts: the interface between the import page and a host.
 */
export * from './problems';
export * from './calendar-file';
export * from './period';
export * from './occurrences';
export * from './matching';
export * from './kinds';
export * from './import-list';
export * from './meetings-plan';
export * from './host-steps';
export * from './port';
