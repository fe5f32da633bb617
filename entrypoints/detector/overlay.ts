// A layer of the content script's own over the page, for hints and outlines: one zero-size,
// absolutely placed host holding a closed shadow root, so the page's layout never moves, its
// styles never reach in, and its scripts cannot read or change what is drawn.

export interface Overlay {
  /** Where the overlay's elements go; the overlay's own style is already in it. */
  readonly root: ShadowRoot;
  /** Puts the host on the page, once. */
  attach(): void;
  remove(): void;
  /** Whether a node is this overlay's host, so changes to it are not page changes. */
  owns(node: Node): boolean;
}

/** Creates an overlay whose host is a `name` element (off the page until `attach`). */
export function createOverlay(name: string, css: string): Overlay {
  const host = document.createElement(name);
  // Absolute at the document's origin with no size: it takes no room and moves nothing.
  host.style.cssText =
    'position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
    'overflow:visible!important;z-index:2147483647!important;pointer-events:none!important;display:block!important';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host { all: initial; }\n${css}`;
  root.append(style);
  return {
    root,
    attach() {
      if (!host.isConnected) document.documentElement.append(host);
    },
    remove: () => host.remove(),
    owns: (node) => node === host,
  };
}
