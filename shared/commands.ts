/**
 * The commands of the Sheets menu and the Excel ribbon, declared once, in
 * menu and ribbon order: the names each host calls them by and the labels
 * they show. gas/tracker.ts builds the menu from this, office/tracker.ts
 * associates the ribbon's functions, and test/office/commands.test.ts holds
 * manifest.xml to it. The names are contracts with the hosts: a command's id
 * is a top-level function of dist/gas/Globals.js, `run` the <FunctionName>
 * of an ExecuteFunction action in manifest.xml; renaming one breaks
 * installed copies.
 */
import type { CommandLabelKey } from './messages/commands';

/** The namespace of the sheet functions in Excel: =NETWORK.BONDSTAGE(…). */
export const EXCEL_FUNCTION_NAMESPACE = 'NETWORK';

/** The top-level Apps Script functions the menu items call; also the keys of their labels. */
export type SheetsCommandFunction =
  'createTracker' | 'updateTracker' | 'applyStageColours' | 'openChecklist' | 'openCalendarImport' | 'showAbout';

/** The functions the ribbon's ExecuteFunction actions call. */
export type ExcelCommandFunction = 'createTrackerWithExamples' | 'createTracker' | 'updateTracker' | 'applyStageColours' | 'showAbout';

/** A ribbon control, or an item of a ribbon menu. */
export interface RibbonEntry {
  label: CommandLabelKey;
  /** What its ExecuteFunction action calls; none for a menu or the button that shows the task pane. */
  run?: ExcelCommandFunction;
  /** The items of a ribbon menu. */
  items?: readonly RibbonEntry[];
  /** A ShowTaskpane button's page when it is not the checklist's shared-runtime page: the importer's own (import.html). */
  pane?: 'import';
}

export interface Command {
  id: SheetsCommandFunction;
  /** A separator above it in the Sheets menu. */
  separatorBefore?: boolean;
  ribbon: RibbonEntry;
}

export const COMMANDS: readonly Command[] = [
  {
    id: 'createTracker',
    // Excel offers the tracker with example partners (marked, easy to delete) or empty; Sheets asks.
    ribbon: {
      label: 'createTracker',
      items: [
        { label: 'trackerWithExamples', run: 'createTrackerWithExamples' },
        { label: 'emptyTracker', run: 'createTracker' },
      ],
    },
  },
  // Brings a tracker of an earlier version up to date: missing columns and the Settings sheet.
  { id: 'updateTracker', ribbon: { label: 'updateTracker', run: 'updateTracker' } },
  { id: 'applyStageColours', ribbon: { label: 'applyStageColours', run: 'applyStageColours' } },
  // Its ribbon button is a ShowTaskpane action: the task pane is the checklist.
  { id: 'openChecklist', ribbon: { label: 'checklist' } },
  // A task pane of its own (import.html, outside the shared runtime), so the checklist pages do not carry the importer.
  { id: 'openCalendarImport', ribbon: { label: 'importMeetings', pane: 'import' } },
  { id: 'showAbout', separatorBefore: true, ribbon: { label: 'showAbout', run: 'showAbout' } },
];

/** Every ribbon control and menu item in manifest order, each menu before its items. */
export function ribbonEntries(): RibbonEntry[] {
  const withItems = (entry: RibbonEntry): RibbonEntry[] => [entry, ...(entry.items ?? []).flatMap(withItems)];
  return COMMANDS.flatMap((command) => withItems(command.ribbon));
}
