import fc from 'fast-check';
import { catalogFunction } from '../../shared/catalog';
import { STAGE_LABELS } from '../../shared/messages/stages';
import { STAGES, hoursToNextStage, nextThresholdHours, stageLevel, stageOf, stageProgress } from '../../shared/stages';
import { DEFAULT_THRESHOLDS } from '../../shared/thresholds';

const hoursArbitrary = fc.double({ min: 0, max: 10_000, noNaN: true, noDefaultInfinity: true });

describe('stage thresholds (Hall 2018)', () => {
  it('are 50, 90 and 200 hours', () => {
    expect(DEFAULT_THRESHOLDS).toEqual([50, 90, 200]);
  });

  it.each([
    [0, 0, 'acquaintance'],
    [49.999, 0, 'acquaintance'],
    [50, 1, 'casualFriend'],
    [89.999, 1, 'casualFriend'],
    [90, 2, 'friend'],
    [199.999, 2, 'friend'],
    [200, 3, 'closeFriend'],
    [5000, 3, 'closeFriend'],
  ])('%p hours is level %p (%s)', (hours, level, stage) => {
    expect(stageLevel(hours)).toBe(level);
    expect(stageOf(hours)).toBe(stage);
  });
});

describe('progress and hours to the next stage', () => {
  it.each([
    [0, 0, 50],
    [25, 0.5, 25],
    [50, 0, 40],
    [70, 0.5, 20],
    [90, 0, 110],
    [145, 0.5, 55],
    [199, 109 / 110, 1],
    [200, 1, 0],
    [1000, 1, 0],
  ])('%p hours: progress %p, %p hours to go', (hours, progress, toGo) => {
    expect(stageProgress(hours)).toBeCloseTo(progress, 10);
    expect(hoursToNextStage(hours)).toBeCloseTo(toGo, 10);
  });

  it('are exact to 10 decimal places, without floating-point noise or -0', () => {
    expect(hoursToNextStage(89.9)).toBe(0.1);
    expect(hoursToNextStage(49.7)).toBe(0.3);
    expect(stageProgress(50.1)).toBe(0.0025);
    expect(stageProgress(199)).toBe(0.9909090909);
    expect(Object.is(stageProgress(-0), 0)).toBe(true);
  });

  it('the level never falls as hours rise', () => {
    fc.assert(fc.property(hoursArbitrary, hoursArbitrary, (a, b) => stageLevel(Math.min(a, b)) <= stageLevel(Math.max(a, b))));
  });

  it('progress stays within 0 and 1', () => {
    fc.assert(fc.property(hoursArbitrary, (hours) => stageProgress(hours) >= 0 && stageProgress(hours) <= 1));
  });

  it('hours plus hours to next equals the next threshold below 200', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 199.999, noNaN: true }), (hours) => {
        const next = nextThresholdHours(stageLevel(hours));
        return next !== undefined && Math.abs(hours + hoursToNextStage(hours) - next) < 1e-9;
      }),
    );
  });

  it('stage label and level agree for every hour count, in both languages', () => {
    const stage = catalogFunction('BONDSTAGE');
    const level = catalogFunction('BONDLEVEL');
    fc.assert(
      fc.property(hoursArbitrary, fc.constantFrom('en' as const, 'de' as const), (hours, language) => {
        const label = stage.evaluate([hours, language]);
        const number = level.evaluate([hours]) as number;
        return label === STAGE_LABELS[language][STAGES[number]];
      }),
    );
  });
});
