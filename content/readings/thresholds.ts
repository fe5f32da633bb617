// The figures the readings' conditions compare with, named once so every rule uses the same.
import type { ReadingThreshold } from '../schema';

/** A change of 1% or less counts as "about the same": a definition of ours, said in each text that uses it. */
export const aboutTheSame: ReadingThreshold = { value: 1, kind: 'percent' };

/**
 * Facebook's "Very responsive to messages" badge: a response rate of 90% and a response time of
 * 15 minutes, over the last 7 days, as Meta's help page on the badge states it.
 */
export const veryResponsive = {
  responseTime: { value: 15 * 60, kind: 'duration' },
  responseRate: { value: 90, kind: 'percent' },
} satisfies Record<string, ReadingThreshold>;
