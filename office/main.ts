/**
 * Entry point of the shared runtime's page script (dist/office/taskpane.js, a
 * module script loaded by taskpane.html after office.js and functions.js).
 * The one page hosts the custom functions, the ribbon commands and the task
 * pane, and stays loaded while the pane is hidden. It carries the checklist;
 * the ribbon commands' code is a chunk loaded on first use (ribbon.ts).
 */
import { mountTaskpane } from './taskpane/taskpane';
import { registerRibbonCommands } from './ribbon';

void Office.onReady(() => mountTaskpane());

// The ribbon's ExecuteFunction buttons run in this page's runtime.
void Office.onReady(() => registerRibbonCommands());
