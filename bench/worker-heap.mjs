// The service worker's JavaScript heap. Playwright gives no DevTools session for a service worker,
// and `performance.memory` does not exist there, so the bench launches Chromium with a DevTools
// port (`debugPort`) and asks the worker through puppeteer-core, after a full collection.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/**
 * Bytes of JavaScript heap the extension's service worker uses, after a garbage collection. A
 * worker left idle for 30 s has been stopped by Chromium: `wake` is then called (a new tab does it,
 * as the worker follows tabs) and the worker measured once it runs again.
 */
export async function workerHeap(userDataDir, extensionId, wake) {
  const [port] = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const isWorker = (target) =>
      target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`);
    let worker = browser.targets().find(isWorker);
    if (!worker) {
      await wake();
      worker = await browser.waitForTarget(isWorker, { timeout: 10_000 });
    }
    const session = await worker.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach();
    return usedSize;
  } finally {
    await browser.disconnect();
  }
}
