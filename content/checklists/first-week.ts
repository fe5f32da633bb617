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
      en: 'Write the exact definition of a metric from the latest report as a note on that metric, in the words the team uses.',
      id: 'Tulis definisi persis salah satu metrik dari laporan terbaru sebagai catatan di metrik itu, dengan istilah yang dipakai tim.',
    },
    question: 'definitions-engagement',
    autoTick: { kind: 'metric-note', count: 1 },
  },
  {
    id: 'open-analytics-with-coach',
    phase: 'first-week',
    text: {
      en: 'Open the analytics of three platforms with Sidecoach beside you, to see how each one counts its numbers.',
      id: 'Buka analytics tiga platform dengan Sidecoach di samping Anda, untuk melihat cara masing-masing menghitung angkanya.',
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
      en: "Open the team's inbox with Sidecoach beside you, to see what the team answers for the brand every day.",
      id: 'Buka inbox tim dengan Sidecoach di samping Anda, untuk melihat apa saja yang dijawab tim atas nama brand setiap hari.',
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
      en: 'Start your team roster in Sidecoach: add the first person, with the platforms they run.',
      id: 'Mulai daftar tim Anda di Sidecoach: tambahkan orang pertama beserta platform yang mereka kelola.',
    },
    autoTick: { kind: 'team-member', count: 1 },
  },
  {
    id: 'save-first-questions',
    phase: 'first-week',
    text: {
      en: "Save three questions for your first 1:1s: the ones that would teach you most about the team's work.",
      id: 'Simpan tiga pertanyaan untuk 1:1 pertama Anda: pertanyaan yang paling membantu Anda memahami pekerjaan tim.',
    },
    autoTick: { kind: 'saved-question', count: 3 },
  },
  {
    id: 'admit-what-you-do-not-know',
    phase: 'first-week',
    text: {
      en: 'Tell the team openly which parts of social you are still learning, and ask them to teach you.',
      id: 'Sampaikan terus terang kepada tim bagian mana dari media sosial yang masih Anda pelajari, dan minta mereka mengajari Anda.',
    },
  },
];
