// The first-week checklist: small, concrete steps a new leader can take before the first
// team meeting is over. The 30-, 60- and 90-day lists join it in `index.ts`.
import type { ChecklistItem } from '../schema';

export const firstWeek: ChecklistItem[] = [
  {
    id: 'meet-each-person',
    phase: 'first-week',
    text: {
      en: 'Book a one-to-one with each person on the social team and ask what a normal week looks like.',
      id: 'Jadwalkan 1:1 dengan setiap orang di tim sosial, lalu tanyakan seperti apa minggu kerja mereka biasanya.',
    },
    question: 'workload-normal-week',
  },
  {
    id: 'ask-about-audience',
    phase: 'first-week',
    text: {
      en: 'Ask who the audience is, and how the team found out.',
      id: 'Tanyakan siapa audiensnya dan dari mana tim mengetahuinya.',
    },
    question: 'audience-who',
  },
  {
    id: 'list-platforms',
    phase: 'first-week',
    text: {
      en: 'List every platform the team runs, and ask why each one earns its place.',
      id: 'Catat semua platform yang dikelola tim, lalu tanyakan alasan masing-masing layak dipertahankan.',
    },
    question: 'platforms-why-each',
  },
  {
    id: 'collect-metric-definitions',
    phase: 'first-week',
    text: {
      en: 'Take the latest report, ask for the exact definition of each metric in it, and write the answers down as notes on the metrics.',
      id: 'Ambil laporan terbaru, minta definisi persis setiap metrik di dalamnya, lalu simpan jawabannya sebagai catatan di metrik tersebut.',
    },
    question: 'definitions-engagement',
    autoTick: { kind: 'metric-note', count: 1 },
  },
  {
    id: 'open-analytics-with-coach',
    phase: 'first-week',
    text: {
      en: 'Open the analytics of at least three platforms with Sidecoach beside you, and note what surprises you.',
      id: 'Buka analytics minimal tiga platform dengan Sidecoach di samping, lalu catat apa saja yang mengejutkan Anda.',
    },
    surface: { kind: 'analytics' },
    autoTick: { kind: 'visited', surface: 'analytics', count: 3 },
  },
  {
    id: 'invite-speaking-up',
    phase: 'first-week',
    text: {
      en: 'Tell the team plainly that they can come to you when the work or the comments get heavy.',
      id: 'Sampaikan dengan jelas bahwa tim boleh datang kepada Anda saat pekerjaan atau komentar terasa berat.',
    },
    question: 'wellbeing-hard-comments',
  },
  {
    id: 'read-the-inbox',
    phase: 'first-week',
    text: {
      en: "Open the team's inbox and read a day's worth of messages and comments, to see what the team answers for the brand.",
      id: 'Buka inbox tim dan baca pesan serta komentar yang masuk dalam sehari, supaya Anda tahu apa saja yang dijawab tim atas nama brand.',
    },
    surface: { kind: 'inbox' },
    autoTick: { kind: 'visited', surface: 'inbox', count: 1 },
  },
  {
    id: 'find-where-numbers-live',
    phase: 'first-week',
    text: {
      en: 'Find out where the numbers live, who pulls them, and how often a report goes out.',
      id: 'Cari tahu di mana data disimpan, siapa yang menariknya, dan seberapa sering laporan dikirim.',
    },
    question: 'data-where-reports',
  },
  {
    id: 'start-team-roster',
    phase: 'first-week',
    text: {
      en: 'Start your team roster in Sidecoach: add each person and the jobs they told you they do.',
      id: 'Mulai daftar tim Anda di Sidecoach: tambahkan setiap orang beserta pekerjaan yang mereka ceritakan.',
    },
    autoTick: { kind: 'team-member', count: 1 },
  },
  {
    id: 'save-first-questions',
    phase: 'first-week',
    text: {
      en: 'Save three questions you want to ask in your next 1:1s, and admit openly what you do not know yet.',
      id: 'Simpan tiga pertanyaan untuk 1:1 berikutnya, dan akui terus terang hal-hal yang belum Anda pahami.',
    },
    autoTick: { kind: 'saved-question', count: 3 },
  },
];
