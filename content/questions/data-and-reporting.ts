// Questions about where social data lives, how it is reported, and what the reports change.
import type { Question } from '../schema';

export const dataAndReportingQuestions: Question[] = [
  {
    id: 'data-where-reports',
    theme: 'data-and-reporting',
    text: {
      en: 'Where do our numbers live, who pulls them, and how often?',
      id: 'Di mana data kita tersimpan, siapa yang menariknya, dan seberapa sering?',
    },
    why: {
      en: 'Before you read any report, you need to know where it comes from. The answer also shows how much manual work sits behind each number.',
      id: 'Sebelum membaca laporan apa pun, Anda perlu tahu asal datanya. Jawaban ini juga memperlihatkan seberapa banyak kerja manual di balik setiap angka.',
    },
    goodAnswer: {
      en: 'A good answer names the tools, the person responsible, the schedule and where past reports are kept. Watch out if numbers are copied by hand from several apps into a slide each month, with no shared record.',
      id: 'Jawaban yang baik menyebut tool yang dipakai, penanggung jawabnya, jadwalnya, dan tempat laporan lama disimpan. Waspadai jika setiap bulan angka disalin manual dari beberapa aplikasi ke slide tanpa catatan bersama.',
    },
    phases: ['first-week'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'data-single-source',
    theme: 'data-and-reporting',
    text: {
      en: 'When two tools show different numbers for the same thing, which one do we trust?',
      id: 'Kalau dua tool menunjukkan angka berbeda untuk hal yang sama, mana yang kita pegang?',
    },
    why: {
      en: 'Native analytics, scheduling tools and web analytics often disagree, because they count at different times and in different ways. Picking one source of truth per metric keeps reports consistent.',
      id: 'Analytics bawaan platform, tool penjadwalan, dan web analytics sering menunjukkan angka berbeda karena waktu dan cara hitungnya berbeda. Menetapkan satu sumber acuan untuk tiap metrik membuat laporan tetap konsisten.',
    },
    goodAnswer: {
      en: 'A good answer names the source for each metric and can explain the usual gaps. Watch out if the number in the report depends on who made it that month.',
      id: 'Jawaban yang baik menyebut sumber acuan untuk setiap metrik dan bisa menjelaskan selisih yang biasa muncul. Waspadai jika angka di laporan bergantung pada siapa yang menyusunnya bulan itu.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'data-build-system',
    theme: 'data-and-reporting',
    text: {
      en: 'If we started tracking from scratch, what would a simple system need, and what is missing today?',
      id: 'Kalau kita mulai mencatat dari nol, sistem sederhana seperti apa yang dibutuhkan, dan apa yang belum ada sekarang?',
    },
    why: {
      en: 'Many teams have habits rather than a system for social data. Asking what it would take turns a gap into a plan, and tells you which time, tools or skills to fund.',
      id: 'Banyak tim hanya punya kebiasaan, bukan sistem, untuk mengelola data sosial. Menanyakan apa yang dibutuhkan mengubah kekurangan menjadi rencana, dan memberi tahu Anda waktu, tool, atau keahlian apa yang perlu didukung.',
    },
    goodAnswer: {
      en: 'A good answer lists a few metrics tied to goals, a regular schedule, one place to keep results and an owner. Watch out for a wish list of tools with no idea of who will use them.',
      id: 'Jawaban yang baik mencakup beberapa metrik yang terkait tujuan, jadwal rutin, satu tempat penyimpanan hasil, dan penanggung jawab. Waspadai jika jawabannya hanya daftar keinginan tool tanpa kejelasan siapa yang akan memakainya.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'data-who-reads',
    theme: 'data-and-reporting',
    text: {
      en: 'Who reads our social reports, and what do they do with them?',
      id: 'Siapa yang membaca laporan sosial kita, dan apa yang mereka lakukan dengan laporan itu?',
    },
    why: {
      en: 'A report nobody acts on costs hours and changes nothing. Knowing the readers helps the team cut what nobody needs and add what leaders ask for.',
      id: 'Laporan yang tidak pernah ditindaklanjuti menghabiskan waktu tanpa mengubah apa pun. Dengan tahu siapa pembacanya, tim bisa membuang bagian yang tidak dibutuhkan dan menambahkan yang dicari pimpinan.',
    },
    goodAnswer: {
      en: 'A good answer names the readers and at least one decision that came from a report. Watch out if the team has never had a single question back about a report.',
      id: 'Jawaban yang baik menyebut pembacanya dan setidaknya satu keputusan yang lahir dari laporan. Waspadai jika tim belum pernah sekali pun menerima pertanyaan balik tentang laporannya.',
    },
    phases: ['first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'data-decision-example',
    theme: 'data-and-reporting',
    text: {
      en: 'Tell me about a time social data changed what we did.',
      id: 'Ceritakan saat data sosial pernah mengubah keputusan kita.',
    },
    why: {
      en: 'Data is worth collecting when it changes decisions. A real story shows how insight travels from a dashboard into action, and where it gets stuck.',
      id: 'Data baru berharga kalau bisa mengubah keputusan. Cerita nyata menunjukkan bagaimana insight berpindah dari dashboard menjadi tindakan, dan di mana ia tersendat.',
    },
    goodAnswer: {
      en: 'A good answer describes what the data showed, who was told and what changed, inside or beyond the social team. Watch out if no example comes to mind: the team may never have been asked for recommendations.',
      id: 'Jawaban yang baik menjelaskan apa yang ditunjukkan data, siapa yang diberi tahu, dan apa yang berubah, di dalam maupun di luar tim sosial. Waspadai jika tidak ada contoh sama sekali: mungkin tim memang belum pernah diminta memberi rekomendasi.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'data-spikes',
    theme: 'data-and-reporting',
    text: {
      en: 'When a number suddenly jumps or drops, what do we check first?',
      id: 'Kalau sebuah angka tiba-tiba naik atau turun tajam, apa yang kita cek pertama kali?',
    },
    why: {
      en: 'Spikes often come from a platform change, a tracking error, a paid boost or a single viral post, not from a real shift. A routine for checking avoids wrong conclusions in front of senior people.',
      id: 'Lonjakan sering kali berasal dari perubahan platform, kesalahan tracking, posting yang di-boost, atau satu konten viral, bukan dari perubahan yang sebenarnya. Prosedur pengecekan yang rutin mencegah kesimpulan keliru di depan pimpinan.',
    },
    goodAnswer: {
      en: "A good answer has a short checklist: paid or organic, one post or many, a change in the platform's definitions, broken tags. Watch out if spikes go straight into a report with no explanation.",
      id: 'Jawaban yang baik punya daftar cek singkat: berbayar atau organik, satu posting atau banyak, perubahan definisi dari platform, tag yang rusak. Waspadai jika lonjakan langsung masuk laporan tanpa penjelasan.',
    },
    phases: ['ongoing'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['reach', 'views'],
  },
  {
    id: 'data-utm',
    theme: 'data-and-reporting',
    text: {
      en: 'How do we tag the links we share on social, so GA4 can tell which visits came from us?',
      id: 'Bagaimana kita menandai tautan yang dibagikan di media sosial, supaya GA4 bisa membedakan kunjungan yang datang dari kita?',
    },
    why: {
      en: 'Without UTM tags, many visits from social apps can show up in GA4 as direct or unassigned traffic. Consistent tags let you see sessions, users and results by platform and by campaign.',
      id: 'Tanpa tag UTM, banyak kunjungan dari aplikasi media sosial bisa tercatat di GA4 sebagai direct atau unassigned. Tag yang konsisten membuat Anda bisa melihat sesi, pengguna, dan hasil per platform dan per kampanye.',
    },
    goodAnswer: {
      en: "A good answer points to a shared naming rule for source, medium and campaign, and someone who checks it. Watch out for mixed spellings, such as 'Instagram', 'IG' and 'instagram', which split one platform into several rows.",
      id: "Jawaban yang baik menunjuk aturan penamaan bersama untuk source, medium, dan campaign, serta orang yang memeriksanya. Waspadai penulisan yang campur aduk, seperti 'Instagram', 'IG', dan 'instagram', yang memecah satu platform menjadi beberapa baris.",
    },
    phases: ['first-90-days'],
    surfaces: ['analytics', 'publishing'],
    platforms: ['google-analytics'],
    metrics: ['sessions', 'active-users', 'new-users'],
  },
  {
    id: 'data-history',
    theme: 'data-and-reporting',
    text: {
      en: 'How far back does our data go, and where do we keep it when a platform only shows a limited period?',
      id: 'Data kita tersimpan sampai berapa lama ke belakang, dan di mana kita menyimpannya kalau platform hanya menampilkan periode tertentu?',
    },
    why: {
      en: 'Some platforms limit how far back their insights go. Without regular exports, you lose the year-on-year comparisons a leader is often asked for.',
      id: 'Sebagian platform membatasi rentang waktu insight yang bisa dilihat. Tanpa export rutin, Anda kehilangan perbandingan tahun ke tahun yang sering diminta dari seorang pimpinan.',
    },
    goodAnswer: {
      en: "A good answer describes a regular export to a shared place that does not depend on one person's account. Watch out if the history sits in one person's files or would leave with them.",
      id: 'Jawaban yang baik menjelaskan export rutin ke tempat bersama yang tidak bergantung pada akun satu orang. Waspadai jika data historis hanya ada di file pribadi seseorang atau ikut hilang saat ia keluar.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: [],
  },
];
