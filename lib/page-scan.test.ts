// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabelMatcher, maxElementsPerLabel, PageLabels, PageScanner } from './page-scan';

const labels = ['Impressions', 'Reactions', 'Members reached', 'Jangkauan', 'Watch time (hours)'];

function scan(roots: Node | Node[] = document.body, budget = 1000) {
  const scanner = new PageScanner([roots].flat(), labels);
  while (!scanner.step(budget));
  return scanner.result;
}

function scanHtml(html: string) {
  document.body.innerHTML = html;
  return scan();
}

const found = (result: ReturnType<typeof scan>) => [...result.found.keys()];

beforeEach(() => {
  document.body.innerHTML = '';
});

afterEach(() => {
  document.designMode = 'off';
  vi.restoreAllMocks();
});

describe('label matching', () => {
  const match = createLabelMatcher(labels);

  it('matches whole labels whatever their case and spacing', () => {
    expect(match('impressions')).toBe('Impressions');
    expect(match('  Members\n  reached ')).toBe('Members reached');
    expect(match('JANGKAUAN')).toBe('Jangkauan');
  });

  it('sees a label beside its figure', () => {
    expect(match('1,234 impressions')).toBe('Impressions');
    expect(match('Jangkauan: 5,6 rb')).toBe('Jangkauan');
    expect(match('Reactions 12')).toBe('Reactions');
    expect(match('Reactions:')).toBe('Reactions');
    expect(match('Impressions −12%')).toBe('Impressions');
  });

  it('does not match a label inside a sentence', () => {
    expect(match('Our impressions of the launch were good')).toBeNull();
    expect(match('Impressionsxyz')).toBeNull();
    expect(match('12 impressions of the launch')).toBeNull();
  });
});

