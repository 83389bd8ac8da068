/** Script of the Sheets sidebar (dist/gas/Sidebar.html): the checklist on the google.script.run port. */
import { languageForLocale } from '../../shared/language';
import { mountChecklist } from '../../shared/ui/checklist-app';
import { scriptRunPort, type ScriptRunner } from './script-run-port';

declare const google: { script: { run: ScriptRunner } };

// The server reports the user's Google language with the first load; until then the browser's guess is used.
mountChecklist(document.getElementById('app')!, {
  port: scriptRunPort(() => google.script.run),
  language: languageForLocale(navigator.language),
});
