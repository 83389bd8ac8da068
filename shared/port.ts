/**
 * The checklist port: the small async interface through which the bond
 * checklist UI talks to a spreadsheet. The UI knows only this interface; each
 * host implements it (Google Sheets with google.script.run, Excel with
 * Excel.run, a browser preview with data in memory).
 *
 * Rules every implementation keeps:
 * - Only plain data crosses the port: strings, numbers, booleans, null,
 *   arrays and plain objects. Dates travel as IsoDate text, because
 *   google.script.run cannot carry Date objects.
 * - A promise rejects with a PortError for problems the user can fix (no
 *   tracker, partner not found, …); the UI shows its message in the user's
 *   language. Any other rejection is shown as a host failure with its message.
 * - Stage, progress and hours to the next stage are not part of the port: the
 *   UI derives them from `hours` with the core (shared/stages.ts), exactly as
 *   the sheet functions do, so no host can disagree with the formulas.
 */
import type { CardSettings } from './card-settings';
import { CHECKLIST_SIZE } from './checklist';
import { isIsoDate, type IsoDate } from './dates';
import type { Language } from './language';
import { replyFrom, valueFrom, type HostFailure, type HostReplyOf } from './host-reply';

export { isIsoDate, type IsoDate };

/** Where a host found a partner: the sheet's name and its 1-based row. A hint only: the row may move. */
export interface PartnerLocation {
  sheet: string;
  row: number;
}

/** The latest check of a partner, from the Checks sheet. */
export interface PreviousCheck {
  checkedOn: IsoDate;
  /** The nine answers in CHECKLIST order; null where the row holds no readable yes or no. */
  answers: (boolean | null)[];
  /** Number of yes answers. */
  score: number;
}

/**
 * One partner row of the tracker, as the checklist shows it. A cell that is
 * blank, unreadable or not in the tracker is null.
 */
export interface PartnerSnapshot {
  name: string;
  /** Hours together; null when the cell is blank or not a number of 0 or more. */
  hours: number | null;
  lastContact: IsoDate | null;
  previousCheck: PreviousCheck | null;
  location: PartnerLocation;
  /** The day the host read the row on (today where the document is): the card's forecast and next step count from it. */
  asOf: IsoDate;
  /**
   * Hours of the partner's meetings dated within the FORECAST_WINDOW_DAYS days
   * up to asOf (shared/partner-outlook.ts); null without a meeting log or when
   * one of those meetings has hours that are not a number of 0 or more.
   */
  recentHours: number | null;
  /** The row's Checklist score and Checked on (the last check, as the tracker's formulas read it). */
  score: number | null;
  checkedOn: IsoDate | null;
  nextContactDue: IsoDate | null;
  referralsGiven: number | null;
  referralsReceived: number | null;
  /**
   * The tracker's Settings the card follows (shared/tracker/card-settings.ts);
   * the defaults when absent (a tracker without Settings).
   */
  settings?: CardSettings;
  /** When a setting cannot be used: its message in each language, as the tracker's cells show it; the card then shows no outlook. */
  settingsProblem?: Record<Language, string>;
}

/** What the checklist needs when it opens. */
export interface ChecklistContext {
  /** The host's UI language. */
  language: Language;
  /** Partner names of the tracker in sheet order, without blanks or repeats: the picker's choices. */
  partners: string[];
  /** The partner of the selected row; null when the selection is not on a partner row. */
  selected: PartnerSnapshot | null;
}

/** A finished checklist, as the UI hands it to the host. The host computes the score from the answers. */
export interface CheckToSave {
  partner: string;
  /** Where the partner was when loaded; the host looks the partner up by name when the row no longer holds it. */
  location: PartnerLocation | null;
  /**
   * Today where the user is. A host that knows the document's own calendar
   * (Sheets: the spreadsheet's time zone) saves under its own today instead;
   * SavedCheck.checkedOn says which date was written.
   */
  checkedOn: IsoDate;
  /** The nine answers in CHECKLIST order, all given. */
  answers: boolean[];
}

/** What a save wrote. */
export interface SavedCheck {
  partner: string;
  checkedOn: IsoDate;
  score: number;
  /** Where the score and date were written (the partner may have moved since loading). */
  location: PartnerLocation;
}

