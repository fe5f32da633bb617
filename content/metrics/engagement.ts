// Metric explainers, group "engagement": what people do with a post once they see it (react,
// comment, share, save, click, visit the profile) and the rates built on those actions.
// Every definition comes from the platform's own developer or help documentation listed in
// `sources`; where a page could not be read, or pages disagree, `sourceNote` says so.
import type { Metric, Source } from '../schema';

const checked = '2026-11-26';
/** Pages read, or read again, for the second audit of the library. */
const checkedAgain = '2026-12-01';

/** The official pages these explainers were checked against, each read on `checked`. */
const src = {
  igAccount: {
    title: 'Instagram Platform: Instagram Account Insights (Meta for Developers)',
    url: 'https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights',
    checked,
  },
  igMedia: {
    title: 'Instagram Platform: Instagram Media Insights (Meta for Developers)',
    url: 'https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights',
    checked,
  },
  igMediaV18: {
    title: 'Instagram Graph API: IG Media Insights, v18 deprecations (Meta for Developers)',
    url: 'https://developers.facebook.com/docs/instagram-api/reference/ig-media/insights/',
    checked,
  },
  igHelp: {
    title: 'What are Instagram Insights? (Instagram Help Centre)',
    url: 'https://help.instagram.com/788388387972460',
    checked,
  },
  fbPage: {
    title: 'Graph API: Page Insights reference (Meta for Developers)',
    url: 'https://developers.facebook.com/docs/graph-api/reference/page/insights/',
    checked,
  },
  metaAds: {
    title: 'Marketing API: Ad Campaign Insights fields (Meta for Developers)',
    url: 'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/ad-campaign/insights',
    checked,
  },
  threads: {
    title: 'Threads Insights API (Meta for Developers)',
    url: 'https://developers.facebook.com/documentation/threads/insights',
    checked,
  },
  liShare: {
    title: 'LinkedIn Marketing API: Organization Share Statistics (LinkedIn docs on Microsoft Learn)',
    url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/share-statistics?view=li-lms-2026-03',
    checked,
  },
  liReactions: {
    title: 'LinkedIn Marketing API: Reactions (LinkedIn docs on Microsoft Learn)',
    url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/reactions-api',
    checked,
  },
  xEngagementApi: {
    title: 'X Enterprise Engagement API: Overview (X Developer Platform)',
    url: 'https://developer.x.com/en/docs/x-api/enterprise/engagement-api',
    checked: checkedAgain,
  },
  xEngagementApiChanges: {
    title: 'X Engagement API: Recent changes to the Engagement API (X Developer Platform)',
    url: 'https://developer.x.com/en/docs/twitter-api/enterprise/engagement-api/guides/understanding-recent-changes-to-eapi-metrics',
    checked: checkedAgain,
  },
  fbBlog: {
    title: 'Meta for Developers blog: Page Insights API Updates (15 August 2025)',
    url: 'https://developers.facebook.com/blog/post/2025/08/15/page-insights-api-updates/',
    checked: checkedAgain,
  },
  metaClicksAll: {
    title: 'Meta Business Help Centre: The difference between "clicks (all)" and "link clicks"',
    url: 'https://www.facebook.com/business/help/674769555983979',
    checked: checkedAgain,
  },
  pinterestPinStats: {
    title: 'Pin stats (Pinterest Help)',
    url: 'https://help.pinterest.com/en-gb/business/article/pin-stats',
    checked: checkedAgain,
  },
  xMetrics: {
    title: 'X API: Metrics (X Developer Platform)',
    url: 'https://developer.x.com/en/docs/x-api/metrics',
    checked,
  },
  xAdsDerived: {
    title: 'X Ads API: Derived metrics (X Developer Platform)',
    url: 'https://developer.x.com/en/docs/x-ads-api/analytics/overview/metrics-derived',
    checked,
  },
  xAdsObjective: {
    title: 'X Ads API: Metrics by objective (X Developer Platform)',
    url: 'https://developer.x.com/en/docs/x-ads-api/analytics/overview/metrics-by-objective',
    checked,
  },
  ytMetrics: {
    title: 'YouTube Analytics API: Metrics (Google for Developers)',
    url: 'https://developers.google.com/youtube/analytics/metrics',
    checked,
  },
  tiktokVideo: {
    title: 'TikTok API v2: Video Object (TikTok for Developers)',
    url: 'https://developers.tiktok.com/doc/tiktok-api-v2-video-object',
    checked,
  },
  hsPinterest: {
    title: 'Pinterest metrics (Hootsuite Help Center)',
    url: 'https://help.hootsuite.com/hc/en-us/articles/16419548385947-Pinterest-metrics',
    checked,
  },
  hsMulti: {
    title: 'Multiple network metrics (Hootsuite Help Center)',
    url: 'https://help.hootsuite.com/hc/en-us/articles/9910721491227-Multiple-network-metrics',
    checked,
  },
  hsMetrics: {
    title: 'Metrics in Analytics (Hootsuite Help Center)',
    url: 'https://help.hootsuite.com/hc/en-us/articles/1260804306809-Metrics-in-Analytics',
    checked,
  },
  sproutFbReport: {
    title: 'Facebook Post Performance Report vs. Facebook Insights Post Level Report (Sprout Social Help Center)',
    url: 'https://support.sproutsocial.com/hc/en-us/articles/204837535-Facebook-Post-Performance-Report-vs-Facebook-Insights-Post-Level-Report',
    checked,
  },
  sproutProfile: {
    title: 'How do I use the Profile Performance Report? (Sprout Social Help Center)',
    url: 'https://support.sproutsocial.com/hc/en-us/articles/213223226-How-do-I-use-the-Profile-Performance-Report',
    checked,
  },
} satisfies Record<string, Source>;

