import { DASHBOARD_TEXTS } from '../../shared/messages/dashboard';
/** The Update tracker plan in the core: which tracker, its language, its Settings names, and what counts as an earlier formula. */
import { CommandProblem } from '../../shared/command-problem';
import { TRACKER_TEXTS } from '../../shared/messages/tracker';
import {
  EXCEL_DIALECT,
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  SHEETS_DIALECT,
  headersFor,
  isEarlierOwnFormula,
  isUpToDate,
  trackerUpdatedMessage,
  planUpdate,
  settingNamesFor,
  trackerLanguage,
} from '../../shared/tracker';

const en = TRACKER_TEXTS.en;
const partners = (language: 'en' | 'de') => headersFor(PARTNER_COLUMNS, language);
const meetings = (language: 'en' | 'de') => headersFor(MEETING_COLUMNS, language);

describe('the update plan', () => {
  it('finds no tracker without a partner sheet, and no meeting log beside one, and says what to do', () => {
    expect(() => planUpdate({ dialect: SHEETS_DIALECT, userLanguage: 'en', sheets: [], takenNames: [] }, en)).toThrow(
      new CommandProblem(en.noTrackerToUpdate),
    );
    const alone = [{ name: 'Partners', header: partners('en') }];
    expect(() => planUpdate({ dialect: SHEETS_DIALECT, userLanguage: 'en', sheets: alone, takenNames: [] }, en)).toThrow(
      new CommandProblem(en.noMeetingsToUpdate('Partners')),
    );
  });

  it('writes in the tracker’s language, whatever the user’s, and a tie goes to the user’s', () => {
    expect(trackerLanguage(partners('de'), 'en')).toBe('de');
    expect(trackerLanguage(partners('en'), 'de')).toBe('en');
    expect(trackerLanguage(['Partner'], 'de')).toBe('de');
  });

  it('is up to date for a current tracker with its Settings names in use and its Dashboard', () => {
    const sheets = [
      { name: 'Partners', header: partners('en') },
      { name: 'Meetings', header: meetings('en') },
    ];
    const dashboard = { name: 'Dashboard', title: DASHBOARD_TEXTS.en.title, subtitle: DASHBOARD_TEXTS.en.subtitle('Partners', 'Meetings') };
    const input = { dialect: EXCEL_DIALECT, userLanguage: 'de' as const, sheets, takenNames: Object.values(settingNamesFor(1)) };
    expect(isUpToDate(planUpdate({ ...input, leads: [dashboard] }, en))).toBe(true);
    // Without it, the Dashboard is all that is missing.
    const plan = planUpdate(input, en);
    expect(plan.sheets).toEqual([]);
    expect(plan.settings).toBeNull();
    expect(plan.dashboard?.name).toBe('Dashboard');
  });

  it('leaves a user sheet called Dashboard alone and names the new one afresh; a dashboard of another tracker is not this one’s', () => {
    const sheets = [
      { name: 'Partners', header: partners('en') },
      { name: 'Meetings', header: meetings('en') },
    ];
    const own = { name: 'Dashboard', title: 'My dashboard', subtitle: 'Sales 2026' };
    const other = {
      name: 'Dashboard (2)',
      title: DASHBOARD_TEXTS.en.title,
      subtitle: DASHBOARD_TEXTS.en.subtitle('Partners (2)', 'Meetings (2)'),
    };
    const input = { dialect: EXCEL_DIALECT, userLanguage: 'en' as const, sheets, takenNames: Object.values(settingNamesFor(1)) };
    const plan = planUpdate({ ...input, leads: [own, other] }, en);
    expect(plan.dashboard?.name).toBe('Dashboard (3)');
    expect(trackerUpdatedMessage(plan, en)).toBe(
      'Added the sheet Dashboard (3): your network at a glance, with two charts. Nothing you entered was changed.',
    );
    // A German dashboard of this tracker counts as its dashboard.
    const german = { name: 'Übersicht', title: DASHBOARD_TEXTS.de.title, subtitle: DASHBOARD_TEXTS.de.subtitle('Partners', 'Meetings') };
    expect(planUpdate({ ...input, leads: [own, german] }, en).dashboard).toBeNull();
  });

  it('gives a second tracker the Settings of its own number, and fresh names when the first tracker has taken them', () => {
    const old = partners('en').filter((header) => header !== 'Next step');
    const sheets = [
      { name: 'Partners', header: partners('en') },
      { name: 'Meetings', header: meetings('en') },
      { name: 'Settings', header: ['Setting'] },
      { name: 'Partners (2)', header: old },
      { name: 'Meetings (2)', header: meetings('en') },
    ];
    const plan = planUpdate(
      { dialect: SHEETS_DIALECT, userLanguage: 'en', sheets, takenNames: Object.values(settingNamesFor(1)), activeSheet: 'Partners (2)' },
      en,
    );
    expect(plan.partners).toBe('Partners (2)');
    expect(plan.settings!.name).toBe('Settings (2)');
    expect(plan.settingNames).toEqual(settingNamesFor(2));
    const nextStep = plan.sheets[0].additions[0].column;
    expect(nextStep.header).toBe('Next step');
    expect(nextStep.headerFormula).toContain('Bondstage_Thresholds_2');
  });

  it('tells an earlier formula of its own from a formula the user wrote', () => {
    expect(isEarlierOwnFormula('=ARRAYFORMULA(VSTACK("Stufe",BONDSTAGE(IFERROR(D2:D,"#ERROR!"),"de")))', 'BONDSTAGE')).toBe(true);
    expect(isEarlierOwnFormula('=NETWORK.REFERRALREADY([@[Hours together]],[@[Checklist score]])', 'REFERRALREADY')).toBe(true);
    expect(isEarlierOwnFormula('=NETWORK.BONDSTAGE([@[Hours together]],"en",Bondstage_Thresholds)', 'BONDSTAGE')).toBe(false);
    expect(isEarlierOwnFormula('=ARRAYFORMULA(VSTACK("Progress",D2:D/200))', 'BONDPROGRESS')).toBe(false);
    expect(isEarlierOwnFormula('=IF(A2="","",NETWORK.BONDSTAGE(D2))', 'BONDSTAGE')).toBe(false);
    expect(isEarlierOwnFormula('Stage', 'BONDSTAGE')).toBe(false);
  });
});
