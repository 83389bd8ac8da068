/**
 * Script of the shared-runtime page (taskpane.html): the bond checklist in
 * Excel's task pane. The page also hosts the custom functions and the ribbon
 * commands, and stays loaded while the pane is hidden.
 */
import { displayLanguage } from './language';
import { mountChecklist } from '../shared/ui/checklist-app';
import { excelPort } from './excel-port';
import { registerRibbonCommands } from './commands';

Office.onReady(() => {
  const app = mountChecklist(document.getElementById('app')!, {
    port: excelPort(),
    language: displayLanguage(),
  });
  // The page outlives the pane: show the partner of the selected row each time the pane opens.
  if (Office.addin && typeof Office.addin.onVisibilityModeChanged === 'function') {
    void Office.addin.onVisibilityModeChanged((message) => {
      if (message.visibilityMode === Office.VisibilityMode.taskpane) void app.reload();
    });
  }
});

// The ribbon's ExecuteFunction buttons run in this page's runtime.
Office.onReady(() => registerRibbonCommands());
