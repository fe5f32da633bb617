// Set-up for component tests: each test renders into a clean document. Unit tests that render
// nothing are unaffected.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
