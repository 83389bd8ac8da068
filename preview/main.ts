/**
 * The preview page: the partner tracker as a live grid, with its Dashboard
 * tab and charts, beside the real bond checklist (shared/ui, the code of the Sheets sidebar and the Excel task
 * pane) on a port to the same workbook. Work is kept in localStorage.
 */
import '../gas/sidebar/google.css';
import './styles.css';
import { languageForLocale, type Language } from '../shared/language';
import { mountChecklist } from '../shared/ui/checklist-app';
import { mountImport } from '../shared/ui/import/import-app';
import '../shared/ui/import.css';
import { el, replaceChildren } from '../shared/ui/dom';
import { previewEngineFactory } from './engine';
import { DashboardView } from './dashboard-view';
import { SheetGrid } from './grid';
import { browserPeriodStore, previewImportPort } from './import-port';
import { previewPort } from './preview-port';
import { browserStore } from './storage';
import { PREVIEW_TEXTS, type PreviewTexts } from './texts';
import { TrackerSession } from './tracker-session';

const LANGUAGE_KEY = 'bondstage.preview.language';
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' };

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY);
    return value === 'en' || value === 'de' ? value : null;
  } catch {
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Without storage the language simply is not remembered.
  }
}

function logo(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('class', 'pv-logo');
  svg.setAttribute('aria-hidden', 'true');
  const bars: [number, number, string][] = [
    [4, 20, '#b0bec5'],
    [11, 14, '#f2c94c'],
    [18, 8, '#66bb6a'],
    [25, 2, '#1b5e20'],
  ];
  for (const [x, y, fill] of bars) {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    Object.entries({ x, y, width: 5, height: 30 - y, rx: 1.5, fill }).forEach(([name, value]) => rect.setAttribute(name, String(value)));
    svg.appendChild(rect);
  }
  return svg;
}

