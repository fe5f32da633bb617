// For the Glossary's component tests: renders a view once it shows the language asked for, read
// from the stored settings as the side panel reads it.
import { render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { expect } from 'vitest';
import { updateSettings } from '@/state/settings';

/** Saves `language` as the setting, renders `ui`, and waits until the document is in it. */
export async function renderIn(language: 'en' | 'id', ui: ReactElement) {
  await updateSettings({ language });
  const result = render(ui);
  await waitFor(() => expect(document.documentElement.lang).toBe(language));
  return result;
}
