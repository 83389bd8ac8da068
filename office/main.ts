/**
 * Entry point of the shared runtime's page script (dist/office/taskpane.js,
 * loaded by taskpane.html after office.js and functions.js). The one page
 * hosts the custom functions, the ribbon commands and the task pane, and
 * stays loaded while the pane is hidden.
 */
import { mountTaskpane } from './taskpane/taskpane';
import { registerRibbonCommands } from './tracker';

void Office.onReady(() => mountTaskpane());

// The ribbon's ExecuteFunction buttons run in this page's runtime.
void Office.onReady(() => registerRibbonCommands());
