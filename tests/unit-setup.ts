// Set-up for every unit and component test: both languages' strings and the whole library are
// loaded (the extension fetches them from its own files), the browser's own language is English
// (WXT's fakeBrowser has no i18n), each component test renders into a clean document, happy-dom
// answers the XPath questions the page scanner asks, and idle callbacks (which Chrome and Firefox
// have, and happy-dom and Node do not) run as the next task.
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '../content';
import { addCatalog } from '../lib/i18n';
import { en } from '../locales/en';
import { id } from '../locales/id';
import { setLibrary } from '../runtime/library';
import { installXPathStandIn } from './xpath-stand-in';

addCatalog('en', en);
addCatalog('id', id);
setLibrary(library);
installXPathStandIn();
if (typeof globalThis.requestIdleCallback !== 'function') {
  globalThis.requestIdleCallback = (callback) =>
    setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 })) as unknown as number;
  globalThis.cancelIdleCallback = (handle) => clearTimeout(handle);
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
