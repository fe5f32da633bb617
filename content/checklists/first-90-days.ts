// The first 90 days: turn what you learned into habits, a better report, and a lighter load.
import type { ChecklistItem } from '../schema';

export const first90Days: ChecklistItem[] = [
  {
    id: 'report-against-goals',
    phase: 'first-90-days',
    text: {
      en: 'Reshape the regular report so each number sits next to the goal it shows progress on, and say plainly what it cannot show.',
      id: 'Rapikan laporan rutin supaya setiap angka berada di samping tujuan yang diukurnya, dan jelaskan terus terang apa yang tidak bisa ditunjukkan angka itu.',
    },
    question: 'goals-roi',
  },
  {
    id: 'test-the-crisis-plan',
    phase: 'first-90-days',
    text: {
      en: 'Walk through the crisis plan with the team using a made-up scenario, and fix the gaps you find.',
      id: 'Uji rencana krisis bersama tim dengan skenario rekaan, lalu perbaiki celah yang ditemukan.',
    },
    question: 'crisis-playbook',
  },
  {
    id: 'review-hard-comments-support',
    phase: 'first-90-days',
    text: {
      en: 'Review how the team handles hurtful comments: moderation rules, who takes turns, and what support they can ask for.',
      id: 'Tinjau cara tim menghadapi komentar yang menyakitkan: aturan moderasi, pembagian giliran, dan dukungan apa yang bisa mereka minta.',
    },
    question: 'wellbeing-hard-comments',
    surface: { kind: 'inbox' },
  },
  {
    id: 'repeat-the-workload-map',
    phase: 'first-90-days',
    text: {
      en: 'Repeat the workload map from your first month, compare the two, and remove one inefficiency the team names.',
      id: 'Ulangi pemetaan beban kerja dari bulan pertama, bandingkan hasilnya, lalu hilangkan satu inefisiensi yang disebut tim.',
    },
    question: 'workload-normal-week',
  },
  {
    id: 'plan-for-the-hats',
    phase: 'first-90-days',
    text: {
      en: 'Turn the hats map into a plan: for each overloaded person, decide which job gets budget, training or help from another team.',
      id: 'Ubah peta peran menjadi rencana: untuk setiap orang yang kewalahan, putuskan peran mana yang mendapat anggaran, pelatihan, atau bantuan dari tim lain.',
    },
    question: 'workload-hats',
  },
  {
    id: 'share-of-voice-baseline',
    phase: 'first-90-days',
    text: {
      en: 'Agree which competitors and topics to compare against, and record where the brand stands in the conversation today.',
      id: 'Sepakati kompetitor dan topik apa yang dijadikan pembanding, lalu catat posisi brand dalam percakapan saat ini.',
    },
    question: 'voice-share-of-voice',
  },
  {
    id: 'take-a-recommendation-up',
    phase: 'first-90-days',
    text: {
      en: 'Ask the team for one recommendation backed by social data, and present it to leadership with their names on it.',
      id: 'Minta tim menyiapkan satu rekomendasi yang didukung data sosial, lalu bawa ke pimpinan dengan mencantumkan nama mereka.',
    },
  },
  {
    id: 'set-the-retro-rhythm',
    phase: 'first-90-days',
    text: {
      en: 'Put the team retro in the calendar at a regular rhythm, so looking back becomes a habit rather than a reaction.',
      id: 'Masukkan retro tim ke kalender secara rutin, supaya evaluasi menjadi kebiasaan, bukan sekadar reaksi saat ada masalah.',
    },
    question: 'learning-retro',
  },
  {
    id: 'make-time-for-learning',
    phase: 'first-90-days',
    text: {
      en: 'Ask where each person learns about platform changes, and give the team a set time each week to keep up.',
      id: 'Tanyakan dari mana setiap orang mengikuti perubahan platform, lalu beri tim waktu khusus setiap minggu untuk mengikutinya.',
    },
    question: 'learning-sources',
  },
  {
    id: 'ninety-day-one-to-ones',
    phase: 'first-90-days',
    text: {
      en: 'Save five questions for a round of 1:1s at the 90-day mark, such as what got easier since you arrived and what still gets in the way.',
      id: 'Simpan lima pertanyaan untuk satu putaran 1:1 di hari ke-90, misalnya apa yang terasa lebih mudah sejak Anda bergabung dan apa yang masih menghambat.',
    },
    autoTick: { kind: 'saved-question', count: 5 },
  },
];
