/**
 * The built checklist pages (dist/gas/Sidebar.html, dist/office/taskpane.html)
 * in headless Chromium, each with its host bridge replaced by a fake. Run
 * `npm run build` first (npm test does). Screenshots go to /tmp/bondstage-checklist.
 */
import type { Browser, Page } from 'playwright-core';
import { CHECKLIST } from '../../shared/checklist';
import { PARTNER_COLUMNS } from '../../shared/tracker';
import { serialFromIsoDate } from '../../shared/dates';
import type { Language } from '../../shared/language';
import { CHECKLIST_TEXTS } from '../../shared/messages/checklist';
import { SCREENSHOT_DIR, axeViolations, launchBrowser, openChecklist, screenshot, type Host, type OpenedPage } from './support/harness';
import type { ExcelControl, OfficeScenario } from './support/fake-office';
import { PARTNERS, TODAY, XSS_NAME, partnerRow, type SheetsScenario } from './support/tracker-fixture';

jest.setTimeout(20_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const opened: OpenedPage[] = [];
afterEach(async () => {
  for (const { page } of opened.splice(0)) await page.context().close();
});

async function open(host: Host, options: Parameters<typeof openChecklist>[2] = {}): Promise<OpenedPage> {
  const result = await openChecklist(browser, host, options);
  opened.push(result);
  return result;
}

const clara = PARTNERS[0];

async function waitForPartner(page: Page, name: string): Promise<void> {
  await page.locator('#bs-partner-name').filter({ hasText: name }).waitFor();
}

/** The checked answer of each question: true (yes), false (no) or null. */
async function shownAnswers(page: Page): Promise<(boolean | null)[]> {
  return page.$$eval('.bs-question', (questions) =>
    questions.map((question) => {
      const checked = question.querySelector<HTMLInputElement>('input[type=radio]:checked');
      return checked ? checked.value === 'yes' : null;
    }),
  );
}

async function scoreText(page: Page): Promise<string> {
  return (await page.locator('.bs-score-value').textContent()) ?? '';
}

function question(page: Page, index: number) {
  return page.locator('.bs-question').nth(index);
}

const CELL = (key: string) => PARTNER_COLUMNS.findIndex((column) => column.key === key);

describe.each<Host>(['sheets', 'excel'])('the bond checklist in %s', (host) => {
  const width = host === 'sheets' ? 300 : 320;

  it('shows the partner of the selected row with hours, stage, progress, last contact and the previous check', async () => {
    const { page, errors } = await open(host, { width });
    await waitForPartner(page, clara.name);

    const facts = await page.$$eval('.bs-fact', (rows) => rows.map((row) => row.textContent));
    expect(facts).toEqual(['Hours together72 h', 'StageCasual friend', 'VCP phaseVisibility', 'Last contact10 Mar 2025']);
    const bar = page.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe('55');
    expect(await bar.getAttribute('aria-label')).toBe('Progress to Friend');
    expect(await page.locator('.bs-togo').textContent()).toBe('18 hours to go to Friend');
    expect(await page.locator('.bs-previous').textContent()).toContain('Previous check on 1 Feb 2025: 6 of 9');
    expect(await shownAnswers(page)).toEqual(clara.previous!.answers);
    expect(await scoreText(page)).toBe('6 of 9');
    expect(await page.locator('.bs-referral').textContent()).toBe(
      'Not referral-ready yet: needs 18 more hours together and 1 more “yes” answer (90 hours and a score of 7).',
    );
    expect(await page.locator('#bs-partner-picker').inputValue()).toBe(clara.name);
    expect(errors).toEqual([]);
    await screenshot(page, `${host}-partner-${width}px`);
  });

  it('shows the VCP phase, the forecast at the recent pace and the next step, which follows a saved check', async () => {
    const { page, errors } = await open(host, { width });
    await waitForPartner(page, clara.name);
    // 15 hours in the last 90 days: 18 hours to go take 108 days.
    expect(await page.locator('.bs-forecast').textContent()).toBe('Friend by 30 Jun 2025 at your current pace');
    expect(await page.locator('.bs-next-step').textContent()).toBe('Next step: Keep meeting – 18 hours to Friend');

    await page.selectOption('#bs-partner-picker', 'Ben Example');
    await waitForPartner(page, 'Ben Example');
    expect(await page.locator('.bs-fact').nth(2).textContent()).toBe('VCP phaseCredibility');
    expect(await page.locator('.bs-forecast').textContent()).toBe('Not within 10 years at your current pace.');
    expect(await page.locator('.bs-next-step').textContent()).toBe('Next step: Do the bond checklist');
    for (let index = 0; index < 9; index++)
      await question(page, index)
        .getByText(index < 7 ? 'Yes' : 'No', { exact: true })
        .click();
    await page.getByRole('button', { name: 'Save check' }).click();
    await page.locator('.bs-save-status').filter({ hasText: 'Saved: 7 of 9 for Ben Example' }).waitFor();
    // Checked today with 7 of 9 and 95.5 hours: referral-ready in the Credibility phase.
    expect(await page.locator('.bs-next-step').textContent()).toBe('Next step: Ask for a referral');
    await screenshot(page, `${host}-next-step-after-save`);

    await page.selectOption('#bs-partner-picker', XSS_NAME);
    await waitForPartner(page, XSS_NAME);
    expect(await page.locator('.bs-forecast').textContent()).toBe('No forecast yet: no hours together in the last 90 days.');
    expect(await page.locator('.bs-next-step').textContent()).toBe('Next step: Meet – overdue since 1 Mar 2025');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('updates the score and its meaning live as questions are answered', async () => {
    const { page } = await open(host, { width, selected: 'Ben Example' });
    await waitForPartner(page, 'Ben Example');
    expect(await shownAnswers(page)).toEqual(new Array(9).fill(null));
    expect(await page.locator('.bs-score').textContent()).toBe('Score: 0 of 9 · 9 still to answer');

    for (let index = 0; index < 7; index++) await question(page, index).getByText('Yes', { exact: true }).click();
    expect(await page.locator('.bs-score').textContent()).toBe('Score: 7 of 9 · 2 still to answer');
    expect(await page.locator('.bs-band').textContent()).toBe('Strong bond: you know and trust them well enough to refer.');
    expect(await page.locator('.bs-referral').textContent()).toBe('Referral-ready: 90 hours together and a score of 7 or more.');

    await question(page, 0).getByText('No', { exact: true }).click();
    expect(await scoreText(page)).toBe('6 of 9');
    expect(await page.locator('.bs-referral').textContent()).toContain('1 more “yes” answer');
    await screenshot(page, `${host}-answering`);
  });

  it('can be answered and saved with the keyboard alone', async () => {
    const { page } = await open(host, { width, selected: 'Ben Example' });
    await waitForPartner(page, 'Ben Example');

    // Tab from the top of the page to the first question's first choice.
    for (let presses = 0; presses < 10; presses++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === 'bs-qualities-yes') break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bs-qualities-yes');

    const wanted = [true, false, true, true, false, true, true, true, false];
    for (const [index, yes] of wanted.entries()) {
      // Space picks the focused Yes; the arrow key moves to No and picks it, as in any radio group.
      await page.keyboard.press(yes ? 'Space' : 'ArrowRight');
      await page.keyboard.press('Tab');
      // Tab leaves the group for the next question's group, whose first choice takes focus.
      if (index < wanted.length - 1)
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(`bs-${CHECKLIST[index + 1].id}-yes`);
    }
    expect(await shownAnswers(page)).toEqual(wanted);
    expect(await scoreText(page)).toBe('6 of 9');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save check');
    await screenshot(page, `${host}-keyboard-focus-on-save`);
    await page.keyboard.press('Enter');
    await page.locator('.bs-save-status').filter({ hasText: 'Saved: 6 of 9 for Ben Example on 14 Mar 2025.' }).waitFor();
  });

  it('saves exactly the score, the date and one Checks row, and shows progress while saving', async () => {
    const { page } = await open(host, { width });
    await waitForPartner(page, clara.name);
    await question(page, 2).getByText('Yes', { exact: true }).click();
    const answers = [true, true, true, true, true, false, false, true, true];

    if (host === 'sheets') {
      await page.evaluate(() => (window.__sheets.bondstageChecklistSave = { hold: true }));
    } else {
      await page.evaluate(() => (window.__excel.holdSyncs = true));
    }
    const before = host === 'excel' ? await page.evaluate(() => structuredClone(window.__excel.sheets)) : [];

    await page.getByRole('button', { name: 'Save check' }).click();
    await page.locator('.bs-primary.bs-busy').filter({ hasText: 'Saving…' }).waitFor();
    expect(await page.locator('.bs-primary').getAttribute('aria-disabled')).toBe('true');
    // Announced to screen readers beside Save; on screen, Save itself says it.
    expect(await page.getByRole('status').filter({ hasText: 'Saving…' }).count()).toBe(1);
    await screenshot(page, `${host}-saving`);
    await page.evaluate(() => (window.__release ?? window.__excel.release)());
    // The confirmation appears beside Save, in a live region, where the person is looking.
    const saved = page.locator('.bs-footer [role=status]').filter({ hasText: 'Saved: 7 of 9 for Clara Muster on 14 Mar 2025.' });
    await saved.waitFor();
    expect(await saved.isVisible()).toBe(true);
    expect(await page.locator('.bs-status').textContent()).toBe('');
    expect(await page.locator('.bs-previous').textContent()).toContain('Previous check on 14 Mar 2025: 7 of 9');

    if (host === 'sheets') {
      const calls = await page.evaluate(() => window.__scriptRunCalls);
      expect(calls.filter((call: { name: string }) => call.name === 'bondstageChecklistSave')).toEqual([
        {
          name: 'bondstageChecklistSave',
          args: [{ partner: 'Clara Muster', location: { sheet: 'Partners', row: partnerRow(clara.name) }, checkedOn: TODAY, answers }],
        },
      ]);
    } else {
      const control = await page.evaluate(() => JSON.parse(JSON.stringify(window.__excel)) as Omit<ExcelControl, 'release'>);
      const row = partnerRow(clara.name) - 1;
      const checksRow = before.find((sheet) => sheet.name === 'Checks')?.rows.length;
      const serial = serialFromIsoDate(TODAY);
      // One sync carried every write: the Checks row first, then the partner's two cells.
      expect(control.writes).toEqual([
        [
          ...[serial, 'Clara Muster', ...answers, 7].map((value, column) => ['Checks', checksRow, column, value]),
          ['Partners', row, CELL('checklistScore'), 7],
          ['Partners', row, CELL('checkedOn'), serial],
        ],
      ]);
      // Nothing else in the workbook changed.
      const after = control.sheets;
      before[0].rows[row][CELL('checklistScore')] = 7;
      before[0].rows[row][CELL('checkedOn')] = serial;
      before[2].rows.push([serial, 'Clara Muster', ...answers, 7]);
      before[2].tables![0].rowCount += 1;
      expect(after).toEqual(before);
    }
    await screenshot(page, `${host}-saved`);
  });

  it('keeps the answers and shows a readable message when saving fails', async () => {
    const { page } = await open(host, { width });
    await waitForPartner(page, clara.name);
    await question(page, 6).getByText('Yes', { exact: true }).click();
    const answers = await shownAnswers(page);

    if (host === 'sheets') {
      await page.evaluate(() => (window.__sheets.bondstageChecklistSave = { fail: 'Exception: Service Spreadsheets timed out' }));
    } else {
      await page.evaluate(() => (window.__excel.failWritesWith = 'GeneralException: The workbook is busy'));
    }
    await page.getByRole('button', { name: 'Save check' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' });
    await alert.waitFor();
    // Shown beside the Save button, where the user is.
    expect(await alert.evaluate((box) => box.nextElementSibling?.textContent)).toBe('Save check');
    const detail = host === 'sheets' ? 'Exception: Service Spreadsheets timed out' : 'GeneralException: The workbook is busy';
    expect(await alert.textContent()).toBe(
      `Not saved.The spreadsheet reported an error: ${detail}Your answers are still here; try again.Try again`,
    );
    expect(await shownAnswers(page)).toEqual(answers);
    expect(await page.locator('.bs-primary').textContent()).toBe('Save check');
    expect(await page.locator('.bs-primary').getAttribute('aria-disabled')).toBe('false');
    expect(await page.locator('.bs-previous').textContent()).toContain('1 Feb 2025');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${host}-save-failed`);

    // Retry saves the same answers once the spreadsheet answers again.
    if (host === 'sheets') {
      await page.evaluate(() => (window.__sheets.bondstageChecklistSave = {}));
    } else {
      await page.evaluate(() => (window.__excel.failWritesWith = null));
    }
    await alert.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    // Focus stays where the user is: on Save, once the box with Try again is gone.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^(Save check|Saving…)$/);
    await page.locator('.bs-footer [role=status]').filter({ hasText: 'Saved: 7 of 9 for Clara Muster on 14 Mar 2025.' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Not saved.' }).count()).toBe(0);
    expect(await shownAnswers(page)).toEqual(answers);
    expect(await page.locator('.bs-previous').textContent()).toContain('Previous check on 14 Mar 2025: 7 of 9');
    if (host === 'sheets') {
      const saves = await page.evaluate(() =>
        window.__scriptRunCalls.filter((call: { name: string }) => call.name === 'bondstageChecklistSave'),
      );
      expect(saves).toHaveLength(2);
      expect(saves[1].args[0]).toMatchObject({ partner: 'Clara Muster', answers });
    } else {
      expect(await page.evaluate(() => window.__excel.writes.length)).toBe(1);
    }
    await screenshot(page, `${host}-save-retried`);
  });

  it('says so and keeps the answers when the partner is no longer in the tracker', async () => {
    const { page } = await open(host, { width });
    await waitForPartner(page, clara.name);
    await question(page, 2).getByText('Yes', { exact: true }).click();
    if (host === 'sheets') {
      await page.evaluate(
        () =>
          (window.__sheets.bondstageChecklistSave = {
            reply: { ok: false, problem: { kind: 'partnerNotFound', partner: 'Clara Muster' } },
          }),
      );
    } else {
      // Someone renames the partner in the sheet while the checklist is open.
      await page.evaluate((row) => (window.__excel.sheets[0].rows[row][0] = 'Clara Muster-Schmidt'), partnerRow(clara.name) - 1);
    }
    await page.getByRole('button', { name: 'Save check' }).click();
    await page.getByRole('alert').filter({ hasText: 'No row of the Partners sheet holds “Clara Muster” any more.' }).waitFor();
    expect((await shownAnswers(page))[2]).toBe(true);
    if (host === 'excel') expect(await page.evaluate(() => window.__excel.writes)).toEqual([]);
  });

  it('asks to answer every question before saving', async () => {
    const { page } = await open(host, { width, selected: 'Ben Example' });
    await waitForPartner(page, 'Ben Example');
    await question(page, 0).getByText('Yes', { exact: true }).click();
    await page.getByRole('button', { name: 'Save check' }).click();
    await page.getByRole('alert').filter({ hasText: 'Answer all nine questions before saving: 8 still open.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bs-trust-yes');
    if (host === 'sheets') {
      const calls = await page.evaluate(() => window.__scriptRunCalls.map((call: { name: string }) => call.name));
      expect(calls).not.toContain('bondstageChecklistSave');
    } else {
      expect(await page.evaluate(() => window.__excel.writes)).toEqual([]);
    }
  });

  it('shows a partner named like markup as text and runs none of it', async () => {
    const { page, dialogs, errors } = await open(host, { width, selected: XSS_NAME });
    await waitForPartner(page, XSS_NAME);
    expect(await page.locator('#bs-partner-name').textContent()).toBe(XSS_NAME);
    expect(await page.locator('#bs-partner-picker option:checked').textContent()).toBe(XSS_NAME);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, `${host}-markup-name`);
  });

  it('offers a picker when the selection is not on a partner row, and loads the chosen partner', async () => {
    const { page } = await open(host, { width, selected: null });
    await page.locator('.bs-empty').waitFor();
    expect(await page.locator('.bs-empty').textContent()).toContain('choose a partner above');
    const options = await page.$$eval('#bs-partner-picker option', (items) => items.map((item) => item.textContent));
    expect(options).toEqual(['Choose a partner…', ...PARTNERS.map((partner) => partner.name)]);
    await screenshot(page, `${host}-picker`);
    await page.selectOption('#bs-partner-picker', 'Ben Example');
    await waitForPartner(page, 'Ben Example');
    expect(await page.locator('.bs-previous').textContent()).toBe('No check saved for this partner yet.');
    expect(await page.locator('.bs-togo').textContent()).toBe('104.5 hours to go to Close friend');
  });

  it('shows German labels when the host speaks German', async () => {
    const { page } = await open(host, { width, language: 'de' });
    await waitForPartner(page, clara.name);
    // The host's title bar shows the title; the page keeps it for screen readers only.
    expect(await page.locator('h1').textContent()).toBe('Beziehungs-Checkliste');
    expect(await page.locator('h1').boundingBox()).toMatchObject({ width: 1, height: 1 });
    expect(await page.getByRole('main', { name: 'Beziehungs-Checkliste' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    const facts = await page.$$eval('.bs-fact', (rows) => rows.map((row) => row.textContent));
    expect(facts).toEqual([
      'Stunden gemeinsam72 Std.',
      'StufeLockere Freundschaft',
      'VCP-PhaseSichtbarkeit',
      'Letzter Kontakt10. März 2025',
    ]);
    expect(await page.locator('.bs-forecast').textContent()).toBe('Freundschaft bis zum 30. Juni 2025 im jetzigen Tempo');
    expect(await page.locator('.bs-next-step').textContent()).toBe(
      'Nächster Schritt: Weiter treffen – noch 18 Stunden bis zur Stufe Freundschaft',
    );
    expect(await page.locator('.bs-togo').textContent()).toBe('Noch 18 Stunden bis zur Stufe „Freundschaft“');
    expect(await page.getByRole('progressbar').getAttribute('aria-label')).toBe('Fortschritt zur Stufe „Freundschaft“');
    expect(await page.locator('.bs-referral').textContent()).toBe(
      'Noch nicht bereit für Empfehlungen: Es fehlen noch 18 gemeinsame Stunden und 1 Ja-Antwort (nötig sind 90 Stunden und 7 Punkte).',
    );
    expect(await question(page, 0).locator('legend').textContent()).toBe('1. Ich bin von den Qualitäten überzeugt');
    expect(await question(page, 0).locator('label').allTextContents()).toEqual(['Ja', 'Nein']);
    expect(await page.locator('.bs-score').textContent()).toBe('Punkte: 6 von 9');
    expect(await page.getByRole('button', { name: 'Prüfung speichern' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${host}-german`);

    // A failed save in German, then Retry.
    if (host === 'sheets') {
      await page.evaluate(() => (window.__sheets.bondstageChecklistSave = { fail: 'Zeitüberschreitung' }));
    } else {
      await page.evaluate(() => (window.__excel.failWritesWith = 'Zeitüberschreitung'));
    }
    await page.getByRole('button', { name: 'Prüfung speichern' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nicht gespeichert.' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Nicht gespeichert.Die Tabelle meldet einen Fehler: ZeitüberschreitungIhre Antworten bleiben erhalten; versuchen Sie es erneut.Erneut versuchen',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${host}-german-save-failed`);
    if (host === 'sheets') {
      await page.evaluate(() => (window.__sheets.bondstageChecklistSave = {}));
    } else {
      await page.evaluate(() => (window.__excel.failWritesWith = null));
    }
    await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.locator('.bs-save-status').filter({ hasText: 'Gespeichert: 6 von 9 für Clara Muster am 14. März 2025.' }).waitFor();
  });

  it('has no accessibility violations (axe-core) with a partner loaded', async () => {
    const { page } = await open(host, { width });
    await waitForPartner(page, clara.name);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows progress while loading', async () => {
    const { page } = await open(host, {
      width,
      sheets: (scenario) => (scenario.bondstageChecklistContext.hold = true),
      office: (scenario) => (scenario.holdSyncs = true),
    });
    await page.locator('.bs-status.bs-busy').filter({ hasText: 'Loading the partner…' }).waitFor();
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');
    await screenshot(page, `${host}-loading`);
    await page.evaluate(() => (window.__release ?? window.__excel.release)());
    await waitForPartner(page, clara.name);
    expect(await page.locator('main').getAttribute('aria-busy')).toBeNull();
    expect(await page.locator('.bs-status').textContent()).toBe('');
  });

  it('shows a readable message with Try again when loading fails', async () => {
    const setup =
      host === 'sheets'
        ? {
            sheets: (scenario: SheetsScenario) =>
              (scenario.bondstageChecklistContext = { reply: { ok: false, problem: { kind: 'noTracker' } } }),
          }
        : { office: (scenario: OfficeScenario) => (scenario.sheets = scenario.sheets.filter((sheet) => sheet.name === 'Meetings')) };
    const { page } = await open(host, { width, ...setup });
    const alert = page.getByRole('alert').filter({ hasText: 'No partner tracker found' });
    await alert.waitFor();
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${host}-no-tracker`);
  });
});

/** Where the sticky footer and Save are in the viewport, and the viewport's height. */
async function footerPlace(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return { footer: box('.bs-footer'), save: box('.bs-primary'), viewport: window.innerHeight, scrolled: window.scrollY };
  });
}

const FOOTER_CASES: [Host, number, Language][] = [
  ['sheets', 300, 'en'],
  ['sheets', 300, 'de'],
  ['excel', 300, 'en'],
  ['excel', 320, 'de'],
  ['excel', 400, 'en'],
  ['excel', 500, 'de'],
];

describe.each(FOOTER_CASES)('the sticky footer in %s at %i px (%s)', (host, width, language) => {
  it('keeps the score, the readiness line and Save on screen while the questions scroll', async () => {
    const { page } = await open(host, { width, height: 640, language });
    await waitForPartner(page, clara.name);
    const texts = CHECKLIST_TEXTS[language];

    for (const index of [0, 4, 8]) {
      await question(page, index).scrollIntoViewIfNeeded();
      const place = await footerPlace(page);
      // Pinned to the bottom edge, whole, with Save inside it.
      expect(Math.round(place.footer.bottom)).toBe(place.viewport);
      expect(place.footer.top).toBeGreaterThan(0);
      expect(place.save.bottom).toBeLessThanOrEqual(place.viewport);
      expect(await page.locator('.bs-footer .bs-score').isVisible()).toBe(true);
      expect(await page.locator('.bs-footer .bs-referral').isVisible()).toBe(true);
      expect(await page.locator('.bs-footer').getByRole('button', { name: texts.save }).isVisible()).toBe(true);
    }
    // The questions scrolled under it: the page is longer than the pane.
    expect((await footerPlace(page)).scrolled).toBeGreaterThan(0);

    // An answer changes the score the footer shows at once.
    await question(page, 2).getByText(texts.yes, { exact: true }).click();
    expect(await scoreText(page)).toBe(texts.score(7));

    // A choice that gets focus from the keyboard is never hidden behind the footer.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#bs-qualities-yes').focus();
    for (let index = 1; index < CHECKLIST.length; index++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement!.nextElementSibling!.getBoundingClientRect().bottom);
      expect(focused).toBeLessThanOrEqual((await footerPlace(page)).footer.top + 1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${host}-sticky-footer-${width}px-${language}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${host}-sticky-footer-${width}px-${language}-viewport.png` });
  });
});

describe('the Excel task pane', () => {
  it('fits 500 px as well as 320 px', async () => {
    for (const width of [320, 500]) {
      const { page } = await open('excel', { width });
      await waitForPartner(page, clara.name);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await screenshot(page, `excel-partner-${width}px`);
    }
  });

  it('shows the newly selected partner each time the pane is shown again', async () => {
    const { page } = await open('excel', { width: 360 });
    await waitForPartner(page, clara.name);
    await page.evaluate((row) => (window.__officeScenario.active.rowIndex = row), partnerRow('Ben Example') - 1);
    await page.evaluate(() => window.__showTaskpane());
    await waitForPartner(page, 'Ben Example');
  });

  it('loads office.js from Microsoft, then functions.js, then taskpane.js', async () => {
    const { page } = await open('excel', { width: 360 });
    const scripts = await page.$$eval('script[src]', (items) => items.map((item) => item.getAttribute('src')));
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js', 'taskpane.js']);
  });
});

describe('the Sheets sidebar', () => {
  it('does not overflow its 300 px width', async () => {
    const { page } = await open('sheets', { width: 300 });
    await waitForPartner(page, clara.name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});
