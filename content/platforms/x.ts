// X on x.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "X, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const x: Platform = {
  id: 'x',
  name: { en: 'X', id: 'X' },
  hosts: [...platformHosts.x],
  surfaces: [],
};
