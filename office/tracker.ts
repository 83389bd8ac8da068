/**
 * The ribbon commands in Excel: Create partner tracker, Update tracker
 * (tracker-update.ts), Apply stage colours and About Bondstage, registered with Office.actions.associate in the shared
 * runtime. Each command makes at most 3 context.sync() calls (2 more when a
 * failed Create removes what it added), always completes its ribbon event,
 * and reports its outcome or error in the task pane in the user's language.
 */
import type { Language } from '../shared/language';
import { commandFailureMessage } from '../shared/command-problem';
import { displayLanguage } from './language';
import { type Notice, type Notify, showInTaskpane } from './taskpane/notice';
import { type ExcelCommandFunction, ribbonEntries } from '../shared/commands';
import { COMMAND_LABELS } from '../shared/messages/commands';
import { TRACKER_TEXTS, type TrackerTexts, aboutText } from '../shared/messages/tracker';
import { writeColours, writeSettings, writeSheet } from './tracker-write';
import { updateTrackerInExcel } from './tracker-update';
import { writeDashboard } from './tracker-dashboard';
import {
  type ExistingColourRule,
  type HostCell,
  type SheetHeader,
  EXCEL_DIALECT,
  colourTargetOf,
  coloursAppliedMessage,
  createLayouts,
  fallbackColourTarget,
  planColours,
  planCreate,
  trackerCreatedMessage,
} from '../shared/tracker';

type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelCommandHost {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  language(): Language;
  today(): Date;
}

const defaultHost: ExcelCommandHost = {
  run: (batch) => Excel.run(batch),
  language: displayLanguage,
  today: () => new Date(),
};

/**
 * Removes what a failed Create added: sheets (with their tables, rules and
 * validation) and defined names bearing the new names that were not there
 * before (a planned name was free, so any of that name is new). 2 syncs. A
 * failure here is left unreported: the original error is what the user
 * needs to see.
 */
async function removeAddedSheets(
  context: Excel.RequestContext,
  added: readonly string[],
  addedNames: readonly string[],
  before: ReadonlySet<string>,
): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const definedNames = context.workbook.names;
    definedNames.load('items/name');
    await context.sync();
    const wanted = new Set(added.map((name) => name.toLowerCase()));
    const wantedNames = new Set(addedNames.map((name) => name.toLowerCase()));
    for (const item of definedNames.items) if (wantedNames.has(item.name.toLowerCase())) item.delete();
    for (const sheet of worksheets.items) {
      const name = sheet.name.toLowerCase();
      if (wanted.has(name) && !before.has(name)) sheet.delete();
    }
    await context.sync();
  } catch {
    // Nothing more can be undone from here.
  }
}

/**
 * Creates the tracker sheets as tables. 2 syncs: read the names in use
 * (sheets, tables and the workbook's defined names, which share one namespace
 * with tables), then write everything. Should Excel fail part-way, the sheets
 * it added are removed again, so the workbook is as it was.
 */
export async function createTrackerInExcel(withExamples: boolean, host: ExcelCommandHost = defaultHost): Promise<string> {
  const language = host.language();
  const texts = TRACKER_TEXTS[language];
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name');
    const definedNames = context.workbook.names;
    definedNames.load('items/name');
    await context.sync();

    const sheetNames = worksheets.items.map((sheet) => sheet.name);
    const plan = planCreate(language, sheetNames, [
      ...tables.items.map((table) => table.name),
      ...definedNames.items.map((name) => name.name),
    ]);
    const { layouts, settings, dashboard, colours } = createLayouts(plan, {
      dialect: EXCEL_DIALECT,
      language,
      withExamples,
      today: host.today(),
    });
    let partners: Excel.Worksheet | undefined;
    for (const layout of layouts) {
      const sheet = worksheets.add(layout.name);
      writeSheet(sheet, layout, texts, plan.names.tables.partners);
      if (layout.sheet === 'partners') {
        partners = sheet;
        writeColours(sheet, colours, []);
      }
    }
    writeSettings(context, worksheets.add(settings.name), settings, texts, plan.names.tables.partners);
    writeDashboard(worksheets.add(dashboard.name), dashboard);
    partners!.activate();
    try {
      await context.sync();
    } catch (error) {
      const addedNames = settings.names.map((name) => name.name);
      await removeAddedSheets(context, plan.sheets, addedNames, new Set(sheetNames.map((name) => name.toLowerCase())));
      throw error;
    }

    return trackerCreatedMessage(plan, withExamples, texts);
  });
}

interface ColourCandidate {
  sheet: Excel.Worksheet;
  header: Excel.Range;
  formats: Excel.ConditionalFormatCollection;
}

