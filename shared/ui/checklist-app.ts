/**
 * The bond checklist UI: one partner, the nine questions, the live score and
 * Save. Host-neutral: it talks to the spreadsheet only through a
 * ChecklistPort and is styled by the host's stylesheet.
 */
import {
  CHECKLIST,
  CHECKLIST_SIZE,
  checklistScore,
  isReferralReady,
  referralGap,
  scoreBand,
} from '../checklist';
import { isoDateOfDay } from '../dates';
import type { Language } from '../language';
import { CHECKLIST_TEXTS, formatIsoDate, type ChecklistTexts } from '../messages/checklist';
import { QUESTION_HELP, QUESTION_LABELS } from '../messages/checklist-questions';
import { STAGE_LABELS } from '../messages/stages';
import { portErrorOf } from '../errors';
import type { ChecklistContext, ChecklistPort, IsoDate, PartnerSnapshot, PortProblem } from '../port';
import { STAGES, hoursToNextStage, nextThresholdHours, stageLevel, stageProgress } from '../stages';
import { el, replaceChildren } from './dom';

export interface ChecklistAppOptions {
  port: ChecklistPort;
  /** The language to use until the host reports its own (for the first loading message). */
  language: Language;
  /** Today's date where the user is; the date a check is saved under. */
  today?: () => IsoDate;
}

export interface ChecklistApp {
  /** Loads the selected partner again; unsaved answers for the same partner are kept. */
  reload(): Promise<void>;
}

type Answer = boolean | null;

/** The browser's local calendar date. */
export function localToday(): IsoDate {
  return isoDateOfDay(new Date());
}

function problemOf(error: unknown): PortProblem {
  return portErrorOf(error, 'unknown error').problem;
}

