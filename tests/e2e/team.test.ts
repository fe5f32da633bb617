// The Team view as a leader uses it: adding the team with the hats each person wears, seeing who
// carries too much and what could help, and running a 1:1 from the agenda Sidecoach builds.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type Harness } from './harness';

let browser: Harness;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const question = {
  id: 'workload-normal-week',
  text: 'Walk me through a normal week. Where does your time go?',
};
const praise = 'Thank Dewi for the calm replies during the launch-week backlash';
const answer = 'Mostly replying to DMs; planning gets squeezed into Friday evenings.';

let open: Page | undefined;

/** The side panel's Team view at side panel width; the previous one is closed. */
async function openTeam(): Promise<Page> {
  await open?.close();
  const panel = await browser.extensionPage('sidepanel.html#team');
  open = panel;
  await panel.setViewportSize({ width: 360, height: 800 });
  await panel.getByTestId('team').waitFor();
  return panel;
}

async function addPerson(
  panel: Page,
  person: { name: string; role?: string; platforms?: string[]; hours?: Record<string, number> },
) {
  const form = panel.getByTestId('member-form');
  await form.getByTestId('member-name').fill(person.name);
  // The role and the hours are optional, folded under "More about them".
  if (person.role || person.hours) await form.locator('details.member-more > summary').click();
  if (person.role) await form.getByTestId('member-role').fill(person.role);
  for (const platform of person.platforms ?? []) await form.getByRole('checkbox', { name: platform }).check();
  for (const [hat, hours] of Object.entries(person.hours ?? {})) {
    await form.locator(`input[data-hat="${hat}"]`).fill(String(hours));
  }
  await form.getByRole('button', { name: 'Add to team' }).click();
}

const storedMembers = () =>
  browser.worker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([key]) => key.startsWith('member:'))
      .map(
        ([, value]) => value as { id: string; name: string; lastCheckInAt: number | null; deletedAt: number | null },
      ),
  );

const memberId = async (name: string) => (await storedMembers()).find((member) => member.name === name)!.id;

/** The elements that stick out past the right edge of the page: none, when the layout holds. */
const overflowing = (panel: Page) =>
  panel.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticksOut = [...document.querySelectorAll('body *')]
      // The screen-reader table is clipped to a pixel: only its box counts, checked below.
      .filter((element) => !element.parentElement?.closest('.visually-hidden'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return document.documentElement.scrollWidth > width ? ['html', ...sticksOut] : sticksOut;
  });

