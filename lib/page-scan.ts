// Reads which metric labels a page shows, cheaply enough to run beside a heavy social app: a
// TreeWalker over text nodes, a time budget per slice, no layout reads (nothing that forces a
// reflow), and no text from anything a person types into. Only labels on the allow-list the
// background sends are kept, so nothing else a page says ever leaves the content script.
import { findDateRange, maxDateRangeText } from './date-range';
import { normalizeLabel } from './fold';

/** Text longer than this is prose or user content, not a label. */
export const maxLabelLength = 80;

const skippedTags = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'CANVAS',
  'svg',
  'SVG',
]);

/**
 * Elements whose text is never read: form fields, editors and composers (anything a person
 * types into), and what the page hides. Decided from tag and attributes only, never from style.
 */
export function isSkipped(element: Element): boolean {
  if (skippedTags.has(element.tagName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = element.getAttribute('role');
  return role === 'textbox' || role === 'searchbox' || role === 'combobox';
}

/** Numbers around a label ("1,234 impressions", "Reach: 5.6K", "Jangkauan 1,2 rb") are not part of it. */
const leadingFigure = /^[+\-−]?[\d.,]+\s*(?:[kmb]|rb|jt|m)?\s+/i;
const trailingFigure = /[\s:：]+[+\-−]?[\d.,]+\s*(?:%|[kmb]|rb|jt)?$|[\s:：]+$/i;

export function createLabelMatcher(labels: readonly string[]) {
  const byNormal = new Map<string, string>();
  for (const label of labels) byNormal.set(normalizeLabel(label), label);
  /** The allow-listed label this text shows, or null. */
  return (text: string): string | null => {
    const normal = normalizeLabel(text);
    return (
      byNormal.get(normal) ??
      byNormal.get(normal.replace(trailingFigure, '')) ??
      byNormal.get(normal.replace(leadingFigure, '')) ??
      null
    );
  };
}

export interface ScanResult {
  /** Allow-listed labels seen, in page order, each once. */
  labels: string[];
  /** The element showing each label first, for in-page hints. */
  elements: Map<string, Element>;
  dateRange: string | null;
  /** Text nodes looked at. */
  nodes: number;
  /** Main-thread time spent, over all slices. */
  ms: number;
  slices: number;
}

/**
 * One pass over a page, in slices: call `step` from idle callbacks until it returns true. The
 * walker is live, so the page may change between slices; a new pass starts from the top.
 */
export class PageScanner {
  private readonly walker: TreeWalker;
  private readonly match: (text: string) => string | null;
  readonly result: ScanResult = { labels: [], elements: new Map(), dateRange: null, nodes: 0, ms: 0, slices: 0 };

  constructor(root: Node, labels: readonly string[]) {
    this.match = createLabelMatcher(labels);
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.TEXT_NODE
          ? NodeFilter.FILTER_ACCEPT
          : isSkipped(node as Element)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    });
  }

  /** Scans until the budget is spent. Returns true when the pass is complete. */
  step(budgetMs: number, now: () => number = () => performance.now()): boolean {
    const started = now();
    this.result.slices += 1;
    let node: Node | null;
    let visited = 0;
    while ((node = this.walker.nextNode())) {
      visited += 1;
      this.read(node as Text);
      // Reading the clock costs too; every 64 nodes is often enough to keep the budget.
      if ((visited & 63) === 0 && now() - started >= budgetMs) {
        this.finishSlice(started, now, visited);
        return false;
      }
    }
    this.finishSlice(started, now, visited);
    return true;
  }

  private finishSlice(started: number, now: () => number, visited: number) {
    this.result.nodes += visited;
    this.result.ms += now() - started;
  }

  private read(node: Text) {
    const text = node.data;
    if (text.length > maxLabelLength * 2) return;
    const trimmed = text.trim();
    if (trimmed.length < 2 || trimmed.length > maxLabelLength) return;
    const label = this.match(trimmed);
    if (label !== null) {
      if (!this.result.labels.includes(label)) {
        this.result.labels.push(label);
        if (node.parentElement) this.result.elements.set(label, node.parentElement);
      }
      return;
    }
    if (this.result.dateRange === null && trimmed.length <= maxDateRangeText) {
      this.result.dateRange = findDateRange(trimmed);
    }
  }
}
