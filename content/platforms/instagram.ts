// Instagram on www.instagram.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Instagram, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const instagram: Platform = {
  id: 'instagram',
  name: { en: 'Instagram', id: 'Instagram' },
  hosts: [...platformHosts.instagram],
  surfaces: [],
};
