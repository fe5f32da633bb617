// An import cut short by closing its page, again and again at different moments: each time the
// storage holds all of the file or none of it, and what was there before is untouched.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type Harness } from '../e2e/harness';

const NOTES = 3000;
const MEMBERS = 50;
let browser: Harness;
let folder: string;
let file: string;

beforeAll(async () => {
  browser = await startBrowser();
  folder = await mkdtemp(join(tmpdir(), 'sidecoach-import-'));
  const now = Date.now();
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    v: 1,
    id: `imported-${i}`,
    text: `Imported note ${i}: ${'what the team said about reach and impressions. '.repeat(4)}`,
    tags: ['imported'],
    pinned: false,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    about: { metric: 'reach' },
  }));
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    v: 1,
    id: `person-${i}`,
    name: `Person ${i}`,
    role: '',
    platforms: [],
    hats: [],
    checkInEveryDays: 14,
    lastCheckInAt: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  }));
  const backup = {
    format: 'sidecoach-backup',
    version: 2,
    exportedAt: new Date(now).toISOString(),
    notes,
    members,
    checklist: {
      ticks: { 'meet-each-person': { done: true, at: now } },
      activity: { visits: [], savedQuestions: 0, metricNotes: 0, teamMembers: 0 },
    },
  };
  file = join(folder, 'big.json');
  await writeFile(file, JSON.stringify(backup));
});

afterAll(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('an import cut short', () => {
  it('applies all of the file or none of it, whenever the page closes', async () => {
    const mine = {
      v: 1,
      id: 'mine',
      text: 'Mine, before the import',
      tags: [],
      pinned: false,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      about: {},
    };
    const outcomes: string[] = [];
    for (const delay of [0, 2, 5, 10, 20, 40, 80, 160]) {
      await browser.worker.evaluate(async (note) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set({ 'note:mine': note });
      }, mine);
      const options = await browser.extensionPage('options.html');
      await options.getByLabel('Import a Sidecoach backup (.json)').setInputFiles(file);
      await options.getByTestId('import-preview').waitFor({ timeout: 30_000 });
      await options.getByTestId('import-confirm').click();
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      await options.close();

      // Whatever was on its way has landed or never will: read once it stops changing.
      let counts = '';
      for (let settled = 0; settled < 3;) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        const stored = await browser.worker.evaluate(() => chrome.storage.local.get(null));
        const keys = Object.keys(stored);
        const now = [
          keys.filter((key) => key.startsWith('note:imported-')).length,
          keys.filter((key) => key.startsWith('member:')).length,
          keys.includes('checklist-ticks') ? 1 : 0,
        ].join('/');
        expect(stored['note:mine'], `after closing at ${delay} ms`).toEqual(mine);
        settled = now === counts ? settled + 1 : 0;
        counts = now;
      }
      expect([`0/0/0`, `${NOTES}/${MEMBERS}/1`], `after closing at ${delay} ms`).toContain(counts);
      outcomes.push(counts === '0/0/0' ? 'none' : 'all');
    }
    console.info(
      `Import closed at 8 moments: ${outcomes.filter((o) => o === 'all').length} applied in full, ${outcomes.filter((o) => o === 'none').length} not at all.`,
    );
  });
});
