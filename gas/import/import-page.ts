/** Script of the Sheets import dialog (dist/gas/Import.html): the calendar import on the google.script.run port. */
import { languageForLocale } from '../../shared/language';
import { mountImport } from '../../shared/ui/import/import-app';
import type { ScriptRunner } from '../sidebar/script-run-port';
import { scriptRunImportPort } from './script-run-import-port';

declare const google: { script: { run: ScriptRunner } };

// The server reports the user's Google language with the context; until then the browser's guess is used.
mountImport(document.getElementById('app')!, {
  port: scriptRunImportPort(() => google.script.run),
  language: languageForLocale(navigator.language),
});