function start(root: HTMLElement, language: Language): void {
  const session = new TrackerSession(browserStore(), previewEngineFactory, language);
  const texts = (): PreviewTexts => PREVIEW_TEXTS[session.hostLanguage];
  const dashboard = new DashboardView(session, texts);
  const grid = new SheetGrid({
    session,
    texts,
    extraSheet: { element: dashboard.element, render: () => dashboard.render(), name: () => session.dashboard().name },
  });

  // Page chrome, rebuilt in place when the language changes.
  const title = el('span', { class: 'pv-product' }, 'Bondstage');
  const badge = el('span', { class: 'pv-badge' });
  const intro = el('p', { class: 'pv-intro' });
  const languageGroup = el('div', { class: 'pv-segmented', role: 'group' });
  const resetButton = el('button', { type: 'button', class: 'pv-button pv-button-quiet', 'data-action': 'reset' });
  const logMeetingButton = el('button', { type: 'button', class: 'pv-button pv-button-primary', 'data-action': 'log-meeting' });
  const addPartnerButton = el('button', { type: 'button', class: 'pv-button', 'data-action': 'add-partner' });
  const importButton = el('button', { type: 'button', class: 'pv-button', 'data-action': 'import-meetings' });
  const backButton = el('button', { type: 'button', class: 'pv-button pv-button-quiet', 'data-action': 'back-to-checklist', hidden: true });
  const importRoot = el('div', { class: 'pv-import', hidden: true });
  const saveState = el('p', { class: 'pv-save-state', role: 'status', 'aria-live': 'polite' });
  const notice = el('p', { class: 'pv-notice', role: 'alert', hidden: true });
  const sidebarTitle = el('div', { class: 'pv-sidebar-title' });
  const footer = el('footer', { class: 'pv-footer' });
  const checklistRoot = el('div', { class: 'pv-checklist' });
  const spreadsheet = el(
    'section',
    { class: 'pv-spreadsheet' },
    el('div', { class: 'pv-toolbar' }, logMeetingButton, addPartnerButton, importButton, saveState),
    grid.element,
  );

  const dialogTitle = el('h2', { id: 'pv-reset-title' });
  const dialogText = el('p');
  const dialogCancel = el('button', { type: 'button', class: 'pv-button', value: 'cancel' });
  const dialogConfirm = el('button', { type: 'button', class: 'pv-button pv-button-danger', value: 'reset' });
  const dialog = el(
    'dialog',
    { class: 'pv-dialog', 'aria-labelledby': 'pv-reset-title' },
    dialogTitle,
    dialogText,
    el('div', { class: 'pv-dialog-actions' }, dialogCancel, dialogConfirm),
  );

  replaceChildren(
    root,
    el(
      'header',
      { class: 'pv-topbar' },
      el('div', { class: 'pv-brand' }, logo(), title, badge),
      intro,
      el('div', { class: 'pv-top-actions' }, languageGroup, resetButton),
    ),
    notice,
    el(
      'div',
      { class: 'pv-workspace' },
      spreadsheet,
      // Not a landmark of its own: the checklist inside is the page's main landmark, as in the Sheets sidebar.
      // Its title bar repeats the product name of the banner, as the host's sidebar frame does, and is not read twice.
      el(
        'div',
        { class: 'pv-sidebar' },
        el('div', { class: 'pv-sidebar-head' }, el('div', { 'aria-hidden': 'true' }, sidebarTitle), backButton),
        checklistRoot,
        importRoot,
      ),
    ),
    footer,
    dialog,
  );

  function showNotice(text: string | null): void {
    notice.textContent = text ?? '';
    notice.hidden = !text;
  }

  function renderSaveState(): void {
    const problem = session.storeProblem;
    saveState.textContent = problem ? texts().notSaved(problem) : texts().savedLocally;
    saveState.classList.toggle('pv-save-problem', problem !== null);
  }

  function renderChrome(): void {
    const t = texts();
    document.documentElement.lang = session.hostLanguage;
    document.title = t.pageTitle;
    badge.textContent = t.badge;
    intro.textContent = t.intro;
    languageGroup.setAttribute('aria-label', t.languageLabel);
    replaceChildren(
      languageGroup,
      ...(['en', 'de'] as const).map((code) => {
        const button = el(
          'button',
          {
            type: 'button',
            class: 'pv-segment',
            lang: code,
            'aria-pressed': code === session.hostLanguage ? 'true' : 'false',
            'data-language': code,
          },
          LANGUAGE_NAMES[code],
        );
        button.addEventListener('click', () => switchLanguage(code));
        return button;
      }),
    );
    resetButton.textContent = t.reset;
    logMeetingButton.textContent = `+ ${t.logMeeting}`;
    addPartnerButton.textContent = `+ ${t.addPartner}`;
    importButton.textContent = t.importMeetings;
    backButton.textContent = t.backToChecklist;
    spreadsheet.setAttribute('aria-label', t.spreadsheetLabel);
    sidebarTitle.textContent = importRoot.hidden ? t.sidebarTitle : t.importTitle;
    footer.textContent = t.engineNote;
    dialogTitle.textContent = t.resetTitle;
    dialogText.textContent = t.resetQuestion;
    dialogCancel.textContent = t.cancel;
    dialogConfirm.textContent = t.resetConfirm;
    renderSaveState();
  }

  const checklist = mountChecklist(checklistRoot, { port: previewPort(session), language: session.hostLanguage });

  // The checklist follows the selected partner row, as "Use selected row" does
  // in the sidebar: it loads the partner whenever the selection comes to a
  // partner row, or the row's data changes while it is selected. Moving within
  // the row does not reload; leaving the row and coming back does, so a name
  // typed a moment ago (or a partner picked in the checklist meanwhile) gives
  // way to the row's partner.
  let dataVersion = 0;
  const here = (): string => {
    const { sheet, row } = session.selected();
    return `${sheet}:${row}:${dataVersion}`;
  };
  let followed = here();
  function followSelection(force = false): void {
    const now = here();
    const moved = now !== followed;
    followed = now;
    if (!moved && !force) return;
    const { sheet, row } = session.selected();
    if (sheet !== 'partners' || row < 2 || !session.value('partners', row, 0)) return;
    void checklist.reload();
  }

  function switchLanguage(next: Language): void {
    if (next === session.hostLanguage) return;
    session.hostLanguage = next;
    storeLanguage(next);
    // An untouched example follows the language; the person's own work keeps the language it was made in.
    if (!session.isEdited()) session.reset(next);
    renderChrome();
    grid.render();
    void checklist.reload();
    if (!importRoot.hidden) showImport(true);
  }

  session.onChange((kind) => {
    if (kind !== 'selection') {
      dataVersion++;
      grid.render();
      renderSaveState();
    }
    // A saved check is already on screen: the checklist wrote it.
    if (kind === 'check') followed = here();
    else followSelection(kind === 'workbook');
  });

  resetButton.addEventListener('click', () => dialog.showModal());
  dialogCancel.addEventListener('click', () => dialog.close());
  dialogConfirm.addEventListener('click', () => {
    dialog.close();
    session.reset(session.hostLanguage);
    showNotice(null);
    grid.focus();
  });
  logMeetingButton.addEventListener('click', () => grid.startNewRow('meetings'));

  // The calendar import beside the grid, in place of the checklist, on a port to the same workbook.
  function showImport(shown: boolean): void {
    importRoot.hidden = !shown;
    checklistRoot.hidden = shown;
    backButton.hidden = !shown;
    importRoot.parentElement!.classList.toggle('pv-sidebar-wide', shown);
    if (shown) {
      mountImport(importRoot, { port: previewImportPort(session, browserPeriodStore()), language: session.hostLanguage });
      importRoot.querySelector('h1')?.setAttribute('tabindex', '-1');
      importRoot.querySelector<HTMLElement>('h1')?.focus();
    } else {
      replaceChildren(importRoot);
      void checklist.reload();
      importButton.focus();
    }
    renderChrome();
  }
  importButton.addEventListener('click', () => showImport(true));
  backButton.addEventListener('click', () => showImport(false));
  addPartnerButton.addEventListener('click', () => grid.startNewRow('partners'));

  renderChrome();
  grid.render();
  if (session.startedUnreadable) showNotice(texts().unreadable);
}

const appRoot = document.getElementById('app')!;
const startLanguage = storedLanguage() ?? languageForLocale(navigator.language);
replaceChildren(appRoot, el('p', { class: 'pv-loading' }, PREVIEW_TEXTS[startLanguage].calculating));
// The first calculation takes a moment: let the message paint before it starts.
requestAnimationFrame(() => setTimeout(() => start(appRoot, startLanguage), 0));
