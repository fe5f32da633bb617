import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';

describe('badgeFor', () => {
  it('is empty off supported platforms', () => {
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor({ platform: null, metrics: [] }).text).toBe('');
  });

  it('marks a supported page, and counts the metrics once there are some', () => {
    expect(badgeFor({ platform: 'linkedin', metrics: [] }).text).toBe('•');
    expect(badgeFor({ platform: 'linkedin', metrics: ['impressions', 'clicks'] }).text).toBe('2');
  });

  it('says nothing where the leader paused Sidecoach', () => {
    expect(badgeFor({ platform: 'linkedin', metrics: [], paused: true }).text).toBe('');
  });
});
