// Questions about which platforms the team runs, why, and how each one works.
import type { Question } from '../schema';

export const platformsQuestions: Question[] = [
  {
    id: 'platforms-why-each',
    theme: 'platforms',
    text: {
      en: "Why does each of our platforms earn the team's time?",
      id: 'Kenapa setiap platform yang kita pegang layak mendapat waktu tim?',
    },
    why: {
      en: 'Every platform costs hours every week. Hearing the reason for each shows you which ones serve a goal and which ones carry on out of habit.',
      id: 'Setiap platform menyita jam kerja tiap minggu. Dari alasan untuk masing-masing, Anda bisa melihat mana yang melayani tujuan dan mana yang berjalan karena kebiasaan.',
    },
    goodAnswer: {
      en: "A good answer gives each platform a distinct job, a distinct audience or both. Watch out for 'because everyone is on it' or 'we have always been there'.",
      id: "Jawaban yang baik memberi tiap platform peran atau audiens yang berbeda, atau keduanya. Waspadai alasan seperti 'semua brand ada di sana' atau 'dari dulu sudah ada'.",
    },
    phases: ['first-week'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'platforms-stop',
    theme: 'platforms',
    text: {
      en: 'If we had to stop one platform tomorrow, which would go first, and what would we lose?',
      id: 'Kalau besok kita harus berhenti di satu platform, mana yang pertama dilepas, dan apa yang hilang?',
    },
    why: {
      en: 'The question brings priorities out without asking anyone to defend their work. It also shows you where the team feels effort and results do not match.',
      id: 'Pertanyaan ini memunculkan prioritas tanpa membuat siapa pun merasa harus membela pekerjaannya. Anda juga jadi tahu di mana menurut tim usaha dan hasilnya tidak seimbang.',
    },
    goodAnswer: {
      en: "A good answer picks one quickly, explains the trade-off and mentions who would miss it, such as customers who ask for help there. Watch out if the answer is 'none' every time: that usually means there is no shared way to compare platforms.",
      id: "Jawaban yang baik cepat memilih satu, menjelaskan untung-ruginya, dan menyebut siapa yang akan kehilangan, misalnya pelanggan yang biasa minta bantuan di sana. Waspadai jika jawabannya selalu 'tidak ada': biasanya itu tanda belum ada cara yang disepakati untuk membandingkan platform.",
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'platforms-new-one',
    theme: 'platforms',
    text: {
      en: 'How do we decide to start on a new platform, and who makes that call?',
      id: 'Bagaimana kita memutuskan untuk masuk ke platform baru, dan siapa yang menentukannya?',
    },
    why: {
      en: 'The people who run the channels every day know best how each platform works. A clear process also protects them from being handed a new channel with no time and no plan.',
      id: 'Orang yang mengelola channel setiap hari paling paham cara kerja tiap platform. Proses yang jelas juga melindungi tim dari tiba-tiba harus memegang channel baru tanpa waktu dan rencana.',
    },
    goodAnswer: {
      en: 'A good answer describes a trial period, a goal, and who frees up the time. Watch out if platforms are added because someone senior asked, and nothing is ever dropped to make room.',
      id: 'Jawaban yang baik menjelaskan masa uji coba, tujuan yang jelas, dan siapa yang mengosongkan waktu untuk itu. Waspadai jika platform baru ditambah karena permintaan atasan, tanpa ada yang dikurangi untuk memberi ruang.',
    },
    phases: ['first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'platforms-formats',
    theme: 'platforms',
    text: {
      en: 'Which formats work best on each platform, and how often do we reuse the same post across them?',
      id: 'Format apa yang paling cocok di tiap platform, dan seberapa sering kita memakai ulang konten yang sama di semuanya?',
    },
    why: {
      en: 'Each platform favours different formats, lengths and tones. Reusing content saves time, but the same post can land very differently from one platform to the next.',
      id: 'Tiap platform menyukai format, durasi, dan gaya yang berbeda. Memakai ulang konten memang menghemat waktu, tapi satu posting yang sama bisa diterima sangat berbeda di tiap platform.',
    },
    goodAnswer: {
      en: 'A good answer has examples of one idea adapted per platform, with the results side by side. Watch out if every post is written once and pushed everywhere unchanged.',
      id: 'Jawaban yang baik punya contoh satu ide yang diadaptasi per platform, lengkap dengan hasilnya untuk dibandingkan. Waspadai jika setiap konten ditulis sekali lalu disebar ke semua platform tanpa diubah.',
    },
    phases: ['first-90-days'],
    surfaces: ['publishing', 'feed'],
    platforms: [],
    metrics: ['views', 'engagements'],
  },
  {
    id: 'platforms-linkedin-page-vs-people',
    theme: 'platforms',
    text: {
      en: 'On LinkedIn, how do posts from our company page compare with posts our people share from their own profiles?',
      id: 'Di LinkedIn, bagaimana perbandingan posting dari halaman perusahaan dengan posting yang dibagikan karyawan dari profil pribadi mereka?',
    },
    why: {
      en: 'On LinkedIn, much of the conversation happens on personal profiles, not only on company pages. Page analytics cover the page alone, so posts from colleagues may be doing work the report never shows.',
      id: 'Di LinkedIn, percakapan banyak terjadi di profil pribadi, bukan hanya di halaman perusahaan. Analytics halaman hanya mencakup halaman itu, jadi posting dari profil rekan kerja bisa saja berdampak tanpa pernah muncul di laporan.',
    },
    goodAnswer: {
      en: 'A good answer knows whether colleagues post about the company, whether that is encouraged, and how the team looks at the results. Watch out if people are pushed to share with no guidance or support, or if nobody looks at it at all.',
      id: 'Jawaban yang baik tahu apakah karyawan memposting soal perusahaan, apakah itu didorong, dan bagaimana tim melihat hasilnya. Waspadai jika karyawan didorong untuk share tanpa panduan atau dukungan, atau hasilnya tidak pernah dilihat sama sekali.',
    },
    phases: ['first-90-days'],
    surfaces: ['feed', 'analytics'],
    platforms: ['linkedin'],
    metrics: ['impressions', 'reactions', 'reposts', 'followers'],
  },
  {
    id: 'platforms-tiktok-completion',
    theme: 'platforms',
    text: {
      en: 'On TikTok, how many people watch our videos to the end, and what do we change when they do not?',
      id: 'Di TikTok, berapa banyak orang yang menonton video kita sampai habis, dan apa yang kita ubah kalau tidak?',
    },
    why: {
      en: "TikTok's analytics show how long people watch and how many watch the full video. Those numbers say more about whether a video holds attention than its view count does.",
      id: 'Analytics TikTok menampilkan berapa lama orang menonton dan berapa yang menonton video sampai selesai. Angka ini lebih menggambarkan kemampuan video menahan perhatian dibanding jumlah tayangan.',
    },
    goodAnswer: {
      en: 'A good answer knows where in a video people leave and has tried changes, such as stronger opening seconds or a shorter cut. Watch out if only views are reported, or if long and short videos are compared as if finishing them took the same effort.',
      id: 'Jawaban yang baik tahu di titik mana penonton pergi dan sudah mencoba perubahan, misalnya pembuka yang lebih kuat atau versi yang lebih pendek. Waspadai jika yang dilaporkan hanya tayangan, atau video panjang dan pendek dibandingkan seolah menontonnya sampai habis sama mudahnya.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics'],
    platforms: ['tiktok'],
    metrics: ['completion-rate', 'average-view-duration', 'video-views', 'watch-time'],
  },
  {
    id: 'platforms-youtube-retention',
    theme: 'platforms',
    text: {
      en: 'Where do viewers drop off in our YouTube videos, and what have we tried at those moments?',
      id: 'Di bagian mana penonton meninggalkan video YouTube kita, dan apa yang sudah kita coba di momen itu?',
    },
    why: {
      en: 'The audience retention chart in YouTube Studio shows, moment by moment, how many viewers are still watching. Average view duration sums it up in one number, but the chart shows where to act.',
      id: 'Grafik retensi penonton di YouTube Studio menunjukkan, dari momen ke momen, berapa banyak penonton yang masih bertahan. Durasi tonton rata-rata merangkumnya dalam satu angka, tapi grafik itulah yang menunjukkan bagian mana yang perlu dibenahi.',
    },
    goodAnswer: {
      en: 'A good answer points to typical dips, such as a long intro, and to edits made afterwards. Watch out if total watch time is the only number anyone looks at.',
      id: 'Jawaban yang baik bisa menunjuk penurunan yang sering terjadi, misalnya intro yang terlalu panjang, dan perubahan editing yang dilakukan sesudahnya. Waspadai jika satu-satunya angka yang dilihat adalah total waktu tonton.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics'],
    platforms: ['youtube'],
    metrics: ['audience-retention', 'average-view-duration', 'watch-time'],
  },
  {
    id: 'platforms-youtube-thumbnails',
    theme: 'platforms',
    text: {
      en: 'How do we choose titles and thumbnails on YouTube, and how do we know they work?',
      id: 'Bagaimana kita memilih judul dan thumbnail di YouTube, dan bagaimana kita tahu itu berhasil?',
    },
    why: {
      en: 'On YouTube, impressions count the times a thumbnail was shown, and impressions click-through rate is the share of those that led to a view. Traffic sources show where views came from, such as search, suggested videos or outside links.',
      id: 'Di YouTube, impresi menghitung berapa kali thumbnail ditampilkan, dan rasio klik-tayang impresi adalah proporsi impresi yang berujung ditonton. Sumber traffic menunjukkan asal penayangan, misalnya pencarian, video yang disarankan, atau tautan dari luar.',
    },
    goodAnswer: {
      en: 'A good answer reads the click-through rate together with the source of the impressions, since it varies by source, and can show a test of two options. Watch out if a high click-through rate is celebrated while viewers leave in the first seconds.',
      id: 'Jawaban yang baik membaca rasio klik-tayang bersama sumber impresinya, karena angkanya berbeda menurut sumber, dan bisa menunjukkan uji coba dua pilihan. Waspadai jika rasio klik-tayang yang tinggi dirayakan padahal penonton pergi di detik-detik awal.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics', 'publishing'],
    platforms: ['youtube'],
    metrics: ['impressions-ctr', 'impressions', 'traffic-sources'],
  },
  {
    id: 'platforms-pinterest-outbound',
    theme: 'platforms',
    text: {
      en: 'On Pinterest, how often does a save or a Pin click turn into a visit to our site?',
      id: 'Di Pinterest, seberapa sering simpan atau klik Pin berujung pada kunjungan ke situs kita?',
    },
    why: {
      en: 'Pinterest separates clicks that open a Pin from outbound clicks that leave Pinterest for the linked page. For traffic or sales goals, outbound clicks are the ones to watch.',
      id: 'Pinterest membedakan klik yang membuka Pin dengan klik keluar yang meninggalkan Pinterest menuju halaman yang ditautkan. Untuk tujuan traffic atau penjualan, klik keluar inilah yang perlu dipantau.',
    },
    goodAnswer: {
      en: 'A good answer follows the path from impressions to saves, Pin clicks and outbound clicks, and checks the visits in web analytics. Watch out if saves are reported as success when the goal is visits to the site.',
      id: 'Jawaban yang baik menelusuri alurnya dari impresi, simpan, klik Pin, sampai klik keluar, lalu mencocokkan kunjungannya di analitik website. Waspadai jika jumlah simpan dilaporkan sebagai keberhasilan padahal tujuannya kunjungan ke situs.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: ['pinterest'],
    metrics: ['outbound-clicks', 'pin-clicks', 'saves', 'impressions'],
  },
  {
    id: 'platforms-threads-x',
    theme: 'platforms',
    text: {
      en: 'How do we treat Threads and X: one audience in two apps, or two different crowds?',
      id: 'Bagaimana kita memperlakukan Threads dan X: satu audiens di dua aplikasi, atau dua kelompok yang berbeda?',
    },
    why: {
      en: 'The two look alike but differ in who is there and in what they count: X reports impressions, while Threads reports views. Treating them as one can hide what each is good for.',
      id: 'Keduanya tampak mirip, tapi penggunanya berbeda dan cara menghitungnya pun berbeda: X melaporkan impresi, sedangkan Threads melaporkan tayangan. Kalau diperlakukan sama, kelebihan masing-masing bisa tidak terlihat.',
    },
    goodAnswer: {
      en: 'A good answer gives each a different role or tone, or explains why one is enough. Watch out if posts are copied from one to the other and their numbers added up as if they counted the same thing.',
      id: 'Jawaban yang baik memberi masing-masing peran atau gaya yang berbeda, atau menjelaskan kenapa cukup satu saja. Waspadai jika konten hanya disalin dari satu ke yang lain, lalu angkanya dijumlahkan seolah menghitung hal yang sama.',
    },
    phases: ['first-90-days'],
    surfaces: ['feed', 'analytics'],
    platforms: ['threads', 'x'],
    metrics: ['impressions', 'views', 'reposts'],
  },
];
