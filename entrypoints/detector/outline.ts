// Outlines a metric's label on the page while the leader hovers or focuses its row in the Coach.
// The outline is drawn in the content script's own overlay (overlay.ts): nothing on the page is
// restyled or moved, and the page is never scrolled. Its position comes from the label's
// bounding box, read only while an outline is shown and again as the page scrolls or resizes;
// a label that is off screen gets no outline until it is scrolled into view.
import { createOverlay } from './overlay';

/** The port the side panel opens to the tab (components/coach/use-highlight.ts names it too). */
export const highlightPort = 'sidecoach-highlight';

/** Room between the label and the outline, in CSS pixels. */
const gap = 3;

// Written compact, as in hints.ts.
const css = `div{position:absolute;box-sizing:border-box;pointer-events:none;border:2px solid #0b6e4f;border-radius:6px;\
box-shadow:0 0 0 2px rgba(255,255,255,.9),0 0 0 5px rgba(11,110,79,.25)}
@media (prefers-reduced-motion:no-preference){div{transition:opacity 120ms}}`;

export interface Outline {
  /** Outlines this element while it is on screen; null takes the outline away. */
  show(element: Element | null): void;
  /** Takes the outline away and the overlay off the page. */
  remove(): void;
  owns(node: Node): boolean;
}

export function createOutline(): Outline {
  const overlay = createOverlay('sidecoach-outline', css);
  const box = document.createElement('div');
  box.hidden = true;
  overlay.root.append(box);
  let target: Element | null = null;
  let following: AbortController | null = null;
  let frame = 0;

  /** Places the box around the target, or hides it while the target is off screen or not shown. */
  function place() {
    frame = 0;
    if (!target) return;
    const rect = target.getBoundingClientRect();
    const onScreen =
      target.isConnected &&
      rect.width > 0 &&
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.top < window.innerHeight &&
      rect.left < window.innerWidth;
    box.hidden = !onScreen;
    if (!onScreen) return;
    // The overlay's host sits at the document's origin: page coordinates, not the viewport's.
    box.style.left = `${rect.left + window.scrollX - gap}px`;
    box.style.top = `${rect.top + window.scrollY - gap}px`;
    box.style.width = `${rect.width + 2 * gap}px`;
    box.style.height = `${rect.height + 2 * gap}px`;
  }

  /** At most one measurement per frame, however many scroll events come. */
  const follow = () => {
    frame ||= requestAnimationFrame(place);
  };

  function clear() {
    target = null;
    following?.abort();
    following = null;
    cancelAnimationFrame(frame);
    frame = 0;
    box.hidden = true;
  }

  return {
    show(element) {
      clear();
      if (!element) return;
      target = element;
      overlay.attach();
      following = new AbortController();
      // Capture: a scroll inside any scrolling part of the page moves the label too.
      window.addEventListener('scroll', follow, { capture: true, passive: true, signal: following.signal });
      window.addEventListener('resize', follow, { passive: true, signal: following.signal });
      place();
    },
    remove() {
      clear();
      overlay.remove();
    },
    owns: overlay.owns,
  };
}
