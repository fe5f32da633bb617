// Reads which metric labels a page shows, cheaply enough to run beside a heavy social app: the
// browser itself (XPath) picks out the text worth a look, a time budget per slice, no layout
// reads (nothing that forces a reflow), and no text from anything a person types into. Open
// shadow roots are read too; closed ones never. Only labels on the allow-list the background
// sends are kept, so nothing else a page says ever leaves the content script.
import { findDateRange, maxDateRangeText } from './date-range';
import { normalizeLabel } from './fold';

/** Text longer than this is prose or user content, not a label. */
export const maxLabelLength = 80;

/**
 * The places kept per label. A dashboard shows a label a few times (a tile, a table, a chart);
 * a page that shows it thousands of times gains nothing from more, and keeping them all made
 * every pass quadratic.
 */
export const maxElementsPerLabel = 20;

export const elementNode = 1;
export const textNode = 3;
const fragmentNode = 11;

/**
 * Characters no label or date range is made of alone: white space, digits and the marks of
 * figures. Text of only these (the blank text between tags, "48,210", "▲ 12%"), most of a big
 * page, is dropped by the browser's own XPath engine, so the script never wraps those nodes.
 * Labels keep a letter; date ranges a letter, a slash or a dash ("1/9/2026 - 28/9/2026").
 */
const figureMarks = '0123456789.,%+\u2212\u25b2\u25bc \t\n\r\u00a0';
const textsPath = `descendant-or-self::text()[translate(., '${figureMarks}', '')]`;
/**
 * Custom elements: the elements whose open shadow roots are read, since web components render
 * their tiles there. A shadow root attached to a plain element is not looked for: finding one
 * would mean asking every element on the page.
 */
const hostsPath = "descendant-or-self::*[contains(local-name(), '-')]";
const orderedSnapshot = 7;

/**
 * Where text is never read: form fields, editors and composers (anything a person types into),
 * code, and what the page hides. Checked with `closest` only for text that matched a label, so
 * the walk itself stays native and never calls back into script per node.
 */
export const skipSelector = [
  'input',
  'textarea',
  'select',
  'option',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="searchbox"]',
  '[role="combobox"]',
].join(',');

/**
 * Whether a person can type into this element without any attribute saying so: a document in
 * design mode, or a stylesheet's `-webkit-user-modify: read-write` (which inherits, so the
 * element's own computed value covers its ancestors). The style read costs a style update, never
 * a layout, and only runs for text that matched.
 */
function isEditableByStyle(element: Element): boolean {
  const document = element.ownerDocument;
  if (document.designMode === 'on') return true;
  const style = document.defaultView?.getComputedStyle(element);
  return style?.getPropertyValue('-webkit-user-modify').startsWith('read-write') ?? false;
}

/**
 * Whether text inside this element is off limits: hidden, code, or anything a person can type
 * into. Inside a shadow root the host's ancestors count too (`closest` stops at the root).
 */
export function isSkipped(element: Element): boolean {
  for (let inTree: Element | undefined = element; inTree; inTree = (inTree.getRootNode() as Partial<ShadowRoot>).host) {
    if (inTree.closest(skipSelector) !== null) return true;
  }
  return isEditableByStyle(element);
}

/** A figure beside a label ("1,234", "5.6K", "-12%") or its unit alone ("rb", "jt" in "1,2 rb"). */
const figure = /^(?:[+\-−]?[\d.,]+(?:%|[kmb]|rb|jt)?|%|[kmb]|rb|jt)$/;
export const digit = /\d/;
/** Plain printable ASCII with single spaces needs no Unicode normalisation to compare. */
const needsFullNormalizing = /[^\x20-\x7e]|\s\s/;

/** The text without the figures before or after it ("1,234 impressions", "Reach: 5.6K"). */
function withoutFigures(normal: string): string {
  const words = normal.split(' ');
  while (words.length > 1 && figure.test(words[words.length - 1])) words.pop();
  while (words.length > 1 && figure.test(words[0])) words.shift();
  return words.join(' ').replace(/\s*[:：]$/, '');
}

export function createLabelMatcher(labels: readonly string[]) {
  const byNormal = new Map<string, string>();
  for (const label of labels) byNormal.set(normalizeLabel(label), label);
  /**
   * The allow-listed label this text shows, or null. Runs for every short text on the page, so
   * the common case (no match, no figure) costs one lower-casing, one test and one lookup.
   */
  return (text: string): string | null => {
    const lower = text.toLowerCase();
    const normal = needsFullNormalizing.test(lower) ? normalizeLabel(text) : lower;
    const exact = byNormal.get(normal);
    if (exact !== undefined) return exact;
    if (digit.test(normal)) return byNormal.get(withoutFigures(normal)) ?? null;
    return normal.endsWith(':') || normal.endsWith('：') ? (byNormal.get(normal.slice(0, -1).trimEnd()) ?? null) : null;
  };
}

/** Text that could hold a date range: a digit and a letter, a slash or a dash between digits. */
const mayBeDateRange = /[a-z/]|\d\s*[-–—]\s*\d/i;

export interface ScanResult {
  /** The first elements showing each allow-listed label, by label, in the order they were read. */
  found: Map<string, Element[]>;
  /** Labels shown in more places than `found` keeps. */
  overflowing: Set<string>;
  dateRange: string | null;
  /** The open shadow roots read, so that their changes can be watched too. */
  shadowRoots: ShadowRoot[];
  /** Text nodes looked at. */
  nodes: number;
  /** Main-thread time spent, over all slices. */
  ms: number;
}

