/**
 * The outcome notices of the ribbon commands (office/tracker.ts): shown at
 * the top of the task pane, above the checklist, which opens for them. An
 * error is announced as an alert, anything else as a status.
 */
export interface Notice {
  kind: 'info' | 'error';
  title: string;
  message: string;
}

export type Notify = (notice: Notice) => void;

/** Shows a notice at the top of the task pane and opens the pane (the shared runtime's page is the pane). */
export function showInTaskpane(notice: Notice): void {
  if (typeof document !== 'undefined') {
    let box = document.getElementById('bondstage-notice');
    if (!box) {
      box = document.createElement('div');
      box.id = 'bondstage-notice';
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.setAttribute('role', notice.kind === 'error' ? 'alert' : 'status');
    box.className = `bondstage-notice bondstage-notice--${notice.kind}`;
    box.textContent = '';
    const title = document.createElement('strong');
    title.textContent = notice.title;
    const message = document.createElement('p');
    message.textContent = notice.message;
    box.append(title, message);
  }
  try {
    void Office.addin.showAsTaskpane().catch(() => undefined);
  } catch {
    // Older hosts without Office.addin: the notice shows the next time the pane opens.
  }
}
