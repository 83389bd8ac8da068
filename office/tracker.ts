/**
 * The ribbon commands in Excel: Create partner tracker, Apply stage colours
 * and About Bondstage, registered with Office.actions.associate in the shared
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
import { blockFormats } from '../shared/cell-writes';
import { excelSerialDate } from '../shared/dates';
import {
  type ColourPlan,
  type ExistingColourRule,
  type HostCell,
  type SheetHeader,
  type SheetLayout,
  type TrackerCell,
  type ValidationRule,
  EXCEL_DIALECT,
  FIRST_COLOURED_ROW,
  colourTargetOf,
  coloursAppliedMessage,
  columnLetter,
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

/** Queues a colour plan: deletes the existing rules it replaces (given in the order the plan read them), then adds its own. */
function writeColours(sheet: Excel.Worksheet, plan: ColourPlan, existing: readonly Excel.ConditionalFormat[]): void {
  existing.forEach((format, index) => {
    if (plan.replace[index]) format.delete();
  });
  for (const rule of plan.rules) {
    const letter = columnLetter(rule.column);
    const format = sheet
      .getRange(`${letter}${FIRST_COLOURED_ROW}:${letter}${LAST_ROW}`)
      .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.background;
    format.custom.format.font.color = rule.text;
  }
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
    const plan = planCreate(language, sheetNames, [
      ...tables.items.map((table) => table.name),
      ...definedNames.items.map((name) => name.name),
    ]);
    const { layouts, colours } = createLayouts(plan, { dialect: EXCEL_DIALECT, language, withExamples, today: host.today() });
    let partners: Excel.Worksheet | undefined;
    for (const layout of layouts) {
      const sheet = worksheets.add(layout.name);
      writeSheet(sheet, layout, texts, plan.names.tables.partners);
      if (layout.sheet === 'partners') {
        partners = sheet;
        writeColours(sheet, colours, []);
      }
    }
    partners!.activate();
    try {
      await context.sync();
    } catch (error) {
      await removeAddedSheets(context, plan.sheets, new Set(sheetNames.map((name) => name.toLowerCase())));
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
