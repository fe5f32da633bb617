// What the toolbar badge says for a tab: a mark on supported pages, the number of metrics once
// some are recognised, nothing elsewhere or where the leader paused Sidecoach.

export interface Badge {
  text: string;
}

export function badgeFor(context: { platform: string | null; metrics: string[]; paused?: boolean } | null): Badge {
  if (!context?.platform || context.paused) return { text: '' };
  return { text: context.metrics.length > 0 ? String(context.metrics.length) : '•' };
}
