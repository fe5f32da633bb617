// Meta Ads Manager on adsmanager.facebook.com. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "Meta Ads Manager, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const metaAdsManager: Platform = {
  id: 'meta-ads-manager',
  name: { en: 'Meta Ads Manager', id: 'Meta Ads Manager' },
  hosts: [...platformHosts['meta-ads-manager']],
  surfaces: [],
};
