// Metric explainers, group "web-and-ads": what happens after the click (Google Analytics 4) and
// what the ads cost and bought (ad managers, Sprout Social, Hootsuite). Each definition cites the
// platform's own help or developer page; where we could not read one, `sourceNote` says so.
import type { Metric, Source } from '../schema';

const checked = '2026-11-26';
/** Pages read, or read again, for the second audit of the library. */
const checkedAgain = '2026-12-01';

const ga4Session: Source = {
  title: 'Google Analytics Help: [GA4] Session',
  url: 'https://support.google.com/analytics/answer/12798876',
  checked,
};
const ga4SessionsId: Source = {
  title: 'Bantuan Google Analytics: Sesi di Analytics (bahasa Indonesia)',
  url: 'https://support.google.com/analytics/answer/9191807?hl=id',
  checked,
};
const ga4EngagementMetrics: Source = {
  title: 'Google Analytics Help: [GA4] Engagement metrics',
  url: 'https://support.google.com/analytics/answer/11109416',
  checked,
};
const ga4UserMetrics: Source = {
  title: 'Google Analytics Help: [GA4] Compare user metrics',
  url: 'https://support.google.com/analytics/answer/12253918',
  checked,
};
const uaToGa4Mapping: Source = {
  title: 'Google Analytics: Universal Analytics to Google Analytics 4 dimensions and metrics equivalence',
  url: 'https://cloud.google.com/analytics/devguides/migration/api/reporting-ua-to-ga4-dims-mets',
  checked,
};
const gaDevelopers: Source = {
  title: 'Google for Developers: Integrate with Google Analytics 4 (Universal Analytics is deprecated)',
  url: 'https://developers.google.com/analytics',
  checked,
};
const keyEventGlossary: Source = {
  title: 'Google Ads Help: Key event and conversion',
  url: 'https://support.google.com/adwords/answer/6365?hl=en',
  checked,
};
const gaAdminChangelog: Source = {
  title: 'Google Analytics Admin API changelog (2024-05-06: key events)',
  url: 'https://developers.google.com/analytics/devguides/config/changelog',
  checked,
};
const gaKeyEventResource: Source = {
  title: 'Google Analytics Admin API: REST Resource properties.keyEvents',
  url: 'https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1alpha/properties.keyEvents',
  checked,
};
const metaInsightsApi: Source = {
  title: 'Meta for Developers: Ads Insights API',
  url: 'https://developers.facebook.com/documentation/ads-commerce/marketing-api/insights',
  checked,
};
const metaCampaignInsights: Source = {
  title: 'Meta for Developers: Ad Campaign Insights (estimated and in-development metrics)',
  url: 'https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/ad-campaign/insights',
  checked,
};
const metaMonitoring: Source = {
  title: 'Meta for Developers: Monitoring and Analytics',
  url: 'https://developers.facebook.com/documentation/ads-commerce/marketing-api/get-started/ad-optimization-basics/monitoring-and-analytics',
  checked,
};
const metaAttributionUpdate: Source = {
  title: 'Meta for Developers blog: Ads Insights API Metric Availability Updates (16 October 2025)',
  url: 'https://developers.facebook.com/blog/post/2025/10/16/ads-insights-api-metric-availability-updates/',
  checked,
};
const metaUniqueMetrics: Source = {
  title: 'Meta for Developers blog: Ads Insights API Unique Metric Updates (30 October 2024)',
  url: 'https://developers.facebook.com/blog/post/2024/10/30/ads-insights-api-updates/',
  checked,
};
const metaActionStats: Source = {
  title: 'Meta for Developers: Ads Action Stats (attribution windows)',
  url: 'https://developers.facebook.com/docs/marketing-api/reference/ads-action-stats/',
  checked,
};
const metaAttributionSetting: Source = {
  title: 'Meta Business Help Centre: About the attribution setting',
  url: 'https://www.facebook.com/business/help/460276478298895',
  checked: checkedAgain,
};
const linkedinPerformance: Source = {
  title: 'LinkedIn Help: Performance metrics in Campaign Manager',
  url: 'https://www.linkedin.com/help/lms/answer/a445476',
  checked,
};
const linkedinConversions: Source = {
  title: 'LinkedIn Help: Conversions and leads metrics in Campaign Manager',
  url: 'https://www.linkedin.com/help/lms/answer/a420212',
  checked,
};
const linkedinKeyResults: Source = {
  title: 'LinkedIn Help: Objective-based reporting with key results',
  url: 'https://www.linkedin.com/help/lms/answer/103035',
  checked,
};
const linkedinReportingSchema: Source = {
  title: 'LinkedIn Marketing API: Ads reporting, metrics available',
  url: 'https://learn.microsoft.com/en-us/linkedin/marketing/integrations/ads-reporting/ads-reporting-schema',
  checked,
};
const tiktokBasicMetrics: Source = {
  title: 'TikTok Ads Manager Help: Basic metrics and definitions',
  url: 'https://ads.tiktok.com/help/article?aid=10000166',
  checked,
};
const tiktokAttribution: Source = {
  title: 'TikTok Ads Manager Help: Attribution settings at the ad group level',
  url: 'https://ads.tiktok.com/help/article/attribution-settings-at-the-ad-group-level?lang=zh-Hant-TW',
  checked,
};
const xDerivedMetrics: Source = {
  title: 'X Developer Platform: Ads API derived metrics',
  url: 'https://developer.x.com/en/docs/x-ads-api/analytics/overview/metrics-derived',
  checked,
};
const pinterestAdReporting: Source = {
  title: 'Pinterest Help: Ads reporting',
  url: 'https://help.pinterest.com/en/ad-reporting',
  checked,
};
const sproutPaidReport: Source = {
  title: 'Sprout Social Help: Facebook and Instagram Paid Performance Report',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/360015715331-Facebook-and-Instagram-Paid-Performance-Report',
  checked,
};
const sproutOrganicPaid: Source = {
  title: 'Sprout Social Help: Organic vs. Paid Data in Reports',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/360051187411-Organic-vs-Paid-Data-in-Reports',
  checked,
};
const hootsuiteRoi: Source = {
  title: 'Hootsuite Help: Track your spend and return with ROI analysis',
  url: 'https://help.hootsuite.com/hc/en-us/articles/7828055415195-Track-your-spend-and-return-with-ROI-analysis',
  checked,
};

/** Said wherever a LinkedIn help page is cited: we read those pages from stored copies. */
const linkedinCopyNote = {
  en: "LinkedIn's Campaign Manager help pages were read from stored copies of the official pages, not on linkedin.com itself.",
  id: 'Halaman bantuan Campaign Manager LinkedIn kami baca dari salinan tersimpan halaman resminya, bukan langsung di linkedin.com.',
};

