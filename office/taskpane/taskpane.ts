/**
 * The task pane page (taskpane.html): the bond checklist in Excel's task
 * pane, on the Excel.run port. The page outlives the pane (it is the shared
 * runtime), so each time the pane opens it shows the partner of the selected row.
 */
import { displayLanguage } from '../language';
import { mountChecklist } from '../../shared/ui/checklist-app';
import { excelPort } from '../checklist';

export function mountTaskpane(): void {
  const app = mountChecklist(document.getElementById('app')!, {
    port: excelPort(),
    language: displayLanguage(),
  });
  if (Office.addin && typeof Office.addin.onVisibilityModeChanged === 'function') {
    void Office.addin.onVisibilityModeChanged((message) => {
      if (message.visibilityMode === Office.VisibilityMode.taskpane) void app.reload();
    });
  }
}