export const engagementMetrics: Metric[] = [
  {
    id: 'engagements',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Engagements', id: 'Engagement' },
    aliases: [
      'Engagement',
      'Total engagements',
      'Interactions',
      'Content interactions',
      'Post engagements',
      'Interaksi',
      'Interaksi konten',
      'Total interaksi',
      'Keterlibatan',
    ],
    short: {
      en: 'The total number of actions people took on your content, such as likes, comments, shares, saves or clicks. Each platform decides which actions count.',
      id: 'Jumlah semua aksi yang dilakukan orang pada konten Anda, misalnya like, komentar, share, simpan, atau klik. Tiap platform punya aturan sendiri soal aksi mana yang masuk hitungan.',
    },
    explanation: {
      en: 'Engagements add up every action people took on your posts in the period. It counts actions, not people: one person who likes, comments and shares counts three times. The list of actions differs by platform. Instagram counts likes, saves, comments and shares; Facebook counts reactions, comments, shares and more; Pinterest counts saves, Pin clicks, outbound clicks and a few swipes; X counts every click on a post as well as likes, reposts, replies and follows. So a total from one platform cannot be added to another without saying what is inside it.',
      id: 'Engagement menjumlahkan semua aksi orang pada posting Anda selama periode tertentu. Yang dihitung aksinya, bukan orangnya: satu orang yang like, berkomentar, lalu share tercatat tiga kali. Isi hitungannya beda di tiap platform. Instagram memasukkan like, simpan, komentar, dan share; Facebook memasukkan reaksi, komentar, share, dan aksi lain; Pinterest memasukkan simpan, klik Pin, klik keluar, plus beberapa jenis swipe; X memasukkan setiap klik pada posting, juga like, repost, balasan, dan pengikut baru. Karena itu, angka satu platform tidak bisa begitu saja dijumlahkan dengan platform lain tanpa menjelaskan isinya.',
    },
    formula: {
      en: 'Sum of the actions the platform counts (for example likes + comments + shares + saves)',
      id: 'Jumlah aksi yang dihitung platform (misalnya like + komentar + share + simpan)',
    },
    variants: [
      {
        platform: 'instagram',
        name: { en: 'Content interactions', id: 'Interaksi konten' },
        definition: {
          en: "Instagram's API counts likes, saves, comments and shares, minus unlikes, unsaves and deleted comments. At post level only organic interactions count: interactions on ads that use the same post are left out. The account-level total includes interactions on boosted content.",
          id: 'API Instagram menghitung like, simpan, komentar, dan share, dikurangi unlike, batal simpan, dan komentar yang dihapus. Di level posting hanya interaksi organik yang dihitung; interaksi dari iklan yang memakai posting yang sama tidak ikut. Total di level akun sudah termasuk interaksi pada konten yang di-boost.',
        },
      },
      {
        platform: 'facebook',
        name: { en: 'Post engagements', id: 'Engagement postingan' },
        definition: {
          en: 'Facebook Page insights count the times people engaged with your posts through reactions, comments, shares and more. Meta states that interactions on Reels are not included in these Page insights.',
          id: 'Insight Halaman Facebook menghitung berapa kali orang berinteraksi dengan posting Anda lewat reaksi, komentar, share, dan aksi lain. Meta menyebutkan interaksi di Reels tidak termasuk dalam insight Halaman ini.',
        },
      },
      {
        platform: 'meta-ads-manager',
        name: { en: 'Post engagement', id: 'Engagement postingan' },
        definition: {
          en: "Meta's ads reporting counts the total actions people take involving your ads. The inline version of the metric uses a fixed one-day-click attribution window.",
          id: 'Laporan iklan Meta menghitung total aksi orang yang melibatkan iklan Anda. Versi inline metrik ini memakai jendela atribusi tetap, yaitu 1 hari setelah klik.',
        },
      },
      {
        platform: 'pinterest',
        definition: {
          en: "As Hootsuite documents it, Pinterest counts saves, Pin clicks, outbound clicks, clicks on collection items and carousel card swipes. Hootsuite's list also names Idea Pin swipes, but Pinterest's current Pin stats page describes only standard and video Pins: Idea Pins are no longer a separate format there.",
          id: 'Menurut dokumentasi Hootsuite, Pinterest menghitung simpan, klik Pin, klik keluar, klik pada item koleksi, dan swipe kartu carousel. Daftar Hootsuite juga menyebut swipe Idea Pin, tetapi halaman statistik Pin milik Pinterest saat ini hanya menjelaskan Pin standar dan Pin video: Idea Pin tidak lagi menjadi format tersendiri di sana.',
        },
      },
      {
        platform: 'x',
        name: { en: 'Engagements (post activity)', id: 'Engagements (aktivitas posting)' },
        definition: {
          en: 'For organic posts, X counts an engagement each time someone interacts with a post: clicks anywhere on it (a link, a hashtag, the profile name or photo, the media, or expanding its detail), likes, reposts, replies and follows. X gives the engagement rate as engagements divided by impressions. Since October 2017 X reports media views separately, outside engagements.',
          id: 'Untuk posting organik, X menghitung satu engagement setiap kali seseorang berinteraksi dengan posting: klik di bagian mana pun (tautan, hashtag, nama atau foto profil, media, atau membuka detailnya), like, repost, balasan, dan pengikut baru. X memberi engagement rate sebagai engagement dibagi impresi. Sejak Oktober 2017 X melaporkan tayangan media secara terpisah, di luar engagement.',
        },
      },
      {
        platform: 'x',
        name: { en: 'Total engagements (ads)', id: 'Total engagements (iklan)' },
        definition: {
          en: "For promoted posts, X's Ads API builds total engagements from clicks, replies, reposts and follows across search, timelines and profiles.",
          id: 'Untuk posting promosi, Ads API X menyusun total engagement dari klik, balasan, repost, dan pengikut baru di pencarian, timeline, dan profil.',
        },
      },
      {
        platform: 'hootsuite',
        name: { en: 'Post key interactions', id: 'Interaksi utama posting' },
        definition: {
          en: "For X, Hootsuite's metric adds up reposts, replies and likes on posts published in the selected period.",
          id: 'Untuk X, metrik Hootsuite ini menjumlahkan repost, balasan, dan like pada posting yang terbit di periode yang dipilih.',
        },
      },
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's Profile Performance report counts engagements that happened in the selected period on any of your posts, whenever the post was published.",
          id: 'Laporan Profile Performance di Sprout menghitung engagement yang terjadi di periode yang dipilih pada posting mana pun, kapan pun posting itu terbit.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Totals from different platforms contain different actions. Adding them into one "total engagement" number hides that; report them side by side or list what each includes.',
        id: 'Total dari platform yang berbeda berisi aksi yang berbeda. Kalau digabung jadi satu angka "total engagement", perbedaan itu hilang; lebih baik tampilkan berdampingan atau sebutkan isi masing-masing.',
      },
      {
        en: 'Profile-level reports count activity that happened in the period, even on old posts. Post-level reports count the lifetime activity of posts published in the period. The two will not match.',
        id: 'Laporan level profil menghitung aktivitas yang terjadi di periode itu, termasuk pada posting lama. Laporan level posting menghitung aktivitas seumur hidup posting yang terbit di periode itu. Angka keduanya tidak akan sama.',
      },
      {
        en: 'On Instagram, post-level counts leave out interactions on ads, while account totals include boosted content. Say which one you report.',
        id: 'Di Instagram, angka level posting tidak memasukkan interaksi dari iklan, sedangkan total akun memasukkan konten yang di-boost. Sebutkan mana yang Anda laporkan.',
        platforms: ['instagram', 'meta-business-suite'],
      },
      {
        en: 'Platforms close their days in different time zones. Hootsuite notes that Facebook, YouTube and Instagram report in Pacific time, while LinkedIn, X, Pinterest and TikTok use UTC, so daily figures can shift between days.',
        id: 'Platform menutup hari di zona waktu yang berbeda. Hootsuite mencatat Facebook, YouTube, dan Instagram memakai waktu Pasifik, sedangkan LinkedIn, X, Pinterest, dan TikTok memakai UTC, jadi angka harian bisa bergeser ke hari lain.',
      },
    ],
    changes: [
      {
        platform: 'instagram',
        when: '2023-12-11',
        what: {
          en: "Instagram's API retired its older engagement metric (likes and comments only) for all versions and pointed to total interactions, which also counts saves and shares.",
          id: 'API Instagram menghentikan metrik engagement versi lama (hanya like dan komentar) untuk semua versi, lalu menggantinya dengan total interaksi yang juga menghitung simpan dan share.',
        },
      },
    ],
    question: {
      en: 'When engagements jump on one platform, which action drove the jump?',
      id: 'Saat engagement di satu platform melonjak, aksi apa yang mendorong lonjakan itu?',
    },
    goals: ['engagement', 'community', 'awareness'],
    sources: [
      src.igMedia,
      src.igAccount,
      src.igMediaV18,
      src.fbPage,
      src.metaAds,
      src.hsPinterest,
      src.pinterestPinStats,
      src.xEngagementApi,
      src.xEngagementApiChanges,
      src.xAdsDerived,
      src.hsMetrics,
      src.sproutProfile,
      src.hsMulti,
    ],
    sourceNote: {
      en: "Pinterest's own help page for engagements could not be read; the Pinterest definition follows Hootsuite's documentation of Pinterest metrics, and we found no Pinterest page dating the end of Idea Pins. X's help page for its post analytics could not be read; the organic X line follows the metric names in X's Engagement API documentation, which says engagements match X's analytics dashboard, and the dashboard's wording as quoted by reporting tools.",
      id: 'Halaman bantuan Pinterest sendiri soal engagement tidak bisa dibaca; definisi Pinterest di sini mengikuti dokumentasi Hootsuite tentang metrik Pinterest, dan kami tidak menemukan halaman Pinterest yang menyebut tanggal berakhirnya Idea Pin. Halaman bantuan X tentang analitik posting tidak bisa dibaca; baris X organik mengikuti nama metrik di dokumentasi Engagement API X, yang menyebut engagement-nya sama dengan dashboard analitik X, serta kalimat dashboard itu sebagaimana dikutip tool pelaporan.',
    },
  },
  {
    id: 'engagement-rate',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Engagement rate', id: 'Engagement rate' },
    aliases: [
      'ER',
      'Engagement rate',
      'Tingkat engagement',
      'Rasio engagement',
      'Tingkat interaksi',
      'Rasio interaksi',
    ],
    short: {
      en: 'Engagements divided by an audience number, shown as a percentage. Which number sits underneath (reach, impressions or followers) changes the result.',
      id: 'Engagement dibagi angka audiens, lalu ditampilkan dalam persen. Angka pembaginya (reach, impresi, atau pengikut) sangat menentukan hasilnya.',
    },
    explanation: {
      en: 'Engagement rate turns a raw count into a share, so a small post and a big post can be compared. There is no single formula. Platforms and tools divide by reach (accounts that saw it), impressions (times it was shown) or followers. The top of the fraction changes too: some count clicks, others only likes, comments and shares. Before you compare two rates, check that both use the same actions and the same denominator.',
      id: 'Engagement rate mengubah angka mentah menjadi proporsi, sehingga posting kecil dan posting besar bisa dibandingkan. Tidak ada satu rumus baku. Platform dan tools membaginya dengan reach (akun yang melihat), impresi (berapa kali ditampilkan), atau pengikut. Angka di atasnya juga berbeda: ada yang memasukkan klik, ada yang hanya like, komentar, dan share. Sebelum membandingkan dua angka engagement rate, pastikan aksi dan pembaginya sama.',
    },
    formula: {
      en: 'Engagements ÷ (reach, impressions or followers) × 100',
      id: 'Engagement ÷ (reach, impresi, atau pengikut) × 100',
    },
    variants: [
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn Page analytics shows an engagement rate for your posts, but none of LinkedIn's pages we could read documents the formula behind it, so ask the team before rebuilding it by hand. LinkedIn's share statistics cover organic activity only; sponsored activity is reported in ad analytics instead.",
          id: 'Analitik Halaman LinkedIn menampilkan engagement rate untuk posting Anda, tetapi tidak satu pun halaman LinkedIn yang bisa kami baca menjelaskan rumus di baliknya, jadi tanyakan dulu ke tim sebelum menghitung ulang secara manual. Statistik share LinkedIn hanya mencakup aktivitas organik; aktivitas berbayar dilaporkan terpisah di analitik iklan.',
        },
      },
      {
        platform: 'pinterest',
        definition: {
          en: 'Pinterest divides saves, Pin clicks and outbound clicks by the number of times your Pins were on screen. Its engagements total contains more actions than this rate uses.',
          id: 'Pinterest membagi jumlah simpan, klik Pin, dan klik keluar dengan berapa kali Pin Anda tampil di layar. Total engagement-nya berisi lebih banyak aksi daripada yang dipakai di rate ini.',
        },
      },
      {
        platform: 'x',
        definition: {
          en: "In X's Ads API, engagement rate for promoted posts is engagements divided by impressions.",
          id: 'Di Ads API X, engagement rate untuk posting promosi adalah engagement dibagi impresi.',
        },
      },
      {
        platform: 'sprout-social',
        name: { en: 'Engagement %', id: 'Engagement %' },
        definition: {
          en: "In Sprout's Facebook post report, Engagement % is people engaged divided by reach. People engaged adds up those talking about the post (unique likes, comments and shares) and those who clicked.",
          id: 'Di laporan posting Facebook milik Sprout, Engagement % adalah jumlah orang yang terlibat dibagi reach. Orang yang terlibat dihitung dari orang yang "membicarakan" posting (like, komentar, dan share unik) ditambah orang yang mengklik.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'The same post has a higher rate by reach than by impressions, because one account can see it several times. Never compare a reach-based rate with an impression-based one.',
        id: 'Posting yang sama akan punya rate lebih tinggi kalau dibagi reach daripada dibagi impresi, karena satu akun bisa melihatnya berkali-kali. Jangan bandingkan rate berbasis reach dengan rate berbasis impresi.',
      },
      {
        en: "The average of each post's rate is not the same as total engagements divided by total reach. Sprout's help shows both ways; agree on one.",
        id: 'Rata-rata rate per posting tidak sama dengan total engagement dibagi total reach. Bantuan Sprout menjelaskan dua cara ini; sepakati satu cara saja.',
      },
      {
        en: 'Tools such as Sprout Social and Hootsuite may calculate their own rate instead of showing the native one, and Sprout offers versions per impression, per reach and per follower. Ask which tool, and which version, produced the number in the report.',
        id: 'Tool seperti Sprout Social dan Hootsuite bisa menghitung rate versi mereka sendiri, bukan angka bawaan platform, dan Sprout menyediakan versi per impresi, per reach, dan per pengikut. Tanyakan tool mana, dan versi mana, yang menghasilkan angka di laporan.',
      },
      {
        en: 'Industry benchmarks rarely say which formula they used. A benchmark only helps if its formula matches yours.',
        id: 'Benchmark industri jarang menyebut rumus yang dipakai. Benchmark baru berguna kalau rumusnya sama dengan milik Anda.',
      },
    ],
    changes: [],
    question: {
      en: 'Which number sits under our engagement rate: reach, impressions or followers, and why that one?',
      id: 'Angka apa yang menjadi pembagi engagement rate kita: reach, impresi, atau pengikut, dan kenapa yang itu?',
    },
    goals: ['engagement', 'community'],
    sources: [src.liShare, src.hsPinterest, src.xAdsObjective, src.sproutFbReport],
    sourceNote: {
      en: "LinkedIn's help page with the exact formula behind its on-screen engagement rate could not be read, so the LinkedIn variant gives no formula. Reports say LinkedIn's impressions for members' posts have included impressions of reposts since April 2024; LinkedIn's member post statistics page we read does not say so, so we do not state it as fact. We could not read which engagement rate Sprout shows by default, or the formula behind Hootsuite's TikTok engagement rate; ask the team which one their report uses. Pinterest's own help page could not be read either; the Pinterest definition follows Hootsuite's documentation.",
      id: 'Halaman bantuan LinkedIn yang memuat rumus pasti engagement rate di layarnya tidak bisa dibaca, jadi varian LinkedIn tidak memberi rumus. Ada laporan bahwa sejak April 2024 impresi posting anggota LinkedIn ikut menghitung impresi dari repost; halaman statistik posting anggota LinkedIn yang kami baca tidak menyebutnya, jadi kami tidak menyatakannya sebagai fakta. Kami tidak bisa membaca engagement rate mana yang ditampilkan Sprout secara default, atau rumus di balik engagement rate TikTok di Hootsuite; tanyakan ke tim mana yang dipakai laporannya. Halaman bantuan Pinterest juga tidak bisa dibaca; definisi Pinterest mengikuti dokumentasi Hootsuite.',
    },
  },
  {
    id: 'engagement-rate-by-reach',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Engagement rate by reach', id: 'Engagement rate berdasarkan reach' },
    aliases: [
      'ERR',
      'Engagement rate per reach',
      'Engagement rate (per reach)',
      'ER by reach',
      'Engagement rate dari reach',
      'Tingkat engagement per reach',
    ],
    short: {
      en: 'Engagements divided by reach, the number of accounts that saw the content. It answers: of the people who saw this, how many reacted?',
      id: 'Engagement dibagi reach, yaitu jumlah akun yang melihat konten. Angka ini menjawab: dari orang yang melihat, berapa banyak yang merespons?',
    },
    explanation: {
      en: 'Reach counts each account once, so this rate describes how the people who actually saw a post responded. It is useful for comparing posts that reached very different numbers of people. Reach is estimated by the platforms, and Meta labels it as an estimated metric, so small differences mean little. Some tools put engaged people on top, others put total actions; check which before you compare.',
      id: 'Reach menghitung tiap akun satu kali, jadi rate ini menggambarkan respons orang yang benar-benar melihat posting. Cocok untuk membandingkan posting yang jangkauannya sangat berbeda. Reach adalah angka estimasi dari platform, dan Meta sendiri menandainya sebagai metrik estimasi, jadi selisih kecil tidak banyak artinya. Ada tools yang memakai jumlah orang yang terlibat sebagai pembilang, ada juga yang memakai total aksi; cek dulu sebelum membandingkan.',
    },
    formula: { en: 'Engagements ÷ reach × 100', id: 'Engagement ÷ reach × 100' },
    variants: [
      {
        platform: 'sprout-social',
        name: { en: 'Engagement %', id: 'Engagement %' },
        definition: {
          en: "In Sprout's Facebook post report, Engagement % is people engaged (those talking about the post plus those who clicked) divided by total reach.",
          id: 'Di laporan posting Facebook milik Sprout, Engagement % adalah orang yang terlibat (yang membicarakan posting ditambah yang mengklik) dibagi total reach.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: 'Instagram defines reach as the unique accounts that saw your content at least once, including in ads, and marks it as estimated. Its post-level interaction counts are organic only, so the two halves of the fraction may not cover the same activity.',
          id: 'Instagram mendefinisikan reach sebagai akun unik yang melihat konten Anda minimal sekali, termasuk lewat iklan, dan menandainya sebagai estimasi. Angka interaksi level posting hanya organik, jadi pembilang dan penyebutnya bisa mencakup aktivitas yang berbeda.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: 'Facebook Page insights describe unique (reach-type) metrics as approximate and calculate them independently, so total reach may not equal paid reach plus unpaid reach.',
          id: 'Insight Halaman Facebook menyebut metrik unik (jenis reach) sebagai perkiraan dan menghitungnya secara terpisah, jadi total reach bisa tidak sama dengan reach berbayar ditambah reach organik.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Reach is unique, so daily or per-post reach cannot be added up to a monthly reach. Divide by the reach reported for the whole period, or rate each post on its own.',
        id: 'Reach bersifat unik, jadi reach harian atau per posting tidak bisa dijumlahkan menjadi reach bulanan. Bagi dengan reach untuk seluruh periode, atau hitung rate tiap posting secara terpisah.',
      },
      {
        en: 'Mixing organic interactions with reach that includes ads makes the rate look worse than it is. Keep paid and organic on the same side.',
        id: 'Mencampur interaksi organik dengan reach yang sudah termasuk iklan membuat rate terlihat lebih buruk dari kenyataannya. Samakan cakupan berbayar dan organik di kedua sisi.',
      },
      {
        en: 'Not every platform reports reach. Where it is missing, ask what the tool divides by instead.',
        id: 'Tidak semua platform melaporkan reach. Kalau tidak ada, tanyakan tools memakai angka apa sebagai penggantinya.',
      },
    ],
    changes: [],
    question: {
      en: 'Where does the reach in our engagement rate come from, and does it include paid?',
      id: 'Angka reach di engagement rate kita diambil dari mana, dan apakah sudah termasuk yang berbayar?',
    },
    goals: ['engagement', 'community', 'awareness'],
    sources: [src.sproutFbReport, src.igAccount, src.igMedia, src.fbPage],
  },
  {
    id: 'engagement-rate-by-impressions',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Engagement rate by impressions', id: 'Engagement rate berdasarkan impresi' },
    aliases: [
      'ERI',
      'Engagement rate per impression',
      'Engagement rate (per impression)',
      'ER by impressions',
      'Tingkat engagement per impresi',
      'Engagement rate per tayangan',
    ],
    short: {
      en: 'Engagements divided by impressions, the number of times the content was shown. It tells you how often a showing led to an action.',
      id: 'Engagement dibagi impresi, yaitu berapa kali konten ditampilkan. Angka ini menunjukkan seberapa sering satu impresi berujung pada aksi.',
    },
    explanation: {
      en: 'Impressions count every time content appears on a screen, including repeat showings to the same person. Dividing engagements by impressions gives a rate per showing, which is common in ads reporting and on X and Pinterest. For the same post it comes out lower than the rate by reach, because there are at least as many impressions as accounts reached. Meta has replaced impressions with views on Instagram and Facebook, so this rate is hard to rebuild there for recent content.',
      id: 'Impresi menghitung setiap kali konten muncul di layar, termasuk tampilan berulang ke orang yang sama. Engagement dibagi impresi menghasilkan rate per impresi, yang umum dipakai di laporan iklan serta di X dan Pinterest. Untuk posting yang sama, hasilnya lebih rendah daripada rate berdasarkan reach, karena jumlah impresi paling sedikit sama dengan jumlah akun yang dijangkau. Meta sudah mengganti impresi dengan tayangan di Instagram dan Facebook, jadi rate ini sulit dihitung ulang untuk konten terbaru di sana.',
    },
    formula: { en: 'Engagements ÷ impressions × 100', id: 'Engagement ÷ impresi × 100' },
    variants: [
      {
        platform: 'x',
        name: { en: 'Engagement rate', id: 'Engagement rate' },
        definition: {
          en: "X's Ads API derives engagement rate as total engagements divided by impressions, where impressions add up search, timeline and profile impressions of the promoted post.",
          id: 'Ads API X menghitung engagement rate sebagai total engagement dibagi impresi; impresinya adalah gabungan impresi di pencarian, timeline, dan profil untuk posting promosi.',
        },
      },
      {
        platform: 'pinterest',
        name: { en: 'Engagement rate', id: 'Engagement rate' },
        definition: {
          en: 'Pinterest divides saves, Pin clicks and outbound clicks by the number of times your Pins were displayed on a screen.',
          id: 'Pinterest membagi simpan, klik Pin, dan klik keluar dengan berapa kali Pin Anda tampil di layar.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: "Instagram's API no longer offers impressions: the metric was deprecated for all versions on 21 April 2025, and requests for media created from 2 July 2024 return an error. Views (times content was played or displayed) took its place.",
          id: 'API Instagram tidak lagi menyediakan impresi: metrik ini dihentikan untuk semua versi pada 21 April 2025, dan permintaan untuk media yang dibuat sejak 2 Juli 2024 akan error. Penggantinya adalah tayangan (berapa kali konten diputar atau ditampilkan).',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: 'Facebook Page insights mark post impressions as deprecated above Graph API v25 and offer media views, the times content was played or displayed.',
          id: 'Insight Halaman Facebook menandai impresi posting sebagai metrik yang dihentikan di atas Graph API v25, dan menyediakan "media views", yaitu berapa kali konten diputar atau ditampilkan.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Each platform counts an impression under its own rules, so impression-based rates from two platforms are not directly comparable.',
        id: 'Setiap platform punya aturan sendiri soal kapan impresi dihitung, jadi rate berbasis impresi dari dua platform tidak bisa langsung dibandingkan.',
      },
      {
        en: 'Showing the same post again and again to the same people raises impressions faster than engagements, so the rate falls even when the audience likes the post.',
        id: 'Menayangkan posting yang sama berulang kali ke orang yang sama membuat impresi naik lebih cepat daripada engagement, sehingga rate turun walaupun audiens menyukai posting itu.',
      },
      {
        en: 'After Meta switched to views, an old impression-based rate and a new views-based rate measure different things. Mark the break in your trend charts.',
        id: 'Setelah Meta beralih ke tayangan, rate lama berbasis impresi dan rate baru berbasis tayangan mengukur hal yang berbeda. Tandai titik perubahan ini di grafik tren Anda.',
        platforms: ['instagram', 'facebook', 'meta-business-suite'],
      },
    ],
    changes: [
      {
        platform: 'instagram',
        when: '2025-04-21',
        what: {
          en: "Instagram's API deprecated the impressions metric for all versions and introduced views.",
          id: 'API Instagram menghentikan metrik impresi untuk semua versi dan memperkenalkan tayangan.',
        },
      },
      {
        platform: 'facebook',
        when: '2025-11-15',
        what: {
          en: 'Meta deprecated the impressions metric in the Page Insights API for all versions and replaced it with views, so Facebook impressions can no longer be the base of this rate.',
          id: 'Meta menghentikan metrik impresi di Page Insights API untuk semua versi dan menggantinya dengan tayangan, jadi impresi Facebook tidak bisa lagi menjadi pembagi rate ini.',
        },
      },
    ],
    question: {
      en: 'Which impressions do we divide by, and what do we use now that Meta reports views instead?',
      id: 'Impresi mana yang kita pakai sebagai pembagi, dan apa penggantinya sekarang setelah Meta beralih ke tayangan?',
    },
    goals: ['engagement', 'awareness'],
    sources: [src.xAdsDerived, src.hsPinterest, src.igAccount, src.igMedia, src.fbPage, src.fbBlog],
    sourceNote: {
      en: "Pinterest's own help page could not be read; the Pinterest definition follows Hootsuite's documentation of Pinterest metrics. The Facebook date follows Meta's August 2025 announcement, which set 15 November 2025 for impressions, as the impressions entry does; Meta's Page Insights reference separately warns that a further group of metrics will be deprecated by 15 June 2026.",
      id: 'Halaman bantuan Pinterest tidak bisa dibaca; definisi Pinterest mengikuti dokumentasi Hootsuite tentang metrik Pinterest. Tanggal Facebook mengikuti pengumuman Meta pada Agustus 2025, yang menetapkan 15 November 2025 untuk impresi, sama seperti di entri impresi; referensi Page Insights Meta secara terpisah memperingatkan bahwa sekelompok metrik lain akan dihentikan paling lambat 15 Juni 2026.',
    },
  },
  {
    id: 'engagement-rate-by-followers',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Engagement rate by followers', id: 'Engagement rate berdasarkan pengikut' },
    aliases: [
      'ER by followers',
      'Engagement rate per follower',
      'Engagement rate (per follower)',
      'Follower engagement rate',
      'Tingkat engagement per follower',
      'ER follower',
    ],
    short: {
      en: 'Engagements divided by the follower count. Easy to calculate from public numbers, but many people who engage are not followers.',
      id: 'Engagement dibagi jumlah pengikut. Mudah dihitung dari angka publik, tetapi banyak orang yang berinteraksi sebenarnya bukan pengikut.',
    },
    explanation: {
      en: 'This version divides engagements by how many followers the account has. Agencies and creators like it because anyone can compute it from public counts, including for competitors. Its weakness is that followers are not the audience of a given post: a post can reach many non-followers and only a few followers. The follower count also moves during the period, so say which number you used.',
      id: 'Versi ini membagi engagement dengan jumlah pengikut akun. Agensi dan kreator suka memakainya karena bisa dihitung siapa saja dari angka publik, termasuk untuk kompetitor. Kelemahannya, pengikut bukan penonton sebenarnya dari sebuah posting: satu posting bisa menjangkau banyak bukan pengikut dan hanya sedikit pengikut. Jumlah pengikut juga berubah selama periode, jadi sebutkan angka mana yang dipakai.',
    },
    formula: { en: 'Engagements ÷ followers × 100', id: 'Engagement ÷ pengikut × 100' },
    variants: [
      {
        platform: 'instagram',
        definition: {
          en: "Instagram's insights do not show this rate; teams calculate it from interaction counts and the follower count. The API can split reach and views into followers and non-followers, and does not return follower metrics for accounts with fewer than 100 followers.",
          id: 'Insight Instagram tidak menampilkan rate ini; tim menghitungnya sendiri dari jumlah interaksi dan jumlah pengikut. API-nya bisa memisahkan reach dan tayangan antara pengikut dan bukan pengikut, dan tidak memberikan metrik pengikut untuk akun dengan kurang dari 100 pengikut.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: 'Facebook Page insights give the follower count as follows minus unfollows over the lifetime of the Page. That is the number to divide by if you use this method.',
          id: 'Insight Halaman Facebook menghitung jumlah pengikut sebagai total pengikut baru dikurangi yang berhenti mengikuti sepanjang umur Halaman. Itulah angka pembaginya kalau Anda memakai metode ini.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'A post that travels far beyond your followers can show a rate above 100. That is not an error, just a sign this method describes reach poorly.',
        id: 'Posting yang menyebar jauh melampaui pengikut Anda bisa menghasilkan rate di atas 100. Itu bukan kesalahan, hanya tanda bahwa metode ini kurang pas untuk menggambarkan jangkauan.',
      },
      {
        en: 'Use the same follower number every time: start of the period, end of the period or an average. Switching between them moves the rate with no change in behaviour.',
        id: 'Pakai angka pengikut yang sama setiap kali: awal periode, akhir periode, atau rata-rata. Berganti-ganti membuat rate bergerak padahal perilaku audiens tidak berubah.',
      },
      {
        en: 'Inactive or bought followers lower the rate. A falling rate after fast follower growth may say more about the new followers than about the content.',
        id: 'Pengikut yang tidak aktif atau hasil beli menurunkan rate. Rate yang turun setelah pengikut naik cepat bisa jadi lebih menggambarkan kualitas pengikut baru daripada kualitas konten.',
      },
    ],
    changes: [],
    question: {
      en: 'Which follower number do we divide by, and why this method rather than reach?',
      id: 'Angka pengikut mana yang kita pakai sebagai pembagi, dan kenapa memilih metode ini dibanding reach?',
    },
    goals: ['engagement', 'audience-growth', 'community'],
    sources: [src.igAccount, src.fbPage],
    sourceNote: {
      en: 'No platform documents this as an official metric; it is a calculation teams make themselves. The variants describe the inputs each platform provides.',
      id: 'Tidak ada platform yang mendokumentasikan ini sebagai metrik resmi; ini hitungan yang dibuat tim sendiri. Varian di sini menjelaskan bahan hitungan yang disediakan tiap platform.',
    },
  },
  {
    id: 'reactions',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Reactions', id: 'Reaksi' },
    aliases: ['Post reactions', 'Total reactions', 'Reaksi', 'Reaksi postingan', 'Emoji reactions'],
    short: {
      en: 'The number of times people responded to a post with a reaction button, such as Like or Love on Facebook or Celebrate on LinkedIn.',
      id: 'Jumlah respons orang lewat tombol reaksi pada sebuah posting, misalnya Suka atau Super di Facebook, atau Celebrate di LinkedIn.',
    },
    explanation: {
      en: 'Reactions are one-tap responses that go beyond a plain like. Facebook offers several, and its Page insights count them by type: like, love, wow, haha, sad and angry, with "care" counted inside "like". LinkedIn replaced the old like with a set of reactions and counts them together. Reactions are quick to give, so they show that a post landed, not that it changed anything. The mix of types still tells you about mood, which matters on sensitive topics.',
      id: 'Reaksi adalah respons sekali ketuk yang lebih beragam dari sekadar like. Facebook punya beberapa jenis, dan insight Halamannya menghitung per jenis: like, love, wow, haha, sedih, dan marah, dengan "peduli" dihitung ke dalam "like". LinkedIn mengganti like lama dengan sekumpulan reaksi dan menghitungnya bersama. Reaksi gampang diberikan, jadi menunjukkan posting sampai ke audiens, bukan bahwa posting itu mengubah sesuatu. Namun komposisi jenis reaksinya tetap memberi gambaran suasana hati audiens, yang penting untuk topik sensitif.',
    },
    variants: [
      {
        platform: 'facebook',
        definition: {
          en: 'Page insights report reactions by type for each post (lifetime) and for the Page per day. The "like" count includes "care" reactions.',
          id: 'Insight Halaman melaporkan reaksi per jenis untuk tiap posting (sepanjang umur posting) dan untuk Halaman per hari. Angka "like" sudah termasuk reaksi "peduli".',
        },
      },
      {
        platform: 'linkedin',
        definition: {
          en: 'LinkedIn treats reactions as an expansion of likes: its Reactions API replaced the earlier likes, so the reactions count covers every reaction type.',
          id: 'LinkedIn memperlakukan reaksi sebagai perluasan dari like: Reactions API-nya menggantikan fitur like lama, jadi angka reaksi mencakup semua jenis reaksi.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'On Facebook "like" includes "care", and Instagram has only likes. Comparing Facebook reactions with Instagram likes compares different things.',
        id: 'Di Facebook, "like" sudah termasuk "peduli", sedangkan Instagram hanya punya like. Membandingkan reaksi Facebook dengan like Instagram berarti membandingkan dua hal yang berbeda.',
        platforms: ['facebook', 'instagram', 'meta-business-suite', 'meta-ads-manager'],
      },
      {
        en: 'Angry and sad reactions add to the total just like love does. Around a crisis, look at the types, not only the sum.',
        id: 'Reaksi marah dan sedih menambah total sama seperti love. Saat ada krisis, lihat jenis reaksinya, jangan hanya jumlahnya.',
        platforms: ['facebook', 'meta-business-suite'],
      },
      {
        en: 'Per-day Page reactions count when the reaction happened; per-post reactions count over the life of the post. Do not mix the two in one table.',
        id: 'Reaksi Halaman per hari dihitung berdasarkan kapan reaksi terjadi; reaksi per posting dihitung sepanjang umur posting. Jangan campur keduanya dalam satu tabel.',
        platforms: ['facebook', 'meta-business-suite'],
      },
      {
        en: "LinkedIn's analytics count every reaction type together, so a post that drew Support on sad news and one that drew Celebrate can show the same total. On a sensitive post, open its list of reactions to see which ones people chose.",
        id: 'Analitik LinkedIn menghitung semua jenis reaksi jadi satu angka, sehingga posting yang mendapat Support di kabar duka dan posting yang mendapat Celebrate bisa menunjukkan total yang sama. Untuk posting yang sensitif, buka daftar reaksinya untuk melihat reaksi apa yang dipilih orang.',
        platforms: ['linkedin'],
      },
    ],
    changes: [],
    question: {
      en: 'Which reactions do we get on sensitive posts, and who on the team reads them?',
      id: 'Reaksi apa yang muncul di posting yang sensitif, dan siapa di tim yang memantaunya?',
    },
    goals: ['engagement', 'community', 'reputation'],
    sources: [src.fbPage, src.liReactions],
  },
  {
    id: 'likes',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Likes', id: 'Like (suka)' },
    aliases: ['Like', 'Hearts', 'Total likes', 'Suka', 'Jumlah suka', 'Jumlah like'],
    short: {
      en: 'The number of times people tapped like on your content. It is the lightest form of engagement.',
      id: 'Berapa kali orang menekan tombol like pada konten Anda. Ini bentuk engagement yang paling ringan.',
    },
    explanation: {
      en: 'A like takes one tap, so it is the most common and the least telling engagement signal. Platforms count it in their own way. YouTube counts positive ratings on a video. Instagram counts likes on posts, reels and videos. On Facebook the closest number is the "like" reaction. Use likes to see what people enjoy, then look at comments, shares and saves for stronger signals.',
      id: 'Like cukup sekali ketuk, jadi ini sinyal engagement yang paling umum sekaligus paling sedikit maknanya. Tiap platform menghitungnya dengan caranya sendiri. YouTube menghitung rating positif pada video. Instagram menghitung like di posting, reels, dan video. Di Facebook, angka yang paling mirip adalah reaksi "like". Pakai like untuk melihat apa yang disukai orang, lalu cek komentar, share, dan simpan untuk sinyal yang lebih kuat.',
    },
    variants: [
      {
        platform: 'instagram',
        definition: {
          en: 'Counts likes on posts, reels and videos. At post level the API counts organic likes only; a separate total adds likes on ads that use the same media.',
          id: 'Menghitung like di posting, reels, dan video. Di level posting, API hanya menghitung like organik; ada total terpisah yang menambahkan like dari iklan yang memakai media yang sama.',
        },
      },
      {
        platform: 'youtube',
        definition: {
          en: 'Counts the times viewers gave a video a positive rating.',
          id: 'Menghitung berapa kali penonton memberi rating positif pada video.',
        },
      },
      {
        platform: 'tiktok',
        definition: {
          en: "TikTok's API reports the number of likes for a video.",
          id: 'API TikTok melaporkan jumlah like untuk sebuah video.',
        },
      },
      {
        platform: 'threads',
        definition: {
          en: 'Threads counts likes on the post; its insights do not include the metrics of nested replies.',
          id: 'Threads menghitung like pada posting; insight-nya tidak mencakup metrik dari balasan bertingkat.',
        },
      },
      {
        platform: 'x',
        definition: {
          en: 'X counts likes among the public metrics anyone can see. Since December 2022, X also shows a view count on each post to anyone, so how often a post was seen is no longer private; its API still lists impressions among the metrics only the account can request.',
          id: 'X memasukkan like ke metrik publik yang bisa dilihat siapa saja. Sejak Desember 2022, X juga menampilkan jumlah tayangan di setiap posting kepada siapa saja, jadi berapa kali sebuah posting dilihat tidak lagi rahasia; API-nya masih memasukkan impresi ke metrik yang hanya bisa diminta oleh pemilik akun.',
        },
      },
      {
        platform: 'facebook',
        name: { en: 'Like reactions', id: 'Reaksi like' },
        definition: {
          en: 'In Page insights, post likes appear as the "like" reaction, which also includes "care" reactions.',
          id: 'Di insight Halaman, like pada posting muncul sebagai reaksi "like", yang juga mencakup reaksi "peduli".',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Instagram has two like totals: organic only, and one that includes likes on ads using the same media. Say which one you report.',
        id: 'Instagram punya dua total like: khusus organik, dan yang sudah termasuk like dari iklan dengan media yang sama. Sebutkan mana yang Anda laporkan.',
        platforms: ['instagram', 'meta-business-suite'],
      },
      {
        en: 'Likes keep arriving after a report is pulled, and Instagram notes its data can be delayed by up to 48 hours. Note the date you took the numbers.',
        id: 'Like terus bertambah setelah laporan ditarik, dan Instagram mencatat datanya bisa terlambat hingga 48 jam. Catat tanggal Anda mengambil angkanya.',
      },
      {
        en: 'A high like count with few comments or shares often means pleasant but forgettable. Do not read likes alone as success.',
        id: 'Like banyak tapi komentar dan share sedikit sering berarti konten menyenangkan tapi mudah dilupakan. Jangan anggap like saja sebagai tanda sukses.',
      },
    ],
    changes: [],
    question: {
      en: 'Beyond likes, which action tells us a post really worked for our goal?',
      id: 'Selain like, aksi apa yang menunjukkan sebuah posting benar-benar berhasil untuk tujuan kita?',
    },
    goals: ['engagement', 'awareness'],
    sources: [src.igMedia, src.ytMetrics, src.tiktokVideo, src.threads, src.xMetrics, src.fbPage],
    sourceNote: {
      en: "X's help page on view counts could not be read; the December 2022 date comes from press reports quoting X's support account (Moneycontrol, 23 December 2022). Indonesian labels: we could not confirm from an Instagram help page or screenshot that Instagram's Indonesian insights show \"Suka\", so it is not listed as a label yet.",
      id: 'Halaman bantuan X tentang jumlah tayangan tidak bisa kami baca; tanggal Desember 2022 berasal dari pemberitaan media yang mengutip akun dukungan X (Moneycontrol, 23 Desember 2022). Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Instagram bahwa insight Instagram berbahasa Indonesia menampilkan "Suka", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'comments',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Comments', id: 'Komentar' },
    aliases: ['Comment count', 'Replies', 'Komentar', 'Jumlah komentar', 'Balasan'],
    short: {
      en: 'The number of comments people left on your content. Comments take effort, so they show stronger interest, and they need a reply.',
      id: 'Jumlah komentar yang ditinggalkan orang di konten Anda. Berkomentar butuh usaha, jadi ini tanda minat yang lebih kuat, dan komentar perlu dibalas.',
    },
    explanation: {
      en: 'A comment is a public response in words, which makes it one of the more valuable signals and also one of the most demanding: someone on the team reads, answers and sometimes moderates each one. Platforms differ on what they count. Instagram counts comments on posts and reels and subtracts deleted ones from its interaction totals. Threads and X call them replies. YouTube counts comments on a video. A jump in comments can mean a good conversation or a problem, so read them, not just the number.',
      id: 'Komentar adalah respons publik dalam bentuk kata-kata, jadi termasuk sinyal yang paling berharga sekaligus paling menuntut: ada orang di tim yang membaca, membalas, dan kadang memoderasi satu per satu. Yang dihitung tiap platform berbeda. Instagram menghitung komentar di posting dan reels, dan mengurangi komentar yang dihapus dari total interaksinya. Threads dan X menyebutnya balasan. YouTube menghitung komentar pada video. Lonjakan komentar bisa berarti percakapan yang bagus atau justru masalah, jadi baca isinya, jangan hanya melihat angkanya.',
    },
    variants: [
      {
        platform: 'instagram',
        definition: {
          en: 'Counts comments on feed posts and reels. The post-level figure is organic only; a separate total adds comments on ads that use the same media.',
          id: 'Menghitung komentar di posting feed dan reels. Angka level posting hanya organik; ada total terpisah yang menambahkan komentar dari iklan dengan media yang sama.',
        },
      },
      {
        platform: 'youtube',
        definition: {
          en: 'Counts the times users commented on a video.',
          id: 'Menghitung berapa kali pengguna berkomentar pada video.',
        },
      },
      {
        platform: 'threads',
        name: { en: 'Replies', id: 'Balasan' },
        definition: {
          en: 'Threads reports replies. For a root post the number includes the total replies, but the metrics of nested replies themselves are not captured.',
          id: 'Threads melaporkan balasan. Untuk posting utama, angkanya mencakup total balasan, tetapi metrik dari balasan bertingkat itu sendiri tidak ikut tercatat.',
        },
      },
      {
        platform: 'tiktok',
        definition: {
          en: "TikTok's API reports the number of comments on a video.",
          id: 'API TikTok melaporkan jumlah komentar pada sebuah video.',
        },
      },
      {
        platform: 'x',
        name: { en: 'Replies', id: 'Balasan' },
        definition: {
          en: 'X counts replies to a post among its public metrics.',
          id: 'X memasukkan jumlah balasan pada posting ke dalam metrik publiknya.',
        },
      },
    ],
    pitfalls: [
      {
        en: "Platforms do not all say whether the brand's own replies are in the count. Ask, because an active team can inflate its own comment numbers.",
        id: 'Tidak semua platform menjelaskan apakah balasan dari akun brand sendiri ikut dihitung. Tanyakan, karena tim yang aktif membalas bisa ikut menaikkan angka komentarnya sendiri.',
      },
      {
        en: 'Hidden and deleted comments change the totals after the fact, so the same post can show different numbers in two reports.',
        id: 'Komentar yang disembunyikan atau dihapus mengubah total belakangan, jadi posting yang sama bisa menunjukkan angka berbeda di dua laporan.',
      },
      {
        en: 'More comments is not always better. Read the tone, and remember that every comment is work for someone on the team.',
        id: 'Komentar banyak tidak selalu lebih baik. Perhatikan nadanya, dan ingat setiap komentar adalah pekerjaan bagi seseorang di tim.',
      },
    ],
    changes: [],
    question: {
      en: 'Who reads and answers the comments, and how much of their week does it take?',
      id: 'Siapa yang membaca dan membalas komentar, dan berapa banyak waktu mereka dalam seminggu tersita untuk itu?',
    },
    goals: ['community', 'engagement', 'customer-care', 'reputation'],
    sources: [src.igMedia, src.ytMetrics, src.threads, src.tiktokVideo, src.xMetrics],
  },
  {
    id: 'shares',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Shares', id: 'Share (dibagikan)' },
    aliases: ['Share', 'Sends', 'Share count', 'Dibagikan', 'Bagikan', 'Jumlah share', 'Kirim'],
    short: {
      en: 'The number of times people passed your content on, to their own feed or story or to someone else.',
      id: 'Berapa kali orang meneruskan konten Anda, ke feed atau story mereka sendiri, atau ke orang lain.',
    },
    explanation: {
      en: 'A share puts your content in front of people who did not see it the first time, so it is one of the few engagement signals that also grows reach. What counts differs. Instagram counts shares of posts, stories, reels, videos and live videos. YouTube counts uses of its Share button. On Facebook, shares are part of post engagements. On LinkedIn and X the similar action is called a repost and has its own entry.',
      id: 'Share membawa konten Anda ke orang yang belum melihatnya, jadi ini salah satu dari sedikit sinyal engagement yang sekaligus menambah jangkauan. Yang dihitung berbeda-beda. Instagram menghitung share pada posting, story, reels, video, dan live. YouTube menghitung pemakaian tombol Bagikan. Di Facebook, share termasuk dalam engagement postingan. Di LinkedIn dan X, aksi serupa disebut repost dan dijelaskan di entri tersendiri.',
    },
    variants: [
      {
        platform: 'instagram',
        definition: {
          en: 'Counts shares of your posts, stories, reels, videos and live videos.',
          id: 'Menghitung share pada posting, story, reels, video, dan live Anda.',
        },
      },
      {
        platform: 'youtube',
        definition: {
          en: 'Counts the times users shared a video through the Share button.',
          id: 'Menghitung berapa kali pengguna membagikan video lewat tombol Bagikan.',
        },
      },
      {
        platform: 'tiktok',
        definition: {
          en: "TikTok's API reports the number of shares of a video.",
          id: 'API TikTok melaporkan jumlah share sebuah video.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: 'Shares are one of the actions counted in Page post engagements, next to reactions and comments.',
          id: 'Share termasuk aksi yang dihitung dalam engagement posting Halaman, bersama reaksi dan komentar.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Shares and reposts have different names and rules. Do not add LinkedIn reposts to Instagram shares without saying so.',
        id: 'Share dan repost punya nama dan aturan yang berbeda. Jangan jumlahkan repost LinkedIn dengan share Instagram tanpa menjelaskannya.',
      },
      {
        en: 'Many shares go to private messages. You see the count, not the conversation, so you cannot tell whether people shared in praise or in complaint.',
        id: 'Banyak share terjadi lewat pesan pribadi. Anda hanya melihat angkanya, bukan percakapannya, jadi tidak bisa tahu apakah dibagikan karena suka atau karena mengeluh.',
      },
      {
        en: 'A sudden spike in shares on a post that is not your best can be the start of criticism spreading. Check the comments and mentions too.',
        id: 'Lonjakan share mendadak pada posting yang biasa-biasa saja bisa jadi awal kritik yang menyebar. Cek juga komentar dan mention.',
      },
    ],
    changes: [],
    question: {
      en: 'Which posts get shared most, and do we know why people pass them on?',
      id: 'Posting mana yang paling banyak dibagikan, dan apakah kita tahu alasan orang membagikannya?',
    },
    goals: ['awareness', 'engagement', 'audience-growth'],
    sources: [src.igAccount, src.ytMetrics, src.tiktokVideo, src.fbPage],
    sourceNote: {
      en: 'Indonesian labels: we could not confirm from an Instagram help page or screenshot that Instagram\'s Indonesian insights show "Dibagikan", so it is not listed as a label yet.',
      id: 'Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Instagram bahwa insight Instagram berbahasa Indonesia menampilkan "Dibagikan", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'reposts',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Reposts', id: 'Repost (posting ulang)' },
    aliases: ['Repost', 'Retweets', 'Retweet', 'RT', 'Reshares', 'Posting ulang', 'Quote posts', 'Kutipan'],
    short: {
      en: 'The number of times people re-published your post to their own followers, as on X, LinkedIn, Threads and Instagram.',
      id: 'Berapa kali orang menerbitkan ulang posting Anda ke pengikut mereka sendiri, seperti di X, LinkedIn, Threads, dan Instagram.',
    },
    explanation: {
      en: "A repost shows your post, with your name on it, to the reposter's followers. On X this was long called a retweet, and X's API still uses that word; quote posts, where someone adds their own words, are counted separately. LinkedIn page analytics shows reposts of your Page's posts. Instagram's API now reports reposts too, net of reposts later deleted. A repost borrows someone else's audience, so it is a strong sign of trust, and also a way your content travels into conversations you do not control.",
      id: 'Repost menampilkan posting Anda, lengkap dengan nama akun Anda, ke pengikut orang yang me-repost. Di X, aksi ini lama disebut retweet, dan API X masih memakai istilah itu; quote, yaitu repost dengan tambahan komentar, dihitung terpisah. Analitik Halaman LinkedIn menampilkan repost atas posting Halaman Anda. API Instagram kini juga melaporkan repost, setelah dikurangi repost yang kemudian dihapus. Repost meminjam audiens orang lain, jadi ini tanda kepercayaan yang kuat, sekaligus jalan konten Anda masuk ke percakapan yang tidak Anda kendalikan.',
    },
    variants: [
      {
        platform: 'x',
        name: { en: 'Retweets (in the API)', id: 'Retweet (di API)' },
        definition: {
          en: "X's API reports retweets and quote tweets as two separate metrics, and counts retweets among the public metrics anyone can see.",
          id: 'API X melaporkan retweet dan quote tweet sebagai dua metrik terpisah, dan memasukkan retweet ke metrik publik yang bisa dilihat siapa saja.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: 'Counts reposts of your post, reel or story minus reposts that were later deleted.',
          id: 'Menghitung repost atas posting, reels, atau story Anda, dikurangi repost yang kemudian dihapus.',
        },
      },
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn page analytics shows reposts of your Page's posts. LinkedIn's share statistics are organic only; reposts of sponsored content are reported in ad analytics.",
          id: 'Analitik Halaman LinkedIn menampilkan repost atas posting Halaman Anda. Statistik share LinkedIn hanya organik; repost dari konten berbayar dilaporkan di analitik iklan.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Some tools add quote posts to reposts and some do not. Check before comparing months or tools.',
        id: 'Ada tools yang menggabungkan quote dengan repost, ada yang tidak. Cek dulu sebelum membandingkan antarbulan atau antartools.',
      },
      {
        en: 'Instagram subtracts deleted reposts, so its count can go down. Other platforms do not document this.',
        id: 'Instagram mengurangi repost yang dihapus, jadi angkanya bisa turun. Platform lain tidak menjelaskan hal ini.',
        platforms: ['instagram'],
      },
      {
        en: 'Exports and APIs may still say "retweets" or "shares" where the app says "reposts". Match the names before merging data.',
        id: 'File ekspor dan API bisa masih menulis "retweets" atau "shares" padahal di aplikasi tertulis "reposts". Samakan dulu namanya sebelum menggabungkan data.',
      },
    ],
    changes: [],
    question: {
      en: 'Who reposts us most, and does it bring us followers or only reach?',
      id: 'Siapa yang paling sering me-repost kita, dan apakah itu mendatangkan pengikut atau hanya jangkauan?',
    },
    goals: ['awareness', 'engagement', 'audience-growth'],
    sources: [src.xMetrics, src.igMedia, src.liShare],
    sourceNote: {
      en: "X's renaming of retweets to reposts shows in the app, but no official X page describing the change could be read, so no date is given. LinkedIn's help page for its reposts metric could not be read either.",
      id: 'Perubahan nama retweet menjadi repost terlihat di aplikasi X, tetapi tidak ada halaman resmi X tentang perubahan itu yang bisa dibaca, jadi tanggalnya tidak dicantumkan. Halaman bantuan LinkedIn untuk metrik repost juga tidak bisa dibaca.',
    },
  },
  {
    id: 'saves',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Saves', id: 'Simpan (disimpan)' },
    aliases: ['Saved', 'Save', 'Bookmarks', 'Pin saves', 'Disimpan', 'Simpan', 'Jumlah simpan'],
    short: {
      en: 'The number of times people saved your content to come back to it later. It hints that the content is useful, not just pleasant.',
      id: 'Berapa kali orang menyimpan konten Anda untuk dibuka lagi nanti. Ini petunjuk bahwa kontennya berguna, bukan sekadar enak dilihat.',
    },
    explanation: {
      en: 'A save is a private bookmark: the person wants to find the post again. That makes it a good signal for how-to content, recipes, checklists and other useful material. On Pinterest, saving a Pin to a board is the core action, and Pinterest counts it in engagements and engagement rate. On Instagram, saves count towards total interactions, and unsaves are subtracted.',
      id: 'Simpan adalah bookmark pribadi: orang itu ingin menemukan posting tersebut lagi. Karena itu simpan jadi sinyal yang bagus untuk konten tutorial, resep, checklist, dan materi berguna lainnya. Di Pinterest, menyimpan Pin ke board adalah aksi utama, dan Pinterest memasukkannya ke engagement dan engagement rate. Di Instagram, simpan dihitung dalam total interaksi, dan batal simpan dikurangkan.',
    },
    variants: [
      {
        platform: 'instagram',
        name: { en: 'Saved', id: 'Disimpan' },
        definition: {
          en: "Instagram's API counts the number of times the media was saved. Instagram's help page describes the same insight as the number of unique accounts that saved the post.",
          id: 'API Instagram menghitung berapa kali media disimpan. Halaman bantuan Instagram menjelaskan insight yang sama sebagai jumlah akun unik yang menyimpan posting.',
        },
      },
      {
        platform: 'pinterest',
        definition: {
          en: 'Counts the times people saved your Pins to their boards. Saves are part of both Pinterest engagements and its engagement rate.',
          id: 'Menghitung berapa kali orang menyimpan Pin Anda ke board mereka. Simpan termasuk dalam engagement dan engagement rate Pinterest.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Instagram describes saves both as a count of saves and as a count of unique accounts. Ask which one your tool shows before comparing it with another platform.',
        id: 'Instagram menjelaskan simpan sebagai jumlah aksi simpan dan juga sebagai jumlah akun unik. Tanyakan mana yang ditampilkan tools Anda sebelum membandingkan dengan platform lain.',
        platforms: ['instagram', 'meta-business-suite'],
      },
      {
        en: 'Not every tool puts saves in its engagement total. A rate that leaves them out will look weaker for useful content.',
        id: 'Tidak semua tools memasukkan simpan ke total engagement. Rate yang tidak menghitung simpan akan terlihat lebih lemah untuk konten yang berguna.',
      },
      {
        en: 'Because unsaves are subtracted, an Instagram total can drop between two reports.',
        id: 'Karena batal simpan dikurangkan, total di Instagram bisa turun di antara dua laporan.',
        platforms: ['instagram', 'meta-business-suite'],
      },
    ],
    changes: [],
    question: {
      en: 'Which posts do people save, and what does that tell us about what they find useful?',
      id: 'Posting mana yang disimpan orang, dan apa artinya tentang konten yang mereka anggap berguna?',
    },
    goals: ['engagement', 'community'],
    sources: [src.igMedia, src.igHelp, src.igAccount, src.hsPinterest],
    sourceNote: {
      en: "Instagram's developer documentation (a count of saves) and its help page (unique accounts that saved) disagree. Pinterest's own help page could not be read; the Pinterest definition follows Hootsuite's documentation. Indonesian labels: we could not confirm from an Instagram help page or screenshot that Instagram's Indonesian insights show \"Disimpan\", so it is not listed as a label yet.",
      id: 'Dokumentasi developer Instagram (jumlah aksi simpan) dan halaman bantuannya (jumlah akun unik yang menyimpan) tidak sejalan. Halaman bantuan Pinterest tidak bisa dibaca; definisi Pinterest mengikuti dokumentasi Hootsuite. Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Instagram bahwa insight Instagram berbahasa Indonesia menampilkan "Disimpan", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'clicks',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Clicks', id: 'Klik' },
    aliases: ['Clicks (all)', 'Post clicks', 'Total clicks', 'Post consumptions', 'Klik', 'Semua klik', 'Klik (semua)'],
    short: {
      en: 'The number of clicks on your post or ad, anywhere in it. Depending on the platform this includes clicks that never leave the platform.',
      id: 'Jumlah klik di bagian mana pun dari posting atau iklan Anda. Tergantung platformnya, ini termasuk klik yang tidak pernah keluar dari platform.',
    },
    explanation: {
      en: "Clicks is a broad count. On Facebook, post clicks are clicks anywhere in a post that do not create a story, such as opening a photo; a breakdown shows the types. In Meta's ads reporting, clicks (all) counts every kind of click on your ads, and link clicks and outbound clicks are narrower subsets. LinkedIn also shows clicks on your Page's posts. Because clicks mix curious taps with real visits, use link clicks or outbound clicks when the goal is traffic to your website.",
      id: 'Klik adalah hitungan yang luas. Di Facebook, klik posting adalah klik di bagian mana pun dari posting yang tidak menghasilkan aktivitas publik, misalnya membuka foto; rinciannya bisa dilihat per jenis. Di laporan iklan Meta, klik (semua) menghitung setiap jenis klik pada iklan, sedangkan klik tautan dan klik keluar adalah bagian yang lebih sempit. LinkedIn juga menampilkan klik pada posting Halaman Anda. Karena klik mencampur ketukan iseng dengan kunjungan sungguhan, pakai klik tautan atau klik keluar kalau tujuannya traffic ke website.',
    },
    variants: [
      {
        platform: 'facebook',
        name: { en: 'Post clicks', id: 'Klik posting' },
        definition: {
          en: 'Counts the times people clicked anywhere in your posts without generating a story. A breakdown by consumption type is available.',
          id: 'Menghitung berapa kali orang mengklik bagian mana pun dari posting tanpa menghasilkan aktivitas publik. Tersedia rincian berdasarkan jenis kliknya.',
        },
      },
      {
        platform: 'meta-ads-manager',
        name: { en: 'Clicks (all)', id: 'Klik (semua)' },
        definition: {
          en: 'Every kind of click on your ads: link clicks, but also likes and reactions, comments and shares, clicks to your Page or profile, and taps that open a photo or video full screen. Link clicks and outbound clicks are reported as narrower metrics.',
          id: 'Semua jenis klik pada iklan Anda: klik tautan, tetapi juga like dan reaksi, komentar dan share, klik ke Halaman atau profil Anda, serta ketukan yang membuka foto atau video layar penuh. Klik tautan dan klik keluar dilaporkan sebagai metrik yang lebih sempit.',
        },
      },
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn page analytics shows clicks on your Page's posts. Its share statistics cover organic activity only.",
          id: 'Analitik Halaman LinkedIn menampilkan klik pada posting Halaman Anda. Statistik share-nya hanya mencakup aktivitas organik.',
        },
      },
      {
        platform: 'sprout-social',
        definition: {
          en: "In Sprout's Facebook post report, Clicks maps to Facebook's Lifetime Post Consumers, which counts people who clicked rather than clicks.",
          id: 'Di laporan posting Facebook milik Sprout, Clicks diambil dari Lifetime Post Consumers milik Facebook, yang menghitung orang yang mengklik, bukan jumlah kliknya.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Clicks, link clicks and outbound clicks go from broad to narrow. Reporting the broad one as "traffic" overstates what reached your website.',
        id: 'Klik, klik tautan, dan klik keluar berurutan dari yang paling luas ke paling sempit. Melaporkan yang paling luas sebagai "trafik" membuat angka ke website terlihat lebih besar dari kenyataan.',
      },
      {
        en: "Some reports count people who clicked, others count clicks. Sprout's Facebook report uses people, Facebook's post clicks use clicks.",
        id: 'Ada laporan yang menghitung orang yang mengklik, ada yang menghitung jumlah klik. Laporan Facebook di Sprout memakai jumlah orang, sedangkan klik posting Facebook memakai jumlah klik.',
      },
      {
        en: 'Each platform decides what a click is, so click totals from different platforms are not comparable.',
        id: 'Setiap platform menentukan sendiri apa yang disebut klik, jadi total klik dari platform berbeda tidak bisa dibandingkan.',
      },
    ],
    changes: [],
    question: {
      en: 'Of all the clicks in this report, how many reached our website?',
      id: 'Dari semua klik di laporan ini, berapa yang benar-benar sampai ke website kita?',
    },
    goals: ['engagement', 'leads-and-sales'],
    sources: [src.fbPage, src.metaAds, src.metaClicksAll, src.liShare, src.sproutFbReport],
    sourceNote: {
      en: "LinkedIn's help page defining which clicks its page analytics count could not be read, so the LinkedIn variant stays general. Meta's help page on clicks (all) was read from a stored copy of the official page; descriptions by others also count clicks that expand the text (\"see more\"), which Meta's page describes only as interactions with the ad.",
      id: 'Halaman bantuan LinkedIn yang menjelaskan klik apa saja yang dihitung di analitik Halamannya tidak bisa dibaca, jadi varian LinkedIn dibuat umum. Halaman bantuan Meta tentang klik (semua) kami baca dari salinan tersimpan halaman resminya; penjelasan pihak lain juga menghitung klik yang membuka teks lengkap ("lihat selengkapnya"), yang di halaman Meta hanya disebut sebagai interaksi dengan iklan.',
    },
  },
  {
    id: 'ctr',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Click-through rate (CTR)', id: 'Click-through rate (CTR)' },
    aliases: [
      'CTR',
      'Click-through rate',
      'CTR (all)',
      'CTR (link click-through rate)',
      'Link CTR',
      'Outbound CTR',
      'Rasio klik-tayang',
      'RKT',
      'Tingkat klik',
    ],
    short: {
      en: 'The share of impressions that led to a click. Which clicks count, all clicks or only link clicks, changes the number.',
      id: 'Proporsi impresi yang berujung pada klik. Klik mana yang dihitung, semua klik atau hanya klik tautan, mengubah angkanya.',
    },
    explanation: {
      en: "CTR divides clicks by impressions, so it tells you how often a showing of your post or ad turned into a click. Meta's ads reporting has several: CTR (all) uses every kind of click, the link click-through rate uses only link clicks, and an outbound CTR uses only clicks that leave Meta. Pinterest reports separate rates for Pin clicks and outbound clicks. YouTube's impressions click-through rate is about thumbnails and has its own entry.",
      id: 'CTR membagi klik dengan impresi, jadi menunjukkan seberapa sering impresi posting atau iklan berujung pada klik. Laporan iklan Meta punya beberapa versi: CTR (semua) memakai semua jenis klik, CTR klik tautan hanya memakai klik tautan, dan CTR keluar hanya memakai klik yang keluar dari Meta. Pinterest melaporkan rate terpisah untuk klik Pin dan klik keluar. CTR impresi di YouTube menyangkut thumbnail dan dijelaskan di entri tersendiri.',
    },
    formula: { en: 'Clicks ÷ impressions × 100', id: 'Klik ÷ impresi × 100' },
    variants: [
      {
        platform: 'meta-ads-manager',
        name: { en: 'CTR (all)', id: 'CTR (semua)' },
        definition: {
          en: 'The percentage of times accounts saw your ad and performed a click of any kind.',
          id: 'Persentase impresi iklan yang diikuti klik jenis apa pun.',
        },
      },
      {
        platform: 'meta-ads-manager',
        name: { en: 'CTR (link click-through rate)', id: 'CTR (klik tautan)' },
        definition: {
          en: 'The percentage of times accounts saw your ads and performed a link click. The outbound CTR does the same with outbound clicks.',
          id: 'Persentase impresi iklan yang diikuti klik tautan. CTR keluar menghitung hal yang sama dengan klik keluar.',
        },
      },
      {
        platform: 'pinterest',
        name: { en: 'Pin click rate and outbound click rate', id: 'Rate klik Pin dan rate klik keluar' },
        definition: {
          en: 'Pinterest divides Pin clicks, or outbound clicks, by the number of times your Pins were on screen.',
          id: 'Pinterest membagi klik Pin, atau klik keluar, dengan berapa kali Pin Anda tampil di layar.',
        },
      },
      {
        platform: 'x',
        name: { en: 'Click rate', id: 'Rate klik' },
        definition: {
          en: "For website campaigns, X's Ads API derives click rate as clicks divided by impressions.",
          id: 'Untuk kampanye website, Ads API X menghitung rate klik sebagai klik dibagi impresi.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'CTR (all) and link CTR measure different things. Ask which one a report shows before judging a campaign on it.',
        id: 'CTR (semua) dan CTR klik tautan mengukur hal yang berbeda. Tanyakan mana yang ada di laporan sebelum menilai kampanye berdasarkan angka itu.',
      },
      {
        en: 'With few impressions, a handful of clicks moves CTR a lot. Look at the counts next to the rate.',
        id: 'Kalau impresinya sedikit, beberapa klik saja bisa menggeser CTR jauh. Lihat juga jumlah klik dan impresi di samping rate-nya.',
      },
      {
        en: 'Paid and organic CTR are not comparable: ads are targeted and placed differently from organic posts.',
        id: 'CTR berbayar dan organik tidak bisa dibandingkan: iklan ditargetkan dan ditempatkan dengan cara yang berbeda dari posting organik.',
      },
    ],
    changes: [],
    question: {
      en: 'Which CTR is this, all clicks or link clicks, and what happens after the click?',
      id: 'CTR yang mana ini, semua klik atau klik tautan, dan apa yang terjadi setelah orang mengklik?',
    },
    goals: ['leads-and-sales', 'engagement'],
    sources: [src.metaAds, src.hsPinterest, src.xAdsObjective],
    sourceNote: {
      en: "Pinterest's own help page could not be read; the Pinterest definition follows Hootsuite's documentation of Pinterest metrics.",
      id: 'Halaman bantuan Pinterest tidak bisa dibaca; definisi Pinterest mengikuti dokumentasi Hootsuite tentang metrik Pinterest.',
    },
  },
  {
    id: 'link-clicks',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Link clicks', id: 'Klik tautan' },
    aliases: [
      'Link clicks',
      'Inline link clicks',
      'URL clicks',
      'URL link clicks',
      'Link taps',
      'Klik tautan',
      'Klik link',
      'Ketukan tautan',
    ],
    short: {
      en: 'The number of clicks on links in your post, ad or story that lead to a destination you chose, on or off the platform.',
      id: 'Jumlah klik pada tautan di posting, iklan, atau story Anda yang mengarah ke tujuan yang Anda pilih, di dalam atau di luar platform.',
    },
    explanation: {
      en: "Link clicks narrow clicks down to the ones aimed at a destination: your website, an app store, a form. In Meta's ads reporting, link clicks include destinations inside Meta's own apps, such as instant forms, which is why a separate outbound clicks metric exists. X counts clicks on URLs in a post, and Instagram counts taps on links in stories. A link click shows intent, not arrival: the page may never load, so compare it with landing page views or your website analytics.",
      id: 'Klik tautan mempersempit klik menjadi klik yang menuju sebuah tujuan: website Anda, app store, atau formulir. Di laporan iklan Meta, klik tautan juga mencakup tujuan di dalam aplikasi Meta sendiri, misalnya formulir instan; karena itu ada metrik klik keluar yang terpisah. X menghitung klik pada URL di posting, dan Instagram menghitung ketukan pada tautan di story. Klik tautan menunjukkan niat, belum tentu kedatangan: halamannya bisa saja tidak pernah termuat, jadi bandingkan dengan tayangan halaman landing atau analitik website Anda.',
    },
    variants: [
      {
        platform: 'meta-ads-manager',
        definition: {
          en: 'Clicks on links to selected destinations or experiences, on or off Facebook-owned properties. The inline link clicks figure uses a fixed one-day-click attribution window.',
          id: 'Klik pada tautan menuju tujuan atau pengalaman tertentu, di dalam maupun di luar properti milik Facebook. Angka "inline link clicks" memakai jendela atribusi tetap 1 hari setelah klik.',
        },
      },
      {
        platform: 'x',
        name: { en: 'URL link clicks', id: 'Klik tautan URL' },
        definition: {
          en: "X's API lists URL link clicks among a post's metrics. Its non-public metrics are available only for posts created in the last 30 days.",
          id: 'API X memasukkan klik tautan URL ke dalam metrik posting. Metrik non-publiknya hanya tersedia untuk posting yang dibuat dalam 30 hari terakhir.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: 'For stories, Instagram counts the number of taps on links in your story.',
          id: 'Untuk story, Instagram menghitung jumlah ketukan pada tautan di story Anda.',
        },
      },
      {
        platform: 'sprout-social',
        name: { en: 'Post link clicks', id: 'Klik tautan posting' },
        definition: {
          en: "Sprout's Profile Performance report shows post link clicks among its key metrics and, like its other profile metrics, counts activity in the selected period whenever the post was published.",
          id: 'Laporan Profile Performance di Sprout menampilkan klik tautan posting sebagai salah satu metrik utama, dan seperti metrik profil lainnya, menghitung aktivitas di periode yang dipilih kapan pun posting itu terbit.',
        },
      },
    ],
    pitfalls: [
      {
        en: "Attribution windows differ: Meta's inline link clicks use a fixed one-day click window, while other columns may follow the ad account's setting. Two reports can disagree for this reason alone.",
        id: 'Jendela atribusinya bisa berbeda: "inline link clicks" di Meta memakai jendela tetap 1 hari setelah klik, sedangkan kolom lain bisa mengikuti pengaturan akun iklan. Dua laporan bisa berbeda hanya karena hal ini.',
        platforms: ['meta-ads-manager', 'facebook', 'instagram', 'meta-business-suite'],
      },
      {
        en: 'Link clicks will not match the sessions in your website analytics. People leave before the page loads, and consent choices and blockers change what the website records.',
        id: 'Klik tautan tidak akan sama dengan sesi di analitik website Anda. Ada yang pergi sebelum halaman termuat, dan pilihan persetujuan cookie serta pemblokir memengaruhi apa yang tercatat di website.',
      },
      {
        en: 'Without campaign tags on your links, your website analytics cannot tell which post sent the visit.',
        id: 'Tanpa tag kampanye (UTM) di tautan, analitik website tidak bisa tahu posting mana yang mengirim kunjungan itu.',
      },
    ],
    changes: [],
    question: {
      en: 'How many of our link clicks turn into visits we can see in our website analytics?',
      id: 'Berapa banyak klik tautan kita yang berubah menjadi kunjungan yang terlihat di analitik website?',
    },
    goals: ['leads-and-sales', 'engagement'],
    sources: [src.metaAds, src.xMetrics, src.igMedia, src.sproutProfile],
    sourceNote: {
      en: 'Indonesian labels: no Meta help page or screenshot we could read confirms that Meta\'s Indonesian interface shows "Klik tautan", or Instagram\'s "Ketukan tautan eksternal", so neither is listed as a label yet.',
      id: 'Label berbahasa Indonesia: belum ada halaman bantuan atau tangkapan layar Meta yang bisa kami baca yang memastikan antarmuka Meta berbahasa Indonesia menampilkan "Klik tautan", atau Instagram menampilkan "Ketukan tautan eksternal", jadi keduanya belum dicantumkan sebagai label.',
    },
  },
  {
    id: 'outbound-clicks',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Outbound clicks', id: 'Klik keluar (outbound clicks)' },
    aliases: ['Outbound clicks', 'Outbound click', 'Outbound CTR', 'Klik keluar', 'Klik outbound', 'Klik ke luar'],
    short: {
      en: 'Clicks that take people off the platform to your website or app. It is the click metric closest to real traffic.',
      id: 'Klik yang membawa orang keluar dari platform ke website atau aplikasi Anda. Ini metrik klik yang paling dekat dengan traffic sungguhan.',
    },
    explanation: {
      en: 'Outbound clicks count only the clicks that leave the platform. Meta defines them as clicks on links that take people off Facebook-owned properties, so clicks that open an instant form or another Meta experience are left out. Pinterest uses the same name for clicks that send people to a destination off Pinterest, such as your website. Some people still leave before your page loads, so your website analytics may show fewer visits.',
      id: 'Klik keluar hanya menghitung klik yang meninggalkan platform. Meta mendefinisikannya sebagai klik pada tautan yang membawa orang keluar dari properti milik Facebook, jadi klik yang membuka formulir instan atau fitur Meta lain tidak dihitung. Pinterest memakai nama yang sama untuk klik yang mengarahkan orang ke luar Pinterest, misalnya ke website Anda. Tetap saja ada orang yang pergi sebelum halaman termuat, jadi analitik website bisa menunjukkan kunjungan yang lebih sedikit.',
    },
    variants: [
      {
        platform: 'meta-ads-manager',
        definition: {
          en: 'Clicks on links that take people off Facebook-owned properties. Meta also reports an outbound CTR: the share of times people saw your ad and made an outbound click.',
          id: 'Klik pada tautan yang membawa orang keluar dari properti milik Facebook. Meta juga melaporkan CTR keluar: proporsi impresi iklan yang diikuti klik keluar.',
        },
      },
      {
        platform: 'pinterest',
        definition: {
          en: 'Clicks on your Pins that sent people to a destination off Pinterest, such as your website or blog. They are part of Pinterest engagements and its engagement rate.',
          id: 'Klik pada Pin Anda yang mengarahkan orang ke luar Pinterest, misalnya ke website atau blog Anda. Klik ini termasuk dalam engagement dan engagement rate Pinterest.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Outbound clicks are a subset of link clicks on Meta. Reporting link clicks as website traffic overstates it.',
        id: 'Di Meta, klik keluar adalah bagian dari klik tautan. Melaporkan klik tautan sebagai traffic website membuat angkanya terlalu besar.',
        platforms: ['meta-ads-manager', 'facebook', 'instagram', 'meta-business-suite'],
      },
      {
        en: 'Compare outbound clicks with sessions from the same campaign in your website analytics. A big gap is worth a look at page speed and tracking.',
        id: 'Bandingkan klik keluar dengan sesi dari kampanye yang sama di analitik website. Selisih yang besar layak dicek dari sisi kecepatan halaman dan tracking.',
      },
      {
        en: 'Organic and ads reporting are separate on Pinterest and on Meta. Check which one a number comes from before adding them.',
        id: 'Laporan organik dan laporan iklan terpisah di Pinterest maupun Meta. Cek asal angkanya sebelum menjumlahkan.',
      },
    ],
    changes: [],
    question: {
      en: 'How many outbound clicks did we get, and how many became visits or leads on our side?',
      id: 'Berapa klik keluar yang kita dapat, dan berapa yang menjadi kunjungan atau leads di sisi kita?',
    },
    goals: ['leads-and-sales'],
    sources: [src.metaAds, src.hsPinterest],
    sourceNote: {
      en: 'Pinterest\'s own help page for this metric could not be read; the Pinterest definition follows Hootsuite\'s documentation of Pinterest metrics. Indonesian labels: we could not confirm from a Meta help page or screenshot that Ads Manager in Indonesian shows "Klik keluar", so it is not listed as a label yet.',
      id: 'Halaman bantuan Pinterest untuk metrik ini tidak bisa dibaca; definisi Pinterest mengikuti dokumentasi Hootsuite tentang metrik Pinterest. Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Meta bahwa Ads Manager berbahasa Indonesia menampilkan "Klik keluar", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'pin-clicks',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Pin clicks', id: 'Klik Pin' },
    aliases: ['Pin click', 'Pin click rate', 'Closeups', 'Close-ups', 'Klik Pin'],
    short: {
      en: 'On Pinterest, the number of times people clicked on your Pins. It shows interest, but it does not mean they left Pinterest.',
      id: 'Di Pinterest, berapa kali orang mengklik Pin Anda. Ini tanda minat, tetapi belum berarti mereka keluar dari Pinterest.',
    },
    explanation: {
      en: 'A Pin click is a click on the Pin itself, counted apart from outbound clicks, which send people to your site. Pinterest includes Pin clicks in engagements and in its engagement rate, and reports a Pin click rate over the times your Pins were on screen. Many Pin clicks with few saves or outbound clicks can mean the image catches the eye but the Pin gives no reason to go further.',
      id: 'Klik Pin adalah klik pada Pin itu sendiri, dihitung terpisah dari klik keluar yang membawa orang ke website Anda. Pinterest memasukkan klik Pin ke engagement dan engagement rate, serta melaporkan rate klik Pin terhadap berapa kali Pin tampil di layar. Klik Pin yang banyak tapi simpan dan klik keluarnya sedikit bisa berarti gambarnya menarik perhatian, tetapi Pin-nya tidak memberi alasan untuk melangkah lebih jauh.',
    },
    variants: [
      {
        platform: 'pinterest',
        definition: {
          en: 'Counts the times people clicked on your Pins. Pinterest also reports a Pin click rate: Pin clicks divided by the times your Pins were on screen.',
          id: 'Menghitung berapa kali orang mengklik Pin Anda. Pinterest juga melaporkan rate klik Pin: klik Pin dibagi berapa kali Pin tampil di layar.',
        },
      },
      {
        platform: 'hootsuite',
        name: { en: 'Page pin clicks', id: 'Page pin clicks' },
        definition: {
          en: 'Hootsuite shows Page pin clicks and a Page pin click rate. As Page-level metrics they count clicks in the selected dates on any Pin, whenever it was published.',
          id: 'Hootsuite menampilkan Page pin clicks dan Page pin click rate. Sebagai metrik level Page, keduanya menghitung klik di tanggal yang dipilih pada Pin mana pun, kapan pun Pin itu terbit.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Pin clicks are not website traffic. For visits, look at outbound clicks.',
        id: 'Klik Pin bukan traffic website. Untuk kunjungan, lihat klik keluar.',
      },
      {
        en: 'Older exports and reports may use other names for this metric. Check the definition in the export before joining old and new data.',
        id: 'Ekspor dan laporan lama bisa memakai nama lain untuk metrik ini. Cek definisinya di file ekspor sebelum menggabungkan data lama dan baru.',
      },
      {
        en: 'Page-level figures count clicks in the period on any Pin; Pin-level figures follow one Pin over time. The two will not match.',
        id: 'Angka level Page menghitung klik di periode itu pada Pin mana pun; angka level Pin mengikuti satu Pin dari waktu ke waktu. Keduanya tidak akan sama.',
      },
    ],
    changes: [],
    question: {
      en: 'Of the people who click our Pins, how many go on to save them or visit our site?',
      id: 'Dari orang yang mengklik Pin kita, berapa yang lanjut menyimpan atau mengunjungi website kita?',
    },
    goals: ['engagement', 'awareness'],
    sources: [src.hsPinterest],
    sourceNote: {
      en: "Pinterest's own help page for Pin clicks could not be read; this entry follows Hootsuite's documentation of Pinterest metrics.",
      id: 'Halaman bantuan Pinterest untuk klik Pin tidak bisa dibaca; entri ini mengikuti dokumentasi Hootsuite tentang metrik Pinterest.',
    },
  },
  {
    id: 'accounts-engaged',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Accounts engaged', id: 'Akun yang berinteraksi' },
    aliases: [
      'Engaged accounts',
      'Accounts engaged',
      'Engaged users',
      'People engaged',
      'Akun yang berinteraksi',
      'Akun yang terlibat',
    ],
    short: {
      en: 'The number of different accounts that interacted with your content, each counted once. It counts people, not actions.',
      id: 'Jumlah akun berbeda yang berinteraksi dengan konten Anda, masing-masing dihitung satu kali. Yang dihitung orangnya, bukan aksinya.',
    },
    explanation: {
      en: 'Where engagements add up every action, accounts engaged counts each account once, however many times it interacted. That makes it a good measure of how many people you actually moved. On Instagram it covers likes, saves, comments, shares and replies on posts, stories, reels, videos and live videos, including in ads, and Meta marks it as estimated. Because it is unique, daily figures cannot be added up to get a monthly one.',
      id: 'Kalau engagement menjumlahkan setiap aksi, akun yang berinteraksi menghitung tiap akun satu kali saja, berapa kali pun akun itu berinteraksi. Karena itu metrik ini bagus untuk melihat berapa banyak orang yang benar-benar tergerak. Di Instagram, cakupannya like, simpan, komentar, share, dan balasan pada posting, story, reels, video, dan live, termasuk lewat iklan, dan Meta menandainya sebagai estimasi. Karena sifatnya unik, angka harian tidak bisa dijumlahkan menjadi angka bulanan.',
    },
    variants: [
      {
        platform: 'instagram',
        definition: {
          en: 'The number of accounts that interacted with your content, including in ads. Content covers posts, stories, reels, videos and live videos; interactions include likes, saves, comments, shares and replies. The metric is estimated.',
          id: 'Jumlah akun yang berinteraksi dengan konten Anda, termasuk lewat iklan. Kontennya mencakup posting, story, reels, video, dan live; interaksinya mencakup like, simpan, komentar, share, dan balasan. Metrik ini berupa estimasi.',
        },
      },
      {
        platform: 'sprout-social',
        name: { en: 'Engaged', id: 'Engaged' },
        definition: {
          en: "Sprout's Facebook post report adds Talking (unique people who liked, commented or shared) and Clicks (people who clicked) into an Engaged figure. A person in both groups may be counted twice.",
          id: 'Laporan posting Facebook di Sprout menjumlahkan Talking (orang unik yang like, berkomentar, atau share) dan Clicks (orang yang mengklik) menjadi angka Engaged. Orang yang masuk kedua kelompok bisa terhitung dua kali.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Do not add up daily accounts engaged for a monthly total: the same person would be counted once per day.',
        id: 'Jangan jumlahkan angka harian untuk mendapat total bulanan: orang yang sama akan terhitung sekali setiap hari.',
      },
      {
        en: "Instagram's figure includes people reached through ads. A campaign can lift it without any change in organic interest.",
        id: 'Angka Instagram sudah termasuk orang yang dijangkau lewat iklan. Kampanye berbayar bisa menaikkannya tanpa ada perubahan minat organik.',
        platforms: ['instagram', 'meta-business-suite'],
      },
      {
        en: 'It is an estimate, so treat small changes as noise and look at the trend over several periods.',
        id: 'Ini angka estimasi, jadi anggap perubahan kecil sebagai fluktuasi acak dan lihat trennya dalam beberapa periode.',
      },
    ],
    changes: [],
    question: {
      en: 'How many different people engaged with us this month, and is that number growing?',
      id: 'Berapa banyak orang berbeda yang berinteraksi dengan kita bulan ini, dan apakah angkanya bertambah?',
    },
    goals: ['engagement', 'community', 'audience-growth'],
    sources: [src.igAccount, src.sproutFbReport],
  },
  {
    id: 'profile-visits',
    category: 'engagement',
    better: 'higher',
    name: { en: 'Profile visits', id: 'Kunjungan profil' },
    aliases: [
      'Profile views',
      'Profile visits',
      'Profile clicks',
      'Profile link clicks',
      'Facebook visits',
      'Kunjungan profil',
      'Kunjungan Facebook',
      'Tampilan profil',
    ],
    short: {
      en: 'The number of times people went to your profile or Page, often after seeing a post. It is a step between noticing you and following or contacting you.',
      id: 'Jumlah kunjungan orang ke profil atau Halaman Anda, sering kali setelah melihat sebuah posting. Ini langkah antara sekadar melihat dan mulai mengikuti atau menghubungi Anda.',
    },
    explanation: {
      en: "A profile visit means someone wanted to know more about who posted. Instagram counts the times your profile was visited, both for the account and for each post, and shows what people did on the profile afterwards. X reports profile clicks that come from a post. Visits are an early signal for audience growth and leads, especially next to new follows and clicks on your profile's links in the same period.",
      id: 'Kunjungan profil berarti ada orang yang ingin tahu lebih jauh siapa yang memposting. Instagram menghitung berapa kali profil Anda dikunjungi, baik untuk akun maupun per posting, dan menunjukkan apa yang dilakukan orang di profil sesudahnya. X melaporkan klik ke profil yang berasal dari sebuah posting. Kunjungan adalah sinyal awal untuk pertumbuhan audiens dan leads, terutama kalau dilihat bersama pengikut baru dan klik tautan di profil pada periode yang sama.',
    },
    variants: [
      {
        platform: 'instagram',
        definition: {
          en: "Counts the times your profile was visited; Instagram's help describes a visit as an account clicking on your username. Post insights also show profile activity: actions people took on your profile after engaging with the post.",
          id: 'Menghitung berapa kali profil Anda dikunjungi; bantuan Instagram menjelaskan kunjungan sebagai akun yang mengklik username Anda. Insight posting juga menampilkan aktivitas profil: aksi yang dilakukan orang di profil Anda setelah berinteraksi dengan posting.',
        },
      },
      {
        platform: 'x',
        name: { en: 'Profile clicks', id: 'Klik profil' },
        definition: {
          en: "X lists profile link clicks among a post's metrics. Its non-public metrics are available only for posts created in the last 30 days.",
          id: 'X memasukkan klik tautan profil ke dalam metrik posting. Metrik non-publiknya hanya tersedia untuk posting yang dibuat dalam 30 hari terakhir.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Visits are counted as visits, not as different people. One curious person can visit several times.',
        id: 'Yang dihitung adalah kunjungannya, bukan jumlah orang yang berbeda. Satu orang yang penasaran bisa berkunjung beberapa kali.',
      },
      {
        en: "On Instagram, a post's profile visits only count visits that came from that post; the account figure counts all of them. Do not add the post figures to the account figure.",
        id: 'Di Instagram, kunjungan profil per posting hanya menghitung kunjungan yang berasal dari posting itu; angka akun menghitung semuanya. Jangan jumlahkan angka per posting dengan angka akun.',
        platforms: ['instagram', 'meta-business-suite'],
      },
      {
        en: 'Many visits with few new follows can mean the profile does not make clear why someone should follow. Look at the bio and pinned content.',
        id: 'Kunjungan banyak tapi pengikut baru sedikit bisa berarti profil belum menjelaskan kenapa orang perlu mengikuti akun Anda. Cek bio dan konten yang disematkan.',
      },
    ],
    changes: [],
    question: {
      en: 'When people visit our profile, what do they find, and what do we want them to do next?',
      id: 'Saat orang mengunjungi profil kita, apa yang mereka temukan, dan apa langkah berikutnya yang kita harapkan?',
    },
    goals: ['audience-growth', 'awareness', 'leads-and-sales'],
    sources: [src.igHelp, src.igMedia, src.xMetrics],
  },
];