/**
 * One pass over a page or over the parts of it that changed, in slices: call `step` from idle
 * callbacks until it returns true. Each part is handed to the browser's XPath engine, which
 * returns only the text nodes that are more than figures: on a big page, a tenth of them, and
 * the script never touches the others. Open shadow roots under each part are read after it.
 */
export class PageScanner {
  private readonly roots: Node[];
  /** The text nodes of the part being read, and the next one to read. */
  private texts: XPathResult | null = null;
  private index = 0;
  private readonly match: (text: string) => string | null;
  readonly result: ScanResult = {
    found: new Map(),
    overflowing: new Set(),
    dateRange: null,
    shadowRoots: [],
    nodes: 0,
    ms: 0,
  };

  constructor(roots: readonly Node[], labels: readonly string[]) {
    this.match = createLabelMatcher(labels);
    this.roots = [...roots];
  }

  /** The next text node to read, from this part or the next. */
  private next(): Text | null {
    for (;;) {
      if (this.texts && this.index < this.texts.snapshotLength) return this.texts.snapshotItem(this.index++) as Text;
      const root = this.roots.shift();
      if (!root) return null;
      if (root.nodeType === fragmentNode) {
        // A shadow root, which XPath refuses as a context node: its children are read instead.
        this.roots.unshift(...Array.from(root.childNodes));
        continue;
      }
      const page = root.ownerDocument ?? (root as Document);
      const evaluate = (path: string) => page.evaluate(path, root, null, orderedSnapshot, null);
      const hosts = evaluate(hostsPath);
      for (let index = 0; index < hosts.snapshotLength; index += 1) {
        // Closed shadow roots stay unread: `shadowRoot` is null for them.
        const shadow = (hosts.snapshotItem(index) as Element).shadowRoot;
        if (shadow) {
          this.roots.push(shadow);
          this.result.shadowRoots.push(shadow);
        }
      }
      this.texts = evaluate(textsPath);
      this.index = 0;
    }
  }

  /** Scans until the budget is spent. Returns true when the pass is complete. */
  step(budgetMs: number, now: () => number = () => performance.now()): boolean {
    const started = now();
    let node: Text | null;
    while ((node = this.next())) {
      this.read(node);
      // Reading the clock costs too; every 64 nodes is often enough to keep the budget.
      if ((++this.result.nodes & 63) === 0 && now() - started >= budgetMs) break;
    }
    this.result.ms += now() - started;
    return node === null;
  }

  private read(node: Text) {
    const text = node.data;
    if (text.length > maxLabelLength * 2) return;
    const trimmed = text.trim();
    if (trimmed.length < 2 || trimmed.length > maxLabelLength) return;
    const label = this.match(trimmed);
    if (label !== null) {
      const elements = this.result.found.get(label);
      // Past the cap nothing more is kept or checked: each text costs the same, however many match.
      if (elements && elements.length >= maxElementsPerLabel) {
        this.result.overflowing.add(label);
        return;
      }
      const parent = node.parentElement;
      if (!parent || elements?.includes(parent) || isSkipped(parent)) return;
      if (elements) elements.push(parent);
      else this.result.found.set(label, [parent]);
      return;
    }
    if (
      this.result.dateRange === null &&
      trimmed.length <= maxDateRangeText &&
      digit.test(trimmed) &&
      mayBeDateRange.test(trimmed)
    ) {
      const range = findDateRange(trimmed);
      if (range !== null && node.parentElement && !isSkipped(node.parentElement)) this.result.dateRange = range;
    }
  }
}

/**
 * What a page shows, kept between passes: the first places showing each label (up to
 * `maxElementsPerLabel`). A change to the page is read by scanning only what was added, after
 * dropping what was removed. Each call is linear in what it is given and what is kept.
 */
export class PageLabels {
  private readonly found = new Map<string, Element[]>();
  /** Labels shown in more places than are kept. */
  private readonly overflowing = new Set<string>();
  dateRange: string | null = null;

  /** Takes in a full pass: everything before it is forgotten. */
  replace(result: ScanResult) {
    this.found.clear();
    this.overflowing.clear();
    this.dateRange = null;
    this.merge(result);
  }

  /** Takes in a pass over the parts that changed. */
  merge(result: ScanResult) {
    for (const [label, elements] of result.found) {
      const known = this.found.get(label) ?? [];
      for (const element of elements) {
        if (known.length >= maxElementsPerLabel) {
          this.overflowing.add(label);
          break;
        }
        // At most `maxElementsPerLabel` to compare with: constant time.
        if (!known.includes(element)) known.push(element);
      }
      this.found.set(label, known);
    }
    for (const label of result.overflowing) this.overflowing.add(label);
    // A range read in changed parts is the newer one: the leader picked another period.
    this.dateRange = result.dateRange ?? this.dateRange;
  }

  /**
   * Forgets elements that left the page, and those whose text changed (they are read again).
   * Returns true when a label shown in more places than were kept lost one of them: its other
   * places are not known, and only a pass over the whole page finds them.
   */
  prune(changed: ReadonlySet<Element> = new Set()): boolean {
    let incomplete = false;
    for (const [label, elements] of this.found) {
      const kept = elements.filter((element) => element.isConnected && !changed.has(element));
      if (kept.length < elements.length && this.overflowing.has(label)) incomplete = true;
      if (kept.length > 0) this.found.set(label, kept);
      else this.found.delete(label);
    }
    return incomplete;
  }

  /** The places kept for a label, in the order they were read. */
  elements(label: string): readonly Element[] {
    return this.found.get(label) ?? [];
  }

  get labels(): string[] {
    return [...this.found.keys()];
  }

  /** The first element showing each label, for in-page hints. */
  get firstElements(): Map<string, Element> {
    return new Map([...this.found].map(([label, elements]) => [label, elements[0]]));
  }
}
