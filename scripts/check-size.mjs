// Size budgets for the Chrome build: prints the gzip size of the content script and of the
// JavaScript each page loads, and fails when one is over its budget. Sizes gate; times never do.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = resolve(import.meta.dirname, '../.output/chrome-mv3');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Budgets in gzip bytes. The content script runs on every platform page, so it gets the
 * tightest. The side panel carries the whole coaching library (about 150 KB gzip of explainers,
 * questions and prompts in two languages), loaded from the extension's own files, never the
 * network; the popup and options page load none of it (the options page loads it only to name
 * things in a Markdown export). The options page also holds backup parsing, the note store and
 * reminder settings. The background writes reminder notifications from the library's wellbeing
 * prompts and retro template; the popup names platforms when it says why an item ticked itself.
 */
const budgets = {
  'content script': 6 * 1024,
  background: 70 * 1024,
  popup: 130 * 1024,
  'side panel': 320 * 1024,
  options: 140 * 1024,
};

const gzipSize = async (file) => gzipSync(await readFile(resolve(dir, file))).length;

/** Every script a page loads: its module entry and the chunks it preloads. */
async function pageScripts(html) {
  const text = await readFile(resolve(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1]);
}

async function sizeOf(files) {
  let total = 0;
  for (const file of files) total += await gzipSize(file);
  return total;
}

// Every page also loads the interface strings of the language on screen before it shows
// (runtime/load-language.ts): counted here, in English. The background loads them only when it
// shows a reminder, never when it starts, so its figure is its script alone.
const strings = 'locales/en.json';
const sizes = {
  'content script': await sizeOf(['detector.js']),
  background: await sizeOf(['background.js']),
  popup: await sizeOf([...(await pageScripts('popup.html')), strings]),
  'side panel': await sizeOf([...(await pageScripts('sidepanel.html')), strings]),
  options: await sizeOf([...(await pageScripts('options.html')), strings]),
};

let over = 0;
for (const [name, size] of Object.entries(sizes)) {
  const budget = budgets[name];
  const verdict = size > budget ? 'OVER BUDGET' : 'ok';
  if (size > budget) over++;
  console.log(`${name.padEnd(15)} ${kb(size).padStart(9)} gzip   budget ${kb(budget).padStart(8)}   ${verdict}`);
}
if (over > 0) {
  console.error(`\n${over} bundle(s) over budget: make them smaller, or raise the budget in a reviewed commit.`);
  process.exit(1);
}
