// The first-week checklist: small, concrete steps a new leader can take before the first
// team meeting is over. The 30-, 60- and 90-day lists join it with the coaching library.
import type { ChecklistItem } from '../schema';

export const firstWeek: ChecklistItem[] = [
  {
    id: 'meet-each-person',
    phase: 'first-week',
    text: {
      en: 'Book a one-to-one with each person on the social team and ask what a normal week looks like.',
      id: 'Jadwalkan obrolan empat mata dengan setiap orang di tim sosial, lalu tanyakan seperti apa minggu kerja mereka.',
    },
  },
  {
    id: 'ask-about-audience',
    phase: 'first-week',
    text: {
      en: 'Ask who the audience is, and how the team found out.',
      id: 'Tanyakan siapa audiensnya dan dari mana tim mengetahuinya.',
    },
  },
  {
    id: 'list-platforms',
    phase: 'first-week',
    text: {
      en: 'List every platform the team runs, and ask why each one earns its place.',
      id: 'Catat semua platform yang dikelola tim, lalu tanyakan alasan masing-masing tetap dipakai.',
    },
  },
  {
    id: 'collect-metric-definitions',
    phase: 'first-week',
    text: {
      en: 'Take the latest report and ask for the exact definition of each metric in it.',
      id: 'Ambil laporan terbaru, lalu minta definisi persis dari setiap metrik di dalamnya.',
    },
  },
  {
    id: 'open-analytics-with-coach',
    phase: 'first-week',
    text: {
      en: "Open each platform's analytics with Sidecoach beside you and note what surprises you.",
      id: 'Buka analytics setiap platform dengan Sidecoach di samping, lalu catat apa yang mengejutkan Anda.',
    },
  },
  {
    id: 'invite-speaking-up',
    phase: 'first-week',
    text: {
      en: 'Tell the team plainly that they can come to you when the work or the comments get heavy.',
      id: 'Sampaikan dengan jelas bahwa tim boleh datang kepada Anda saat pekerjaan atau komentar terasa berat.',
    },
  },
];
