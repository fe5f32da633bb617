// The first 60 days: set goals with the team, agree what the numbers mean, and start
// bringing the team's knowledge into the rest of the company.
import type { ChecklistItem } from '../schema';

export const first60Days: ChecklistItem[] = [
  {
    id: 'set-goals-together',
    phase: 'first-60-days',
    text: {
      en: 'Agree goals with the team: bring the company goals, let them bring what they know about the audience, and decide together which goal each platform serves.',
      id: 'Tetapkan tujuan bersama tim: Anda membawa tujuan perusahaan, mereka membawa pemahaman tentang audiens, lalu putuskan bersama tujuan mana yang dilayani tiap platform.',
    },
    question: 'goals-business-link',
  },
  {
    id: 'agree-engagement-definition',
    phase: 'first-60-days',
    text: {
      en: 'Agree one written definition of engagement rate, including what it is divided by, and use it in every report.',
      id: 'Sepakati satu definisi tertulis untuk engagement rate, termasuk angka pembaginya, lalu pakai definisi itu di setiap laporan.',
    },
    question: 'definitions-engagement',
  },
  {
    id: 'note-video-view-rules',
    phase: 'first-60-days',
    text: {
      en: 'Write down how each platform you report on counts a video view, as a note on the metric, before comparing views across platforms.',
      id: 'Catat cara setiap platform yang dilaporkan menghitung satu tayangan video, sebagai catatan di metriknya, sebelum membandingkan tayangan antarplatform.',
    },
    question: 'definitions-video-view',
  },
  {
    id: 'trace-social-traffic',
    phase: 'first-60-days',
    text: {
      en: 'Open Google Analytics with Sidecoach beside you, to find where visits from social show up and which key events they lead to.',
      id: 'Buka Google Analytics dengan Sidecoach di samping Anda, untuk mencari di mana kunjungan dari media sosial tercatat dan key event apa yang dihasilkannya.',
    },
    surface: { kind: 'analytics', platform: 'google-analytics' },
    autoTick: { kind: 'visited', surface: 'analytics', platform: 'google-analytics', count: 1 },
  },
  {
    id: 'pick-source-of-truth',
    phase: 'first-60-days',
    text: {
      en: 'Decide with the team which tool is the source of truth when two dashboards show different numbers, and write it down.',
      id: 'Putuskan bersama tim tool mana yang menjadi acuan ketika dua dashboard menunjukkan angka berbeda, lalu tuliskan keputusannya.',
    },
    question: 'data-single-source',
  },
  {
    id: 'bring-them-into-other-meetings',
    phase: 'first-60-days',
    text: {
      en: 'Bring someone from the social team into a meeting with another department to share what the audience is saying.',
      id: 'Ajak salah satu anggota tim sosial ke rapat dengan departemen lain untuk membagikan apa yang sedang dibicarakan audiens.',
    },
  },
  {
    id: 'coach-a-business-case',
    phase: 'first-60-days',
    text: {
      en: 'Help one person write a short business case for something the team needs, such as a listening tool or a way to measure return.',
      id: 'Bantu satu orang menyusun business case singkat untuk kebutuhan tim, misalnya tool social listening atau cara mengukur ROI.',
    },
    question: 'goals-roi',
  },
  {
    id: 'ask-which-platform-to-stop',
    phase: 'first-60-days',
    text: {
      en: 'Ask which platform the team would stop first, and what that time could go to instead.',
      id: 'Tanyakan platform mana yang pertama kali akan dihentikan tim, dan untuk apa waktu yang terbebas itu bisa dipakai.',
    },
    question: 'platforms-stop',
  },
  {
    id: 'check-the-voice-guide',
    phase: 'first-60-days',
    text: {
      en: 'Read the written brand voice guide with the team, or agree to write one, and settle who has the final word on tone.',
      id: 'Baca panduan brand voice bersama tim, atau sepakati untuk membuatnya, lalu tentukan siapa yang punya keputusan akhir soal gaya bahasa.',
    },
    question: 'voice-guide',
  },
  {
    id: 'run-first-retro',
    phase: 'first-60-days',
    text: {
      en: 'Run your first team retro: what worked, what did not, and what you will change next.',
      id: 'Adakan retro tim pertama Anda: apa yang sudah berhasil, apa yang belum, dan apa yang akan diubah berikutnya.',
    },
    question: 'learning-retro',
  },
];
