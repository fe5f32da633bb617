// "What counts as a view": the rule each platform uses before it counts a view, by surface, for
// the Glossary's table. Every row cites the pages it rests on; where a rule could not be read on
// a platform's own page, or pages disagree, the row's note says so.
import { reachAndVideoSources as src } from './metrics/reach-and-video';
import type { ViewCountRow } from './schema';

export const viewCounts: ViewCountRow[] = [
  {
    id: 'youtube-public-views',
    platform: 'youtube',
    surface: { en: 'Public view count, all formats', id: 'Jumlah penayangan publik, semua format' },
    threshold: {
      en: 'From the start of playback, autoplay included (announced for long videos and live streams in August 2026).',
      id: 'Sejak video mulai diputar, termasuk putar otomatis (diumumkan untuk video panjang dan live stream pada Agustus 2026).',
    },
    kind: 'first-frame',
    sources: [src.ytRevisions, src.ytApiMetrics],
  },
  {
    id: 'youtube-shorts',
    platform: 'youtube',
    surface: { en: 'Shorts', id: 'Shorts' },
    threshold: {
      en: 'Every start and every replay, with no minimum watch time, since 31 March 2025.',
      id: 'Setiap kali mulai diputar dan setiap kali diputar ulang, tanpa durasi tonton minimum, sejak 31 Maret 2025.',
    },
    kind: 'play-start',
    sources: [src.ytRevisions],
  },
  {
    id: 'youtube-engaged-views',
    platform: 'youtube',
    surface: { en: 'Engaged views (earnings, advanced mode)', id: '"Engaged views" (pendapatan, mode lanjutan)' },
    threshold: {
      en: 'The older, stricter count: a view that lasted past its first moments.',
      id: 'Hitungan lama yang lebih ketat: penayangan yang berlangsung lewat dari detik-detik awalnya.',
    },
    kind: 'engaged-view',
    note: {
      en: "YouTube's English and translated pages word the threshold differently (past the first frame, or past the first seconds).",
      id: 'Halaman YouTube berbahasa Inggris dan versi terjemahannya merumuskan batasnya secara berbeda (lewat dari frame pertama, atau lewat dari detik-detik awal).',
    },
    sources: [src.ytApiMetrics, src.ytRevisions],
  },
  {
    id: 'facebook-page-video',
    platform: 'facebook',
    surface: { en: 'Page videos (video insights)', id: 'Video Halaman (insight video)' },
    threshold: {
      en: '3 seconds of play, or the end of the video if that comes first.',
      id: 'Diputar 3 detik, atau sampai akhir video kalau itu lebih dulu terjadi.',
    },
    kind: '3s',
    sources: [src.fbVideoInsights],
  },
  {
    id: 'facebook-views',
    platform: 'facebook',
    surface: {
      en: 'Views, every format (app and Meta Business Suite)',
      id: 'Tayangan, semua format (aplikasi dan Meta Business Suite)',
    },
    threshold: {
      en: 'Each play of a reel or video, and each time a photo, text post or story appears on screen, repeats included.',
      id: 'Setiap kali reel atau video diputar, dan setiap kali foto, posting teks, atau story muncul di layar, termasuk yang berulang.',
    },
    kind: 'play-start',
    note: {
      en: 'The in-app rule comes from press reports of Meta\'s November 2024 announcement; Meta\'s API adopted "views" on 15 November 2025.',
      id: 'Aturan di aplikasi berasal dari pemberitaan media atas pengumuman Meta pada November 2024; API Meta memakai "views" sejak 15 November 2025.',
    },
    sources: [src.fbBlog],
  },
  {
    id: 'instagram-views',
    platform: 'instagram',
    surface: { en: 'Views, every format', id: 'Tayangan, semua format' },
    threshold: {
      en: 'Each time a reel starts or replays, and each time any other post or story appears on screen.',
      id: 'Setiap kali reel mulai diputar atau diputar ulang, dan setiap kali posting atau story lain muncul di layar.',
    },
    kind: 'play-start',
    note: {
      en: "The in-app rule comes from press reports of Instagram's August 2024 announcement; Instagram's API counts organic views only.",
      id: 'Aturan di aplikasi berasal dari pemberitaan media atas pengumuman Instagram pada Agustus 2024; API Instagram hanya menghitung tayangan organik.',
    },
    sources: [src.igMediaInsights],
  },
  {
    id: 'meta-ads-two-second',
    platform: 'meta-ads-manager',
    surface: { en: '2-second continuous video views (ads)', id: '"2-second continuous video views" (iklan)' },
    threshold: {
      en: 'Two continuous seconds of play; most with at least half of the video on screen, unless an overlay covers part of it.',
      id: 'Diputar dua detik tanpa putus; sebagian besar dengan minimal separuh video terlihat, kecuali ada lapisan yang menutupi sebagian video.',
    },
    kind: '2s',
    note: {
      en: "Read from a stored copy of Meta's help page, not on facebook.com.",
      id: 'Dibaca dari salinan tersimpan halaman bantuan Meta, bukan di facebook.com.',
    },
    sources: [src.metaTwoSecond],
  },
  {
    id: 'meta-ads-thruplay',
    platform: 'meta-ads-manager',
    surface: { en: 'ThruPlays (ads)', id: 'ThruPlays (iklan)' },
    threshold: {
      en: 'Played to the end for videos of 15 seconds or less, or for at least 15 seconds of longer ones; 97% of the length counts as the end.',
      id: 'Diputar sampai habis untuk video berdurasi 15 detik atau kurang, atau minimal 15 detik untuk video yang lebih panjang; 97% durasi dihitung sebagai akhir.',
    },
    kind: '15s-thruplay',
    note: {
      en: "Read from a stored copy of Meta's help page, not on facebook.com.",
      id: 'Dibaca dari salinan tersimpan halaman bantuan Meta, bukan di facebook.com.',
    },
    sources: [src.metaThruPlay],
  },
  {
    id: 'x-video',
    platform: 'x',
    surface: { en: 'Video in posts and ads', id: 'Video di posting dan iklan' },
    threshold: {
      en: '2 seconds of play with at least half of the video in view, or a click to watch full screen or to unmute, whichever comes first.',
      id: '2 detik pemutaran dengan minimal separuh video terlihat, atau klik untuk menonton layar penuh atau menyalakan suara, mana yang lebih dulu.',
    },
    kind: '2s-50pct',
    note: {
      en: "Read in an answer by X on its developer forum, quoting X's business help page, which we could not read itself.",
      id: 'Dibaca dari jawaban X di forum developer-nya, yang mengutip halaman bantuan bisnis X, yang tidak bisa kami baca langsung.',
    },
    sources: [src.xVideoViewForum],
  },
  {
    id: 'linkedin-video-ads',
    platform: 'linkedin',
    surface: { en: 'Video ads (Campaign Manager)', id: 'Iklan video (Campaign Manager)' },
    threshold: {
      en: 'Two or more continuous seconds of play with at least half of the video on screen.',
      id: 'Pemutaran dua detik atau lebih tanpa putus dengan minimal separuh video terlihat di layar.',
    },
    kind: '2s-50pct',
    note: {
      en: 'Some LinkedIn training material adds "or a click on the call to action"; the help page we read, from a stored copy, does not.',
      id: 'Sebagian materi pelatihan LinkedIn menambahkan "atau klik pada tombol ajakan"; halaman bantuan yang kami baca, dari salinan tersimpan, tidak menyebutnya.',
    },
    sources: [src.liVideoAdMetrics],
  },
  {
    id: 'linkedin-page-video',
    platform: 'linkedin',
    surface: { en: 'Page video posts (API)', id: 'Posting video Halaman (API)' },
    threshold: {
      en: 'At least three seconds of play; an auto-looping video counts once when it loads.',
      id: 'Diputar minimal tiga detik; video yang berputar otomatis dihitung sekali saat dimuat.',
    },
    kind: '3s',
    sources: [src.liVideoApi],
  },
  {
    id: 'linkedin-member-video',
    platform: 'linkedin',
    surface: { en: "Members' video posts (API)", id: 'Posting video anggota (API)' },
    threshold: {
      en: 'At least two seconds of play; an auto-looping video counts once when it loads.',
      id: 'Diputar minimal dua detik; video yang berputar otomatis dihitung sekali saat dimuat.',
    },
    kind: '2s',
    sources: [src.liMemberVideo],
  },
  {
    id: 'pinterest-video-pins',
    platform: 'pinterest',
    surface: { en: 'Video Pins', id: 'Pin video' },
    threshold: {
      en: 'At least 2 seconds with half of the video in view; views to 95% of the length are reported separately.',
      id: 'Minimal 2 detik dengan separuh video terlihat; tayangan sampai 95% durasi dilaporkan terpisah.',
    },
    kind: '2s-50pct',
    note: {
      en: 'Pinterest also reports 10-second video views; we found no Pinterest page defining them.',
      id: 'Pinterest juga melaporkan "10-second video views"; kami tidak menemukan halaman Pinterest yang mendefinisikannya.',
    },
    sources: [src.pinterestPinStats],
  },
  {
    id: 'tiktok-ads-views',
    platform: 'tiktok',
    surface: { en: 'Video views (ads)', id: 'Tayangan video (iklan)' },
    threshold: {
      en: 'Each start of play, once per impression; replays are left out.',
      id: 'Setiap kali video mulai diputar, sekali per impresi; pemutaran ulang tidak dihitung.',
    },
    kind: 'play-start',
    sources: [src.tiktokVideoPlay],
  },
  {
    id: 'tiktok-ads-two-second',
    platform: 'tiktok',
    surface: { en: '2-second video views (ads)', id: '"2-second video views" (iklan)' },
    threshold: {
      en: 'At least 2 seconds of play, once per impression; replays are left out.',
      id: 'Diputar minimal 2 detik, sekali per impresi; pemutaran ulang tidak dihitung.',
    },
    kind: '2s',
    sources: [src.tiktokVideoPlay],
  },
  {
    id: 'tiktok-ads-six-second',
    platform: 'tiktok',
    surface: { en: '6-second video views (ads)', id: '"6-second video views" (iklan)' },
    threshold: {
      en: 'At least 6 seconds of play, once per impression; replays are left out.',
      id: 'Diputar minimal 6 detik, sekali per impresi; pemutaran ulang tidak dihitung.',
    },
    kind: 'other',
    sources: [src.tiktokVideoPlay],
  },
  {
    id: 'tiktok-posts',
    platform: 'tiktok',
    surface: { en: 'Post views (organic)', id: 'Tayangan posting (organik)' },
    threshold: {
      en: "TikTok's creator guide gives no minimum watch time for a view.",
      id: 'Panduan kreator TikTok tidak menyebut durasi tonton minimum untuk satu tayangan.',
    },
    kind: 'other',
    note: {
      en: 'Each start, replays included, is often said to count; we could not confirm it on a TikTok page.',
      id: 'Sering disebut bahwa setiap kali video mulai diputar, termasuk pemutaran ulang, ikut dihitung; kami tidak bisa memastikannya di halaman TikTok.',
    },
    sources: [src.tiktokAnalytics],
  },
  {
    id: 'threads-views',
    platform: 'threads',
    surface: { en: 'Views (API)', id: 'Tayangan (API)' },
    threshold: {
      en: 'Each time a post is played or displayed; Meta marks the metric as still in development.',
      id: 'Setiap kali posting diputar atau ditampilkan; Meta menandai metrik ini masih dalam pengembangan.',
    },
    kind: 'play-start',
    sources: [src.threadsInsights],
  },
];
