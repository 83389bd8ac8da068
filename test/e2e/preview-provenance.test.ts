/**
 * Computed cells say where their value comes from: the texts of
 * shared/messages/provenance.ts cover every computed column in both
 * languages, and the preview shows them in the formula note when the cell is
 * selected, as its title when hovered, and as its accessible description.
 */
import type { Browser, Page } from 'playwright-core';
import type { Language } from '../../shared/language';
import { PROVENANCE_TEXTS, provenanceOf } from '../../shared/messages/provenance';
import { PARTNER_COLUMNS, isComputedColumn, type PartnerColumnKey } from '../../shared/tracker';
import { launchChromium, startPreview, type PreviewServer } from './preview-server';

jest.setTimeout(90000);

const column = (key: PartnerColumnKey) => PARTNER_COLUMNS.findIndex((candidate) => candidate.key === key);
const COMPUTED = PARTNER_COLUMNS.map((candidate) => candidate.key).filter((key) => isComputedColumn(key));
const INPUT = PARTNER_COLUMNS.map((candidate) => candidate.key).filter((key) => !isComputedColumn(key));
/** Clara Muster's row in the example tracker. */
const ROW = 4;

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startPreview(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the provenance texts', () => {
  test('cover exactly the columns the tracker computes, in English and German', () => {
    for (const language of ['en', 'de'] as const) {
      expect(Object.keys(PROVENANCE_TEXTS[language]).sort()).toEqual([...COMPUTED].sort());
      for (const key of INPUT) expect(provenanceOf(key, language)).toBeNull();
    }
    expect(provenanceOf('toString', 'en')).toBeNull();
    expect(provenanceOf('', 'de')).toBeNull();
  });

  test('name the sheet or columns the value comes from and the sheet function, as the host names it', () => {
    expect(provenanceOf('hoursTogether', 'en')).toBe('From Meetings: the hours of this partner’s meetings, added up.');
    expect(provenanceOf('stage', 'en')).toBe('From Hours together, by BONDSTAGE, with the thresholds on Settings.');
    expect(provenanceOf('stage', 'en', (name) => `NETWORK.${name}`)).toBe(
      'From Hours together, by NETWORK.BONDSTAGE, with the thresholds on Settings.',
    );
    expect(provenanceOf('givenBalance', 'en')).toBe('Referrals given − Referrals received.');
    expect(provenanceOf('recentHours', 'de')).toMatch(/^Aus „Treffen“, mit PARTNERHOURS: .*„Einstellungen“/);
    expect(provenanceOf('lastContact', 'en')).toMatch(/^From Meetings: /);
    expect(provenanceOf('nextContactDue', 'en')).toBe('From Last contact + Contact every (days).');
    expect(provenanceOf('referralReady', 'en')).toMatch(/^From Hours together and Checklist score, by REFERRALREADY: /);
    expect(provenanceOf('hoursTogether', 'de')).toMatch(/^Aus „Treffen“: /);
    expect(provenanceOf('stage', 'de')).toBe('Aus „Stunden gemeinsam“, mit BONDSTAGE, nach den Schwellenwerten in „Einstellungen“.');
    expect(provenanceOf('nextContactDue', 'de')).toBe('Aus „Letzter Kontakt“ + „Kontakt alle (Tage)“.');
    expect(provenanceOf('referralReady', 'de')).toMatch(/^Aus „Stunden gemeinsam“ und „Checklisten-Punkte“, mit REFERRALREADY: /);
  });
});

/** What the page says about a cell: its formula note when selected, its title and its accessible description. */
async function cellSays(page: Page, row: number, col: number): Promise<{ note: string; title: string | null; description: string | null }> {
  await page.click(`#pv-cell-${row}-${col}`);
  return page.evaluate(
    ({ row, col }) => {
      const cell = document.getElementById(`pv-cell-${row}-${col}`)!;
      const describedBy = cell.getAttribute('aria-describedby');
      return {
        note: (document.querySelector('.pv-formula-note .pv-note-source')?.textContent ?? '').trim(),
        title: cell.getAttribute('title'),
        description: describedBy
          ? describedBy
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`)
              .join(' ')
          : null,
      };
    },
    { row, col },
  );
}

async function openPage(locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('#bs-partner-name').waitFor();
  return page;
}

for (const [language, locale] of [
  ['en', 'en-US'],
  ['de', 'de-DE'],
] as [Language, string][]) {
  test(`${language}: every computed cell, its header included, says where its value comes from; input cells do not`, async () => {
    const page = await openPage(locale);
    try {
      for (const key of COMPUTED) {
        const text = provenanceOf(key, language)!;
        for (const row of [1, ROW, 30]) {
          const says = await cellSays(page, row, column(key));
          expect({ key, row, ...says }).toEqual({ key, row, note: text, title: text, description: text });
        }
      }
      for (const key of INPUT) {
        const says = await cellSays(page, ROW, column(key));
        expect({ key, ...says }).toEqual({ key, note: '', title: null, description: null });
      }
    } finally {
      await page.context().close();
    }
  });
}

test('the screen reader hears the provenance as the active cell’s description, and the hover shows it', async () => {
  const page = await openPage('en-US');
  try {
    await page.click(`#pv-cell-${ROW}-${column('stage')}`);
    const snapshot = await page.locator('table.pv-grid').ariaSnapshot();
    expect(snapshot).toContain('gridcell "Friend"');
    const client = await page.context().newCDPSession(page);
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
    };
    const stage = nodes.find((node) => node.role?.value === 'gridcell' && node.name?.value === 'Friend');
    expect(stage?.description?.value).toBe(provenanceOf('stage', 'en'));
    const hours = nodes.find((node) => node.role?.value === 'gridcell' && node.name?.value === '95.0');
    expect(hours?.description?.value).toBe(provenanceOf('hoursTogether', 'en'));

    // Hovering shows the title as a tooltip; the cell's title is the same text.
    await page.hover(`#pv-cell-${ROW}-${column('lastContact')}`);
    expect(await page.getAttribute(`#pv-cell-${ROW}-${column('lastContact')}`, 'title')).toBe(provenanceOf('lastContact', 'en'));

    // Typing over a computed cell is refused with the same explanation.
    await page.click(`#pv-cell-${ROW}-${column('nextContactDue')}`);
    await page.keyboard.type('5');
    await page.locator('.pv-bubble').waitFor();
    expect(await page.locator('.pv-bubble').innerText()).toContain(provenanceOf('nextContactDue', 'en')!);
  } finally {
    await page.context().close();
  }
});

test('an error in a computed cell shows its message and, beside it, where the value comes from', async () => {
  const stored = {
    format: 'bondstage-preview',
    version: 1,
    language: 'en',
    edited: true,
    inputs: { partners: [['Neg Person']], meetings: [[46000, 'Neg Person', -5, 'Call', '']], checks: [] },
  };
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('bondstage.preview.workbook', text);
    }
  }, JSON.stringify(stored));
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.locator('#bs-partner-name').waitFor();
    const stage = `#pv-cell-2-${column('stage')}`;
    await page.click(stage);
    await page.locator('.pv-formula-note .pv-note-error').waitFor();
    expect(await page.locator('.pv-formula-note .pv-note-error').innerText()).toMatch(/^#/);
    expect(await page.locator('.pv-formula-note .pv-note-source').innerText()).toBe(provenanceOf('stage', 'en'));
    const title = (await page.getAttribute(stage, 'title'))!.split('\n');
    expect(title).toHaveLength(2);
    expect(title[1]).toBe(provenanceOf('stage', 'en'));
  } finally {
    await context.close();
  }
});
