/**
 * The spreadsheet grid of the preview: one tracker sheet at a time, with a
 * formula bar, sheet tabs, selection and typing like Google Sheets. It shows
 * what the formula engine computed and the conditional-format colours, and
 * sends typed input to the session, which validates and recalculates it.
 */
import { el, replaceChildren } from '../shared/ui/dom';
import { TRACKER_TEXTS } from '../shared/messages/tracker';
import { TRACKER_SHEETS, columnLetter, type TrackerSheet } from '../shared/tracker';
import { displayOf, rowColours } from './cell-display';
import { todaySerial } from '../shared/dates';
import { editText } from './format';
import type { PreviewTexts } from './texts';
import type { Selection, TrackerSession } from './tracker-session';

/** Rows shown below the used ones, so there is always room to type. */
const SPARE_ROWS = 6;
const MIN_DATA_ROWS = 40;
const ROW_NUMBER_WIDTH = 46;

export interface GridOptions {
  session: TrackerSession;
  texts: () => PreviewTexts;
}

function cellId(row: number, col: number): string {
  return `pv-cell-${row}-${col}`;
}

export class SheetGrid {
  readonly element: HTMLElement;
  private readonly nameBox: HTMLElement;
  private readonly formulaText: HTMLElement;
  private readonly formulaNote: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly tabs: HTMLElement;
  private readonly bubble: HTMLElement;
  private readonly datalist: HTMLDataListElement;
  private editor: HTMLInputElement | null = null;
  private editing: Selection | null = null;

