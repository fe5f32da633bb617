// Renders the toolbar icon (an SVG kept here) to the PNG sizes the manifests use, with the
// Chromium that the tests use. Run by hand after changing the drawing: node scripts/make-icons.mjs
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0b6e4f"/>
  <path d="M30 36h68a8 8 0 0 1 8 8v36a8 8 0 0 1-8 8H62l-20 16v-16H30a8 8 0 0 1-8-8V44a8 8 0 0 1 8-8z" fill="#fff"/>
  <path d="M46 62l12 12 24-24" fill="none" stroke="#0b6e4f" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="${size}" height="${size}">`,
  );
  await writeFile(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
