// Metric explainers, group "reach and video": how far content travels and how long people watch.
// Every definition comes from the platform's own help or developer page, read on `checked`.
import type { Metric, Source } from '../schema';

const checked = '2026-11-26';
/** Pages read, or read again, for the second audit of the library. */
const checkedAgain = '2026-12-01';

const src = {
  ytReach: {
    title: 'YouTube Help: Measure your video reach on YouTube',
    url: 'https://support.google.com/youtube/answer/7577430',
    checked,
  },
  ytImpressions: {
    title: 'YouTube Help: Check your impressions and click-through rate',
    url: 'https://support.google.com/youtube/answer/9314486',
    checked,
  },
  ytRetention: {
    title: 'YouTube Help: Measure key moments for audience retention',
    url: 'https://support.google.com/youtube/answer/9314415',
    checked,
  },
  ytUnique: {
    title: 'YouTube Help: Understand your unique viewers data',
    url: 'https://support.google.com/youtube/answer/7577916',
    checked,
  },
  ytAudienceTab: {
    title: 'YouTube Help: The Audience tab in YouTube Analytics',
    url: 'https://support.google.com/youtube/answer/9314416',
    checked,
  },
  ytTraffic: {
    title: 'YouTube Help: Traffic sources report',
    url: 'https://support.google.com/youtube/answer/1714921',
    checked,
  },
  ytApiMetrics: {
    title: 'YouTube Analytics API: Metrics',
    url: 'https://developers.google.com/youtube/analytics/metrics',
    checked,
  },
  ytRevisions: {
    title: 'YouTube Reporting and Analytics APIs: Revision history',
    url: 'https://developers.google.com/youtube/analytics/revision_history',
    checked,
  },
  igHelpInsights: {
    title: 'Instagram Help Center: What are Instagram Insights?',
    url: 'https://help.instagram.com/788388387972460',
    checked,
  },
  igMediaInsights: {
    title: 'Instagram Platform: Instagram Media Insights',
    url: 'https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights',
    checked,
  },
  fbPageInsights: {
    title: 'Meta Graph API: Page Insights',
    url: 'https://developers.facebook.com/docs/graph-api/reference/insights',
    checked: checkedAgain,
  },
  fbDeprecated: {
    title: 'Meta Pages API: Deprecated Facebook Page Insights metrics',
    url: 'https://developers.facebook.com/documentation/pages-api/platforminsights/page/deprecated-metrics',
    checked: checkedAgain,
  },
  fbBlog: {
    title: 'Meta for Developers blog: Page Insights API updates (15 August 2025)',
    url: 'https://developers.facebook.com/blog/post/2025/08/15/page-insights-api-updates/',
    checked: checkedAgain,
  },
  fbVideoInsights: {
    title: 'Meta for Developers: Video API, Video Insights guide',
    url: 'https://developers.facebook.com/docs/video-api/guides/insights',
    checked: checkedAgain,
  },
  metaThruPlay: {
    title: 'Meta Business Help Centre: ThruPlays',
    url: 'https://www.facebook.com/business/help/471190536725647',
    checked: checkedAgain,
  },
  metaTwoSecond: {
    title: 'Meta Business Help Centre: 2-second continuous video views',
    url: 'https://www.facebook.com/business/help/453999754940285',
    checked: checkedAgain,
  },
  xVideoViewForum: {
    title: 'X Developers community forum: What is a "Media View" in seconds? (answer from X)',
    url: 'https://twittercommunity.com/t/what-is-a-media-view-in-seconds/71694',
    checked: checkedAgain,
  },
  liVideoAdMetrics: {
    title: 'LinkedIn Help: Video metrics in Campaign Manager',
    url: 'https://www.linkedin.com/help/lms/answer/a426666',
    checked: checkedAgain,
  },
  pinterestPinStats: {
    title: 'Pinterest Help: Pin stats',
    url: 'https://help.pinterest.com/en-gb/business/article/pin-stats',
    checked: checkedAgain,
  },
  tiktokVideoPlay: {
    title: 'TikTok Ads Manager Help: Video play metrics',
    url: 'https://ads.tiktok.com/help/article/video-play?lang=en',
    checked: checkedAgain,
  },
  threadsInsights: {
    title: 'Threads API: Insights',
    url: 'https://developers.facebook.com/documentation/threads/insights',
    checked,
  },
  liMemberPost: {
    title: 'LinkedIn Marketing API: Member post statistics',
    url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/members/post-statistics',
    checked,
  },
  liMemberVideo: {
    title: 'LinkedIn Marketing API: Member video statistics',
    url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/members/video-statistics',
    checked,
  },
  liOrgShare: {
    title: 'LinkedIn Marketing API: Organization share statistics',
    url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/share-statistics',
    checked,
  },
  liVideoApi: {
    title: 'LinkedIn Marketing API: Video Analytics API',
    url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/video-analytics-api',
    checked,
  },
  xMetrics: {
    title: 'X API: Metrics',
    url: 'https://docs.x.com/x-api/fundamentals/metrics',
    checked,
  },
  xEngagementApi: {
    title: 'X API: Engagement API',
    url: 'https://developer.x.com/en/docs/x-api/enterprise/engagement-api',
    checked,
  },
  tiktokAnalytics: {
    title: 'TikTok Creator Academy: Understanding your analytics',
    url: 'https://www.tiktok.com/creator-academy/en/article/tool-analytics-intro',
    checked,
  },
  hootsuiteTikTok: {
    title: 'Hootsuite Help: TikTok metrics',
    url: 'https://help.hootsuite.com/hc/en-us/articles/6212583284635-TikTok-metrics',
    checked,
  },
  sproutProfile: {
    title: 'Sprout Social Help: How do I use the Profile Performance Report?',
    url: 'https://support.sproutsocial.com/hc/en-us/articles/213223226-How-do-I-use-the-Profile-Performance-Report',
    checked,
  },
  pinterestOrganic: {
    title: 'Pinterest Developers: Organic analytics',
    url: 'https://developers.pinterest.com/docs/analytics-and-reports/organic-reporting/',
    checked,
  },
  ga4Traffic: {
    title: 'Analytics Help: [GA4] Scopes of traffic-source dimensions',
    url: 'https://support.google.com/analytics/answer/11080067',
    checked,
  },
} satisfies Record<string, Source>;

/** The same pages, for the Glossary's table of what counts as a view. */
export { src as reachAndVideoSources };

/** Meta retired its reach metrics in the Page Insights API; two of its own pages give different dates. */
const metaReachChange = {
  platform: 'facebook',
  when: '2026-06-15',
  what: {
    en: 'Meta\'s developer documentation lists the Page and post reach metrics as deprecated, with unique media views (the "viewers" idea) named as their replacement. One Meta page dates this 15 June 2026, another 15 June 2025.',
    id: 'Dokumentasi developer Meta mencantumkan metrik reach Halaman dan postingan sebagai metrik yang dihentikan, dengan tayangan unik (konsep "viewers") sebagai penggantinya. Satu halaman Meta menyebut tanggal 15 Juni 2026, halaman lain 15 Juni 2025.',
  },
};

const metaDateNote = {
  en: 'Meta\'s Page Insights reference says a group of Page Insights metrics will be deprecated by 15 June 2026, while its list of deprecated metrics says the reach metrics were deprecated by 15 June 2025. We show the 2026 date and flag the conflict. Meta\'s own announcements of "views" and "viewers" in the Facebook and Instagram apps were not readable on a Meta site, so dates here follow Meta\'s developer documentation.',
  id: 'Referensi Page Insights Meta menyebut sekelompok metrik Page Insights akan dihentikan paling lambat 15 Juni 2026, sedangkan daftar metrik yang dihentikan menyebut metrik reach sudah dihentikan paling lambat 15 Juni 2025. Kami memakai tanggal 2026 dan menandai perbedaan ini. Pengumuman Meta sendiri soal "views" dan "viewers" di aplikasi Facebook dan Instagram tidak bisa kami baca di situs Meta, jadi tanggal di sini mengikuti dokumentasi developer Meta.',
};

