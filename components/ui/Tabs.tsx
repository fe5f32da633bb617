// A row of tabs with the keyboard behaviour of the WAI-ARIA tabs pattern: one tab stop, arrow
// keys move between tabs, Home and End jump to the ends.
import { useRef, type KeyboardEvent } from 'react';

export interface Tab<T extends string> {
  id: T;
  label: string;
}

export function Tabs<T extends string>({
  tabs,
  current,
  onSelect,
  label,
}: {
  tabs: readonly Tab<T>[];
  current: T;
  onSelect(id: T): void;
  label: string;
}) {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === current);
    const next = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(tabs[next].id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === current}
          aria-controls={`view-${tab.id}`}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
