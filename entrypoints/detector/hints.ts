// In-page hints, off until the leader turns them on: a small marker beside each metric label the
// scan found, which opens that metric's row in the Coach. Everything lives in the content
// script's own overlay (overlay.ts), so the page's own layout never moves. Positions come from an
// IntersectionObserver, which measures during rendering instead of forcing a reflow.
// Firefox cannot open its sidebar from a page: there a click on a closed sidebar says how to open it.
import { browser } from 'wxt/browser';
import type { ExplainAnswer } from '@/lib/messages';
import type { Hints } from '@/lib/page-watch';
import { createOverlay } from './overlay';

// Written compact: the content script's every byte counts on every page (8 KB gzip in all). The
// note under a marker is Firefox's alone (see `showNote`).
const css = `button{position:absolute;pointer-events:auto;box-sizing:border-box;width:18px;height:18px;padding:0;margin:0;\
border-radius:50%;border:1px solid #0b6e4f;background:#fff;color:#0b6e4f;font:700 11px/16px system-ui,sans-serif;\
text-align:center;cursor:pointer;box-shadow:0 1px 3px rgba(0,0,0,.25)}
button:hover,button:focus-visible{background:#0b6e4f;color:#fff;outline:2px solid #0969da;outline-offset:1px}${
  import.meta.env.FIREFOX
    ? `
p{position:absolute;box-sizing:border-box;max-width:280px;margin:0;padding:8px 10px;border-radius:6px;background:#1f2328;\
color:#fff;font:13px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);pointer-events:auto;cursor:default}`
    : ''
}`;

/**
 * What to say after a click when Firefox's sidebar is closed (the answer says so), or null: then
 * the sidebar shows the metric already, or Chrome opened its side panel.
 */
export function sidebarNote(
  answer: unknown,
  label: string,
  message: (name: 'hintOpenSidebar' | 'hintOpenSidebarFromToolbar', substitutions: string[]) => string,
): string | null {
  if (!answer || typeof answer !== 'object') return null;
  const { sidebarOpen, shortcut } = answer as Partial<ExplainAnswer>;
  if (sidebarOpen !== false) return null;
  return typeof shortcut === 'string' && shortcut
    ? message('hintOpenSidebar', [label, shortcut])
    : message('hintOpenSidebarFromToolbar', [label]);
}

/** `onExplain` sends the request and resolves to the background's answer. */
export function createHints(onExplain: (label: string) => Promise<unknown>): Hints {
  const overlay = createOverlay('sidecoach-hints', css);

  const markers = new Map<Element, HTMLButtonElement>();
  // Firefox only: one note at a time, under the marker clicked, read out by screen readers.
  let note: HTMLParagraphElement | null = null;
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  function showNote(marker: HTMLButtonElement, label: string, answer: unknown) {
    const text = sidebarNote(answer, label, (key, values) => browser.i18n.getMessage(key, values));
    if (!text || !marker.isConnected) return;
    if (!note) {
      const created = document.createElement('p');
      created.setAttribute('role', 'status');
      created.addEventListener('click', () => (created.hidden = true));
      overlay.root.append(created);
      note = created;
    }
    note.textContent = text;
    note.style.left = marker.style.left;
    note.style.top = `${parseFloat(marker.style.top) + 24}px`;
    note.hidden = false;
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => note && (note.hidden = true), 10_000);
  }
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const marker = markers.get(entry.target);
      if (!marker) continue;
      const rect = entry.boundingClientRect;
      marker.hidden = rect.width === 0 && rect.height === 0;
      marker.style.left = `${rect.right + window.scrollX + 4}px`;
      marker.style.top = `${rect.top + window.scrollY + Math.max(0, (rect.height - 18) / 2)}px`;
    }
  });

  function clear() {
    if (note) note.hidden = true;
    observer.disconnect();
    for (const marker of markers.values()) marker.remove();
    markers.clear();
  }

  return {
    show(elements) {
      clear();
      overlay.attach();
      for (const [label, element] of elements) {
        const marker = document.createElement('button');
        marker.type = 'button';
        marker.textContent = '?';
        marker.hidden = true;
        const name = browser.i18n.getMessage('hintExplain', [label]) || label;
        marker.title = name;
        marker.setAttribute('aria-label', name);
        marker.addEventListener('click', (event) => {
          event.preventDefault();
          event.stopPropagation();
          const answered = onExplain(label);
          if (import.meta.env.FIREFOX) {
            if (note) note.hidden = true;
            void answered.then((answer) => showNote(marker, label, answer));
          }
        });
        overlay.root.append(marker);
        markers.set(element, marker);
        observer.observe(element);
      }
    },
    clear,
    remove() {
      clear();
      overlay.remove();
    },
    owns: overlay.owns,
  };
}
