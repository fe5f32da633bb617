// Readings on clicks and website visits: when being seen stops turning into visits, or visits
// stop turning into what the site is for.
import type { ReadingRule } from '../schema';

export const webAndClicksReadings: ReadingRule[] = [
  {
    id: 'impressions-up-ctr-down',
    platforms: ['linkedin', 'meta-ads-manager', 'pinterest'],
    condition: {
      all: [
        { metric: 'impressions', change: 'up' },
        { metric: 'ctr', change: 'down' },
      ],
    },
    metrics: ['impressions', 'ctr'],
    title: { en: 'Impressions up, click-through rate down', id: 'Impresi naik, CTR turun' },
    text: {
      en: 'The content or ads were shown more, and a smaller share of those showings led to a click. Wider or newer audiences often click less, and so can people who have seen the same creative many times. It can also be that clicks held steady and only the base grew.',
      id: 'Konten atau iklan tampil lebih sering, tapi porsi tayangan yang berujung klik mengecil. Audiens yang lebih luas atau lebih baru sering lebih jarang mengeklik, begitu juga orang yang sudah berkali-kali melihat materi yang sama. Bisa juga jumlah kliknya tetap, hanya basisnya yang membesar.',
    },
    question: {
      en: 'Did the number of clicks fall too, or only the rate, and who are the new people seeing it?',
      id: 'Apakah jumlah kliknya ikut turun atau hanya rasionya, dan siapa orang-orang baru yang melihatnya?',
    },
  },
  {
    id: 'pinterest-impressions-up-outbound-clicks-down',
    platforms: ['pinterest'],
    condition: {
      all: [
        { metric: 'impressions', change: 'up' },
        { metric: 'outbound-clicks', change: 'down' },
      ],
    },
    metrics: ['impressions', 'outbound-clicks'],
    title: { en: 'Impressions up, outbound clicks down', id: 'Impresi naik, klik keluar turun' },
    text: {
      en: 'Pins are seen more while fewer people leave Pinterest for the site. This often happens when Pins are saved and browsed as ideas rather than acted on, or when the Pins that spread most link to pages that matter less. It can also follow a change to the links or to the pages they open.',
      id: 'Pin makin sering dilihat, tapi makin sedikit orang yang keluar dari Pinterest menuju website. Ini sering terjadi saat Pin lebih banyak disimpan dan dijadikan inspirasi ketimbang ditindaklanjuti, atau saat Pin yang paling menyebar justru mengarah ke halaman yang kurang penting. Bisa juga terjadi setelah tautan atau halaman tujuannya diubah.',
    },
    question: {
      en: 'Which Pins gained the impressions, and do they link to the pages we want people to visit?',
      id: 'Pin mana yang impresinya naik, dan apakah tautannya mengarah ke halaman yang ingin kita dorong?',
    },
  },
  {
    id: 'ga4-sessions-up-engaged-sessions-down',
    platforms: ['google-analytics'],
    condition: {
      all: [
        { metric: 'sessions', change: 'up' },
        { metric: 'engaged-sessions', change: 'down' },
      ],
    },
    metrics: ['sessions', 'engaged-sessions'],
    title: { en: 'Sessions up, engaged sessions down', id: 'Sesi naik, sesi dengan engagement turun' },
    text: {
      en: 'More visits, and fewer of them engaged. This often follows a campaign or post that sent curious but poorly matched visitors, a link that lands on the wrong page, or bot and spam traffic. It can also follow a tracking change, such as a new consent banner or a tag that fires twice.',
      id: 'Kunjungan bertambah, tapi yang benar-benar engaged berkurang. Ini sering terjadi setelah kampanye atau posting yang mengirim pengunjung yang penasaran tapi kurang tertarget, tautan yang mendarat di halaman yang salah, atau traffic bot dan spam. Bisa juga terjadi setelah ada perubahan tracking, misalnya banner consent baru atau tag yang terpasang dua kali.',
    },
    question: {
      en: 'Which source or campaign brought the extra sessions, and where do those visitors land?',
      id: 'Sumber atau kampanye mana yang membawa tambahan sesi ini, dan di halaman mana pengunjung itu mendarat?',
    },
  },
  {
    id: 'ga4-sessions-up-engagement-rate-down',
    platforms: ['google-analytics'],
    condition: {
      all: [
        { metric: 'sessions', change: 'up' },
        { metric: 'ga4-engagement-rate', change: 'down' },
      ],
    },
    metrics: ['sessions', 'ga4-engagement-rate'],
    title: { en: 'Sessions up, engagement rate down', id: 'Sesi naik, rasio engagement turun' },
    text: {
      en: 'More visits, and a smaller share of them engaged. The rate can fall even while engaged sessions grow, when the new traffic is less engaged than the usual visitors, so compare it source by source before judging the site. A change to tracking or consent can move it too.',
      id: 'Kunjungan bertambah, tapi porsi yang engaged mengecil. Rasio ini bisa turun walaupun jumlah sesi dengan engagement naik, kalau traffic baru kurang engaged dibanding pengunjung biasa, jadi bandingkan per sumber traffic sebelum menilai websitenya. Perubahan tracking atau consent juga bisa menggeser angka ini.',
    },
    question: {
      en: "Which source's engagement rate fell, and is that source new this period?",
      id: 'Rasio engagement dari sumber mana yang turun, dan apakah sumber itu baru muncul di periode ini?',
    },
  },
  {
    id: 'ga4-sessions-up-key-events-down',
    platforms: ['google-analytics'],
    condition: {
      all: [
        { metric: 'sessions', change: 'up' },
        { metric: 'key-events', change: 'down' },
      ],
    },
    metrics: ['sessions', 'key-events'],
    title: { en: 'Sessions up, key events down', id: 'Sesi naik, key event turun' },
    text: {
      en: 'More visits are leading to fewer of the actions the team marked as key. This often means the new visitors came for something other than what the site asks of them, or that a form, a checkout or a tag stopped working along the way. Rule out a tracking fault before judging the campaign.',
      id: 'Kunjungan bertambah, tapi aksi yang ditandai tim sebagai key event justru berkurang. Ini sering berarti pengunjung baru datang untuk hal lain di luar yang diharapkan website, atau ada formulir, checkout, atau tag yang berhenti berfungsi di tengah jalan. Pastikan dulu bukan masalah tracking sebelum menilai kampanyenya.',
    },
    question: {
      en: 'Did anything change on the site or in its tags this period, and which sources still lead to key events?',
      id: 'Apakah ada yang berubah di website atau di tag-nya selama periode ini, dan sumber mana yang masih menghasilkan key event?',
    },
  },
];
