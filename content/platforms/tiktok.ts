// TikTok on www.tiktok.com, including TikTok Studio. Recognised by host; its surfaces and URL rules come with the
// context engine (issue 4), so every page here is "TikTok, surface unknown" for now.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

export const tiktok: Platform = {
  id: 'tiktok',
  name: { en: 'TikTok', id: 'TikTok' },
  hosts: [...platformHosts.tiktok],
  surfaces: [],
};
