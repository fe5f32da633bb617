// `npm run bench`, values: how long the value parser takes on 10,000 values of every format the
// dashboards show, in English and Indonesian, and what it adds to the content script (minified,
// gzip). Bundles `lib/values.ts` with esbuild into a temporary file, as the content script would
// carry it. Reports; never fails on a time.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const valueCount = 10_000;
const targetMs = 20;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));

/** 10,000 values as dashboards write them, from a fixed seed so every run reads the same texts. */
function values() {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const integer = (max) => Math.floor(random() * max);
  const en = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  const id = new Intl.NumberFormat('id', { maximumFractionDigits: 2 });
  const makers = [
    () => [en.format(integer(10_000_000)), 'en'],
    () => [id.format(integer(10_000_000)), 'id'],
    () => [`${en.format(integer(10_000) / 100)}%`, 'en'],
    () => [`${id.format(integer(10_000) / 100)}%`, 'id'],
    () => [`${en.format(integer(1000) / 10)}K`, 'en'],
    () => [`${en.format(integer(100) / 10)}M`, 'en'],
    () => [`${id.format(integer(1000) / 10)} rb`, 'id'],
    () => [`${id.format(integer(100) / 10)} jt`, 'id'],
    () => [`${integer(9) + 1} M`, 'id'],
    () => [`Rp\u00a0${id.format(integer(100_000_000))}`, 'id'],
    () => [`IDR ${en.format(integer(100_000_000))}`, 'en'],
    () => [`$${en.format(integer(1_000_000) / 100)}`, 'en'],
    () => [`US$${id.format(integer(1_000_000) / 100)}`, 'id'],
    () => [`${integer(60)}:${String(integer(60)).padStart(2, '0')}`, 'en'],
    () => [`${integer(10)}:${String(integer(60)).padStart(2, '0')}:${String(integer(60)).padStart(2, '0')}`, 'en'],
    () => [`${integer(60)}m ${String(integer(60)).padStart(2, '0')}s`, 'en'],
    () => [`${integer(24)} j ${integer(60)} mnt`, 'id'],
    () => [`${integer(1000)}\u202f${String(integer(1000)).padStart(3, '0')}`, 'en'],
    () => [['—', 'N/A', '-', 'Impressions', '48,210 12%'][integer(5)], 'en'],
  ];
  return Array.from({ length: valueCount }, (_, index) => makers[index % makers.length]());
}

/** Changes as dashboards and their aria-labels write them. */
function changes() {
  const texts = [
    ['▲ 12.4%', 'en'],
    ['-2.2%', 'en'],
    ['+212', 'en'],
    ['↓ 3,1%', 'id'],
    ['naik 5%', 'id'],
    ['turun 5%', 'id'],
    ['Up 12.4% from previous period', 'en'],
    ['Naik 12,4% dari periode sebelumnya', 'id'],
    ['No change', 'en'],
    ['12.4%', 'en'],
  ];
  return Array.from({ length: valueCount }, (_, index) => texts[index % texts.length]);
}

function time(parse, inputs) {
  const started = performance.now();
  let read = 0;
  for (const [text, locale] of inputs) if (parse(text, locale)) read += 1;
  return { ms: performance.now() - started, read };
}

const dir = await mkdtemp(join(tmpdir(), 'sidecoach-values-'));
try {
  const entry = resolve(import.meta.dirname, '../lib/values.ts');
  const file = join(dir, 'values.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: file,
    logLevel: 'warning',
  });
  const minified = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false });
  const gzip = gzipSync(minified.outputFiles[0].contents).length;
  const { parseMetricValue, parseChange } = await import(pathToFileURL(file).href);

  const valueInputs = values();
  const changeInputs = changes();
  // Warm-up: let the engine compile the parser before timing it.
  for (let run = 0; run < 3; run += 1) time(parseMetricValue, valueInputs);
  const valueRuns = Array.from({ length: runs }, () => time(parseMetricValue, valueInputs));
  for (let run = 0; run < 3; run += 1) time(parseChange, changeInputs);
  const changeRuns = Array.from({ length: runs }, () => time(parseChange, changeInputs));

  const valueMs = round(median(valueRuns.map((run) => run.ms)));
  const changeMs = round(median(changeRuns.map((run) => run.ms)));
  console.log('\nValue parser (lib/values.ts), Node, median of', runs, 'runs');
  console.log(
    `  parse ${valueCount.toLocaleString('en')} values: ${valueMs} ms (target < ${targetMs} ms; ${valueRuns[0].read} read, the rest refused)`,
  );
  console.log(`  parse ${valueCount.toLocaleString('en')} changes: ${changeMs} ms (target < ${targetMs} ms)`);
  console.log(`  size, minified and gzipped: ${round(gzip / 1024, 2)} KB (the content script's budget is 8 KB in all)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