/** Queues the reads a sheet's colouring needs: its name, header row and conditional formats. */
function loadColourCandidate(sheet: Excel.Worksheet): ColourCandidate {
  sheet.load('name');
  const header = sheet.getRange('1:1').getUsedRangeOrNullObject(true);
  header.load('values,columnIndex');
  const formats = sheet.getRange().conditionalFormats;
  formats.load('items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color');
  return { sheet, header, formats };
}

/** A loaded candidate's header row from column A (its used range may start further right); empty for an empty row. */
function headerOf(candidate: ColourCandidate): SheetHeader {
  const { sheet, header } = candidate;
  if (header.isNullObject) return { name: sheet.name, header: [] };
  return { name: sheet.name, header: new Array<HostCell>(header.columnIndex).fill('').concat(header.values[0] as HostCell[]) };
}

/** A loaded candidate's rules as the colour plan compares them: custom formulas with their background. */
function existingColourRules(candidate: ColourCandidate): ExistingColourRule[] {
  return candidate.formats.items.map((format) => {
    const custom = format.type === 'Custom' ? format.customOrNullObject : undefined;
    return custom && !custom.isNullObject
      ? { formula: custom.rule.formula, background: custom.format.fill.color }
      : { formula: null, background: null };
  });
}

/**
 * Colours the stage column of the active sheet, or of the tracker's partner
 * sheet when the active sheet has none (shared/tracker/colour-plan.ts). 2
 * syncs (3 when it falls back to the tracker): read headers and rules, then
 * replace Bondstage's own rules.
 */
export async function applyStageColoursInExcel(host: ExcelCommandHost = defaultHost): Promise<string> {
  const texts = TRACKER_TEXTS[host.language()];
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    let chosen = loadColourCandidate(worksheets.getActiveWorksheet());
    await context.sync();

    const active = headerOf(chosen);
    let target = colourTargetOf(active);
    if (!target) {
      const others = worksheets.items.filter((sheet) => sheet.name !== active.name).map(loadColourCandidate);
      await context.sync();
      target = fallbackColourTarget(active.name, others.map(headerOf), texts);
      const name = target.sheet;
      chosen = others.find((candidate) => candidate.sheet.name === name)!;
    }
    const plan = planColours(target, existingColourRules(chosen));
    writeColours(chosen.sheet, plan, chosen.formats.items);
    await context.sync();
    return coloursAppliedMessage(plan, texts);
  });
}

/** Runs a ribbon command, reports its outcome, and completes the event whatever happens. */
export async function runRibbonCommand(
  event: Office.AddinCommands.Event,
  command: (texts: TrackerTexts, language: Language) => Promise<Notice>,
  notify: Notify,
  language: () => Language,
): Promise<void> {
  let texts = TRACKER_TEXTS.en;
  try {
    const userLanguage = language();
    texts = TRACKER_TEXTS[userLanguage];
    notify(await command(texts, userLanguage));
  } catch (error) {
    const message = commandFailureMessage(error, texts);
    try {
      notify({ kind: 'error', title: texts.errorTitle, message });
    } catch {
      // Nothing more can be shown; the event must still complete.
    }
  } finally {
    event.completed();
  }
}

/** Wires the ExecuteFunction actions of manifest.xml, by the names shared/commands.ts gives them, to the commands. */
export function registerRibbonCommands(notify: Notify = showInTaskpane, host: ExcelCommandHost = defaultHost): void {
  const info = (title: string, message: string): Notice => ({ kind: 'info', title, message });
  const commands: Record<ExcelCommandFunction, (texts: TrackerTexts, language: Language) => Promise<Notice>> = {
    createTrackerWithExamples: async (_texts, language) =>
      info(COMMAND_LABELS[language].createTracker, await createTrackerInExcel(true, host)),
    createTracker: async (_texts, language) => info(COMMAND_LABELS[language].createTracker, await createTrackerInExcel(false, host)),
    updateTracker: async (_texts, language) => info(COMMAND_LABELS[language].updateTracker, await updateTrackerInExcel(host)),
    applyStageColours: async (_texts, language) => info(COMMAND_LABELS[language].applyStageColours, await applyStageColoursInExcel(host)),
    showAbout: (texts, language) => Promise.resolve(info(texts.aboutTitle, aboutText(language))),
  };
  for (const { run } of ribbonEntries()) {
    if (run)
      Office.actions.associate(
        run,
        (event: Office.AddinCommands.Event) => void runRibbonCommand(event, commands[run], notify, () => host.language()),
      );
  }
}