export const reachAndVideoMetrics: Metric[] = [
  {
    id: 'reach',
    category: 'reach',
    better: 'higher',
    name: { en: 'Reach', id: 'Reach (jangkauan)' },
    aliases: [
      'jangkauan',
      'accounts reached',
      'akun yang dijangkau',
      'members reached',
      'post reach',
      'page reach',
      'reached audience',
      'unique reach',
      'unique impressions',
    ],
    short: {
      en: 'The number of different people, or accounts, who saw your content at least once in a period. One person counts once, however often they saw it.',
      id: 'Jumlah orang atau akun berbeda yang melihat konten Anda minimal sekali dalam satu periode. Satu orang tetap dihitung satu, berapa kali pun dia melihatnya.',
    },
    explanation: {
      en: 'Reach tells you how wide your audience was, not how often they saw you. Because each person counts once, a weekly reach is not the sum of seven daily figures: someone who saw you on Monday and on Friday counts once in the week. Most platforms estimate reach rather than count it exactly, since one person can use several devices. Some platforms now use other names for the same idea, such as "viewers" or "members reached", and some report it for organic posts only. Read reach next to impressions or views: the gap shows how many times, on average, each person saw you.',
      id: 'Reach menunjukkan seberapa luas audiens Anda, bukan seberapa sering mereka melihat konten Anda. Karena setiap orang dihitung sekali, reach mingguan bukan hasil penjumlahan tujuh angka harian: orang yang melihat konten Anda hari Senin dan Jumat tetap dihitung satu dalam seminggu. Sebagian besar platform memperkirakan reach, bukan menghitungnya persis, karena satu orang bisa memakai beberapa perangkat. Beberapa platform kini memakai nama lain untuk konsep yang sama, misalnya "viewers" atau "members reached", dan ada yang hanya melaporkannya untuk posting organik. Baca reach berdampingan dengan impresi atau tayangan: selisihnya menunjukkan rata-rata berapa kali setiap orang melihat konten Anda.',
    },
    variants: [
      {
        platform: 'instagram',
        name: { en: 'Accounts reached', id: 'Akun yang dijangkau' },
        definition: {
          en: "Instagram's help centre defines reach as the number of unique accounts that viewed your posts and stories. Reach for the whole account includes paid activity as well as organic.",
          id: 'Pusat bantuan Instagram mendefinisikan reach sebagai jumlah akun unik yang melihat posting dan story Anda. Reach di tingkat akun mencakup aktivitas berbayar maupun organik.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: "Meta's Page Insights documentation calculates unique counts such as Page reach on their own, so total reach may not equal paid and unpaid reach added together. When an organic post is boosted, its paid figures include organic reach too. Unique counts come for fixed windows: tools that read Meta's data report exact reach for a day, 7 days and 28 days, and an estimate or nothing for other ranges such as a calendar month. Meta now names unique media views as the replacement for its old reach metrics.",
          id: 'Dokumentasi Page Insights Meta menghitung angka unik seperti reach Halaman secara terpisah, sehingga total reach bisa tidak sama dengan reach berbayar ditambah reach tidak berbayar. Saat posting organik di-boost, angka berbayarnya ikut mencakup reach organik. Angka unik tersedia untuk jendela waktu yang tetap: tool yang membaca data Meta melaporkan reach yang persis untuk 1 hari, 7 hari, dan 28 hari, sedangkan untuk rentang lain, misalnya satu bulan kalender, angkanya berupa perkiraan atau tidak ada sama sekali. Kini Meta menyebut tayangan unik ("unique media views") sebagai pengganti metrik reach lamanya.',
        },
      },
      {
        platform: 'meta-ads-manager',
        definition: {
          en: 'In Ads Manager, reach counts Accounts Center accounts that saw your ads at least once, and Meta marks it as estimated. A person who linked their Facebook and Instagram accounts in Accounts Center counts once; the same person with unlinked accounts counts twice.',
          id: 'Di Ads Manager, reach menghitung akun Pusat Akun (Accounts Center) yang melihat iklan Anda minimal sekali, dan Meta menandainya sebagai perkiraan. Orang yang menautkan akun Facebook dan Instagram-nya di Pusat Akun dihitung satu; orang yang sama dengan akun yang tidak ditautkan dihitung dua.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Members reached', id: 'Members reached (anggota yang dijangkau)' },
        definition: {
          en: "LinkedIn's developer documentation describes members reached as the number of members who saw a post, also called unique impressions. Its statistics for Pages cover organic activity only, sponsored activity sits in ad analytics, and share statistics only go back a rolling 12 months.",
          id: 'Dokumentasi developer LinkedIn menjelaskan members reached sebagai jumlah anggota yang melihat sebuah posting, disebut juga "unique impressions". Statistik untuk Halaman hanya mencakup aktivitas organik, aktivitas bersponsor ada di analitik iklan, dan statistik posting hanya tersedia untuk 12 bulan terakhir yang terus bergeser.',
        },
      },
      {
        platform: 'hootsuite',
        name: { en: 'Post reached audience (TikTok)', id: 'Post reached audience (TikTok)' },
        definition: {
          en: "Hootsuite's TikTok report counts the people who watched videos you published during the chosen time frame. It goes by publishing date, so last month's video adds nothing to this month's figure.",
          id: 'Laporan TikTok di Hootsuite menghitung orang yang menonton video yang Anda publikasikan dalam rentang waktu yang dipilih. Patokannya tanggal publikasi, jadi video bulan lalu tidak menambah angka bulan ini.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Never add daily or weekly reach together to get a monthly figure. Ask for the number the platform calculated for the whole period.',
        id: 'Jangan menjumlahkan reach harian atau mingguan untuk mendapat angka bulanan. Mintalah angka yang dihitung platform untuk seluruh periode.',
      },
      {
        en: 'Reach on different platforms counts different things: Instagram counts accounts, LinkedIn counts members, Meta is moving to viewers, and most figures are estimates. Compare each platform with its own history first.',
        id: 'Reach di tiap platform menghitung hal yang berbeda: Instagram menghitung akun, LinkedIn menghitung anggota, Meta beralih ke viewers, dan sebagian besar angkanya perkiraan. Bandingkan dulu setiap platform dengan riwayatnya sendiri.',
      },
      {
        en: "Check whether paid is included. Instagram's account reach includes ads, while LinkedIn's Page statistics are organic only.",
        id: 'Pastikan apakah iklan ikut dihitung. Reach akun Instagram mencakup iklan, sedangkan statistik Halaman LinkedIn hanya organik.',
      },
      {
        en: "Tools cut time differently from native dashboards. Hootsuite's TikTok post metrics count videos published in the period, while Sprout Social's Profile Performance Report counts activity in the period, however old the post.",
        id: 'Tools memotong periode secara berbeda dari dashboard bawaan platform. Metrik posting TikTok di Hootsuite menghitung video yang dipublikasikan dalam periode itu, sedangkan Profile Performance Report di Sprout Social menghitung aktivitas dalam periode itu, setua apa pun postingannya.',
      },
    ],
    changes: [metaReachChange],
    question: {
      en: 'When we report reach, which period is it calculated over, and does it include paid?',
      id: 'Saat kita melaporkan reach, periode apa yang dipakai untuk menghitungnya, dan apakah iklan ikut dihitung?',
    },
    goals: ['awareness', 'audience-growth'],
    sources: [
      src.igHelpInsights,
      src.fbPageInsights,
      src.fbDeprecated,
      src.liMemberPost,
      src.liOrgShare,
      src.hootsuiteTikTok,
      src.sproutProfile,
    ],
    sourceNote: {
      en: `${metaDateNote.en} Meta's Page Insights reference, read again on 1 December 2026, says unique values are calculated independently but, in the part we could read, does not list the 1-, 7- and 28-day windows; that detail comes from a reporting tool's help page (Union Metrics). The Accounts Center detail comes from Meta's ads glossary as quoted on other sites; we could not read it on a Meta site.`,
      id: `${metaDateNote.id} Referensi Page Insights Meta, yang kami baca lagi pada 1 Desember 2026, menyebut nilai unik dihitung secara terpisah, tetapi di bagian yang bisa kami baca tidak mencantumkan jendela 1, 7, dan 28 hari; detail itu berasal dari halaman bantuan sebuah tool pelaporan (Union Metrics). Detail Pusat Akun berasal dari glosarium iklan Meta yang dikutip situs lain; kami tidak bisa membacanya di situs Meta.`,
    },
  },
  {
    id: 'impressions',
    category: 'reach',
    better: 'higher',
    name: { en: 'Impressions', id: 'Impresi' },
    aliases: [
      'impresi',
      'impression',
      'times shown',
      'thumbnail impressions',
      'post impressions',
      'tayangan thumbnail',
    ],
    short: {
      en: 'How many times your content was shown on a screen. One person can create many impressions.',
      id: 'Berapa kali konten Anda tampil di layar. Satu orang bisa menghasilkan banyak impresi.',
    },
    explanation: {
      en: 'An impression is counted each time a post, or on YouTube a video thumbnail, is shown to someone. It measures exposure, not attention: a post scrolled past in a moment can still count. Because repeats count, impressions are usually higher than reach. Each platform sets its own rule for what "shown" means, and Meta has replaced the word with "views" for organic content. Use impressions as the base for rates such as click-through rate, and compare them with the same platform\'s own history.',
      id: 'Satu impresi dihitung setiap kali sebuah posting, atau di YouTube sebuah thumbnail video, ditampilkan kepada seseorang. Yang diukur adalah paparan, bukan perhatian: posting yang hanya terlewat sekilas saat di-scroll tetap bisa terhitung. Karena tampilan berulang ikut dihitung, impresi biasanya lebih besar dari reach. Setiap platform punya aturan sendiri soal arti "ditampilkan", dan Meta sudah mengganti istilah ini dengan "views" untuk konten organik. Pakai impresi sebagai dasar untuk rasio seperti click-through rate, dan bandingkan dengan riwayat platform yang sama.',
    },
    variants: [
      {
        platform: 'youtube',
        name: { en: 'Impressions (thumbnail impressions)', id: 'Tayangan (impressions thumbnail)' },
        definition: {
          en: 'YouTube counts an impression when a video thumbnail is shown for more than one second with at least half of it visible. It counts only places inside YouTube, such as search results, the home page and feeds, and not embeds on other websites, links shared on social media or YouTube notifications. Impressions data starts on 1 January 2018.',
          id: 'YouTube menghitung satu impresi saat thumbnail video tampil lebih dari satu detik dengan minimal separuhnya terlihat. Yang dihitung hanya tempat di dalam YouTube, seperti hasil penelusuran, beranda, dan feed, bukan video yang disematkan di situs lain, tautan yang dibagikan di media sosial, atau notifikasi YouTube. Data impresi tersedia mulai 1 Januari 2018.',
        },
      },
      {
        platform: 'x',
        definition: {
          en: "X counts an impression each time a post appears on someone's screen, and it is not unique: one person seeing a post twice counts twice. Since December 2022 X shows a view count on every post that anyone can see. In X's API, private figures and the split between organic and promoted are only available for posts from the last 30 days.",
          id: 'X menghitung satu impresi setiap kali sebuah posting muncul di layar seseorang, dan angkanya tidak unik: satu orang yang melihat posting dua kali dihitung dua kali. Sejak Desember 2022 X menampilkan jumlah tayangan di setiap posting yang bisa dilihat siapa saja. Di API X, angka privat dan pemisahan organik dengan promosi hanya tersedia untuk posting 30 hari terakhir.',
        },
      },
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn's developer documentation reports impressions as the number of times a post was shown, with members reached as the separate unique count. LinkedIn's statistics for Pages are organic only.",
          id: 'Dokumentasi developer LinkedIn melaporkan impresi sebagai jumlah kali sebuah posting ditampilkan, dengan members reached sebagai angka unik yang terpisah. Statistik LinkedIn untuk Halaman hanya mencakup aktivitas organik.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: "Instagram's developer documentation deprecated the impressions metric on 21 April 2025 and introduced views in its place. For posts created from 2 July 2024, impressions are no longer returned.",
          id: 'Dokumentasi developer Instagram menghentikan metrik impresi pada 21 April 2025 dan menggantinya dengan tayangan. Untuk posting yang dibuat sejak 2 Juli 2024, impresi tidak lagi tersedia.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: 'Meta removed impressions from the Page Insights API on 15 November 2025 and replaced it with views, to match what the Facebook app and Meta Business Suite show.',
          id: 'Meta menghapus impresi dari Page Insights API pada 15 November 2025 dan menggantinya dengan tayangan, agar sama dengan yang ditampilkan aplikasi Facebook dan Meta Business Suite.',
        },
      },
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout Social's Profile Performance Report shows impressions as the number of times your content was served to users on X, Facebook, LinkedIn, TikTok and Instagram, and does not show them for Pinterest or YouTube. It counts activity in the chosen period, even on older posts.",
          id: 'Profile Performance Report di Sprout Social menampilkan impresi sebagai jumlah kali konten Anda disajikan kepada pengguna di X, Facebook, LinkedIn, TikTok, dan Instagram, dan tidak menampilkannya untuk Pinterest atau YouTube. Laporan ini menghitung aktivitas dalam periode yang dipilih, termasuk pada posting lama.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'YouTube impressions count thumbnails, while other platforms count posts on screen. Do not add them into one cross-platform total.',
        id: 'Impresi YouTube menghitung thumbnail, sedangkan platform lain menghitung posting yang tampil di layar. Jangan digabung menjadi satu total lintas platform.',
      },
      {
        en: "Meta's move from impressions to views breaks the trend line. Impressions before the switch and views after it are not the same series.",
        id: 'Peralihan Meta dari impresi ke tayangan memutus garis tren. Impresi sebelum peralihan dan tayangan sesudahnya bukan deret data yang sama.',
        platforms: ['instagram', 'facebook', 'meta-business-suite'],
      },
      {
        en: 'Dashboards and exports can cut the period differently. X notes that its web dashboards usually show only impressions within the selected range, while its Engagement API can return a different total for the same posts.',
        id: 'Dashboard dan hasil ekspor bisa memotong periode secara berbeda. X menyebut dashboard web-nya biasanya hanya menampilkan impresi dalam rentang yang dipilih, sedangkan Engagement API-nya bisa memberi total berbeda untuk posting yang sama.',
      },
      {
        en: 'Organic and paid often live in separate reports. On Pinterest, organic reporting covers organic Pins, and once a Pin is promoted its new performance is reported in ads analytics.',
        id: 'Angka organik dan berbayar sering ada di laporan terpisah. Di Pinterest, laporan organik mencakup Pin organik, dan setelah sebuah Pin dipromosikan, performa barunya dilaporkan di analitik iklan.',
      },
    ],
    changes: [
      {
        platform: 'x',
        when: '2022-12',
        what: {
          en: 'X began showing a view count on posts to everyone, counting each time a post was seen, repeats included; before, such figures were visible only to the account.',
          id: 'X mulai menampilkan jumlah tayangan di posting kepada semua orang, dihitung setiap kali posting dilihat, termasuk yang berulang; sebelumnya angka seperti itu hanya terlihat oleh pemilik akun.',
        },
      },
      {
        platform: 'instagram',
        when: '2025-04-21',
        what: {
          en: 'Instagram deprecated impressions, plays and replays in its API for all versions and introduced views for feed posts, stories and reels.',
          id: 'Instagram menghentikan impresi, plays, dan replays di API-nya untuk semua versi dan memperkenalkan tayangan untuk posting feed, story, dan reels.',
        },
      },
      {
        platform: 'facebook',
        when: '2025-11-15',
        what: {
          en: 'Meta deprecated the impressions metric in the Page Insights API and replaced it with views.',
          id: 'Meta menghentikan metrik impresi di Page Insights API dan menggantinya dengan tayangan.',
        },
      },
    ],
    question: {
      en: 'Which impressions are we counting on each platform, and do they include paid?',
      id: 'Impresi mana yang kita hitung di setiap platform, dan apakah iklan ikut dihitung?',
    },
    goals: ['awareness'],
    sources: [
      src.ytReach,
      src.ytImpressions,
      src.xMetrics,
      src.xEngagementApi,
      src.liMemberPost,
      src.liOrgShare,
      src.igMediaInsights,
      src.fbBlog,
      src.sproutProfile,
      src.pinterestOrganic,
    ],
    sourceNote: {
      en: "X's metric definitions were read on the translated versions of its API metrics page; the December 2022 date of X's public view counts comes from press reports quoting X's support account (Moneycontrol, 23 December 2022). LinkedIn's developer page lists impressions without a detailed counting rule, so the LinkedIn claim is kept general.",
      id: 'Definisi metrik X kami baca dari versi terjemahan halaman metrik API-nya; tanggal Desember 2022 untuk jumlah tayangan publik di X berasal dari pemberitaan media yang mengutip akun dukungan X (Moneycontrol, 23 Desember 2022). Halaman developer LinkedIn mencantumkan impresi tanpa aturan penghitungan yang rinci, jadi klaim soal LinkedIn dibuat umum.',
    },
  },
  {
    id: 'views',
    category: 'reach',
    better: 'higher',
    name: { en: 'Views', id: 'Tayangan' },
    aliases: ['tayangan', 'penayangan', 'plays', 'post views', 'view count', 'jumlah tayangan', 'jumlah penayangan'],
    short: {
      en: 'How many times your content was played or shown. Repeat views count again, so views are not people.',
      id: 'Berapa kali konten Anda diputar atau ditampilkan. Tayangan berulang ikut dihitung, jadi tayangan bukan jumlah orang.',
    },
    explanation: {
      en: 'Views have become the headline number on most platforms, but the word hides different rules. Meta now uses views for every format: plays for video, times on screen for photos and text, with repeats counted. YouTube first counted a view from the start of playback for Shorts, announced the same rule for all formats in 2026, and keeps its older, stricter count as "engaged views". TikTok reports views for every post. Because these rules changed recently, a jump in views can be a change in counting rather than a change in your audience.',
      id: 'Tayangan kini menjadi angka utama di sebagian besar platform, tetapi istilah ini menyimpan aturan yang berbeda-beda. Meta sekarang memakai tayangan untuk semua format: jumlah putar untuk video, jumlah tampil di layar untuk foto dan teks, dan tayangan berulang ikut dihitung. YouTube awalnya menghitung penayangan sejak video mulai diputar untuk Shorts, mengumumkan aturan yang sama untuk semua format pada 2026, dan tetap menyimpan hitungan lama yang lebih ketat sebagai "engaged views". TikTok melaporkan tayangan untuk setiap posting. Karena aturan ini baru berubah, lonjakan tayangan bisa jadi akibat cara hitung yang berubah, bukan audiens yang berubah.',
    },
    variants: [
      {
        platform: 'instagram',
        definition: {
          en: 'Instagram made views its main metric in the app in August 2024: plays on reels became views, and views replaced impressions for photos, carousels and stories, counting each time a post appears on screen. Its API followed on 21 April 2025, deprecating plays, replays and impressions. The views metric in the API counts organic activity only; views on ads that use the post are not included.',
          id: 'Instagram menjadikan tayangan metrik utama di aplikasinya pada Agustus 2024: putar (plays) pada reels menjadi tayangan, dan tayangan menggantikan impresi untuk foto, carousel, dan story, dihitung setiap kali posting muncul di layar. API-nya menyusul pada 21 April 2025 dengan menghentikan plays, replays, dan impresi. Metrik tayangan di API hanya menghitung aktivitas organik; tayangan dari iklan yang memakai posting itu tidak ikut dihitung.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: 'Facebook and Meta Business Suite switched to views around November 2024: plays on reels and videos became views, and views replaced impressions for stories, photos and text posts, with repeat views counted. Watch time became "Minutes viewed", rounded to the minute. Meta then replaced impressions with views in the Page Insights API on 15 November 2025.',
          id: 'Facebook dan Meta Business Suite beralih ke tayangan sekitar November 2024: putar (plays) pada reels dan video menjadi tayangan, dan tayangan menggantikan impresi untuk story, foto, dan posting teks, dengan tayangan berulang ikut dihitung. Waktu tonton menjadi "Minutes viewed", dibulatkan ke menit. Setelah itu Meta mengganti impresi dengan tayangan di Page Insights API pada 15 November 2025.',
        },
      },
      {
        platform: 'threads',
        definition: {
          en: "Threads' API defines views as the number of times your post was played or displayed, and Meta labels the metric as still in development.",
          id: 'API Threads mendefinisikan tayangan sebagai jumlah kali posting Anda diputar atau ditampilkan, dan Meta menandai metrik ini masih dalam pengembangan.',
        },
      },
      {
        platform: 'youtube',
        definition: {
          en: 'YouTube says its views metric means different things in different reports, and that it includes co-viewing when several people watch together on a TV. Since 31 March 2025, Shorts views count every start or replay, and in August 2026 YouTube announced that public views for all formats count from the first frame, including autoplay. The older count lives on as engaged views.',
          id: 'YouTube menyatakan metrik penayangannya punya arti berbeda di laporan yang berbeda, dan mencakup menonton bersama saat beberapa orang menonton di satu layar TV. Sejak 31 Maret 2025, penayangan Shorts menghitung setiap kali video mulai diputar atau diputar ulang, dan pada Agustus 2026 YouTube mengumumkan bahwa penayangan publik untuk semua format dihitung sejak frame pertama, termasuk putar otomatis. Hitungan lama tetap ada sebagai "engaged views".',
        },
      },
      {
        platform: 'tiktok',
        definition: {
          en: "TikTok's analytics show post views for the chosen date range and total views for each post, next to average watch time and the share of viewers who watched to the end. TikTok's creator guide does not state a minimum watch time for a view.",
          id: 'Analitik TikTok menampilkan tayangan posting untuk rentang tanggal yang dipilih dan total tayangan per posting, berdampingan dengan waktu tonton rata-rata dan persentase penonton yang menonton sampai habis. Panduan kreator TikTok tidak menyebut durasi tonton minimum untuk satu tayangan.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'A view is not a person. Put views next to reach or viewers before saying how many people you reached.',
        id: 'Satu tayangan bukan satu orang. Sandingkan tayangan dengan reach atau viewers sebelum menyimpulkan berapa orang yang terjangkau.',
      },
      {
        en: 'Raw views are not comparable across platforms: YouTube now counts from the first frame, Meta counts plays and times on screen, and video metrics elsewhere use thresholds of a few seconds.',
        id: 'Angka tayangan mentah tidak bisa dibandingkan lintas platform: YouTube kini menghitung sejak frame pertama, Meta menghitung jumlah putar dan jumlah tampil di layar, dan metrik video di platform lain memakai batas beberapa detik.',
      },
      {
        en: 'Trend lines that cross 2025 and 2026 mix old and new counting on Instagram, Facebook and YouTube. Mark the change dates on any chart you present.',
        id: 'Garis tren yang melewati 2025 dan 2026 mencampur cara hitung lama dan baru di Instagram, Facebook, dan YouTube. Tandai tanggal perubahannya di setiap grafik yang Anda presentasikan.',
      },
      {
        en: "Exports can differ from the app. Instagram's API views are organic only, so a report built from the API may show fewer views than a boosted post shows in the app.",
        id: 'Hasil ekspor bisa berbeda dari aplikasi. Tayangan di API Instagram hanya organik, jadi laporan yang dibangun dari API bisa menampilkan tayangan lebih sedikit daripada posting yang di-boost di aplikasi.',
      },
    ],
    changes: [
      {
        platform: 'instagram',
        when: '2024-08',
        what: {
          en: 'Instagram announced views as its main metric in the app for every format: reels plays were relabelled views, and impressions left Insights for other posts. The API followed only in April 2025.',
          id: 'Instagram mengumumkan tayangan sebagai metrik utama di aplikasinya untuk semua format: plays pada reels diganti namanya menjadi tayangan, dan impresi hilang dari Insights untuk posting lain. API-nya baru menyusul pada April 2025.',
        },
      },
      {
        platform: 'facebook',
        when: '2024-11',
        what: {
          en: 'Facebook and Meta Business Suite made views the main metric: plays became views, views replaced impressions for stories, photos and text posts, and watch time became "Minutes viewed". The API followed in November 2025.',
          id: 'Facebook dan Meta Business Suite menjadikan tayangan metrik utama: plays menjadi tayangan, tayangan menggantikan impresi untuk story, foto, dan posting teks, dan waktu tonton menjadi "Minutes viewed". API-nya menyusul pada November 2025.',
        },
      },
      {
        platform: 'instagram',
        when: '2025-04-21',
        what: {
          en: 'Instagram deprecated plays, replays and impressions in its API and made views the metric for feed posts, stories and reels.',
          id: 'Instagram menghentikan plays, replays, dan impresi di API-nya dan menjadikan tayangan metrik untuk posting feed, story, dan reels.',
        },
      },
      {
        platform: 'facebook',
        when: '2025-11-15',
        what: {
          en: 'Meta replaced impressions with views in the Page Insights API.',
          id: 'Meta mengganti impresi dengan tayangan di Page Insights API.',
        },
      },
      {
        platform: 'youtube',
        when: '2025-03-31',
        what: {
          en: 'YouTube began counting a Shorts view each time a Short starts or replays, with no minimum watch time, and kept the old count as engaged views.',
          id: 'YouTube mulai menghitung penayangan Shorts setiap kali Shorts mulai diputar atau diputar ulang, tanpa durasi tonton minimum, dan menyimpan hitungan lama sebagai "engaged views".',
        },
      },
      {
        platform: 'youtube',
        when: '2026-08-27',
        what: {
          en: 'YouTube announced one rule for public views across long videos, live streams and Shorts: a view counts once playback starts. Monetisation stays based on engaged views and engaged watch time.',
          id: 'YouTube mengumumkan satu aturan untuk penayangan publik di video panjang, live stream, dan Shorts: penayangan dihitung begitu video mulai diputar. Monetisasi tetap berdasarkan "engaged views" dan engaged watch time.',
        },
      },
    ],
    question: {
      en: 'Did any platform change how it counts views during the period we are reporting?',
      id: 'Apakah ada platform yang mengubah cara menghitung tayangan selama periode yang kita laporkan?',
    },
    goals: ['awareness', 'engagement'],
    sources: [
      src.igMediaInsights,
      src.fbBlog,
      src.threadsInsights,
      src.ytApiMetrics,
      src.ytRevisions,
      src.tiktokAnalytics,
    ],
    sourceNote: {
      en: "Meta's own announcements of views in the Instagram and Facebook apps could not be read on a Meta site. The in-app dates come from press reports of those announcements (Business Standard, 8 August 2024, for Instagram; Social Samosa, 15 November 2024, for Facebook), and the API dates from Meta's developer documentation. YouTube's revision history and parts of its API metrics page were read in their translated versions.",
      id: 'Pengumuman Meta sendiri soal tayangan di aplikasi Instagram dan Facebook tidak bisa kami baca di situs Meta. Tanggal perubahan di aplikasi berasal dari pemberitaan media atas pengumuman itu (Business Standard, 8 Agustus 2024, untuk Instagram; Social Samosa, 15 November 2024, untuk Facebook), dan tanggal perubahan API dari dokumentasi developer Meta. Riwayat revisi YouTube dan sebagian halaman metrik API-nya kami baca dalam versi terjemahan.',
    },
  },
  {
    id: 'viewers',
    category: 'reach',
    better: 'higher',
    name: { en: 'Viewers', id: 'Viewers (penonton)' },
    aliases: ['penonton', 'video viewers', 'people who viewed', 'total viewers', 'unique views', 'orang yang melihat'],
    short: {
      en: 'The number of different people who viewed your content in a period. It is the people count that sits next to views.',
      id: 'Jumlah orang berbeda yang melihat konten Anda dalam satu periode. Inilah hitungan orang yang mendampingi angka tayangan.',
    },
    explanation: {
      en: 'Views count every play or showing; viewers count each person once for the period. Meta is moving its reach idea to this name: its developer documentation lists unique media views as the replacement for the old Page and post reach metrics. LinkedIn reports video viewers as the unique people who made an engaged play. Like reach, viewers are usually estimated and cannot be added up across days or posts. Views divided by viewers tells you how many times, on average, each person came back to the content.',
      id: 'Tayangan menghitung setiap kali konten diputar atau ditampilkan; viewers menghitung setiap orang satu kali dalam periode itu. Meta sedang memindahkan konsep reach ke nama ini: dokumentasi developer-nya mencantumkan tayangan unik sebagai pengganti metrik reach lama untuk Halaman dan postingan. LinkedIn melaporkan video viewers sebagai orang unik yang benar-benar memutar videonya. Seperti reach, viewers biasanya berupa perkiraan dan tidak bisa dijumlahkan antarhari atau antarposting. Tayangan dibagi viewers menunjukkan rata-rata berapa kali setiap orang kembali ke konten itu.',
    },
    formula: {
      en: 'Views per viewer = views ÷ viewers',
      id: 'Tayangan per penonton = tayangan ÷ penonton',
    },
    variants: [
      {
        platform: 'facebook',
        definition: {
          en: "Meta's developer documentation names unique media views, for the Page and for each post, as the alternatives to the retired Page and post reach metrics. They count people who saw your content, not how many times they saw it.",
          id: 'Dokumentasi developer Meta menyebut tayangan unik, untuk Halaman dan untuk setiap posting, sebagai pengganti metrik reach Halaman dan postingan yang sudah dihentikan. Yang dihitung adalah orang yang melihat konten Anda, bukan berapa kali mereka melihatnya.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Video viewers', id: 'Video viewers' },
        definition: {
          en: "LinkedIn's developer documentation defines video viewers on members' posts as unique viewers who made engaged plays, with an auto-looping video counted once when it loads. For members' posts, this data is not available after one year.",
          id: 'Dokumentasi developer LinkedIn mendefinisikan video viewers pada posting anggota sebagai penonton unik yang benar-benar memutar videonya, dengan video yang berputar otomatis dihitung sekali saat dimuat. Untuk posting anggota, data ini tidak tersedia lagi setelah satu tahun.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Viewers, reach and unique viewers are close cousins with different rules on each platform. Ask which one the team puts in the report and keep to it.',
        id: 'Viewers, reach, dan unique viewers mirip tetapi aturannya berbeda di setiap platform. Tanyakan mana yang dipakai tim di laporan dan konsistenlah memakainya.',
      },
      {
        en: 'Do not add viewers across days, weeks or posts: the same person would be counted several times.',
        id: 'Jangan menjumlahkan viewers antarhari, antarminggu, atau antarposting: orang yang sama akan terhitung berkali-kali.',
      },
      {
        en: 'Viewers are estimates, and Meta has been renaming and replacing its people counts. A sudden step in the line may be a method change, so check the dates before drawing conclusions.',
        id: 'Viewers adalah angka perkiraan, dan Meta terus mengganti nama serta metrik hitungan orangnya. Lonjakan atau penurunan tiba-tiba bisa jadi akibat perubahan metode, jadi cek tanggalnya sebelum menyimpulkan.',
        platforms: ['facebook', 'instagram', 'meta-business-suite'],
      },
    ],
    changes: [metaReachChange],
    question: {
      en: 'When you say viewers, do you mean different people, and how does it compare with the reach we used to report?',
      id: 'Saat kamu menyebut penonton (viewers), apakah maksudnya orang yang berbeda, dan bagaimana perbandingannya dengan reach yang dulu kita laporkan?',
    },
    goals: ['awareness', 'audience-growth'],
    sources: [src.fbDeprecated, src.fbPageInsights, src.liMemberVideo, src.liVideoApi],
    sourceNote: metaDateNote,
  },
  {
    id: 'unique-viewers',
    category: 'video',
    better: 'higher',
    name: { en: 'Unique viewers', id: 'Penonton unik' },
    aliases: ['penonton unik', 'monthly audience', 'unique users', 'estimated viewers', 'audiens bulanan'],
    short: {
      en: "YouTube's estimate of how many different people watched your videos in a period. Someone watching on a phone and on a laptop should count once.",
      id: 'Perkiraan YouTube tentang berapa banyak orang berbeda yang menonton video Anda dalam satu periode. Orang yang menonton di ponsel dan di laptop semestinya dihitung satu.',
    },
    explanation: {
      en: "YouTube calls unique viewers an estimate: it combines data from devices with signed-in and signed-out traffic to count people rather than devices or views. The figure is available for periods of up to 90 days, and data starts on 1 August 2017. For Shorts, YouTube estimates unique viewers from engaged views, the people who stayed to watch. Other platforms offer similar people counts under other names, such as LinkedIn's video viewers or the unique users behind X's video playback figures. Compare unique viewers with your subscriber count to see how far your videos travel beyond subscribers.",
      id: 'YouTube menyebut penonton unik sebagai perkiraan: data dari perangkat digabung dengan traffic yang login dan tidak login untuk menghitung orang, bukan perangkat atau penayangan. Angka ini tersedia untuk periode paling lama 90 hari, dan datanya mulai 1 Agustus 2017. Untuk Shorts, YouTube memperkirakan penonton unik dari "engaged views", yaitu orang yang tetap menonton. Platform lain punya hitungan orang serupa dengan nama lain, misalnya video viewers di LinkedIn atau pengguna unik di balik angka pemutaran video X. Bandingkan penonton unik dengan jumlah subscriber untuk melihat seberapa jauh video Anda menjangkau orang di luar subscriber.',
    },
    variants: [
      {
        platform: 'youtube',
        definition: {
          en: 'YouTube estimates unique viewers across devices and shared devices, so one person watching several times or on several devices counts once. The figure covers up to 90 days at a time and, for Shorts, is based on engaged views.',
          id: 'YouTube memperkirakan penonton unik lintas perangkat, termasuk perangkat yang dipakai bersama, sehingga satu orang yang menonton berkali-kali atau di beberapa perangkat dihitung satu. Angka ini mencakup paling lama 90 hari sekaligus dan, untuk Shorts, didasarkan pada "engaged views".',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Video viewers', id: 'Video viewers' },
        definition: {
          en: "LinkedIn's member video statistics count video viewers as unique viewers who made engaged plays, with an auto-looping video counted once.",
          id: 'Statistik video anggota di LinkedIn menghitung video viewers sebagai penonton unik yang benar-benar memutar videonya, dengan video yang berputar otomatis dihitung sekali.',
        },
      },
      {
        platform: 'x',
        definition: {
          en: "X's API reports, for each video, how many unique users played it to set points, from the start to the end. It gives people counts for each stage of a video rather than one viewer total.",
          id: 'API X melaporkan, untuk setiap video, berapa pengguna unik yang memutarnya sampai titik tertentu, dari awal hingga akhir. Yang diberikan adalah hitungan orang untuk setiap tahap video, bukan satu total penonton.',
        },
      },
    ],
    pitfalls: [
      {
        en: "Per-video unique viewers do not add up to the channel's unique viewers: one person who watched three videos is in all three.",
        id: 'Penonton unik per video tidak bisa dijumlahkan menjadi penonton unik channel: satu orang yang menonton tiga video ada di ketiganya.',
      },
      {
        en: 'YouTube offers unique viewers for up to 90 days at a time. For longer comparisons, compare matching 90-day windows rather than one long period.',
        id: 'YouTube menyediakan penonton unik paling lama untuk 90 hari sekaligus. Untuk perbandingan yang lebih panjang, bandingkan jendela 90 hari yang setara, bukan satu periode panjang.',
        platforms: ['youtube'],
      },
      {
        en: 'Every platform estimates people in its own way, so a cross-platform total of unique viewers counts some people more than once.',
        id: 'Setiap platform memperkirakan jumlah orang dengan caranya sendiri, jadi total penonton unik lintas platform akan menghitung sebagian orang lebih dari sekali.',
      },
    ],
    changes: [],
    question: {
      en: 'How many different people watched us this quarter, compared with how many subscribe?',
      id: 'Berapa banyak orang berbeda yang menonton kita kuartal ini, dibandingkan dengan jumlah subscriber kita?',
    },
    goals: ['audience-growth', 'awareness'],
    sources: [src.ytReach, src.ytUnique, src.liMemberVideo, src.xMetrics],
    sourceNote: {
      en: "YouTube's page on unique viewers was read in its Filipino version on support.google.com, and an Indonesian copy matched it; X's definition was read on translated versions of its metrics page.",
      id: 'Halaman YouTube tentang penonton unik kami baca dalam versi bahasa Filipina di support.google.com, dan salinan berbahasa Indonesia isinya sama; definisi X kami baca dari versi terjemahan halaman metriknya.',
    },
  },
  {
    id: 'video-views',
    category: 'video',
    better: 'higher',
    name: { en: 'Video views', id: 'Tayangan video' },
    aliases: [
      'penayangan video',
      'tayangan video',
      'video plays',
      '3-second views',
      '3-second video plays',
      '2-second continuous video views',
      'ThruPlays',
      'engaged views',
      'media views',
      'video view count',
    ],
    short: {
      en: "How many times a video was played past the platform's minimum, which differs from platform to platform. It counts plays, not people.",
      id: 'Berapa kali sebuah video diputar melewati batas minimum platform, yang berbeda di tiap platform. Yang dihitung adalah jumlah putar, bukan jumlah orang.',
    },
    explanation: {
      en: 'Where "views" can now mean any start or any time on screen, a video view usually means a play that passed a threshold. Each platform sets its own. Facebook counts a Page video view at 3 seconds, or at the end of a shorter video; Meta\'s ads count 2 continuous seconds and, for a ThruPlay, 15 seconds or the whole video. X, LinkedIn ads and Pinterest count 2 seconds with at least half the video on screen, and YouTube keeps a stricter count called engaged views. Autoplay in feeds means many plays start without anyone choosing to watch. A video view says people started watching; watch time, average view duration and completion rate say whether they stayed.',
      id: 'Ketika istilah tayangan kini bisa berarti setiap kali video mulai diputar atau setiap kali tampil di layar, tayangan video biasanya berarti pemutaran yang melewati batas tertentu. Batas itu ditentukan masing-masing platform. Facebook menghitung satu tayangan video Halaman pada detik ke-3, atau di akhir video yang lebih pendek; iklan Meta menghitung 2 detik tanpa putus dan, untuk ThruPlay, 15 detik atau seluruh video. X, iklan LinkedIn, dan Pinterest menghitung 2 detik dengan minimal separuh video terlihat di layar, dan YouTube menyimpan hitungan yang lebih ketat bernama "engaged views". Putar otomatis di feed membuat banyak video mulai diputar tanpa ada yang memilih untuk menonton. Tayangan video menunjukkan orang mulai menonton; waktu tonton, durasi tonton rata-rata, dan completion rate menunjukkan apakah mereka bertahan.',
    },
    variants: [
      {
        platform: 'facebook',
        name: { en: '3-second video views', id: '3-second video views' },
        definition: {
          en: "For videos on a Facebook Page, Meta's video insights count a view each time a video plays for 3 seconds, or to its end if that comes first, and count the people who did so separately.",
          id: 'Untuk video di Halaman Facebook, insight video Meta menghitung satu tayangan setiap kali video diputar 3 detik, atau sampai habis kalau itu lebih dulu terjadi, dan menghitung orang yang melakukannya secara terpisah.',
        },
      },
      {
        platform: 'meta-ads-manager',
        name: { en: '2-second continuous video views', id: '2-second continuous video views' },
        definition: {
          en: 'Ads Manager counts a play of at least two continuous seconds. Meta says most of these plays have at least half of the video on screen, though a system or app overlay, such as a notification, can cover part of it.',
          id: 'Ads Manager menghitung pemutaran minimal dua detik tanpa putus. Meta menyebut sebagian besar pemutaran ini terjadi dengan minimal separuh video terlihat di layar, walaupun lapisan sistem atau aplikasi, misalnya notifikasi, bisa menutupi sebagian video.',
        },
      },
      {
        platform: 'meta-ads-manager',
        name: { en: 'ThruPlays', id: 'ThruPlays' },
        definition: {
          en: 'A ThruPlay counts a video of 15 seconds or less played to its end, or at least 15 seconds of a longer one. Meta treats 97% of the length as the end, because people often leave while credits roll.',
          id: 'ThruPlay menghitung video berdurasi 15 detik atau kurang yang diputar sampai habis, atau minimal 15 detik dari video yang lebih panjang. Meta menganggap 97% dari durasi sebagai akhir video, karena orang sering pergi saat bagian penutup diputar.',
        },
      },
      {
        platform: 'x',
        name: { en: 'Video views', id: 'Video views' },
        definition: {
          en: 'X counts a video view after 2 seconds of playback with at least half of the video in view, or when someone clicks to watch full screen or unmutes it, whichever comes first.',
          id: 'X menghitung satu tayangan video setelah 2 detik pemutaran dengan minimal separuh video terlihat, atau saat seseorang mengklik untuk menonton layar penuh atau menyalakan suaranya, mana yang lebih dulu terjadi.',
        },
      },
      {
        platform: 'x',
        name: { en: 'Video views in the API', id: 'Video views di API' },
        definition: {
          en: "X's API counts video views across every post that contains the same video, so a video posted again in several posts has one shared total.",
          id: 'API X menghitung tayangan video di semua posting yang memuat video yang sama, jadi video yang diunggah ulang di beberapa posting punya satu total bersama.',
        },
      },
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn's Video Analytics API counts a video view on Page posts after at least three seconds of play, while its member video statistics count a play after at least two seconds. In both, an auto-looping video counts once when it loads.",
          id: 'Video Analytics API LinkedIn menghitung satu tayangan video pada posting Halaman setelah video diputar minimal tiga detik, sedangkan statistik video anggota menghitung satu putar setelah minimal dua detik. Di keduanya, video yang berputar otomatis dihitung sekali saat dimuat.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Views (video ads)', id: 'Views (iklan video)' },
        definition: {
          en: 'For video ads, Campaign Manager counts a view as two or more continuous seconds of playback with at least half the video on screen. Plays, a separate column, count every start by click or autoplay.',
          id: 'Untuk iklan video, Campaign Manager menghitung satu tayangan sebagai pemutaran dua detik atau lebih tanpa putus dengan minimal separuh video terlihat di layar. Plays, kolom tersendiri, menghitung setiap kali video mulai diputar, lewat klik atau putar otomatis.',
        },
      },
      {
        platform: 'pinterest',
        definition: {
          en: "Pinterest's Pin stats count a video view after at least 2 seconds with half of the video in view, and report separately how often a video was watched to 95% of its length.",
          id: 'Statistik Pin di Pinterest menghitung satu tayangan video setelah minimal 2 detik dengan separuh video terlihat, dan melaporkan secara terpisah berapa kali video ditonton sampai 95% durasinya.',
        },
      },
      {
        platform: 'tiktok',
        name: { en: 'Video views (ads)', id: 'Video views (iklan)' },
        definition: {
          en: 'TikTok Ads Manager counts a video view each time a video starts to play, once per impression, leaving replays out. Its 2-second and 6-second video views count only plays that lasted that long.',
          id: 'TikTok Ads Manager menghitung satu tayangan video setiap kali video mulai diputar, sekali per impresi, tanpa pemutaran ulang. Kolom "2-second video views" dan "6-second video views" hanya menghitung pemutaran yang berlangsung selama itu.',
        },
      },
      {
        platform: 'youtube',
        name: { en: 'Engaged views', id: 'Engaged views' },
        definition: {
          en: "YouTube's engaged views keep its older, stricter way of counting: for Shorts since March 2025, and for all formats since YouTube aligned public views in August 2026. Creator earnings and most performance metrics rest on engaged views, which you find in YouTube Analytics advanced mode.",
          id: 'Hitungan "engaged views" di YouTube mempertahankan cara hitung lama yang lebih ketat: untuk Shorts sejak Maret 2025, dan untuk semua format sejak YouTube menyamakan penayangan publik pada Agustus 2026. Pendapatan kreator dan sebagian besar metrik performa bertumpu pada "engaged views", yang bisa Anda temukan di mode lanjutan YouTube Analytics.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: "Instagram's API has deprecated its separate video views metric; views now covers video along with other formats.",
          id: 'API Instagram sudah menghentikan metrik tayangan video yang terpisah; kini metrik tayangan mencakup video bersama format lainnya.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Thresholds differ: two seconds, three seconds, fifteen seconds, the first frame, or past the start. Never compare raw video views across platforms.',
        id: 'Batasnya berbeda-beda: dua detik, tiga detik, lima belas detik, frame pertama, atau lewat dari awal video. Jangan pernah membandingkan angka tayangan video mentah lintas platform.',
      },
      {
        en: "Several platforms count a view only while at least half of the video is on screen: X, LinkedIn video ads, Pinterest, and most of Meta's 2-second views. A video that plays half off screen may not count, so placement and player size change the figure.",
        id: 'Beberapa platform hanya menghitung tayangan selama minimal separuh video terlihat di layar: X, iklan video LinkedIn, Pinterest, dan sebagian besar "2-second continuous video views" milik Meta. Video yang diputar dengan separuh bagiannya di luar layar bisa tidak terhitung, jadi penempatan dan ukuran pemutar ikut mengubah angkanya.',
      },
      {
        en: 'Autoplay inflates starts. Read video views with watch time or completion rate before calling a video a success.',
        id: 'Putar otomatis menggelembungkan jumlah putar. Baca tayangan video bersama waktu tonton atau completion rate sebelum menyebut sebuah video berhasil.',
      },
      {
        en: "On X, one video's views are shared by every post that contains it, so per-post results for a reused video can look larger than that post alone earned.",
        id: 'Di X, tayangan sebuah video dibagi oleh semua posting yang memuatnya, jadi hasil per posting untuk video yang dipakai ulang bisa terlihat lebih besar dari yang sebenarnya dihasilkan posting itu sendiri.',
      },
      {
        en: 'Ads video metrics follow their own definitions. Keep paid video plays and organic video views in separate columns.',
        id: 'Metrik video di iklan punya definisinya sendiri. Pisahkan kolom pemutaran video berbayar dan tayangan video organik.',
      },
    ],
    changes: [
      {
        platform: 'youtube',
        when: '2025-03-31',
        what: {
          en: 'YouTube kept its previous Shorts view count as a separate metric, engaged views, when Shorts views switched to counting every start and replay.',
          id: 'YouTube menyimpan hitungan penayangan Shorts sebelumnya sebagai metrik terpisah, "engaged views", saat penayangan Shorts beralih menghitung setiap kali video mulai diputar dan diputar ulang.',
        },
      },
      {
        platform: 'youtube',
        when: '2026-08-27',
        what: {
          en: 'YouTube announced that public views for long videos, live streams and Shorts count from the start of playback, while engaged views and engaged watch time stay the basis for earnings.',
          id: 'YouTube mengumumkan bahwa penayangan publik untuk video panjang, live stream, dan Shorts dihitung sejak video mulai diputar, sementara "engaged views" dan "engaged watch time" tetap menjadi dasar pendapatan.',
        },
      },
    ],
    question: {
      en: 'Do our video numbers count autoplay starts, or only people who watched for a few seconds?',
      id: 'Angka video kita menghitung setiap video yang mulai diputar otomatis, atau hanya orang yang menonton beberapa detik?',
    },
    goals: ['awareness', 'engagement'],
    sources: [
      src.fbVideoInsights,
      src.metaTwoSecond,
      src.metaThruPlay,
      src.xVideoViewForum,
      src.liVideoApi,
      src.liMemberVideo,
      src.liVideoAdMetrics,
      src.pinterestPinStats,
      src.tiktokVideoPlay,
      src.ytApiMetrics,
      src.ytRevisions,
      src.xMetrics,
      src.igMediaInsights,
    ],
    sourceNote: {
      en: "LinkedIn's two developer pages give different thresholds, three seconds for Page videos and two seconds for members' videos; we report both. LinkedIn's Campaign Manager page and Meta's help pages on ThruPlays and 2-second continuous video views were read from stored copies of the official pages, not on linkedin.com or facebook.com. Some LinkedIn training material adds \"or a click on the call to action\" to the ads definition; the help page we read does not, so we leave it out. X's definition comes from an answer by X on its developer forum quoting its business help page, which we could not read itself. Pinterest also reports 10-second video views, but we found no Pinterest page defining them. YouTube's wording for engaged views differs between the English and translated versions of its pages (past the first frame, or past the first seconds), so the claim is kept general.",
      id: 'Dua halaman developer LinkedIn menyebut batas yang berbeda, tiga detik untuk video Halaman dan dua detik untuk video anggota; kami mencantumkan keduanya. Halaman Campaign Manager LinkedIn dan halaman bantuan Meta tentang ThruPlay dan "2-second continuous video views" kami baca dari salinan tersimpan halaman resminya, bukan di linkedin.com atau facebook.com. Sebagian materi pelatihan LinkedIn menambahkan "atau klik pada tombol ajakan (call to action)" ke definisi iklan; halaman bantuan yang kami baca tidak menyebutnya, jadi kami tidak mencantumkannya. Definisi X berasal dari jawaban X di forum developer-nya yang mengutip halaman bantuan bisnis X, yang tidak bisa kami baca langsung. Pinterest juga melaporkan "10-second video views", tetapi kami tidak menemukan halaman Pinterest yang mendefinisikannya. Kalimat YouTube tentang "engaged views" berbeda antara versi bahasa Inggris dan versi terjemahannya (lewat dari frame pertama, atau lewat dari detik-detik awal), jadi klaimnya dibuat umum.',
    },
  },
  {
    id: 'watch-time',
    category: 'video',
    better: 'higher',
    name: { en: 'Watch time', id: 'Waktu tonton' },
    aliases: [
      'waktu tonton',
      'watch time (hours)',
      'waktu tonton (jam)',
      'total play time',
      'total watch time',
      'total time watched',
      'estimated minutes watched',
      'minutes viewed',
      'jam tayang',
    ],
    short: {
      en: 'The total time people spent watching your videos, added up across every view. It mixes how many watched with how long they stayed.',
      id: 'Total waktu yang dihabiskan orang untuk menonton video Anda, dijumlahkan dari semua tayangan. Angka ini mencampur berapa banyak yang menonton dengan berapa lama mereka bertahan.',
    },
    explanation: {
      en: "Watch time grows when more people watch and when they watch for longer, so on its own it cannot tell you which happened. YouTube shows it in hours in Studio and in minutes in its API, while LinkedIn's API reports milliseconds. Replays and loops can add to it: LinkedIn notes that an auto-looping video keeps adding watch time with every loop. Read watch time together with views and average view duration. YouTube also uses watch hours for Partner Programme eligibility, and those qualifying hours can differ from the total in Studio.",
      id: 'Waktu tonton bertambah saat makin banyak orang menonton dan saat mereka menonton lebih lama, jadi angka ini saja tidak bisa memberi tahu mana yang terjadi. YouTube menampilkannya dalam jam di Studio dan dalam menit di API-nya, sedangkan API LinkedIn memakai milidetik. Pemutaran ulang dan loop bisa ikut menambah: LinkedIn mencatat bahwa video yang berputar otomatis terus menambah waktu tonton di setiap putaran. Baca waktu tonton bersama tayangan dan durasi tonton rata-rata. YouTube juga memakai jam tonton untuk syarat YouTube Partner Program, dan jam yang memenuhi syarat itu bisa berbeda dari total di Studio.',
    },
    variants: [
      {
        platform: 'youtube',
        name: { en: 'Watch time (hours)', id: 'Waktu tonton (jam)' },
        definition: {
          en: "YouTube's API defines watch time (estimated minutes watched) as the minutes users spent watching videos for the channel, content owner, video or playlist; Studio shows it in hours. Creator earnings use engaged watch time, which you find in advanced mode.",
          id: 'API YouTube mendefinisikan waktu tonton (estimated minutes watched) sebagai jumlah menit yang dihabiskan pengguna untuk menonton video milik channel, pemilik konten, video, atau playlist; Studio menampilkannya dalam jam. Pendapatan kreator memakai engaged watch time, yang bisa Anda temukan di mode lanjutan.',
        },
      },
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn's member video statistics define watch time as the total time a video was watched, in milliseconds, and an auto-looping video adds to it with each loop.",
          id: 'Statistik video anggota di LinkedIn mendefinisikan waktu tonton sebagai total waktu sebuah video ditonton, dalam milidetik, dan video yang berputar otomatis menambahnya di setiap putaran.',
        },
      },
      {
        platform: 'facebook',
        name: { en: 'Minutes viewed', id: 'Minutes viewed' },
        definition: {
          en: 'Since around November 2024, Facebook and Meta Business Suite call watch time "Minutes viewed" and its average "Average minutes viewed". They measure the same playing time as before, but rounded to the nearest minute rather than shown to the second.',
          id: 'Sejak sekitar November 2024, Facebook dan Meta Business Suite menyebut waktu tonton "Minutes viewed" dan rata-ratanya "Average minutes viewed". Keduanya mengukur lama pemutaran yang sama seperti sebelumnya, tetapi dibulatkan ke menit terdekat, bukan ditampilkan sampai detik.',
        },
      },
      {
        platform: 'hootsuite',
        name: { en: 'Post total time watched (TikTok)', id: 'Post total time watched (TikTok)' },
        definition: {
          en: "Hootsuite's TikTok report shows the total amount of time people spent watching your videos.",
          id: 'Laporan TikTok di Hootsuite menampilkan total waktu yang dihabiskan orang untuk menonton video Anda.',
        },
      },
    ],
    pitfalls: [
      {
        en: "Units differ: hours in YouTube Studio, minutes in its API, milliseconds in LinkedIn's API. Convert before comparing.",
        id: 'Satuannya berbeda: jam di YouTube Studio, menit di API-nya, milidetik di API LinkedIn. Konversikan dulu sebelum membandingkan.',
      },
      {
        en: 'Loops and replays add watch time without new viewers, which flatters short looping videos.',
        id: 'Loop dan pemutaran ulang menambah waktu tonton tanpa penonton baru, sehingga video pendek yang berputar ulang terlihat lebih bagus.',
      },
      {
        en: 'Long videos collect more watch time by nature. Compare watch time between videos of similar length and format.',
        id: 'Video panjang secara alami mengumpulkan waktu tonton lebih banyak. Bandingkan waktu tonton antarvideo dengan durasi dan format yang mirip.',
      },
      {
        en: "YouTube Studio's watch time is not the same figure as the qualifying watch hours used for the Partner Programme. Ask which one a target refers to.",
        id: 'Waktu tonton di YouTube Studio bukan angka yang sama dengan jam tonton yang memenuhi syarat YouTube Partner Program. Tanyakan target yang dimaksud mengacu ke angka yang mana.',
        platforms: ['youtube'],
      },
    ],
    changes: [
      {
        platform: 'facebook',
        when: '2024-11',
        what: {
          en: 'Facebook and Meta Business Suite renamed watch time and average watch time to "Minutes viewed" and "Average minutes viewed", rounded to the nearest minute.',
          id: 'Facebook dan Meta Business Suite mengganti nama waktu tonton dan waktu tonton rata-rata menjadi "Minutes viewed" dan "Average minutes viewed", dibulatkan ke menit terdekat.',
        },
      },
      {
        platform: 'youtube',
        when: '2026-08-27',
        what: {
          en: 'YouTube renamed the watch hours that count toward Partner Programme eligibility to "qualifying watch hours" (previously "valid public watch hours"); creator earnings stay based on engaged watch time.',
          id: 'YouTube mengganti nama jam tonton yang dihitung untuk syarat YouTube Partner Program menjadi "qualifying watch hours" (sebelumnya "valid public watch hours"); pendapatan kreator tetap berdasarkan engaged watch time.',
        },
      },
    ],
    question: {
      en: 'Is our watch time growing because more people watch, or because they watch for longer?',
      id: 'Apakah waktu tonton kita naik karena makin banyak yang menonton, atau karena mereka menonton lebih lama?',
    },
    goals: ['engagement', 'awareness'],
    sources: [src.ytApiMetrics, src.ytRevisions, src.liMemberVideo, src.hootsuiteTikTok],
    sourceNote: {
      en: 'YouTube\'s API metric definitions and revision history were read partly through their translated versions on developers.google.com. Meta\'s announcement of "Minutes viewed" could not be read on a Meta site; the Facebook line follows press reports of it (Social Samosa, 15 November 2024), so check the label in Meta Business Suite.',
      id: 'Definisi metrik API dan riwayat revisi YouTube sebagian kami baca melalui versi terjemahannya di developers.google.com. Pengumuman Meta tentang "Minutes viewed" tidak bisa kami baca di situs Meta; baris Facebook mengikuti pemberitaan media tentang pengumuman itu (Social Samosa, 15 November 2024), jadi cek labelnya di Meta Business Suite.',
    },
  },
  {
    id: 'average-view-duration',
    category: 'video',
    better: 'higher',
    name: { en: 'Average view duration', id: 'Durasi tonton rata-rata' },
    aliases: [
      'durasi tonton rata-rata',
      'durasi penayangan rata-rata',
      'average watch time',
      'waktu tonton rata-rata',
      'avg. watch time',
      'post average time watched',
      'average minutes viewed',
      'video average play time',
    ],
    short: {
      en: 'How long a view lasts on average: total watch time divided by views.',
      id: 'Rata-rata lama satu tayangan berlangsung: total waktu tonton dibagi tayangan.',
    },
    explanation: {
      en: 'Average view duration tells you how long people typically stayed once a video started. It is easiest to read against the length of the video: a minute means much more on a short video than on a long one. YouTube calculates it as the average length of playbacks in seconds and, since 13 December 2021, leaves out looping clips. TikTok and several tools call it average watch time. Because it is divided by views, any change to what counts as a view moves the average too.',
      id: 'Durasi tonton rata-rata menunjukkan berapa lama orang biasanya bertahan setelah video mulai diputar. Angka ini paling mudah dibaca jika dibandingkan dengan panjang video: satu menit jauh lebih berarti untuk video pendek daripada untuk video panjang. YouTube menghitungnya sebagai rata-rata lama pemutaran dalam detik dan, sejak 13 Desember 2021, tidak menyertakan klip yang berputar ulang. TikTok dan beberapa tools menyebutnya average watch time. Karena angka ini dibagi dengan tayangan, setiap perubahan pada definisi tayangan ikut menggeser rata-ratanya.',
    },
    formula: {
      en: 'Total watch time ÷ views',
      id: 'Total waktu tonton ÷ tayangan',
    },
    variants: [
      {
        platform: 'youtube',
        definition: {
          en: "YouTube's API defines average view duration as the average length, in seconds, of video playbacks; from 13 December 2021 it excludes looping clip traffic. In playlist reports it is the average length of plays that happened within the playlist.",
          id: 'API YouTube mendefinisikan durasi tonton rata-rata sebagai rata-rata lama pemutaran video, dalam detik; sejak 13 Desember 2021 traffic dari klip yang berputar ulang tidak dihitung. Di laporan playlist, angka ini adalah rata-rata lama pemutaran yang terjadi di dalam playlist.',
        },
      },
      {
        platform: 'tiktok',
        name: { en: 'Average watch time', id: 'Average watch time (waktu tonton rata-rata)' },
        definition: {
          en: "TikTok's analytics show average watch time for each post, next to total views and the share of viewers who watched the full video.",
          id: 'Analitik TikTok menampilkan waktu tonton rata-rata untuk setiap posting, berdampingan dengan total tayangan dan persentase penonton yang menonton video sampai habis.',
        },
      },
      {
        platform: 'hootsuite',
        name: { en: 'Post average time watched (TikTok)', id: 'Post average time watched (TikTok)' },
        definition: {
          en: "Hootsuite's TikTok report shows the average time people spent watching your videos. Videos with no views, likes, comments or shares for more than seven days drop out of the figure until they get activity again.",
          id: 'Laporan TikTok di Hootsuite menampilkan rata-rata waktu yang dihabiskan orang untuk menonton video Anda. Video yang tidak mendapat tayangan, likes, komentar, atau share lebih dari tujuh hari tidak ikut dihitung sampai ada aktivitas lagi.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'An average in seconds means little without the video length. Ask for it next to the length, or as a share of it.',
        id: 'Rata-rata dalam detik tidak banyak berarti tanpa panjang videonya. Mintalah angka ini berdampingan dengan durasi video, atau sebagai persentase dari durasinya.',
      },
      {
        en: 'When a platform changes what counts as a view, as YouTube did for Shorts in 2025 and for all formats in 2026, any average per view can shift even if people watch the same way.',
        id: 'Saat platform mengubah apa yang dihitung sebagai tayangan, seperti YouTube untuk Shorts pada 2025 dan untuk semua format pada 2026, rata-rata per tayangan bisa bergeser meski cara orang menonton tidak berubah.',
      },
      {
        en: "Tools can leave videos out: Hootsuite's TikTok average skips videos with no activity for more than seven days, so it will not match TikTok's own screen.",
        id: 'Tools bisa tidak menyertakan sebagian video: rata-rata TikTok di Hootsuite melewatkan video yang tidak ada aktivitasnya lebih dari tujuh hari, jadi angkanya tidak akan sama dengan layar TikTok sendiri.',
        platforms: ['hootsuite'],
      },
    ],
    changes: [
      {
        platform: 'youtube',
        when: '2021-12-13',
        what: {
          en: 'YouTube stopped including looping clip traffic in average view duration.',
          id: 'YouTube berhenti menyertakan traffic dari klip yang berputar ulang dalam durasi tonton rata-rata.',
        },
      },
    ],
    question: {
      en: 'How long do people stay on our videos compared with how long the videos are?',
      id: 'Berapa lama orang bertahan menonton video kita dibandingkan dengan panjang videonya?',
    },
    goals: ['engagement'],
    sources: [src.ytApiMetrics, src.tiktokAnalytics, src.hootsuiteTikTok],
    sourceNote: {
      en: 'The English version of YouTube\'s API metrics page was only partly readable; the definition and the December 2021 change were read on its translated versions. Indonesian labels: we could not confirm from a YouTube help page or screenshot that YouTube Studio in Indonesian shows "Durasi rata-rata dilihat", so it is not listed as a label yet.',
      id: 'Versi bahasa Inggris halaman metrik API YouTube hanya bisa kami baca sebagian; definisi dan perubahan Desember 2021 kami baca di versi terjemahannya. Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar YouTube bahwa YouTube Studio berbahasa Indonesia menampilkan "Durasi rata-rata dilihat", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'audience-retention',
    category: 'video',
    better: 'higher',
    name: { en: 'Audience retention', id: 'Retensi penonton' },
    aliases: [
      'retensi penonton',
      'retention',
      'retention curve',
      'kurva retensi',
      'relative audience retention',
      'key moments for audience retention',
      'drop-off',
      'video retention',
    ],
    short: {
      en: 'A chart of how many viewers are still watching at each moment of a video. It shows where people stop.',
      id: 'Grafik jumlah penonton yang masih menonton di setiap momen sebuah video. Grafik ini menunjukkan di mana orang berhenti.',
    },
    explanation: {
      en: 'Audience retention turns one average into a curve across the length of the video. A flat line means people keep watching, a gradual slope means interest fades, a dip marks a moment people skip or leave, and a spike means they rewatch, share or jump to that point. YouTube shows it for one video at a time, highlights the share still watching after the first 30 seconds, and compares the curve with your recent videos and with similar videos across YouTube. It is the most practical chart for editing: it tells the team which moment to fix, not just that a video underperformed.',
      id: 'Retensi penonton mengubah satu angka rata-rata menjadi kurva di sepanjang durasi video. Garis datar berarti orang terus menonton, garis yang menurun perlahan berarti minat memudar, penurunan tajam menandai momen yang dilewati atau ditinggalkan orang, dan lonjakan berarti mereka menonton ulang, membagikan, atau melompat ke bagian itu. YouTube menampilkannya per video, menyoroti persentase penonton yang masih bertahan setelah 30 detik pertama, dan membandingkan kurvanya dengan video Anda yang terbaru serta video serupa di YouTube. Inilah grafik yang paling berguna untuk editing: grafik ini memberi tahu tim momen mana yang perlu diperbaiki, bukan hanya bahwa sebuah video kurang berhasil.',
    },
    formula: {
      en: 'Views still watching at a moment ÷ total views × 100',
      id: 'Penayangan yang masih menonton pada satu momen ÷ total penayangan × 100',
    },
    variants: [
      {
        platform: 'youtube',
        definition: {
          en: 'YouTube shows audience retention only at video level, and the data usually takes one to two days to process. Its key moments report highlights the intro (the share still watching after the first 30 seconds), top moments, spikes and dips; typical retention compares your ten latest videos of similar length, and relative retention compares with all YouTube videos of similar length.',
          id: 'YouTube menampilkan retensi penonton hanya di tingkat video, dan datanya biasanya perlu satu sampai dua hari untuk diproses. Laporan momen pentingnya menyoroti intro (persentase penonton yang masih bertahan setelah 30 detik pertama), momen teratas, lonjakan, dan penurunan; retensi umum membandingkan sepuluh video terbaru Anda dengan durasi serupa, dan retensi relatif membandingkan dengan semua video YouTube berdurasi serupa.',
        },
      },
      {
        platform: 'x',
        definition: {
          en: "X's API gives checkpoints rather than a curve: the number of unique users who played a video to its start, a quarter, half, three quarters and the end.",
          id: 'API X memberikan titik-titik pemeriksaan, bukan kurva: jumlah pengguna unik yang memutar video sampai awal, seperempat, setengah, tiga perempat, dan akhir video.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Compare retention only between videos of similar length and format. A short clip and a long explainer have different normal shapes.',
        id: 'Bandingkan retensi hanya antarvideo dengan durasi dan format yang mirip. Klip pendek dan video penjelasan yang panjang punya bentuk kurva normal yang berbeda.',
      },
      {
        en: 'A spike is not new viewers: it usually means people rewatched, shared or jumped to that moment.',
        id: 'Lonjakan bukan berarti penonton baru: biasanya orang menonton ulang, membagikan, atau melompat ke momen itu.',
      },
      {
        en: 'A steep drop in the first seconds can be a packaging problem, when the title and thumbnail promise something the opening does not deliver, rather than a problem with the whole video.',
        id: 'Penurunan tajam di detik-detik awal bisa jadi masalah kemasan, saat judul dan thumbnail menjanjikan sesuatu yang tidak ada di pembukaan, bukan masalah seluruh video.',
      },
      {
        en: "YouTube needs one to two days to process retention, so do not judge a new video's curve on the day it goes live.",
        id: 'YouTube perlu satu sampai dua hari untuk memproses data retensi, jadi jangan menilai kurva video baru pada hari video itu tayang.',
        platforms: ['youtube'],
      },
    ],
    changes: [],
    question: {
      en: 'Where do people stop watching our videos, and what happens on screen at that moment?',
      id: 'Di bagian mana orang berhenti menonton video kita, dan apa yang terjadi di layar pada momen itu?',
    },
    goals: ['engagement'],
    sources: [src.ytRetention, src.xMetrics],
    sourceNote: {
      en: 'Indonesian labels: we could not confirm from a YouTube help page or screenshot that YouTube Studio in Indonesian shows "Retensi penonton", so it is not listed as a label yet.',
      id: 'Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar YouTube bahwa YouTube Studio berbahasa Indonesia menampilkan "Retensi penonton", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'impressions-ctr',
    category: 'video',
    better: 'higher',
    name: { en: 'Impressions click-through rate', id: 'Rasio klik-tayang impresi (CTR)' },
    aliases: [
      'impressions CTR',
      'rasio klik-tayang',
      'RKT',
      'thumbnail click-through rate',
      'CTR thumbnail',
      'YouTube CTR',
    ],
    short: {
      en: 'On YouTube, the share of thumbnail impressions that turned into a view. It tests your title and thumbnail.',
      id: 'Di YouTube, persentase impresi thumbnail yang berubah menjadi penayangan. Angka ini menguji judul dan thumbnail Anda.',
    },
    explanation: {
      en: 'Impressions click-through rate tells you how often people who saw a thumbnail on YouTube chose to watch. It only covers impressions YouTube can count inside YouTube, so views from embeds, links on other sites, social media or notifications sit outside it. It is different from the click-through rate of a link in a post or an ad, which belongs with the engagement and ads metrics. A falling rate can come with rising impressions, when YouTube shows a video to people who know the channel less well, so check whether views rose too. Read it with watch time as well: a thumbnail that earns clicks but not viewing does the channel little good.',
      id: 'Rasio klik-tayang impresi menunjukkan seberapa sering orang yang melihat thumbnail di YouTube memutuskan untuk menonton. Angka ini hanya mencakup impresi yang bisa dihitung YouTube di dalam YouTube, jadi penayangan dari video yang disematkan, tautan di situs lain, media sosial, atau notifikasi tidak termasuk. Ini berbeda dengan click-through rate tautan di posting atau iklan, yang masuk ke metrik engagement dan iklan. Rasio yang turun bisa terjadi bersamaan dengan impresi yang naik, saat YouTube menampilkan video kepada orang yang belum begitu mengenal channel Anda, jadi cek apakah penayangan ikut naik. Baca juga bersama waktu tonton: thumbnail yang mengundang klik tetapi tidak ditonton tidak banyak membantu channel.',
    },
    formula: {
      en: 'Views from impressions ÷ impressions × 100',
      id: 'Penayangan dari impresi ÷ impresi × 100',
    },
    variants: [
      {
        platform: 'youtube',
        definition: {
          en: 'YouTube defines impressions click-through rate as how often viewers watched a video after seeing its thumbnail. Impressions and this rate are available from 1 January 2018, and the key metrics card updates more often than the "Impressions and how they led to watch time" report, so the two can show different numbers.',
          id: 'YouTube mendefinisikan rasio klik-tayang impresi sebagai seberapa sering penonton menonton video setelah melihat thumbnail-nya. Impresi dan rasio ini tersedia mulai 1 Januari 2018, dan kartu metrik utama diperbarui lebih sering daripada laporan "Impressions and how they led to watch time", jadi keduanya bisa menampilkan angka berbeda.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Do not compare it with link click-through rate in posts or ads. It only measures thumbnails shown inside YouTube.',
        id: 'Jangan membandingkannya dengan click-through rate tautan di posting atau iklan. Angka ini hanya mengukur thumbnail yang tampil di dalam YouTube.',
      },
      {
        en: 'Views from embeds, other websites, social media and notifications have no impression behind them, so a video promoted mostly outside YouTube can have a low rate and still do well.',
        id: 'Penayangan dari video yang disematkan, situs lain, media sosial, dan notifikasi tidak punya impresi di baliknya, jadi video yang banyak dipromosikan di luar YouTube bisa punya rasio rendah tetapi tetap berhasil.',
      },
      {
        en: "YouTube's key metrics card and its impressions funnel report refresh at different speeds. Take both numbers from the same report when comparing videos.",
        id: 'Kartu metrik utama YouTube dan laporan funnel impresinya diperbarui dengan kecepatan berbeda. Ambil kedua angka dari laporan yang sama saat membandingkan video.',
      },
    ],
    changes: [],
    question: {
      en: 'Which titles and thumbnails earned clicks, and did those viewers stay?',
      id: 'Judul dan thumbnail mana yang mendapat klik, dan apakah penonton itu bertahan menonton?',
    },
    goals: ['awareness', 'audience-growth'],
    sources: [src.ytReach, src.ytImpressions],
    sourceNote: {
      en: 'Indonesian labels: we could not confirm from a YouTube help page or screenshot that YouTube Studio in Indonesian shows "Rasio klik-tayang tayangan", so it is not listed as a label yet.',
      id: 'Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar YouTube bahwa YouTube Studio berbahasa Indonesia menampilkan "Rasio klik-tayang tayangan", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'completion-rate',
    category: 'video',
    better: 'higher',
    name: { en: 'Completion rate', id: 'Completion rate (tingkat tonton sampai habis)' },
    aliases: [
      'watched full video',
      'full video watched rate',
      'video completion rate',
      'plays at 100%',
      'tingkat penyelesaian video',
      'tonton sampai habis',
    ],
    short: {
      en: 'The share of viewers who watched a video to the end. It is a strict test that short videos pass more easily.',
      id: 'Persentase penonton yang menonton video sampai habis. Ini ujian yang ketat dan lebih mudah dilewati video pendek.',
    },
    explanation: {
      en: "Completion rate asks a simple question: of the people who started, how many reached the end? TikTok shows it as the percentage of viewers who watched the full video. X's API gives the number of unique users who played a video to the end, which you can set against the number who started it. Ads tools have their own versions, such as plays to 100 percent. A short clip finishes more often than a long explainer, so compare completion only between videos of similar length, and use audience retention for longer videos.",
      id: 'Completion rate mengajukan pertanyaan sederhana: dari orang yang mulai menonton, berapa yang sampai di akhir video? TikTok menampilkannya sebagai persentase penonton yang menonton video sampai habis. API X memberikan jumlah pengguna unik yang memutar video sampai akhir, yang bisa Anda bandingkan dengan jumlah yang mulai menonton. Tools iklan punya versinya sendiri, misalnya jumlah putar sampai 100 persen. Klip pendek lebih sering ditonton sampai habis daripada video penjelasan yang panjang, jadi bandingkan completion rate hanya antarvideo dengan durasi serupa, dan pakai retensi penonton untuk video yang lebih panjang.',
    },
    formula: {
      en: 'Viewers who reached the end ÷ viewers who started × 100',
      id: 'Penonton yang sampai di akhir ÷ penonton yang mulai menonton × 100',
    },
    variants: [
      {
        platform: 'tiktok',
        name: { en: 'Watched full video', id: 'Watched full video (menonton video sampai habis)' },
        definition: {
          en: "TikTok's analytics show, for each post, the percentage of viewers who watched the entire video.",
          id: 'Analitik TikTok menampilkan, untuk setiap posting, persentase penonton yang menonton seluruh video.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Completion rate (video ads)', id: 'Completion rate (iklan video)' },
        definition: {
          en: 'Campaign Manager divides completions, plays that reached 97 to 100% of the video, by plays. Its separate View Rate divides views by impressions, so the two rates have different bases.',
          id: 'Campaign Manager membagi completions, yaitu pemutaran yang mencapai 97 sampai 100% durasi video, dengan plays. "View Rate"-nya yang terpisah membagi tayangan dengan impresi, jadi kedua rasio itu punya dasar yang berbeda.',
        },
      },
      {
        platform: 'x',
        definition: {
          en: "X's API reports how many unique users played a video to its start, a quarter, half, three quarters and the end, so completion can be read as the end count against the start count.",
          id: 'API X melaporkan berapa pengguna unik yang memutar video sampai awal, seperempat, setengah, tiga perempat, dan akhir, sehingga completion rate bisa dibaca sebagai hitungan akhir dibandingkan hitungan awal.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Length decides much of the result. Compare completion only between videos of similar length.',
        id: 'Panjang video sangat menentukan hasilnya. Bandingkan completion rate hanya antarvideo dengan durasi serupa.',
      },
      {
        en: 'Platforms count on different bases: TikTok gives a share of viewers, X counts unique users at each checkpoint, and ads tools count plays. These are not the same figure.',
        id: 'Dasar hitungnya berbeda di tiap platform: TikTok memberi persentase penonton, X menghitung pengguna unik di setiap titik, dan tools iklan menghitung jumlah putar. Angka-angka ini tidak sama.',
      },
      {
        en: 'View-through rate is not another name for completion rate. In ads it usually divides views or completed views by impressions, not by the plays that started, so it comes out much lower. Check the bottom of the fraction before comparing.',
        id: '"View-through rate" bukan nama lain dari completion rate. Di iklan, angka ini biasanya membagi tayangan atau tayangan yang selesai dengan impresi, bukan dengan pemutaran yang dimulai, sehingga hasilnya jauh lebih kecil. Cek dulu penyebutnya sebelum membandingkan.',
      },
      {
        en: 'A high completion rate on a very short clip says little on its own. Read it with watch time and what people did next.',
        id: 'Completion rate yang tinggi pada klip yang sangat pendek tidak banyak berarti jika berdiri sendiri. Baca bersama waktu tonton dan apa yang dilakukan orang setelahnya.',
      },
    ],
    changes: [],
    question: {
      en: 'Of the people who start our videos, how many reach the end, and how does that change with video length?',
      id: 'Dari orang yang mulai menonton video kita, berapa yang sampai di akhir, dan bagaimana angka itu berubah mengikuti panjang video?',
    },
    goals: ['engagement'],
    sources: [src.tiktokAnalytics, src.xMetrics, src.liVideoAdMetrics],
    sourceNote: {
      en: "TikTok's own help pages on post analytics were not readable in full; the definition comes from TikTok's Creator Academy guide. X's definitions were read on translated versions of its metrics page. LinkedIn's Campaign Manager page was read from stored copies of the official page. No platform page we read defines \"view-through rate\" as a metric name, so the pitfall describes how ad platforms build similar rates rather than one official formula.",
      id: 'Halaman bantuan TikTok tentang analitik posting tidak bisa kami baca lengkap; definisinya berasal dari panduan Creator Academy TikTok. Definisi X kami baca dari versi terjemahan halaman metriknya. Halaman Campaign Manager LinkedIn kami baca dari salinan tersimpan halaman resminya. Tidak ada halaman platform yang kami baca yang mendefinisikan "view-through rate" sebagai nama metrik, jadi peringatannya menjelaskan cara platform iklan menyusun rasio serupa, bukan satu rumus resmi.',
    },
  },
  {
    id: 'returning-viewers',
    category: 'audience',
    better: 'higher',
    name: { en: 'Returning viewers', id: 'Penonton yang kembali' },
    aliases: [
      'penonton yang kembali',
      'returning users',
      'pengguna yang kembali',
      'regular viewers',
      'casual viewers',
      'penonton reguler',
      'penonton kasual',
      'repeat viewers',
      'loyal viewers',
    ],
    short: {
      en: 'People who had watched or visited before and came back in the period. It is a sign of loyalty rather than reach.',
      id: 'Orang yang pernah menonton atau berkunjung sebelumnya lalu kembali dalam periode ini. Ini tanda loyalitas, bukan jangkauan.',
    },
    explanation: {
      en: 'Returning viewers separate the people who come back from those who found you once. On YouTube, the single returning viewers figure has given way to two groups: casual viewers, who watch now and then over several months, and regular viewers, who have watched consistently for a long time; everyone else is a new viewer. In Google Analytics, a person who comes back is still one user, and the traffic reports can show how that user first arrived and what started each later visit. Returning audiences matter most for community goals and for anything that needs trust, such as leads. Counts of new and returning people depend on sign-in, cookies and watch history, so private browsing and cleared history make returning people look new.',
      id: 'Penonton yang kembali memisahkan orang yang datang lagi dari orang yang hanya sekali menemukan Anda. Di YouTube, angka tunggal penonton yang kembali sudah diganti dua kelompok: penonton kasual, yang sesekali menonton dalam beberapa bulan, dan penonton reguler, yang sudah lama menonton secara konsisten; sisanya dihitung sebagai penonton baru. Di Google Analytics, orang yang datang kembali tetap dihitung satu pengguna, dan laporan traffic bisa menunjukkan bagaimana pengguna itu pertama kali datang serta apa yang memulai setiap kunjungan berikutnya. Audiens yang kembali paling penting untuk tujuan komunitas dan untuk hal yang butuh kepercayaan, seperti leads. Jumlah orang baru dan yang kembali bergantung pada login, cookie, dan riwayat tontonan, jadi browser privat dan riwayat yang dihapus membuat orang yang kembali terlihat seperti orang baru.',
    },
    variants: [
      {
        platform: 'youtube',
        name: { en: 'Casual and regular viewers', id: 'Penonton kasual dan reguler' },
        definition: {
          en: "YouTube splits its audience by watch behaviour into new, casual and regular viewers. Casual viewers have watched the channel occasionally over the past year; regular viewers have watched consistently over a long stretch of it and are the channel's most loyal audience.",
          id: 'YouTube membagi audiensnya berdasarkan perilaku menonton menjadi penonton baru, kasual, dan reguler. Penonton kasual sesekali menonton channel dalam setahun terakhir; penonton reguler menonton secara konsisten dalam sebagian besar waktu itu dan merupakan audiens paling loyal channel.',
        },
      },
      {
        platform: 'google-analytics',
        name: { en: 'Returning users', id: 'Returning users (pengguna yang kembali)' },
        definition: {
          en: 'In Google Analytics 4, someone who leaves and comes back later is still one user. "First user" dimensions keep how that person was first acquired and do not change on return visits, while "Session" dimensions describe what started each new session, for new and returning users alike.',
          id: 'Di Google Analytics 4, orang yang pergi lalu kembali lagi tetap dihitung satu pengguna. Dimensi "First user" menyimpan cara orang itu pertama kali didapat dan tidak berubah saat dia kembali, sedangkan dimensi "Session" menggambarkan apa yang memulai setiap sesi baru, baik untuk pengguna baru maupun yang kembali.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Do not put the old YouTube returning viewers figure and the new casual and regular figures on one trend line. They are built differently.',
        id: 'Jangan menaruh angka lama penonton yang kembali di YouTube dan angka baru penonton kasual serta reguler dalam satu garis tren. Cara menghitungnya berbeda.',
        platforms: ['youtube'],
      },
      {
        en: 'People on several devices, in private browsing or with cleared history can be counted as new. Treat the split as a trend, not an exact head count.',
        id: 'Orang yang memakai beberapa perangkat, browser privat, atau menghapus riwayat bisa terhitung sebagai orang baru. Perlakukan pembagian ini sebagai tren, bukan jumlah orang yang persis.',
      },
      {
        en: 'Whether someone counts as returning depends on the window you look at. Keep the same period when comparing months or quarters.',
        id: 'Seseorang terhitung kembali atau tidak bergantung pada rentang waktu yang Anda lihat. Pakai periode yang sama saat membandingkan bulan atau kuartal.',
      },
    ],
    changes: [
      {
        platform: 'youtube',
        when: '2025-07',
        what: {
          en: 'YouTube replaced the single returning viewers figure in the Audience tab with casual and regular viewers, next to new viewers.',
          id: 'YouTube mengganti angka tunggal penonton yang kembali di tab Audiens dengan penonton kasual dan reguler, di samping penonton baru.',
        },
      },
    ],
    question: {
      en: 'Which of our posts or videos do repeat visitors come for, and do we make enough of them?',
      id: 'Konten atau video apa yang membuat orang datang lagi, dan apakah kita cukup sering membuatnya?',
    },
    goals: ['community', 'engagement'],
    sources: [src.ytAudienceTab, src.ga4Traffic],
    sourceNote: {
      en: "YouTube's current help page on new, casual and regular viewers could only be read through a copy, not on support.google.com, and the July 2025 date comes from press coverage of YouTube's announcement; the YouTube claims are therefore kept general. YouTube's Audience tab page, read in its Filipino version, still describes returning viewers.",
      id: 'Halaman bantuan YouTube yang terbaru tentang penonton baru, kasual, dan reguler hanya bisa kami baca lewat salinan, bukan di support.google.com, dan tanggal Juli 2025 berasal dari pemberitaan media tentang pengumuman YouTube; karena itu klaim soal YouTube dibuat umum. Halaman tab Audiens YouTube, yang kami baca dalam versi bahasa Filipina, masih menjelaskan penonton yang kembali.',
    },
  },
  {
    id: 'traffic-sources',
    category: 'reach',
    better: 'neither',
    name: { en: 'Traffic sources', id: 'Sumber traffic' },
    aliases: [
      'sumber traffic',
      'traffic source types',
      'jenis sumber traffic',
      'traffic source',
      'how viewers find you',
      'source / medium',
      'sumber / media',
      'channel grouping',
      'acquisition',
    ],
    short: {
      en: 'Where your viewers or visitors came from, such as search, recommendations, your profile or another site. It explains how people find you.',
      id: 'Dari mana penonton atau pengunjung Anda datang, misalnya pencarian, rekomendasi, profil Anda, atau situs lain. Angka ini menjelaskan cara orang menemukan Anda.',
    },
    explanation: {
      en: 'Traffic sources break your views or visits down by the route people took. On YouTube that means YouTube search, suggested videos, your channel page, playlists, external websites and more. TikTok shows where viewers found each post, such as the For You feed or your profile, and which search queries led people to your content. Google Analytics describes how people reached your website at three levels: how a user first arrived, what started each session, and what led to a key event. The mix is a good conversation starter, because it shows whether people find you by searching, by being recommended, or through your other channels.',
      id: 'Sumber traffic memecah tayangan atau kunjungan Anda berdasarkan jalur yang ditempuh orang. Di YouTube, itu berarti penelusuran YouTube, video yang disarankan, halaman channel, playlist, situs eksternal, dan lainnya. TikTok menunjukkan dari mana penonton menemukan setiap posting, misalnya feed For You atau profil Anda, serta kata kunci pencarian yang membawa orang ke konten Anda. Google Analytics menjelaskan cara orang sampai ke website Anda dalam tiga tingkat: bagaimana pengguna pertama kali datang, apa yang memulai setiap sesi, dan apa yang mengarah ke key event. Komposisinya bagus untuk membuka diskusi, karena menunjukkan apakah orang menemukan Anda lewat pencarian, lewat rekomendasi, atau lewat channel Anda yang lain.',
    },
    variants: [
      {
        platform: 'youtube',
        name: { en: 'Traffic source types', id: 'Jenis sumber traffic' },
        definition: {
          en: "YouTube's traffic sources report shows the sites and YouTube features through which viewers found your content, such as YouTube search, suggested videos and links on social networks; for some sources you can drill down, for example to the search terms people used. YouTube also reports traffic sources for impressions: where on YouTube your thumbnails were shown.",
          id: 'Laporan sumber traffic YouTube menunjukkan situs dan fitur YouTube yang dipakai penonton untuk menemukan konten Anda, seperti penelusuran YouTube, video yang disarankan, dan tautan di jejaring sosial; untuk beberapa sumber Anda bisa melihat lebih rinci, misalnya kata kunci yang dipakai orang. YouTube juga melaporkan sumber traffic untuk impresi: di bagian mana di YouTube thumbnail Anda ditampilkan.',
        },
      },
      {
        platform: 'tiktok',
        name: { en: 'Traffic source', id: 'Traffic source (sumber traffic)' },
        definition: {
          en: "TikTok's analytics show the traffic source type for each post, meaning where viewers found it, such as your profile or the For You feed, and the search queries that led people to your content.",
          id: 'Analitik TikTok menampilkan jenis sumber traffic untuk setiap posting, yaitu dari mana penonton menemukannya, misalnya profil Anda atau feed For You, serta kata kunci pencarian yang membawa orang ke konten Anda.',
        },
      },
      {
        platform: 'google-analytics',
        definition: {
          en: 'Google Analytics 4 scopes traffic-source dimensions three ways: "First user" dimensions describe how a user was first acquired and never change; "Session" dimensions describe what started each session; dimensions with no prefix describe the session behind a key event, and show "(not set)" for other events.',
          id: 'Google Analytics 4 membagi dimensi sumber traffic ke tiga cakupan: dimensi "First user" menjelaskan cara pengguna pertama kali didapat dan tidak pernah berubah; dimensi "Session" menjelaskan apa yang memulai setiap sesi; dimensi tanpa awalan menjelaskan sesi di balik sebuah key event, dan menampilkan "(not set)" untuk event lainnya.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'In Google Analytics, first-user, session and key-event sources answer different questions, and their totals will not match. Agree with the team which scope each report uses.',
        id: 'Di Google Analytics, sumber first user, session, dan key event menjawab pertanyaan yang berbeda, dan totalnya tidak akan sama. Sepakati dengan tim cakupan mana yang dipakai di setiap laporan.',
        platforms: ['google-analytics'],
      },
      {
        en: "A platform's traffic sources say how people found a post; Google Analytics says how they reached your website. The two describe different journeys and should not be added together.",
        id: 'Sumber traffic di platform menjelaskan cara orang menemukan sebuah posting; Google Analytics menjelaskan cara mereka sampai ke website Anda. Keduanya menggambarkan perjalanan yang berbeda dan tidak boleh dijumlahkan.',
      },
      {
        en: 'Links shared without campaign tags tend to land in vague groups. Ask whether the team tags the links it posts, and in the same way every time.',
        id: 'Tautan yang dibagikan tanpa tag kampanye cenderung masuk ke kelompok yang tidak jelas. Tanyakan apakah tim memberi tag pada tautan yang mereka posting, dan dengan cara yang sama setiap kali.',
      },
      {
        en: 'Platforms sometimes reclassify sources, as YouTube did in 2014. Compare periods that use the same classification.',
        id: 'Platform kadang mengubah pengelompokan sumber, seperti yang dilakukan YouTube pada 2014. Bandingkan periode yang memakai pengelompokan yang sama.',
      },
    ],
    changes: [
      {
        platform: 'youtube',
        when: '2014-03-02',
        what: {
          en: 'YouTube updated how it classifies traffic sources and playback locations, to better reflect mobile traffic and other changes to the site.',
          id: 'YouTube memperbarui cara mengelompokkan sumber traffic dan lokasi pemutaran, agar lebih mencerminkan traffic seluler dan perubahan lain di situsnya.',
        },
      },
    ],
    question: {
      en: 'Where do our viewers and visitors come from, and which of those routes do we actively work on?',
      id: 'Dari mana penonton dan pengunjung kita datang, dan jalur mana yang benar-benar kita garap secara aktif?',
    },
    goals: ['awareness', 'audience-growth', 'leads-and-sales'],
    sources: [src.ytTraffic, src.ytReach, src.tiktokAnalytics, src.ga4Traffic],
    sourceNote: {
      en: "YouTube's traffic sources help page we read is an older version of the report's documentation; the categories still appear in YouTube Studio, but some names in the current interface may differ.",
      id: 'Halaman bantuan sumber traffic YouTube yang kami baca adalah dokumentasi versi lama; kategorinya masih muncul di YouTube Studio, tetapi beberapa nama di tampilan saat ini mungkin berbeda.',
    },
  },
];