export const webAndAdsMetrics: Metric[] = [
  {
    id: 'sessions',
    category: 'web',
    better: 'higher',
    name: { en: 'Sessions', id: 'Sesi' },
    aliases: ['Sessions', 'Sesi', 'visits', 'kunjungan', 'website visits', 'kunjungan website'],
    short: {
      en: 'How many separate visits people made to your website or app. One person can start several sessions.',
      id: 'Jumlah kunjungan terpisah ke website atau aplikasi Anda. Satu orang bisa memulai beberapa sesi.',
    },
    explanation: {
      en: 'A session is one visit. In Google Analytics 4 (GA4) it starts when someone opens a page or your app and no visit is already running. By default it ends after 30 minutes without activity, so a person who comes back after lunch counts as two sessions. Sessions tell you how much traffic social sent to the site, not how many people came or how interested they were. Read them next to engaged sessions and key events to see whether the visits were worth anything.',
      id: 'Satu sesi adalah satu kunjungan. Di Google Analytics 4 (GA4), sesi dimulai saat seseorang membuka halaman atau aplikasi Anda dan belum ada kunjungan yang sedang berjalan. Secara default sesi berakhir setelah 30 menit tanpa aktivitas, jadi orang yang kembali setelah makan siang dihitung dua sesi. Angka sesi menunjukkan berapa banyak traffic yang dikirim sosial ke website, bukan berapa orang yang datang atau seberapa tertarik mereka. Baca bersama sesi dengan engagement dan key event untuk melihat apakah kunjungan itu ada nilainya.',
    },
    variants: [
      {
        platform: 'google-analytics',
        definition: {
          en: 'A session begins when someone opens your app in the foreground or views a page or screen while no session is active, and GA4 collects a session_start event. It times out after 30 minutes of inactivity by default; an admin can change the timeout, up to 7 hours 55 minutes. There is no limit on how long a session can last.',
          id: 'Sesi dimulai saat seseorang membuka aplikasi di latar depan atau melihat halaman atau layar ketika tidak ada sesi yang aktif, lalu GA4 mencatat peristiwa session_start. Secara default sesi habis setelah 30 menit tidak ada aktivitas; admin bisa mengubah batas waktunya sampai 7 jam 55 menit. Tidak ada batas durasi sebuah sesi.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Social platforms count clicks; GA4 counts sessions. They rarely match: people leave before the page loads, decline cookies, or click a link without campaign tags, so the visit is credited to another channel.',
        id: 'Platform sosial menghitung klik, GA4 menghitung sesi. Angkanya jarang sama: orang keluar sebelum halaman terbuka, menolak cookie, atau mengeklik tautan tanpa tag kampanye sehingga kunjungannya tercatat di channel lain.',
      },
      {
        en: 'Google warns that fields with similar names in Universal Analytics and GA4 may have changed meaning. If your history spans both versions, mark the break instead of drawing one line.',
        id: 'Google mengingatkan bahwa metrik dengan nama mirip di Universal Analytics dan GA4 bisa berubah makna. Kalau data historis Anda mencakup dua versi itu, beri tanda pada titik peralihannya, jangan digabung jadi satu garis.',
      },
      {
        en: 'Check time zones before comparing daily numbers: a GA4 property reports in its own time zone, while some ad tools, such as Pinterest ads reporting, show data in UTC.',
        id: 'Cek zona waktu sebelum membandingkan angka harian: properti GA4 melapor dengan zona waktunya sendiri, sementara sebagian tool iklan, misalnya laporan iklan Pinterest, menampilkan data dalam UTC.',
      },
    ],
    changes: [],
    question: {
      en: 'How do we tag our social links so GA4 gives the visits to social?',
      id: 'Bagaimana kita memberi tag pada tautan sosial supaya GA4 mencatat kunjungannya dari sosial?',
    },
    goals: ['awareness', 'leads-and-sales'],
    sources: [ga4Session, ga4SessionsId, uaToGa4Mapping, pinterestAdReporting],
  },
  {
    id: 'engaged-sessions',
    category: 'web',
    better: 'higher',
    name: { en: 'Engaged sessions', id: 'Sesi dengan engagement' },
    aliases: ['Engaged sessions', 'engaged session', 'Sesi engagement', 'sesi dengan engagement', 'sesi terlibat'],
    short: {
      en: 'Visits that showed some real interest: they lasted longer than 10 seconds, included a key event, or viewed at least two pages or screens.',
      id: 'Kunjungan yang menunjukkan minat nyata: berlangsung lebih dari 10 detik, memuat key event, atau membuka minimal dua halaman atau layar.',
    },
    explanation: {
      en: 'GA4 marks a session as engaged when any one of three things happens: it lasts longer than 10 seconds, it includes a key event, or it has at least two page or screen views. One condition is enough. This separates visits where someone stayed and looked from visits that opened and closed. For traffic from social it is a fairer first signal than raw sessions, because a wave of curious taps that leave at once barely moves it. The 10-second timer is a setting of your GA4 property, so ask what yours is before comparing with another site.',
      id: 'GA4 menandai sesi sebagai sesi dengan engagement jika salah satu dari tiga hal terjadi: berlangsung lebih dari 10 detik, memuat key event, atau membuka minimal dua halaman atau layar. Cukup satu syarat. Dengan begitu kunjungan yang benar-benar melihat-lihat terpisah dari kunjungan yang langsung ditutup. Untuk traffic dari sosial, ini sinyal awal yang lebih adil daripada jumlah sesi, karena klik iseng yang langsung pergi hampir tidak menambahnya. Timer 10 detik itu adalah setelan properti GA4, jadi tanyakan berapa setelan Anda sebelum membandingkan dengan website lain.',
    },
    variants: [
      {
        platform: 'google-analytics',
        definition: {
          en: "An engaged session lasts longer than 10 seconds, has a key event, or has at least 2 pageviews or screenviews. In the web data stream's tag settings an admin can choose how many seconds a session needs to count as engaged.",
          id: 'Sesi dengan engagement berlangsung lebih dari 10 detik, memiliki key event, atau memiliki minimal 2 tampilan halaman atau layar. Di setelan tag aliran data web, admin bisa memilih berapa detik yang diperlukan agar sesi dianggap sesi dengan engagement.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Two properties with different engagement timers are not comparable, even when the metric has the same name.',
        id: 'Dua properti dengan timer engagement berbeda tidak bisa dibandingkan, walaupun nama metriknya sama.',
      },
      {
        en: 'A single key event makes a session engaged, so adding or removing key events changes this number too, even if visitors behave the same.',
        id: 'Satu key event saja sudah membuat sesi dihitung engagement, jadi menambah atau menghapus key event ikut mengubah angka ini, walaupun perilaku pengunjung sama saja.',
      },
      {
        en: "Older GA4 help pages say 'conversion event' where newer ones say 'key event'. It is the same condition under a new name.",
        id: "Halaman bantuan GA4 yang lebih lama menulis 'conversion event', yang lebih baru menulis 'key event'. Syaratnya sama, hanya namanya berganti.",
      },
    ],
    changes: [],
    question: {
      en: 'Which timer and which key events decide what counts as an engaged session for us?',
      id: 'Timer dan key event mana yang menentukan apa yang dihitung sebagai sesi dengan engagement di properti kita?',
    },
    goals: ['engagement', 'leads-and-sales'],
    sources: [ga4Session, ga4EngagementMetrics, ga4SessionsId],
    sourceNote: {
      en: 'Indonesian labels: Google\'s Indonesian help page on sessions writes "sesi engagement" (its setting "Sesuaikan timer untuk sesi engagement"), so that label stays. We could not confirm that GA4\'s Indonesian reports show "Sesi dengan engagement"; Sidecoach writes "sesi dengan engagement" in its own text and finds the metric by both.',
      id: 'Label berbahasa Indonesia: halaman bantuan Google berbahasa Indonesia tentang sesi menulis "sesi engagement" (di setelan "Sesuaikan timer untuk sesi engagement"), jadi label itu tetap ada. Kami belum bisa memastikan bahwa laporan GA4 berbahasa Indonesia menampilkan "Sesi dengan engagement"; Sidecoach menulis "sesi dengan engagement" di teksnya sendiri dan bisa menemukan metrik ini dengan kedua nama itu.',
    },
  },
  {
    id: 'ga4-engagement-rate',
    category: 'web',
    better: 'higher',
    name: { en: 'Engagement rate (GA4)', id: 'Rasio engagement (GA4)' },
    aliases: [
      'Engagement rate',
      'GA4 engagement rate',
      'website engagement rate',
      'Rasio engagement',
      'tingkat engagement website',
    ],
    short: {
      en: 'The share of website or app sessions that were engaged sessions. It has nothing to do with likes or comments.',
      id: 'Persentase sesi website atau aplikasi yang termasuk sesi dengan engagement. Tidak ada hubungannya dengan like atau komentar.',
    },
    explanation: {
      en: "GA4 divides engaged sessions by all sessions. If most visits from a campaign stay, browse or complete a key event, the rate is high; if people land and leave at once, it is low. The name is the same as the engagement rate your team reports for posts, but the meaning is not: here the top of the fraction is visits, not reactions, and the bottom is sessions, not reach or followers. Use it to judge the quality of the traffic each channel or campaign sends. It is the exact mirror of GA4's bounce rate.",
      id: 'GA4 membagi jumlah sesi dengan engagement dengan semua sesi. Kalau sebagian besar kunjungan dari sebuah kampanye bertahan, menjelajah, atau menyelesaikan key event, rasionya tinggi; kalau orang datang lalu langsung pergi, rasionya rendah. Namanya sama dengan engagement rate yang dilaporkan tim untuk posting, tetapi artinya lain: pembilangnya kunjungan, bukan reaksi, dan penyebutnya sesi, bukan reach atau pengikut. Pakai untuk menilai kualitas traffic yang dikirim setiap channel atau kampanye. Angka ini kebalikan persis dari bounce rate di GA4.',
    },
    formula: { en: 'Engaged sessions ÷ sessions × 100', id: 'Sesi dengan engagement ÷ sesi × 100' },
    variants: [
      {
        platform: 'google-analytics',
        name: { en: 'Engagement rate', id: 'Rasio engagement' },
        definition: {
          en: "Google's help defines it as engaged sessions divided by sessions. It is calculated per session, so one person with three visits counts three times.",
          id: 'Bantuan Google mendefinisikannya sebagai sesi dengan engagement dibagi sesi. Dihitung per sesi, jadi satu orang dengan tiga kunjungan dihitung tiga kali.',
        },
      },
    ],
    pitfalls: [
      {
        en: "Never put GA4's engagement rate and a social platform's engagement rate in the same column: one measures visits, the other reactions to posts.",
        id: 'Jangan pernah menaruh rasio engagement GA4 dan engagement rate platform sosial di kolom yang sama: yang satu mengukur kunjungan, yang lain reaksi terhadap posting.',
      },
      {
        en: 'A page that answers everything in one short screen can have a low rate and still do its job. Judge it together with key events.',
        id: 'Halaman yang menjawab semuanya dalam satu layar singkat bisa punya rasio rendah tapi tetap berhasil. Nilai bersama key event.',
      },
      {
        en: 'With few sessions the rate jumps from day to day. Look at weeks, not days, for small campaigns.',
        id: 'Kalau sesinya sedikit, rasionya naik-turun tajam dari hari ke hari. Untuk kampanye kecil, lihat per minggu, bukan per hari.',
      },
    ],
    changes: [],
    question: {
      en: "When our report says 'engagement rate', do we mean the GA4 website rate or the post rate from the platforms?",
      id: "Kalau laporan kita menulis 'engagement rate', yang dimaksud rasio website dari GA4 atau rasio posting dari platform?",
    },
    goals: ['engagement', 'leads-and-sales'],
    sources: [ga4EngagementMetrics, ga4Session],
  },
  {
    id: 'bounce-rate',
    category: 'web',
    better: 'lower',
    name: { en: 'Bounce rate', id: 'Rasio pentalan (bounce rate)' },
    aliases: ['Bounce rate', 'bounces', 'Rasio pentalan', 'rasio pantulan', 'tingkat pentalan'],
    short: {
      en: "In GA4, the share of sessions that were not engaged. It is the opposite of GA4's engagement rate, not the older Universal Analytics bounce.",
      id: 'Di GA4, persentase sesi yang tidak termasuk sesi dengan engagement. Ini kebalikan dari rasio engagement GA4, bukan bounce versi lama Universal Analytics.',
    },
    explanation: {
      en: 'GA4 counts a session as engaged if it lasts more than 10 seconds, has a key event or views two pages or screens; a bounce is a visit that did none of these. So bounce rate and engagement rate always add up to the whole. Universal Analytics, the older version of Google Analytics, used a different definition, so old and new bounce rates are not the same measure. If someone shows you a bounce rate, first ask which version it came from.',
      id: 'GA4 menghitung sesi sebagai sesi dengan engagement jika berlangsung lebih dari 10 detik, punya key event, atau membuka dua halaman atau layar; bounce adalah kunjungan yang tidak melakukan satu pun dari itu. Jadi bounce rate dan rasio engagement selalu berjumlah utuh. Universal Analytics, versi lama Google Analytics, memakai definisi lain, sehingga bounce rate lama dan baru bukan ukuran yang sama. Kalau ada yang menunjukkan bounce rate, tanyakan dulu dari versi yang mana.',
    },
    formula: {
      en: 'Sessions that were not engaged ÷ sessions × 100 (that is, 100 minus the GA4 engagement rate)',
      id: 'Sesi yang tidak engagement ÷ sesi × 100 (sama dengan 100 dikurangi rasio engagement GA4)',
    },
    variants: [
      {
        platform: 'google-analytics',
        definition: {
          en: 'GA4 reports bounce rate as the share of sessions that did not meet any engaged-session condition (more than 10 seconds, a key event, or 2 or more page or screen views), so it moves with your engagement timer and your key events.',
          id: 'GA4 melaporkan bounce rate sebagai persentase sesi yang tidak memenuhi satu pun syarat sesi dengan engagement (lebih dari 10 detik, ada key event, atau 2 tampilan halaman atau layar atau lebih), jadi angkanya ikut berubah bila timer engagement atau key event berubah.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Do not compare a Universal Analytics bounce rate with a GA4 one. The definitions differ, so a drop after the switch may be nothing but the new definition.',
        id: 'Jangan bandingkan bounce rate Universal Analytics dengan GA4. Definisinya berbeda, jadi penurunan setelah peralihan bisa saja hanya akibat definisi baru.',
      },
      {
        en: 'A high bounce rate on a page that gives a quick answer, such as opening hours or a phone number, is not a failure.',
        id: 'Bounce rate tinggi di halaman yang memberi jawaban cepat, seperti jam buka atau nomor telepon, bukan tanda gagal.',
      },
      {
        en: 'Reporting bounce rate and engagement rate side by side repeats one fact twice. Pick one for the dashboard.',
        id: 'Melaporkan bounce rate dan rasio engagement berdampingan berarti mengulang satu fakta dua kali. Pilih satu untuk dashboard.',
      },
    ],
    changes: [
      {
        platform: 'google-analytics',
        when: '2023-07',
        what: {
          en: 'Standard Universal Analytics properties stopped processing new data and GA4 became the version in use. GA4 bases bounce rate on engaged sessions, so bounce rates before and after the move are different measures.',
          id: 'Properti Universal Analytics standar berhenti memproses data baru dan GA4 menjadi versi yang dipakai. GA4 mendasarkan bounce rate pada sesi dengan engagement, jadi bounce rate sebelum dan sesudah peralihan adalah ukuran yang berbeda.',
        },
      },
    ],
    question: {
      en: 'Which version of Google Analytics did our old bounce rates come from, and do we still compare them with today?',
      id: 'Bounce rate lama kita berasal dari versi Google Analytics yang mana, dan apakah masih kita bandingkan dengan angka sekarang?',
    },
    goals: ['leads-and-sales', 'engagement'],
    sources: [ga4EngagementMetrics, ga4Session, gaDevelopers, uaToGa4Mapping],
    sourceNote: {
      en: "We did not read Google's dedicated bounce-rate help page; the GA4 definition here follows from Google's engaged-session definition. The July 2023 date comes from Google's announcement as quoted by others; the official developer page we read only says Universal Analytics is deprecated.",
      id: 'Kami tidak membaca halaman bantuan Google yang khusus membahas bounce rate; definisi GA4 di sini diturunkan dari definisi sesi dengan engagement milik Google. Tanggal Juli 2023 berasal dari pengumuman Google yang dikutip pihak lain; halaman developer resmi yang kami baca hanya menyebut Universal Analytics sudah tidak digunakan lagi.',
    },
  },
  {
    id: 'active-users',
    category: 'web',
    better: 'higher',
    name: { en: 'Active users', id: 'Pengguna aktif' },
    aliases: ['Active users', 'Users', 'Pengguna aktif', 'pengguna', 'website users', 'pengunjung aktif'],
    short: {
      en: 'How many distinct users engaged with your site or app in the period, as far as GA4 can tell them apart. Many GA4 reports show it simply as "Users".',
      id: 'Jumlah pengguna berbeda yang berinteraksi dengan website atau aplikasi Anda dalam periode itu, sejauh GA4 bisa membedakannya. Banyak laporan GA4 menampilkannya cukup sebagai "Pengguna".',
    },
    explanation: {
      en: 'GA4 counts a user as active when they have an engaged session, or when it records a first visit or some engagement time from them. It counts the identities it can recognise, not human beings: the same person on a phone and a laptop can count twice. Active users answers "how many people did we actually get onto the site", which is closer to what a leader means by audience than sessions are. Put it next to the reach of the posts that drove the traffic to see how much of the social audience made it to your website.',
      id: 'GA4 menghitung seseorang sebagai pengguna aktif jika ia punya sesi dengan engagement, atau jika GA4 mencatat kunjungan pertama atau waktu engagement darinya. Yang dihitung adalah identitas yang bisa dikenali GA4, bukan manusia: orang yang sama di ponsel dan laptop bisa terhitung dua kali. Pengguna aktif menjawab "berapa orang yang benar-benar sampai ke website", dan ini lebih dekat dengan makna audiens bagi seorang leader dibanding jumlah sesi. Sandingkan dengan reach posting yang mengirim traffic untuk melihat berapa bagian audiens sosial yang sampai ke website Anda.',
    },
    variants: [
      {
        platform: 'google-analytics',
        definition: {
          en: 'An active user is any user who has an engaged session, or from whom GA4 collects the first_visit event or the engagement_time_msec parameter on a website (first_open and similar signals in apps). Google notes that not every new user is active, so new users can exceed active users.',
          id: 'Pengguna aktif adalah pengguna yang punya sesi dengan engagement, atau yang darinya GA4 mengumpulkan peristiwa first_visit atau parameter engagement_time_msec di website (di aplikasi memakai first_open dan sinyal serupa). Google mencatat bahwa tidak semua pengguna baru itu aktif, jadi pengguna baru bisa lebih banyak dari pengguna aktif.',
        },
      },
    ],
    pitfalls: [
      {
        en: '"Users" in a GA4 report and "Users" in an old Universal Analytics report were not calculated the same way. Do not chart them as one line.',
        id: '"Pengguna" di laporan GA4 dan "Pengguna" di laporan Universal Analytics lama tidak dihitung dengan cara yang sama. Jangan digambar sebagai satu garis.',
      },
      {
        en: 'Data thresholds can hold back rows in reports with small numbers or demographic breakdowns, so the rows may not add up to the total.',
        id: 'Ambang data (thresholding) bisa menyembunyikan baris pada laporan dengan angka kecil atau rincian demografi, jadi jumlah barisnya bisa tidak sama dengan total.',
      },
      {
        en: 'Active users on the site and reach or followers on a platform count different things with different tools. Compare the trend, not the raw numbers.',
        id: 'Pengguna aktif di website dan reach atau pengikut di platform menghitung hal berbeda dengan tool berbeda. Bandingkan trennya, bukan angka mentahnya.',
      },
    ],
    changes: [],
    question: {
      en: 'How many of the people our posts reach end up as active users on the site, and how do we know?',
      id: 'Dari orang yang dijangkau posting kita, berapa yang akhirnya menjadi pengguna aktif di website, dan dari mana kita tahu?',
    },
    goals: ['audience-growth', 'awareness'],
    sources: [ga4EngagementMetrics, ga4UserMetrics],
    sourceNote: {
      en: 'Google\'s page comparing GA4 user metrics was read from a stored copy. That many reports label this metric "Users" comes from Google\'s migration guidance as quoted by others.',
      id: 'Halaman Google yang membandingkan metrik pengguna GA4 kami baca dari salinan tersimpan. Keterangan bahwa banyak laporan memberi label "Pengguna" pada metrik ini berasal dari panduan migrasi Google yang dikutip pihak lain.',
    },
  },
  {
    id: 'new-users',
    category: 'web',
    better: 'higher',
    name: { en: 'New users', id: 'Pengguna baru' },
    aliases: ['New users', 'first-time users', 'new visitors', 'Pengguna baru', 'pengunjung baru'],
    short: {
      en: 'People GA4 sees for the first time in the period, counted from their first-visit event.',
      id: 'Orang yang pertama kali terlihat oleh GA4 dalam periode itu, dihitung dari peristiwa kunjungan pertama mereka.',
    },
    explanation: {
      en: 'When someone reaches your site for the first time, GA4 records a first_visit event (first_open in an app) and counts a new user. It is the closest website measure to "did social bring us people who did not know us yet". But "first time" means first time on this browser or device as far as GA4 knows: clearing cookies, private browsing or a new phone all produce new users who are not new to you. New users can even outnumber active users, because not every newcomer engages.',
      id: 'Saat seseorang pertama kali membuka website Anda, GA4 mencatat peristiwa first_visit (first_open di aplikasi) dan menghitungnya sebagai pengguna baru. Ini ukuran website yang paling dekat dengan pertanyaan "apakah sosial membawa orang yang belum mengenal kita". Tetapi "pertama kali" berarti pertama kali di browser atau perangkat itu sejauh yang diketahui GA4: menghapus cookie, mode penyamaran, atau ganti ponsel semuanya menghasilkan pengguna baru yang sebenarnya tidak baru bagi Anda. Pengguna baru bahkan bisa lebih banyak dari pengguna aktif, karena tidak semua pendatang baru berinteraksi.',
    },
    variants: [
      {
        platform: 'google-analytics',
        definition: {
          en: "GA4 counts new users from the first_visit event on websites and the first_open event in apps. Google's comparison of user metrics notes that new users are not necessarily active, and that thresholding can make user counts look inconsistent.",
          id: 'GA4 menghitung pengguna baru dari peristiwa first_visit di website dan first_open di aplikasi. Perbandingan metrik pengguna dari Google mencatat bahwa pengguna baru belum tentu aktif, dan thresholding bisa membuat hitungan pengguna tampak tidak konsisten.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'New users are not new customers. Follow them to key events before calling a campaign a success.',
        id: 'Pengguna baru bukan pelanggan baru. Telusuri sampai key event sebelum menyebut kampanye berhasil.',
      },
      {
        en: 'A campaign with many new users but few engaged sessions or key events may be buying curiosity rather than interest.',
        id: 'Kampanye dengan banyak pengguna baru tetapi sedikit sesi dengan engagement atau key event mungkin hanya membeli rasa penasaran, bukan minat.',
      },
      {
        en: 'Cookie consent, private browsing and switching devices all inflate new users, and they differ by audience and country.',
        id: 'Persetujuan cookie, mode penyamaran, dan pergantian perangkat semuanya menggelembungkan pengguna baru, dan pengaruhnya berbeda menurut audiens dan negara.',
      },
    ],
    changes: [],
    question: {
      en: 'Of the new users social brought this month, how many came back or took a key action?',
      id: 'Dari pengguna baru yang dibawa sosial bulan ini, berapa yang kembali atau melakukan aksi penting?',
    },
    goals: ['audience-growth', 'awareness'],
    sources: [ga4UserMetrics, ga4EngagementMetrics],
    sourceNote: {
      en: "Google's page comparing GA4 user metrics, which defines new users, was read from a stored copy of the official page.",
      id: 'Halaman Google yang membandingkan metrik pengguna GA4, tempat definisi pengguna baru, kami baca dari salinan tersimpan halaman resminya.',
    },
  },
  {
    id: 'average-engagement-time',
    category: 'web',
    better: 'higher',
    name: { en: 'Average engagement time', id: 'Rata-rata waktu engagement' },
    aliases: [
      'Average engagement time',
      'Average engagement time per active user',
      'Rata-rata waktu engagement',
      'waktu engagement',
      'time on site',
      'lama kunjungan',
    ],
    short: {
      en: 'How long, on average, your site was actually in focus for each active user. Time in a background tab does not count.',
      id: 'Rata-rata berapa lama website Anda benar-benar sedang dibuka dan dilihat oleh setiap pengguna aktif. Waktu di tab latar belakang tidak dihitung.',
    },
    explanation: {
      en: 'GA4 only counts time while your page is the tab in focus or your app is in the foreground. It adds that time up and divides it by active users, so the figure is per person, not per visit. That makes it a fairer measure of attention than the old session duration, which could count a tab left open for an hour. Longer is not always better: a page that makes people hunt for an answer can score high, and a quick path to checkout can score low.',
      id: 'GA4 hanya menghitung waktu saat halaman Anda menjadi tab yang aktif atau aplikasi Anda berada di latar depan. Waktu itu dijumlahkan lalu dibagi dengan pengguna aktif, jadi angkanya per orang, bukan per kunjungan. Ini ukuran perhatian yang lebih adil daripada durasi sesi versi lama, yang bisa menghitung tab yang dibiarkan terbuka sejam. Lebih lama belum tentu lebih baik: halaman yang membuat orang mencari-cari jawaban bisa bernilai tinggi, sedangkan jalur cepat ke checkout bisa bernilai rendah.',
    },
    formula: { en: 'Total engagement time ÷ active users', id: 'Total waktu engagement ÷ pengguna aktif' },
    variants: [
      {
        platform: 'google-analytics',
        definition: {
          en: 'User engagement is the time your web page is in focus or your app screen is in the foreground. GA4 sends it in the engagement_time_msec parameter when the user leaves or switches away from the page or screen, moves the app to the background, or the site crashes.',
          id: 'User engagement adalah waktu saat halaman web Anda sedang aktif atau layar aplikasi berada di latar depan. GA4 mengirimnya lewat parameter engagement_time_msec saat pengguna meninggalkan atau berpindah dari halaman atau layar, memindahkan aplikasi ke latar belakang, atau saat situs mengalami crash.',
        },
      },
    ],
    pitfalls: [
      {
        en: "Do not compare it with YouTube's average view duration or TikTok's average watch time: those measure video playback, this measures time on your site.",
        id: 'Jangan bandingkan dengan durasi tonton rata-rata di YouTube atau waktu tonton rata-rata di TikTok: keduanya mengukur pemutaran video, ini mengukur waktu di website Anda.',
      },
      {
        en: 'A few very long visits pull the average up. Read it with engaged sessions, not alone.',
        id: 'Beberapa kunjungan yang sangat lama bisa menarik rata-ratanya naik. Baca bersama sesi dengan engagement, jangan sendirian.',
      },
      {
        en: "Universal Analytics' average session duration was worked out differently, so old and new time figures do not line up.",
        id: 'Rata-rata durasi sesi di Universal Analytics dihitung dengan cara lain, jadi angka waktu lama dan baru tidak bisa disejajarkan.',
      },
    ],
    changes: [],
    question: {
      en: 'Which pages do social visitors spend real time on, and is that time helping them act?',
      id: 'Di halaman mana pengunjung dari sosial benar-benar menghabiskan waktu, dan apakah waktu itu membantu mereka bertindak?',
    },
    goals: ['engagement'],
    sources: [ga4EngagementMetrics, uaToGa4Mapping],
    sourceNote: {
      en: 'The Google help page we read explains how engagement time is collected, but its section on the average was cut off in our copy. The formula (total engagement time divided by active users) follows Google\'s help as quoted by others. Indonesian labels: we could not confirm from a Google help page or screenshot that GA4 in Indonesian shows "Waktu engagement rata-rata", so it is not listed as a label yet.',
      id: 'Halaman bantuan Google yang kami baca menjelaskan cara waktu engagement dikumpulkan, tetapi bagian tentang rata-ratanya terpotong di salinan kami. Rumusnya (total waktu engagement dibagi pengguna aktif) mengikuti bantuan Google sebagaimana dikutip pihak lain. Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Google bahwa GA4 berbahasa Indonesia menampilkan "Waktu engagement rata-rata", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'key-events',
    category: 'web',
    better: 'higher',
    name: { en: 'Key events', id: 'Peristiwa utama (key event)' },
    aliases: [
      'Key events',
      'key event',
      'conversions',
      'GA4 conversions',
      'goals',
      'Peristiwa utama',
      'konversi',
      'sasaran',
    ],
    short: {
      en: 'The actions on your site that your team has told GA4 matter most, such as a purchase, a sign-up or a lead form. Until 2024 GA4 called them conversions.',
      id: 'Aksi di website yang sudah ditandai tim Anda sebagai paling penting di GA4, misalnya pembelian, pendaftaran, atau formulir leads. Sampai 2024, GA4 menyebutnya konversi.',
    },
    explanation: {
      en: 'Every interaction in GA4 is an event; a key event is one your team has marked as important to the business. GA4 counts how many happen and which channels and campaigns came before them, so it is the bridge between social activity and business results. Google now keeps the word "conversion" for Google Ads: a conversion is a key event that has been set up in Google Ads for bidding and ad reporting. The count depends on setup choices, such as which events are marked and whether each one counts every time or once per session.',
      id: 'Setiap interaksi di GA4 adalah peristiwa (event); key event adalah event yang ditandai tim sebagai penting bagi bisnis. GA4 menghitung berapa kali terjadi dan channel serta kampanye apa yang mendahuluinya, jadi inilah jembatan antara aktivitas sosial dan hasil bisnis. Google kini memakai kata "konversi" khusus untuk Google Ads: konversi adalah key event yang sudah disiapkan di Google Ads untuk bidding dan laporan iklan. Angkanya bergantung pada pilihan setup, misalnya event mana yang ditandai dan apakah dihitung setiap kali terjadi atau sekali per sesi.',
    },
    variants: [
      {
        platform: 'google-analytics',
        definition: {
          en: 'A key event is an event you mark in GA4 as important to the success of your business; it is recorded in Google Analytics and shown in its reports. Each key event has a counting method: once per event, or once per session.',
          id: 'Key event adalah event yang Anda tandai di GA4 sebagai penting bagi keberhasilan bisnis; dicatat di Google Analytics dan ditampilkan di laporannya. Setiap key event punya metode hitung: sekali per event, atau sekali per sesi.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'GA4 key events and Google Ads conversions can differ even for the same action, because Google treats them as separate things.',
        id: 'Key event GA4 dan konversi Google Ads bisa berbeda walaupun untuk aksi yang sama, karena Google memperlakukannya sebagai dua hal terpisah.',
      },
      {
        en: 'If nobody has marked the right events, key events will be zero or count the wrong thing. Ask to see the list.',
        id: 'Kalau belum ada yang menandai event yang tepat, key event akan nol atau menghitung hal yang salah. Minta lihat daftarnya.',
      },
      {
        en: "Results reported by Meta, LinkedIn or TikTok use each platform's own attribution and will not match GA4 key events for the same campaign.",
        id: 'Hasil yang dilaporkan Meta, LinkedIn, atau TikTok memakai atribusi masing-masing platform dan tidak akan sama dengan key event GA4 untuk kampanye yang sama.',
      },
    ],
    changes: [
      {
        platform: 'google-analytics',
        when: '2024-05-06',
        what: {
          en: 'After GA4 renamed "conversions" to "key events" in 2024, the Google Analytics Admin API added key event methods and marked the old conversion-event methods as deprecated.',
          id: 'Setelah GA4 mengganti nama "konversi" menjadi "key event" pada 2024, Google Analytics Admin API menambahkan metode key event dan menandai metode conversion event lama sebagai usang.',
        },
      },
    ],
    question: {
      en: 'Which actions have we marked as key events, and who decided they matter?',
      id: 'Aksi apa saja yang kita tandai sebagai key event, dan siapa yang memutuskan bahwa itu penting?',
    },
    goals: ['leads-and-sales'],
    sources: [keyEventGlossary, gaAdminChangelog, gaKeyEventResource, ga4Session],
    sourceNote: {
      en: "We found the date on Google's developer changelog for the Admin API. We did not read an official page giving the exact day the GA4 interface changed its wording.",
      id: 'Tanggalnya kami temukan di changelog developer Google untuk Admin API. Kami tidak membaca halaman resmi yang menyebut hari persis antarmuka GA4 mengganti istilahnya.',
    },
  },
  {
    id: 'amount-spent',
    category: 'ads',
    better: 'neither',
    name: { en: 'Amount spent', id: 'Jumlah yang dibelanjakan' },
    aliases: [
      'Amount spent',
      'Spend',
      'Ad spend',
      'Spent',
      'Cost',
      'Total spend',
      'Jumlah yang dibelanjakan',
      'biaya iklan',
      'belanja iklan',
    ],
    short: {
      en: "How much money the ads cost in the period you selected, in the ad account's currency.",
      id: 'Berapa biaya iklan dalam periode yang Anda pilih, dalam mata uang akun iklan.',
    },
    explanation: {
      en: "This is what the platform charged, or will charge, for delivering your ads in the date range. Each platform shows it in the ad account's currency, and the newest figures can still move while the platform processes data, so treat today's number as provisional. It is the bottom half of every cost metric (CPM, CPC, cost per result) and the denominator of ROAS. It leaves out agency fees, production and the team's time, which all belong in social ROI.",
      id: 'Ini jumlah yang ditagihkan, atau akan ditagihkan, platform untuk menayangkan iklan Anda dalam rentang tanggal tersebut. Setiap platform menampilkannya dalam mata uang akun iklan, dan angka terbaru masih bisa bergeser selama platform memproses data, jadi anggap angka hari ini masih sementara. Angka ini menjadi penyebut semua metrik biaya (CPM, CPC, biaya per hasil) dan juga ROAS. Fee agensi, biaya produksi, dan waktu tim tidak termasuk, padahal semuanya perlu masuk ke perhitungan ROI sosial.',
    },
    variants: [
      {
        platform: 'meta-ads-manager',
        definition: {
          en: 'Ads Manager shows it as "Amount spent". The Marketing API returns the same figure as the spend field for an ad account, campaign, ad set or ad, by default for roughly the past 30 days.',
          id: 'Ads Manager menampilkannya sebagai "Amount spent" (Jumlah yang dibelanjakan). Marketing API mengembalikan angka yang sama sebagai field spend untuk akun iklan, kampanye, set iklan, atau iklan, secara default untuk sekitar 30 hari terakhir.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Spent', id: 'Spent' },
        definition: {
          en: 'Campaign Manager calls it "Spent": the amount you spent on ad impressions or interactions.',
          id: 'Campaign Manager menyebutnya "Spent": jumlah yang Anda belanjakan untuk impresi atau interaksi iklan.',
        },
      },
      {
        platform: 'tiktok',
        name: { en: 'Cost', id: 'Cost (biaya)' },
        definition: {
          en: 'TikTok Ads Manager calls it "Cost": the sum of your total ad spend.',
          id: 'TikTok Ads Manager menyebutnya "Cost": total seluruh belanja iklan Anda.',
        },
      },
      {
        platform: 'sprout-social',
        name: { en: 'Total Spend', id: 'Total Spend' },
        definition: {
          en: "Sprout's paid performance reports show Total Spend for the selected campaigns, in the ad account's native currency.",
          id: 'Laporan paid performance di Sprout menampilkan Total Spend untuk kampanye yang dipilih, dalam mata uang asli akun iklan.',
        },
      },
      {
        platform: 'hootsuite',
        definition: {
          en: "Hootsuite's ROI analysis shows the total spent across the selected social ad accounts, and the split by network.",
          id: 'ROI analysis di Hootsuite menampilkan total belanja dari akun iklan sosial yang dipilih, beserta rinciannya per jaringan.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Ad accounts can run in different currencies. Convert before you add platforms together.',
        id: 'Akun iklan bisa memakai mata uang berbeda. Konversikan dulu sebelum menjumlahkan antarplatform.',
      },
      {
        en: 'Spend is not the budget. It is what was actually used, and the two differ when a campaign delivers less than planned.',
        id: 'Belanja bukan anggaran. Ini yang benar-benar terpakai, dan keduanya berbeda kalau kampanye tayang lebih sedikit dari rencana.',
      },
      {
        en: 'Daily totals depend on time zones: Pinterest shows ads data in UTC, while other accounts may use a local time zone.',
        id: 'Total harian bergantung pada zona waktu: Pinterest menampilkan data iklan dalam UTC, sementara akun lain bisa memakai zona waktu lokal.',
      },
    ],
    changes: [],
    question: {
      en: 'What did we spend on social ads last month, and what did we get for it?',
      id: 'Berapa belanja iklan sosial kita bulan lalu, dan apa yang kita dapat dari situ?',
    },
    goals: ['leads-and-sales', 'awareness'],
    sources: [
      metaInsightsApi,
      linkedinPerformance,
      tiktokBasicMetrics,
      sproutPaidReport,
      hootsuiteRoi,
      pinterestAdReporting,
    ],
    sourceNote: {
      en: `We could not read Meta's Business Help Center page for this metric; the Meta variant rests on Meta's Marketing API documentation. ${linkedinCopyNote.en}`,
      id: `Kami tidak bisa membaca halaman Pusat Bantuan Bisnis Meta untuk metrik ini; varian Meta berpegang pada dokumentasi Marketing API Meta. ${linkedinCopyNote.id}`,
    },
  },
  {
    id: 'results',
    category: 'ads',
    better: 'higher',
    name: { en: 'Results', id: 'Hasil' },
    aliases: ['Results', 'Key results', 'Conversions', 'outcomes', 'Hasil', 'hasil iklan', 'konversi iklan'],
    short: {
      en: 'How many times your ads achieved the outcome the campaign was set up for. What counts as a result changes with the objective.',
      id: 'Berapa kali iklan Anda mencapai hasil yang menjadi tujuan kampanye. Apa yang dihitung sebagai hasil berubah mengikuti objective.',
    },
    explanation: {
      en: 'Ad platforms count a result each time an ad produced the outcome chosen when the campaign was set up: a visit for a traffic campaign, a lead for a lead campaign, a purchase for a sales campaign. So "results" from two campaigns can be entirely different things, and adding them up makes little sense. Results on your website depend on tracking, such as Meta\'s pixel or Conversions API, and on an attribution window: how many days after a click or a view the platform still credits the ad. Always read results next to the objective and the cost per result.',
      id: 'Platform iklan menghitung satu hasil setiap kali iklan menghasilkan tujuan yang dipilih saat kampanye dibuat: kunjungan untuk kampanye traffic, leads untuk kampanye leads, pembelian untuk kampanye penjualan. Jadi "hasil" dari dua kampanye bisa berupa hal yang sama sekali berbeda, dan menjumlahkannya tidak banyak artinya. Hasil di website bergantung pada tracking, misalnya pixel atau Conversions API Meta, dan pada jendela atribusi: berapa hari setelah iklan diklik atau dilihat platform masih memberi kredit pada iklan itu. Selalu baca hasil bersama objective dan biaya per hasil.',
    },
    variants: [
      {
        platform: 'meta-ads-manager',
        definition: {
          en: "Meta credits results within the ad set's attribution setting. Ads Manager offers 1-day or 7-day click, 1-day view and 1-day engaged view, and new ad sets default to 7-day click or 1-day view. The setting also steers delivery: Meta shows ads to people likely to convert within that window, so changing it changes both what gets counted and who sees the ads. In the API, 28-day click also remains, while from 12 January 2026 7-day view and 28-day view are no longer returned.",
          id: 'Meta memberi kredit hasil dalam setelan atribusi ad set. Ads Manager menyediakan 1 atau 7 hari setelah klik, 1 hari setelah dilihat, dan 1 hari setelah "engaged view", dan ad set baru secara default memakai 7 hari setelah klik atau 1 hari setelah dilihat. Setelan ini juga mengarahkan penayangan iklan: Meta menampilkan iklan kepada orang yang kemungkinan berkonversi dalam jendela itu, jadi mengubahnya mengubah apa yang dihitung sekaligus siapa yang melihat iklan. Di API, 28 hari setelah klik juga masih ada, sedangkan sejak 12 Januari 2026 jendela 7 hari dan 28 hari setelah dilihat tidak lagi dikembalikan.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Key results', id: 'Key results' },
        definition: {
          en: 'Key results count the times a campaign achieved an outcome based on its objective: reach for brand awareness, landing page clicks for website visits, leads or qualified leads for lead generation, conversions for website conversions, video views for video views.',
          id: 'Key results menghitung berapa kali kampanye mencapai hasil sesuai objective-nya: reach untuk brand awareness, klik halaman landing untuk kunjungan website, leads atau qualified leads untuk lead generation, konversi untuk konversi website, dan tayangan video untuk objective "video views".',
        },
      },
      {
        platform: 'tiktok',
        name: { en: 'Conversions', id: 'Conversions (konversi)' },
        definition: {
          en: 'TikTok Ads Manager counts conversions as the number of times your ad resulted in the optimisation event you selected, and reports real-time conversions separately.',
          id: 'TikTok Ads Manager menghitung konversi sebagai berapa kali iklan Anda menghasilkan event optimasi yang Anda pilih, dan melaporkan real-time conversions secara terpisah.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Never add up results from campaigns with different objectives: a reach result and a purchase result are not the same unit.',
        id: 'Jangan pernah menjumlahkan hasil dari kampanye dengan objective berbeda: hasil reach dan hasil pembelian bukan satuan yang sama.',
      },
      {
        en: 'Attribution windows differ by platform and setting. TikTok lets each ad group choose a click window of 1, 7, 14 or 28 days and a view window of off, 1 or 7 days, and the choice cannot be changed after publishing.',
        id: 'Jendela atribusi berbeda per platform dan setelan. TikTok membiarkan setiap ad group memilih jendela klik 1, 7, 14, atau 28 hari dan jendela setelah dilihat yang nonaktif, 1, atau 7 hari, dan pilihan ini tidak bisa diubah setelah dipublikasikan.',
      },
      {
        en: 'Some results are estimates: LinkedIn says it may use group-level attribution or estimation when conversions cannot be tied to individual members.',
        id: 'Sebagian hasil adalah estimasi: LinkedIn menyebut bisa memakai atribusi tingkat grup atau estimasi bila konversi tidak bisa dikaitkan dengan anggota tertentu.',
        platforms: ['linkedin'],
      },
    ],
    changes: [
      {
        platform: 'meta-ads-manager',
        when: '2026-01-12',
        what: {
          en: "Meta's Ads Insights API stopped returning the 7-day view and 28-day view attribution windows for actions, conversions and results.",
          id: 'Ads Insights API Meta berhenti mengembalikan jendela atribusi 7 hari dan 28 hari setelah dilihat untuk actions, konversi, dan results.',
        },
      },
    ],
    question: {
      en: 'For each campaign, what exactly is a "result", and which attribution window do we report it with?',
      id: 'Untuk setiap kampanye, apa persisnya yang disebut "hasil", dan jendela atribusi mana yang kita pakai untuk melaporkannya?',
    },
    goals: ['leads-and-sales', 'awareness', 'engagement'],
    sources: [
      metaAttributionSetting,
      metaAttributionUpdate,
      metaActionStats,
      metaInsightsApi,
      linkedinKeyResults,
      linkedinConversions,
      tiktokBasicMetrics,
      tiktokAttribution,
    ],
    sourceNote: {
      en: `Meta's help page on the attribution setting was read from a stored copy of the official page; the default of 7-day click or 1-day view for new ad sets comes from Meta's help text on attribution changes as quoted by others. ${linkedinCopyNote.en} Indonesian labels: we could not confirm from a Meta help page or screenshot that Ads Manager in Indonesian shows "Hasil", so it is not listed as a label yet.`,
      id: `Halaman bantuan Meta tentang setelan atribusi kami baca dari salinan tersimpan halaman resminya; default 7 hari setelah klik atau 1 hari setelah dilihat untuk ad set baru berasal dari teks bantuan Meta tentang perubahan atribusi sebagaimana dikutip pihak lain. ${linkedinCopyNote.id} Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Meta bahwa Ads Manager berbahasa Indonesia menampilkan "Hasil", jadi label itu belum dicantumkan.`,
    },
  },
  {
    id: 'cpm',
    category: 'ads',
    better: 'lower',
    name: { en: 'CPM (cost per 1,000 impressions)', id: 'CPM (biaya per 1.000 impresi)' },
    aliases: [
      'CPM',
      'Cost per mille',
      'cost per thousand impressions',
      'Average CPM',
      'biaya per 1.000 tayangan',
      'biaya per seribu impresi',
    ],
    short: {
      en: 'What it cost to show your ads 1,000 times. It measures the price of attention, not its quality.',
      id: 'Biaya untuk menayangkan iklan Anda 1.000 kali. Ini mengukur harga perhatian, bukan kualitasnya.',
    },
    explanation: {
      en: 'CPM divides what you spent by the number of impressions and multiplies by 1,000. It tells you how expensive it is to get in front of your audience on a platform at a given moment, and it moves with competition, audience size, season and ad format. A low CPM is welcome in an awareness campaign but says nothing about whether anyone cared. Compare CPMs for the same platform, objective and audience over time rather than across platforms, because each platform counts an impression in its own way.',
      id: 'CPM membagi belanja dengan jumlah impresi lalu dikalikan 1.000. Angka ini menunjukkan seberapa mahal tampil di depan audiens Anda di sebuah platform pada saat tertentu, dan ikut bergerak bersama persaingan, ukuran audiens, musim, dan format iklan. CPM rendah menyenangkan untuk kampanye awareness, tetapi tidak menunjukkan apakah ada yang peduli. Bandingkan CPM untuk platform, objective, dan audiens yang sama dari waktu ke waktu, bukan antarplatform, karena setiap platform menghitung impresi dengan caranya sendiri.',
    },
    formula: { en: 'Amount spent ÷ impressions × 1,000', id: 'Jumlah yang dibelanjakan ÷ impresi × 1.000' },
    variants: [
      {
        platform: 'tiktok',
        definition: {
          en: 'TikTok Ads Manager: the average amount you spent per 1,000 impressions, where an impression is a time your ad was shown.',
          id: 'TikTok Ads Manager: rata-rata jumlah yang Anda belanjakan per 1.000 impresi, dengan impresi berarti setiap kali iklan Anda ditampilkan.',
        },
      },
      {
        platform: 'x',
        definition: {
          en: "X's Ads API documentation derives CPM from the billed charge divided by impressions, with impressions summed across timeline, search and profile placements.",
          id: 'Dokumentasi Ads API X menurunkan CPM dari biaya yang ditagihkan dibagi impresi, dengan impresi dijumlahkan dari penempatan timeline, pencarian, dan profil.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Average CPM', id: 'Average CPM' },
        definition: {
          en: 'Campaign Manager reports Average CPM. Since July 2024 it no longer reports impressions, clicks or CPM for Sponsored Messaging, and since August 2024 it measures in-feed video impressions differently.',
          id: 'Campaign Manager melaporkan Average CPM. Sejak Juli 2024 LinkedIn tidak lagi melaporkan impresi, klik, atau CPM untuk Sponsored Messaging, dan sejak Agustus 2024 cara mengukur impresi video di feed berubah.',
        },
      },
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's paid performance reports show CPM as the average cost per 1,000 impressions across the selected campaigns.",
          id: 'Laporan paid performance di Sprout menampilkan CPM sebagai rata-rata biaya per 1.000 impresi dari kampanye yang dipilih.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Each platform defines an impression its own way, so "LinkedIn is more expensive than TikTok" on CPM alone compares different things.',
        id: 'Setiap platform mendefinisikan impresi dengan caranya sendiri, jadi kesimpulan "LinkedIn lebih mahal dari TikTok" hanya dari CPM membandingkan hal yang berbeda.',
      },
      {
        en: 'A high CPM for a narrow, valuable audience can still be a fair price. Judge it against the result you need.',
        id: 'CPM tinggi untuk audiens yang sempit dan bernilai bisa tetap harga yang wajar. Nilai dibandingkan dengan hasil yang Anda butuhkan.',
      },
      {
        en: 'Cost per 1,000 people reached is a different metric from CPM; TikTok and LinkedIn report both.',
        id: 'Biaya per 1.000 orang yang dijangkau adalah metrik yang berbeda dari CPM; TikTok dan LinkedIn melaporkan keduanya.',
      },
    ],
    changes: [
      {
        platform: 'linkedin',
        when: '2024-07',
        what: {
          en: 'LinkedIn stopped reporting impressions, clicks and related metrics such as CPM and CPC for Sponsored Messaging.',
          id: 'LinkedIn berhenti melaporkan impresi, klik, dan metrik terkait seperti CPM dan CPC untuk Sponsored Messaging.',
        },
      },
      {
        platform: 'linkedin',
        when: '2024-08',
        what: {
          en: 'LinkedIn changed how it measures impressions and clicks for in-feed video, so video CPMs before and after are not directly comparable.',
          id: 'LinkedIn mengubah cara mengukur impresi dan klik untuk video di feed, jadi CPM video sebelum dan sesudahnya tidak bisa langsung dibandingkan.',
        },
      },
    ],
    question: {
      en: 'Is our CPM rising because the audience is competitive, or because the creative is tired?',
      id: 'CPM kita naik karena audiensnya diperebutkan, atau karena materi iklannya sudah jenuh?',
    },
    goals: ['awareness'],
    sources: [tiktokBasicMetrics, xDerivedMetrics, linkedinPerformance, sproutPaidReport],
    sourceNote: linkedinCopyNote,
  },
  {
    id: 'cpc',
    category: 'ads',
    better: 'lower',
    name: { en: 'CPC (cost per click)', id: 'CPC (biaya per klik)' },
    aliases: [
      'CPC',
      'Cost per click',
      'Average CPC',
      'CPC (all)',
      'CPC (cost per link click)',
      'CPC (destination)',
      'biaya per klik',
    ],
    short: {
      en: 'The average cost of each click on your ads. Which clicks count depends on the platform and the column.',
      id: 'Rata-rata biaya setiap klik pada iklan Anda. Klik mana yang dihitung bergantung pada platform dan kolomnya.',
    },
    explanation: {
      en: 'CPC divides spend by clicks. The catch is the word "click": some columns count every click on the ad, including opening the profile, expanding the text or playing a video, while others count only clicks that take people to your destination, such as your website. The second kind is usually the one that matters for traffic and sales. Before comparing CPCs, check which click each number uses, then follow the click to landing page views and key events to see what it bought.',
      id: 'CPC membagi belanja dengan jumlah klik. Masalahnya ada di kata "klik": sebagian kolom menghitung semua klik pada iklan, termasuk membuka profil, membuka teks lengkap, atau memutar video, sementara kolom lain hanya menghitung klik yang membawa orang ke tujuan Anda, misalnya website. Jenis kedua biasanya yang penting untuk traffic dan penjualan. Sebelum membandingkan CPC, cek klik jenis apa yang dipakai setiap angka, lalu telusuri kliknya sampai tayangan halaman landing dan key event untuk melihat apa yang didapat.',
    },
    formula: { en: 'Amount spent ÷ clicks', id: 'Jumlah yang dibelanjakan ÷ klik' },
    variants: [
      {
        platform: 'tiktok',
        name: { en: 'CPC (destination)', id: 'CPC (destination)' },
        definition: {
          en: 'TikTok Ads Manager reports CPC (destination): the average cost of each click to a specified destination. Its "Clicks (all)" also include social and interaction clicks.',
          id: 'TikTok Ads Manager melaporkan CPC (destination): rata-rata biaya setiap klik ke tujuan yang ditentukan. "Clicks (all)" di TikTok juga mencakup klik sosial dan interaksi.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Average CPC', id: 'Average CPC' },
        definition: {
          en: 'Campaign Manager reports Average CPC. Its clicks metric counts chargeable clicks and varies by objective; engagement clicks include clicks to the landing page, the LinkedIn Page, social actions and Page follows.',
          id: 'Campaign Manager melaporkan Average CPC. Metrik klik di sana menghitung klik yang ditagihkan dan berbeda per objective; klik engagement mencakup klik ke halaman landing, LinkedIn Page, aksi sosial, dan klik untuk mengikuti Page.',
        },
      },
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's paid performance reports divide spend by clicks that include URL clicks, some interactions with the ad container, links to destinations and links to expanded ad experiences.",
          id: 'Laporan paid performance di Sprout membagi belanja dengan klik yang mencakup klik URL, sebagian interaksi dengan bingkai iklan, tautan ke tujuan, dan tautan ke tampilan iklan yang diperluas.',
        },
      },
      {
        platform: 'meta-ads-manager',
        definition: {
          en: 'Ads Manager offers more than one CPC column, one based on all clicks and one on link clicks. Check which your report uses before comparing.',
          id: 'Ads Manager punya lebih dari satu kolom CPC, satu berdasarkan semua klik dan satu berdasarkan klik tautan. Cek mana yang dipakai laporan Anda sebelum membandingkan.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'A CPC based on all clicks looks cheaper than one based on link clicks for the same ad. Never compare the two.',
        id: 'CPC berbasis semua klik selalu tampak lebih murah daripada CPC berbasis klik tautan untuk iklan yang sama. Jangan pernah membandingkan keduanya.',
      },
      {
        en: 'Cheap clicks that never become engaged sessions are not a bargain.',
        id: 'Klik murah yang tidak pernah menjadi sesi dengan engagement bukanlah penghematan.',
      },
      {
        en: 'A click is not a visit: compare clicks with landing page views on the platform and with sessions in GA4.',
        id: 'Klik belum tentu kunjungan: bandingkan klik dengan tayangan halaman landing di platform dan dengan sesi di GA4.',
      },
    ],
    changes: [
      {
        platform: 'linkedin',
        when: '2024-07',
        what: {
          en: 'LinkedIn stopped reporting clicks and CPC for Sponsored Messaging.',
          id: 'LinkedIn berhenti melaporkan klik dan CPC untuk Sponsored Messaging.',
        },
      },
      {
        platform: 'linkedin',
        when: '2024-08',
        what: {
          en: 'LinkedIn changed how it measures clicks on in-feed video ads.',
          id: 'LinkedIn mengubah cara mengukur klik pada iklan video di feed.',
        },
      },
    ],
    question: {
      en: 'Which click does our CPC count, and is it the click we actually want to pay for?',
      id: 'Klik jenis apa yang dihitung CPC kita, dan apakah itu memang klik yang ingin kita bayar?',
    },
    goals: ['leads-and-sales'],
    sources: [tiktokBasicMetrics, linkedinKeyResults, linkedinPerformance, sproutPaidReport, metaMonitoring],
    sourceNote: {
      en: `We could not read Meta's help page on its CPC columns; the Meta variant stays general. ${linkedinCopyNote.en}`,
      id: `Kami tidak bisa membaca halaman bantuan Meta tentang kolom CPC-nya; varian Meta sengaja dibuat umum. ${linkedinCopyNote.id}`,
    },
  },
  {
    id: 'cpa',
    category: 'ads',
    better: 'lower',
    name: { en: 'Cost per result (CPA)', id: 'Biaya per hasil (CPA)' },
    aliases: [
      'CPA',
      'Cost per result',
      'Cost per acquisition',
      'Cost per action',
      'Cost per conversion',
      'Cost per lead',
      'Biaya per hasil',
      'biaya per konversi',
      'biaya per akuisisi',
    ],
    short: {
      en: 'What each result cost you on average: spend divided by the results the campaign was set up to get.',
      id: 'Rata-rata biaya untuk setiap hasil: belanja dibagi jumlah hasil yang menjadi tujuan kampanye.',
    },
    explanation: {
      en: 'This is the efficiency number most paid social teams steer by. If the result is a lead it is cost per lead; if it is a purchase, cost per purchase. Because it inherits the definition of "result", two CPAs are only comparable when the results are the same kind of action counted with the same attribution window. A CPA also ignores what the result was worth: a cheap lead that never buys costs more than an expensive one that does, so pair it with ROAS or with what sales says about lead quality.',
      id: 'Inilah angka efisiensi yang paling sering dipakai tim paid social untuk mengarahkan kampanye. Kalau hasilnya leads, jadinya biaya per lead; kalau pembelian, biaya per pembelian. Karena mewarisi definisi "hasil", dua CPA hanya bisa dibandingkan jika hasilnya jenis aksi yang sama dan dihitung dengan jendela atribusi yang sama. CPA juga tidak melihat nilai hasilnya: lead murah yang tidak pernah membeli lebih mahal daripada lead mahal yang membeli, jadi pasangkan dengan ROAS atau masukan tim sales tentang kualitas leads.',
    },
    formula: { en: 'Amount spent ÷ results', id: 'Jumlah yang dibelanjakan ÷ hasil' },
    variants: [
      {
        platform: 'linkedin',
        name: { en: 'Cost per result / Cost per conversion', id: 'Cost per result / Cost per conversion' },
        definition: {
          en: 'Cost Per Result is total spend divided by the results for the objective; for brand awareness it is spend per 1,000 member accounts reached. Cost Per Conversion is total spent divided by conversions.',
          id: 'Cost Per Result adalah total belanja dibagi jumlah hasil sesuai objective; untuk brand awareness, angkanya belanja per 1.000 akun anggota yang dijangkau. Cost Per Conversion adalah total belanja dibagi konversi.',
        },
      },
      {
        platform: 'tiktok',
        name: { en: 'Cost per conversion', id: 'Cost per conversion' },
        definition: {
          en: 'TikTok Ads Manager: the average amount spent on a conversion, with a separate real-time version.',
          id: 'TikTok Ads Manager: rata-rata jumlah yang dibelanjakan untuk satu konversi, dengan versi real-time yang terpisah.',
        },
      },
      {
        platform: 'meta-ads-manager',
        name: { en: 'Cost per result', id: 'Biaya per hasil' },
        definition: {
          en: "Ads Manager divides spend by the results counted within the ad set's attribution setting (by default 7-day click or 1-day view), so a shorter window gives fewer results and a higher cost per result. Meta's API keeps cost per action for total actions; in October 2024 it removed more than 100 'unique' metrics, which affected cost per unique action but not cost per action.",
          id: "Ads Manager membagi belanja dengan hasil yang dihitung dalam setelan atribusi ad set (secara default 7 hari setelah klik atau 1 hari setelah dilihat), jadi jendela yang lebih pendek menghasilkan lebih sedikit hasil dan biaya per hasil yang lebih tinggi. API Meta tetap menyediakan biaya per aksi untuk total aksi; pada Oktober 2024 Meta menghapus lebih dari 100 metrik 'unique', yang memengaruhi biaya per aksi unik tetapi tidak biaya per aksi.",
        },
      },
    ],
    pitfalls: [
      {
        en: 'Compare CPAs only for the same kind of result. Cost per landing page view and cost per purchase are not the same number.',
        id: 'Bandingkan CPA hanya untuk jenis hasil yang sama. Biaya per tayangan halaman landing dan biaya per pembelian bukan angka yang sama.',
      },
      {
        en: 'Changing the attribution window changes CPA without any change in what people did.',
        id: 'Mengubah jendela atribusi mengubah CPA tanpa ada perubahan pada apa yang dilakukan orang.',
      },
      {
        en: 'Platform CPA and the cost per customer in your CRM will differ. Agree with sales which one the team reports.',
        id: 'CPA versi platform dan biaya per pelanggan di CRM akan berbeda. Sepakati dengan tim sales mana yang dilaporkan tim.',
      },
    ],
    changes: [
      {
        platform: 'meta-ads-manager',
        when: '2024-10-30',
        what: {
          en: 'Meta removed more than 100 unique metrics from the Ads Insights API, affecting cost per unique action; fields for total actions and cost per action were unaffected.',
          id: 'Meta menghapus lebih dari 100 metrik unik dari Ads Insights API, yang memengaruhi biaya per aksi unik; field untuk total aksi dan biaya per aksi tidak terdampak.',
        },
      },
      {
        platform: 'meta-ads-manager',
        when: '2026-01-12',
        what: {
          en: 'The 7-day view and 28-day view attribution windows are no longer returned by the Ads Insights API, which changes CPAs for anyone who reported with them.',
          id: 'Jendela atribusi 7 hari dan 28 hari setelah dilihat tidak lagi dikembalikan Ads Insights API, sehingga CPA berubah bagi siapa pun yang melapor dengan jendela itu.',
        },
      },
    ],
    question: {
      en: 'What is one result worth to the business, so we know what CPA we can afford?',
      id: 'Berapa nilai satu hasil bagi bisnis, supaya kita tahu CPA berapa yang masih masuk akal?',
    },
    goals: ['leads-and-sales'],
    sources: [
      linkedinPerformance,
      linkedinKeyResults,
      linkedinConversions,
      tiktokBasicMetrics,
      metaAttributionSetting,
      metaUniqueMetrics,
      metaAttributionUpdate,
    ],
    sourceNote: {
      en: `Meta's default attribution setting comes from Meta's help text as quoted by others; its help page on the setting was read from a stored copy. ${linkedinCopyNote.en}`,
      id: `Setelan atribusi default Meta berasal dari teks bantuan Meta sebagaimana dikutip pihak lain; halaman bantuannya tentang setelan itu kami baca dari salinan tersimpan. ${linkedinCopyNote.id}`,
    },
  },
  {
    id: 'roas',
    category: 'ads',
    better: 'higher',
    name: { en: 'ROAS (return on ad spend)', id: 'ROAS (return on ad spend)' },
    aliases: [
      'ROAS',
      'Return on ad spend',
      'Purchase ROAS',
      'return on advertising spend',
      'imbal hasil belanja iklan',
      'pengembalian belanja iklan',
    ],
    short: {
      en: 'How much attributed sales value each unit of ad spend brought back, as the platform counts it. It is revenue, not profit.',
      id: 'Berapa nilai penjualan yang diatribusikan untuk setiap satuan belanja iklan, menurut hitungan platform. Ini pendapatan, bukan laba.',
    },
    explanation: {
      en: 'ROAS divides the value of the conversions credited to your ads by what you spent on them, and reads as a multiple: value returned for each unit spent. The value comes from what your website or tracking sends the platform, usually order value, so it ignores product costs, returns and fees. It also depends on the attribution window, and every platform claims credit by its own rules. Adding up the ROAS each platform reports will count some sales more than once.',
      id: 'ROAS membagi nilai konversi yang dikreditkan ke iklan dengan belanja iklannya, dan dibaca sebagai kelipatan: nilai yang kembali untuk setiap satuan yang dibelanjakan. Nilainya berasal dari data yang dikirim website atau tracking Anda ke platform, biasanya nilai pesanan, jadi biaya produk, retur, dan fee tidak ikut dihitung. Angkanya juga bergantung pada jendela atribusi, dan setiap platform mengklaim kredit dengan aturannya sendiri. Menjumlahkan ROAS dari setiap platform akan menghitung sebagian penjualan lebih dari sekali.',
    },
    formula: {
      en: 'Attributed conversion value ÷ amount spent',
      id: 'Nilai konversi yang diatribusikan ÷ jumlah yang dibelanjakan',
    },
    variants: [
      {
        platform: 'linkedin',
        name: { en: 'Return on Ad Spend', id: 'Return on Ad Spend' },
        definition: {
          en: 'Campaign Manager: total conversion value divided by amount spent, where the value of each conversion is the amount you set when creating the conversion.',
          id: 'Campaign Manager: total nilai konversi dibagi jumlah yang dibelanjakan, dengan nilai tiap konversi adalah angka yang Anda tetapkan saat membuat konversi.',
        },
      },
      {
        platform: 'meta-ads-manager',
        definition: {
          en: "Meta counts website purchases and their value from the Meta Pixel or the Conversions API, within each ad set's attribution setting, by default 7-day click or 1-day view. Switching to 1-day click drops the purchases made later or after a view, so ROAS falls without any change in sales. Its developer guide lists ROAS among the KPIs to read from the Insights API.",
          id: 'Meta menghitung pembelian di website beserta nilainya dari Meta Pixel atau Conversions API, dalam batas setelan atribusi setiap ad set, secara default 7 hari setelah klik atau 1 hari setelah dilihat. Beralih ke 1 hari setelah klik membuang pembelian yang terjadi belakangan atau setelah sekadar melihat, sehingga ROAS turun tanpa ada perubahan penjualan. Panduan developer-nya menyebut ROAS sebagai salah satu KPI yang dibaca dari Insights API.',
        },
      },
      {
        platform: 'tiktok',
        definition: {
          en: "TikTok credits conversions within the ad group's click window (1, 7, 14 or 28 days) and view window (off, 1 or 7 days), which are fixed once the ad group is published.",
          id: 'TikTok memberi kredit konversi dalam jendela klik ad group (1, 7, 14, atau 28 hari) dan jendela setelah dilihat (nonaktif, 1, atau 7 hari), yang terkunci begitu ad group dipublikasikan.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'ROAS is revenue over ad spend, not profit over total cost. A campaign can show a healthy ROAS and still lose money.',
        id: 'ROAS adalah pendapatan dibagi belanja iklan, bukan laba dibagi total biaya. Kampanye bisa menunjukkan ROAS bagus tetapi tetap merugi.',
      },
      {
        en: 'Each platform and GA4 credits sales by its own rules, so the same order can appear in several reports.',
        id: 'Setiap platform dan GA4 memberi kredit penjualan dengan aturannya masing-masing, jadi pesanan yang sama bisa muncul di beberapa laporan.',
      },
      {
        en: 'On LinkedIn the value per conversion is whatever your team typed in; if that number is a guess, so is the ROAS.',
        id: 'Di LinkedIn, nilai per konversi adalah angka yang diketik tim Anda sendiri; kalau angka itu tebakan, ROAS-nya juga tebakan.',
        platforms: ['linkedin'],
      },
    ],
    changes: [
      {
        platform: 'meta-ads-manager',
        when: '2026-01-12',
        what: {
          en: 'Meta stopped returning 7-day view and 28-day view attribution windows in the Ads Insights API, so ROAS reported with those windows is no longer available.',
          id: 'Meta berhenti mengembalikan jendela atribusi 7 hari dan 28 hari setelah dilihat di Ads Insights API, jadi ROAS yang dilaporkan dengan jendela itu tidak tersedia lagi.',
        },
      },
    ],
    question: {
      en: 'When we quote ROAS, whose attribution are we using, and what margin sits behind it?',
      id: 'Saat kita menyebut ROAS, atribusi siapa yang kita pakai, dan berapa margin di baliknya?',
    },
    goals: ['leads-and-sales'],
    sources: [
      linkedinConversions,
      metaInsightsApi,
      metaMonitoring,
      metaAttributionSetting,
      metaAttributionUpdate,
      tiktokAttribution,
    ],
    sourceNote: {
      en: `We could not read Meta's Business Help Center page defining purchase ROAS; the Meta variant rests on Meta's developer documentation and its help page on the attribution setting, read from a stored copy, and the default setting comes from Meta's help text as quoted by others. ${linkedinCopyNote.en}`,
      id: `Kami tidak bisa membaca halaman Pusat Bantuan Bisnis Meta yang mendefinisikan purchase ROAS; varian Meta berpegang pada dokumentasi developer Meta dan halaman bantuannya tentang setelan atribusi, yang kami baca dari salinan tersimpan, dan setelan default-nya berasal dari teks bantuan Meta sebagaimana dikutip pihak lain. ${linkedinCopyNote.id}`,
    },
  },
  {
    id: 'social-roi',
    category: 'ads',
    better: 'higher',
    name: { en: 'Social media ROI', id: 'ROI media sosial' },
    aliases: [
      'ROI',
      'Social ROI',
      'Return on investment',
      'ROI analysis',
      'ROI sosial',
      'imbal hasil investasi',
      'pengembalian investasi',
    ],
    short: {
      en: "What social brings the business compared with everything it costs, including people's time. No platform shows it directly; it has to be built.",
      id: 'Apa yang dihasilkan sosial untuk bisnis dibandingkan seluruh biayanya, termasuk waktu orang. Tidak ada platform yang menampilkannya langsung; angka ini harus disusun.',
    },
    explanation: {
      en: "ROI compares the value social creates with the whole investment: ad spend, tools, agencies and, often the biggest part, the team's hours. The value can be sales and leads tracked through GA4 key events, but also costs avoided, such as customer questions answered in public rather than by phone, or insight that shaped a product. Proving it takes time and agreement, so the most useful thing you can do is settle up front which value counts and who in finance accepts the method. Treat any tool's ROI screen as a starting point: it only sees the spend and return that have been connected to it.",
      id: 'ROI membandingkan nilai yang diciptakan sosial dengan seluruh investasinya: belanja iklan, tool, agensi, dan sering kali yang terbesar, jam kerja tim. Nilainya bisa berupa penjualan dan leads yang terlacak lewat key event GA4, tetapi juga biaya yang terhindarkan, misalnya pertanyaan pelanggan yang terjawab di kanal publik alih-alih lewat telepon, atau insight yang ikut membentuk produk. Membuktikannya butuh waktu dan kesepakatan, jadi bantuan terbesar Anda adalah menyepakati sejak awal nilai apa yang dihitung dan siapa di tim keuangan yang menyetujui metodenya. Anggap layar ROI di tool mana pun sebagai titik awal: tool itu hanya melihat belanja dan hasil yang sudah dihubungkan ke dalamnya.',
    },
    formula: {
      en: '(Value attributed to social − total cost of social) ÷ total cost of social × 100',
      id: '(Nilai yang diatribusikan ke sosial − total biaya sosial) ÷ total biaya sosial × 100',
    },
    variants: [
      {
        platform: 'hootsuite',
        name: { en: 'ROI analysis', id: 'ROI analysis' },
        definition: {
          en: "Hootsuite's ROI analysis, on plans with Advanced Analytics, shows total spend, total return and a breakdown by social network and account; web analytics accounts have to be configured by Hootsuite's customer account manager.",
          id: 'ROI analysis di Hootsuite, pada paket dengan Advanced Analytics, menampilkan total belanja, total imbal hasil (return), dan rinciannya per jaringan sosial dan akun; akun web analytics harus dikonfigurasi oleh customer account manager Hootsuite.',
        },
      },
      {
        platform: 'sprout-social',
        definition: {
          en: 'Sprout reports combine organic and paid data where the networks allow it, but some metrics are organic only. Check what each figure includes before it goes into an ROI case.',
          id: 'Laporan Sprout menggabungkan data organik dan berbayar bila jaringan sosialnya mengizinkan, tetapi sebagian metrik hanya organik. Cek cakupan setiap angka sebelum dipakai dalam perhitungan ROI.',
        },
      },
      {
        platform: 'google-analytics',
        definition: {
          en: 'GA4 supplies the return side for website outcomes: key events, and their value where your team assigns one, broken down by the channels and campaigns that preceded them.',
          id: 'GA4 menyediakan sisi hasil untuk aksi di website: key event, beserta nilainya bila tim menetapkannya, dirinci menurut channel dan kampanye yang mendahuluinya.',
        },
      },
    ],
    pitfalls: [
      {
        en: "Leaving out the team's hours makes ROI look far better than it is.",
        id: 'Tanpa memasukkan jam kerja tim, ROI akan tampak jauh lebih baik daripada kenyataannya.',
      },
      {
        en: 'Crediting only the last click undervalues awareness and community work that happened earlier in the journey.',
        id: 'Memberi kredit hanya pada klik terakhir membuat kerja awareness dan komunitas di tahap awal perjalanan pelanggan tampak kurang berharga.',
      },
      {
        en: 'ROAS (revenue over ad spend) and ROI (net value over all costs) are different numbers. Label them clearly in every report.',
        id: 'ROAS (pendapatan dibagi belanja iklan) dan ROI (nilai bersih dibagi semua biaya) adalah angka berbeda. Beri label jelas di setiap laporan.',
      },
    ],
    changes: [],
    question: {
      en: "Which business value do we count as social's return, and does finance agree with how we count it?",
      id: 'Nilai bisnis apa yang kita hitung sebagai hasil sosial, dan apakah tim keuangan setuju dengan cara menghitungnya?',
    },
    goals: ['leads-and-sales', 'reputation', 'customer-care'],
    sources: [hootsuiteRoi, sproutOrganicPaid, keyEventGlossary, ga4EngagementMetrics],
    sourceNote: {
      en: "No platform defines social ROI. The formula is the general ROI formula, and the tool variants describe what Hootsuite's and Sprout Social's own help pages say their reports include.",
      id: 'Tidak ada platform yang mendefinisikan ROI sosial. Rumusnya adalah rumus ROI umum, dan varian tool menjelaskan apa yang dicakup laporan menurut halaman bantuan Hootsuite dan Sprout Social sendiri.',
    },
  },
  {
    id: 'frequency',
    category: 'ads',
    better: 'neither',
    name: { en: 'Frequency', id: 'Frekuensi' },
    aliases: ['Frequency', 'Average frequency', 'ad frequency', 'Frekuensi', 'frekuensi iklan', 'rata-rata frekuensi'],
    short: {
      en: 'How many times, on average, each person saw your ad. It is impressions divided by reach, so it is an estimate.',
      id: 'Rata-rata berapa kali setiap orang melihat iklan Anda. Angkanya impresi dibagi reach, jadi merupakan estimasi.',
    },
    explanation: {
      en: 'Frequency shows whether you are reaching many people once or the same people again and again. Some repetition helps people remember; too much wastes money and can annoy, which tends to show up as a rising cost per result and negative feedback. Because reach is estimated, frequency is an estimate too, and it is an average: some people saw the ad once, others many times. Watch it over the life of a campaign, especially with small audiences such as retargeting lists.',
      id: 'Frekuensi menunjukkan apakah Anda menjangkau banyak orang sekali saja atau orang yang sama berulang-ulang. Sedikit pengulangan membantu orang mengingat; terlalu banyak membuang uang dan bisa mengganggu, biasanya terlihat dari biaya per hasil yang naik dan feedback negatif. Karena reach adalah estimasi, frekuensi juga estimasi, dan angkanya rata-rata: ada yang melihat iklan sekali, ada yang berkali-kali. Pantau sepanjang umur kampanye, terutama untuk audiens kecil seperti daftar retargeting.',
    },
    formula: { en: 'Impressions ÷ reach', id: 'Impresi ÷ reach' },
    variants: [
      {
        platform: 'tiktok',
        definition: {
          en: "TikTok Ads Manager: the average number of times each user saw your ad over a given time period. An earlier version of TikTok's glossary marked reach, the number of unique users who saw the ads at least once, as estimated.",
          id: 'TikTok Ads Manager: rata-rata berapa kali setiap pengguna melihat iklan Anda dalam periode tertentu. Versi lama glosarium TikTok menandai reach, yaitu jumlah pengguna unik yang melihat iklan minimal sekali, sebagai estimasi.',
        },
      },
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn's reach, the basis of frequency, is an estimate of unique member accounts with at least one impression. In the reporting API it is only available for date ranges of 92 days or less.",
          id: 'Reach LinkedIn, yang menjadi dasar frekuensi, adalah estimasi jumlah akun anggota unik dengan minimal satu impresi. Di API pelaporan, angka ini hanya tersedia untuk rentang tanggal 92 hari atau kurang.',
        },
      },
      {
        platform: 'meta-ads-manager',
        definition: {
          en: 'Meta marks some Insights metrics as estimated: directional, and liable to change as more data comes in. Treat frequency, which rests on reach, the same way.',
          id: 'Meta menandai sebagian metrik Insights sebagai estimasi: memberi arah, dan bisa berubah saat data bertambah. Perlakukan frekuensi, yang bertumpu pada reach, dengan cara yang sama.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'An average hides heavy repetition for part of the audience. Ask for frequency by audience, not only for the campaign.',
        id: 'Rata-rata bisa menyembunyikan pengulangan berat pada sebagian audiens. Minta frekuensi per audiens, bukan hanya per kampanye.',
      },
      {
        en: 'Frequency for a month is not the sum of the weekly figures, because the same people appear in several weeks.',
        id: 'Frekuensi sebulan bukan jumlah angka mingguan, karena orang yang sama muncul di beberapa minggu.',
      },
      {
        en: 'Small audiences climb quickly. A retargeting campaign will always show a higher frequency than a broad one.',
        id: 'Audiens kecil cepat naik frekuensinya. Kampanye retargeting hampir selalu menunjukkan frekuensi lebih tinggi daripada kampanye dengan audiens luas.',
      },
    ],
    changes: [
      {
        platform: 'linkedin',
        when: '2024-01',
        what: {
          en: 'LinkedIn fully launched its updated reach metric (approximate member reach), replacing the legacy approximate unique impressions, so reach and frequency before and after are not strictly comparable.',
          id: 'LinkedIn meluncurkan penuh metrik reach yang diperbarui (approximate member reach) menggantikan approximate "unique impressions" versi lama, jadi reach dan frekuensi sebelum dan sesudahnya tidak sepenuhnya sebanding.',
        },
      },
    ],
    question: {
      en: 'How often is the same person seeing our ads, and when do we refresh the creative?',
      id: 'Seberapa sering orang yang sama melihat iklan kita, dan kapan kita mengganti materi iklannya?',
    },
    goals: ['awareness', 'reputation'],
    sources: [tiktokBasicMetrics, linkedinReportingSchema, metaCampaignInsights],
  },
  {
    id: 'landing-page-views',
    category: 'ads',
    better: 'higher',
    name: { en: 'Landing page views', id: 'Tayangan halaman landing' },
    aliases: [
      'Landing page views',
      'LPV',
      'landing page view',
      'Tayangan halaman landing',
      'kunjungan halaman landing',
      'landing page clicks',
    ],
    short: {
      en: 'How many times people who clicked your ad actually loaded the page it points to. It sits between a click and a website visit.',
      id: 'Berapa kali orang yang mengeklik iklan Anda benar-benar berhasil membuka halaman tujuannya. Posisinya di antara klik dan kunjungan website.',
    },
    explanation: {
      en: "A link click only says someone tapped the ad. In Meta's reporting, a landing page view is counted when the destination page then loads and Meta's tracking on that page records it, so people who gave up while the page was loading drop out. The gap between link clicks and landing page views is a quick health check on page speed and tracking. It still counts page loads, not interest: compare it with GA4 engaged sessions and key events for the same campaign.",
      id: 'Klik tautan hanya berarti seseorang mengetuk iklan. Dalam laporan Meta, tayangan halaman landing dihitung saat halaman tujuan kemudian terbuka dan tracking Meta di halaman itu mencatatnya, jadi orang yang menyerah selama halaman dimuat tidak ikut terhitung. Selisih antara klik tautan dan tayangan halaman landing adalah cek cepat untuk kecepatan halaman dan tracking. Angka ini tetap menghitung halaman yang terbuka, bukan minat: bandingkan dengan sesi dengan engagement dan key event GA4 untuk kampanye yang sama.',
    },
    variants: [
      {
        platform: 'meta-ads-manager',
        definition: {
          en: "Counted when someone clicks an ad link and the destination page loads with Meta's tracking installed. Website actions need the Meta Pixel or the Conversions API; without them there are no landing page views to report.",
          id: 'Dihitung saat seseorang mengeklik tautan iklan dan halaman tujuan terbuka dengan tracking Meta terpasang. Aksi di website membutuhkan Meta Pixel atau Conversions API; tanpa itu tidak ada tayangan halaman landing yang bisa dilaporkan.',
        },
      },
      {
        platform: 'linkedin',
        name: { en: 'Landing page clicks', id: 'Landing page clicks' },
        definition: {
          en: 'LinkedIn reports clicks, not page loads: for website-visit campaigns the key result is landing page clicks.',
          id: 'LinkedIn melaporkan klik, bukan halaman yang terbuka: untuk kampanye kunjungan website, key result-nya adalah landing page clicks.',
        },
      },
      {
        platform: 'google-analytics',
        definition: {
          en: 'GA4 has no landing page views metric. It records sessions and the page each session started on, and links with campaign tags let you see those visits by social campaign.',
          id: 'GA4 tidak punya metrik tayangan halaman landing. GA4 mencatat sesi beserta halaman tempat setiap sesi dimulai, dan tautan yang diberi tag kampanye membuat kunjungan itu terlihat per kampanye sosial.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'No pixel on the page, or a page that blocks it, means zero landing page views even when people arrive.',
        id: 'Tanpa pixel di halaman, atau halaman yang memblokirnya, tayangan halaman landing bernilai nol walaupun orang sebenarnya datang.',
      },
      {
        en: "Meta's landing page views and GA4 sessions come from different tools with different consent and counting rules, so they will not match.",
        id: 'Tayangan halaman landing Meta dan sesi GA4 berasal dari tool berbeda dengan aturan persetujuan dan penghitungan berbeda, jadi angkanya tidak akan sama.',
        platforms: ['meta-ads-manager', 'google-analytics'],
      },
      {
        en: "LinkedIn's landing page clicks are clicks, not loads. Do not line them up against Meta's landing page views as if they were the same metric.",
        id: 'Landing page clicks LinkedIn adalah klik, bukan halaman yang terbuka. Jangan disejajarkan dengan tayangan halaman landing Meta seolah metrik yang sama.',
        platforms: ['linkedin', 'meta-ads-manager'],
      },
    ],
    changes: [],
    question: {
      en: 'How many of our ad clicks reach a loaded page, and where do we lose the rest?',
      id: 'Berapa banyak klik iklan kita yang sampai ke halaman yang terbuka, dan di mana sisanya hilang?',
    },
    goals: ['leads-and-sales'],
    sources: [metaInsightsApi, linkedinKeyResults, ga4Session],
    sourceNote: {
      en: `We could not read Meta's Business Help Center page defining landing page views; the Meta description follows Meta's published explanation as quoted by others, and Meta's developer docs confirm that website actions need the pixel or Conversions API. ${linkedinCopyNote.en} Indonesian labels: we could not confirm from a Meta help page or screenshot that Ads Manager in Indonesian shows "Tayangan halaman landing", so it is not listed as a label yet.`,
      id: `Kami tidak bisa membaca halaman Pusat Bantuan Bisnis Meta yang mendefinisikan tayangan halaman landing; penjelasan Meta di sini mengikuti penjelasan resmi Meta sebagaimana dikutip pihak lain, dan dokumentasi developer Meta menegaskan bahwa aksi di website membutuhkan pixel atau Conversions API. ${linkedinCopyNote.id} Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Meta bahwa Ads Manager berbahasa Indonesia menampilkan "Tayangan halaman landing", jadi label itu belum dicantumkan.`,
    },
  },
];