export function mountChecklist(root: HTMLElement, options: ChecklistAppOptions): ChecklistApp {
  const { port } = options;
  const today = options.today ?? localToday;

  let language = options.language;
  let texts: ChecklistTexts = CHECKLIST_TEXTS[language];
  let partners: string[] = [];
  let partner: PartnerSnapshot | null = null;
  let answers: Answer[] = new Array<Answer>(CHECKLIST_SIZE).fill(null);
  /** True once the user changed an answer since the partner was loaded or saved. */
  let edited = false;
  let saving = false;
  /** Counts loads, so a slow answer for an earlier request cannot overwrite a later one. */
  let loadTicket = 0;

  // The shell: rebuilt only when the language changes, so focus stays where it is.
  let app: HTMLElement;
  let picker: HTMLSelectElement;
  let useSelectionButton: HTMLButtonElement;
  let status: HTMLElement;
  let errorBox: HTMLElement;
  let body: HTMLElement;
  // Parts of the partner body updated in place while answering.
  let resultBox: HTMLElement | null = null;
  let previousLine: HTMLElement | null = null;
  let saveButton: HTMLButtonElement | null = null;
  /** Save problems show beside the Save button, where the user is looking. */
  let saveError: HTMLElement | null = null;

  function buildShell(): void {
    texts = CHECKLIST_TEXTS[language];
    root.ownerDocument.documentElement.lang = language;
    picker = el('select', { id: 'bs-partner-picker', class: 'bs-select' });
    picker.addEventListener('change', () => {
      if (picker.value) void pickPartner(picker.value);
    });
    useSelectionButton = el('button', { type: 'button', class: 'bs-button bs-secondary' }, texts.useSelection);
    useSelectionButton.addEventListener('click', () => void reload());
    status = el('p', { class: 'bs-status', role: 'status', 'aria-live': 'polite' });
    errorBox = el('div', { class: 'bs-error', role: 'alert' });
    body = el('div', { class: 'bs-body' });
    app = el(
      'main',
      { class: 'bs-app', lang: language },
      el('h1', { class: 'bs-title' }, texts.title),
      el(
        'div',
        { class: 'bs-picker' },
        el('label', { for: 'bs-partner-picker', class: 'bs-picker-label' }, texts.partnerLabel),
        el('div', { class: 'bs-picker-row' }, picker, useSelectionButton),
      ),
      status,
      errorBox,
      body,
    );
    replaceChildren(root, app);
    fillPicker();
  }

  function fillPicker(): void {
    const names = partner && !partners.includes(partner.name) ? [...partners, partner.name] : partners;
    replaceChildren(picker, new Option(texts.choosePartner, ''), ...names.map((name) => new Option(name, name)));
    picker.value = partner ? partner.name : '';
  }

  function setStatus(text: string, busy = false): void {
    status.textContent = text;
    status.classList.toggle('bs-busy', busy);
  }

  function showError(lines: string[], retry?: () => void, box: HTMLElement = errorBox): void {
    const retryButton = retry ? el('button', { type: 'button', class: 'bs-button bs-secondary' }, texts.retry) : null;
    retryButton?.addEventListener('click', retry!);
    replaceChildren(box, ...lines.map((line) => el('p', {}, line)), retryButton);
    box.classList.add('bs-visible');
  }

  function clearError(): void {
    for (const box of [errorBox, saveError]) {
      if (!box) continue;
      replaceChildren(box);
      box.classList.remove('bs-visible');
    }
  }

  function setLanguage(next: Language): void {
    if (next === language && app) return;
    language = next;
    buildShell();
    if (partner) showPartner(partner, true);
  }

  function showEmpty(): void {
    partner = null;
    resultBox = previousLine = saveButton = saveError = null;
    fillPicker();
    replaceChildren(body, el('p', { class: 'bs-empty' }, partners.length ? texts.noSelection : texts.noPartners));
  }

  function factRow(term: string, value: string): HTMLElement {
    return el('div', { class: 'bs-fact' }, el('dt', {}, term), el('dd', {}, value));
  }

  function progressBlock(hours: number): HTMLElement {
    const level = stageLevel(hours);
    const next = nextThresholdHours(level);
    const percent = Math.round(stageProgress(hours) * 100);
    const caption =
      next === undefined ? texts.highestStage : texts.hoursToGo(hoursToNextStage(hours), STAGE_LABELS[language][STAGES[level + 1]]);
    const label = next === undefined ? texts.highestStage : texts.progressTo(STAGE_LABELS[language][STAGES[level + 1]]);
    const fill = el('div', { class: 'bs-bar-fill' });
    fill.style.width = `${percent}%`;
    return el(
      'div',
      { class: 'bs-progress' },
      el(
        'div',
        {
          class: 'bs-bar',
          role: 'progressbar',
          'aria-label': label,
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': percent,
          'aria-valuetext': caption,
        },
        fill,
      ),
      el('p', { class: 'bs-togo' }, caption),
    );
  }

  function previousText(): string {
    const previous = partner?.previousCheck;
    return previous ? texts.previousCheck(formatIsoDate(previous.checkedOn, language), previous.score) : texts.noPreviousCheck;
  }

  function questionBlock(index: number): HTMLElement {
    const question = CHECKLIST[index];
    const helpId = `bs-help-${question.id}`;
    const choice = (value: boolean) => {
      const id = `bs-${question.id}-${value ? 'yes' : 'no'}`;
      const input = el('input', {
        type: 'radio',
        id,
        name: `bs-${question.id}`,
        value: value ? 'yes' : 'no',
        class: 'bs-choice-input',
        checked: answers[index] === value,
      });
      input.addEventListener('change', () => {
        if (!input.checked) return;
        answers[index] = value;
        edited = true;
        updateResult();
      });
      return [input, el('label', { for: id, class: `bs-choice bs-choice-${value ? 'yes' : 'no'}` }, value ? texts.yes : texts.no)];
    };
    return el(
      'li',
      { class: 'bs-question' },
      el(
        'fieldset',
        { 'aria-describedby': helpId },
        el('legend', {}, el('span', { class: 'bs-number' }, `${index + 1}.`), ' ', QUESTION_LABELS[question.id][language]),
        el('p', { class: 'bs-help', id: helpId }, QUESTION_HELP[question.id][language]),
        el('div', { class: 'bs-choices' }, ...choice(true), ...choice(false)),
      ),
    );
  }

  /** Shows a partner. Keeps the answers on screen when asked to (same partner, edited, or a language change). */
  function showPartner(next: PartnerSnapshot, keepAnswers: boolean): void {
    partner = next;
    if (!keepAnswers) {
      const previous = next.previousCheck?.answers ?? [];
      answers = CHECKLIST.map((_, index) => (typeof previous[index] === 'boolean' ? previous[index] : null));
      edited = false;
    }
    fillPicker();

    const facts = el(
      'dl',
      { class: 'bs-facts' },
      factRow(texts.hoursTogether, next.hours === null ? texts.notRecorded : texts.hours(next.hours)),
      factRow(texts.stage, next.hours === null ? texts.notRecorded : STAGE_LABELS[language][STAGES[stageLevel(next.hours)]]),
      factRow(texts.lastContact, next.lastContact ? formatIsoDate(next.lastContact, language) : texts.notRecorded),
    );
    previousLine = el('p', { class: 'bs-previous' }, previousText());
    resultBox = el('div', { class: 'bs-result', 'aria-live': 'polite' });
    saveButton = el('button', { type: 'submit', class: 'bs-button bs-primary' }, texts.save);
    saveError = el('div', { class: 'bs-error', role: 'alert' });
    const form = el(
      'form',
      { class: 'bs-form', novalidate: true, 'aria-labelledby': 'bs-questions-heading' },
      el('h2', { class: 'bs-questions-heading', id: 'bs-questions-heading' }, texts.questionsHeading),
      el('ol', { class: 'bs-questions' }, ...CHECKLIST.map((_, index) => questionBlock(index))),
      resultBox,
      el('div', { class: 'bs-actions' }, saveError, saveButton),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void save();
    });

    replaceChildren(
      body,
      el(
        'section',
        { class: 'bs-card', 'aria-labelledby': 'bs-partner-name' },
        el('h2', { class: 'bs-partner-name', id: 'bs-partner-name' }, next.name),
        facts,
        next.hours === null ? null : progressBlock(next.hours),
      ),
      previousLine,
      form,
    );
    updateResult();
  }

  function updateResult(): void {
    if (!resultBox || !partner) return;
    const score = checklistScore(answers.map((answer) => answer === true));
    const open = answers.filter((answer) => answer === null).length;
    const hours = partner.hours;
    const ready = hours !== null && isReferralReady(hours, score);
    const gap = referralGap(hours ?? 0, score);
    replaceChildren(
      resultBox,
      el(
        'p',
        { class: 'bs-score' },
        el('span', { class: 'bs-score-label' }, `${texts.scoreLabel}: `),
        el('strong', { class: 'bs-score-value' }, texts.score(score)),
        open > 0 ? el('span', { class: 'bs-open' }, ` · ${texts.stillOpen(open)}`) : null,
      ),
      el('p', { class: `bs-band bs-band-${scoreBand(score)}` }, texts.band[scoreBand(score)]),
      el(
        'p',
        { class: `bs-referral ${ready ? 'bs-ready' : 'bs-not-ready'}` },
        ready ? texts.referralReady : texts.referralMissing(hours === null ? null : gap.hoursMissing, gap.scoreMissing),
      ),
    );
  }

  function setSaving(next: boolean): void {
    saving = next;
    if (!saveButton) return;
    saveButton.textContent = next ? texts.saving : texts.save;
    saveButton.setAttribute('aria-disabled', String(next));
    saveButton.classList.toggle('bs-busy', next);
  }

  async function save(): Promise<void> {
    if (saving || !partner) return;
    const open = answers.findIndex((answer) => answer === null);
    if (open >= 0) {
      showError([texts.answerAll(answers.filter((answer) => answer === null).length)], undefined, saveError ?? errorBox);
      root.querySelector<HTMLInputElement>(`#bs-${CHECKLIST[open].id}-yes`)?.focus();
      return;
    }
    const saved = answers.map((answer) => answer === true);
    const shown = partner;
    clearError();
    setSaving(true);
    setStatus(texts.saving, true);
    try {
      const result = await port.saveCheck({
        partner: shown.name,
        location: shown.location,
        checkedOn: today(),
        answers: saved,
      });
      if (partner !== shown) return;
      partner = { ...shown, location: result.location, previousCheck: { checkedOn: result.checkedOn, answers: saved, score: result.score } };
      edited = false;
      if (previousLine) previousLine.textContent = previousText();
      setStatus(texts.saved(result.partner, result.score, formatIsoDate(result.checkedOn, language)));
    } catch (error) {
      setStatus('');
      showError([texts.saveFailed, texts.problem(problemOf(error)), texts.answersKept], undefined, saveError ?? errorBox);
    } finally {
      setSaving(false);
    }
  }

  async function load<T>(request: () => Promise<T>, apply: (value: T) => void, retry: () => void): Promise<void> {
    const ticket = ++loadTicket;
    clearError();
    setStatus(texts.loading, true);
    app.setAttribute('aria-busy', 'true');
    try {
      const value = await request();
      if (ticket !== loadTicket) return;
      setStatus('');
      apply(value);
    } catch (error) {
      if (ticket !== loadTicket) return;
      setStatus('');
      showError([texts.loadFailed, texts.problem(problemOf(error))], retry);
    } finally {
      if (ticket === loadTicket) app.removeAttribute('aria-busy');
    }
  }

  function applyContext(context: ChecklistContext): void {
    setLanguage(context.language);
    partners = context.partners.slice();
    const selected = context.selected;
    if (selected) {
      const samePartner = partner !== null && partner.name === selected.name;
      showPartner(selected, samePartner && edited);
    } else if (partner) {
      // The selection left the partner rows: keep the partner being answered and say how to switch.
      fillPicker();
      setStatus(texts.noSelection);
    } else {
      showEmpty();
    }
  }

  function reload(): Promise<void> {
    return load(() => port.loadChecklistContext(), applyContext, () => void reload());
  }

  function pickPartner(name: string): Promise<void> {
    return load(
      () => port.loadPartner(name),
      (loaded) => showPartner(loaded, partner !== null && partner.name === loaded.name && edited),
      () => void pickPartner(name),
    );
  }

  buildShell();
  void reload();
  return { reload };
}
