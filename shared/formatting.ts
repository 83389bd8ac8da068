/**
 * Stage colours: one conditional-format rule per stage on the stage column,
 * matching the label in English or German, one rule for overdue
 * "Next contact due" dates, and quiet ones for the VCP phase (one per
 * phase, English or German) and for a negative Givers Gain balance (more
 * referrals received than given). Host-neutral: both hosts turn these into their
 * own conditional formats, and recognise their own rules by formula shape
 * and colour so applying again replaces them and keeps the user's rules.
 */
import type { Language } from './language';
import { LANGUAGES } from './language';
import { STAGE_LABELS } from './messages/stages';
import { STAGES, type Stage } from './stages';
import { VCP_LABELS } from './messages/next-step';
import { VCP_PHASES, type VcpPhase } from './vcp';
import { PARTNER_COLUMNS, columnByKey, findColumn } from './tracker/columns';

export interface Colours {
  background: string;
  text: string;
}

/** Light to dark as the bond grows; every pair has a WCAG contrast of at least 4.5:1. */
export const STAGE_COLOURS: Record<Stage, Colours> = {
  acquaintance: { background: '#eceff1', text: '#37474f' },
  casualFriend: { background: '#fff3c4', text: '#5d4200' },
  friend: { background: '#c8e6c9', text: '#1b5e20' },
  closeFriend: { background: '#1b5e20', text: '#ffffff' },
};

/**
 * The stages as bars in a chart: the hue of each stage's cell colours, dark
 * enough to stand out on a white chart (at least 3:1, WCAG 2 non-text
 * contrast), light to dark as the bond grows.
 */
export const STAGE_CHART_COLOURS: Record<Stage, string> = {
  acquaintance: '#78909c',
  casualFriend: '#b08400',
  friend: '#388e3c',
  closeFriend: '#1b5e20',
};

export const OVERDUE_COLOURS: Colours = { background: '#fde0dc', text: '#b71c1c' };

/** Quiet: a reminder to give back, not an alarm. */
export const NEGATIVE_BALANCE_COLOURS: Colours = { background: '#fff4e0', text: '#7a4a00' };

/** Quiet tints, growing warmer from knowing to referring; text at least 4.5:1 on each. */
export const VCP_COLOURS: Record<VcpPhase, Colours> = {
  visibility: { background: '#f1f3f4', text: '#3c4043' },
  credibility: { background: '#e8f0fe', text: '#174ea6' },
  profitability: { background: '#e6f4ea', text: '#0d652d' },
};

export type ColourRulePurpose = Stage | 'overdue' | 'negativeBalance' | VcpPhase;

export interface ColourRule extends Colours {
  purpose: ColourRulePurpose;
  /** Custom formula, written for the first cell of the range it applies to. */
  formula: string;
}

/** Relative-row reference to a cell, e.g. $E2. */
export function rowRelativeCell(columnLetters: string, row: number): string {
  return `$${columnLetters}${row}`;
}

/** True when the cell shows the label in any language; both hosts compare without case. */
function labelRuleFormula(label: (language: Language) => string, cell: string): string {
  const tests = LANGUAGES.map((language) => `${cell}="${label(language)}"`);
  return `=OR(${tests.join(',')})`;
}

/** True when the cell shows the stage's label in any language (compared without case, as both hosts do). */
export function stageRuleFormula(stage: Stage, cell: string): string {
  return labelRuleFormula((language) => STAGE_LABELS[language][stage], cell);
}

/** True when the cell holds a date before today. */
export function overdueRuleFormula(cell: string): string {
  return `=AND(ISNUMBER(${cell}),${cell}<TODAY())`;
}

/** True when the cell shows the VCP phase's label in any language. */
export function vcpRuleFormula(phase: VcpPhase, cell: string): string {
  return labelRuleFormula((language) => VCP_LABELS[language][phase], cell);
}

/** True when the cell holds a number below 0. */
export function negativeRuleFormula(cell: string): string {
  return `=AND(ISNUMBER(${cell}),${cell}<0)`;
}

/** The first cells of the optional coloured columns, when the sheet has them. */
export interface OptionalColourCells {
  nextContactDue?: string;
  vcpPhase?: string;
  givenBalance?: string;
}

/** The rules for a stage column (and the optional columns present), for ranges starting at the given cells. */
export function colourRules(stageCell: string, cells: OptionalColourCells = {}): ColourRule[] {
  const rules: ColourRule[] = STAGES.map((stage) => ({
    purpose: stage,
    formula: stageRuleFormula(stage, stageCell),
    ...STAGE_COLOURS[stage],
  }));
  if (cells.nextContactDue) rules.push({ purpose: 'overdue', formula: overdueRuleFormula(cells.nextContactDue), ...OVERDUE_COLOURS });
  const vcpCell = cells.vcpPhase;
  if (vcpCell)
    for (const phase of VCP_PHASES) rules.push({ purpose: phase, formula: vcpRuleFormula(phase, vcpCell), ...VCP_COLOURS[phase] });
  if (cells.givenBalance)
    rules.push({ purpose: 'negativeBalance', formula: negativeRuleFormula(cells.givenBalance), ...NEGATIVE_BALANCE_COLOURS });
  return rules;
}

const CELL_REFERENCE = /\$?[A-Z]{1,3}\$?[0-9]+/g;

function formulaShape(formula: string): string {
  return formula.trim().replace(/\s+/g, '').replace(CELL_REFERENCE, '@').toUpperCase();
}

const OWN_SHAPES: ReadonlyMap<string, string> = new Map(
  colourRules('$A2', { nextContactDue: '$B2', givenBalance: '$C2', vcpPhase: '$D2' }).map((rule) => [
    formulaShape(rule.formula),
    rule.background.toLowerCase(),
  ]),
);

/**
 * True for a rule Bondstage made: its formula has the shape of one of ours
 * (whatever cell it points at, since hosts rewrite references when columns
 * move) and it has that rule's background colour. A user's rule that differs
 * in either is never touched.
 */
export function isOwnColourRule(formula: string | null | undefined, background: string | null | undefined): boolean {
  if (!formula || !background) return false;
  return OWN_SHAPES.get(formulaShape(formula)) === background.trim().toLowerCase();
}

export interface ColourColumns {
  /** Zero-based index of the stage column, or -1. */
  stage: number;
  /** Zero-based index of the next-contact-due column, or -1. */
  nextContactDue: number;
  /** Zero-based index of the VCP phase column, or -1. */
  vcpPhase: number;
  /** Zero-based index of the Givers Gain balance column, or -1. */
  givenBalance: number;
}

/** The stage, next-contact, VCP phase and balance columns of a header row, in either language. */
export function findColourColumns(headerRow: readonly unknown[]): ColourColumns {
  return {
    stage: findColumn(headerRow, columnByKey(PARTNER_COLUMNS, 'stage')),
    nextContactDue: findColumn(headerRow, columnByKey(PARTNER_COLUMNS, 'nextContactDue')),
    vcpPhase: findColumn(headerRow, columnByKey(PARTNER_COLUMNS, 'vcpPhase')),
    givenBalance: findColumn(headerRow, columnByKey(PARTNER_COLUMNS, 'givenBalance')),
  };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The column a rule of the given purpose applies to. */
export function columnOfRule(purpose: ColourRulePurpose, columns: ColourColumns): number {
  if (purpose === 'overdue') return columns.nextContactDue;
  if (purpose === 'negativeBalance') return columns.givenBalance;
  return (VCP_PHASES as readonly string[]).includes(purpose) ? columns.vcpPhase : columns.stage;
}
