// Metric explainers, group "audience-and-care": who the audience is, how it grows, what it says
// about the brand, and the inbox work behind it. Every definition cites the page it comes from;
// where no official page could be read, `sourceNote` says so and the claim stays general.
import type { Metric, Source } from '../schema';

const checked = '2026-11-26';
/** Pages read, or read again, for the second audit of the library. */
const checkedAgain = '2026-12-01';

// LinkedIn: its API documentation lives on Microsoft Learn; help pages on linkedin.com.
const linkedinFollowerStatistics: Source = {
  title: 'LinkedIn Marketing API: Organization Follower Statistics',
  url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/follower-statistics',
  checked,
};
const linkedinPageStatistics: Source = {
  title: 'LinkedIn Marketing API: Organization Page Statistics',
  url: 'https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/page-statistics',
  checked,
};
const linkedinDemographicsChanges: Source = {
  title: 'LinkedIn Help: Recent changes to top demographics of unique viewers',
  url: 'https://www.linkedin.com/help/linkedin/answer/a1624090',
  checked,
};

// Meta.
const metaPageInsightsApi: Source = {
  title: 'Meta for Developers: Page Insights (Graph API reference)',
  url: 'https://developers.facebook.com/docs/graph-api/reference/insights',
  checked,
};
const metaPageInsightsUpdates2025: Source = {
  title: 'Meta for Developers blog: Page Insights API Updates (15 August 2025)',
  url: 'https://developers.facebook.com/blog/post/2025/08/15/page-insights-api-updates/',
  checked: checkedAgain,
};
const metaDeprecatedMetrics2025: Source = {
  title: 'Meta for Developers: Deprecated Facebook Page Insights Metrics',
  url: 'https://developers.facebook.com/documentation/pages-api/platforminsights/page/deprecated-metrics',
  checked: checkedAgain,
};
const metaDeprecatedMetrics2024: Source = {
  title: 'Meta for Developers: Deprecated Page Insights metrics (March 2024 list)',
  url: 'https://developers.facebook.com/docs/platforminsights/page/deprecated-metrics',
  checked,
};
const instagramInsightsHelp: Source = {
  title: 'Instagram Help Center: What are Instagram Insights?',
  url: 'https://help.instagram.com/788388387972460',
  checked,
};

// YouTube.
const youtubeAudienceTab: Source = {
  title: 'YouTube Help: Understand your YouTube audience (Audience tab)',
  url: 'https://support.google.com/youtube/answer/9314416?hl=en',
  checked,
};
const youtubeAudienceTabId: Source = {
  title: 'Bantuan YouTube: tab Audiens di YouTube Analytics (Bahasa Indonesia)',
  url: 'https://support.google.com/youtube/answer/9314416?hl=id',
  checked,
};
const youtubeSubscriberCounts: Source = {
  title: 'YouTube Help: Subscriber counts',
  url: 'https://support.google.com/youtube/answer/6051134?hl=en',
  checked,
};
const youtubeAnalyticsMetrics: Source = {
  title: 'YouTube Analytics API: Metrics (subscribersGained, subscribersLost)',
  url: 'https://developers.google.com/youtube/analytics/metrics',
  checked,
};

// TikTok.
const tiktokAnalytics: Source = {
  title: 'TikTok Creator Academy: Understanding your analytics',
  url: 'https://www.tiktok.com/creator-academy/en/article/tool-analytics-intro',
  checked,
};

// Sprout Social help centre.
const sproutInstagramReport: Source = {
  title: "Sprout Social Help: What's included in the Instagram Business Profiles Report?",
  url: 'https://support.sproutsocial.com/hc/en-us/articles/205774719-What-s-included-in-the-Instagram-Business-Profiles-Report',
  checked,
};
const sproutFacebookReport: Source = {
  title: 'Sprout Social Help: How do I use the Facebook Pages Report?',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/211093003-How-do-I-use-the-Facebook-Pages-Report',
  checked,
};
const sproutNativeVsSprout: Source = {
  title: 'Sprout Social Help: Native vs. Sprout metrics',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/15581533365773-Native-vs-Sprout-metrics',
  checked,
};
const sproutOrganicVsPaid: Source = {
  title: 'Sprout Social Help: Organic vs. Paid Data in Reports',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/360051187411-Organic-vs-Paid-Data-in-Reports',
  checked,
};
const sproutCompetitorReport: Source = {
  title: "Sprout Social Help: What's included in the Competitor Performance Report?",
  url: 'https://support.sproutsocial.com/hc/en-us/articles/6476004176653-What-s-included-in-the-Competitor-Performance-Report',
  checked: checkedAgain,
};
const sproutListeningInsights: Source = {
  title: 'Sprout Social Help: Navigating Listening Topic Insights',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/26035203074701-Navigating-Listening-Topic-Insights',
  checked,
};
const sproutListeningTopicInsights: Source = {
  title: 'Sprout Social Help: Listening Topic Insights',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/360037756831-Listening-Topic-Insights',
  checked,
};
const sproutCompetitiveTopic: Source = {
  title: 'Sprout Social Help: Competitive Analysis Topic Template',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/360044731451-Competitive-Analysis-Topic-Template',
  checked,
};
const sproutSentimentModel: Source = {
  title: 'Sprout Social Help: How does Sprout determine sentiment?',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/18814496971533-How-does-Sprout-determine-sentiment',
  checked,
};
const sproutListeningSentiment: Source = {
  title: 'Sprout Social Help: Reclassifying Listening Sentiment',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/360054549812-Listening-Sentiment',
  checked,
};
const sproutInboxActivity: Source = {
  title: "Sprout Social Help: What's included in the Inbox Activity Report?",
  url: 'https://support.sproutsocial.com/hc/en-us/articles/202123288-What-s-included-in-the-Inbox-Activity-Report',
  checked,
};
const sproutTeamReport: Source = {
  title: 'Sprout Social Help: Team Report',
  url: 'https://support.sproutsocial.com/hc/en-us/articles/208762436-Team-Report',
  checked,
};

// Hootsuite help centre.
const hootsuiteMetrics: Source = {
  title: 'Hootsuite Help: Metrics in Analytics',
  url: 'https://help.hootsuite.com/hc/en-us/articles/215121277-Metrics-in-Analytics',
  checked,
};
const hootsuiteInstagramMetrics: Source = {
  title: 'Hootsuite Help: Instagram Business metrics',
  url: 'https://help.hootsuite.com/hc/en-us/articles/5679261300123-Instagram-Business-metrics',
  checked,
};
const hootsuiteInbox: Source = {
  title: 'Hootsuite Help: Engage with and assign conversations in Inbox',
  url: 'https://help.hootsuite.com/hc/en-us/articles/1260804250150-Engage-with-and-assign-conversations-in-Inbox',
  checked,
};
const hootsuiteInboxMetrics: Source = {
  title: 'Hootsuite Help: Inbox 2.0 metrics',
  url: 'https://help.hootsuite.com/hc/en-us/articles/14530143464219-Inbox-2-0-metrics',
  checked,
};

/** Said of the Meta lines on response rate and response time. */
const metaResponsivenessNote = {
  en: 'We could read Meta\'s help text on Page response rate, response time and the "Very responsive" badge only in copies quoted on other sites, not at an official Meta address. The copies agree on the badge (at least 90% and within 15 minutes, over the last 7 days), on which messages count and on averaging the fastest 90% of replies; an older copy says "median" where later ones say average. Check the current wording in Meta Business Suite. Indonesian labels: we could not confirm from a Meta help page or screenshot that Meta Business Suite in Indonesian shows "Tingkat respons" and "Waktu respons", so neither is listed as a label yet.',
  id: 'Teks bantuan Meta tentang tingkat respons, waktu respons, dan lencana "Very responsive" Halaman hanya bisa kami baca dalam salinan yang dikutip situs lain, bukan di alamat resmi Meta. Salinan-salinan itu sepakat soal lencananya (minimal 90% dan paling lama 15 menit, dalam 7 hari terakhir), soal pesan mana yang dihitung, dan soal rata-rata dari 90% balasan tercepat; satu salinan lama menyebut "median" di tempat salinan yang lebih baru menyebut rata-rata. Cek penjelasan terbarunya di Meta Business Suite. Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Meta bahwa Meta Business Suite berbahasa Indonesia menampilkan "Tingkat respons" dan "Waktu respons", jadi keduanya belum dicantumkan sebagai label.',
};

