// Questions about how the team, and the leader with it, keeps learning.
import type { Question } from '../schema';

export const learningQuestions: Question[] = [
  {
    id: 'learning-retro',
    theme: 'learning',
    text: {
      en: 'How do we look back on what worked and what did not?',
      id: 'Bagaimana kita meninjau ulang apa yang berhasil dan apa yang tidak?',
    },
    why: {
      en: 'Social changes fast, and a regular look back turns results into decisions: keep going, stop, or change course. It also lets you learn the work alongside the team.',
      id: 'Media sosial berubah cepat, dan evaluasi rutin mengubah hasil menjadi keputusan: lanjutkan, hentikan, atau ganti arah. Anda juga jadi ikut belajar bersama tim.',
    },
    goodAnswer: {
      en: 'A good answer describes a regular meeting with a few examples, what was learned and what changed next. Watch out if reviews only happen after something goes wrong.',
      id: 'Jawaban yang baik menggambarkan pertemuan rutin dengan beberapa contoh, pelajaran yang didapat, dan apa yang diubah sesudahnya. Waspadai jika evaluasi hanya dilakukan setelah ada masalah.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'learning-sources',
    theme: 'learning',
    text: {
      en: 'Where do you learn about platform changes?',
      id: 'Dari mana kamu mendapat kabar soal perubahan di platform?',
    },
    why: {
      en: "Platforms change features, algorithms and metrics all the time. Knowing the team's sources tells you how quickly they hear, and gives you places to learn too.",
      id: 'Platform terus mengubah fitur, algoritma, dan metriknya. Dengan tahu sumber informasi tim, Anda bisa menilai seberapa cepat mereka mendapat kabar, sekaligus punya tempat untuk ikut belajar.',
    },
    goodAnswer: {
      en: 'A good answer mixes official sources, such as platform help centres and developer changelogs, with trade publications and fellow practitioners. Watch out if the only source is rumour in the feed, or nobody has time to keep up.',
      id: 'Jawaban yang baik memadukan sumber resmi, seperti help center platform dan changelog developer, dengan publikasi industri dan sesama praktisi. Waspadai jika satu-satunya sumber hanyalah kabar burung di timeline, atau tidak ada yang punya waktu untuk mengikutinya.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'learning-next-test',
    theme: 'learning',
    text: {
      en: 'What small test would you like to run next, and what would tell us it worked?',
      id: 'Uji coba kecil apa yang ingin kamu jalankan berikutnya, dan apa tandanya kalau berhasil?',
    },
    why: {
      en: 'Small tests let the team learn without betting the whole plan. Choosing the measure before starting keeps the result honest.',
      id: 'Uji coba kecil membuat tim bisa belajar tanpa mempertaruhkan seluruh rencana. Menentukan ukuran keberhasilan sebelum mulai membuat hasilnya lebih jujur.',
    },
    goodAnswer: {
      en: 'A good answer has a clear idea, a time limit and one metric chosen in advance. Watch out if tests have no end date, or the measure is picked after the results come in.',
      id: 'Jawaban yang baik punya ide yang jelas, batas waktu, dan satu metrik yang ditentukan di awal. Waspadai jika uji coba tidak punya tanggal selesai, atau ukurannya baru dipilih setelah hasilnya keluar.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'learning-benchmarks',
    theme: 'learning',
    text: {
      en: 'Which industry reports do we use for benchmarks, and how well do they fit us?',
      id: 'Laporan industri apa yang kita pakai sebagai benchmark, dan seberapa cocok dengan kondisi kita?',
    },
    why: {
      en: 'Annual industry reports give useful context, but their averages mix company sizes, sectors and countries. A benchmark that does not fit can make a good result look bad, or the reverse.',
      id: 'Laporan tahunan industri memberi konteks yang berguna, tapi rata-ratanya mencampur berbagai ukuran bisnis, sektor, dan negara. Benchmark yang tidak cocok bisa membuat hasil bagus terlihat buruk, atau sebaliknya.',
    },
    goodAnswer: {
      en: 'A good answer names the report, its method and its year, and compares mostly with our own past results. Watch out for a benchmark figure nobody can trace to a source.',
      id: 'Jawaban yang baik menyebut nama laporannya, metode, dan tahunnya, lalu lebih banyak membandingkan dengan hasil kita sendiri di masa lalu. Waspadai angka benchmark yang tidak bisa ditelusuri sumbernya.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'learning-teach-me',
    theme: 'learning',
    text: {
      en: 'What do you wish I understood about social that I probably do not yet?',
      id: 'Hal apa tentang media sosial yang kamu harap saya pahami, tapi mungkin belum saya mengerti?',
    },
    why: {
      en: "Admitting what you do not know invites honesty and shows respect for the team's expertise. Their answer also becomes your study list for the first months.",
      id: 'Mengakui apa yang belum Anda ketahui mengundang kejujuran dan menunjukkan rasa hormat pada keahlian tim. Jawaban mereka sekaligus menjadi bahan belajar Anda di bulan-bulan pertama.',
    },
    goodAnswer: {
      en: 'A good answer is candid and specific, perhaps about how long things really take or how a platform works. Watch out for polite silence: it may take a few conversations before people trust you with this.',
      id: 'Jawaban yang baik jujur dan spesifik, misalnya soal berapa lama sebuah pekerjaan sebenarnya atau cara kerja suatu platform. Waspadai jika yang muncul hanya diam yang sopan: mungkin butuh beberapa kali obrolan sampai mereka cukup percaya untuk terbuka.',
    },
    phases: ['first-week'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'learning-did-not-work',
    theme: 'learning',
    text: {
      en: 'What did we try that did not work, and what did it teach us?',
      id: 'Apa yang pernah kita coba tapi tidak berhasil, dan apa pelajarannya?',
    },
    why: {
      en: 'How a team talks about failure shows whether it feels safe to experiment. Lessons from what failed are often more useful than lessons from what worked.',
      id: 'Cara tim membicarakan kegagalan menunjukkan apakah mereka merasa aman untuk bereksperimen. Pelajaran dari yang gagal sering kali lebih berguna daripada dari yang berhasil.',
    },
    goodAnswer: {
      en: 'A good answer tells the story plainly, without blame, and names what changed afterwards. Watch out if nothing has ever failed, or if failures were hidden from the previous manager.',
      id: 'Jawaban yang baik menceritakannya apa adanya, tanpa menyalahkan siapa pun, dan menyebut apa yang berubah sesudahnya. Waspadai jika tidak pernah ada yang gagal, atau kegagalan disembunyikan dari atasan sebelumnya.',
    },
    phases: ['first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'learning-who-we-watch',
    theme: 'learning',
    text: {
      en: 'Which brands or creators do you watch to learn from, and what have we borrowed?',
      id: 'Brand atau kreator mana yang kamu amati untuk dijadikan pelajaran, dan apa yang sudah kita adopsi?',
    },
    why: {
      en: "Good teams learn from others inside and outside their category. Asking shows you the team's taste and ambitions.",
      id: 'Tim yang baik belajar dari pihak lain, baik di dalam maupun di luar kategorinya. Pertanyaan ini memperlihatkan selera dan ambisi tim.',
    },
    goodAnswer: {
      en: 'A good answer names examples and one idea adapted to fit our brand. Watch out for formats copied without asking whether they suit our audience.',
      id: 'Jawaban yang baik menyebut contoh dan satu ide yang sudah diadaptasi agar cocok dengan brand kita. Waspadai jika format hanya ditiru tanpa mempertimbangkan kecocokannya dengan audiens kita.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['feed'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'learning-share-out',
    theme: 'learning',
    text: {
      en: 'How do we share what we learn with the rest of marketing and the company?',
      id: 'Bagaimana kita membagikan hasil pembelajaran ke tim marketing lain dan seluruh perusahaan?',
    },
    why: {
      en: "Insight that stays inside the social team is wasted. Sharing it builds the team's influence and helps other departments decide with real customer input.",
      id: 'Insight yang hanya berhenti di tim sosial akan sia-sia. Membagikannya memperkuat pengaruh tim dan membantu departemen lain mengambil keputusan berdasarkan masukan nyata dari pelanggan.',
    },
    goodAnswer: {
      en: "A good answer describes a short regular update or a slot in other teams' meetings, with a recommendation, not just numbers. Watch out if the only output is a monthly report sent to a mailing list.",
      id: 'Jawaban yang baik menggambarkan update singkat yang rutin atau slot di rapat tim lain, lengkap dengan rekomendasi, bukan hanya angka. Waspadai jika satu-satunya keluaran adalah laporan bulanan yang dikirim ke milis.',
    },
    phases: ['ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'learning-growth',
    theme: 'learning',
    text: {
      en: 'What skill would you like to build this year, and how can I help?',
      id: 'Keahlian apa yang ingin kamu kembangkan tahun ini, dan bagaimana saya bisa membantu?',
    },
    why: {
      en: 'Social roles change fast, and room to grow is part of keeping good people. Investing in one skill also widens what the team can do.',
      id: 'Peran di media sosial cepat berubah, dan ruang untuk berkembang adalah bagian dari menjaga orang-orang terbaik. Investasi pada satu keahlian juga menambah kemampuan tim secara keseluruhan.',
    },
    goodAnswer: {
      en: 'A good answer names a skill, such as analytics, video or paid social, and a concrete step like a course or a stretch project. Watch out if there is never time or budget for learning.',
      id: 'Jawaban yang baik menyebut satu keahlian, misalnya analytics, video, atau iklan berbayar, dan langkah konkret seperti kursus atau proyek baru yang menantang. Waspadai jika tidak pernah ada waktu atau budget untuk belajar.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
];
