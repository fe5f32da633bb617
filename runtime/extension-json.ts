// Reads a JSON file the build wrote into the extension (never the network): the language files.
import { browser, type PublicPath } from 'wxt/browser';

/** The parsed file; rejects, naming the file, when it cannot be read. */
export async function readExtensionJson(path: PublicPath): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`Sidecoach: ${path.slice(1)}: ${response.status}`);
  return response.json();
}
