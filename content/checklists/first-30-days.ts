// The first 30 days: learn how the work really runs, day to day, before changing any of it.
import type { ChecklistItem } from '../schema';

export const first30Days: ChecklistItem[] = [
  {
    id: 'map-the-workload',
    phase: 'first-30-days',
    text: {
      en: 'Ask each person to map a normal week: inbox time, writing and scheduling posts, analysis and reporting, meetings.',
      id: 'Minta setiap orang memetakan minggu kerja biasanya: waktu di inbox, menulis dan menjadwalkan posting, analisis dan laporan, juga rapat.',
    },
    question: 'workload-normal-week',
  },
  {
    id: 'map-the-hats',
    phase: 'first-30-days',
    text: {
      en: 'List the hats each person wears, from content creator to ad buyer, including the jobs nobody sees.',
      id: 'Catat peran yang dijalani setiap orang, dari kreator konten sampai pembeli iklan (media buyer), termasuk pekerjaan yang tidak terlihat.',
    },
    question: 'workload-hats',
  },
  {
    id: 'walk-through-page-analytics',
    phase: 'first-30-days',
    text: {
      en: "If the brand has a LinkedIn Page, ask the person who runs it to walk you through the Page's analytics, and write down how they read each number.",
      id: 'Jika brand punya Halaman LinkedIn, minta pengelolanya menjelaskan analytics Halaman itu kepada Anda, lalu catat cara mereka membaca setiap angka.',
    },
    surface: { kind: 'analytics', platform: 'linkedin' },
  },
  {
    id: 'look-at-the-profiles',
    phase: 'first-30-days',
    text: {
      en: "Look at the brand's profile on three main platforms as a new follower would: what does each one say about the brand?",
      id: 'Lihat profil brand di tiga platform utama dari sudut pandang pengikut baru: kesan apa yang ditampilkan masing-masing tentang brand?',
    },
    surface: { kind: 'profile' },
    autoTick: { kind: 'visited', surface: 'profile', count: 3 },
  },
  {
    id: 'sit-with-the-inbox',
    phase: 'first-30-days',
    text: {
      en: 'Spend an hour beside whoever is on inbox duty and watch how they decide what to answer, hide or escalate.',
      id: 'Temani orang yang sedang berjaga di inbox selama satu jam, dan perhatikan cara mereka memutuskan pesan mana yang dibalas, disembunyikan, atau diteruskan.',
    },
    surface: { kind: 'inbox' },
  },
  {
    id: 'review-the-publishing-tool',
    phase: 'first-30-days',
    text: {
      en: 'Open the tool the team publishes from, to see how a post goes from draft to live.',
      id: 'Buka tool yang dipakai tim untuk posting, untuk melihat perjalanan sebuah posting dari draf sampai tayang.',
    },
    question: 'tools-stack',
    surface: { kind: 'publishing' },
    autoTick: { kind: 'visited', surface: 'publishing', count: 1 },
  },
  {
    id: 'learn-the-ads-account',
    phase: 'first-30-days',
    text: {
      en: 'If the team runs paid social, open the ads account and look at what each campaign counts as a "result".',
      id: 'Jika tim menjalankan iklan berbayar, buka akun iklannya dan lihat apa yang dihitung sebagai "hasil" di setiap kampanye.',
    },
    surface: { kind: 'ads' },
    autoTick: { kind: 'visited', surface: 'ads', count: 1 },
  },
  {
    id: 'learn-the-escalation-path',
    phase: 'first-30-days',
    text: {
      en: 'Ask who the team calls when a post blows up out of hours, and make sure your own number is on that list.',
      id: 'Tanyakan siapa yang dihubungi tim ketika sebuah posting ramai di luar jam kerja, dan pastikan nomor Anda ada di daftar itu.',
    },
    question: 'crisis-escalation',
  },
  {
    id: 'agree-after-hours-rules',
    phase: 'first-30-days',
    text: {
      en: 'Agree with the team what needs a reply out of hours and what can wait until morning, and who is on call when.',
      id: 'Sepakati bersama tim apa yang perlu dibalas di luar jam kerja, apa yang bisa menunggu sampai pagi, dan siapa yang berjaga kapan.',
    },
    question: 'wellbeing-after-hours',
  },
];
