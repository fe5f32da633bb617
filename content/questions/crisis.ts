// Questions about what happens when something goes wrong in public, and who carries it.
import type { Question } from '../schema';

export const crisisQuestions: Question[] = [
  {
    id: 'crisis-escalation',
    theme: 'crisis',
    text: {
      en: 'If a post blows up outside working hours, who do you call?',
      id: 'Kalau ada posting yang tiba-tiba ramai dikritik di luar jam kerja, siapa yang kamu hubungi?',
    },
    why: {
      en: 'Crises do not keep office hours, and the person holding the phone should never have to decide alone. A clear escalation path protects both the brand and them.',
      id: 'Krisis tidak mengenal jam kantor, dan orang yang sedang memegang akun tidak seharusnya memutuskan sendirian. Alur eskalasi yang jelas melindungi brand sekaligus orang itu.',
    },
    goodAnswer: {
      en: "A good answer names people in order, with numbers that work, and says who can approve a public reply or pause posts. Watch out if the answer is 'I would figure it out' or 'I would message you and wait'.",
      id: "Jawaban yang baik menyebut urutan orang yang dihubungi, dengan nomor yang aktif, serta siapa yang berwenang menyetujui balasan publik atau menghentikan posting. Waspadai jika jawabannya 'nanti saya cari cara' atau 'saya kirim pesan lalu menunggu'.",
    },
    phases: ['first-week'],
    surfaces: ['inbox', 'feed'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'crisis-playbook',
    theme: 'crisis',
    text: {
      en: 'Do we have a written crisis plan, and when did we last test it?',
      id: 'Apakah kita punya rencana krisis tertulis, dan kapan terakhir kali kita mengujinya?',
    },
    why: {
      en: 'A plan written once and never rehearsed tends to fail when it is needed. Testing it shows whether contacts, logins and approvals still work.',
      id: 'Rencana yang ditulis sekali dan tidak pernah dilatih biasanya gagal saat benar-benar dibutuhkan. Menguji rencana itu menunjukkan apakah kontak, login, dan alur persetujuannya masih berjalan.',
    },
    goodAnswer: {
      en: 'A good answer points to a short, current document with roles, holding statements and contacts, and a recent practice run. Watch out if the plan exists but still names people who have left.',
      id: 'Jawaban yang baik menunjuk dokumen singkat yang mutakhir, berisi peran, holding statement, dan daftar kontak, serta latihan yang belum lama dilakukan. Waspadai jika rencananya ada, tapi masih mencantumkan orang yang sudah keluar.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'crisis-early-signs',
    theme: 'crisis',
    text: {
      en: 'What usually tells you early that something is starting to go wrong?',
      id: 'Biasanya apa tanda awal yang memberi tahu kamu bahwa sesuatu mulai tidak beres?',
    },
    why: {
      en: 'The team often senses trouble before any dashboard shows it: a change of tone in comments, a rise in mentions, a flood of messages. Naming these signs lets you act sooner.',
      id: 'Tim sering merasakan masalah sebelum dashboard mana pun menunjukkannya: nada komentar yang berubah, mention yang naik, atau pesan yang tiba-tiba membanjir. Dengan menyebut tanda-tanda ini, Anda bisa bertindak lebih cepat.',
    },
    goodAnswer: {
      en: 'A good answer names specific signals and what the team does when it sees them, such as alerts in a listening tool. Watch out if trouble is usually spotted first by someone senior.',
      id: 'Jawaban yang baik menyebut sinyal yang spesifik dan langkah yang diambil tim saat melihatnya, misalnya alert di tool listening. Waspadai jika masalah biasanya justru pertama kali disadari oleh pimpinan.',
    },
    phases: ['first-90-days'],
    surfaces: ['inbox', 'analytics'],
    platforms: [],
    metrics: ['mentions', 'sentiment', 'comments', 'inbox-volume'],
  },
  {
    id: 'crisis-pause',
    theme: 'crisis',
    text: {
      en: 'How fast can we pause scheduled posts and running ads, and who can do it?',
      id: 'Seberapa cepat kita bisa menghentikan sementara posting terjadwal dan iklan yang sedang berjalan, dan siapa yang bisa melakukannya?',
    },
    why: {
      en: 'A cheerful scheduled post in the middle of bad news can turn a problem into a crisis. Pausing everything should take minutes, not a search for logins.',
      id: 'Posting ceria yang terjadwal di tengah kabar buruk bisa mengubah masalah menjadi krisis. Menghentikan semuanya seharusnya hanya butuh hitungan menit, bukan sibuk mencari login.',
    },
    goodAnswer: {
      en: 'A good answer names every place where content is scheduled, ads included, and two people with access who know the steps. Watch out if posts are scheduled in several tools and nobody holds the full list.',
      id: 'Jawaban yang baik menyebut di mana saja konten terjadwal berada, termasuk iklan, serta dua orang yang punya akses dan tahu langkahnya. Waspadai jika posting dijadwalkan di beberapa tool tanpa ada yang memegang daftar lengkapnya.',
    },
    phases: ['first-90-days'],
    surfaces: ['publishing', 'ads'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'crisis-sign-off',
    theme: 'crisis',
    text: {
      en: 'When we need to reply fast, who signs off, and how do we avoid waiting on people?',
      id: 'Saat kita harus merespons cepat, siapa yang memberi persetujuan, dan bagaimana supaya kita tidak tertahan menunggu?',
    },
    why: {
      en: 'When things move fast, silence is also a message. Holding lines agreed in advance and a short approval chain let the team speak within minutes.',
      id: 'Dalam situasi yang bergerak cepat, diam pun dianggap sebagai pesan. Kalimat sementara yang sudah disepakati dan rantai persetujuan yang pendek membuat tim bisa merespons dalam hitungan menit.',
    },
    goodAnswer: {
      en: 'A good answer names one or two approvers with backups, and some wording approved in advance. Watch out if every word needs legal and several executives, with no deadline for their answer.',
      id: 'Jawaban yang baik menyebut satu atau dua pemberi persetujuan beserta penggantinya, dan beberapa kalimat yang sudah disetujui sebelumnya. Waspadai jika setiap kata harus melewati tim legal dan beberapa direktur tanpa batas waktu jawaban.',
    },
    phases: ['first-90-days'],
    surfaces: ['inbox', 'publishing'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'crisis-in-the-room',
    theme: 'crisis',
    text: {
      en: 'When the company makes a hard decision, how early are you brought in?',
      id: 'Saat perusahaan mengambil keputusan sulit, seberapa awal kamu dilibatkan?',
    },
    why: {
      en: 'The social team knows better than most how customers and fans will react, and they face the reaction first. Bringing them in early improves the decision and spares them surprises.',
      id: 'Tim sosial sangat paham bagaimana pelanggan dan penggemar akan bereaksi, dan merekalah yang pertama menghadapi reaksinya. Melibatkan mereka sejak awal membuat keputusan lebih matang dan mencegah mereka dikejutkan.',
    },
    goodAnswer: {
      en: 'A good answer describes being involved before the announcement, with time to prepare replies. Watch out if the team learns about decisions at the same moment as the public.',
      id: 'Jawaban yang baik menggambarkan pelibatan tim sebelum pengumuman, dengan waktu untuk menyiapkan balasan. Waspadai jika tim baru tahu soal keputusan itu bersamaan dengan publik.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'crisis-speak-or-stay-quiet',
    theme: 'crisis',
    text: {
      en: 'How do we decide whether to speak about a public event or stay quiet?',
      id: 'Bagaimana kita memutuskan untuk bersuara soal peristiwa publik atau memilih diam?',
    },
    why: {
      en: 'In times of unrest, both posting and silence get noticed. A way of deciding agreed calmly in advance keeps the team from guessing under pressure.',
      id: 'Di masa penuh gejolak, posting maupun diam sama-sama diperhatikan orang. Cara memutuskan yang disepakati dengan tenang sejak awal membuat tim tidak perlu menebak-nebak saat tertekan.',
    },
    goodAnswer: {
      en: "A good answer refers to the brand's values, to actions that back up any words, and to who takes the final decision. Watch out if statements go out without checking that the company's actions match them.",
      id: 'Jawaban yang baik merujuk pada nilai brand, tindakan nyata di balik kata-kata, dan siapa yang mengambil keputusan akhir. Waspadai jika pernyataan dibuat tanpa memastikan tindakan perusahaan sejalan dengannya.',
    },
    phases: ['first-90-days'],
    surfaces: ['feed', 'publishing'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'crisis-after',
    theme: 'crisis',
    text: {
      en: 'After the last difficult moment, what did we change?',
      id: 'Setelah momen sulit yang terakhir, apa yang kita ubah?',
    },
    why: {
      en: 'Every rough episode teaches something about tools, approvals and people. A short review afterwards turns a bad week into a better plan.',
      id: 'Setiap kejadian berat memberi pelajaran soal tool, alur persetujuan, dan orang-orangnya. Evaluasi singkat sesudahnya mengubah minggu yang buruk menjadi rencana yang lebih baik.',
    },
    goodAnswer: {
      en: 'A good answer names one or two changes that were actually made, and how the people involved were supported afterwards. Watch out if everything went back to normal with no review and no rest for those who handled it.',
      id: 'Jawaban yang baik menyebut satu atau dua perubahan yang benar-benar dilakukan, dan bagaimana orang yang terlibat didukung setelahnya. Waspadai jika semuanya kembali seperti biasa tanpa evaluasi dan tanpa waktu istirahat bagi yang menanganinya.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
];
