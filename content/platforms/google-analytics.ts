// Google Analytics 4 on analytics.google.com. The app lives at /analytics/web/ and routes by
// the fragment: #/p<property>/reports/..., #/p<property>/realtime/..., #/analysis/... for
// Explorations. Admin pages (#/a<account>p<property>/admin/...) have no surface.
import { platformHosts } from '../hosts';
import type { Platform } from '../schema';

const app = /^\/analytics\/web\/?$/;

export const googleAnalytics: Platform = {
  id: 'google-analytics',
  name: { en: 'Google Analytics 4', id: 'Google Analytics 4' },
  /** Where a leader finds this platform's analytics (the first-run links go here). */
  start: 'https://analytics.google.com/analytics/web/',
  hosts: [...platformHosts['google-analytics']],
  surfaces: [
    {
      id: 'home',
      kind: 'analytics',
      name: { en: 'Home', id: 'Beranda' },
      summary: {
        en: "The property's home: a few headline numbers about visitors and what they did on the site.",
        id: 'Beranda properti: beberapa angka utama tentang pengunjung dan apa yang mereka lakukan di situs.',
      },
      rules: [
        { path: app, hash: /^\/(?:a\d+)?p\d+\/reports\/(?:intelligenthome|defaulthome)(?:[/?]|$)/ },
        { path: app, hash: /^\/(?:a\d+)?p\d+\/?(?:\?|$)/ },
      ],
      examples: [
        'https://analytics.google.com/analytics/web/#/p123456789/reports/intelligenthome',
        'https://analytics.google.com/analytics/web/#/p123456789/reports/intelligenthome?params=_u..nav%3Dmaui',
        'https://analytics.google.com/analytics/web/#/p123456789',
      ],
    },
    {
      id: 'realtime',
      kind: 'analytics',
      name: { en: 'Realtime', id: 'Realtime' },
      summary: {
        en: 'Who is on the site right now and what they are doing, for example just after a post goes out.',
        id: 'Siapa yang sedang ada di situs saat ini dan apa yang mereka lakukan, misalnya tepat setelah sebuah postingan terbit.',
      },
      rules: [{ path: app, hash: /^\/(?:a\d+)?p\d+\/realtime(?:[/?]|$)/ }],
      examples: [
        'https://analytics.google.com/analytics/web/#/p123456789/realtime/overview',
        'https://analytics.google.com/analytics/web/#/p123456789/realtime/overview?params=_u..nav%3Dmaui',
      ],
    },
    {
      id: 'explorations',
      kind: 'analytics',
      name: { en: 'Explorations', id: 'Eksplorasi' },
      summary: {
        en: 'Custom analyses someone built, such as funnels (where people drop off step by step), paths or segments side by side.',
        id: 'Analisis khusus yang dibuat seseorang, misalnya funnel (di langkah mana orang berhenti), jalur, atau segmen yang dibandingkan berdampingan.',
      },
      rules: [{ path: app, hash: /^\/analysis\/(?:a\d+)?p\d+(?:[/?]|$)/ }],
      examples: [
        'https://analytics.google.com/analytics/web/#/analysis/p123456789',
        'https://analytics.google.com/analytics/web/#/analysis/a12345678p123456789/edit/AbCdEfGhIjKlMnOpQrStUv',
      ],
    },
    {
      id: 'reports',
      kind: 'analytics',
      name: { en: 'Reports', id: 'Laporan' },
      summary: {
        en: 'Standard reports: where visitors came from, which pages they viewed and which key events (the actions counted as goals) they completed.',
        id: 'Laporan standar: dari mana pengunjung datang, halaman apa yang dilihat, dan key event (aksi yang dihitung sebagai tujuan) apa yang mereka selesaikan.',
      },
      rules: [{ path: app, hash: /^\/(?:a\d+)?p\d+\/reports(?:[/?]|$)/ }],
      examples: [
        'https://analytics.google.com/analytics/web/#/p123456789/reports/reportinghub',
        'https://analytics.google.com/analytics/web/#/p123456789/reports/explorer?params=_u..nav%3Dmaui&r=all-pages-and-screens',
      ],
    },
  ],
};
