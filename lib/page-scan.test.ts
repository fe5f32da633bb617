// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createLabelMatcher, PageScanner } from './page-scan';

const labels = ['Impressions', 'Reactions', 'Members reached', 'Jangkauan', 'Watch time (hours)'];

function scan(html: string, budget = 1000) {
  document.body.innerHTML = html;
  const scanner = new PageScanner(document.body, labels);
  while (!scanner.step(budget));
  return scanner.result;
}

beforeEach(() => {
  document.body.innerHTML = '';
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
  });

  it('does not match a label inside a sentence', () => {
    expect(match('Our impressions of the launch were good')).toBeNull();
    expect(match('Impressionsxyz')).toBeNull();
  });
});

describe('page scanning', () => {
  it('finds allow-listed labels in page order, once each, with the date range', () => {
    const result = scan(`
      <h1>Page analytics</h1><span>Last 28 days</span>
      <div><span>Reactions</span><b>12</b></div>
      <div><span>Impressions</span><b>1,204</b></div>
      <div><span>Reactions</span></div>
      <p>Something else entirely</p>`);
    expect(result.labels).toEqual(['Reactions', 'Impressions']);
    expect(result.dateRange).toBe('Last 28 days');
    expect(result.elements.get('Impressions')?.textContent).toBe('Impressions');
  });

  it('never reads what people type, or what the page hides', () => {
    const result = scan(`
      <textarea>Impressions</textarea>
      <input value="Reactions">
      <div contenteditable="true"><p>Impressions</p></div>
      <div role="textbox"><span>Members reached</span></div>
      <div hidden><span>Jangkauan</span></div>
      <div aria-hidden="true"><span>Watch time (hours)</span></div>
      <script>var a = "Impressions"</script>`);
    expect(result.labels).toEqual([]);
  });

  it('reads an element marked as not editable', () => {
    expect(scan('<div contenteditable="false"><span>Impressions</span></div>').labels).toEqual(['Impressions']);
  });

  it('works through a page in slices when the budget runs out', () => {
    const rows = Array.from({ length: 3000 }, (_, index) => `<li>Row ${index}</li>`).join('');
    document.body.innerHTML = `<ul>${rows}</ul><span>Impressions</span>`;
    const scanner = new PageScanner(document.body, labels);
    let clock = 0;
    // A clock that moves one millisecond per reading: each slice stops after its budget.
    const slow = () => clock++;
    let done = false;
    while (!done) done = scanner.step(2, slow);
    expect(scanner.result.slices).toBeGreaterThan(1);
    expect(scanner.result.labels).toEqual(['Impressions']);
    expect(scanner.result.nodes).toBeGreaterThanOrEqual(3000);
  });

  it('copes with a very deep tree and huge text', () => {
    let html = '<span>Impressions</span>';
    for (let depth = 0; depth < 5000; depth += 1) html = `<div>${html}</div>`;
    const result = scan(`${html}<p>${'Reactions '.repeat(100_000)}</p>`);
    expect(result.labels).toEqual(['Impressions']);
  });
});
