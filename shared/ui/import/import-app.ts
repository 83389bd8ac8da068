/**
 * The calendar import page, host-neutral: it talks to the spreadsheet only
 * through an ImportPort. Steps: the tracker is read (partners, sources
 * already imported, the remembered period); the person picks or drops an
 * .ics file and a period; the list shows what matches; Import appends the
 * ticked rows and a summary says what was added for whom. Problems are
 * shown in the person's language with what to do; nothing is written then.
 */
import {
  ImportError,
  PERIOD_CHOICES,
  kindLabel,
  periodChoiceOf,
  rowsToImport,
  type CalendarFile,
  type ImportContext,
  type ImportLine,
  type ImportList,
  type ImportPort,
  type ImportProblem,
  type PeriodChoice,
} from '../../calendar';
import { portFailureOf } from '../../host-reply';
import type { Language } from '../../language';
import { CALENDAR_IMPORT_TEXTS, type CalendarImportTexts } from '../../messages/calendar-import';
import { el, replaceChildren } from '../dom';
import { fileText, listFor, readCalendarFile } from './calendar-reading';
import { linesTable, unmatchedSection } from './import-lines';

export interface ImportAppOptions {
  port: ImportPort;
  /** The language until the host reports its own. */
  language: Language;
}

interface State {
  language: Language;
  context: ImportContext | null;
  file: CalendarFile | null;
  fileName: string;
  period: PeriodChoice;
  list: ImportList | null;
  sources: Set<string>;
}

function problemOf(error: unknown): ImportProblem {
  return portFailureOf(ImportError, error, 'unknown error').problem;
}

