import { describe, expect, it } from 'vitest';
import { coachRoute, formatRoute, parseRoute } from './route';

describe('panel routes', () => {
  it('opens the coach by default and for anything it does not know', () => {
    expect(parseRoute('')).toEqual(coachRoute);
    expect(parseRoute('#nonsense/reach')).toEqual(coachRoute);
  });

  it('reads and writes each view: the Glossary with a metric, a search or neither, Team adding a person', () => {
    for (const route of [
      { view: 'glossary', metric: null, query: '' },
      { view: 'glossary', metric: 'engagement-rate', query: '' },
      { view: 'glossary', metric: null, query: 'tingkat interaksi & CTR' },
      { view: 'notes', metric: null, query: '' },
      { view: 'team', metric: null, query: '' },
      { view: 'team', metric: null, query: '', addPerson: true },
      { view: 'coach', metric: 'reach', query: '' },
      coachRoute,
    ] as const) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
  });

  it('ignores a metric id that could not be one, and cuts a long search', () => {
    expect(parseRoute('#glossary/<img src=x>')).toEqual({ view: 'glossary', metric: null, query: '' });
    expect(parseRoute('#coach/<img src=x>')).toEqual(coachRoute);
    expect(parseRoute(`#glossary?q=${'a'.repeat(500)}`).query).toHaveLength(200);
  });
});
