// Meta Business Suite on business.facebook.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Meta Business Suite, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const metaBusinessSuite: Platform = {
  id: 'meta-business-suite',
  name: { en: 'Meta Business Suite', id: 'Meta Business Suite' },
  hosts: [...platformHosts['meta-business-suite']],
  surfaces: [],
};