  constructor(private readonly options: GridOptions) {
    this.nameBox = el('div', { class: 'pv-name-box', 'aria-live': 'polite' });
    this.formulaText = el('div', { class: 'pv-formula-text', id: 'pv-formula-text' });
    this.formulaNote = el('div', { class: 'pv-formula-note' });
    this.table = el('table', { class: 'pv-grid', role: 'grid' });
    this.datalist = el('datalist', { id: 'pv-choices' });
    this.bubble = el('div', { class: 'pv-bubble', role: 'alert', hidden: true });
    this.scroller = el('div', { class: 'pv-grid-scroll', tabindex: 0 }, this.table, this.datalist, this.bubble);
    this.tabs = el('div', { class: 'pv-tabs', role: 'tablist' });
    this.element = el(
      'div',
      { class: 'pv-sheet' },
      el(
        'div',
        { class: 'pv-formula-bar' },
        this.nameBox,
        el('span', { class: 'pv-fx', 'aria-hidden': 'true' }, 'fx'),
        el('div', { class: 'pv-formula' }, this.formulaText, this.formulaNote),
      ),
      this.scroller,
      this.tabs,
    );
    this.scroller.addEventListener('keydown', (event) => this.onKey(event));
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

  render(): void {
    const selection = this.session.selected();
    const sheet = selection.sheet;
    const layout = this.session.layout(sheet);
    const language = this.session.trackerLanguage();
    const computedTitle = this.texts.computedColumn;

    const colgroup = el('colgroup', {}, el('col', { style: `width:${ROW_NUMBER_WIDTH}px` }));
    for (const column of layout.columns) colgroup.appendChild(el('col', { style: `width:${column.width}px` }));

    const letters = el('tr', { class: 'pv-letters' }, el('th', { class: 'pv-corner', 'aria-hidden': 'true' }));
    layout.columns.forEach((_, col) =>
      letters.appendChild(
        el('th', { class: `pv-letter${col < layout.frozenColumns ? ' pv-frozen' : ''}`, scope: 'col', 'aria-hidden': 'true' }, columnLetter(col)),
      ),
    );

    const body = el('tbody');
    const rows = this.shownRows(sheet) + 1;
    for (let row = 1; row <= rows; row++) {
      const colours =
        sheet === 'partners' && row > 1 && this.session.value(sheet, row, 0) !== ''
          ? rowColours(layout, row, (formula) => this.session.evaluate(formula, sheet))
          : new Map();
      const tr = el('tr', { class: row === 1 ? 'pv-header-row' : '', 'aria-rowindex': row });
      tr.appendChild(el('th', { class: 'pv-row-number', scope: 'row' }, String(row)));
      layout.columns.forEach((column, col) => {
        const value = this.session.value(sheet, row, col);
        const shown = displayOf(value, row === 1 ? 'General' : column.numberFormat, language);
        const computed = !this.session.isEditable(sheet, row, col) && row > 1;
        const classes = ['pv-cell', `pv-${shown.kind}`];
        if (col < layout.frozenColumns) classes.push('pv-frozen');
        if (computed) classes.push('pv-computed');
        if (row === 1 && (column.headerFormula || column.rowFormula)) classes.push('pv-computed-header');
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
            'aria-selected': selected ? 'true' : 'false',
            'aria-readonly': computed ? 'true' : null,
            title: shown.message || (row === 1 && (column.headerFormula || column.rowFormula) ? computedTitle : null),
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
    this.table.setAttribute('aria-label', this.texts.gridLabel(layout.name));
    this.table.setAttribute('aria-rowcount', String(layout.dataRows + 1));
    this.scroller.setAttribute('aria-activedescendant', cellId(selection.row, selection.col));
    this.markHeaders(selection.row, selection.col);
    this.renderTabs();
    this.renderFormulaBar();
    if (this.editor && this.editing) this.placeEditor();
  }

  private renderTabs(): void {
    const current = this.session.selected().sheet;
    this.tabs.setAttribute('aria-label', this.texts.sheetsLabel);
    // Buttons are kept, not rebuilt: a click must land on the element it started on.
    if (this.tabs.children.length !== TRACKER_SHEETS.length) {
      replaceChildren(
        this.tabs,
        ...TRACKER_SHEETS.map((sheet) => {
          const tab = el('button', { type: 'button', role: 'tab', class: 'pv-tab', 'data-sheet': sheet });
          tab.addEventListener('click', () => this.showSheet(sheet));
          return tab;
        }),
      );
    }
    TRACKER_SHEETS.forEach((sheet, index) => {
      const tab = this.tabs.children[index] as HTMLElement;
      tab.textContent = this.session.sheetName(sheet);
      tab.setAttribute('aria-selected', sheet === current ? 'true' : 'false');
    });
  }

  private renderFormulaBar(): void {
    const { sheet, row, col } = this.session.selected();
    const column = this.session.layout(sheet).columns[col];
    const language = this.session.trackerLanguage();
    this.nameBox.textContent = `${columnLetter(col)}${row}`;
    let text = '';
    let note = '';
    let spilled = false;
    if (row > 1 && column.headerFormula) {
      text = column.headerFormula;
      note = this.texts.spilledFrom(`${columnLetter(col)}1`);
      spilled = true;
    } else {
      const content = this.session.content(sheet, row, col);
      text = editText(content, column.numberFormat, language);
    }
    const shown = displayOf(this.session.value(sheet, row, col), column.numberFormat, language);
    if (shown.kind === 'error' && shown.message) note = `${shown.text} ${shown.message}`;
    this.formulaText.textContent = text;
    this.formulaText.classList.toggle('pv-spilled', spilled);
    this.formulaNote.textContent = note;
    this.formulaNote.classList.toggle('pv-error-note', shown.kind === 'error');
  }

  /** Shows another sheet, keeping an unfinished entry open if it is invalid. */
  showSheet(sheet: TrackerSheet, row = 2, col = 0): void {
    if (this.editor && !this.commitEdit(null)) return;
    this.hideBubble();
    this.session.select({ sheet, row, col });
    this.render();
    this.scroller.focus();
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
    this.scroller.focus();
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
      for (const marked of this.table.querySelectorAll('.pv-selected, .pv-active')) {
        marked.classList.remove('pv-selected', 'pv-active');
        marked.setAttribute('aria-selected', 'false');
      }
      cell.classList.add('pv-selected');
      cell.setAttribute('aria-selected', 'true');
      this.markHeaders(selection.row, selection.col);
      this.scroller.setAttribute('aria-activedescendant', cell.id);
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
      case 'Tab':
        if ((event.shiftKey && col === 0) || (!event.shiftKey && col === lastCol)) return;
        this.moveBy(0, event.shiftKey ? -1 : 1);
        break;
      case 'Enter':
      case 'F2':
        this.startEdit();
        break;
      case 'Delete':
      case 'Backspace':
        if (this.session.isEditable(sheet, row, col)) this.session.enter(sheet, row, col, '');
        else this.showBubble(this.texts.computedCell);
        break;
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          this.startEdit(event.key);
          break;
        }
        return;
    }
    event.preventDefault();
  }

  /** Opens the cell editor on the selected cell, with `initial` typed in or the cell's content. */
  startEdit(initial?: string): void {
    const { sheet, row, col } = this.session.selected();
    if (!this.session.isEditable(sheet, row, col)) {
      this.showBubble(this.texts.computedCell);
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
        this.scroller.focus();
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
      const help = result.reason === 'invalid' ? TRACKER_TEXTS[this.session.trackerLanguage()][result.help] : this.texts.computedCell;
      editor.setAttribute('aria-invalid', 'true');
      this.showBubble(help, this.texts.invalidTitle);
      if (move) editor.focus();
      return false;
    }
    this.closeEditor();
    this.hideBubble();
    if (move) {
      this.moveBy(move.rows, move.cols);
      this.scroller.focus();
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

  focus(): void {
    this.scroller.focus();
  }
}
