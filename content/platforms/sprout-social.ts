// Sprout Social on app.sproutsocial.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Sprout Social, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const sproutSocial: Platform = {
  id: 'sprout-social',
  name: { en: 'Sprout Social', id: 'Sprout Social' },
  hosts: [...platformHosts['sprout-social']],
  surfaces: [],
};