describe('page scanning', () => {
  it('finds allow-listed labels, every place they show, and the date range', () => {
    const result = scanHtml(`
      <h1>Page analytics</h1><span>Last 28 days</span>
      <div><span>Reactions</span><b>12</b></div>
      <div><span id="impressions">Impressions</span><b>1,204</b></div>
      <div><span>Reactions</span></div>
      <p>Something else entirely</p>`);
    expect(found(result)).toEqual(['Reactions', 'Impressions']);
    expect(result.found.get('Reactions')).toHaveLength(2);
    expect(result.dateRange).toBe('Last 28 days');
    expect(result.found.get('Impressions')?.[0].id).toBe('impressions');
  });

  it('never reads what people type, or what the page hides', () => {
    const result = scanHtml(`
      <textarea>Impressions</textarea>
      <input value="Reactions">
      <div contenteditable="true"><p>Impressions</p></div>
      <div role="textbox"><span>Members reached</span></div>
      <div hidden><span>Jangkauan</span></div>
      <div aria-hidden="true"><span>Watch time (hours)</span></div>
      <script>var a = "Impressions"</script>`);
    expect(found(result)).toEqual([]);
  });

  it.each(['', 'true', 'TRUE', 'plaintext-only', 'PLAINTEXT-ONLY', 'inherit'])(
    'never reads labels or a date range inside contenteditable="%s"',
    (value) => {
      const result = scanHtml(
        `<div contenteditable="${value}"><p>Impressions</p><p>Sep 1 – Sep 28, 2026</p></div><span>Last 28 days</span>`,
      );
      expect(found(result)).toEqual([]);
      expect(result.dateRange).toBe('Last 28 days');
    },
  );

  it('never reads a document in design mode, where everything is editable', () => {
    document.designMode = 'on';
    const result = scanHtml('<span>Impressions</span><span>Last 28 days</span>');
    expect(found(result)).toEqual([]);
    expect(result.dateRange).toBeNull();
  });

  it('never reads an element a stylesheet makes editable with -webkit-user-modify', () => {
    document.body.innerHTML = `
      <div id="editor" style="-webkit-user-modify: read-write"><p>Impressions</p><p>Sep 1 – Sep 28, 2026</p></div>
      <span>Reactions</span><span>Last 28 days</span>`;
    const editor = document.getElementById('editor')!;
    // happy-dom does not compute -webkit-user-modify; the value a browser computes (it inherits) is given here.
    const computed = (element: Element) =>
      ({
        getPropertyValue: (name: string) =>
          name === '-webkit-user-modify' && editor.contains(element) ? 'read-write' : '',
      }) as Pick<CSSStyleDeclaration, 'getPropertyValue'> as CSSStyleDeclaration;
    vi.spyOn(window, 'getComputedStyle').mockImplementation(computed);
    const result = scan();
    expect(found(result)).toEqual(['Reactions']);
    expect(result.dateRange).toBe('Last 28 days');
  });

  it('never reads the value of an input, however much it looks like a label', () => {
    const result = scanHtml(
      '<label>Search <input value="Impressions"></label><input type="text" value="Last 28 days">',
    );
    expect(found(result)).toEqual([]);
    expect(result.dateRange).toBeNull();
  });

  it('reads an element marked as not editable', () => {
    expect(found(scanHtml('<div contenteditable="false"><span>Impressions</span></div>'))).toEqual(['Impressions']);
  });

  it('works through a page in slices when the budget runs out', () => {
    const rows = Array.from({ length: 3000 }, (_, index) => `<li>Row ${index}</li>`).join('');
    document.body.innerHTML = `<ul>${rows}</ul><span>Impressions</span>`;
    const scanner = new PageScanner([document.body], labels);
    let clock = 0;
    // A clock that moves one millisecond per reading: each slice stops after its budget.
    const slow = () => clock++;
    let slices = 0;
    for (let done = false; !done; slices += 1) done = scanner.step(2, slow);
    expect(slices).toBeGreaterThan(1);
    expect(found(scanner.result)).toEqual(['Impressions']);
    expect(scanner.result.nodes).toBeGreaterThanOrEqual(3000);
  });

  it('copes with a very deep tree and huge text', () => {
    // happy-dom computes a style by recursing through every ancestor; browsers do not.
    vi.spyOn(window, 'getComputedStyle').mockReturnValue(document.createElement('div').style);
    let html = '<span>Impressions</span>';
    for (let depth = 0; depth < 5000; depth += 1) html = `<div>${html}</div>`;
    expect(found(scanHtml(`${html}<p>${'Reactions '.repeat(100_000)}</p>`))).toEqual(['Impressions']);
  });
});

describe('reading only what changed', () => {
  it('adds labels from added parts, and forgets those whose every element left', () => {
    const page = new PageLabels();
    page.replace(scanHtml('<main><span>Impressions</span><div id="tab"><span>Reactions</span></div></main>'));
    expect(page.labels).toEqual(['Impressions', 'Reactions']);

    const tile = document.createElement('div');
    tile.innerHTML = '<span>Jangkauan</span><span>Impressions</span>';
    document.querySelector('main')!.append(tile);
    const added = scan([tile]);
    expect(added.nodes).toBe(2);
    page.merge(added);
    expect(page.labels).toEqual(['Impressions', 'Reactions', 'Jangkauan']);

    document.getElementById('tab')!.remove();
    tile.firstElementChild!.remove();
    page.prune();
    // Impressions still shows in its first place; the others are gone.
    expect(page.labels).toEqual(['Impressions']);
  });

  it('reads an edited text again', () => {
    const page = new PageLabels();
    page.replace(scanHtml('<span id="label">Impressions</span>'));
    const label = document.getElementById('label')!;
    label.textContent = 'Members reached';
    page.prune(new Set([label]));
    page.merge(scan([label]));
    expect(page.labels).toEqual(['Members reached']);
  });

  it('reads an added text node on its own', () => {
    const text = document.createTextNode('Reactions');
    document.body.append(text);
    expect(found(scan([text]))).toEqual(['Reactions']);
  });
});

