// Questions about the people behind the accounts: hard comments, after-hours work, speaking up.
import type { Question } from '../schema';

export const wellbeingQuestions: Question[] = [
  {
    id: 'wellbeing-hard-comments',
    theme: 'wellbeing',
    text: {
      en: 'How do you handle comments that get to you?',
      id: 'Bagaimana kamu menghadapi komentar yang terasa menyakitkan atau bikin kepikiran?',
    },
    why: {
      en: 'Social staff are the public face of the brand and take criticism and abuse first. Asking plainly tells them it is normal to be affected, and that you want to know.',
      id: 'Tim sosial adalah wajah brand di depan publik dan yang pertama menerima kritik maupun hujatan. Bertanya secara terbuka menunjukkan bahwa wajar untuk merasa terpengaruh, dan bahwa Anda ingin tahu.',
    },
    goodAnswer: {
      en: "A good answer mentions ways to step away, someone to talk to and clear rules for hiding or reporting abuse. Watch out for a quick 'I'm used to it', or a habit of reading every comment late at night.",
      id: "Jawaban yang baik menyebut cara untuk rehat sejenak, orang yang bisa diajak bicara, dan aturan jelas untuk menyembunyikan atau melaporkan komentar kasar. Waspadai jawaban cepat 'sudah biasa', atau kebiasaan membaca semua komentar sampai larut malam.",
    },
    phases: ['first-week', 'ongoing'],
    surfaces: ['inbox', 'feed'],
    platforms: [],
    metrics: ['comments'],
  },
  {
    id: 'wellbeing-after-hours',
    theme: 'wellbeing',
    text: {
      en: 'How many evenings or weekends last month did you spend checking work channels?',
      id: 'Berapa malam atau akhir pekan bulan lalu yang kamu habiskan untuk mengecek akun atau chat kerja?',
    },
    why: {
      en: 'Social never closes, and without clear limits people end up always on. Treat evenings and weekends spent on work channels as an early warning, before they turn into exhaustion.',
      id: 'Media sosial tidak pernah tutup, dan tanpa batasan yang jelas orang akhirnya selalu siaga. Anggap malam dan akhir pekan yang habis di kanal kerja sebagai peringatan dini, sebelum berubah menjadi kelelahan.',
    },
    goodAnswer: {
      en: 'A good answer describes agreed hours, a rota for anything urgent and notifications that can be switched off. Watch out if checking at night is described as normal, or if people fear blame for not checking.',
      id: 'Jawaban yang baik menggambarkan jam kerja yang disepakati, jadwal piket untuk hal mendesak, dan notifikasi yang boleh dimatikan. Waspadai jika mengecek di malam hari dianggap wajar, atau orang takut disalahkan kalau tidak mengecek.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: ['inbox'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'wellbeing-speak-up',
    theme: 'wellbeing',
    text: {
      en: 'When the work gets too much, how would you like to tell me?',
      id: 'Kalau pekerjaan mulai terasa terlalu berat, bagaimana kamu ingin menyampaikannya ke saya?',
    },
    why: {
      en: 'People rarely raise overload unprompted, especially with a new manager. Agreeing from day one on how to raise it makes it easier to do.',
      id: 'Orang jarang mengeluhkan beban kerja tanpa ditanya, apalagi kepada atasan baru. Menyepakati caranya sejak hari pertama membuat hal itu lebih mudah dilakukan.',
    },
    goodAnswer: {
      en: 'A good answer picks a way that feels safe to them: in one-to-ones, by message, or with a simple signal. Watch out if they say they would not want to bother you.',
      id: 'Jawaban yang baik memilih cara yang terasa aman bagi mereka: saat one-on-one, lewat pesan, atau dengan kode sederhana. Waspadai jika mereka bilang tidak ingin merepotkan Anda.',
    },
    phases: ['first-week'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'wellbeing-recover',
    theme: 'wellbeing',
    text: {
      en: 'What helps you recover after a heavy week?',
      id: 'Apa yang membantu kamu pulih setelah minggu yang berat?',
    },
    why: {
      en: 'Recovery is part of doing this work well for years, not a reward. Knowing what helps each person lets you offer the right thing when it matters.',
      id: 'Pemulihan adalah bagian dari menjalani pekerjaan ini dengan baik dalam jangka panjang, bukan hadiah. Dengan tahu apa yang membantu tiap orang, Anda bisa menawarkan dukungan yang tepat saat dibutuhkan.',
    },
    goodAnswer: {
      en: 'A good answer names something concrete, such as a quiet day, time away from the inbox or a change of task. Watch out if nobody can remember having time to recover after the last busy period.',
      id: 'Jawaban yang baik menyebut hal yang konkret, misalnya satu hari yang tenang, lepas sementara dari inbox, atau berganti jenis tugas. Waspadai jika tidak ada yang ingat pernah punya waktu pulih setelah masa sibuk terakhir.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'wellbeing-share-the-load',
    theme: 'wellbeing',
    text: {
      en: 'How could we share the toughest shifts, such as moderating comments during a crisis?',
      id: 'Bagaimana kita bisa berbagi giliran untuk tugas yang paling berat, misalnya moderasi komentar saat krisis?',
    },
    why: {
      en: 'Reading hostile messages for hours wears anyone down. Taking turns on the hardest work spreads the weight and keeps judgement clear.',
      id: 'Membaca pesan bernada kasar berjam-jam bisa melelahkan siapa pun. Bergiliran memegang tugas terberat membuat bebannya terbagi dan penilaian tetap jernih.',
    },
    goodAnswer: {
      en: 'A good answer proposes a rota, short shifts and a clear handover, with help from outside the team if needed. Watch out if the same person always takes the inbox when things get rough.',
      id: 'Jawaban yang baik mengusulkan jadwal bergilir, shift yang pendek, dan serah terima yang jelas, dengan bantuan dari luar tim bila perlu. Waspadai jika orang yang sama selalu memegang inbox setiap kali situasi memanas.',
    },
    phases: ['first-90-days'],
    surfaces: ['inbox'],
    platforms: [],
    metrics: ['inbox-volume'],
  },
  {
    id: 'wellbeing-moderation-rules',
    theme: 'wellbeing',
    text: {
      en: 'Do we have rules for when to hide, delete, block or report, so nobody has to decide alone?',
      id: 'Apakah kita punya aturan kapan harus menyembunyikan, menghapus, memblokir, atau melaporkan, supaya tidak ada yang harus memutuskan sendirian?',
    },
    why: {
      en: 'Deciding case by case what to do with abuse is draining, and inconsistent choices can become a story of their own. Written rules take that weight off one person.',
      id: 'Memutuskan satu per satu apa yang harus dilakukan terhadap komentar kasar itu melelahkan, dan keputusan yang tidak konsisten bisa jadi masalah tersendiri. Aturan tertulis mengangkat beban itu dari pundak satu orang.',
    },
    goodAnswer: {
      en: 'A good answer points to a short moderation policy, including what the brand never tolerates and when to involve you. Watch out if people keep abusive messages to themselves instead of passing them on.',
      id: 'Jawaban yang baik menunjuk kebijakan moderasi singkat, termasuk apa yang sama sekali tidak ditoleransi brand dan kapan harus melibatkan Anda. Waspadai jika orang memendam sendiri pesan-pesan kasar alih-alih meneruskannya.',
    },
    phases: ['first-90-days'],
    surfaces: ['inbox', 'feed'],
    platforms: [],
    metrics: ['comments'],
  },
  {
    id: 'wellbeing-credit',
    theme: 'wellbeing',
    text: {
      en: 'Which part of your work deserves more credit than it gets?',
      id: 'Bagian mana dari pekerjaan kamu yang layak mendapat apresiasi lebih dari yang selama ini diterima?',
    },
    why: {
      en: 'Social work is judged in public by strangers and rarely thanked in private. Specific recognition from you matters, and it shows what you have noticed.',
      id: 'Pekerjaan sosial dinilai di depan umum oleh orang yang tidak dikenal, tapi jarang diapresiasi secara langsung. Apresiasi yang spesifik dari Anda berarti banyak, dan menunjukkan apa yang sudah Anda perhatikan.',
    },
    goodAnswer: {
      en: 'A good answer names quiet work, such as a calm reply that stopped a complaint from growing. Watch out if people cannot remember any praise they have had.',
      id: 'Jawaban yang baik menyebut pekerjaan yang tidak kelihatan, misalnya balasan tenang yang mencegah sebuah keluhan membesar. Waspadai jika orang tidak ingat pernah menerima pujian.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'wellbeing-check-ins',
    theme: 'wellbeing',
    text: {
      en: 'How often would you like us to check in, and what should those conversations cover?',
      id: 'Seberapa sering kamu ingin kita ngobrol untuk check-in, dan apa saja yang perlu dibahas?',
    },
    why: {
      en: 'Regular check-ins catch problems while they are small. Letting each person shape them makes it more likely they will say what is really going on.',
      id: 'Check-in rutin membantu menangkap masalah selagi masih kecil. Kalau tiap orang ikut menentukan formatnya, mereka lebih mungkin menceritakan kondisi yang sebenarnya.',
    },
    goodAnswer: {
      en: 'A good answer agrees a rhythm and covers how they are doing, not only what they delivered. Watch out if check-ins turn into status updates that could have been a message.',
      id: 'Jawaban yang baik menyepakati ritmenya dan ikut membahas kondisi mereka, bukan hanya hasil kerja. Waspadai jika check-in berubah menjadi laporan status yang sebenarnya cukup dikirim lewat pesan.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
];
