// Facebook on www.facebook.com, web.facebook.com and m.facebook.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Facebook, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const facebook: Platform = {
  id: 'facebook',
  name: { en: 'Facebook', id: 'Facebook' },
  hosts: [...platformHosts.facebook],
  surfaces: [],
};
