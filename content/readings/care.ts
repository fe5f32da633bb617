// Readings on community care: replies that take longer than the platform's own bar, and an
// inbox that grows faster than the people answering it.
import type { LocalizedText, ReadingRule } from '../schema';
import { veryResponsive } from './thresholds';

/** Where the badge's thresholds come from. Said on both rules that use them. */
const badgeBasis: LocalizedText = {
  en: "Meta's help page \"Learn how Facebook Pages get the 'Very responsive to messages' badge\" (read 2026-12-01) says a Page needs both a response rate of 90% and a response time of 15 minutes over the last 7 days. Its address could not be confirmed, and older copies of the page gave a shorter time, so check the current wording in Meta Business Suite.",
  id: 'Halaman bantuan Meta "Learn how Facebook Pages get the \'Very responsive to messages\' badge" (dibaca 2026-12-01) menyebut sebuah Halaman butuh tingkat respons 90% dan waktu respons 15 menit, keduanya dalam 7 hari terakhir. Alamat resminya tidak bisa dipastikan, dan salinan lama halaman itu menyebut waktu yang lebih singkat, jadi cek penjelasan terbarunya di Meta Business Suite.',
};

export const careReadings: ReadingRule[] = [
  {
    id: 'response-time-above-very-responsive',
    platforms: ['meta-business-suite'],
    condition: { metric: 'response-time', above: veryResponsive.responseTime },
    metrics: ['response-time'],
    title: { en: 'Response time above 15 minutes', id: 'Waktu respons lebih dari 15 menit' },
    text: {
      en: 'Facebook\'s "Very responsive to messages" badge asks for a response time of 15 minutes or less, with a response rate of at least 90%. A longer time often reflects cover rather than effort: messages that arrive in the evening, at the weekend or during a busy launch tend to wait longest. The figure on screen can cover a different span than the badge\'s 7 days, so take it as a prompt, not a verdict.',
      id: 'Lencana "Very responsive to messages" di Facebook mensyaratkan waktu respons 15 menit atau kurang, dengan tingkat respons minimal 90%. Waktu yang lebih lama sering mencerminkan soal jadwal jaga, bukan soal usaha: pesan yang masuk malam hari, akhir pekan, atau saat launching yang sibuk biasanya menunggu paling lama. Periode angka di layar bisa berbeda dengan 7 hari yang dipakai lencana, jadi anggap ini bahan obrolan, bukan vonis.',
    },
    question: {
      en: 'When do the slowest replies happen, and who covers the inbox at those hours?',
      id: 'Kapan balasan paling lambat terjadi, dan siapa yang jaga inbox di jam-jam itu?',
    },
    basis: badgeBasis,
  },
  {
    id: 'response-rate-below-very-responsive',
    platforms: ['meta-business-suite'],
    condition: { metric: 'response-rate', below: veryResponsive.responseRate },
    metrics: ['response-rate'],
    title: { en: 'Response rate below 90%', id: 'Tingkat respons di bawah 90%' },
    text: {
      en: "The same badge asks for a response rate of at least 90%. A lower rate often means some messages arrive outside anyone's hours, or that the team answers comments while private messages slip through. Automated replies may or may not count, depending on how Meta treats them, so check that before drawing conclusions.",
      id: 'Lencana yang sama mensyaratkan tingkat respons minimal 90%. Angka yang lebih rendah sering berarti ada pesan yang masuk di luar jam jaga siapa pun, atau tim rajin membalas komentar sementara pesan pribadi terlewat. Balasan otomatis bisa dihitung atau tidak, tergantung aturan Meta, jadi cek dulu sebelum menyimpulkan.',
    },
    question: {
      en: 'Which messages go unanswered, and have we agreed which ones we promise to answer?',
      id: 'Pesan mana yang tidak terjawab, dan apakah kita sudah sepakat pesan mana saja yang wajib dibalas?',
    },
    basis: badgeBasis,
  },
  {
    id: 'inbox-volume-up-response-time-up',
    platforms: ['sprout-social'],
    condition: {
      all: [
        { metric: 'inbox-volume', change: 'up' },
        { metric: 'response-time', change: 'up' },
      ],
    },
    metrics: ['inbox-volume', 'response-time'],
    title: { en: 'Inbox volume up, response time up', id: 'Volume inbox naik, waktu respons naik' },
    text: {
      en: 'More messages are arriving and each waits longer for a reply. This often means the same people are carrying more work, not that they are trying less. It can be a short spike from a launch or an issue, or a lasting shift that needs more hands, saved replies or clearer rules on what gets an answer.',
      id: 'Pesan yang masuk bertambah, dan tiap pesan menunggu balasan lebih lama. Ini sering berarti orang yang sama memikul beban kerja lebih berat, bukan karena mereka kurang berusaha. Bisa jadi ini lonjakan sesaat karena launching atau isu tertentu, atau perubahan yang menetap dan butuh tambahan orang, template balasan, atau aturan yang lebih jelas soal pesan mana yang dijawab.',
    },
    question: {
      en: 'What is bringing the extra messages, and how is the person on the inbox holding up?',
      id: 'Apa yang membuat pesan masuk bertambah, dan bagaimana kondisi orang yang pegang inbox?',
    },
  },
];
