// One browser for one test file, in either browser: started before its tests, its pages closed
// after each test (then `check` runs), closed after the last. The value returned stands for the
// harness it starts, so tests call `browser.visit(...)` as on the harness itself.
import { afterAll, afterEach, beforeAll } from 'vitest';

interface Closable {
  closePages(): Promise<void>;
  close(): Promise<void>;
}

export function forFile<T extends Closable>(start: () => Promise<T>, check?: (started: T) => void): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterEach(async () => {
    if (!started) return;
    await started.closePages();
    check?.(started);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as T, {
    get(_, name) {
      if (!started) throw new Error('The browser starts in beforeAll: use it inside a test or a hook.');
      return Reflect.get(started, name);
    },
  });
}
