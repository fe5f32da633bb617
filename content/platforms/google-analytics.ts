// Google Analytics 4 on analytics.google.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Google Analytics 4, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const googleAnalytics: Platform = {
  id: 'google-analytics',
  name: { en: 'Google Analytics 4', id: 'Google Analytics 4' },
  hosts: [...platformHosts['google-analytics']],
  surfaces: [],
};
