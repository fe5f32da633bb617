// Puts focus back where the leader was once the view has caught up: after a save, a cancel, a
// removal or an undo, the element to focus often appears only after the store answers and the
// view renders again. Asked for once, tried after each render, given up after a few seconds.
import { useCallback, useEffect, useRef } from 'react';

/** How long a wish for focus waits for its element before it is dropped. */
const WAIT_MS = 3000;

export function useFocusLater(): (find: () => HTMLElement | null | undefined) => void {
  const wanted = useRef<{ find: () => HTMLElement | null | undefined; until: number } | null>(null);

  const attempt = useCallback(() => {
    const wish = wanted.current;
    if (!wish) return;
    if (Date.now() > wish.until) {
      wanted.current = null;
      return;
    }
    const element = wish.find();
    if (element && element.isConnected) {
      wanted.current = null;
      element.focus();
    }
  }, []);

  // After every render of the component that asked: the element may have just appeared.
  useEffect(attempt);

  return useCallback(
    (find) => {
      wanted.current = { find, until: Date.now() + WAIT_MS };
      attempt();
    },
    [attempt],
  );
}
