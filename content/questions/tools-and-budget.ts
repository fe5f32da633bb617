// Questions about the tools the team pays for, the access they hold, and the money behind them.
import type { Question } from '../schema';

export const toolsAndBudgetQuestions: Question[] = [
  {
    id: 'tools-stack',
    theme: 'tools-and-budget',
    text: {
      en: 'Which tools do we pay for, and which would you drop?',
      id: 'Tool apa saja yang kita bayar, dan mana yang ingin kamu lepas?',
    },
    why: {
      en: 'Subscriptions pile up over time, and some overlap. The people who use the tools every day know which ones earn their cost.',
      id: 'Seiring waktu, langganan tool terus bertambah dan sebagian fungsinya tumpang tindih. Orang yang memakainya setiap hari paling tahu mana yang sepadan dengan biayanya.',
    },
    goodAnswer: {
      en: 'A good answer lists each tool, what it is used for, its owner and its renewal date, and one to cut or replace. Watch out for tools nobody remembers buying, or shared logins paid on a personal card.',
      id: 'Jawaban yang baik menyebut setiap tool, kegunaannya, penanggung jawabnya, tanggal perpanjangannya, serta satu yang bisa dihentikan atau diganti. Waspadai tool yang tidak ada yang ingat siapa pembelinya, atau login bersama yang dibayar dengan kartu pribadi.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'tools-business-case',
    theme: 'tools-and-budget',
    text: {
      en: 'If we asked for budget for social listening or ROI measurement, how would we make the case?',
      id: 'Kalau kita mengajukan budget untuk social listening atau pengukuran ROI, bagaimana kita menyusun alasannya?',
    },
    why: {
      en: 'Social teams are not always taught to write business cases, yet that is how they get tools for watching competitors or measuring return. Coaching them through one builds their influence.',
      id: 'Tim sosial tidak selalu dibekali cara menyusun business case, padahal dari situlah mereka bisa mendapat tool untuk memantau kompetitor atau mengukur ROI. Mendampingi mereka menyusunnya akan memperkuat pengaruh tim di perusahaan.',
    },
    goodAnswer: {
      en: 'A good answer starts from a business question, the decision the tool would inform and what it would replace, and only then the cost. Watch out if the case is a list of features.',
      id: 'Jawaban yang baik berangkat dari pertanyaan bisnis, keputusan apa yang akan terbantu, dan apa yang bisa digantikan, baru kemudian biayanya. Waspadai jika isinya hanya daftar fitur.',
    },
    phases: ['first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: ['share-of-voice', 'social-roi'],
  },
  {
    id: 'tools-listening',
    theme: 'tools-and-budget',
    text: {
      en: 'How do we hear conversations about us that do not tag our accounts?',
      id: 'Bagaimana kita mengetahui percakapan tentang brand kita yang tidak menandai akun kita?',
    },
    why: {
      en: 'Much of the talk about a brand happens away from its own posts. Listening tools collect mentions by keyword, which feeds share of voice, sentiment and early warnings.',
      id: 'Banyak percakapan tentang brand terjadi di luar posting milik brand itu sendiri. Tool social listening mengumpulkan mention berdasarkan kata kunci, dan datanya dipakai untuk share of voice, sentimen, serta peringatan dini.',
    },
    goodAnswer: {
      en: 'A good answer names the tool or method, the keywords, including misspellings and local terms, and who reads the results. Watch out if the only mentions anyone sees are the ones that tag us.',
      id: 'Jawaban yang baik menyebut tool atau caranya, kata kunci yang dipakai (termasuk salah ketik dan istilah lokal), serta siapa yang membaca hasilnya. Waspadai jika satu-satunya mention yang terlihat hanyalah yang menandai akun kita.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['mentions', 'share-of-voice', 'sentiment'],
  },
  {
    id: 'tools-access',
    theme: 'tools-and-budget',
    text: {
      en: 'Who has access to each account, and what happens to that access when someone leaves?',
      id: 'Siapa saja yang punya akses ke setiap akun, dan apa yang terjadi pada akses itu saat seseorang keluar?',
    },
    why: {
      en: 'Lost logins, or former staff who are still admins, can cause serious trouble. A clear access list protects both the brand and the team.',
      id: 'Login yang hilang atau mantan karyawan yang masih jadi admin bisa menimbulkan masalah serius. Daftar akses yang jelas melindungi brand sekaligus tim.',
    },
    goodAnswer: {
      en: "A good answer names at least two admins per account, uses the platforms' business access tools rather than shared passwords, and has two-step verification turned on. Watch out if one person's personal account is the only way into a page.",
      id: 'Jawaban yang baik menyebut minimal dua admin per akun, memakai fitur akses bisnis dari platform alih-alih berbagi password, dan mengaktifkan verifikasi dua langkah. Waspadai jika satu-satunya jalan masuk ke sebuah halaman adalah akun pribadi satu orang.',
    },
    phases: ['first-week'],
    surfaces: ['profile'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'tools-ad-budget',
    theme: 'tools-and-budget',
    text: {
      en: 'How is our ad budget split between platforms, and who decides when to move it?',
      id: 'Bagaimana budget iklan kita dibagi antarplatform, dan siapa yang memutuskan kapan dialihkan?',
    },
    why: {
      en: 'Paid and organic social work better when they are planned together. Knowing who can move money, and how fast, shows how the team reacts when something works or fails.',
      id: 'Konten berbayar dan organik lebih efektif kalau direncanakan bersama. Dengan tahu siapa yang bisa memindahkan budget dan seberapa cepat, Anda bisa melihat cara tim bereaksi saat sesuatu berhasil atau gagal.',
    },
    goodAnswer: {
      en: 'A good answer shows the amount spent per platform against its results, and a clear rule for shifting budget. Watch out if the split has not changed in a long time, or if the team cannot see the spend at all.',
      id: 'Jawaban yang baik menunjukkan amount spent per platform dibandingkan dengan hasilnya, serta aturan yang jelas untuk memindahkan budget. Waspadai jika pembagiannya sudah lama tidak berubah, atau tim sama sekali tidak bisa melihat pengeluarannya.',
    },
    phases: ['first-90-days'],
    surfaces: ['ads'],
    platforms: [],
    metrics: ['amount-spent', 'results'],
  },
  {
    id: 'tools-scheduler',
    theme: 'tools-and-budget',
    text: {
      en: 'Which tool do we schedule posts from, and where does it fall short of posting in the app itself?',
      id: 'Kita menjadwalkan posting lewat tool apa, dan di bagian mana tool itu kalah dibanding posting langsung dari aplikasinya?',
    },
    why: {
      en: "Schedulers save time across many accounts, but some formats and features are only available in the platform's own app. Knowing the gaps avoids awkward workarounds at the last minute.",
      id: 'Tool penjadwalan menghemat waktu untuk banyak akun sekaligus, tapi sebagian format dan fitur hanya tersedia di aplikasi platform itu sendiri. Dengan tahu kekurangannya, tim tidak perlu mencari akal-akalan di menit terakhir.',
    },
    goodAnswer: {
      en: 'A good answer says what is scheduled and what is posted natively, and why. Watch out if the team posts everything by hand late at night because the tool does not fit.',
      id: 'Jawaban yang baik menyebut apa yang dijadwalkan lewat tool dan apa yang diposting langsung, beserta alasannya. Waspadai jika tim memposting semuanya secara manual di malam hari karena tool-nya tidak cocok.',
    },
    phases: ['first-90-days'],
    surfaces: ['publishing'],
    platforms: ['sprout-social', 'hootsuite', 'meta-business-suite'],
    metrics: [],
  },
  {
    id: 'tools-creative',
    theme: 'tools-and-budget',
    text: {
      en: 'Where do you make images and videos, and what slows that down?',
      id: 'Di mana kamu membuat gambar dan video, dan apa yang memperlambat prosesnya?',
    },
    why: {
      en: 'Creative work is often the slowest part of a post. Small things, such as templates, a photo library or a better laptop, can save hours.',
      id: 'Pekerjaan kreatif sering menjadi bagian paling lama dari sebuah posting. Hal kecil seperti template, stok foto, atau laptop yang lebih memadai bisa menghemat berjam-jam.',
    },
    goodAnswer: {
      en: 'A good answer names the tools, the bottleneck and what would fix it. Watch out if people use their own phones and personal software licences to get the job done.',
      id: 'Jawaban yang baik menyebut tool-nya, titik hambatannya, dan apa yang bisa mengatasinya. Waspadai jika tim memakai ponsel dan lisensi software pribadi untuk menyelesaikan pekerjaan.',
    },
    phases: ['first-90-days'],
    surfaces: ['publishing'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'tools-untapped',
    theme: 'tools-and-budget',
    text: {
      en: 'Which features of our tools have you never had time to learn?',
      id: 'Fitur apa di tool kita yang belum sempat kamu pelajari?',
    },
    why: {
      en: 'Teams often pay for features they never use because nobody had an afternoon to set them up. Time to learn can cost less than a new tool.',
      id: 'Tim sering membayar fitur yang tidak pernah dipakai karena tidak ada yang punya waktu untuk mengaturnya. Memberi waktu untuk belajar bisa lebih murah daripada membeli tool baru.',
    },
    goodAnswer: {
      en: 'A good answer names a feature and what it would change, such as automated reports or inbox rules. Watch out if training is always pushed back for urgent work.',
      id: 'Jawaban yang baik menyebut satu fitur dan dampaknya, misalnya laporan otomatis atau aturan inbox. Waspadai jika pelatihan selalu ditunda karena ada pekerjaan mendesak.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
];
