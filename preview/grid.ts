/**
 * The spreadsheet grid of the preview: one tracker sheet at a time, with a
 * formula bar, sheet tabs, selection and typing like Google Sheets. It shows
 * what the formula engine computed and the conditional-format colours, and
 * sends typed input to the session, which validates and recalculates it.
 *
 * Accessibility follows the ARIA grid pattern: the table is the grid and the
 * page's one tab stop into it; arrow keys, Home/End and Page Up/Down move the
 * selected cell, announced through aria-activedescendant and aria-selected.
 * Row and column indexes are the sheet's (row 1 is the header row, the row
 * numbers are column 1). Computed cells say where their value comes from
 * (shared/messages/provenance.ts) in the formula bar, their title and their
 * accessible description.
 */
import { el, replaceChildren } from '../shared/ui/dom';
import { provenanceOf } from '../shared/messages/provenance';
import { TRACKER_TEXTS } from '../shared/messages/tracker';
import { TRACKER_SHEETS, columnLetter, type TrackerSheet } from '../shared/tracker';
import { isComputed } from './workbook';
import { displayOf, rowColours } from './cell-display';
import type { Colours } from '../shared/formatting';
import { todaySerial } from '../shared/dates';
import { editText } from './format';
import type { PreviewTexts } from './texts';
import type { Selection, TrackerSession } from './tracker-session';

/** Rows shown below the used ones, so there is always room to type. */
const SPARE_ROWS = 6;
const MIN_DATA_ROWS = 40;
const ROW_NUMBER_WIDTH = 46;
/** Rows moved by Page Up and Page Down. */
const PAGE_ROWS = 10;

export interface GridOptions {
  session: TrackerSession;
  texts: () => PreviewTexts;
  /** A read-only sheet shown in place of the grid by a last tab: the Dashboard. */
  extraSheet?: { element: HTMLElement; render(): void; name(): string };
}

const EXTRA_TAB_ID = 'pv-tab-dashboard';

function cellId(row: number, col: number): string {
  return `pv-cell-${row}-${col}`;
}

/** Id of the hidden text that describes a computed column's cells. */
function sourceId(key: string): string {
  return `pv-source-${key}`;
}

function tabId(sheet: TrackerSheet): string {
  return `pv-tab-${sheet}`;
}

export class SheetGrid {
  readonly element: HTMLElement;
  private readonly formulaBar: HTMLElement;
  private readonly nameLabel: HTMLElement;
  private readonly nameBox: HTMLElement;
  private readonly formulaLabel: HTMLElement;
  private readonly formulaText: HTMLElement;
  private readonly formulaNote: HTMLElement;
  private readonly sources: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly tabs: HTMLElement;
  private readonly bubble: HTMLElement;
  private readonly datalist: HTMLDataListElement;
  private editor: HTMLInputElement | null = null;
  private editing: Selection | null = null;
  /** True while the extra sheet (the Dashboard) is shown instead of a tracker sheet. */
  private extraShown = false;

  constructor(private readonly options: GridOptions) {
    this.nameLabel = el('span', { class: 'pv-visually-hidden' });
    this.nameBox = el('span', { class: 'pv-name' });
    this.formulaLabel = el('span', { class: 'pv-visually-hidden' });
    this.formulaText = el('div', { class: 'pv-formula-text', id: 'pv-formula-text' });
    this.formulaNote = el('div', { class: 'pv-formula-note' });
    this.formulaBar = el(
      'div',
      { class: 'pv-formula-bar', role: 'group' },
      el('div', { class: 'pv-name-box' }, this.nameLabel, this.nameBox),
      el('span', { class: 'pv-fx', 'aria-hidden': 'true' }, 'fx'),
      el('div', { class: 'pv-formula' }, this.formulaLabel, this.formulaText, this.formulaNote),
    );
    this.table = el('table', { class: 'pv-grid', role: 'grid', tabindex: 0 });
    this.datalist = el('datalist', { id: 'pv-choices' });
    this.bubble = el('div', { class: 'pv-bubble', role: 'alert', hidden: true });
    this.sources = el('div', { hidden: true });
    this.scroller = el('div', { class: 'pv-grid-scroll', id: 'pv-sheet-panel', role: 'tabpanel' }, this.table, this.datalist, this.bubble);
    this.tabs = el('div', { class: 'pv-tabs', role: 'tablist' });
    this.element = el(
      'div',
      { class: 'pv-sheet' },
      this.formulaBar,
      this.scroller,
      options.extraSheet?.element ?? null,
      this.tabs,
      this.sources,
    );
    this.table.addEventListener('keydown', (event) => this.onKey(event));
    this.tabs.addEventListener('keydown', (event) => this.onTabKey(event));
    this.table.addEventListener('mousedown', (event) => this.onMouseDown(event));
    this.table.addEventListener('dblclick', (event) => {
      const cell = this.cellAt(event.target);
      if (cell) this.startEdit();
    });
  }

