import { describe, expect, it } from 'vitest';
import { pinnedTabIdFrom } from './use-tab-context';

describe('pinnedTabIdFrom', () => {
  it.each([
    ['?tabId=12', 12],
    ['?foo=1&tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=1.5', null],
    ['?tabId=12abc', null],
  ])('%j gives %j', (search, expected) => {
    expect(pinnedTabIdFrom(search)).toBe(expected);
  });
});
