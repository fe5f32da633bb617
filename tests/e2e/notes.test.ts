// Notes as a leader keeps them: written from a Coach card, found again in the Notes view and on
// the page, surviving a browser restart, exported, wiped and imported back.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages } from './fixtures/pages';
import { startBrowser, type Harness } from './harness';

const fixture = fixturePages.find((page) => page.platform === 'linkedin' && page.language === 'en')!;
const noteText = 'Impressions doubled after the carousel post <script>alert(1)</script> — ask Dewi why';
let profile: string;
let browser: Harness;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'sidecoach-notes-'));
  browser = await startBrowser({ userDataDir: profile });
});

afterAll(async () => {
  await browser?.close();
  await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

async function coachOn(harness: Harness) {
  const { panel } = await harness.coach(fixture.url);
  await panel.getByTestId('metric-card').first().waitFor({ timeout: 10_000 });
  return panel;
}

async function findInNotesView(panel: Page) {
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await panel.getByTestId('notes-search').fill('carousel');
  await expect.poll(() => panel.getByTestId('note-list').locator('.note-text').allTextContents()).toEqual([noteText]);
}

describe('notes', () => {
  it('are written from a Coach card and found in the Notes view and on the page', async () => {
    const panel = await coachOn(browser);
    const card = panel.getByTestId('metric-card').first();
    const metric = await card.getAttribute('data-metric');
    // The row opens from its heading; "Add a note" is inside.
    await card.getByRole('heading').getByRole('button').click();
    await card.getByRole('button', { name: /^Add a note about / }).click();
    await panel.getByTestId('note-text').fill(noteText);
    await panel.getByTestId('note-tags').fill('Q3, #Carousel');
    await panel.getByTestId('note-text').press('Control+Enter');

    const pageNotes = panel.getByTestId('page-notes');
    await expect.poll(() => pageNotes.locator('.note-text').allTextContents()).toEqual([noteText]);
    // Shown as text: the script tag is visible words, not an element.
    expect(await panel.locator('.note-text script').count()).toBe(0);
    const stored = await browser.worker.evaluate(async () =>
      Object.values(await chrome.storage.local.get(null)).filter(
        (value) => (value as { v?: number; text?: string }).text !== undefined,
      ),
    );
    expect(stored).toMatchObject([
      { text: noteText, tags: ['q3', 'carousel'], about: { platform: 'linkedin', metric } },
    ]);

    await findInNotesView(panel);
  });

  it('can be deleted and brought back with undo', async () => {
    const panel = await browser.extensionPage('sidepanel.html#notes');
    const list = panel.getByTestId('note-list');
    await list.locator('.note').first().waitFor();
    await list.getByRole('button', { name: 'Delete' }).first().click();
    await panel.getByTestId('undo-delete').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.locator('.note-text').allTextContents()).toEqual([noteText]);
  });

  it('survive closing and reopening the browser, export, a wipe and an import', async () => {
    await browser.close();
    browser = await startBrowser({ userDataDir: profile });
    const panel = await coachOn(browser);
    await findInNotesView(panel);

    const options = await browser.extensionPage('options.html');
    await options.getByRole('button', { name: 'Export everything (JSON)' }).waitFor();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    const file = join(profile, 'backup.json');
    await download.saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8'));
    expect(backup).toMatchObject({ format: 'sidecoach-backup', version: 2, notes: [{ text: noteText }] });

    await browser.worker.evaluate(() => chrome.storage.local.clear());
    await panel.reload();
    await panel.getByRole('tab', { name: 'Notes' }).click();
    await panel.getByText('No notes yet').waitFor();

    await options.reload();
    await options.getByLabel('Import a Sidecoach backup (.json)').setInputFiles(file);
    await options.getByTestId('import-preview').getByText('notes: 1 to add, 0 to update, 0 already here.').waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByTestId('import-done').getByText('notes: 1 added, 0 updated, 0 already here.').waitFor();
    await findInNotesView(panel);
  });

  it('refuse a broken backup with a clear message and change nothing', async () => {
    const options = await browser.extensionPage('options.html');
    const file = join(profile, 'broken.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, '{"format":"sidecoach-backup","version":1,"no'));
    // Without the notes list's head, which the open pages keep up to date on their own (notesHead, state/stores.ts).
    const stored = async () =>
      Object.entries(await browser.worker.evaluate(() => chrome.storage.local.get(null))).filter(
        ([key]) => key !== 'notes-head',
      );
    const before = await stored();
    await options.getByLabel('Import a Sidecoach backup (.json)').setInputFiles(file);
    await options.getByRole('alert').getByText('Nothing was imported.').waitFor();
    expect(await stored()).toEqual(before);
  });

  it('are kept when the background service worker stops in the middle of a save', async () => {
    const panel = await browser.extensionPage('sidepanel.html#notes');
    await panel.getByRole('button', { name: 'New note' }).click();
    await panel.getByTestId('note-text').fill('Written while the background restarts');
    // Notes are written by the page itself, never through the service worker: stopping it
    // between the typing and the save must change nothing. Last in the file: the harness's
    // handle on the worker does not survive this.
    const cdp = await browser.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await panel.getByTestId('note-text').press('Control+Enter');
    const saved = panel.getByTestId('note-list').getByText('Written while the background restarts');
    await saved.waitFor();
    await panel.reload();
    await saved.waitFor();
  });
});

describe('many notes', () => {
  it('open at the Notes view with the first ones drawn before all are read, from the list as last shown', async () => {
    const many = await startBrowser();
    try {
      // Enough notes that reading them all outlasts the panel's first render even on a busy
      // machine (with 3,000 a fresh-clone run had read them all before the view first drew).
      const count = 10_000;
      await many.worker.evaluate(async (count) => {
        const values: Record<string, unknown> = {};
        for (let index = 0; index < count; index += 1) {
          const id = `many-${String(index).padStart(5, '0')}`;
          const at = Date.UTC(2026, 0, 1) + index * 60_000;
          values[`note:${id}`] = {
            v: 1,
            id,
            text: `Note ${index}: reach rose after the carousel; ask the team which posts carried it.`,
            tags: [],
            pinned: false,
            createdAt: at,
            updatedAt: at,
            deletedAt: null,
            about: {},
          };
        }
        await chrome.storage.local.set(values);
      }, count);
      const texts = (page: Page) => page.getByTestId('note-list').locator('.note-text').allTextContents();

      // First visit: the whole list is read, and the page keeps its first 50 ids.
      const first = await many.extensionPage('sidepanel.html#notes');
      await first.getByText(`Showing ${count.toLocaleString('en')} of ${count.toLocaleString('en')}`).waitFor();
      const shown = await texts(first);
      expect(shown[0]).toMatch(new RegExp(`^Note ${count - 1}:`));
      await expect
        .poll(() =>
          many.worker.evaluate(async () => (await chrome.storage.local.get('notes-head'))['notes-head'] ?? null),
        )
        .toEqual({
          v: 1,
          ids: Array.from({ length: 50 }, (_, index) => `many-${String(count - 1 - index).padStart(5, '0')}`),
        });
      await first.close();

      // Next visit: the first rows are on screen while every note is still being read.
      const next = await many.context.newPage();
      await next.addInitScript(() => {
        const seen = ((globalThis as { __firstRows?: unknown }).__firstRows = [] as string[]);
        new MutationObserver(() => {
          if (seen.length > 0 || !document.querySelector('[data-testid="note-list"] .note')) return;
          seen.push(document.querySelector('.notes [aria-live]')?.textContent ?? '');
        }).observe(document, { subtree: true, childList: true });
      });
      await next.goto(`chrome-extension://${many.extensionId}/sidepanel.html#notes`);
      await next.getByText(`Showing ${count.toLocaleString('en')} of ${count.toLocaleString('en')}`).waitFor();
      expect(await next.evaluate(() => (globalThis as { __firstRows?: string[] }).__firstRows)).toEqual([
        'Reading your notes…',
      ]);
      expect(await texts(next)).toEqual(shown);
    } finally {
      await many.close();
    }
  });
});
