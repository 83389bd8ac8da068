/**
 * The partner card: name, hours together, stage, VCP phase and last contact,
 * a bar of the progress to the next stage with the forecast of when it is
 * reached, and the next step; all derived with the core as the sheet
 * functions do (shared/stages.ts, shared/partner-outlook.ts). Below it, the
 * line about the partner's previous check.
 */
import type { Language } from '../../language';
import { formatIsoDate, type ChecklistTexts } from '../../messages/checklist';
import { VCP_LABELS, nextStepText } from '../../messages/next-step';
import { STAGE_LABELS } from '../../messages/stages';
import { partnerOutlook, type StageForecast } from '../../partner-outlook';
import type { PartnerSnapshot } from '../../port';
import { STAGES, hoursToNextStage, nextThresholdHours, stageLevel, stageProgress } from '../../stages';
import { el } from '../dom';

function factRow(term: string, value: string): HTMLElement {
  return el('div', { class: 'bs-fact' }, el('dt', {}, term), el('dd', {}, value));
}

function progressBlock(hours: number, forecast: StageForecast | undefined, texts: ChecklistTexts, language: Language): HTMLElement {
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
    forecast && forecast.kind !== 'highest' ? el('p', { class: 'bs-forecast' }, texts.forecast(forecast)) : null,
  );
}

export function partnerCard(partner: PartnerSnapshot, texts: ChecklistTexts, language: Language): HTMLElement {
  const { hours, lastContact } = partner;
  const outlook = partnerOutlook(partner);
  return el(
    'section',
    { class: 'bs-card', 'aria-labelledby': 'bs-partner-name' },
    el('h2', { class: 'bs-partner-name', id: 'bs-partner-name' }, partner.name),
    el(
      'dl',
      { class: 'bs-facts' },
      factRow(texts.hoursTogether, hours === null ? texts.notRecorded : texts.hours(hours)),
      factRow(texts.stage, hours === null ? texts.notRecorded : STAGE_LABELS[language][STAGES[stageLevel(hours)]]),
      factRow(texts.vcpPhase, outlook ? VCP_LABELS[language][outlook.phase] : texts.notRecorded),
      factRow(texts.lastContact, lastContact ? formatIsoDate(lastContact, language) : texts.notRecorded),
    ),
    hours === null ? null : progressBlock(hours, outlook?.forecast, texts, language),
    outlook
      ? el(
          'p',
          { class: 'bs-next-step' },
          el('span', { class: 'bs-next-step-label' }, `${texts.nextStep}: `),
          nextStepText(outlook.step, language),
        )
      : null,
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
