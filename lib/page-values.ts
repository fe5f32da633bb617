// Reads the value (and the change) a dashboard shows with a metric label the scan found: from the
// label's table column or row, its definition list, or the smallest tile around it. It looks at
// a small neighbourhood only, never the whole page; it reads none rather than guess when two
// figures could be the value; and it never reads text a person can type into. What is sent is the
// text as the page shows it: the background reads the numbers with lib/values.ts. Telling a
// figure from other text takes two patterns here; the full parser would double the content
// script's size, and the patterns agree with it on every shape a test gives (page-values.test.ts).
import { digit, isSkipped, maxLabelLength, textNode } from './page-scan';

/** The longest value or change text a report carries; a real one is a few characters. */
export const maxValueText = 64;
/** Text nodes and elements looked at around one label, at most. */
const maxNodes = 60;
/** Containers tried above the label: a tile is never far from its label. */
const maxLevels = 4;
/** How deep inside its cell a table label may sit ("<th><button><span>Reach</span>"). */
const maxCellDepth = 3;

export type ValuePlace = 'tile' | 'table' | 'row';

/** A value as the page shows it beside a label, and the change shown with it. */
export interface ValueShown {
  where: ValuePlace;
  text: string;
  change: string | null;
}

const currency = String.raw`(?:rp\.?|idr|usd|us\$|eur|gbp|sgd|s\$|myr|rm|aud|a\$|jpy|[$€£¥])`;
const number = String.raw`\d{1,3}(?:[.,\u2009\u202f]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const scales = new Set('k m b t bn mn mio rb ribu jt juta miliar milyar triliun thousand million billion'.split(' '));
const units = new Set(
  'd day days h hr hrs hour hours m min mins minute minutes s sec secs second seconds hari j jam mnt menit dtk detik'.split(
    ' ',
  ),
);
/**
 * Exactly one figure: a count, percent or amount ("48,210", "4,79%", "1,2 jt", "Rp 1.250.000",
 * "12,50 €", "+611") or a duration ("3:45", "1m 05s", "2 j 3 mnt"). Small patterns, each tried only
 * when the text can be its shape, with the words after a number looked up in a set: V8 compiles a
 * pattern on its first use, and one pattern with every shape and word in it took 4–10 ms to
 * compile in the middle of the first pass (bench/run.mjs); these take about 0.1 ms each.
 */
const amount = new RegExp(String.raw`^(?:${number})(?: ?([a-z]+)\.?)?$`);
const percent = new RegExp(String.raw`^(?:${number}) ?%$`);
const currencyBefore = new RegExp(String.raw`^${currency} ?`);
const currencyAfter = new RegExp(String.raw` ?${currency}$`);
const clock = /^\d+(?::[0-5]\d){1,2}$/;
const duration = /^(?:\d+(?:[.,]\d+)? ?[a-z]+\.? ?)+$/;
/** A duration has at most four parts ("1 hari 2 j 3 mnt 4 dtk"). */
const maxDurationParts = 4;
const durationPart = /\d+(?:[.,]\d+)? ?([a-z]+)/g;
const sign = /^[+\-\u2212]/;
const startsWithDigit = /^\d/;
const endsWithDigit = /\d$/;

function isAmount(text: string): boolean {
  const shape = amount.exec(text);
  return shape !== null && (shape[1] === undefined || scales.has(shape[1]));
}

function isDuration(text: string): boolean {
  if (!duration.test(text)) return false;
  const parts = Array.from(text.matchAll(durationPart), ([, word]) => word);
  return parts.length <= maxDurationParts && parts.every((word) => units.has(word));
}

function isOneFigure(lower: string): boolean {
  const text = lower.replace(sign, '');
  if (!startsWithDigit.test(text)) {
    const before = currencyBefore.exec(text);
    return before !== null && isAmount(text.slice(before[0].length));
  }
  if (percent.test(text) || clock.test(text)) return true;
  if (isAmount(endsWithDigit.test(text) ? text : text.replace(currencyAfter, ''))) return true;
  return isDuration(text);
}
/** A change's direction: a sign before a figure, an arrow, or a word ("▲ 12.4% vs …", "naik 5%"). */
const signed = /(?:^|[\s(:])[+\-\u2212±] ?\d/;
const arrow = /[▲△↑⬆▴▼▽↓⬇▾]/;
const directionWords = new Set(
  'up down increase increased decrease decreased rose fell higher lower naik turun meningkat menurun bertambah berkurang'.split(
    ' ',
  ),
);
const word = /[a-z]+/g;
const hasDirection = (text: string) =>
  arrow.test(text) ||
  signed.test(text) ||
  Array.from(text.toLowerCase().matchAll(word)).some(([found]) => directionWords.has(found));
const unchanged = new Set(['no change', 'unchanged', 'tidak ada perubahan', 'tidak berubah']);
const invisible = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** White space, except the thin spaces that group digits ("48 210"). */
const spaces = /[^\S\u2007\u2009\u202f]+/g;

/** Whether a text is exactly one figure a dashboard shows as a value. */
export const isFigure = (text: string) =>
  digit.test(text) && isOneFigure(text.replace(invisible, '').replace(spaces, ' ').trim().toLowerCase());

/** Whether a text is a change: a figure with its direction, or "no change". */
export const isChange = (text: string) =>
  digit.test(text) ? hasDirection(text) : unchanged.has(text.replace(spaces, ' ').trim().toLowerCase());

const cellSelector = 'td,th,[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]';
const rowSelector = 'tr,[role=row]';
const showElementsAndText = 1 | 4;

/** White space collapsed; empty when too long to be a figure. */
function clean(text: string): string {
  const plain = text.length > maxValueText * 2 ? '' : text.replace(spaces, ' ').trim();
  return plain.length > maxValueText ? '' : plain;
}

/** The figures found around one label, as shown. */
class Figures {
  values: string[] = [];
  changes: string[] = [];
  /** Another allow-listed label, or more than a tile: nothing here is this label's alone. */
  crowded = false;
  private nodes = 0;
  private readonly owners = new Set<Element>();
  /** Elements whose `aria-label` is a change: their text is part of it. */
  private readonly spoken: Element[] = [];

  constructor(
    private readonly place: Element,
    private readonly isLabel: (text: string) => boolean,
  ) {}

  /** Looks through these nodes and everything under them. */
  add(nodes: Iterable<Node>) {
    for (const node of nodes) {
      this.visit(node);
      if (node.nodeType === textNode) continue;
      const walker = node.ownerDocument!.createTreeWalker(node, showElementsAndText);
      for (let next = walker.nextNode(); next && !this.crowded; next = walker.nextNode()) this.visit(next);
    }
  }

  private visit(node: Node) {
    if ((this.nodes += 1) > maxNodes) this.crowded = true;
    if (this.crowded) return;
    if (node.nodeType !== textNode) {
      const spoken = (node as Element).getAttribute('aria-label');
      if (spoken && isChange(spoken) && !isSkipped(node as Element)) {
        this.changes.push(clean(spoken));
        this.spoken.push(node as Element);
      }
      return;
    }
    const parent = node.parentElement!;
    const own = clean(node.nodeValue!);
    const owner = parent !== this.place && !parent.contains(this.place) ? parent : null;
    if (!own || (owner && this.owners.has(owner))) return;
    // A figure or change split over elements ("12,4 <small>rb</small>", "<i>▲</i>12.4%") reads
    // as its element's whole text; a figure followed by its change ("6,104 <b>▲ 12%</b>") does not.
    const whole = owner ? clean(owner.textContent!) : '';
    const text =
      whole && (isFigure(whole) || (isChange(whole) && !(isFigure(own) && whole.startsWith(own)))) ? whole : own;
    if (text === whole && owner) this.owners.add(owner);
    if (
      !text ||
      this.spoken.some((element) => element.contains(node) || element.getAttribute('aria-label')!.includes(text))
    )
      return;
    // A figure is never a label: the label test only runs on other text.
    const figure = isFigure(text);
    if (!figure && text.length <= maxLabelLength && this.isLabel(text)) {
      this.crowded ||= !this.place.contains(node);
      return;
    }
    const list = figure ? this.values : isChange(text) ? this.changes : null;
    if (list && !isSkipped(parent)) list.push(text);
  }

  /**
   * The value, when exactly one figure can be it: a signed figure beside an unsigned one is its
   * change ("5.9%" and "-0.4%"). Undefined when there is none yet; null when two could be it.
   */
  decide(): { text: string; change: string | null } | null | undefined {
    let { values, changes } = this;
    const signed = values.filter((value) => sign.test(value));
    if (values.length === 2 && signed.length === 1) {
      values = values.filter((value) => value !== signed[0]);
      changes = [signed[0], ...changes];
    }
    if (this.crowded || values.length > 1) return null;
    return values.length ? { text: values[0], change: changes.length === 1 ? changes[0] : null } : undefined;
  }

  read(where: ValuePlace): ValueShown | null {
    const decided = this.decide();
    return decided ? { where, ...decided } : null;
  }
}

const cellsOf = (row: Element) => Array.from(row.children).filter((child) => child.matches(cellSelector));
const isHeaderCell = (cell: Element) => cell.tagName === 'TH' || /header/.test(cell.getAttribute('role') ?? '');
const span = (cell: Element) => (cell as HTMLTableCellElement).colSpan || 1;

/**
 * In a table: a column header's value is the cell below it in the first data row ('table'); a
 * row header's is the one figure in the rest of its row ('row'). Undefined when not in a table.
 */
function tableValue(cell: Element, figures: Figures): ValueShown | null | undefined {
  const row = cell.parentElement?.closest(rowSelector);
  const table = row?.closest('table,[role=table],[role=grid],[role=treegrid]');
  if (!row || !table) return undefined;
  const cells = cellsOf(row);
  const columnHeader =
    cell.getAttribute('role') === 'columnheader' ||
    (cell.tagName === 'TH' &&
      cell.getAttribute('scope') !== 'row' &&
      (row.parentElement!.tagName === 'THEAD' || cells.every(isHeaderCell)));
  if (!columnHeader) {
    figures.add(cells.filter((other) => other !== cell));
    return figures.read('row');
  }
  let column = 0;
  for (const before of cells.slice(0, cells.indexOf(cell))) column += span(before);
  // The first row below that is not another header row (units, sub-columns).
  for (let below = rowAfter(row, table); below; below = rowAfter(below, table)) {
    const belowCells = cellsOf(below);
    if (belowCells.every(isHeaderCell)) continue;
    for (const target of belowCells) {
      column -= span(target);
      if (column < 0) {
        figures.add([target]);
        return figures.read('table');
      }
    }
    return null;
  }
  return null;
}

/**
 * The row after this one in its table, in the same section or the next, found from the row
 * itself: a table's `rows` would first count every row of a long table of posts.
 */
function rowAfter(row: Element, table: Element): Element | null {
  for (let at: Element | null = row; at && at !== table; at = at.parentElement) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.matches(rowSelector)) return next;
      const first = next.querySelector(rowSelector);
      if (first) return first;
    }
  }
  return null;
}

/**
 * Elements like this one beside it (the same tag and class, or list items): it is one tile of a
 * grid or one item of a list, such as a menu, so its value is not beyond it.
 */
function hasPeers(container: Element, child: Element): boolean {
  const kind = child.getAttribute('class');
  return (
    (!!kind || child.tagName === 'LI') &&
    Array.from(container.children).some(
      (sibling) => sibling !== child && sibling.tagName === child.tagName && sibling.getAttribute('class') === kind,
    )
  );
}

/**
 * The value and change shown with the label that `place` holds, or null when there is none or
 * two figures could be the value. `isLabel` tells any allow-listed label.
 */
export function readValue(place: Element, isLabel: (text: string) => boolean): ValueShown | null {
  const figures = new Figures(place, isLabel);
  let cell: Element | null = place;
  for (let depth = 0; cell && depth < maxCellDepth && !cell.matches(cellSelector); depth += 1)
    cell = cell.parentElement;
  const inTable = cell?.matches(cellSelector) ? tableValue(cell, figures) : undefined;
  if (inTable !== undefined) return inTable;
  const term = place.closest('dt');
  if (term) {
    const details: Element[] = [];
    for (let next = term.nextElementSibling; next && next.tagName !== 'DT'; next = next.nextElementSibling) {
      details.push(next);
    }
    figures.add(details);
    return figures.read('tile');
  }
  // The label's own element first ("1,234 <!-- -->impressions"), then ever larger containers.
  figures.add(Array.from(place.childNodes));
  for (let container = place, level = 0; ; level += 1) {
    const decided = figures.decide();
    if (decided !== undefined) return decided && { where: 'tile', ...decided };
    const parent = container.parentElement;
    if (level === maxLevels || !parent || /^(BODY|HTML)$/.test(parent.tagName)) return null;
    if (container !== place && hasPeers(parent, container)) return null;
    figures.add(Array.from(parent.childNodes).filter((child) => child !== container));
    container = parent;
  }
}
