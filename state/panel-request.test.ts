import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestPanel, takePanelRequest, watchPanelRequests, type PanelRequest } from './panel-request';

describe('panel requests', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are taken once, by the panel of the tab they are for', async () => {
    await requestPanel({ tabId: 2, metric: 'reach', at: Date.now() });
    // Another window's sidebar, coaching tab 1, leaves it waiting.
    expect(await takePanelRequest(1)).toBeNull();
    expect(await takePanelRequest(2)).toMatchObject({ tabId: 2, metric: 'reach' });
    expect(await takePanelRequest(2)).toBeNull();
  });

  it('are not taken once a minute has passed: that panel never came', async () => {
    const at = Date.now();
    await requestPanel({ tabId: 2, metric: 'reach', at });
    expect(await takePanelRequest(2, at + 60_000)).toBeNull();
  });

  it('reach an open panel of their tab only, which takes them', async () => {
    const first: PanelRequest[] = [];
    const second: PanelRequest[] = [];
    const unwatchFirst = watchPanelRequests(1, (request) => first.push(request));
    const unwatchSecond = watchPanelRequests(2, (request) => second.push(request));
    await requestPanel({ tabId: 2, query: 'jangkauan', at: Date.now() });
    await expect.poll(() => second).toMatchObject([{ tabId: 2, query: 'jangkauan' }]);
    expect(first).toEqual([]);
    await expect.poll(() => takePanelRequest(2)).toBeNull();
    unwatchFirst();
    unwatchSecond();
  });
});
