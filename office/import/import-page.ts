/**
 * Entry point of the Excel import task pane (dist/office/import.js, loaded by
 * import.html after office.js). It runs outside the shared runtime, in a
 * task pane of its own, so the checklist's page does not carry the parser.
 */
import { mountImport } from '../../shared/ui/import/import-app';
import { excelImportPort } from '../calendar-import';
import { displayLanguage } from '../language';

void Office.onReady(() => mountImport(document.getElementById('app')!, { port: excelImportPort(), language: displayLanguage() }));
