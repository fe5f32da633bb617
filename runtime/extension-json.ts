// Reads a JSON file the build wrote into the extension (never the network): the language files.
// A page can start the reads before its modules have loaded (entrypoints/early-load.ts): the
// first read of such a file takes the one already under way.
import { browser, type PublicPath } from 'wxt/browser';

const early = '__sidecoachEarlyReads';
type EarlyReads = Map<string, Promise<unknown>>;
const held = globalThis as typeof globalThis & { [early]?: EarlyReads };

async function fetchJson(path: PublicPath): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`Sidecoach: ${path.slice(1)}: ${response.status}`);
  return response.json();
}

/** Starts reading `paths` now, for `readExtensionJson` to take over once the page asks. */
export function startEarlyReads(paths: readonly PublicPath[]): void {
  const reads: EarlyReads = (held[early] ??= new Map());
  for (const path of paths) {
    const read = fetchJson(path);
    // Unhandled until taken over: a failure is the taker's to see (and retry), not an error now.
    read.catch(() => undefined);
    reads.set(path, read);
  }
}

/** The parsed file; rejects, naming the file, when it cannot be read. */
export function readExtensionJson(path: PublicPath): Promise<unknown> {
  const started = held[early]?.get(path);
  if (started) {
    held[early]!.delete(path);
    // A read started early that failed is tried once more, as a read started now would be.
    return started.catch(() => fetchJson(path));
  }
  return fetchJson(path);
}