export function mountImport(root: HTMLElement, options: ImportAppOptions): void {
  const { port } = options;
  const state: State = {
    language: options.language,
    context: null,
    file: null,
    fileName: '',
    period: 'last12Months',
    list: null,
    sources: new Set(),
  };
  const texts = (): CalendarImportTexts => CALENDAR_IMPORT_TEXTS[state.language];

  const title = el('h1', { class: 'bs-title' });
  const intro = el('p', { class: 'bs-import-intro' });
  const status = el('p', { class: 'bs-status', role: 'status', 'aria-live': 'polite' });
  const errorBox = el('div', { class: 'bs-error', role: 'alert' });
  const controls = el('div', { class: 'bs-import-controls' });
  const body = el('div', { class: 'bs-import-body' });
  const footer = el('div', { class: 'bs-import-footer' });
  replaceChildren(
    root,
    el('main', { class: 'bs-app bs-import', lang: state.language }, title, intro, controls, errorBox, status, body, footer),
  );

  function showProblem(problem: ImportProblem | null, retry?: () => void): void {
    errorBox.classList.toggle('bs-visible', problem !== null);
    if (problem === null) return replaceChildren(errorBox);
    const retryButton = retry ? el('button', { type: 'button', class: 'bs-button bs-secondary' }, texts().retry) : null;
    retryButton?.addEventListener('click', retry!);
    replaceChildren(errorBox, el('p', {}, texts().problem(problem)), retryButton);
  }

  /** Shows a line in the live status region; `done` styles it as the outcome of an import. */
  function say(text: string, done = false): void {
    status.textContent = text;
    status.classList.toggle('bs-import-done', done);
  }

  function renderChrome(): void {
    root.firstElementChild?.setAttribute('lang', state.language);
    document.documentElement.lang = state.language;
    title.textContent = texts().title;
    intro.textContent = texts().intro;
  }

  function renderControls(): void {
    const t = texts();
    const input = el('input', { type: 'file', id: 'bs-import-file', accept: '.ics,text/calendar', class: 'bs-import-file' });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void pick(file);
    });
    const drop = el(
      'div',
      { class: 'bs-import-drop' },
      el('label', { for: 'bs-import-file', class: 'bs-import-label' }, t.fileLabel),
      input,
      el('span', { class: 'bs-import-hint' }, t.dropHint),
    );
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.classList.add('bs-import-dragging');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('bs-import-dragging'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('bs-import-dragging');
      const file = event.dataTransfer?.files[0];
      if (file) void pick(file);
    });
    const period = el('select', { id: 'bs-import-period', class: 'bs-import-select' });
    for (const choice of PERIOD_CHOICES)
      period.append(el('option', { value: choice, selected: choice === state.period }, t.periods[choice]));
    period.addEventListener('change', () => {
      state.period = periodChoiceOf(period.value);
      void port.savePeriod(state.period).catch(() => undefined);
      replan();
    });
    replaceChildren(
      controls,
      drop,
      el('div', { class: 'bs-import-period' }, el('label', { for: 'bs-import-period', class: 'bs-import-label' }, t.periodLabel), period),
    );
  }

  function allLines(): ImportLine[] {
    return state.list ? [...state.list.matched, ...state.list.unmatched] : [];
  }

  function renderFooter(): void {
    const t = texts();
    const count = allLines().filter((line) => line.ticked && line.partner !== null).length;
    const button = el(
      'button',
      { type: 'button', class: 'bs-button bs-primary', 'data-action': 'import', disabled: count === 0 },
      t.importButton(count),
    );
    button.addEventListener('click', () => void runImport());
    replaceChildren(
      footer,
      state.list ? button : null,
      state.list && count === 0 ? el('p', { class: 'bs-import-hint' }, t.nothingTicked) : null,
    );
  }

  /** The list and, as it depends on it, the footer. */
  function renderList(): void {
    const list = state.list;
    if (!list || !state.context) {
      replaceChildren(body);
      return renderFooter();
    }
    const t = texts();
    const partners = state.context.partners.map((partner) => partner.name);
    const events = { changed: renderFooter };
    const skipped = t.skipped(list.skipped);
    replaceChildren(
      body,
      el('h2', { class: 'bs-import-heading' }, t.matchedHeading(list.matched.length)),
      list.matched.length ? linesTable(list.matched, partners, state.language, events) : el('p', { class: 'bs-empty' }, t.noMatches),
      list.unmatched.length ? unmatchedSection(list.unmatched, partners, state.language, events) : null,
      skipped ? el('p', { class: 'bs-import-skipped' }, skipped) : null,
    );
    renderFooter();
  }

  function replan(): void {
    if (!state.file || !state.context) return;
    showProblem(null);
    try {
      state.list = listFor(state.file, state.context, state.period, state.sources);
    } catch (error) {
      state.list = null;
      showProblem(problemOf(error));
    }
    renderList();
  }

  async function pick(file: File): Promise<void> {
    showProblem(null);
    state.file = null;
    state.list = null;
    renderList();
    say(texts().reading);
    try {
      const text = await fileText(file);
      state.file = readCalendarFile(text);
      state.fileName = file.name;
      say('');
      replan();
    } catch (error) {
      say('');
      showProblem(problemOf(error));
    }
  }

  async function runImport(): Promise<void> {
    const rows = rowsToImport(allLines(), (kind) => kindLabel(kind, state.language));
    if (rows.length === 0) return;
    showProblem(null);
    say(texts().importing);
    footer.querySelector('button')?.setAttribute('disabled', '');
    try {
      const result = await port.importMeetings(rows);
      for (const row of rows) state.sources.add(row.source);
      state.list = null;
      replaceChildren(body);
      const again = el('button', { type: 'button', class: 'bs-button bs-secondary', 'data-action': 'again' }, texts().importAnother);
      again.addEventListener('click', () => {
        say('');
        replaceChildren(footer);
        renderControls();
        controls.querySelector<HTMLInputElement>('input[type=file]')?.focus();
      });
      replaceChildren(footer, again);
      say(texts().imported(result), true);
      again.focus();
    } catch (error) {
      say('');
      showProblem(problemOf(error), () => void runImport());
      renderFooter();
    }
  }

  async function load(): Promise<void> {
    renderChrome();
    say(texts().loading);
    showProblem(null);
    try {
      const context = await port.loadImportContext();
      state.context = context;
      state.language = context.language;
      state.period = context.period;
      state.sources = new Set(context.sources);
      renderChrome();
      renderControls();
      say('');
    } catch (error) {
      say('');
      replaceChildren(controls);
      showProblem(problemOf(error), () => void load());
    }
  }

  void load();
}