export interface ChecklistPort {
  /** The host language, the partner list and the partner of the selected row. */
  loadChecklistContext(): Promise<ChecklistContext>;
  /** One partner by name, e.g. after picking it. Rejects with partnerNotFound when no row holds that name. */
  loadPartner(name: string): Promise<PartnerSnapshot>;
  /**
   * Appends a row to the Checks sheet and writes the score and date into the
   * partner's row (Checklist score, Checked on), in batched writes after all
   * reads; nothing else changes. A problem found while reading (partner gone,
   * no Checks sheet, a bad check) rejects before anything is written; the
   * history row is written before the score, so a host failure part-way
   * never leaves a score without its check. Two saves into one document never
   * interleave: one waits a few seconds for the other, else rejects with busy.
   */
  saveCheck(check: CheckToSave): Promise<SavedCheck>;
}

/**
 * Why a check cannot be saved as it arrived: no partner named, not every
 * question answered, or no check at all or no calendar date (malformed). The
 * checklist sends only complete checks, so these mean a page that is out of
 * date or not ours.
 */
export type InvalidCheckReason = 'malformed' | 'noPartner' | 'unanswered';

/** Problems the user can fix, rendered by shared/messages/checklist.ts. */
export type PortProblem =
  | { kind: 'noTracker' }
  | { kind: 'noChecksSheet' }
  | { kind: 'partnerNotFound'; partner: string }
  | { kind: 'invalidCheck'; reason: InvalidCheckReason }
  /** The host answered with something that is no reply of this port. */
  | { kind: 'unreadableReply' }
  /** Someone else is saving into the same document; nothing was written. */
  | { kind: 'busy' }
  | HostFailure;

export class PortError extends Error {
  constructor(readonly problem: PortProblem) {
    super(problem.kind === 'hostFailure' ? problem.message : problem.kind);
    this.name = 'PortError';
  }
}

/**
 * The reply of a host function whose transport cannot carry a PortError
 * (google.script.run passes only a message to its failure handler).
 */
export type HostReply<T> = HostReplyOf<T, PortProblem>;

/** Runs `work` and turns a PortError into a failed reply; other errors are thrown on. */
export function replyOf<T>(work: () => T): HostReply<T> {
  return replyFrom(PortError, work);
}

/** The value of a reply, or the PortError it carries. */
export function valueOfReply<T>(reply: HostReply<T>): T {
  return valueFrom(PortError, reply, { kind: 'unreadableReply' });
}

/** Names of the Apps Script functions the Sheets sidebar calls with google.script.run. */
export const SIDEBAR_SERVER_FUNCTIONS = {
  loadChecklistContext: 'bondstageChecklistContext',
  loadPartner: 'bondstageChecklistPartner',
  saveCheck: 'bondstageChecklistSave',
} as const satisfies Record<keyof ChecklistPort, string>;

function invalid(reason: InvalidCheckReason): PortError {
  return new PortError({ kind: 'invalidCheck', reason });
}

/**
 * A CheckToSave from untrusted input (what arrives at a host function), or
 * a PortError saying what is wrong with it.
 */
export function validateCheck(input: unknown): CheckToSave {
  if (typeof input !== 'object' || input === null) throw invalid('malformed');
  const check = input as Record<string, unknown>;
  const partner = typeof check.partner === 'string' ? check.partner.trim() : '';
  if (!partner) throw invalid('noPartner');
  if (!isIsoDate(check.checkedOn)) throw invalid('malformed');
  const answers = check.answers;
  if (!Array.isArray(answers) || answers.length !== CHECKLIST_SIZE || !answers.every((answer) => typeof answer === 'boolean')) {
    throw invalid('unanswered');
  }
  let location: PartnerLocation | null = null;
  const given = check.location as Record<string, unknown> | null | undefined;
  if (given && typeof given.sheet === 'string' && Number.isInteger(given.row) && (given.row as number) >= 1) {
    location = { sheet: given.sheet, row: given.row as number };
  }
  return { partner, location, checkedOn: check.checkedOn, answers: answers.slice() };
}