describe('team', () => {
  it('starts empty, says why to add the team, and adds two people', async () => {
    const panel = await openTeam();
    const empty = panel.getByTestId('team-empty');
    await empty.getByText('Who is on your social team?').waitFor();
    await empty.getByRole('button', { name: 'Add your first person' }).click();
    await addPerson(panel, {
      name: 'Dewi',
      role: 'Social media lead',
      platforms: ['Instagram', 'TikTok'],
      hours: { 'content-creator': 20, 'community-manager': 15, analyst: 12 },
    });
    await panel.getByRole('button', { name: 'Add a person' }).click();
    await addPerson(panel, { name: 'Rizky', role: 'Designer', hours: { designer: 10, writer: 5 } });

    const roster = panel.getByTestId('roster');
    await expect.poll(() => roster.locator('.member-name').allTextContents()).toEqual(['Dewi', 'Rizky']);
    expect(await roster.locator('[data-testid="member"]').first().textContent()).toContain('Instagram · TikTok');
  });

  it('flags the overloaded person on the workload map and suggests ways to lighten the load', async () => {
    const panel = await openTeam();
    const map = panel.getByTestId('workload-map');
    const dewi = map.locator('[data-testid="load-row"]', { hasText: 'Dewi' });
    await dewi.waitFor();
    expect(await dewi.getAttribute('data-level')).toBe('overloaded');
    // Said in words, not by colour alone.
    expect(await dewi.textContent()).toContain('47 h');
    expect(await dewi.textContent()).toContain('Overloaded');
    const rizky = map.locator('[data-testid="load-row"]', { hasText: 'Rizky' });
    expect(await rizky.getAttribute('data-level')).toBe('ok');
    expect(await rizky.textContent()).not.toContain('Overloaded');
    // One segment per hat, and the team totals per hat.
    expect(await dewi.locator('.load-segment').count()).toBe(3);
    expect(await map.getByTestId('hat-totals').locator('li').count()).toBe(5);
    // The numbers are there for screen readers too.
    const table = map.getByTestId('workload-table');
    expect(await table.locator('tbody tr', { hasText: 'Dewi' }).textContent()).toContain('Overloaded');

    const ideas = map.getByTestId('suggestions');
    const forDewi = ideas.locator(`[data-member="${await memberId('Dewi')}"]`);
    await forDewi.waitFor();
    expect(await forDewi.locator('[data-action="automate"]').count()).toBe(1);
    expect(await forDewi.locator('[data-action="share"]').textContent()).toContain('Rizky');
    expect(await forDewi.locator('[data-action="remove"]').count()).toBe(1);
  });

  it('edits a person, removes them and brings them back with undo', async () => {
    const panel = await openTeam();
    await panel.getByRole('button', { name: 'Edit Rizky' }).click();
    const form = panel.getByTestId('member-form');
    await form.getByTestId('member-cadence').fill('7');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await storedMembers()).find((member) => member.name === 'Rizky'))
      .toMatchObject({ checkInEveryDays: 7 });

    await panel.getByRole('button', { name: 'Remove Rizky from the team' }).click();
    const undo = panel.getByTestId('undo-remove');
    await undo.getByText('Rizky was removed from the team.').waitFor();
    const roster = panel.getByTestId('roster');
    await expect.poll(() => roster.locator('.member-name').allTextContents()).toEqual(['Dewi']);
    await undo.getByRole('button', { name: 'Undo removing Rizky' }).click();
    await expect.poll(() => roster.locator('.member-name').allTextContents()).toEqual(['Dewi', 'Rizky']);
  });

  it('runs a 1:1 from the agenda: check-in, questions, answers, copy and check-in done', async () => {
    const dewi = await memberId('Dewi');
    const created = Date.now() - 60_000;
    const item = (id: string, fields: Record<string, unknown>) => ({
      v: 1,
      id,
      kind: 'question',
      ref: null,
      text: null,
      memberId: null,
      source: { platform: null, url: null },
      status: 'open',
      createdAt: created,
      updatedAt: created,
      ...fields,
    });
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), {
      'agenda:e2e-question': item('e2e-question', { ref: question.id }),
      'agenda:e2e-praise': item('e2e-praise', { kind: 'praise', text: praise, memberId: dewi }),
      'agenda:e2e-other': item('e2e-other', { text: 'Only for someone else', memberId: 'someone-else' }),
    });

    const panel = await openTeam();
    await panel.getByRole('button', { name: '1:1 agenda with Dewi' }).click();
    const agenda = panel.getByTestId('agenda');
    await agenda.getByRole('heading', { name: 'Next 1:1 with Dewi' }).waitFor();
    const lines = agenda.getByTestId('agenda-line');
    await expect
      .poll(() => lines.evaluateAll((all) => all.map((line) => line.getAttribute('data-kind'))))
      .toEqual(['wellbeing', 'praise', 'question']);
    expect(await agenda.textContent()).not.toContain('Only for someone else');
    expect(await lines.nth(0).locator('.agenda-text').textContent()).not.toBe('');
    expect(await lines.nth(2).locator('.agenda-text').textContent()).toBe(question.text);

    // The answer becomes a note about Dewi and the question, and the question is done.
    const questionLine = agenda.locator('[data-item="e2e-question"]');
    await questionLine.getByRole('button', { name: 'Record the answer' }).click();
    await questionLine.getByTestId('answer-text').fill(answer);
    await questionLine.getByRole('button', { name: 'Save as a note' }).click();
    await agenda.getByTestId('agenda-status').getByText('Answer saved in Notes').waitFor();
    await expect.poll(() => agenda.locator('[data-kind="note"] .agenda-text').allTextContents()).toEqual([answer]);
    const notes = await browser.worker.evaluate(async () =>
      Object.entries(await chrome.storage.local.get(null))
        .filter(([key]) => key.startsWith('note:'))
        .map(([, value]) => value),
    );
    expect(notes).toMatchObject([{ text: answer, tags: ['1:1'], about: { teamMember: dewi, question: question.id } }]);

    await agenda.locator('[data-item="e2e-praise"]').getByRole('button', { name: 'Mark discussed' }).click();
    await agenda.getByTestId('agenda-discussed').getByText(praise).waitFor();
    const stored = await browser.worker.evaluate(() =>
      chrome.storage.local.get(['agenda:e2e-question', 'agenda:e2e-praise']),
    );
    expect(stored).toMatchObject({
      'agenda:e2e-question': { status: 'discussed', memberId: dewi },
      'agenda:e2e-praise': { status: 'discussed' },
    });
    await expect
      .poll(() => lines.evaluateAll((all) => all.map((line) => line.getAttribute('data-kind'))))
      .toEqual(['wellbeing', 'note']);

    // Chromium refuses a grant for a chrome-extension:// origin ("opaque"), so grant it for every origin.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await agenda.getByRole('button', { name: 'Copy as Markdown' }).click();
    await agenda.getByTestId('agenda-status').getByText('Agenda copied').waitFor();
    const markdown = await panel.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^# 1:1 with \u2068Dewi\u2069 · /);
    expect(markdown).toContain('## Check in first');
    expect(markdown).toContain('## From your notes');
    expect(markdown).toContain('- [ ] Mostly replying to DMs; planning gets squeezed into Friday evenings.');
    expect(markdown).not.toContain(praise);

    await agenda.getByRole('button', { name: 'Mark check-in done' }).click();
    await agenda.getByTestId('agenda-status').getByText('Check-in recorded').waitFor();
    expect((await storedMembers()).find((member) => member.id === dewi)?.lastCheckInAt).toBeGreaterThan(created);

    // Back on the team, focus returns to the button that opened the agenda.
    await agenda.getByRole('button', { name: '← Back to the team' }).click();
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('1:1 agenda with Dewi');

    // The answer is in the Notes view too.
    await panel.getByRole('tab', { name: 'Notes' }).click();
    await panel.getByTestId('notes-search').fill('Friday');
    await expect.poll(() => panel.getByTestId('note-list').locator('.note-text').allTextContents()).toEqual([answer]);
  });

  it('carries unfinished items forward and offers a copy box when the clipboard is refused', async () => {
    const dewi = await memberId('Dewi');
    const earlier = Date.now() - 30 * 86_400_000;
    await browser.worker.evaluate(
      (fields) =>
        chrome.storage.local.set({
          'agenda:e2e-old': {
            v: 1,
            id: 'e2e-old',
            kind: 'question',
            ref: null,
            text: 'What would make the inbox easier?',
            memberId: fields.dewi,
            source: { platform: null, url: null },
            status: 'open',
            createdAt: fields.earlier,
            updatedAt: fields.earlier,
          },
        }),
      { dewi, earlier },
    );
    const panel = await openTeam();
    await panel.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
    });
    await panel.getByRole('button', { name: '1:1 agenda with Dewi' }).click();
    const agenda = panel.getByTestId('agenda');
    const old = agenda.locator('[data-item="e2e-old"]');
    await old.getByText('Carried over from an earlier 1:1').waitFor();

    await agenda.getByRole('button', { name: 'Copy as Markdown' }).click();
    const fallback = agenda.getByTestId('copy-fallback');
    await fallback.getByText('did not let Sidecoach use the clipboard').waitFor();
    const box = fallback.getByRole('textbox', { name: 'The agenda, as Markdown' });
    expect(await box.inputValue()).toContain('What would make the inbox easier? _(carried over from an earlier 1:1)_');
  });

  it('shows emoji, right-to-left and very long names without breaking the layout', async () => {
    const panel = await openTeam();
    const mixed = '👩🏽‍💻 سارة الحربي 🎉';
    await panel.getByRole('button', { name: 'Add a person' }).click();
    await addPerson(panel, { name: mixed, role: 'مديرة المجتمع', hours: { 'community-manager': 30 } });
    const roster = panel.getByTestId('roster');
    const row = roster.locator('[data-testid="member"]', { hasText: 'سارة' });
    await row.waitFor();
    expect(await row.locator('.member-name').textContent()).toBe(mixed);
    expect(await row.locator('.member-name').getAttribute('dir')).toBe('auto');

    // The store allows 200 characters: 300 is refused with a clear reason and nothing is saved.
    const before = (await storedMembers()).length;
    await panel.getByRole('button', { name: 'Add a person' }).click();
    await addPerson(panel, { name: 'W'.repeat(300) });
    await panel.getByTestId('member-form-error').getByText('at most 200 characters').waitFor();
    expect((await storedMembers()).length).toBe(before);
    expect(await overflowing(panel)).toEqual([]);
    await panel.setViewportSize({ width: 320, height: 800 });
    expect(await overflowing(panel)).toEqual([]);

    // The longest allowed name, one unbroken word, wraps instead of widening the panel.
    await panel.getByTestId('member-name').fill('W'.repeat(200));
    await panel.getByRole('button', { name: 'Add to team' }).click();
    await roster.locator('.member-name', { hasText: 'W'.repeat(200) }).waitFor();
    await panel
      .getByTestId('workload-map')
      .locator('[data-testid="load-row"]', { hasText: 'W'.repeat(200) })
      .waitFor();
    expect(await overflowing(panel)).toEqual([]);
  });

  it('renders a team of 200 seeded in storage, and finds one person in it', async () => {
    const now = Date.now();
    const members = Object.fromEntries(
      Array.from({ length: 200 }, (_, index) => {
        const id = `seeded-${index}`;
        return [
          `member:${id}`,
          {
            v: 1,
            id,
            name: `Person ${String(index).padStart(3, '0')}`,
            role: 'Community manager',
            platforms: ['instagram'],
            hats: [
              { hat: 'community-manager', hoursPerWeek: 20 + (index % 30) },
              { hat: 'writer', hoursPerWeek: 5 },
            ],
            checkInEveryDays: 14,
            lastCheckInAt: null,
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
          },
        ];
      }),
    );
    await browser.worker.evaluate(async (values) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(values);
    }, members);

    const started = Date.now();
    const panel = await openTeam();
    const roster = panel.getByTestId('roster');
    await expect.poll(() => roster.locator('[data-testid="member"]').count(), { timeout: 20_000 }).toBe(200);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(20_000);
    // The map draws the most loaded first and the rest on request.
    const rows = panel.getByTestId('load-rows').locator('[data-testid="load-row"]');
    expect(await rows.count()).toBe(12);
    expect(await rows.first().getAttribute('data-level')).toBe('overloaded');
    await panel.getByRole('button', { name: 'Show everyone (200)' }).click();
    await expect.poll(() => rows.count()).toBe(200);

    await panel.getByTestId('team-filter').fill('Person 150');
    await expect.poll(() => roster.locator('.member-name').allTextContents()).toEqual(['Person 150']);
    // Opened from far down the page, the agenda starts at its own top, "Back" in view.
    await panel.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await roster.getByRole('button', { name: '1:1 agenda with Person 150' }).click();
    const heading = panel.getByTestId('agenda').getByRole('heading', { name: 'Next 1:1 with Person 150' });
    await heading.waitFor();
    expect(await panel.evaluate(() => scrollY)).toBe(0);
    expect(await panel.getByRole('button', { name: '← Back to the team' }).isVisible()).toBe(true);
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
