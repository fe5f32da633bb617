// The popup's few elements, built without a framework: the popup is opened for seconds, many
// times a day, and React's runtime alone weighed more than its whole budget (issue 15: 60 KB).
// `h` builds an element with its attributes, listeners and children; the views keep the elements
// they change and change them in place, so focus and live regions survive an update.

export type Child = Node | string | null | undefined | false;

/** Attributes (`true` for a bare one; null, undefined and false leave it out) and `on<event>` listeners. */
export type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(
    ...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false),
  );
  return element;
}

/**
 * A place for an element that comes and goes (an error, a card): an empty comment marks where it
 * goes, so it always shows at the same place among its siblings.
 */
export interface Slot {
  readonly anchor: Comment;
  /** Shows `next` there (nothing for null), removing what was there unless it is the same. */
  set(next: Element | null): void;
}

export function slot(): Slot {
  const anchor = document.createComment('');
  let current: Element | null = null;
  return {
    anchor,
    set(next) {
      if (next === current) return;
      current?.remove();
      if (next) anchor.after(next);
      current = next;
    },
  };
}
