// Locks shared by every page and the service worker of the extension (Web Locks, one origin), so
// one view's read-compare-write never interleaves with another's. Every single write holds the
// store lock shared and its own key's lock exclusively; an import holds the store lock alone, so
// it reads and writes everything as one step. Node (unit tests) has no Web Locks: a small
// in-memory stand-in with the same rules runs there.

const STORE_LOCK = 'sidecoach-store';

type LockMode = 'shared' | 'exclusive';
interface Locks {
  request<T>(name: string, options: { mode: LockMode }, task: () => Promise<T>): Promise<T>;
}

/** Readers-writer locks by name, for one JavaScript realm. */
class LocalLocks implements Locks {
  private readonly held = new Map<string, { mode: LockMode; count: number }>();
  private readonly waiting = new Map<string, { mode: LockMode; start: () => void }[]>();

  request<T>(name: string, { mode }: { mode: LockMode }, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        const held = this.held.get(name);
        this.held.set(name, { mode, count: (held?.count ?? 0) + 1 });
        task()
          .then(resolve, reject)
          .finally(() => this.release(name));
      };
      const queue = this.waiting.get(name) ?? [];
      if (queue.length === 0 && this.grantable(name, mode)) start();
      else this.waiting.set(name, [...queue, { mode, start }]);
    });
  }

  private grantable(name: string, mode: LockMode): boolean {
    const held = this.held.get(name);
    return !held || (held.mode === 'shared' && mode === 'shared');
  }

  private release(name: string) {
    const held = this.held.get(name)!;
    if (held.count > 1) held.count -= 1;
    else this.held.delete(name);
    const queue = this.waiting.get(name) ?? [];
    while (queue.length > 0 && this.grantable(name, queue[0].mode)) queue.shift()!.start();
    if (queue.length === 0) this.waiting.delete(name);
  }
}

const localLocks = new LocalLocks();

function locks(): Locks {
  return (globalThis.navigator?.locks as Locks | undefined) ?? localLocks;
}

/**
 * Runs `task` as the only writer of one storage key (and never during an import). Never call it
 * from inside another lock's task: a queued import would wait for the outer task, which waits for it.
 */
export function withKeyLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  return locks().request(STORE_LOCK, { mode: 'shared' }, () =>
    locks().request(`sidecoach-key:${key}`, { mode: 'exclusive' }, task),
  );
}

/** Runs `task` with no other writer at all: for an import, which reads and writes many keys at once. */
export function withStoreLock<T>(task: () => Promise<T>): Promise<T> {
  return locks().request(STORE_LOCK, { mode: 'exclusive' }, task);
}
