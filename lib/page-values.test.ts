// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLabelMatcher, PageScanner } from './page-scan';
import { isChange, isFigure, readValue } from './page-values';
import { parseChange, parseMetricValue } from './values';

const labels = ['Impressions', 'Reactions', 'Members reached', 'Jangkauan', 'Watch time (hours)', 'Engagement rate'];
const match = createLabelMatcher(labels);
const isLabel = (text: string) => match(text) !== null;

/** Scans the page as the content script does and reads the value beside every place a label shows. */
function valuesOf(html?: string) {
  if (html !== undefined) document.body.innerHTML = html;
  const scanner = new PageScanner([document.body], labels);
  while (!scanner.step(1000));
  return [...scanner.result.found].flatMap(([label, places]) =>
    places.flatMap((place) => {
      const shown = readValue(place, isLabel);
      return shown ? [{ label, ...shown }] : [];
    }),
  );
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('values in tiles', () => {
  it('reads the value and change of each tile', () => {
    expect(
      valuesOf(`
        <section class="tiles">
          <div class="tile"><span class="label">Impressions</span><span class="value">48,210</span>
            <span class="change">▲ 12.4% vs previous period</span></div>
          <div class="tile"><span class="label">Reactions</span><span class="value">1.874</span></div>
        </section>`),
    ).toEqual([
      { label: 'Impressions', where: 'tile', text: '48,210', change: '▲ 12.4% vs previous period' },
      { label: 'Reactions', where: 'tile', text: '1.874', change: null },
    ]);
  });

  it('reads a value shown before its label, deeper in the tile, or split over elements', () => {
    expect(
      valuesOf(`
        <div class="tile"><b>18,642</b><span>Impressions</span></div>
        <div class="card"><div class="head"><span>Reactions</span><i>ⓘ</i></div>
          <div class="body"><span class="big">12,4 <small>rb</small></span><span>naik 5%</span></div></div>
        <div class="kpi"><span>Jangkauan</span> 5,6 jt</div>`),
    ).toEqual([
      { label: 'Impressions', where: 'tile', text: '18,642', change: null },
      { label: 'Reactions', where: 'tile', text: '12,4 rb', change: 'naik 5%' },
      { label: 'Jangkauan', where: 'tile', text: '5,6 jt', change: null },
    ]);
  });

  it('reads a change split from its arrow, and a value written just before its change', () => {
    expect(
      valuesOf(`
        <div class="tile"><span>Impressions</span><b>48,210</b><span class="change"><i>▲</i>12.4%</span></div>
        <div class="tile"><span>Engagement rate</span><b>5,9% <i>▼ 0,4%</i></b></div>`),
    ).toEqual([
      { label: 'Impressions', where: 'tile', text: '48,210', change: '▲12.4%' },
      { label: 'Engagement rate', where: 'tile', text: '5,9%', change: '▼ 0,4%' },
    ]);
  });

  it('reads a term and its description in a definition list', () => {
    expect(
      valuesOf(`<dl class="summary">
        <dt>Impressions</dt><dd>48,210</dd><dd class="delta">+12.4%</dd>
        <dt>Reactions</dt><dd>—</dd>
        <dt>Jangkauan</dt><dd>21.936</dd></dl>`),
    ).toEqual([
      { label: 'Impressions', where: 'tile', text: '48,210', change: '+12.4%' },
      { label: 'Jangkauan', where: 'tile', text: '21.936', change: null },
    ]);
  });

  it('reads a change from an aria-label, and the figure inside it as part of the change', () => {
    expect(
      valuesOf(`
        <div class="tile"><span>Impressions</span><span>48,210</span>
          <span class="trend" aria-label="Up 12.4% from previous period">12.4%</span></div>
        <div class="tile"><span>Reactions</span><span>1,874</span>
          <svg-icon role="img" aria-label="turun 3,1%"></svg-icon><span>3,1%</span></div>`),
    ).toEqual([
      { label: 'Impressions', where: 'tile', text: '48,210', change: 'Up 12.4% from previous period' },
      { label: 'Reactions', where: 'tile', text: '1,874', change: 'turun 3,1%' },
    ]);
  });

  it('takes a signed figure beside an unsigned one as its change', () => {
    expect(valuesOf('<div class="tile"><span>Engagement rate</span><b>5.9%</b><i>-0.4%</i></div>')).toEqual([
      { label: 'Engagement rate', where: 'tile', text: '5.9%', change: '-0.4%' },
    ]);
  });

  it('reads no value where none is shown, nor one from the next tile', () => {
    expect(
      valuesOf(`
        <section class="tiles">
          <div class="tile"><span>Impressions</span><span class="value">—</span><span>No data yet</span></div>
          <div class="tile"><span>Total revenue</span><span class="value">Rp 12.500.000</span></div>
        </section>
        <div><span>Reactions</span></div>`),
    ).toEqual([]);
  });

  it('reads no value from beyond a menu item', () => {
    expect(
      valuesOf(`
        <div class="shell">
          <nav><ul><li><a href="#r">Reactions</a></li><li><a href="#v">Visitors</a></li></ul></nav>
          <p>48,210</p>
        </div>`),
    ).toEqual([]);
  });

  it('reads none where two figures could be the value', () => {
    expect(
      valuesOf(`
        <div class="tile"><span>Impressions</span><span>48,210</span><span>51,004</span></div>
        <div class="tile"><span>Reactions</span><span>+1,874</span><span>+12%</span></div>
        <p><span>Jangkauan</span> 5,6 jt 4,1 jt</p>`),
    ).toEqual([]);
  });

  it('reads none from a tile that shows two labels', () => {
    expect(valuesOf('<div class="tile"><span>Impressions</span><span>Reactions</span><b>48,210</b></div>')).toEqual([]);
  });

  it('never reads a value from an input, an editor, or what the page hides', () => {
    expect(
      valuesOf(`
        <div class="tile"><span>Impressions</span><input value="48,210"></div>
        <div class="tile"><span>Reactions</span><div contenteditable="true">1,874</div></div>
        <div class="tile"><span>Jangkauan</span><span hidden>5,6 jt</span></div>
        <div class="tile"><span>Members reached</span><textarea>21,936</textarea></div>`),
    ).toEqual([]);
  });

  it('never reads an editable value, but still reads the figure beside it', () => {
    expect(
      valuesOf(`<div class="tile"><span>Impressions</span><b>48,210</b>
        <div role="textbox">99,999</div><div contenteditable>77,777</div></div>`),
    ).toEqual([{ label: 'Impressions', where: 'tile', text: '48,210', change: null }]);
  });

  it('reads no further than a few containers up, nor over many nodes', () => {
    const filler = Array.from({ length: 80 }, (_, index) => `<i>note ${index}</i>`).join('');
    expect(
      valuesOf(`<div><div><div><div><div><span>Impressions</span></div></div></div></div><b>48,210</b></div>`),
    ).toEqual([]);
    expect(valuesOf(`<div><span>Impressions</span>${filler}<b>48,210</b></div>`)).toEqual([]);
  });
});

describe('values in tables', () => {
  it('reads a column header’s value from the first data row', () => {
    expect(
      valuesOf(`<table>
        <thead><tr><th>Post</th><th>Impressions</th><th><button><span>Reactions</span></button></th></tr></thead>
        <tbody>
          <tr><td>Five ways to brew kopi</td><td><span>6,104</span> <span>▲ 12%</span></td><td>210</td></tr>
          <tr><td>Behind the roast</td><td>6,342</td><td>198</td></tr>
        </tbody></table>`),
    ).toEqual([
      { label: 'Impressions', where: 'table', text: '6,104', change: '▲ 12%' },
      { label: 'Reactions', where: 'table', text: '210', change: null },
    ]);
  });

  it('counts spanned columns and skips a second header row', () => {
    expect(
      valuesOf(`<table>
        <tr><th colspan="2">Post</th><th>Impressions</th></tr>
        <tr><th>Title</th><th>Date</th><th>count</th></tr>
        <tr><td>Gayo Arabica</td><td>Nov 18</td><td>5,820</td></tr></table>`),
    ).toEqual([{ label: 'Impressions', where: 'table', text: '5,820', change: null }]);
  });

  it('reads a row header’s value from the rest of its row', () => {
    expect(
      valuesOf(`<table><tbody>
        <tr><th scope="row">Impressions</th><td>48,210</td><td>▼ 3,1%</td></tr>
        <tr><td>Jangkauan</td><td>—</td></tr>
        <tr><th scope="row">Reactions</th><td>1,874</td><td>1,702</td></tr>
      </tbody></table>`),
    ).toEqual([{ label: 'Impressions', where: 'row', text: '48,210', change: '▼ 3,1%' }]);
  });

  it('reads ARIA grids like tables', () => {
    expect(
      valuesOf(`<div role="grid">
        <div role="row"><span role="columnheader">Campaign</span><span role="columnheader">Impressions</span></div>
        <div role="row"><span role="gridcell">Launch</span><span role="gridcell">12.4K</span></div>
        <div role="row"><span role="rowheader">Reactions</span><span role="gridcell">881</span></div>
      </div>`),
    ).toEqual([
      { label: 'Impressions', where: 'table', text: '12.4K', change: null },
      { label: 'Reactions', where: 'row', text: '881', change: null },
    ]);
  });

  it('keeps a label shown in a tile and in a table, once per place', () => {
    expect(
      valuesOf(`
        <div class="tile"><span>Impressions</span><b>48,210</b></div>
        <table><tr><th>Impressions</th></tr><tr><td>6,104</td></tr></table>`),
    ).toEqual([
      { label: 'Impressions', where: 'tile', text: '48,210', change: null },
      { label: 'Impressions', where: 'table', text: '6,104', change: null },
    ]);
  });
});

describe('values in shadow roots', () => {
  function tileIn(mode: ShadowRootMode) {
    const host = document.createElement('kn-metric-tile');
    document.body.append(host);
    host.attachShadow({ mode }).innerHTML =
      '<div class="tile"><span>Reactions</span><span>1,874</span><span>▲ 5.6%</span></div>';
  }

  it('reads a tile inside an open shadow root', () => {
    document.body.innerHTML = '<div class="tile"><span>Impressions</span><b>48,210</b></div>';
    tileIn('open');
    expect(valuesOf()).toEqual([
      { label: 'Impressions', where: 'tile', text: '48,210', change: null },
      { label: 'Reactions', where: 'tile', text: '1,874', change: '▲ 5.6%' },
    ]);
  });

  it('never reads inside a closed shadow root', () => {
    tileIn('closed');
    expect(valuesOf()).toEqual([]);
  });

  it('never reads a shadow root inside an editable or hidden part of the page', () => {
    document.body.innerHTML = '<div contenteditable="true" id="editor"></div><div hidden id="hidden"></div>';
    for (const id of ['editor', 'hidden']) {
      const host = document.createElement('kn-metric-tile');
      document.getElementById(id)!.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML =
        '<div class="tile"><span>Reactions</span><span>1,874</span></div>';
    }
    expect(valuesOf()).toEqual([]);
  });

  it('never reads an editable region inside an open shadow root', () => {
    const host = document.createElement('kn-metric-tile');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `
      <div class="tile"><span>Reactions</span><span contenteditable="true">1,874</span></div>
      <div contenteditable="true"><span>Impressions</span><b>48,210</b></div>`;
    expect(valuesOf()).toEqual([]);
  });
});

describe('telling figures from other text', () => {
  // The shapes lib/values.test.ts reads, in both languages: the patterns agree with the parser.
  const figures = [
    '48,210', '48.210', '1,234.56', '1.234,56', '1.250.000', '4,79', '212', '0', '4.79%', '4,79 %', '−2.2%',
    '-2,2%', '12.4K', '1.2M', '3M', '12,4 rb', '12,4 rb.', '12,4 ribu', '1,2 jt', '1,2 juta', '3 M', '3 miliar',
    'Rp 1.250.000', 'Rp1.250.000', 'Rp.1.250.000', 'Rp 1,2 jt', 'IDR 1,250,000', '1.250.000 IDR', '$1,234.56',
    'US$1.234,56', 'USD 12.50', '$2.3m', '€12,50', '12,50 €', 'S$40', 'RM 1,200', '3:45', '0:07', '1:02:03',
    '1m 05s', '1h 23m 45s', '1h23m45s', '45 min', '2 hours', '30s', '2 j 3 mnt', '1 jam 5 menit', '12 dtk',
    '1,5 jam', '1 hari 2 jam', 'Rp\u00a01.250.000', '48\u202f210', '12,4\u00a0rb', '  48,210\n', '\u200e48,210\u200f',
    '+212', '+1,046',
  ]; // prettier-ignore
  const others = [
    '—', '–', '-', 'N/A', 'n/a', '', 'Impressions', 'Tidak ada data', '48,210 12%', '48 210', '48,210 impressions',
    'Sep 1 – Sep 28, 2026', '12% of 48,210', 'Rp 1.000 IDR', '$12%', '12K%', '1:2', '1:02:03:04', 'Nov 24',
    'Last 28 days', '▲ 12.4%', 'naik 5%', 'vs previous period', 'Posted by Kopi Nusantara',
  ]; // prettier-ignore

  it.each(figures)('takes %j for a figure, as the parser reads it', (text) => {
    expect(isFigure(text)).toBe(true);
    expect([parseMetricValue(text, 'en'), parseMetricValue(text, 'id')]).not.toEqual([null, null]);
  });

  it.each(others)('does not take %j for a figure, and the parser agrees', (text) => {
    expect(isFigure(text)).toBe(false);
    expect([parseMetricValue(text, 'en'), parseMetricValue(text, 'id')]).toEqual([null, null]);
  });

  const changes = [
    '▲ 12.4%', '▲12,4%', '12.4% ▲', '-2.2%', '+212', '↓ 3,1%', 'naik 5%', 'turun 5%', 'Meningkat 3%',
    'menurun sebesar 3%', 'Up 12.4% from previous period', 'Down 2.2% compared to last month', 'increased by 5%',
    'Change: +4.1%', '±0%', 'No change', 'Tidak ada perubahan', '▲ 12.4% vs previous period',
  ]; // prettier-ignore

  it.each(changes)('takes %j for a change, as the parser reads it', (text) => {
    expect(isChange(text)).toBe(true);
    expect(parseChange(text, 'id') ?? parseChange(text, 'en')).not.toBeNull();
  });

  it.each(['12.4%', '—', 'Nov 24 – Nov 30', 'vs previous period', 'Up a lot', '2026-09-01'])(
    'does not take %j for a change',
    (text) => {
      expect(isChange(text)).toBe(false);
    },
  );
});
