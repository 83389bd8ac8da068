/**
 * Apply stage colours, read → plan → write. A host reads header rows and the
 * sheet's conditional-format rules; the plan decides:
 * - which sheet to colour: the active one when its header has a stage column,
 *   else the tracker's partner sheet, found by its headers, never by name;
 *   neither is a problem the user is told about;
 * - the rules and where they are anchored: row 2, the first data row, of the
 *   stage column (and, when present, of the next-contact column for overdue
 *   dates, the VCP phase column for each phase, and the Givers Gain balance
 *   column for a negative balance);
 * - which existing rules are Bondstage's own (formatting.ts), to be replaced;
 *   every other rule is kept, ahead of the new ones;
 * - what the user is told afterwards.
 * The host then writes exactly that.
 */
import { CommandProblem } from '../command-problem';
import {
  colourRules,
  columnOfRule,
  findColourColumns,
  isOwnColourRule,
  rowRelativeCell,
  type ColourColumns,
  type ColourRule,
} from '../formatting';
import type { TrackerTexts } from '../messages/tracker';
import { columnLetter } from './formulas';
import { trackerSheetsByPreference, type SheetHeader } from './reading';

/** The first data row, where every colour rule is anchored (the header is row 1). */
export const FIRST_COLOURED_ROW = 2;

/** A sheet to colour and its columns; its header has a stage column. */
export interface ColourTarget {
  sheet: string;
  columns: ColourColumns;
}

/** The sheet as a colour target, or null when its header has no stage column. */
export function colourTargetOf(sheet: SheetHeader): ColourTarget | null {
  const columns = findColourColumns(sheet.header);
  return columns.stage >= 0 ? { sheet: sheet.name, columns } : null;
}

/**
 * Where to colour when the active sheet has no stage column: the tracker's
 * partner sheet among the other sheets, recognised by its headers.
 * @throws CommandProblem naming the active sheet when there is none with a stage column
 */
export function fallbackColourTarget(activeSheet: string, others: readonly SheetHeader[], texts: TrackerTexts): ColourTarget {
  const candidates = others.filter((sheet) => sheet.name !== activeSheet);
  const partners = trackerSheetsByPreference(candidates, 'partners')[0];
  const tracker = candidates.find((sheet) => sheet.name === partners);
  const target = tracker ? colourTargetOf(tracker) : null;
  if (!target) throw new CommandProblem(texts.noStageColumn(activeSheet));
  return target;
}

/** A rule already on the sheet, as the host reads it: a custom formula and its background; null for other kinds of rule. */
export interface ExistingColourRule {
  formula: string | null | undefined;
  background: string | null | undefined;
}

/** A rule to add: it covers its column from FIRST_COLOURED_ROW down, and its formula is written for that row. */
export interface PlannedColourRule extends ColourRule {
  /** Zero-based column. */
  column: number;
}

export interface ColourPlan {
  sheet: string;
  /** The rules to add, after the kept ones (so where rules overlap, the user's win). */
  rules: PlannedColourRule[];
  /** One entry per existing rule, in order: true for Bondstage's own, which is removed. */
  replace: boolean[];
  replaced: number;
  kept: number;
  withOverdue: boolean;
}

/**
 * The colour rules for the columns found, their formulas written for `row`
 * (the sheet row the rule is anchored at), each with the column it covers.
 * `columns` must have a stage column.
 */
export function colourRulesAt(columns: ColourColumns, row: number): PlannedColourRule[] {
  const { stage, nextContactDue, vcpPhase, givenBalance } = columns;
  const anchor = (column: number) => (column >= 0 ? rowRelativeCell(columnLetter(column), row) : undefined);
  const cells = { nextContactDue: anchor(nextContactDue), vcpPhase: anchor(vcpPhase), givenBalance: anchor(givenBalance) };
  return colourRules(anchor(stage)!, cells).map((rule) => ({ ...rule, column: columnOfRule(rule.purpose, columns) }));
}

export function planColours(target: ColourTarget, existing: readonly ExistingColourRule[]): ColourPlan {
  const rules = colourRulesAt(target.columns, FIRST_COLOURED_ROW);
  const withOverdue = target.columns.nextContactDue >= 0;
  const replace = existing.map((rule) => isOwnColourRule(rule.formula, rule.background));
  const replaced = replace.filter(Boolean).length;
  return { sheet: target.sheet, rules, replace, replaced, kept: existing.length - replaced, withOverdue };
}

/** What the user is told once the plan is written. */
export function coloursAppliedMessage(plan: ColourPlan, texts: TrackerTexts): string {
  return texts.coloursApplied(plan.sheet, plan.replaced, plan.kept, plan.withOverdue);
}
