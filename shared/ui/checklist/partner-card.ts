/**
 * The partner card: name, hours together, stage and last contact, and a bar
 * of the progress to the next stage, derived from the hours with the core
 * (shared/stages.ts) as the sheet functions do; below it, the line about the
 * partner's previous check.
 */
import type { Language } from '../../language';
import { formatIsoDate, type ChecklistTexts } from '../../messages/checklist';
import { STAGE_LABELS } from '../../messages/stages';
import type { PartnerSnapshot } from '../../port';
import { STAGES, hoursToNextStage, nextThresholdHours, stageLevel, stageProgress } from '../../stages';
import { el } from '../dom';

function factRow(term: string, value: string): HTMLElement {
  return el('div', { class: 'bs-fact' }, el('dt', {}, term), el('dd', {}, value));
}

function progressBlock(hours: number, texts: ChecklistTexts, language: Language): HTMLElement {
  const level = stageLevel(hours);
  const percent = Math.round(stageProgress(hours) * 100);
  const highest = nextThresholdHours(level) === undefined;
  const nextStage = highest ? '' : STAGE_LABELS[language][STAGES[level + 1]];
  const caption = highest ? texts.highestStage : texts.hoursToGo(hoursToNextStage(hours), nextStage);
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
        'aria-label': highest ? texts.highestStage : texts.progressTo(nextStage),
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

export function partnerCard(partner: PartnerSnapshot, texts: ChecklistTexts, language: Language): HTMLElement {
  const { hours, lastContact } = partner;
  return el(
    'section',
    { class: 'bs-card', 'aria-labelledby': 'bs-partner-name' },
    el('h2', { class: 'bs-partner-name', id: 'bs-partner-name' }, partner.name),
    el(
      'dl',
      { class: 'bs-facts' },
      factRow(texts.hoursTogether, hours === null ? texts.notRecorded : texts.hours(hours)),
      factRow(texts.stage, hours === null ? texts.notRecorded : STAGE_LABELS[language][STAGES[stageLevel(hours)]]),
      factRow(texts.lastContact, lastContact ? formatIsoDate(lastContact, language) : texts.notRecorded),
    ),
    hours === null ? null : progressBlock(hours, texts, language),
  );
}

/** "Previous check on …: 6 of 9 …", or that there is none yet. */
export function previousCheckText(partner: PartnerSnapshot, texts: ChecklistTexts, language: Language): string {
  const previous = partner.previousCheck;
  return previous ? texts.previousCheck(formatIsoDate(previous.checkedOn, language), previous.score) : texts.noPreviousCheck;
}

export function previousCheckLine(partner: PartnerSnapshot, texts: ChecklistTexts, language: Language): HTMLElement {
  return el('p', { class: 'bs-previous' }, previousCheckText(partner, texts, language));
}
