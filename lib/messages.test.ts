import { describe, expect, it } from 'vitest';
import { checkContentMessage, checkPageMessage, planPushSchema, type SenderInfo } from './messages';

const extensionId = 'our-extension';
const sender: SenderInfo = {
  id: extensionId,
  url: 'https://www.linkedin.com/feed/',
  frameId: 0,
  tab: { id: 7 },
};
const report = {
  type: 'sidecoach/page',
  url: 'https://www.linkedin.com/company/1/admin/analytics/updates/',
  title: 'x',
};

describe('checkContentMessage', () => {
  it('accepts a report from our content script about its own page', () => {
    expect(checkContentMessage(report, sender, extensionId)).toEqual({ ok: true, tabId: 7, message: report });
  });

  it('accepts a page with a very long title and address: the background cuts what it keeps', () => {
    const long = { ...report, url: `${report.url}#${'x'.repeat(10_000)}`, title: 'T'.repeat(5000) };
    expect(checkContentMessage(long, sender, extensionId)).toMatchObject({ ok: true });
  });

  it.each([
    ['another extension', { ...sender, id: 'someone-else' }],
    ['no tab', { ...sender, tab: undefined }],
    ['a sub-frame', { ...sender, frameId: 3 }],
    ['another origin than the one it reports', { ...sender, url: 'https://evil.example/' }],
    ['no sender URL', { ...sender, url: undefined }],
  ])('refuses a report from %s', (_label, from) => {
    expect(checkContentMessage(report, from, extensionId).ok).toBe(false);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'sidecoach/page'],
    ['an array', [report]],
    ['another type', { ...report, type: 'sidecoach/other' }],
    ['a URL that is not a string', { ...report, url: 42 }],
    [
      'a URL longer than any browser allows',
      { ...report, url: `https://www.linkedin.com/${'a'.repeat(2 * 1024 * 1024)}` },
    ],
    ['a title over a megabyte', { ...report, title: 'a'.repeat(1024 * 1024 + 1) }],
    ['texts in a page report', { ...report, texts: ['Impressions'] }],
    ['unknown keys', { ...report, badge: 'HACKED' }],
    ['a prototype key', JSON.parse('{"type":"sidecoach/page","url":"https://www.linkedin.com/","__proto__":{"x":1}}')],
  ])('refuses %s with a reason', (_label, message) => {
    const check = checkContentMessage(message, sender, extensionId);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).not.toBe('');
  });
});

const labels = {
  type: 'sidecoach/labels',
  url: 'https://www.linkedin.com/feed/',
  labels: ['Impressions'],
  dateRange: 'Last 28 days',
  scan: { nodes: 100, ms: 1.5, slices: 1 },
};

describe('labels reports', () => {
  it('accepts what a scan found, with the values beside the labels and the page language', () => {
    expect(checkContentMessage(labels, sender, extensionId)).toEqual({
      ok: true,
      tabId: 7,
      message: { ...labels, values: [], lang: '' },
    });
    const withValues = {
      ...labels,
      values: [{ label: 'Impressions', where: 'tile', text: '48,210', change: '▲ 12.4%' }],
      lang: 'en-US',
    };
    expect(checkContentMessage(withValues, sender, extensionId)).toEqual({ ok: true, tabId: 7, message: withValues });
  });

  it.each([
    ['too many labels', { ...labels, labels: Array.from({ length: 501 }, () => 'Impressions') }],
    ['a label as long as a paragraph', { ...labels, labels: ['a'.repeat(500)] }],
    ['a date range as long as a paragraph', { ...labels, dateRange: 'a'.repeat(500) }],
    ['a negative count', { ...labels, scan: { ...labels.scan, nodes: -1 } }],
    ['no scan figures', { ...labels, scan: undefined }],
    ['an extra field', { ...labels, metrics: ['reach'] }],
    [
      'a value as long as a paragraph',
      { ...labels, values: [{ label: 'Impressions', where: null, text: '1'.repeat(100), change: null }] },
    ],
    [
      'a value in a place it cannot be',
      { ...labels, values: [{ label: 'Impressions', where: 'footer', text: '1', change: null }] },
    ],
    [
      'too many values',
      {
        ...labels,
        values: Array.from({ length: 201 }, () => ({ label: 'Impressions', where: null, text: '1', change: null })),
      },
    ],
  ])('refuses %s', (_label, message) => {
    expect(checkContentMessage(message, sender, extensionId).ok).toBe(false);
  });

  it('refuses an explain request about another site', () => {
    const explain = { type: 'sidecoach/explain', url: 'https://evil.example/', label: 'Impressions' };
    expect(checkContentMessage(explain, sender, extensionId).ok).toBe(false);
  });
});

describe('plans pushed to a tab', () => {
  const push = {
    type: 'sidecoach/plan',
    url: 'https://www.linkedin.com/company/1/admin/analytics/updates/',
    plan: { scan: true, labels: ['Impressions'], hints: false },
  };

  it('accepts a plan for a page', () => {
    expect(planPushSchema.parse(push)).toEqual(push);
  });

  it.each([
    ['no plan', { ...push, plan: undefined }],
    ['a plan without labels', { ...push, plan: { scan: true, hints: false } }],
    ['no address', { ...push, url: undefined }],
    ['another type', { ...push, type: 'sidecoach/page' }],
    ['an extra field', { ...push, tabId: 3 }],
  ])('refuses %s', (_label, message) => {
    expect(planPushSchema.safeParse(message).success).toBe(false);
  });
});

describe('checkPageMessage', () => {
  const base = 'chrome-extension://our-extension/';
  const answer = { type: 'sidecoach/answer-nudge', id: 'check-in:dewi', answer: 'done' };
  const popup: SenderInfo = { id: extensionId, url: `${base}popup.html` };

  it('takes a reminder answer from one of our own pages', () => {
    expect(checkPageMessage(answer, popup, extensionId, base)).toEqual({ ok: true, message: answer });
  });

  it('refuses it from a content script, another extension or a page that says it is ours', () => {
    const fromPage: SenderInfo = { id: extensionId, url: 'https://www.linkedin.com/feed/', tab: { id: 7 }, frameId: 0 };
    expect(checkPageMessage(answer, fromPage, extensionId, base)).toEqual({
      ok: false,
      reason: 'sender is not an extension page',
    });
    expect(checkPageMessage(answer, { ...popup, id: 'someone-else' }, extensionId, base).ok).toBe(false);
    expect(
      checkPageMessage(
        answer,
        { id: extensionId, url: 'chrome-extension://our-extension.evil.example/popup.html' },
        extensionId,
        base,
      ).ok,
    ).toBe(false);
  });

  it('refuses an answer that is not one of the three, or a reminder id out of bounds', () => {
    for (const bad of [
      { ...answer, answer: 'delete' },
      { ...answer, id: '' },
      { ...answer, id: 'x'.repeat(201) },
      { ...answer, extra: true },
      'sidecoach/answer-nudge',
    ])
      expect(checkPageMessage(bad, popup, extensionId, base).ok).toBe(false);
  });
});
