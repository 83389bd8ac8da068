/**
 * The import list on screen: matched meetings in a table, events without a
 * partner apart in a collapsed section. Every line has a tick box, a partner
 * choice and a kind choice, each labelled with the event's title and day so
 * a screen reader says which line it is. Titles are text nodes: an event
 * title is never markup.
 */
import { KIND_ORDER, kindLabel, type ImportLine, type MeetingKind } from '../../calendar';
import type { Language } from '../../language';
import { CALENDAR_IMPORT_TEXTS, importDate } from '../../messages/calendar-import';
import { el } from '../dom';

export interface LineEvents {
  /** Called after a line changed (ticked, partner or kind). */
  changed(): void;
}

function partnerSelect(line: ImportLine, partners: readonly string[], label: string, choose: string, events: LineEvents) {
  const select = el('select', { class: 'bs-import-select', 'aria-label': label });
  if (line.partner === null) select.append(el('option', { value: '' }, choose));
  for (const name of partners) select.append(el('option', { value: name, selected: name === line.partner }, name));
  select.addEventListener('change', () => {
    const wasUnassigned = line.partner === null;
    line.partner = select.value || null;
    // Assigning an event to a partner is choosing to import it.
    if (wasUnassigned && line.partner !== null) line.ticked = true;
    events.changed();
  });
  return select;
}

function kindSelect(line: ImportLine, language: Language, label: string, events: LineEvents) {
  const select = el('select', { class: 'bs-import-select', 'aria-label': label });
  for (const kind of KIND_ORDER) select.append(el('option', { value: kind, selected: kind === line.kind }, kindLabel(kind, language)));
  select.addEventListener('change', () => {
    line.kind = select.value as MeetingKind;
    events.changed();
  });
  return select;
}

function lineRow(line: ImportLine, partners: readonly string[], language: Language, events: LineEvents): HTMLTableRowElement {
  const texts = CALENDAR_IMPORT_TEXTS[language];
  const { occurrence } = line;
  const day = importDate(occurrence.date, language);
  const title = occurrence.title || '—';
  const tick = el('input', { type: 'checkbox', class: 'bs-import-tick', 'aria-label': texts.tickLabel(title, day), checked: line.ticked });
  tick.addEventListener('change', () => {
    line.ticked = tick.checked;
    events.changed();
  });
  return el(
    'tr',
    { 'data-line': line.id, class: line.ticked ? 'bs-import-on' : '' },
    el('td', { class: 'bs-import-tick-cell' }, tick),
    el('td', { class: 'bs-import-date' }, day),
    el('td', { class: 'bs-import-time' }, occurrence.time ?? texts.allDay),
    el('td', { class: 'bs-import-hours' }, texts.hours(occurrence.hours)),
    el('td', { class: 'bs-import-partner' }, partnerSelect(line, partners, texts.partnerLabel(title, day), texts.choosePartner, events)),
    el('td', { class: 'bs-import-kind' }, kindSelect(line, language, texts.kindLabel(title, day), events)),
    el('td', { class: 'bs-import-title' }, title),
  );
}

/** A table of lines with the list's column headers. */
export function linesTable(lines: readonly ImportLine[], partners: readonly string[], language: Language, events: LineEvents) {
  const { columns } = CALENDAR_IMPORT_TEXTS[language];
  const head = [columns.import, columns.date, columns.time, columns.hours, columns.partner, columns.kind, columns.title];
  return el(
    'div',
    { class: 'bs-import-scroll' },
    el(
      'table',
      { class: 'bs-import-table' },
      el('thead', {}, el('tr', {}, ...head.map((text) => el('th', { scope: 'col' }, text)))),
      el('tbody', {}, ...lines.map((line) => lineRow(line, partners, language, events))),
    ),
  );
}

/** The events without a partner: collapsed; their rows are built when the section is first opened. */
export function unmatchedSection(lines: readonly ImportLine[], partners: readonly string[], language: Language, events: LineEvents) {
  const texts = CALENDAR_IMPORT_TEXTS[language];
  const details = el('details', { class: 'bs-import-unmatched' }, el('summary', {}, texts.unmatchedHeading(lines.length)));
  let built = false;
  details.addEventListener('toggle', () => {
    if (!details.open || built) return;
    built = true;
    details.append(linesTable(lines, partners, language, events));
  });
  return details;
}
