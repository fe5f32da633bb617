// For the quick checks beside the schemas (`isPlainNote`, `isPlainReading`): fast-check builds
// values that are mostly valid and sometimes off in one field, and the check must only take what
// its schema takes, exactly as the schema gives it back.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { z } from '../lib/zod';

export const pick = (...values: unknown[]) => fc.constantFrom(...values);

/** Mostly a value the schema takes, sometimes anything from `odd`. */
export const mostly = <T, U>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<U>, weight = 12) =>
  fc.oneof({ arbitrary: good, weight }, { arbitrary: odd, weight: 1 });

/**
 * Asserts over 20,000 candidates that whatever `check` takes, `schema` takes and gives back
 * unchanged, and that the candidates include over 1,000 taken and over 1,000 turned away.
 */
export function expectSameAnswer(
  check: (value: unknown) => boolean,
  schema: z.ZodMiniType,
  candidate: fc.Arbitrary<unknown>,
): void {
  let taken = 0;
  let refused = 0;
  fc.assert(
    fc.property(candidate, (value) => {
      if (!check(value)) {
        refused += 1;
        return;
      }
      taken += 1;
      const parsed = schema.safeParse(value);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(value);
    }),
    { numRuns: 20_000 },
  );
  expect(taken).toBeGreaterThan(1000);
  expect(refused).toBeGreaterThan(1000);
}
