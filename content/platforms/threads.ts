// Threads on threads.com and threads.net. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Threads, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const threads: Platform = {
  id: 'threads',
  name: { en: 'Threads', id: 'Threads' },
  hosts: [...platformHosts.threads],
  surfaces: [],
};