describe('many identical labels', () => {
  /**
   * A page of `count` elements that all show the same label, as light stand-ins for DOM nodes so
   * that 100,000 of them take milliseconds to make. `checks` counts the per-element skip checks.
   */
  function identicalLabels(count: number) {
    const checks = { count: 0 };
    const view = { getComputedStyle: () => document.createElement('div').style };
    // What XPath answers: every text (they all show the label) and no custom element.
    const page = {
      designMode: 'off',
      defaultView: view,
      evaluate: (path: string) => {
        const nodes = path.includes('text()') ? texts : [];
        return { snapshotLength: nodes.length, snapshotItem: (index: number) => nodes[index] };
      },
    };
    const element = () => ({
      ownerDocument: page,
      isConnected: true,
      getRootNode: () => page,
      closest: () => {
        checks.count += 1;
        return null;
      },
    });
    const texts = Array.from({ length: count }, () => ({ nodeType: 3, data: 'Impressions', parentElement: element() }));
    // The scanner only reads the members above; a real DOM of this size would take seconds to build.
    const root = { nodeType: 1, ownerDocument: page } as object as Node;
    return { root, checks };
  }

  /** Reads the whole page in 4 ms slices, then keeps what it found; returns the time it took. */
  function readAll(count: number) {
    const { root, checks } = identicalLabels(count);
    const started = performance.now();
    const scanner = new PageScanner([root], labels);
    let steps = 0;
    while (!scanner.step(4)) steps += 1;
    const page = new PageLabels();
    page.replace(scanner.result);
    return { ms: performance.now() - started, steps, checks: checks.count, scanner, page };
  }

  it('keeps the first 20 places of a label shown 100,000 times, checking only those', () => {
    const { scanner, page, checks } = readAll(100_000);
    expect(scanner.result.nodes).toBe(100_000);
    expect(scanner.result.overflowing).toEqual(new Set(['Impressions']));
    expect(scanner.result.found.get('Impressions')).toHaveLength(maxElementsPerLabel);
    expect(maxElementsPerLabel).toBe(20);
    expect(checks).toBe(20);
    expect(page.labels).toEqual(['Impressions']);
  });

  it('works in slices whose size does not grow with the page', () => {
    const { root } = identicalLabels(100_000);
    const scanner = new PageScanner([root], labels);
    // A clock that moves one millisecond per reading: every slice stops after its budget.
    let clock = 0;
    const perSlice: number[] = [];
    for (let done = false, before = 0; !done; before = scanner.result.nodes) {
      done = scanner.step(4, () => clock++);
      perSlice.push(scanner.result.nodes - before);
    }
    // The clock is read every 64 text nodes: four readings make a slice of 256 nodes at most.
    expect(Math.max(...perSlice)).toBe(256);
    expect(perSlice).toHaveLength(Math.ceil(100_000 / 256));
  });

  it('takes time in proportion to the page, not to its square', () => {
    readAll(10_000);
    const half = Math.min(readAll(50_000).ms, readAll(50_000).ms);
    const full = Math.min(readAll(100_000).ms, readAll(100_000).ms);
    // Linear work doubles; quadratic work quadruples. The margin absorbs a shared machine's noise.
    expect(full).toBeLessThan(2.5 * half + 50);
  });

  it('merges and prunes in time linear in what they are given, keeping 20 places per label', () => {
    const { root } = identicalLabels(1);
    const spans = Array.from({ length: 100_000 }, () => ({ isConnected: true }) as object as Element);
    const mergeAndPrune = (count: number) => {
      const result = new PageScanner([root], labels).result;
      result.found.set('Impressions', spans.slice(0, count));
      const page = new PageLabels();
      const started = performance.now();
      page.merge(result);
      page.merge(result);
      const kept = page.elements('Impressions').length;
      page.prune(new Set(spans));
      return { ms: performance.now() - started, kept, labels: page.labels };
    };
    expect(mergeAndPrune(100_000)).toMatchObject({ kept: maxElementsPerLabel, labels: [] });
    const half = Math.min(mergeAndPrune(50_000).ms, mergeAndPrune(50_000).ms);
    const full = Math.min(mergeAndPrune(100_000).ms, mergeAndPrune(100_000).ms);
    expect(full).toBeLessThan(2.5 * half + 50);
  });
});
