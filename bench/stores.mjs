// `node bench/stores.mjs` (after `npm run build`): where 10,000 notes could be kept, timed as the
// side panel would read them when it opens. Not part of `npm run bench`: it measures the browser's
// stores, not Sidecoach, for the next choice of store (README, Performance). Each way is timed in a
// freshly loaded extension page, the ways taking turns; prints medians. Never fails on a time.
import { launchWithExtension } from '../scripts/chromium.mjs';
import { median, round } from './stats.mjs';

const count = Number(process.env.BENCH_NOTES ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const buckets = 64;

/** Runs in the page: stores `count` notes of realistic length every way that is timed. */
async function seed({ count, buckets }) {
  const words = (
    'reach jangkauan impressions tayangan engagement rate carousel video reels komentar audiens konten ' +
    'kampanye laporan mingguan followers pengikut ask team why drop naik turun launch promo ramadan'
  ).split(' ');
  let seedValue = 42;
  const random = () => (seedValue = (seedValue * 1103515245 + 12345) % 2147483648) / 2147483648;
  const now = Date.now();
  const notes = Array.from({ length: count }, (_, index) => ({
    v: 1,
    id: `bench-${index.toString(36).padStart(6, '0')}`,
    text: Array.from({ length: 20 + Math.floor(random() * 40) }, () => words[Math.floor(random() * words.length)]).join(
      ' ',
    ),
    tags: ['q3'],
    pinned: index % 1000 === 0,
    createdAt: now - index * 60_000,
    updatedAt: now - index * 60_000,
    deletedAt: null,
    about: { platform: 'linkedin', metric: 'reach' },
  }));
  for (let start = 0; start < count; start += 1000)
    await chrome.storage.local.set(
      Object.fromEntries(notes.slice(start, start + 1000).map((note) => [`note:${note.id}`, note])),
    );
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-stores', 1);
    request.onupgradeneeded = () => {
      for (const name of ['records', 'packed', 'buckets']) request.result.createObjectStore(name);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const transaction = db.transaction(['records', 'packed', 'buckets'], 'readwrite');
    for (const note of notes) transaction.objectStore('records').put(note, note.id);
    transaction.objectStore('packed').put(notes, 'all');
    transaction.objectStore('packed').put(JSON.stringify(notes), 'json');
    for (let bucket = 0; bucket < buckets; bucket++)
      transaction.objectStore('buckets').put(
        notes.filter((_, index) => index % buckets === bucket),
        bucket,
      );
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

/** Each way runs in the page and returns how many notes it read. */
const ways = {
  'storage.local, a key a note, 200 keys a call, all calls at once (as Sidecoach reads now)': async () => {
    const keys = (await chrome.storage.local.getKeys()).filter((key) => key.startsWith('note:'));
    const calls = [];
    for (let start = 0; start < keys.length; start += 200)
      calls.push(chrome.storage.local.get(keys.slice(start, start + 200)));
    return (await Promise.all(calls)).reduce((sum, part) => sum + Object.keys(part).length, 0);
  },
  'IndexedDB, a record a note, getAll': async () => (await window.__read('records', (store) => store.getAll())).length,
  'IndexedDB, 64 records of about 156 notes each, getAll': async () =>
    (await window.__read('buckets', (store) => store.getAll())).reduce((sum, bucket) => sum + bucket.length, 0),
  'IndexedDB, one record of all the notes': async () =>
    (await window.__read('packed', (store) => store.get('all'))).length,
  'IndexedDB, one JSON string of all the notes, parsed': async () =>
    JSON.parse(await window.__read('packed', (store) => store.get('json'))).length,
};

/** Init script: opens the bench's database and asks one store one question. */
function defineRead() {
  window.__read = (name, ask) =>
    new Promise((resolve, reject) => {
      const opening = indexedDB.open('bench-stores', 1);
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const request = ask(opening.result.transaction(name).objectStore(name));
        request.onsuccess = () => {
          opening.result.close();
          resolve(request.result);
        };
        request.onerror = () => reject(request.error);
      };
    });
}

const { context, extensionId } = await launchWithExtension();
try {
  await context.addInitScript(defineRead);
  const page = await context.newPage();
  const address = `chrome-extension://${extensionId}/popup.html`;
  await page.goto(address);
  await page.evaluate(seed, { count, buckets });
  const times = new Map(Object.keys(ways).map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1)
    for (const [name, way] of Object.entries(ways)) {
      await page.goto(address);
      const [took, read] = await page.evaluate(
        `(async () => { const started = performance.now(); const read = await (${way})(); return [performance.now() - started, read]; })()`,
      );
      if (read !== count) throw new Error(`${name}: read ${read} notes of ${count}`);
      times.get(name).push(took);
    }
  // A save in each: one note changed, written back as the store keeps it.
  const saves = await page.evaluate(
    async ({ runs, buckets }) => {
      const note = (await chrome.storage.local.get('note:bench-000001'))['note:bench-000001'];
      const bucket = await window.__read('buckets', (store) => store.get(1));
      const write = (name, value, key) =>
        new Promise((resolve, reject) => {
          const opening = indexedDB.open('bench-stores', 1);
          opening.onsuccess = () => {
            const transaction = opening.result.transaction(name, 'readwrite');
            transaction.objectStore(name).put(value, key);
            transaction.oncomplete = () => {
              opening.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        });
      const timed = async (save) => {
        const list = [];
        for (let run = 0; run < runs; run += 1) {
          const started = performance.now();
          await save(run);
          list.push(performance.now() - started);
        }
        return list;
      };
      return {
        "storage.local, the note's key": await timed((run) =>
          chrome.storage.local.set({ 'note:bench-000001': { ...note, updatedAt: note.updatedAt + run } }),
        ),
        "IndexedDB, the note's record": await timed((run) =>
          write('records', { ...note, updatedAt: note.updatedAt + run }, note.id),
        ),
        [`IndexedDB, the note's bucket (1 of ${buckets})`]: await timed((run) =>
          write(
            'buckets',
            bucket.map((entry, index) => (index === 0 ? { ...entry, updatedAt: entry.updatedAt + run } : entry)),
            1,
          ),
        ),
      };
    },
    { runs, buckets },
  );
  console.log(`Reading ${count.toLocaleString('en')} notes in a freshly loaded extension page (medians of ${runs}):`);
  for (const [name, list] of times)
    console.log(`  ${name}: ${round(median(list))} ms (${round(Math.min(...list))}–${round(Math.max(...list))})`);
  console.log(`Saving one note (medians of ${runs}):`);
  for (const [name, list] of Object.entries(saves))
    console.log(`  ${name}: ${round(median(list))} ms (${round(Math.min(...list))}–${round(Math.max(...list))})`);
} finally {
  await context.close();
}
