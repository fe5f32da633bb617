// Every platform, in the order the panel lists them. No parsing here, so a page that needs only
// names (the popup) does not pay for the labels; the library's index.ts checks them.
import { facebook } from './facebook';
import { googleAnalytics } from './google-analytics';
import { hootsuite } from './hootsuite';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { metaAdsManager } from './meta-ads-manager';
import { metaBusinessSuite } from './meta-business-suite';
import { pinterest } from './pinterest';
import { sproutSocial } from './sprout-social';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { x } from './x';
import { youtube } from './youtube';
import type { Platform } from '../schema';

export const platformList: Platform[] = [
  linkedin,
  facebook,
  metaBusinessSuite,
  metaAdsManager,
  instagram,
  threads,
  x,
  tiktok,
  youtube,
  pinterest,
  googleAnalytics,
  sproutSocial,
  hootsuite,
];
