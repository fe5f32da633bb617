// Words that mean different things in different Indonesian interfaces. The Glossary shows each
// note on the pages and search results of the metrics it names, so a leader reading "Tayangan"
// knows which platform's meaning is on screen.
import type { TermNote } from './schema';

export const termNotes: TermNote[] = [
  {
    id: 'tayangan',
    terms: ['Tayangan', 'Penayangan'],
    metrics: ['views', 'impressions', 'video-views', 'impressions-ctr', 'engagement-rate-by-impressions'],
    note: {
      en: '"Tayangan" does not mean the same in every Indonesian interface. Meta\'s apps and Meta Business Suite use it for views, while YouTube Studio uses it for impressions (thumbnails shown) and calls views "Penayangan". Check which platform a "Tayangan" figure comes from before you compare it.',
      id: '"Tayangan" tidak bermakna sama di semua antarmuka berbahasa Indonesia. Aplikasi Meta dan Meta Business Suite memakainya untuk tayangan dalam arti "views", sedangkan YouTube Studio memakainya untuk impresi ("impressions", yaitu thumbnail yang ditampilkan) dan menyebut "views" sebagai "Penayangan". Cek dulu dari platform mana angka "Tayangan" berasal sebelum membandingkannya.',
    },
  },
];
