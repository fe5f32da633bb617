import { describe, expect, it } from 'vitest';
import { sidebarNote } from './hints';

/** Stands in for browser.i18n.getMessage: the key and what fills its placeholders. */
const message = (key: string, values: string[]) => `${key}(${values.join(', ')})`;

describe('the note after a hint click', () => {
  it('tells how to open a closed Firefox sidebar, with the shortcut set now', () => {
    expect(sidebarNote({ sidebarOpen: false, shortcut: 'Ctrl+Alt+K' }, 'Reach', message)).toBe(
      'hintOpenSidebar(Reach, Ctrl+Alt+K)',
    );
  });

  it('points to the toolbar button when no shortcut is set', () => {
    expect(sidebarNote({ sidebarOpen: false, shortcut: '' }, 'Reach', message)).toBe(
      'hintOpenSidebarFromToolbar(Reach)',
    );
  });

  it('says nothing when the sidebar shows the metric, or when Chrome opened its side panel (no answer)', () => {
    expect(sidebarNote({ sidebarOpen: true, shortcut: 'Alt+Shift+S' }, 'Reach', message)).toBeNull();
    expect(sidebarNote(undefined, 'Reach', message)).toBeNull();
    expect(sidebarNote('nonsense', 'Reach', message)).toBeNull();
  });
});
