// Notes in Firefox (MV2), as a leader keeps them: written from a Coach card, still there after
// Firefox closes and starts again on the same profile, exported to a real download, wiped, and
// imported back from that file.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages } from '../fixtures/pages';
import { startFirefox, until, type FirefoxHarness } from './harness';

const fixture = fixturePages.find((page) => page.platform === 'linkedin' && page.language === 'en')!;
const noteText = 'Impressions doubled after the carousel post — ask Dewi why';
let profile: string;
let firefox: FirefoxHarness;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'sidecoach-firefox-notes-'));
  firefox = await startFirefox({ profileDir: profile });
});

afterAll(async () => {
  await firefox?.close();
  await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

const storedNotes = () =>
  firefox.inExtension(async (api) =>
    Object.entries(await api.storage.local.get(null))
      .filter(([key]) => key.startsWith('note:'))
      .map(([, value]) => value),
  );

const noteTexts = (page: Page, list: string) =>
  page.$$eval(`[data-testid="${list}"] .note-text`, (notes) => notes.map((note) => note.textContent));

async function findInNotesView(panel: Page) {
  await panel.locator('[role="tab"][aria-controls="view-notes"]').click();
  await panel.locator('[data-testid="notes-search"]').fill('carousel');
  await expect.poll(() => noteTexts(panel, 'note-list')).toEqual([noteText]);
}

async function coachOn() {
  const { panel } = await firefox.coach(fixture.url);
  await until(panel, () => !!document.querySelector('[data-testid="metric-card"]'), null);
  return panel;
}

describe('notes in Firefox', () => {
  it('are written from a Coach card and shown on the page', async () => {
    const panel = await coachOn();
    const card = await panel.waitForSelector('[data-testid="metric-card"]');
    const metric = await card!.evaluate((element) => element.getAttribute('data-metric'));
    const name = await card!.$eval('.row-name', (element) => element.textContent);
    // The row opens from its heading; "Add a note" is inside.
    await (await card!.waitForSelector('h3 button'))!.click();
    await (await card!.waitForSelector(`::-p-aria([name="Add a note about ${name}"][role="button"])`))!.click();
    await panel.locator('[data-testid="note-text"]').fill(noteText);
    await panel.locator('[data-testid="note-tags"]').fill('Q3, #Carousel');
    await panel.focus('[data-testid="note-text"]');
    await panel.keyboard.down('Control');
    await panel.keyboard.press('Enter');
    await panel.keyboard.up('Control');
    await expect.poll(() => noteTexts(panel, 'page-notes')).toEqual([noteText]);
    expect(await storedNotes()).toMatchObject([
      { text: noteText, tags: ['q3', 'carousel'], about: { platform: 'linkedin', metric } },
    ]);
  });

  it('survive closing and starting Firefox again, export, a wipe and an import', async () => {
    await firefox.close();
    firefox = await startFirefox({ profileDir: profile });
    const panel = await coachOn();
    await findInNotesView(panel);

    // A real download, to the folder the profile gives Firefox.
    const options = await firefox.extensionPage('options.html');
    await options.locator('::-p-aria([name="Export everything (JSON)"][role="button"])').click();
    const saved = async () =>
      (await readdir(firefox.downloadDir)).filter((name) => /^sidecoach-backup-.*\.json$/.test(name));
    await expect.poll(saved, { timeout: 10_000 }).toHaveLength(1);
    const file = join(firefox.downloadDir, (await saved())[0]);
    await expect.poll(async () => (await readFile(file, 'utf8')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      format: 'sidecoach-backup',
      version: 2,
      notes: [{ text: noteText }],
    });

    await firefox.inExtension((api) => api.storage.local.clear());
    const emptied = await firefox.extensionPage('sidepanel.html#notes');
    await until(emptied, () => document.body.textContent!.includes('No notes yet'), null);

    const importer = await firefox.extensionPage('options.html');
    const input = await importer.waitForSelector('input[type="file"]');
    expect(await input!.evaluate((element) => element.labels?.[0]?.textContent)).toBe(
      'Import a Sidecoach backup (.json)',
    );
    await input!.uploadFile(file);
    await until(
      importer,
      () => document.body.textContent!.includes('notes: 1 to add, 0 to update, 0 already here.'),
      null,
    );
    await importer.locator('::-p-aria([name="Import"][role="button"])').click();
    await until(
      importer,
      () => document.body.textContent!.includes('notes: 1 added, 0 updated, 0 already here.'),
      null,
    );
    // The panel open all along shows the note again, as does the page's.
    await findInNotesView(panel);
    await expect.poll(() => noteTexts(emptied, 'note-list')).toEqual([noteText]);
    expect(firefox.errors).toEqual([]);
  });
});
