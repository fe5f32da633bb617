import { describe, expect, it } from 'vitest';
import { checkPageReport, type SenderInfo } from './messages';

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

describe('checkPageReport', () => {
  it('accepts a report from our content script about its own page', () => {
    expect(checkPageReport(report, sender, extensionId)).toEqual({ ok: true, tabId: 7, report });
  });

  it.each([
    ['another extension', { ...sender, id: 'someone-else' }],
    ['no tab', { ...sender, tab: undefined }],
    ['a sub-frame', { ...sender, frameId: 3 }],
    ['another origin than the one it reports', { ...sender, url: 'https://evil.example/' }],
    ['no sender URL', { ...sender, url: undefined }],
  ])('refuses a report from %s', (_label, from) => {
    expect(checkPageReport(report, from, extensionId).ok).toBe(false);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'sidecoach/page'],
    ['an array', [report]],
    ['another type', { ...report, type: 'sidecoach/other' }],
    ['a URL that is not a string', { ...report, url: 42 }],
    ['a huge URL', { ...report, url: `https://www.linkedin.com/${'a'.repeat(10_000)}` }],
    ['a huge title', { ...report, title: 'a'.repeat(5_000) }],
    ['too many texts', { ...report, texts: Array.from({ length: 5_000 }, () => 'Impressions') }],
    ['unknown keys', { ...report, badge: 'HACKED' }],
    ['a prototype key', JSON.parse('{"type":"sidecoach/page","url":"https://www.linkedin.com/","__proto__":{"x":1}}')],
  ])('refuses %s with a reason', (_label, message) => {
    const check = checkPageReport(message, sender, extensionId);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).not.toBe('');
  });
});
