import { describe, expect, it } from 'vitest';
import { say } from '../i18n';
import { checkInStatus } from './member';
import { DAY_MS } from './record';

const now = Date.UTC(2026, 0, 15, 9);
const status = (lastCheckInAt: number | null, checkInEveryDays = 14) => {
  const result = checkInStatus({ lastCheckInAt, checkInEveryDays }, now);
  return { text: say('en', result.message), due: result.due };
};

describe('checkInStatus', () => {
  it('is due when there was never a check-in, or the rhythm has run out', () => {
    expect(status(null)).toEqual({ text: 'No check-in recorded yet', due: true });
    expect(status(now - 14 * DAY_MS)).toEqual({ text: 'Check-in due', due: true });
    expect(status(now - 20 * DAY_MS)).toEqual({ text: 'Check-in due', due: true });
  });

  it('counts the days left otherwise', () => {
    expect(status(now - 13 * DAY_MS)).toEqual({ text: 'Next check-in tomorrow', due: false });
    expect(status(now - 2 * DAY_MS, 7)).toEqual({ text: 'Next check-in in 5 days', due: false });
  });
});
