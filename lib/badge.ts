// What the toolbar badge says for a tab: a mark on supported pages, the number of metrics once
// some are recognised, nothing elsewhere.
import type { DetectedContext } from './context';

export interface Badge {
  text: string;
}

export function badgeFor(context: DetectedContext | null): Badge {
  if (!context?.platform) return { text: '' };
  return { text: context.metrics.length > 0 ? String(context.metrics.length) : '•' };
}
