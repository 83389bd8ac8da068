/**
 * The ribbon commands in Excel: Create partner tracker, Apply stage colours
 * and About Bondstage, registered with Office.actions.associate in the shared
 * runtime. Each command makes at most 3 context.sync() calls (2 more when a
 * failed Create removes what it added), always completes its ribbon event,
 * and reports its outcome or error in the task pane in the user's language.
 */
import { colourRules, findColourColumns, isOwnColourRule } from '../shared/formatting';
import type { Language } from '../shared/language';
import { CommandProblem, commandFailureMessage } from '../shared/command-problem';
import { displayLanguage } from './language';
import { type Notice, type Notify, showInTaskpane } from './taskpane/notice';
import { type ExcelCommandFunction, ribbonEntries } from '../shared/commands';
import { COMMAND_LABELS } from '../shared/messages/commands';
import { TRACKER_TEXTS, type TrackerTexts, aboutText } from '../shared/messages/tracker';
import { type HostCell, trackerSheetsByPreference } from '../shared/checklist-tracker';
import { blockFormats } from '../shared/cell-writes';
import {
  type SheetLayout,
  type TrackerCell,
  type ValidationRule,
  columnLetter,
  excelSerialDate,
  planTrackerNames,
  trackerLayouts,
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

const LAST_ROW = 1048576;
const POINTS_PER_PIXEL = 0.75;

function excelCell(value: TrackerCell): string | number | boolean {
  return value instanceof Date ? excelSerialDate(value) : value;
}

function excelValidation(rule: ValidationRule, partnersTable: string): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'numberAtLeast':
      return { decimal: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
    case 'wholeNumberBetween':
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' as Excel.DataValidationOperator } };
    case 'date':
      return { date: { formula1: '=DATE(1900,1,1)', operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'partnerNames':
      // Validation cannot use a structured reference directly; INDIRECT follows the table as it grows.
      return { list: { inCellDropDown: true, source: `=INDIRECT("${partnersTable}[Partner]")` } };
  }
}

function writeSheet(sheet: Excel.Worksheet, layout: SheetLayout, texts: TrackerTexts, partnersTable: string): void {
  const columns = layout.columns.length;
  const values = [layout.columns.map((column) => column.header)];
  for (let r = 0; r < layout.dataRows; r++) {
    values.push((layout.rows[r] ?? new Array<TrackerCell>(columns).fill('')).map(excelCell) as string[]);
  }
  const whole = sheet.getRangeByIndexes(0, 0, layout.dataRows + 1, columns);
  // Formats first: text cells as Text, so Excel stores every text as written (shared/cell-writes.ts).
  const formats = layout.columns.map((column) => column.numberFormat);
  whole.numberFormat = blockFormats(values, (row) => (row === 0 ? 'General' : formats));
  whole.values = values;
  const table = sheet.tables.add(whole, true);
  table.name = layout.table;
  sheet.getRangeByIndexes(0, 0, 1, columns).format.font.bold = true;

  layout.columns.forEach((column, index) => {
    const body = sheet.getRangeByIndexes(1, index, layout.dataRows, 1);
    if (column.rowFormula) body.formulas = Array.from({ length: layout.dataRows }, () => [column.rowFormula!]);
    sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = column.width * POINTS_PER_PIXEL;
    if (column.validation) {
      const help = texts[column.validation.help];
      // Validation on the whole column below the header, so rows the table grows into are checked too.
      const validated = sheet.getRange(`${columnLetter(index)}2:${columnLetter(index)}${LAST_ROW}`);
      validated.dataValidation.rule = excelValidation(column.validation.rule, partnersTable);
      validated.dataValidation.errorAlert = {
        showAlert: column.validation.rule.strict,
        style: 'Stop',
        title: texts.productName,
        message: help,
      };
      validated.dataValidation.prompt = { showPrompt: true, title: column.header, message: help };
    }
  });
  if (layout.frozenColumns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, 1, layout.frozenColumns));
  else sheet.freezePanes.freezeRows(1);
}

/** Adds stage and overdue rules for the given columns; the caller has already removed Bondstage's old rules. */
function addColourRules(sheet: Excel.Worksheet, stageColumn: number, nextContactColumn: number): number {
  const stageLetter = columnLetter(stageColumn);
  const nextLetter = nextContactColumn >= 0 ? columnLetter(nextContactColumn) : undefined;
  const rules = colourRules(`$${stageLetter}2`, nextLetter && `$${nextLetter}2`);
  for (const rule of rules) {
    const letter = rule.purpose === 'overdue' ? nextLetter! : stageLetter;
    const format = sheet.getRange(`${letter}2:${letter}${LAST_ROW}`).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.background;
    format.custom.format.font.color = rule.text;
  }
  return rules.length;
}

/**
 * Removes the sheets a failed Create added (with their tables, rules and
 * validation): sheets bearing the new names that were not there before.
 * 2 syncs. A failure here is left unreported: the original error is what the
 * user needs to see.
 */
async function removeAddedSheets(context: Excel.RequestContext, added: readonly string[], before: ReadonlySet<string>): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const wanted = new Set(added.map((name) => name.toLowerCase()));
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
    const names = planTrackerNames(language, sheetNames, [
      ...tables.items.map((table) => table.name),
      ...definedNames.items.map((name) => name.name),
    ]);
    const layouts = trackerLayouts({ dialect: 'excel', language, names, withExamples, today: host.today() });
    let partners: Excel.Worksheet | undefined;
    for (const layout of layouts) {
      const sheet = worksheets.add(layout.name);
      writeSheet(sheet, layout, texts, names.tables.partners);
      if (layout.sheet === 'partners') {
        partners = sheet;
        const stage = layout.columns.findIndex((column) => column.key === 'stage');
        const next = layout.columns.findIndex((column) => column.key === 'nextContactDue');
        addColourRules(sheet, stage, next);
      }
    }
    partners!.activate();
    const fresh = [names.sheets.partners, names.sheets.meetings, names.sheets.checks];
    try {
      await context.sync();
    } catch (error) {
      await removeAddedSheets(context, fresh, new Set(sheetNames.map((name) => name.toLowerCase())));
      throw error;
    }

    const kept = names.existing.length > 0 ? `${texts.existingKept(names.existing, fresh)} ` : '';
    return `${kept}${texts.trackerCreated(fresh, withExamples)}`;
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

/** A loaded candidate's header row from column A (its used range may start further right). */
function headerRowOf(candidate: ColourCandidate): HostCell[] {
  return new Array<HostCell>(candidate.header.columnIndex).fill('').concat(candidate.header.values[0] as HostCell[]);
}

/** Replaces Bondstage's rules on a loaded candidate; undefined when its header has no stage column. */
function recolour(candidate: ColourCandidate, texts: TrackerTexts): string | undefined {
  if (candidate.header.isNullObject) return undefined;
  const columns = findColourColumns(headerRowOf(candidate));
  if (columns.stage < 0) return undefined;
  let replaced = 0;
  let kept = 0;
  for (const format of candidate.formats.items) {
    const custom = format.type === 'Custom' ? format.customOrNullObject : undefined;
    if (custom && !custom.isNullObject && isOwnColourRule(custom.rule.formula, custom.format.fill.color)) {
      format.delete();
      replaced++;
    } else {
      kept++;
    }
  }
  addColourRules(candidate.sheet, columns.stage, columns.nextContactDue);
  return texts.coloursApplied(candidate.sheet.name, replaced, kept, columns.nextContactDue >= 0);
}

/**
 * Colours the stage column of the active sheet, or of the tracker's partner
 * sheet when the active sheet has none. 2 syncs (3 when it falls back to the
 * tracker): read headers and rules, then replace Bondstage's own rules.
 */
export async function applyStageColoursInExcel(host: ExcelCommandHost = defaultHost): Promise<string> {
  const texts = TRACKER_TEXTS[host.language()];
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const active = loadColourCandidate(worksheets.getActiveWorksheet());
    await context.sync();

    let message = recolour(active, texts);
    if (message === undefined) {
      // Not on a sheet with a stage column: the tracker's partner sheet, recognised by its headers.
      const others = worksheets.items.filter((sheet) => sheet.name !== active.sheet.name).map(loadColourCandidate);
      await context.sync();
      const headers = others
        .filter((candidate) => !candidate.header.isNullObject)
        .map((candidate) => ({ name: candidate.sheet.name, header: headerRowOf(candidate) }));
      const trackerName = trackerSheetsByPreference(headers, 'partners')[0];
      const tracker = others.find((candidate) => candidate.sheet.name === trackerName);
      if (tracker) message = recolour(tracker, texts);
    }
    if (message === undefined) throw new CommandProblem(texts.noStageColumn(active.sheet.name));
    await context.sync();
    return message;
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
    createTrackerWithExamples: async (_texts, language) => info(COMMAND_LABELS[language].createTracker, await createTrackerInExcel(true, host)),
    createTracker: async (_texts, language) => info(COMMAND_LABELS[language].createTracker, await createTrackerInExcel(false, host)),
    applyStageColours: async (_texts, language) => info(COMMAND_LABELS[language].applyStageColours, await applyStageColoursInExcel(host)),
    showAbout: (texts, language) => Promise.resolve(info(texts.aboutTitle, aboutText(language))),
  };
  for (const { run } of ribbonEntries()) {
    if (run) Office.actions.associate(run, (event: Office.AddinCommands.Event) => void runRibbonCommand(event, commands[run], notify, () => host.language()));
  }
}
