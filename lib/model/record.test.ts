import { describe, expect, it } from 'vitest';
import { sameJson } from './record';

describe('sameJson', () => {
  it('holds two stored values alike whatever the order of their keys', () => {
    expect(sameJson({ a: 1, b: { c: [1, 'x', null] } }, { b: { c: [1, 'x', null] }, a: 1 })).toBe(true);
    expect(sameJson([], [])).toBe(true);
    expect(sameJson('text', 'text')).toBe(true);
  });

  it('tells apart any difference: a value, a key, an order in a list, a kind', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({ a: null }, { a: undefined })).toBe(false);
    expect(sameJson(undefined, { a: 1 })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});