export const audienceAndCareMetrics: Metric[] = [
  {
    id: 'followers',
    category: 'audience',
    better: 'higher',
    name: { en: 'Followers', id: 'Pengikut' },
    aliases: [
      'followers',
      'pengikut',
      'total followers',
      'total pengikut',
      'follower count',
      'jumlah pengikut',
      'fans',
      'page likes',
      'suka halaman',
      'audience size',
      'ukuran audiens',
    ],
    short: {
      en: 'The number of accounts that follow your profile or Page at a point in time. It is a snapshot of audience size, not a measure of how many people saw or cared about a post.',
      id: 'Jumlah akun yang mengikuti profil atau Halaman Anda pada satu titik waktu. Angka ini potret ukuran audiens, bukan ukuran berapa orang yang melihat atau peduli pada sebuah posting.',
    },
    explanation: {
      en: 'Followers are the people who chose to get your updates in their feed. The number is always a snapshot: tools usually show the total on the last day of the period you picked. It grows with new follows and shrinks with unfollows, and platforms also remove closed or fake accounts from time to time. A large follower count does not mean your posts reach those people, because feeds also show content from accounts people do not follow. Use it as a slow-moving sign of audience size and read it next to reach and engagement.',
      id: 'Pengikut adalah orang yang memilih menerima update Anda di feed mereka. Angkanya selalu berupa potret: tool biasanya menampilkan total pada hari terakhir periode yang Anda pilih. Angka ini naik karena ada pengikut baru dan turun karena ada yang berhenti mengikuti, dan platform juga sesekali menghapus akun yang sudah ditutup atau palsu. Pengikut yang banyak tidak berarti posting Anda sampai ke mereka, karena feed juga menampilkan konten dari akun yang tidak mereka ikuti. Pakai angka ini sebagai tanda ukuran audiens yang bergerak lambat, lalu baca bersama reach dan engagement.',
    },
    formula: {
      en: 'Followers at the start of the period + new follows − unfollows (and accounts the platform removed)',
      id: 'Pengikut di awal periode + pengikut baru − yang berhenti mengikuti (dan akun yang dihapus platform)',
    },
    variants: [
      {
        platform: 'linkedin',
        definition: {
          en: 'LinkedIn counts members who follow your Page. Its developer documentation reports the total follower count on its own, while figures for a date range are follower gains with organic and paid followers counted separately, not broken down by demographics.',
          id: 'LinkedIn menghitung member yang mengikuti Halaman Anda. Dokumentasi developernya melaporkan total pengikut secara terpisah, sedangkan angka untuk rentang tanggal adalah tambahan pengikut dengan pengikut organik dan berbayar dihitung terpisah, tanpa rincian demografi.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: 'Facebook Pages on the new Pages experience show followers rather than Page likes. On 15 November 2025 Meta removed the older "Page fans" metrics from its Page Insights API, among them Page fans, fans by city, country and locale, and fan adds, and named Page follows as the alternative.',
          id: 'Halaman Facebook dengan pengalaman Halaman baru menampilkan pengikut, bukan suka Halaman. Pada 15 November 2025 Meta menghapus metrik lama "Page fans" dari Page Insights API, di antaranya Page fans, fans per kota, negara, dan bahasa, serta penambahan fans, dan menyebut "Page follows" sebagai alternatifnya.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: 'Instagram shows the follower count on the profile, and Insights shows who your followers are. Its help centre describes Follows as the number of accounts that started following you.',
          id: 'Instagram menampilkan jumlah pengikut di profil, dan Insights menunjukkan siapa pengikut Anda. Pusat bantuannya menjelaskan "Follows" sebagai jumlah akun yang mulai mengikuti Anda.',
        },
      },
      {
        platform: 'tiktok',
        definition: {
          en: 'TikTok Studio has a Followers tab with your follower numbers for the chosen date range and the change in follower growth compared with the previous period.',
          id: 'TikTok Studio punya tab "Followers" yang menampilkan angka pengikut untuk rentang tanggal yang dipilih dan perubahan pertumbuhan pengikut dibandingkan periode sebelumnya.',
        },
      },
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's Instagram report shows Followers as the number on the last day of the report period. Its Facebook report, as documented before the change, tracked fans (Page likes); Meta stopped providing Page fans through its API on 15 November 2025, so check whether the report now shows followers.",
          id: 'Laporan Instagram di Sprout menampilkan "Followers" sebagai jumlah pada hari terakhir periode laporan. Laporan Facebook-nya, sebagaimana didokumentasikan sebelum perubahan, memantau fans (suka Halaman); Meta berhenti menyediakan Page fans lewat API-nya pada 15 November 2025, jadi cek apakah laporan itu kini menampilkan pengikut.',
        },
      },
      {
        platform: 'hootsuite',
        definition: {
          en: 'Hootsuite Analytics shows Followers as the number of people following your accounts. For Instagram, Hootsuite collects data every 48 hours, and the newest figures can take up to 64 hours to appear.',
          id: 'Hootsuite Analytics menampilkan "Followers" sebagai jumlah orang yang mengikuti akun Anda. Untuk Instagram, Hootsuite mengambil data setiap 48 jam, dan angka terbaru bisa baru muncul sampai 64 jam kemudian.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'A LinkedIn follower, a YouTube subscriber and a TikTok follower are won in different ways and seen in different feeds. Compare growth within one platform over time, not follower totals across platforms.',
        id: 'Pengikut LinkedIn, subscriber YouTube, dan pengikut TikTok didapat dengan cara berbeda dan dilihat di feed yang berbeda. Bandingkan pertumbuhan di satu platform dari waktu ke waktu, bukan total pengikut antarplatform.',
      },
      {
        en: 'On several platforms the total includes followers won through paid campaigns. Ask whether a jump came from ads before you credit the content.',
        id: 'Di beberapa platform, totalnya ikut menghitung pengikut dari kampanye berbayar. Tanyakan dulu apakah lonjakan datang dari iklan sebelum memuji kontennya.',
      },
      {
        en: 'Platforms remove closed and spam accounts from counts, so a sudden drop is not always fans leaving.',
        id: 'Platform menghapus akun yang ditutup dan akun spam dari hitungan, jadi penurunan mendadak tidak selalu berarti penggemar pergi.',
      },
      {
        en: 'The native dashboard and tools such as Sprout or Hootsuite collect data at different times, so the same day can show different totals.',
        id: 'Dashboard bawaan platform dan tool seperti Sprout atau Hootsuite mengambil data pada waktu yang berbeda, jadi hari yang sama bisa menampilkan total yang berbeda.',
      },
    ],
    changes: [
      {
        platform: 'facebook',
        when: '2023-11-01',
        what: {
          en: 'Meta fully retired the Insights tab of classic Pages as all Pages moved to the new Pages experience, which counts followers rather than likes.',
          id: 'Meta menghentikan sepenuhnya tab Insights untuk Halaman klasik saat semua Halaman pindah ke pengalaman Halaman baru, yang menghitung pengikut, bukan suka.',
        },
      },
      {
        platform: 'facebook',
        when: '2025-11-15',
        what: {
          en: 'Meta removed the "Page fans" (Page likes) metrics from the Page Insights API; Page follows is the named replacement, so tools that reported likes had to switch.',
          id: 'Meta menghapus metrik "Page fans" (suka Halaman) dari Page Insights API; "Page follows" ditetapkan sebagai penggantinya, sehingga tool yang melaporkan suka harus beralih.',
        },
      },
    ],
    question: {
      en: 'Which follower number do we report, from which tool, and on which day of the month?',
      id: 'Angka pengikut mana yang kita laporkan, dari tool apa, dan diambil tanggal berapa setiap bulan?',
    },
    goals: ['audience-growth', 'awareness'],
    sources: [
      linkedinFollowerStatistics,
      metaPageInsightsUpdates2025,
      metaDeprecatedMetrics2025,
      instagramInsightsHelp,
      tiktokAnalytics,
      sproutInstagramReport,
      sproutNativeVsSprout,
      sproutOrganicVsPaid,
      hootsuiteMetrics,
      hootsuiteInstagramMetrics,
      youtubeSubscriberCounts,
    ],
    sourceNote: {
      en: "LinkedIn's help page on Page follower analytics could not be read; the LinkedIn line rests on LinkedIn's developer documentation on Microsoft Learn.",
      id: 'Halaman bantuan LinkedIn tentang analitik pengikut Halaman tidak bisa dibaca; baris LinkedIn di sini berdasar pada dokumentasi developer LinkedIn di Microsoft Learn.',
    },
  },
  {
    id: 'follower-growth-rate',
    category: 'audience',
    better: 'higher',
    name: { en: 'Follower growth rate', id: 'Tingkat pertumbuhan pengikut' },
    aliases: [
      'audience growth rate',
      'follower growth',
      'growth rate',
      'pertumbuhan pengikut',
      'laju pertumbuhan pengikut',
      'pertumbuhan audiens',
      'tingkat pertumbuhan audiens',
    ],
    short: {
      en: 'How fast your follower count grows over a period, as a percentage of where you started. It lets you compare a small account with a large one fairly.',
      id: 'Seberapa cepat jumlah pengikut bertambah dalam satu periode, dihitung sebagai persentase dari angka awal. Dengan ini akun kecil dan akun besar bisa dibandingkan secara adil.',
    },
    explanation: {
      en: 'Raw follower gains favour big accounts: a large brand adds followers almost by standing still. The growth rate divides the net change by the number you started with, so you see the pace, not the size. Most platforms show the counts, not the rate, so the team or a tool such as Sprout or Hootsuite usually works it out. Because there is more than one way to calculate it, agree on one formula and one period length before you track it. If the rate rises during a campaign, look at which posts or ads drove it.',
      id: 'Tambahan pengikut mentah selalu menguntungkan akun besar: brand besar bisa mendapat pengikut hampir tanpa berbuat apa-apa. Tingkat pertumbuhan membagi perubahan bersih dengan angka awal, jadi yang terlihat adalah kecepatannya, bukan ukurannya. Kebanyakan platform hanya menampilkan jumlahnya, bukan persentasenya, jadi biasanya tim atau tool seperti Sprout atau Hootsuite yang menghitung. Karena cara menghitungnya bisa berbeda, sepakati satu rumus dan satu panjang periode sebelum angka ini dipantau. Kalau angkanya naik saat kampanye, lihat posting atau iklan mana yang mendorongnya.',
    },
    formula: {
      en: '(Followers at the end − followers at the start) ÷ followers at the start × 100',
      id: '(Pengikut di akhir − pengikut di awal) ÷ pengikut di awal × 100',
    },
    variants: [
      {
        platform: 'tiktok',
        definition: {
          en: "TikTok Studio's Followers tab shows the change in follower growth compared with the previous period, rather than a growth-rate formula you can configure.",
          id: 'Tab "Followers" di TikTok Studio menampilkan perubahan pertumbuhan pengikut dibandingkan periode sebelumnya, bukan rumus tingkat pertumbuhan yang bisa Anda atur sendiri.',
        },
      },
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's reports give followers on the last day of the period plus followers gained and lost, and its Competitor Performance Report compares how your audience grew with competitors. The rate for any period can be worked out from those counts.",
          id: 'Laporan Sprout memberikan jumlah pengikut pada hari terakhir periode serta pengikut yang bertambah dan hilang, dan Competitor Performance Report membandingkan pertumbuhan audiens Anda dengan kompetitor. Tingkat pertumbuhan untuk periode apa pun bisa dihitung dari angka-angka itu.',
        },
      },
      {
        platform: 'hootsuite',
        definition: {
          en: 'Hootsuite Analytics reports Net New Followers, the increase or decrease in the number of people following your account. Dividing it by the follower count at the start of the period gives the rate.',
          id: 'Hootsuite Analytics melaporkan "Net New Followers", yaitu kenaikan atau penurunan jumlah orang yang mengikuti akun Anda. Bagi angka itu dengan jumlah pengikut di awal periode untuk mendapatkan tingkat pertumbuhannya.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'On a small base the rate swings wildly. Read it next to the actual number of new followers.',
        id: 'Kalau angka awalnya kecil, persentasenya bisa melonjak liar. Baca bersama jumlah pengikut baru yang sebenarnya.',
      },
      {
        en: 'Some people divide by the end count or by an average. Say which base you use, or month-to-month figures will not line up.',
        id: 'Ada yang membagi dengan angka akhir atau angka rata-rata. Sebutkan dasar mana yang dipakai, kalau tidak, angka antarbulan tidak akan sejalan.',
      },
      {
        en: 'Comparing a week with a month, or a campaign month with a quiet one, tells you little. Keep the period length the same.',
        id: 'Membandingkan satu minggu dengan satu bulan, atau bulan kampanye dengan bulan sepi, tidak banyak artinya. Jaga panjang periodenya tetap sama.',
      },
    ],
    changes: [],
    question: {
      en: 'How do we calculate our follower growth rate, and over what period?',
      id: 'Bagaimana kita menghitung tingkat pertumbuhan pengikut, dan untuk periode berapa lama?',
    },
    goals: ['audience-growth', 'awareness'],
    sources: [tiktokAnalytics, sproutInstagramReport, sproutCompetitorReport, hootsuiteMetrics],
    sourceNote: {
      en: 'None of the official pages read for this entry defines a follower growth rate formula. The formula shown is the common one; check which one your tools use.',
      id: 'Tidak ada halaman resmi yang dibaca untuk entri ini yang mendefinisikan rumus tingkat pertumbuhan pengikut. Rumus di sini adalah yang umum dipakai; cek rumus yang dipakai tool Anda.',
    },
  },
  {
    id: 'net-follows',
    category: 'audience',
    better: 'higher',
    name: { en: 'Net follows', id: 'Pertambahan pengikut bersih' },
    aliases: [
      'net followers',
      'net follower growth',
      'net new followers',
      'net page likes',
      'pengikut bersih',
      'pertambahan pengikut bersih',
      'follows minus unfollows',
      'net subscribers',
    ],
    short: {
      en: 'New follows minus unfollows over a period. It tells you whether the audience actually grew once the people who left are taken out.',
      id: 'Pengikut baru dikurangi orang yang berhenti mengikuti dalam satu periode. Angka ini menunjukkan apakah audiens benar-benar bertambah setelah dikurangi orang yang pergi.',
    },
    explanation: {
      en: 'Every account gains and loses followers at the same time. Net follows is the balance of the two for the period you choose. A small net number can hide a lot of movement, for example many new follows from a campaign and many unfollows after it. That is why it helps to look at the gains and the losses separately as well. Some platforms and tools also split gains into organic and paid, which shows how much of the growth was bought.',
      id: 'Setiap akun mendapat dan kehilangan pengikut secara bersamaan. Pertambahan pengikut bersih adalah selisih keduanya dalam periode yang Anda pilih. Angka bersih yang kecil bisa menyembunyikan banyak gerakan, misalnya banyak pengikut baru dari kampanye lalu banyak yang berhenti mengikuti sesudahnya. Karena itu, lihat juga angka tambahan dan angka yang hilang secara terpisah. Beberapa platform dan tool juga memisahkan tambahan organik dan berbayar, sehingga terlihat berapa bagian pertumbuhan yang dibeli lewat iklan.',
    },
    formula: {
      en: 'New follows − unfollows, for the same period',
      id: 'Pengikut baru − yang berhenti mengikuti, dalam periode yang sama',
    },
    variants: [
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's Instagram report lists Followers Gained and Followers Lost for the report period. Its Facebook report has shown Net Page Likes, built on Meta's Page fans data; since Meta removed that data from its API on 15 November 2025, check what the report shows for later dates.",
          id: 'Laporan Instagram di Sprout mencantumkan "Followers Gained" dan "Followers Lost" untuk periode laporan. Laporan Facebook-nya selama ini menampilkan "Net Page Likes", yang dibangun dari data Page fans milik Meta; karena Meta menghapus data itu dari API-nya pada 15 November 2025, cek apa yang ditampilkan laporan untuk tanggal sesudahnya.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: 'On 15 November 2025 Meta removed the Page fans metrics, including daily fan adds, from its Page Insights API and named Page follows as the alternative. Net growth on Facebook is now read from followers, not Page likes.',
          id: 'Pada 15 November 2025 Meta menghapus metrik Page fans, termasuk penambahan fans harian, dari Page Insights API dan menyebut "Page follows" sebagai alternatifnya. Pertumbuhan bersih di Facebook kini dibaca dari pengikut, bukan dari suka Halaman.',
        },
      },
      {
        platform: 'hootsuite',
        name: { en: 'Net New Followers', id: 'Net New Followers' },
        definition: {
          en: 'Hootsuite Analytics calls it Net New Followers: the increase or decrease in the number of people following your account.',
          id: 'Hootsuite Analytics menyebutnya "Net New Followers": kenaikan atau penurunan jumlah orang yang mengikuti akun Anda.',
        },
      },
      {
        platform: 'youtube',
        name: { en: 'Subscribers gained and lost', id: 'Subscriber bertambah dan berkurang' },
        definition: {
          en: "YouTube's analytics API reports subscribers gained and subscribers lost as two separate metrics; the net change is the difference between them.",
          id: 'API analitik YouTube melaporkan subscriber yang bertambah dan subscriber yang berkurang sebagai dua metrik terpisah; perubahan bersihnya adalah selisih keduanya.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: "Instagram's help centre describes Follows as the number of accounts that started following you, which is the gain side of this balance.",
          id: 'Pusat bantuan Instagram menjelaskan "Follows" sebagai jumlah akun yang mulai mengikuti Anda, yaitu sisi tambahan dari selisih ini.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'A flat net number can hide heavy churn. Ask for gains and losses side by side.',
        id: 'Angka bersih yang datar bisa menyembunyikan banyak pengikut yang datang dan pergi. Minta angka tambahan dan angka yang hilang berdampingan.',
      },
      {
        en: 'Paid follows count too on several platforms. A campaign can lift net follows for a month and leave little behind.',
        id: 'Di beberapa platform, pengikut dari iklan ikut dihitung. Kampanye bisa mendongkrak pertambahan pengikut bersih selama sebulan lalu hanya menyisakan sedikit.',
      },
      {
        en: 'Platforms remove closed or spam accounts in batches. A day with a big loss may be a clean-up, not a reaction to your content.',
        id: 'Platform menghapus akun yang ditutup atau akun spam secara berkala. Hari dengan kehilangan besar bisa jadi hanya pembersihan, bukan reaksi terhadap konten Anda.',
      },
      {
        en: 'On Facebook, a trend that crosses November 2025 may switch from Page likes to followers. Check which one each month of the chart counts.',
        id: 'Di Facebook, tren yang melewati November 2025 bisa berpindah dari suka Halaman ke pengikut. Cek mana yang dihitung di setiap bulan pada grafik.',
        platforms: ['facebook', 'meta-business-suite'],
      },
    ],
    changes: [
      {
        platform: 'facebook',
        when: '2024-03-14',
        what: {
          en: 'Meta removed the Page Insights API metrics that split daily follows and unfollows by source, so tools lost that detail.',
          id: 'Meta menghapus metrik Page Insights API yang merinci pengikut baru dan yang berhenti mengikuti per hari berdasarkan sumbernya, sehingga tool kehilangan detail tersebut.',
        },
      },
      {
        platform: 'facebook',
        when: '2025-11-15',
        what: {
          en: 'Meta removed the Page fans metrics, including fan adds, from the Page Insights API; Page follows is the named alternative, so net growth built on Page likes stops here.',
          id: 'Meta menghapus metrik Page fans, termasuk penambahan fans, dari Page Insights API; "Page follows" ditetapkan sebagai alternatifnya, jadi pertumbuhan bersih yang dihitung dari suka Halaman berhenti di sini.',
        },
      },
    ],
    question: {
      en: 'How many people followed us and how many left this month, not just the net number?',
      id: 'Berapa orang yang mulai mengikuti kita dan berapa yang berhenti bulan ini, bukan cuma angka bersihnya?',
    },
    goals: ['audience-growth', 'community'],
    sources: [
      sproutInstagramReport,
      sproutFacebookReport,
      hootsuiteMetrics,
      youtubeAnalyticsMetrics,
      youtubeSubscriberCounts,
      instagramInsightsHelp,
      metaDeprecatedMetrics2024,
      metaDeprecatedMetrics2025,
      metaPageInsightsUpdates2025,
    ],
    sourceNote: {
      en: "Meta's list of metrics removed on 15 November 2025 was only partly readable; it names Page fans, fans by city, country and locale, and fan adds, and Meta's announcement calls them the Page fans metrics. Sprout's Facebook report page we read predates the change.",
      id: 'Daftar metrik Meta yang dihapus pada 15 November 2025 hanya bisa kami baca sebagian; daftar itu menyebut Page fans, fans per kota, negara, dan bahasa, serta penambahan fans, dan pengumuman Meta menyebutnya metrik Page fans. Halaman laporan Facebook Sprout yang kami baca ditulis sebelum perubahan ini.',
    },
  },
  {
    id: 'unfollows',
    category: 'audience',
    better: 'lower',
    name: { en: 'Unfollows', id: 'Berhenti mengikuti' },
    aliases: [
      'unfollow',
      'followers lost',
      'lost followers',
      'unlikes',
      'page unlikes',
      'unsubscribes',
      'subscribers lost',
      'berhenti mengikuti',
      'pengikut hilang',
      'batal mengikuti',
    ],
    short: {
      en: 'The number of accounts that stopped following you in a period. A steady trickle is normal; a spike is worth a question.',
      id: 'Jumlah akun yang berhenti mengikuti Anda dalam satu periode. Berkurang sedikit demi sedikit itu wajar; lonjakan patut ditanyakan.',
    },
    explanation: {
      en: 'People leave for many reasons: they changed jobs, lost interest, or tidied up their feed. Unfollows only become useful when you look at the pattern. A spike right after a post, a change of tone or an unusually busy posting week tells the team something about what the audience will not accept. Some drops have nothing to do with content, because platforms also remove closed and spam accounts from your count. Not every platform shows unfollows directly, so tools often work them out from followers lost.',
      id: 'Orang berhenti mengikuti karena banyak alasan: ganti pekerjaan, tidak tertarik lagi, atau sedang merapikan feed. Angka berhenti mengikuti baru berguna kalau dilihat polanya. Lonjakan tepat setelah sebuah posting, perubahan gaya bahasa, atau minggu dengan posting yang terlalu padat memberi tahu tim apa yang tidak diterima audiens. Sebagian penurunan tidak ada hubungannya dengan konten, karena platform juga menghapus akun yang sudah ditutup dan akun spam dari hitungan Anda. Tidak semua platform menampilkan angka berhenti mengikuti secara langsung, jadi tool sering menghitungnya dari pengikut yang hilang.',
    },
    variants: [
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout shows Followers Lost in its Instagram report. Its Facebook report has shown Page Unlikes, the users who unliked your Page, built on Meta's Page fans data, which Meta removed from its API on 15 November 2025.",
          id: 'Sprout menampilkan "Followers Lost" di laporan Instagram. Laporan Facebook-nya selama ini menampilkan "Page Unlikes", yaitu pengguna yang batal menyukai Halaman Anda, yang dibangun dari data Page fans milik Meta, yang dihapus Meta dari API-nya pada 15 November 2025.',
        },
      },
      {
        platform: 'youtube',
        name: { en: 'Subscribers lost', id: 'Subscriber berkurang' },
        definition: {
          en: "YouTube's analytics API counts subscribers lost separately from subscribers gained. YouTube also removes closed accounts and spam subscribers from your total, which lowers the count without anyone unsubscribing.",
          id: 'API analitik YouTube menghitung subscriber yang berkurang terpisah dari yang bertambah. YouTube juga menghapus akun yang ditutup dan subscriber spam dari total Anda, sehingga angkanya turun tanpa ada yang berhenti subscribe.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: "Since March 2024 Meta's Page Insights API no longer splits unfollows by source, and since 15 November 2025 it no longer reports Page fans at all, so losses are read from followers rather than Page unlikes.",
          id: 'Sejak Maret 2024, Page Insights API dari Meta tidak lagi merinci orang yang berhenti mengikuti berdasarkan sumbernya, dan sejak 15 November 2025 tidak lagi melaporkan Page fans sama sekali, jadi kehilangan dibaca dari pengikut, bukan dari batal suka Halaman.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'A clean-up of closed or spam accounts can look like a wave of unfollows. Check the date against the platform’s notices before drawing conclusions.',
        id: 'Pembersihan akun yang ditutup atau akun spam bisa terlihat seperti gelombang orang berhenti mengikuti. Cocokkan tanggalnya dengan pengumuman platform sebelum menarik kesimpulan.',
      },
      {
        en: 'Do not treat one spike as a verdict on someone’s work. Look at several weeks and talk it through as a team.',
        id: 'Jangan jadikan satu lonjakan sebagai vonis atas kerja seseorang. Lihat beberapa minggu dan bahas bersama sebagai tim.',
      },
      {
        en: 'Tools that collect data every day or two can place a loss on a different day than the native dashboard does.',
        id: 'Tool yang mengambil data setiap satu atau dua hari bisa mencatat kehilangan pengikut di hari yang berbeda dari dashboard bawaan platform.',
      },
    ],
    changes: [
      {
        platform: 'facebook',
        when: '2024-03-14',
        what: {
          en: 'Meta removed the Page Insights API metrics that split daily unfollows (and follows) by source.',
          id: 'Meta menghapus metrik Page Insights API yang merinci orang yang berhenti mengikuti (dan pengikut baru) per hari berdasarkan sumbernya.',
        },
      },
      {
        platform: 'facebook',
        when: '2025-11-15',
        what: {
          en: 'Meta removed the Page fans metrics from the Page Insights API, so tools can no longer report Page unlikes from Meta for later dates.',
          id: 'Meta menghapus metrik Page fans dari Page Insights API, jadi tool tidak bisa lagi melaporkan batal suka Halaman dari Meta untuk tanggal sesudahnya.',
        },
      },
    ],
    question: {
      en: 'When we lose more followers than usual, what do we check first?',
      id: 'Kalau kita kehilangan pengikut lebih banyak dari biasanya, apa yang pertama kita cek?',
    },
    goals: ['audience-growth', 'community', 'reputation'],
    sources: [
      sproutInstagramReport,
      sproutFacebookReport,
      youtubeAnalyticsMetrics,
      youtubeSubscriberCounts,
      metaDeprecatedMetrics2024,
      metaDeprecatedMetrics2025,
      metaPageInsightsUpdates2025,
      hootsuiteInstagramMetrics,
    ],
    sourceNote: {
      en: "Meta's list of metrics removed on 15 November 2025 was only partly readable, and Meta's announcement speaks of the Page fans metrics as a group; that Page unlikes went with them is our reading of that group. Sprout's Facebook report page we read predates the change.",
      id: 'Daftar metrik Meta yang dihapus pada 15 November 2025 hanya bisa kami baca sebagian, dan pengumuman Meta menyebut metrik Page fans sebagai satu kelompok; bahwa batal suka Halaman ikut terhapus adalah tafsiran kami atas kelompok itu. Halaman laporan Facebook Sprout yang kami baca ditulis sebelum perubahan ini.',
    },
  },
  {
    id: 'unique-visitors',
    category: 'audience',
    better: 'higher',
    name: { en: 'Unique visitors', id: 'Pengunjung unik' },
    aliases: [
      'visitors',
      'pengunjung',
      'pengunjung unik',
      'page visitors',
      'unique page views',
      'tampilan halaman unik',
    ],
    short: {
      en: 'How many different people visited your Page in a period, each counted once however often they came back. LinkedIn shows it in the visitor analytics of a company Page.',
      id: 'Berapa banyak orang berbeda yang mengunjungi Halaman Anda dalam satu periode, masing-masing dihitung sekali walau datang berkali-kali. LinkedIn menampilkannya di analitik pengunjung Halaman perusahaan.',
    },
    explanation: {
      en: 'Page views count every visit; unique visitors count people. If one person opens your Page five times, that is five page views and one unique visitor. On LinkedIn this sits in the visitor analytics of a Page, next to page views and the demographics of visitors. Visitors are not the same as followers: many visitors never follow, and many followers never open the Page because they see your posts in their feed. A rise in visitors often follows a job post, an event or press coverage, so ask what happened that week.',
      id: 'Tampilan halaman menghitung setiap kunjungan; pengunjung unik menghitung orangnya. Kalau satu orang membuka Halaman Anda lima kali, hasilnya lima tampilan halaman dan satu pengunjung unik. Di LinkedIn angka ini ada di analitik pengunjung sebuah Halaman, berdampingan dengan tampilan halaman dan demografi pengunjung. Pengunjung tidak sama dengan pengikut: banyak pengunjung tidak pernah mengikuti, dan banyak pengikut tidak pernah membuka Halaman karena mereka melihat posting Anda di feed. Kenaikan pengunjung sering terjadi setelah ada lowongan kerja, acara, atau liputan media, jadi tanyakan apa yang terjadi minggu itu.',
    },
    variants: [
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn reports page views and unique visitors for a Page. Its developer documentation gives page statistics for a Page's lifetime or for a date range, split by section of the Page and by desktop and mobile.",
          id: 'LinkedIn melaporkan tampilan halaman dan pengunjung unik untuk sebuah Halaman. Dokumentasi developernya memberikan statistik halaman sepanjang umur Halaman atau untuk rentang tanggal, dirinci per bagian Halaman serta per desktop dan mobile.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Unique counts do not add up. Summing daily unique visitors for a month counts the same person many times.',
        id: 'Angka unik tidak bisa dijumlahkan begitu saja. Menjumlahkan pengunjung unik harian selama sebulan akan menghitung orang yang sama berkali-kali.',
      },
      {
        en: 'Someone who visits on a phone and on a laptop can appear in both device breakdowns.',
        id: 'Orang yang berkunjung lewat ponsel dan laptop bisa muncul di kedua rincian perangkat.',
      },
      {
        en: 'Website users in Google Analytics are a different measure of a different place. Keep them apart from LinkedIn Page visitors in a report.',
        id: 'Pengguna website di Google Analytics adalah ukuran lain untuk tempat yang lain. Pisahkan dari pengunjung Halaman LinkedIn di dalam laporan.',
      },
    ],
    changes: [],
    question: {
      en: 'What brought people to our Page in the weeks our visitor numbers rose?',
      id: 'Apa yang membuat orang datang ke Halaman kita pada minggu-minggu saat jumlah pengunjung naik?',
    },
    goals: ['awareness', 'leads-and-sales'],
    sources: [linkedinPageStatistics],
    sourceNote: {
      en: "LinkedIn's help page on visitor analytics could not be read, so the LinkedIn line rests on LinkedIn's developer documentation and stays general.",
      id: 'Halaman bantuan LinkedIn tentang analitik pengunjung tidak bisa dibaca, jadi baris LinkedIn di sini berdasar pada dokumentasi developer LinkedIn dan dibuat umum.',
    },
  },
  {
    id: 'page-views',
    category: 'audience',
    better: 'higher',
    name: { en: 'Page views', id: 'Tampilan halaman' },
    aliases: ['pageviews', 'page visits', 'tampilan halaman', 'kunjungan halaman', 'screen views', 'views'],
    short: {
      en: 'How many times your Page or your web pages were opened, counting repeat visits. It measures attention to the Page itself, not to your posts in the feed.',
      id: 'Berapa kali Halaman atau halaman web Anda dibuka, termasuk kunjungan berulang. Angka ini mengukur perhatian ke Halaman itu sendiri, bukan ke posting Anda di feed.',
    },
    explanation: {
      en: 'Each time someone opens the Page, that is one page view, even if the same person comes back. On LinkedIn, page views cover visits to your company Page and its sections, such as the overview. In Google Analytics the same idea applies to the pages of your website. Most social activity happens in the feed, so page views show the smaller group who wanted to know more about you. Read them with unique visitors to tell many people apart from a few people coming back often.',
      id: 'Setiap kali seseorang membuka Halaman, itu satu tampilan halaman, walaupun orangnya sama dan datang lagi. Di LinkedIn, tampilan halaman mencakup kunjungan ke Halaman perusahaan dan bagian-bagiannya, seperti halaman ringkasan. Di Google Analytics, prinsipnya sama untuk halaman-halaman di website Anda. Sebagian besar aktivitas sosial terjadi di feed, jadi tampilan halaman menunjukkan kelompok yang lebih kecil yang ingin tahu lebih banyak tentang Anda. Baca bersama pengunjung unik agar terlihat apakah yang datang banyak orang atau sedikit orang yang datang berulang kali.',
    },
    variants: [
      {
        platform: 'linkedin',
        definition: {
          en: "LinkedIn's page statistics count views of your organization Page for its lifetime or for a date range, split into mobile, desktop and overall. Its documentation notes that the overall figures are higher because they include both mobile and desktop traffic.",
          id: 'Statistik halaman LinkedIn menghitung tampilan Halaman organisasi Anda sepanjang umurnya atau untuk rentang tanggal, dirinci menjadi mobile, desktop, dan keseluruhan. Dokumentasinya mencatat bahwa angka keseluruhan lebih tinggi karena mencakup traffic mobile dan desktop sekaligus.',
        },
      },
      {
        platform: 'google-analytics',
        name: { en: 'Views', id: 'Views' },
        definition: {
          en: 'Google Analytics 4 reports web page views and app screen views together in a metric called Views, and repeated views of the same page are counted each time.',
          id: 'Google Analytics 4 melaporkan tampilan halaman web dan layar aplikasi bersama-sama dalam metrik bernama "Views", dan tampilan berulang pada halaman yang sama dihitung setiap kali.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'LinkedIn Page views and website views in Google Analytics measure different places. Keep them on separate lines of a report.',
        id: 'Tampilan Halaman LinkedIn dan tampilan halaman website di Google Analytics mengukur tempat yang berbeda. Taruh di baris terpisah dalam laporan.',
      },
      {
        en: 'One keen fan, or a colleague who checks the Page every day, can inflate views. Compare with unique visitors.',
        id: 'Satu penggemar setia, atau rekan kerja yang membuka Halaman setiap hari, bisa menggelembungkan angka tampilan halaman. Bandingkan dengan pengunjung unik.',
      },
      {
        en: 'Visits from your own team count too, unless someone set up the analytics to leave them out.',
        id: 'Kunjungan dari tim Anda sendiri juga ikut terhitung, kecuali ada yang mengatur analitiknya untuk mengecualikannya.',
      },
    ],
    changes: [],
    question: {
      en: 'Which pages do people open after they see our posts, and what do we want them to do there?',
      id: 'Halaman mana yang dibuka orang setelah melihat posting kita, dan apa yang kita ingin mereka lakukan di sana?',
    },
    goals: ['awareness', 'leads-and-sales'],
    sources: [linkedinPageStatistics],
    sourceNote: {
      en: 'Google\'s own page defining the GA4 Views metric could not be read here; the Google Analytics line repeats Google\'s wording as quoted elsewhere and should be checked in the GA4 help centre. Indonesian labels: we could not confirm from a Google help page or screenshot that GA4 in Indonesian shows "Tampilan" for "Views", so it is not listed as a label yet.',
      id: 'Halaman resmi Google yang mendefinisikan metrik "Views" di GA4 tidak bisa dibaca di sini; baris Google Analytics mengikuti rumusan Google sebagaimana dikutip di tempat lain dan perlu dicek di pusat bantuan GA4. Label berbahasa Indonesia: kami belum bisa memastikan dari halaman bantuan atau tangkapan layar Google bahwa GA4 berbahasa Indonesia menampilkan "Tampilan" untuk "Views", jadi label itu belum dicantumkan.',
    },
  },
  {
    id: 'audience-demographics',
    category: 'audience',
    better: 'neither',
    name: { en: 'Audience demographics', id: 'Demografi audiens' },
    aliases: [
      'demographics',
      'demografi',
      'audience',
      'audiens',
      'age and gender',
      'usia dan gender',
      'top locations',
      'lokasi teratas',
      'follower demographics',
      'demografi pengikut',
      'job function',
      'fungsi pekerjaan',
      'seniority',
      'senioritas',
      'industry',
      'industri',
    ],
    short: {
      en: 'A breakdown of who follows or watches you: age, gender, location and, on LinkedIn, job and industry. It is shown as shares of the audience, and often rounded or held back when numbers are small.',
      id: 'Rincian siapa yang mengikuti atau menonton Anda: usia, gender, lokasi, dan di LinkedIn juga pekerjaan serta industri. Biasanya ditampilkan sebagai porsi dari audiens, dan sering dibulatkan atau disembunyikan kalau jumlahnya kecil.',
    },
    explanation: {
      en: 'Demographics answer the first question a new leader should ask: who is our audience on each platform? Each platform describes people with the data it holds, so the categories differ: LinkedIn knows job functions and industries, while YouTube and Instagram show age, gender and place. The base differs too. Some reports describe followers, some describe the people who watched or engaged, and YouTube weights its age and gender report by watch time. Platforms protect privacy by hiding small groups and, on LinkedIn, by adding a little noise, so treat the figures as a fair picture rather than a headcount.',
      id: 'Demografi menjawab pertanyaan pertama yang perlu diajukan pemimpin baru: siapa audiens kita di setiap platform? Setiap platform menggambarkan orang dengan data yang dimilikinya, jadi kategorinya berbeda: LinkedIn tahu fungsi pekerjaan dan industri, sedangkan YouTube dan Instagram menampilkan usia, gender, dan lokasi. Dasarnya juga berbeda. Ada laporan yang menggambarkan pengikut, ada yang menggambarkan orang yang menonton atau berinteraksi, dan laporan usia dan gender YouTube dihitung berdasarkan waktu tonton. Platform melindungi privasi dengan menyembunyikan kelompok kecil dan, di LinkedIn, dengan menambahkan sedikit gangguan acak (noise), jadi anggap angkanya gambaran yang wajar, bukan hitungan per kepala.',
    },
    variants: [
      {
        platform: 'linkedin',
        definition: {
          en: 'LinkedIn breaks Page followers down by professional facets such as location and industry, adding organic and paid followers together and returning the top 100 results per facet. For post viewers it shows demographics as percentages of unique viewers, adds a small amount of noise, and waits until a group has enough viewers before showing it.',
          id: 'LinkedIn merinci pengikut Halaman berdasarkan aspek profesional seperti lokasi dan industri, menggabungkan pengikut organik dan berbayar, dan hanya menampilkan 100 hasil teratas per aspek. Untuk orang yang melihat posting, demografi ditampilkan sebagai persentase dari unique viewers, ditambah sedikit noise, dan baru muncul setelah sebuah kelompok punya cukup banyak viewer.',
        },
      },
      {
        platform: 'youtube',
        name: { en: 'Age and gender', id: 'Usia dan gender' },
        definition: {
          en: 'The Audience tab in YouTube Analytics has an Age and gender report showing which age ranges add most to your watch time and how your audience splits by gender. It describes viewers weighted by what they watched, not your list of subscribers.',
          id: 'Tab Audiens di YouTube Analytics punya laporan Usia dan gender yang menunjukkan rentang usia mana yang paling banyak menambah waktu tonton dan bagaimana pembagian gender audiens Anda. Laporan ini menggambarkan penonton berdasarkan apa yang mereka tonton, bukan daftar subscriber Anda.',
        },
      },
      {
        platform: 'instagram',
        definition: {
          en: 'Instagram Insights shows gender, age and location information about your followers.',
          id: 'Instagram Insights menampilkan informasi gender, usia, dan lokasi para pengikut Anda.',
        },
      },
      {
        platform: 'facebook',
        definition: {
          en: "Meta's Page Insights API only has data for Pages with 100 or more likes. Sprout notes that Facebook Page demographics arrive 48 to 72 hours late and only appear when there is data for 100 or more people.",
          id: 'Page Insights API dari Meta hanya punya data untuk Halaman dengan 100 suka atau lebih. Sprout mencatat bahwa demografi Halaman Facebook terlambat 48 sampai 72 jam dan baru muncul kalau ada data untuk 100 orang atau lebih.',
        },
      },
      {
        platform: 'hootsuite',
        definition: {
          en: "Hootsuite's Instagram Audience metric breaks followers down by city, country, gender and age, without the current day and without paid promotion. A separate Engaged audience metric describes the people who engaged.",
          id: 'Metrik Audience untuk Instagram di Hootsuite merinci pengikut berdasarkan kota, negara, gender, dan usia, tanpa data hari ini dan tanpa promosi berbayar. Metrik Engaged audience yang terpisah menggambarkan orang yang berinteraksi.',
        },
      },
      {
        platform: 'tiktok',
        definition: {
          en: "TikTok Studio's Followers tab shows where your followers are from and the times of day and week when they are most active.",
          id: 'Tab "Followers" di TikTok Studio menunjukkan dari mana pengikut Anda berasal dan pada jam serta hari apa mereka paling aktif.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Followers, viewers and engaged people are three different groups. Check which one a chart describes before you compare platforms.',
        id: 'Pengikut, penonton, dan orang yang berinteraksi adalah tiga kelompok berbeda. Cek kelompok mana yang digambarkan sebuah grafik sebelum membandingkan antarplatform.',
      },
      {
        en: 'Small audiences show blank or partial demographics because platforms hold back small groups. That is privacy protection, not a tracking error.',
        id: 'Audiens kecil sering menampilkan demografi kosong atau sebagian karena platform menahan kelompok kecil. Itu perlindungan privasi, bukan kesalahan pelacakan.',
      },
      {
        en: 'Demographics come from what people put in their profiles and from platform estimates. Use them for direction, not as a census.',
        id: 'Demografi berasal dari data profil orang dan perkiraan platform. Pakai sebagai arah, bukan sensus.',
      },
      {
        en: 'Tools may leave out today’s data or paid promotion, so their breakdown will not always match the native screen.',
        id: 'Tool bisa tidak menyertakan data hari ini atau promosi berbayar, jadi rinciannya tidak selalu sama dengan layar bawaan platform.',
      },
    ],
    changes: [],
    question: {
      en: 'Do the people who follow us look like the people who engage with us, and which difference surprised you?',
      id: 'Apakah orang yang mengikuti kita mirip dengan orang yang berinteraksi dengan kita, dan perbedaan mana yang membuat kamu terkejut?',
    },
    goals: ['audience-growth', 'awareness'],
    sources: [
      linkedinFollowerStatistics,
      linkedinDemographicsChanges,
      youtubeAudienceTab,
      youtubeAudienceTabId,
      instagramInsightsHelp,
      metaPageInsightsApi,
      sproutFacebookReport,
      hootsuiteInstagramMetrics,
      tiktokAnalytics,
    ],
    sourceNote: {
      en: "LinkedIn's help page on viewer demographics was read through a web copy of its text, and it gives no date for the switch to noise and percentages, so no change date is listed.",
      id: 'Halaman bantuan LinkedIn tentang demografi viewer dibaca lewat salinan teksnya di web, dan halaman itu tidak menyebut tanggal peralihan ke noise dan persentase, jadi tanggal perubahannya tidak dicantumkan.',
    },
  },
  {
    id: 'subscribers',
    category: 'audience',
    better: 'higher',
    name: { en: 'Subscribers', id: 'Subscriber' },
    aliases: [
      'subscriber',
      'subs',
      'pelanggan',
      'berlangganan',
      'subscriber count',
      'jumlah subscriber',
      'subscribers gained',
      'subscribers lost',
    ],
    short: {
      en: "The number of people subscribed to your YouTube channel, the channel's version of followers. YouTube Studio shows the exact count, while the public count is rounded.",
      id: 'Jumlah orang yang subscribe ke channel YouTube Anda, versi pengikut untuk sebuah channel. YouTube Studio menampilkan angka persisnya, sedangkan angka publik dibulatkan.',
    },
    explanation: {
      en: "A subscriber has asked to see your channel's new videos. For a date range, YouTube tracks subscribers gained and subscribers lost, and the difference is what moves your total. YouTube regularly removes closed accounts and spam subscribers, which can lower the count without anyone choosing to leave. Viewers do not have to subscribe to watch, so read the number next to views and watch time. The Audience tab shows how much of your watch time comes from subscribers and how much from viewers who are not subscribed.",
      id: 'Subscriber adalah orang yang meminta untuk melihat video baru dari channel Anda. Untuk satu rentang tanggal, YouTube mencatat subscriber yang bertambah dan yang berkurang, dan selisihnya yang menggerakkan total Anda. YouTube rutin menghapus akun yang ditutup dan subscriber spam, sehingga angkanya bisa turun tanpa ada yang memilih pergi. Penonton tidak harus subscribe untuk menonton, jadi baca angka ini bersama penayangan dan waktu tonton. Tab Audiens menunjukkan berapa bagian waktu tonton yang berasal dari subscriber dan berapa dari penonton yang belum subscribe.',
    },
    formula: {
      en: 'Change in a period = subscribers gained − subscribers lost',
      id: 'Perubahan dalam satu periode = subscriber bertambah − subscriber berkurang',
    },
    variants: [
      {
        platform: 'youtube',
        definition: {
          en: 'YouTube counts the users subscribed to your channel. Closed accounts and subscribers identified as spam do not count toward the total or appear in your subscriber list, and removing them does not change views or watch time.',
          id: 'YouTube menghitung pengguna yang subscribe ke channel Anda. Akun yang ditutup dan subscriber yang teridentifikasi sebagai spam tidak dihitung dalam total maupun daftar subscriber, dan penghapusannya tidak mengubah penayangan atau waktu tonton.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'The public count on the channel page is rounded. Use YouTube Studio for reports.',
        id: 'Angka publik di halaman channel sudah dibulatkan. Pakai YouTube Studio untuk laporan.',
      },
      {
        en: 'A drop can be YouTube removing closed or spam accounts, not viewers leaving.',
        id: 'Penurunan bisa terjadi karena YouTube menghapus akun yang ditutup atau akun spam, bukan karena penonton pergi.',
      },
      {
        en: 'A YouTube subscriber and a follower elsewhere are not the same commitment. Compare growth within each platform, not the totals.',
        id: 'Subscriber YouTube dan pengikut di platform lain bukan bentuk komitmen yang sama. Bandingkan pertumbuhan di masing-masing platform, bukan totalnya.',
      },
    ],
    changes: [
      {
        platform: 'youtube',
        when: '2019-08',
        what: {
          en: 'YouTube began abbreviating public subscriber counts, for example showing thousands with a "k"; the exact number stays visible in YouTube Studio.',
          id: 'YouTube mulai menyingkat angka subscriber publik, misalnya ribuan ditampilkan dengan "k"; angka persisnya tetap terlihat di YouTube Studio.',
        },
      },
    ],
    question: {
      en: 'Which videos bring us new subscribers, and do those subscribers keep watching?',
      id: 'Video mana yang mendatangkan subscriber baru, dan apakah mereka terus menonton?',
    },
    goals: ['audience-growth', 'community'],
    sources: [youtubeSubscriberCounts, youtubeAnalyticsMetrics, youtubeAudienceTab],
  },
  {
    id: 'mentions',
    category: 'engagement',
    better: 'neither',
    name: { en: 'Mentions', id: 'Mention' },
    aliases: [
      'mention',
      'brand mentions',
      'sebutan',
      'tag',
      'tags',
      '@mentions',
      'penyebutan brand',
      'message volume',
      'volume percakapan',
    ],
    short: {
      en: "Posts and comments that name or tag your brand. The platforms' own screens catch the tagged ones; a listening tool can also find the rest.",
      id: 'Posting dan komentar yang menyebut atau menandai brand Anda. Layar bawaan platform menangkap yang menandai akun Anda; tool social listening bisa menemukan sisanya.',
    },
    explanation: {
      en: 'A mention is any public message that talks about you. When people tag your account, it usually lands in your notifications or in the inbox of a tool such as Hootsuite or Sprout. Many people name a brand without tagging it, and only a listening tool that searches for keywords, hashtags and spellings will find those. The count depends completely on how the search is set up, so two tools can report very different numbers for the same week. Read the count with the content: a spike can be praise, a complaint going viral or the start of a crisis.',
      id: 'Mention adalah pesan publik apa pun yang membicarakan Anda. Kalau orang menandai akun Anda, biasanya pesan itu masuk ke notifikasi atau ke inbox tool seperti Hootsuite atau Sprout. Banyak orang menyebut nama brand tanpa menandai akunnya, dan hanya tool social listening yang mencari kata kunci, hashtag, dan variasi ejaan yang bisa menemukannya. Jumlahnya sangat tergantung pada cara pencarian disusun, jadi dua tool bisa melaporkan angka yang jauh berbeda untuk minggu yang sama. Baca angkanya bersama isinya: lonjakan bisa berarti pujian, keluhan yang viral, atau awal sebuah krisis.',
    },
    variants: [
      {
        platform: 'sprout-social',
        definition: {
          en: "In Sprout's Social Listening, a Topic collects messages that match the keywords, hashtags and mentions you set. Topic Insights show message volume over time, potential impressions, engagements and unique authors for the dates you choose.",
          id: 'Di Social Listening milik Sprout, sebuah Topic mengumpulkan pesan yang cocok dengan kata kunci, hashtag, dan mention yang Anda tentukan. Topic Insights menampilkan volume pesan dari waktu ke waktu, "potential impressions", engagement, dan jumlah penulis unik untuk tanggal yang Anda pilih.',
        },
      },
      {
        platform: 'hootsuite',
        definition: {
          en: 'Hootsuite Inbox shows messages that tag your accounts, such as X mentions and Instagram story mentions, next to comments and direct messages. It only shows messages that arrived after the account was connected.',
          id: 'Hootsuite Inbox menampilkan pesan yang menandai akun Anda, seperti mention di X dan mention di Instagram Story, berdampingan dengan komentar dan DM. Inbox hanya menampilkan pesan yang masuk setelah akun terhubung.',
        },
      },
    ],
    pitfalls: [
      {
        en: "A listening tool's count depends on its search terms. Ask to see the search before comparing months or tools.",
        id: 'Angka dari tool social listening tergantung kata kunci pencariannya. Minta lihat susunan pencariannya sebelum membandingkan antarbulan atau antartool.',
      },
      {
        en: 'Tagged mentions in an inbox and untagged mentions found by listening overlap. Do not add the two counts together.',
        id: 'Mention yang menandai akun di inbox dan mention tanpa tanda yang ditemukan lewat listening bisa tumpang tindih. Jangan menjumlahkan kedua angka itu.',
      },
      {
        en: 'A high count is not good news by itself. Look at sentiment and read a sample of messages.',
        id: 'Angka yang tinggi belum tentu kabar baik. Lihat sentiment dan baca sebagian pesannya.',
      },
    ],
    changes: [],
    question: {
      en: 'How do we find people who talk about us without tagging us?',
      id: 'Bagaimana kita menemukan orang yang membicarakan kita tanpa menandai akun kita?',
    },
    goals: ['awareness', 'reputation', 'community'],
    sources: [sproutListeningInsights, sproutListeningTopicInsights, hootsuiteInbox],
    sourceNote: {
      en: "None of the platforms' own analytics pages read for this entry report a mention count, so it rests on Sprout's and Hootsuite's help pages.",
      id: 'Tidak satu pun halaman analitik resmi platform yang dibaca untuk entri ini melaporkan jumlah mention, jadi entri ini berdasar pada halaman bantuan Sprout dan Hootsuite.',
    },
  },
  {
    id: 'share-of-voice',
    category: 'audience',
    better: 'higher',
    name: { en: 'Share of voice', id: 'Share of voice' },
    aliases: [
      'SOV',
      'pangsa suara',
      'porsi percakapan',
      'share of conversation',
      'pangsa percakapan',
      'competitive share',
    ],
    short: {
      en: "Your brand's part of the conversation compared with the competitors you choose to track. It is always relative to that list, so the list matters as much as the number.",
      id: 'Porsi brand Anda dalam percakapan dibandingkan kompetitor yang Anda pilih untuk dipantau. Angkanya selalu relatif terhadap daftar itu, jadi daftarnya sama pentingnya dengan angkanya.',
    },
    explanation: {
      en: 'Share of voice asks how much of the talk in your market is about you. A listening tool counts mentions of your brand and of each competitor in the same period, then shows your part of the total. Some teams use engagements or potential impressions instead of mentions, which gives a different number. Add or drop one competitor and your share changes even if nothing else did. It is most useful as a trend over months, read together with sentiment, because a big share of angry talk is not a win.',
      id: 'Share of voice menjawab pertanyaan: seberapa banyak percakapan di pasar Anda yang membahas Anda? Tool social listening menghitung mention brand Anda dan setiap kompetitor dalam periode yang sama, lalu menampilkan porsi Anda dari totalnya. Ada tim yang memakai engagement atau "potential impressions" sebagai ganti mention, dan hasilnya akan berbeda. Tambah atau kurangi satu kompetitor, dan porsi Anda berubah walaupun tidak ada hal lain yang berubah. Angka ini paling berguna sebagai tren beberapa bulan dan dibaca bersama sentiment, karena porsi besar dari percakapan yang marah bukanlah kemenangan.',
    },
    formula: {
      en: 'Mentions of your brand ÷ mentions of your brand and all tracked competitors × 100',
      id: 'Mention brand Anda ÷ total mention brand Anda dan semua kompetitor yang dipantau × 100',
    },
    variants: [
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's Competitive Analysis Topic turns each competitor into its own data point, built from keywords, hashtags and mentions you define. A Topic holds up to 10 competitors, and Sprout asks you to include your own brand so you can compare yourself with them.",
          id: 'Competitive Analysis Topic di Sprout menjadikan setiap kompetitor satu titik data tersendiri, dibangun dari kata kunci, hashtag, dan mention yang Anda tentukan. Satu Topic menampung sampai 10 kompetitor, dan Sprout meminta Anda memasukkan brand sendiri agar bisa dibandingkan dengan mereka.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Changing the competitor list breaks the trend. Keep the list fixed, or restart the series and note why.',
        id: 'Mengubah daftar kompetitor memutus tren. Jaga daftarnya tetap, atau mulai seri baru dan catat alasannya.',
      },
      {
        en: 'Counting mentions, engagements or impressions gives three different shares. Agree on one.',
        id: 'Menghitung dari mention, engagement, atau impresi menghasilkan tiga porsi yang berbeda. Sepakati satu.',
      },
      {
        en: 'A listening tool reads some networks better than others. A share built on what the tool can see is not the share of the whole market.',
        id: 'Tool social listening membaca sebagian jaringan lebih baik daripada yang lain. Porsi yang dihitung dari apa yang bisa dilihat tool belum tentu porsi seluruh pasar.',
      },
    ],
    changes: [],
    question: {
      en: 'Which competitors do we compare ourselves with, and who chose that list?',
      id: 'Dengan kompetitor mana kita membandingkan diri, dan siapa yang menentukan daftarnya?',
    },
    goals: ['awareness', 'reputation'],
    sources: [sproutCompetitiveTopic, sproutListeningInsights],
    sourceNote: {
      en: 'The Sprout help pages read for this entry describe the competitor set-up but not the exact share-of-voice calculation; the formula shown is the common one.',
      id: 'Halaman bantuan Sprout yang dibaca untuk entri ini menjelaskan cara menyiapkan kompetitor, tetapi tidak menjelaskan rumus share of voice secara persis; rumus di sini adalah yang umum dipakai.',
    },
  },
  {
    id: 'sentiment',
    category: 'audience',
    better: 'neither',
    name: { en: 'Sentiment', id: 'Sentimen' },
    aliases: [
      'sentimen',
      'sentiment analysis',
      'analisis sentimen',
      'brand sentiment',
      'positive negative neutral',
      'positif negatif netral',
      'tone',
      'nada percakapan',
    ],
    short: {
      en: 'Whether messages about you read as positive, negative or neutral, as judged by software. It is an estimate that needs a human eye, especially for slang and sarcasm.',
      id: 'Apakah pesan tentang Anda bernada positif, negatif, atau netral, menurut penilaian software. Ini perkiraan yang tetap perlu dicek manusia, terutama untuk bahasa gaul dan sarkasme.',
    },
    explanation: {
      en: 'Sentiment tools read each message and give it a label. Sprout, for example, scores every message for positive, negative and neutral and keeps the label with the highest probability. Words mean different things in different contexts: a product name can sound negative, and jokes and sarcasm fool the model. Good teams correct labels and add rules for their own words, and they read a sample before reporting a change. Behind a wave of negative sentiment are people on your team reading every message, so ask how they are doing, not only what the chart says.',
      id: 'Tool sentiment membaca setiap pesan lalu memberinya label. Sprout, misalnya, menghitung skor positif, negatif, dan netral untuk setiap pesan, lalu memilih label dengan probabilitas tertinggi. Kata bisa bermakna lain tergantung konteks: nama produk bisa terdengar negatif, dan candaan atau sarkasme bisa mengecoh model. Tim yang baik mengoreksi label dan menambahkan aturan untuk kata-kata khas mereka, lalu membaca sampel pesan sebelum melaporkan perubahan. Di balik gelombang sentiment negatif ada orang di tim Anda yang membaca setiap pesan, jadi tanyakan juga kabar mereka, bukan hanya isi grafiknya.',
    },
    variants: [
      {
        platform: 'sprout-social',
        definition: {
          en: 'Sprout uses a deep neural network that scores each message as positive, negative or neutral and keeps the most likely label; unsupported languages and messages without text come back as unclassified. The same ratings apply in the Smart Inbox and in Listening, and you can reclassify messages or set rules for words that should be read differently.',
          id: 'Sprout memakai deep neural network yang memberi skor positif, negatif, atau netral pada setiap pesan lalu memilih label yang paling mungkin; bahasa yang belum didukung dan pesan tanpa teks ditandai unclassified. Penilaian yang sama berlaku di Smart Inbox dan Listening, dan Anda bisa mengubah label pesan atau membuat aturan untuk kata yang perlu dibaca berbeda.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Models struggle with slang, mixed Indonesian and English, and sarcasm. Check that your tool supports Bahasa Indonesia, and read a sample of messages.',
        id: 'Model kesulitan membaca bahasa gaul, campuran bahasa Indonesia dan Inggris, serta sarkasme. Pastikan tool Anda mendukung bahasa Indonesia, dan baca sebagian pesannya.',
      },
      {
        en: 'A brand or product name that contains a negative word can drag the score down. Ask whether the team has set a rule for it.',
        id: 'Nama brand atau produk yang mengandung kata bernada negatif bisa menurunkan skor. Tanyakan apakah tim sudah membuat aturan untuk itu.',
      },
      {
        en: 'Sentiment from different tools is not comparable, because each uses its own model and labels.',
        id: 'Sentiment dari tool yang berbeda tidak bisa dibandingkan, karena masing-masing memakai model dan label sendiri.',
      },
    ],
    changes: [],
    question: {
      en: 'How often do we check the sentiment labels by hand, and what do we do when negative messages spike?',
      id: 'Seberapa sering kita mengecek label sentiment secara manual, dan apa yang kita lakukan saat pesan negatif melonjak?',
    },
    goals: ['reputation', 'customer-care'],
    sources: [sproutSentimentModel, sproutListeningSentiment, sproutListeningInsights],
  },
  {
    id: 'response-rate',
    category: 'care',
    better: 'higher',
    name: { en: 'Response rate', id: 'Tingkat respons' },
    aliases: [
      'reply rate',
      'tingkat respons',
      'tingkat balasan',
      'responsiveness',
      'responsivitas',
      'action rate',
      'very responsive',
      'persentase dibalas',
    ],
    short: {
      en: 'The share of incoming messages your team answered. It shows how reliably people get a reply, not how good the reply was.',
      id: 'Persentase pesan masuk yang dijawab tim Anda. Angka ini menunjukkan seberapa konsisten orang mendapat balasan, bukan seberapa bagus balasannya.',
    },
    explanation: {
      en: 'Response rate divides the messages you answered by the messages that needed an answer. The hard part is the second number: not every comment needs a reply, and each tool decides differently what counts. Meta shows a responsiveness figure for Page messages, while tools such as Sprout measure the rate of actions the team took in the inbox. Automated replies are treated differently from tool to tool, which can make the rate look better or worse than the human work behind it. Use it to spot gaps in cover, such as evenings and weekends, and to talk about staffing, not to rank people.',
      id: 'Response rate membagi pesan yang Anda jawab dengan pesan yang perlu dijawab. Bagian sulitnya ada di angka kedua: tidak semua komentar perlu dibalas, dan setiap tool punya aturan sendiri soal apa yang dihitung. Meta menampilkan angka responsivitas untuk pesan Halaman, sedangkan tool seperti Sprout mengukur tingkat tindakan yang dilakukan tim di inbox. Balasan otomatis diperlakukan berbeda di setiap tool, sehingga angkanya bisa tampak lebih baik atau lebih buruk daripada kerja manusia di baliknya. Pakai angka ini untuk melihat celah jam jaga, misalnya malam dan akhir pekan, dan untuk membicarakan kebutuhan tim, bukan untuk meranking orang.',
    },
    formula: {
      en: 'Messages answered ÷ messages that needed an answer × 100',
      id: 'Pesan yang dijawab ÷ pesan yang perlu dijawab × 100',
    },
    variants: [
      {
        platform: 'sprout-social',
        name: { en: 'Action rate', id: 'Action rate' },
        definition: {
          en: "Sprout's Inbox Activity Report shows the rate and speed of actions taken on received messages, and you choose which actions count, such as Reply, Complete, Tag or Like. It only counts actions made by people in Sprout; messages handled only by an automated rule are left out.",
          id: 'Inbox Activity Report di Sprout menampilkan tingkat dan kecepatan tindakan atas pesan yang diterima, dan Anda memilih tindakan mana yang dihitung, seperti Reply, Complete, Tag, atau Like. Laporan ini hanya menghitung tindakan yang dilakukan orang di Sprout; pesan yang hanya ditangani aturan otomatis tidak dihitung.',
        },
      },
      {
        platform: 'meta-business-suite',
        definition: {
          en: 'Meta shows a response rate for messages sent to a Facebook Page. A message counts only if it is the first one a person sends after neither side has written for 24 hours; replies sent by hand or through the API count, while instant replies and away messages do not. The Page shows the "Very responsive to messages" badge when, over the last 7 days, its response rate is at least 90% and its response time is within 15 minutes.',
          id: 'Meta menampilkan tingkat respons untuk pesan yang dikirim ke Halaman Facebook. Sebuah pesan hanya dihitung kalau itu pesan pertama yang dikirim seseorang setelah kedua pihak tidak saling berkirim pesan selama 24 jam; balasan yang dikirim manual atau lewat API ikut dihitung, sedangkan balasan instan dan pesan saat tidak di tempat tidak. Halaman mendapat lencana "Very responsive to messages" kalau, dalam 7 hari terakhir, tingkat responsnya minimal 90% dan waktu responsnya paling lama 15 menit.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Tools count different actions as a response: a reply, a like, closing a message. Ask which actions your tool counts.',
        id: 'Setiap tool menghitung tindakan berbeda sebagai respons: balasan, like, atau menutup pesan. Tanyakan tindakan mana yang dihitung tool Anda.',
      },
      {
        en: 'Automated replies may lift the rate or be left out of it. Know which before you praise or worry.',
        id: 'Balasan otomatis bisa ikut menaikkan angka atau justru tidak dihitung. Pastikan dulu sebelum memuji atau khawatir.',
      },
      {
        en: 'A falling rate in a crisis week usually means too few hands, not too little effort.',
        id: 'Angka yang turun di minggu krisis biasanya berarti orangnya kurang, bukan usahanya kurang.',
      },
    ],
    changes: [],
    question: {
      en: 'Which messages do we promise to answer, and which do we leave alone on purpose?',
      id: 'Pesan mana yang kita janjikan untuk dijawab, dan mana yang sengaja tidak kita balas?',
    },
    goals: ['customer-care', 'community'],
    sources: [sproutInboxActivity],
    sourceNote: metaResponsivenessNote,
  },
  {
    id: 'response-time',
    category: 'care',
    better: 'lower',
    name: { en: 'Response time', id: 'Waktu respons' },
    aliases: [
      'reply time',
      'first response time',
      'average response time',
      'average reply time',
      'median reply time',
      'waktu respons',
      'waktu balas',
      'kecepatan respons',
      'waktu tanggapan',
      'SLA',
    ],
    short: {
      en: "How long people wait for your team's reply. Tools report an average or a median, often only for business hours.",
      id: 'Berapa lama orang menunggu balasan dari tim Anda. Tool melaporkan rata-rata atau median, sering kali hanya untuk jam kerja.',
    },
    explanation: {
      en: 'Response time starts when a message arrives and stops when someone replies. A few slow replies, such as messages that came in overnight, pull the average up, so the median (the middle value) is often a fairer picture. Many tools let you count business hours only, which makes the number kinder to the team but hides how long customers really wait at night. First response time, the wait for the first reply, is what customers feel most. A slower time in a busy week is a signal about workload and shifts, and it deserves a conversation before it becomes a target.',
      id: 'Waktu respons dihitung sejak pesan masuk sampai seseorang membalas. Beberapa balasan yang lambat, misalnya untuk pesan yang masuk tengah malam, menarik rata-rata ke atas, jadi median (nilai tengah) sering memberi gambaran yang lebih adil. Banyak tool bisa menghitung jam kerja saja, sehingga angkanya lebih ramah bagi tim tetapi menyembunyikan berapa lama pelanggan sebenarnya menunggu di malam hari. Waktu respons pertama, yaitu lama menunggu balasan pertama, adalah yang paling dirasakan pelanggan. Kalau waktunya melambat di minggu yang sibuk, itu sinyal soal beban kerja dan jadwal jaga, dan perlu dibicarakan dulu sebelum dijadikan target.',
    },
    formula: {
      en: 'Average: total wait from message to first reply ÷ number of replied messages. Median: the middle wait when all waits are sorted.',
      id: 'Rata-rata: total waktu tunggu dari pesan masuk sampai balasan pertama ÷ jumlah pesan yang dibalas. Median: waktu tunggu yang berada di tengah setelah semua waktu tunggu diurutkan.',
    },
    variants: [
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's Team Report shows average and median reply time, plus the quickest and slowest reply, for each team member. You can switch between all hours, business hours and off hours; business hours default to 9 AM to 5 PM in each user's time zone and can be changed in the report settings.",
          id: 'Team Report di Sprout menampilkan rata-rata dan median waktu balas, serta balasan tercepat dan terlambat, untuk setiap anggota tim. Anda bisa beralih antara semua jam, jam kerja, dan di luar jam kerja; jam kerja bawaannya pukul 9 pagi sampai 5 sore menurut zona waktu masing-masing pengguna dan bisa diubah di pengaturan laporan.',
        },
      },
      {
        platform: 'hootsuite',
        definition: {
          en: "Hootsuite's Inbox 2.0 metrics include average agent first response time and average conversation response time. Both count resolved conversations only, and metrics are reported in the time zone set in your account.",
          id: 'Metrik Inbox 2.0 di Hootsuite mencakup average agent first response time dan average conversation response time. Keduanya hanya menghitung percakapan yang sudah selesai (resolved), dan metrik dilaporkan dalam zona waktu yang diatur di akun Anda.',
        },
      },
      {
        platform: 'meta-business-suite',
        definition: {
          en: 'Meta times the replies to first messages only: the first message a person sends after neither side has written for 24 hours. The response time is the average of the fastest 90% of those replies, for messages received in the 30 days before the last one that counted, so the slowest tenth is left out. Instant replies and away messages do not count. The "Very responsive to messages" badge needs a response time within 15 minutes and a response rate of at least 90% over the last 7 days.',
          id: 'Meta hanya mengukur waktu balasan untuk pesan pertama: pesan pertama yang dikirim seseorang setelah kedua pihak tidak saling berkirim pesan selama 24 jam. Waktu respons adalah rata-rata dari 90% balasan tercepat, untuk pesan yang masuk dalam 30 hari sebelum pesan terakhir yang dihitung, jadi sepersepuluh balasan paling lambat tidak ikut. Balasan instan dan pesan saat tidak di tempat tidak dihitung. Lencana "Very responsive to messages" mensyaratkan waktu respons paling lama 15 menit dan tingkat respons minimal 90% dalam 7 hari terakhir.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'An average from one tool and a median from another are not the same number. Report one, and say which.',
        id: 'Rata-rata dari satu tool dan median dari tool lain bukan angka yang sama. Laporkan salah satunya, dan sebutkan yang mana.',
      },
      {
        en: 'Business-hours settings change the result a lot. Check the hours and the time zone the tool uses.',
        id: 'Pengaturan jam kerja sangat memengaruhi hasilnya. Cek jam dan zona waktu yang dipakai tool.',
      },
      {
        en: 'Where only resolved conversations count, a backlog of open ones can make the time look better than it is.',
        id: 'Kalau hanya percakapan yang sudah selesai yang dihitung, tumpukan percakapan yang masih terbuka bisa membuat waktunya tampak lebih baik dari kenyataannya.',
      },
      {
        en: 'Speed targets without enough people push the team to answer fast rather than well, and to check messages after hours.',
        id: 'Target kecepatan tanpa jumlah orang yang cukup mendorong tim menjawab cepat alih-alih menjawab dengan baik, dan membuat mereka mengecek pesan di luar jam kerja.',
      },
    ],
    changes: [],
    question: {
      en: 'How fast do we reply to the first message, and what slows us down most?',
      id: 'Seberapa cepat kita membalas pesan pertama, dan apa yang paling memperlambat kita?',
    },
    goals: ['customer-care'],
    sources: [sproutTeamReport, hootsuiteInboxMetrics],
    sourceNote: metaResponsivenessNote,
  },
  {
    id: 'inbox-volume',
    category: 'care',
    better: 'neither',
    name: { en: 'Inbox volume', id: 'Volume inbox' },
    aliases: [
      'message volume',
      'incoming messages',
      'received messages',
      'volume pesan',
      'pesan masuk',
      'jumlah pesan',
      'workload',
      'beban inbox',
    ],
    short: {
      en: "How many messages, comments and mentions reach the team's inbox in a period. It is the clearest single measure of community workload.",
      id: 'Berapa banyak pesan, komentar, dan mention yang masuk ke inbox tim dalam satu periode. Ini ukuran paling jelas untuk beban kerja komunitas.',
    },
    explanation: {
      en: 'Inbox volume counts what arrives, before anyone replies. It depends on which networks and message types the inbox collects, so check the sources before comparing periods. Volume rises with campaigns, launches, outages and bad news, often faster than anyone planned for. Looking at it by day and by hour shows when the team is busiest and whether those hours are covered. Behind every spike is someone reading each message, including the unkind ones, so pair the number with a check-in on the people doing the work.',
      id: 'Volume inbox menghitung apa yang masuk, sebelum ada yang membalas. Angkanya tergantung jaringan dan jenis pesan yang dikumpulkan inbox, jadi cek sumbernya sebelum membandingkan periode. Volume naik karena kampanye, peluncuran, gangguan layanan, dan kabar buruk, sering lebih cepat dari rencana siapa pun. Melihatnya per hari dan per jam menunjukkan kapan tim paling sibuk dan apakah jam-jam itu sudah ada yang jaga. Di balik setiap lonjakan ada orang yang membaca setiap pesan, termasuk yang kasar, jadi imbangi angka ini dengan menanyakan kabar orang yang mengerjakannya.',
    },
    variants: [
      {
        platform: 'sprout-social',
        definition: {
          en: "Sprout's Inbox Activity Report shows trends in incoming message volume next to the rate and speed of the team's actions. It includes messages from X (Twitter), Instagram, LinkedIn, Facebook, TikTok, YouTube and Google Business, filtered by the sources, message types and tags you pick.",
          id: 'Inbox Activity Report di Sprout menampilkan tren volume pesan masuk berdampingan dengan tingkat dan kecepatan tindakan tim. Laporan ini mencakup pesan dari X (Twitter), Instagram, LinkedIn, Facebook, TikTok, YouTube, dan Google Business, difilter berdasarkan sumber, jenis pesan, dan tag yang Anda pilih.',
        },
      },
      {
        platform: 'hootsuite',
        definition: {
          en: 'Hootsuite Inbox gathers Facebook Page messages, comments and visitor posts, X direct messages and mentions, LinkedIn Page comments, and Instagram comments, direct messages and story mentions. It only shows messages that arrived after each account was connected.',
          id: 'Hootsuite Inbox mengumpulkan pesan, komentar, dan posting pengunjung di Halaman Facebook, DM dan mention di X, komentar di Halaman LinkedIn, serta komentar, DM, dan mention Story di Instagram. Inbox hanya menampilkan pesan yang masuk setelah setiap akun terhubung.',
        },
      },
    ],
    pitfalls: [
      {
        en: 'Adding a network or a message type to the inbox raises volume overnight. Note such changes in the report.',
        id: 'Menambahkan jaringan atau jenis pesan ke inbox langsung menaikkan volume. Catat perubahan seperti itu di laporan.',
      },
      {
        en: 'Volume hides difficulty: a pile of thank-you notes is lighter work than a few angry threads. Ask what the messages were about.',
        id: 'Volume tidak menunjukkan tingkat kesulitan: setumpuk ucapan terima kasih lebih ringan daripada beberapa utas yang penuh amarah. Tanyakan isi pesan-pesannya.',
      },
      {
        en: 'The count in a tool and the count in a native inbox rarely match, because each collects different message types.',
        id: 'Angka di tool dan angka di inbox bawaan platform jarang sama, karena masing-masing mengumpulkan jenis pesan yang berbeda.',
      },
    ],
    changes: [],
    question: {
      en: 'When is our inbox busiest, and is someone covering those hours without burning out?',
      id: 'Kapan inbox kita paling ramai, dan apakah ada yang jaga di jam-jam itu tanpa kelelahan?',
    },
    goals: ['customer-care', 'community'],
    sources: [sproutInboxActivity, hootsuiteInbox],
  },
];