  private get session(): TrackerSession {
    return this.options.session;
  }

  private get texts(): PreviewTexts {
    return this.options.texts();
  }

  /** Number of data rows shown for a sheet. */
  private shownRows(sheet: TrackerSheet): number {
    const layout = this.session.layout(sheet);
    const selected = this.session.selected();
    const wanted = Math.max(this.session.usedRows(sheet) + SPARE_ROWS, MIN_DATA_ROWS, selected.sheet === sheet ? selected.row : 0);
    return Math.min(wanted, layout.dataRows);
  }

  /** Where the column's values come from, in the tracker's language, or null for an input column. */
  private provenance(sheet: TrackerSheet, col: number): string | null {
    const column = this.session.layout(sheet).columns[col];
    return sheet === 'partners' && column && isComputed(column) ? provenanceOf(column.key, this.session.trackerLanguage()) : null;
  }

  render(): void {
    const selection = this.session.selected();
    const sheet = selection.sheet;
    const layout = this.session.layout(sheet);
    const language = this.session.trackerLanguage();
    const sources = layout.columns.map((_, col) => this.provenance(sheet, col));

    const colgroup = el('colgroup', {}, el('col', { style: `width:${ROW_NUMBER_WIDTH}px` }));
    for (const column of layout.columns) colgroup.appendChild(el('col', { style: `width:${column.width}px` }));

    // Column letters are what the name box shows; for screen readers the header row names the columns.
    const letters = el('tr', { class: 'pv-letters', 'aria-hidden': 'true' }, el('th', { class: 'pv-corner' }));
    layout.columns.forEach((_, col) =>
      letters.appendChild(el('th', { class: `pv-letter${col < layout.frozenColumns ? ' pv-frozen' : ''}` }, columnLetter(col))),
    );

    const body = el('tbody');
    const rows = this.shownRows(sheet) + 1;
    for (let row = 1; row <= rows; row++) {
      const colours =
        sheet === 'partners' && row > 1 && this.session.value(sheet, row, 0) !== ''
          ? rowColours(layout, row, (formula) => this.session.evaluate(formula, sheet))
          : new Map<number, Colours>();
      const tr = el('tr', { class: row === 1 ? 'pv-header-row' : '', role: 'row', 'aria-rowindex': row });
      tr.appendChild(el('th', { class: 'pv-row-number', role: 'rowheader', 'aria-colindex': 1 }, String(row)));
      layout.columns.forEach((column, col) => {
        const value = this.session.value(sheet, row, col);
        const shown = displayOf(value, row === 1 ? 'General' : column.numberFormat, language);
        const source = sources[col];
        const computed = !this.session.isEditable(sheet, row, col) && row > 1;
        const classes = ['pv-cell', `pv-${shown.kind}`];
        if (col < layout.frozenColumns) classes.push('pv-frozen');
        if (computed) classes.push('pv-computed');
        if (row === 1 && source) classes.push('pv-computed-header');
        if (column.validation && (column.validation.rule.kind === 'list' || column.validation.rule.kind === 'partnerNames')) {
          classes.push('pv-dropdown');
        }
        const selected = row === selection.row && col === selection.col;
        if (selected) classes.push('pv-selected');
        const td = el(
          'td',
          {
            id: cellId(row, col),
            class: classes.join(' '),
            role: row === 1 ? 'columnheader' : 'gridcell',
            'data-row': row,
            'data-col': col,
            'aria-colindex': col + 2,
            'aria-selected': selected ? 'true' : 'false',
            'aria-readonly': computed ? 'true' : null,
            'aria-describedby': source ? sourceId(column.key) : null,
            title: [shown.message, source].filter(Boolean).join('\n') || null,
          },
          el('span', { class: 'pv-cell-text' }, shown.text),
        );
        const colour = colours.get(col);
        if (colour) {
          td.style.backgroundColor = colour.background;
          td.style.color = colour.text;
          td.classList.add('pv-coloured');
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }

    replaceChildren(this.table, colgroup, el('thead', {}, letters), body);
    replaceChildren(
      this.sources,
      ...layout.columns.map((column, col) =>
        sources[col] ? el('span', { id: sourceId(column.key), lang: language }, sources[col]) : null,
      ),
    );
    this.table.setAttribute('aria-label', this.texts.gridLabel(layout.name));
    this.table.setAttribute('aria-rowcount', String(layout.dataRows + 1));
    this.table.setAttribute('aria-colcount', String(layout.columns.length + 1));
    this.table.setAttribute('aria-activedescendant', cellId(selection.row, selection.col));
    this.formulaBar.setAttribute('aria-label', this.texts.formulaBarLabel);
    this.nameLabel.textContent = `${this.texts.nameBoxLabel}: `;
    this.formulaLabel.textContent = `${this.texts.formulaLabel}: `;
    this.markHeaders(selection.row, selection.col);
    this.renderTabs();
    this.renderFormulaBar();
    if (this.editor && this.editing) this.placeEditor();
    const extra = this.options.extraSheet;
    this.formulaBar.hidden = this.extraShown;
    this.scroller.hidden = this.extraShown;
    if (extra) {
      extra.element.hidden = !this.extraShown;
      extra.element.setAttribute('aria-labelledby', EXTRA_TAB_ID);
      if (this.extraShown) extra.render();
    }
  }

  /** Shows the extra sheet (the Dashboard) in place of the grid, finishing an entry first. */
  showExtraSheet(focusPanel = true): void {
    if (!this.options.extraSheet) return;
    if (this.editor && !this.commitEdit(null)) return;
    this.hideBubble();
    this.extraShown = true;
    this.render();
    if (focusPanel) this.options.extraSheet.element.focus();
  }

  /** The number of tabs: the tracker's sheets, and the Dashboard when there is one. */
  private get tabCount(): number {
    return TRACKER_SHEETS.length + (this.options.extraSheet ? 1 : 0);
  }

  private renderTabs(): void {
    const current = this.extraShown ? null : this.session.selected().sheet;
    const extra = this.options.extraSheet;
    this.tabs.setAttribute('aria-label', this.texts.sheetsLabel);
    // Buttons are kept, not rebuilt: a click must land on the element it started on.
    if (this.tabs.children.length !== this.tabCount) {
      const tabs = TRACKER_SHEETS.map((sheet) => {
        const tab = el('button', {
          type: 'button',
          role: 'tab',
          id: tabId(sheet),
          class: 'pv-tab',
          'data-sheet': sheet,
          'aria-controls': 'pv-sheet-panel',
        });
        tab.addEventListener('click', () => this.showSheet(sheet));
        return tab;
      });
      if (extra) {
        const tab = el('button', {
          type: 'button',
          role: 'tab',
          id: EXTRA_TAB_ID,
          class: 'pv-tab',
          'data-sheet': 'dashboard',
          'aria-controls': extra.element.id,
        });
        tab.addEventListener('click', () => this.showExtraSheet(false));
        tabs.push(tab);
      }
      replaceChildren(this.tabs, ...tabs);
    }
    TRACKER_SHEETS.forEach((sheet, index) => {
      const tab = this.tabs.children[index] as HTMLElement;
      tab.textContent = this.session.sheetName(sheet);
      tab.setAttribute('aria-selected', sheet === current ? 'true' : 'false');
      // The tab list is one tab stop: the selected tab; arrow keys move between the tabs.
      tab.tabIndex = sheet === current ? 0 : -1;
    });
    if (extra) {
      const tab = this.tabs.children[TRACKER_SHEETS.length] as HTMLElement;
      tab.textContent = extra.name();
      tab.setAttribute('aria-selected', this.extraShown ? 'true' : 'false');
      tab.tabIndex = this.extraShown ? 0 : -1;
    }
    this.scroller.setAttribute('aria-labelledby', tabId(this.session.selected().sheet));
  }

  /** Left and Right (Home, End) move to another sheet's tab and show that sheet, as the ARIA tabs pattern does. */
  private onTabKey(event: KeyboardEvent): void {
    const index = this.extraShown ? TRACKER_SHEETS.length : TRACKER_SHEETS.indexOf(this.session.selected().sheet);
    const last = this.tabCount - 1;
    const next: Record<string, number> = {
      ArrowLeft: index === 0 ? last : index - 1,
      ArrowRight: index === last ? 0 : index + 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    const sheet = TRACKER_SHEETS[next[event.key]];
    if (sheet) this.showSheet(sheet, 2, 0, false);
    else this.showExtraSheet(false);
    (this.tabs.children[next[event.key]] as HTMLElement | undefined)?.focus();
  }

  private renderFormulaBar(): void {
    const { sheet, row, col } = this.session.selected();
    const column = this.session.layout(sheet).columns[col];
    const language = this.session.trackerLanguage();
    this.nameBox.textContent = `${columnLetter(col)}${row}`;
    let text = '';
    let spilled = false;
    if (row > 1 && column.headerFormula) {
      text = column.headerFormula;
      spilled = true;
    } else {
      const content = this.session.content(sheet, row, col);
      text = editText(content, column.numberFormat, language);
    }
    const shown = displayOf(this.session.value(sheet, row, col), column.numberFormat, language);
    const source = this.provenance(sheet, col);
    const error = shown.kind === 'error' && shown.message ? `${shown.text} ${shown.message}` : '';
    this.formulaText.textContent = text;
    this.formulaText.classList.toggle('pv-spilled', spilled);
    if (spilled) this.formulaText.title = this.texts.spilledFrom(`${columnLetter(col)}1`);
    else this.formulaText.removeAttribute('title');
    replaceChildren(
      this.formulaNote,
      error ? el('span', { class: 'pv-note-error' }, error) : null,
      source ? el('span', { class: 'pv-note-source', lang: language }, source) : null,
    );
    this.formulaNote.classList.toggle('pv-error-note', error !== '');
    this.formulaNote.title = [error, source].filter(Boolean).join('\n');
  }

  /** Shows another sheet, keeping an unfinished entry open if it is invalid; the grid takes the focus unless told not to. */
  showSheet(sheet: TrackerSheet, row = 2, col = 0, focusGrid = true): void {
    if (this.editor && !this.commitEdit(null)) return;
    this.hideBubble();
    this.extraShown = false;
    this.session.select({ sheet, row, col });
    this.render();
    if (focusGrid) this.focus();
  }

  /** Selects the first free row of a sheet and starts typing there, e.g. today's date for a new meeting. */
  startNewRow(sheet: TrackerSheet): void {
    const row = this.session.usedRows(sheet) + 2;
    this.showSheet(sheet, row, 0);
    if (this.editing) return;
    const column = this.session.layout(sheet).columns[0];
    const prefill = sheet === 'meetings' ? editText(todaySerial(), column.numberFormat, this.session.trackerLanguage()) : '';
    this.startEdit(prefill);
  }

  private cellAt(target: EventTarget | null): HTMLElement | null {
    const cell = target instanceof Element ? target.closest<HTMLElement>('td.pv-cell') : null;
    return cell && this.table.contains(cell) ? cell : null;
  }

  private onMouseDown(event: MouseEvent): void {
    const cell = this.cellAt(event.target);
    if (!cell) return;
    event.preventDefault();
    if (this.editor && !this.commitEdit(null)) return;
    this.moveTo(Number(cell.dataset.row), Number(cell.dataset.col));
    this.focus();
  }

  private moveTo(row: number, col: number): void {
    const { sheet } = this.session.selected();
    this.hideBubble();
    this.session.select({ sheet, row, col });
    this.showSelection();
  }

  /** Moves the selection marks to the selected cell; the cells themselves stay, so clicks and double-clicks land. */
  private showSelection(): void {
    const selection = this.session.selected();
    const cell = document.getElementById(cellId(selection.row, selection.col));
    if (!cell || !this.table.contains(cell)) {
      this.render();
    } else {
      for (const marked of this.table.querySelectorAll('.pv-active')) marked.classList.remove('pv-active');
      for (const marked of this.table.querySelectorAll('.pv-selected')) {
        marked.classList.remove('pv-selected');
        marked.setAttribute('aria-selected', 'false');
      }
      cell.classList.add('pv-selected');
      cell.setAttribute('aria-selected', 'true');
      this.markHeaders(selection.row, selection.col);
      this.table.setAttribute('aria-activedescendant', cell.id);
      this.renderFormulaBar();
    }
    document.getElementById(cellId(selection.row, selection.col))?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Highlights the row number and column letter of the selected cell, as Sheets does. */
  private markHeaders(row: number, col: number): void {
    this.table.querySelector(`tr[aria-rowindex="${row}"] .pv-row-number`)?.classList.add('pv-active');
    this.table.querySelectorAll('.pv-letters th')[col + 1]?.classList.add('pv-active');
  }

  private moveBy(rows: number, cols: number): void {
    const { row, col } = this.session.selected();
    this.moveTo(row + rows, col + cols);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editor) return;
    const { row, col, sheet } = this.session.selected();
    const lastCol = this.session.layout(sheet).columns.length - 1;
    const lastUsedRow = this.session.usedRows(sheet) + 1;
    const control = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowUp':
        this.moveBy(-1, 0);
        break;
      case 'ArrowDown':
        this.moveBy(1, 0);
        break;
      case 'ArrowLeft':
        this.moveBy(0, -1);
        break;
      case 'ArrowRight':
        this.moveBy(0, 1);
        break;
      case 'PageUp':
        this.moveBy(-PAGE_ROWS, 0);
        break;
      case 'PageDown':
        this.moveBy(PAGE_ROWS, 0);
        break;
      case 'Home':
        this.moveTo(control ? 1 : row, 0);
        break;
      case 'End':
        this.moveTo(control ? lastUsedRow : row, lastCol);
        break;
      case 'Enter':
      case 'F2':
        this.startEdit();
        break;
      case 'Delete':
      case 'Backspace':
        if (this.session.isEditable(sheet, row, col)) this.session.enter(sheet, row, col, '');
        else this.showComputedBubble();
        break;
      default:
        // Tab leaves the grid, which is one tab stop; while typing in a cell, Tab moves to the next cell.
        if (event.key.length === 1 && !control && !event.altKey) {
          this.startEdit(event.key);
          break;
        }
        return;
    }
    event.preventDefault();
  }

  /** Why a cell cannot be typed over: where its value comes from, and what to change instead. */
  private computedHelp(sheet: TrackerSheet, col: number): string {
    return [this.provenance(sheet, col), this.texts.computedCell].filter(Boolean).join(' ');
  }

  private showComputedBubble(): void {
    const { sheet, col } = this.session.selected();
    this.showBubble(this.computedHelp(sheet, col));
  }

  /** Opens the cell editor on the selected cell, with `initial` typed in or the cell's content. */
  startEdit(initial?: string): void {
    const { sheet, row, col } = this.session.selected();
    if (!this.session.isEditable(sheet, row, col)) {
      this.showComputedBubble();
      return;
    }
    const column = this.session.layout(sheet).columns[col];
    const text = initial ?? editText(this.session.content(sheet, row, col), column.numberFormat, this.session.trackerLanguage());
    const rule = column.validation?.rule;
    const choices = rule?.kind === 'partnerNames' ? this.session.partnerNames() : rule?.kind === 'list' ? [...rule.values] : [];
    replaceChildren(this.datalist, ...choices.map((choice) => el('option', { value: choice })));

    const editor = el('input', {
      class: 'pv-editor',
      type: 'text',
      'aria-label': `${column.header} ${columnLetter(col)}${row}`,
      'aria-describedby': 'pv-formula-text',
      autocomplete: 'off',
      spellcheck: 'false',
      list: choices.length ? 'pv-choices' : null,
    });
    editor.value = text;
    editor.addEventListener('keydown', (event) => this.onEditorKey(event));
    editor.addEventListener('blur', () => {
      // Clicking elsewhere keeps a valid entry, as in a spreadsheet; an invalid one stays open with its message.
      if (this.editor === editor) this.commitEdit(null);
    });
    this.editor = editor;
    this.editing = { sheet, row, col };
    this.scroller.appendChild(editor);
    this.placeEditor();
    editor.focus();
    if (initial === undefined || (sheet === 'meetings' && col === 0)) editor.select();
    else editor.setSelectionRange(text.length, text.length);
  }

  private placeEditor(): void {
    if (!this.editor || !this.editing) return;
    const cell = document.getElementById(cellId(this.editing.row, this.editing.col));
    if (!cell) return;
    const box = this.scroller.getBoundingClientRect();
    const rect = cell.getBoundingClientRect();
    const left = rect.left - box.left + this.scroller.scrollLeft;
    const top = rect.top - box.top + this.scroller.scrollTop;
    Object.assign(this.editor.style, {
      left: `${left}px`,
      top: `${top}px`,
      minWidth: `${Math.max(rect.width, 160)}px`,
      height: `${rect.height}px`,
    });
    this.bubble.style.left = `${left}px`;
    this.bubble.style.top = `${top + rect.height + 4}px`;
  }

  private onEditorKey(event: KeyboardEvent): void {
    // The editor sits inside the grid: its keys must not also move the selection.
    event.stopPropagation();
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        this.commitEdit({ rows: event.shiftKey ? -1 : 1, cols: 0 });
        break;
      case 'Tab':
        event.preventDefault();
        this.commitEdit({ rows: 0, cols: event.shiftKey ? -1 : 1 });
        break;
      case 'Escape':
        event.preventDefault();
        this.closeEditor();
        this.hideBubble();
        this.focus();
        break;
    }
  }

  /**
   * Enters the editor's text. Returns false, keeping the editor open with the
   * rule's help text, when validation rejects it: nothing typed is lost.
   */
  private commitEdit(move: { rows: number; cols: number } | null): boolean {
    const editor = this.editor;
    const target = this.editing;
    if (!editor || !target) return true;
    const result = this.session.enter(target.sheet, target.row, target.col, editor.value);
    if (!result.ok) {
      const help =
        result.reason === 'invalid'
          ? TRACKER_TEXTS[this.session.trackerLanguage()][result.help]
          : this.computedHelp(target.sheet, target.col);
      editor.setAttribute('aria-invalid', 'true');
      this.showBubble(help, this.texts.invalidTitle);
      if (move) editor.focus();
      return false;
    }
    this.closeEditor();
    this.hideBubble();
    if (move) {
      this.moveBy(move.rows, move.cols);
      this.focus();
    }
    return true;
  }

  private closeEditor(): void {
    const editor = this.editor;
    this.editor = null;
    this.editing = null;
    editor?.remove();
  }

  private showBubble(message: string, title?: string): void {
    replaceChildren(this.bubble, title ? el('strong', {}, title) : null, el('span', {}, message));
    this.bubble.hidden = false;
    if (!this.editor) {
      const { row, col } = this.session.selected();
      const cell = document.getElementById(cellId(row, col));
      if (cell) {
        const box = this.scroller.getBoundingClientRect();
        const rect = cell.getBoundingClientRect();
        this.bubble.style.left = `${rect.left - box.left + this.scroller.scrollLeft}px`;
        this.bubble.style.top = `${rect.bottom - box.top + this.scroller.scrollTop + 4}px`;
      }
    }
  }

  private hideBubble(): void {
    this.bubble.hidden = true;
  }

  /** Focuses the grid, keeping the scroll position: the selected cell is scrolled into view where needed. */
  focus(): void {
    this.table.focus({ preventScroll: true });
  }
}
