/**
 * The ribbon's ExecuteFunction actions, associated when the shared runtime's
 * page loads (Office needs the names registered before a button is pressed),
 * with handlers that load the commands' code (office/tracker.ts, a chunk of
 * its own) on first use. The checklist page thus carries none of it. Should
 * the chunk fail to load (the connection dropped), the handler says so in
 * the user's language and still completes the event.
 */
import { type ExcelCommandFunction, ribbonEntries } from '../shared/commands';
import { COMMAND_LOAD_FAILED } from '../shared/messages/commands';
import { displayLanguage } from './language';
import { type Notify, showInTaskpane } from './taskpane/notice';
import type { ExcelCommandHost } from './tracker';

type CommandsModule = Pick<typeof import('./tracker'), 'runRibbonCommandNamed'>;

/** Imports the commands' chunk; the browser fetches it once and keeps the module. */
const loadCommands = (): Promise<CommandsModule> => import('./tracker');

async function runLoaded(
  run: ExcelCommandFunction,
  event: Office.AddinCommands.Event,
  notify: Notify,
  host: ExcelCommandHost | undefined,
  load: () => Promise<CommandsModule>,
): Promise<void> {
  let commands: CommandsModule;
  try {
    commands = await load();
  } catch {
    try {
      notify({ kind: 'error', ...COMMAND_LOAD_FAILED[host ? host.language() : displayLanguage()] });
    } catch {
      // Nothing more can be shown; the event must still complete.
    }
    event.completed();
    return;
  }
  await commands.runRibbonCommandNamed(run, event, notify, host);
}

/** Wires the ExecuteFunction actions of manifest.xml, by the names shared/commands.ts gives them, to the commands. */
export function registerRibbonCommands(
  notify: Notify = showInTaskpane,
  host?: ExcelCommandHost,
  load: () => Promise<CommandsModule> = loadCommands,
): void {
  for (const { run } of ribbonEntries()) {
    if (run) Office.actions.associate(run, (event: Office.AddinCommands.Event) => void runLoaded(run, event, notify, host, load));
  }
}
