// Set-up for every unit and component test: both languages' strings and the whole library are
// loaded (the extension fetches them from its own files), the browser's own language is English
// (WXT's fakeBrowser has no i18n), each component test renders into a clean document, happy-dom
// answers the XPath questions the page scanner asks, and idle callbacks (which Chrome and Firefox
// have, and happy-dom and Node do not) run as the next task.
//
// The test files share one worker without isolation (vitest.config.ts), which runs the suite in
// about 35 s instead of 170 s; this file runs before each of them and gives it what isolation
// would: our modules loaded afresh (so no store, cache or mock is left from the file before),
// empty fake storage, and every spy, stubbed global and fake timer put back when the file ends.
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.resetModules();
fakeBrowser.reset();
const [{ library }, { addCatalog }, { en }, { id }, { setLibrary }, { installXPathStandIn }] = await Promise.all([
  import('../content'),
  import('../lib/i18n'),
  import('../locales/en'),
  import('../locales/id'),
  import('../runtime/library'),
  import('./xpath-stand-in'),
]);

addCatalog('en', en);
addCatalog('id', id);
setLibrary(library);
installXPathStandIn();
// Set for each file, whatever the file before left: neither happy-dom nor Node has them.
globalThis.requestIdleCallback = (callback) =>
  setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 })) as unknown as number;
globalThis.cancelIdleCallback = (handle) => clearTimeout(handle);

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});

afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
