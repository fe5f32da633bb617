// Hootsuite on hootsuite.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Hootsuite, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const hootsuite: Platform = {
  id: 'hootsuite',
  name: { en: 'Hootsuite', id: 'Hootsuite' },
  hosts: [...platformHosts.hootsuite],
  surfaces: [],
};
