import { describe, expect, it } from 'vitest';
import { library } from '../content';
import { detection } from '../content/detection';
import { createLabelIndex } from './labels';
import { libraryInLanguage, splitExplainers } from './library-language';

const index = createLabelIndex([
  { id: 'reach', labels: { linkedin: ['Members reached'], x: ['Reach'] } },
  { id: 'impressions', labels: { linkedin: ['Impressions', 'Tayangan'] } },
  { id: 'clicks', labels: { linkedin: ['Clicks'] } },
]);

describe('the label index', () => {
  it("lists a platform's labels in the library's order, and none for a platform it does not know", () => {
    expect(index.labelsFor('linkedin')).toEqual(['Members reached', 'Impressions', 'Tayangan', 'Clicks']);
    expect(index.labelsFor('x')).toEqual(['Reach']);
    expect(index.labelsFor('tiktok')).toEqual([]);
  });

  it('names the metrics of exact labels, folded, once each, in the order of the list', () => {
    expect(index.metricsForLabels('linkedin', ['clicks', ' TAYANGAN ', 'Impressions', 'Members  reached'])).toEqual([
      'reach',
      'impressions',
      'clicks',
    ]);
    // Another platform's label, or a label inside longer text, names nothing.
    expect(index.metricsForLabels('linkedin', ['Reach', 'Impressions today'])).toEqual([]);
  });

  it('finds labels as whole words in longer text', () => {
    expect(index.findMetrics('linkedin', ['Total impressions (organic)', 'Clickstream'])).toEqual(['impressions']);
    expect(index.findMetrics('linkedin', [])).toEqual([]);
  });

  it("gives the side panel's index, built from the library file it loads, the background's answers", () => {
    // What the build writes to library/id.json, as the panel reads it back.
    const shipped = JSON.parse(
      JSON.stringify(splitExplainers(libraryInLanguage(library, 'id')).core),
    ) as typeof library;
    const panel = createLabelIndex(shipped.labels);
    const background = createLabelIndex(detection.metricLabels);
    for (const platform of library.platforms) {
      const labels = background.labelsFor(platform.id);
      expect(panel.labelsFor(platform.id)).toEqual(labels);
      expect(panel.metricsForLabels(platform.id, labels)).toEqual(background.metricsForLabels(platform.id, labels));
    }
  });
});
