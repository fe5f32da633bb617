// A value that follows another one frame later, for what is slow to draw from it: the change that
// set it (a key press in a search field) is painted first, and the slow part is drawn after, as a
// transition that a newer change interrupts.
import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, once the browser has painted the render that changed it. React's `useDeferredValue`
 * renders the deferred part in the next task, which the browser may run before it paints: a
 * search over 10,000 notes then held the key press's own frame back (up to 48–96 ms for the first
 * two key presses of a word).
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callback runs just before it paints; the timer's task comes after the paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
