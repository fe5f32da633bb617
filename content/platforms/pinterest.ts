// Pinterest on www.pinterest.com, id.pinterest.com and analytics.pinterest.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Pinterest, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const pinterest: Platform = {
  id: 'pinterest',
  name: { en: 'Pinterest', id: 'Pinterest' },
  hosts: [...platformHosts.pinterest],
  surfaces: [],
};
