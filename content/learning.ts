// Keep learning: a retro template for regular team meetings on what works, and the kinds of
// sources worth following. Kinds only, never named people or accounts.
import type { Learning } from './schema';

export const learning: Learning = {
  retro: {
    name: { en: 'Team retro', id: 'Retro tim' },
    intro: {
      en: 'A short, regular meeting to look back together: what worked, what did not, and what to change. The team sees the audience every day, so let them speak first and keep your own view for the end.',
      id: 'Pertemuan singkat dan rutin untuk melihat ke belakang bersama: apa yang sudah berhasil, apa yang belum, dan apa yang perlu diubah. Tim berhadapan dengan audiens setiap hari, jadi beri mereka kesempatan bicara lebih dulu dan sampaikan pendapat Anda di akhir.',
    },
    cadence: {
      en: 'Every two weeks, about 45 minutes, plus one after any launch or crisis.',
      id: 'Setiap dua minggu, sekitar 45 menit, ditambah satu sesi setelah setiap peluncuran atau krisis.',
    },
    sections: [
      {
        id: 'what-worked',
        heading: { en: 'What worked', id: 'Yang berhasil' },
        prompts: [
          {
            en: 'Which post or reply are we proudest of, and why do we think it worked?',
            id: 'Posting atau balasan mana yang paling kita banggakan, dan menurut kita kenapa itu berhasil?',
          },
          {
            en: 'Which number moved in the direction we wanted, and what did we do that might explain it?',
            id: 'Angka mana yang bergerak sesuai harapan, dan apa yang kita lakukan yang mungkin menjelaskannya?',
          },
          {
            en: 'What should we keep doing exactly as it is?',
            id: 'Apa yang sebaiknya tetap kita jalankan persis seperti sekarang?',
          },
        ],
      },
      {
        id: 'what-did-not-work',
        heading: { en: 'What did not work', id: 'Yang belum berhasil' },
        prompts: [
          {
            en: 'What did we expect to land that did not? What is our best guess why?',
            id: 'Apa yang kita kira akan berhasil tapi ternyata tidak? Apa dugaan terbaik kita soal penyebabnya?',
          },
          {
            en: 'Where did we lose time: approvals, tools, rework, waiting on other teams?',
            id: 'Di mana waktu kita terbuang: persetujuan, tool, revisi berulang, atau menunggu tim lain?',
          },
          {
            en: 'Which number are we unsure how to read, and who can help us read it?',
            id: 'Angka mana yang masih membingungkan untuk dibaca, dan siapa yang bisa membantu kita memahaminya?',
          },
        ],
      },
      {
        id: 'audience',
        heading: { en: 'What we learned about the audience', id: 'Yang kita pelajari tentang audiens' },
        prompts: [
          {
            en: 'What did people ask, praise or complain about most in the comments and inbox?',
            id: 'Apa yang paling sering ditanyakan, dipuji, atau dikeluhkan orang di komentar dan inbox?',
          },
          {
            en: 'Did anything surprise us about who engaged, or when?',
            id: 'Adakah yang mengejutkan soal siapa yang berinteraksi, atau kapan mereka melakukannya?',
          },
          {
            en: 'What from this should another department hear about?',
            id: 'Insight mana dari sini yang perlu didengar departemen lain?',
          },
        ],
      },
      {
        id: 'what-we-change',
        heading: { en: 'What we change', id: 'Yang kita ubah' },
        prompts: [
          {
            en: 'What is one thing we will try differently in the next two weeks, and how will we know if it helped?',
            id: 'Satu hal apa yang akan kita coba dengan cara berbeda dalam dua minggu ke depan, dan bagaimana kita tahu itu membantu?',
          },
          {
            en: 'What will we stop doing to make room for it?',
            id: 'Apa yang akan kita hentikan supaya ada ruang untuk itu?',
          },
          {
            en: 'Who owns each change, and what do they need from the leader?',
            id: 'Siapa penanggung jawab tiap perubahan, dan apa yang mereka butuhkan dari atasannya?',
          },
        ],
      },
      {
        id: 'load-and-care',
        heading: { en: 'How the load felt', id: 'Seberapa berat bebannya' },
        prompts: [
          {
            en: 'Was there a moment in these two weeks that felt too heavy to carry alone?',
            id: 'Adakah momen dalam dua minggu ini yang terasa terlalu berat untuk ditanggung sendiri?',
          },
          {
            en: 'How often did work follow us home, and what would reduce that?',
            id: 'Seberapa sering pekerjaan terbawa sampai ke rumah, dan apa yang bisa menguranginya?',
          },
        ],
      },
      {
        id: 'shout-outs',
        heading: { en: 'Shout-outs', id: 'Apresiasi' },
        prompts: [
          {
            en: 'Who helped you these two weeks, and how?',
            id: 'Siapa yang membantu Anda dalam dua minggu ini, dan dengan cara apa?',
          },
          {
            en: 'Which piece of work nobody saw deserves a thank-you?',
            id: 'Pekerjaan mana yang luput dari perhatian tapi layak mendapat ucapan terima kasih?',
          },
        ],
      },
    ],
  },
  sourceKinds: [
    {
      id: 'platform-business-blogs',
      name: {
        en: "The platforms' own business and creator blogs",
        id: 'Blog bisnis dan kreator milik platform',
      },
      why: {
        en: 'Platforms announce new features, ranking changes and new metrics here first, in their own words.',
        id: 'Platform mengumumkan fitur baru, perubahan cara konten disebarkan, dan metrik baru di sini lebih dulu, dengan bahasa mereka sendiri.',
      },
      how: {
        en: 'Follow the blogs of the platforms your team actually runs. Read them as announcements, not neutral advice: they are written to make you use the feature.',
        id: 'Ikuti blog dari platform yang benar-benar dikelola tim Anda. Baca sebagai pengumuman, bukan saran netral: tulisannya dibuat agar Anda memakai fitur tersebut.',
      },
    },
    {
      id: 'help-centre-changes',
      name: {
        en: 'Help centres, changelogs and "what\'s new" pages',
        id: 'Pusat bantuan, changelog, dan halaman "what\'s new"',
      },
      why: {
        en: 'When a metric is renamed, redefined or retired, the help page and the changelog are where the exact new definition appears, with a date.',
        id: 'Saat sebuah metrik diganti nama, diubah definisinya, atau dihapus, halaman bantuan dan changelog-lah yang memuat definisi barunya secara persis, lengkap dengan tanggal.',
      },
      how: {
        en: 'Bookmark the metric definitions page of each platform and each tool you pay for, and check them before a quarterly report or when a number jumps for no clear reason.',
        id: 'Simpan halaman definisi metrik dari setiap platform dan tool berbayar yang Anda pakai, lalu cek sebelum laporan kuartalan atau ketika angka melonjak tanpa alasan yang jelas.',
      },
    },
    {
      id: 'trade-publications',
      name: {
        en: 'Trade publications on social media marketing',
        id: 'Publikasi industri seputar social media marketing',
      },
      why: {
        en: 'They gather platform news in one place and explain what it means for brands, usually faster than you could piece it together yourself.',
        id: 'Publikasi ini mengumpulkan berita platform di satu tempat dan menjelaskan dampaknya bagi brand, biasanya lebih cepat daripada kalau Anda merangkainya sendiri.',
      },
      how: {
        en: "Pick one or two and skim a weekly newsletter. When an article reports a change, check it against the platform's own page before acting on it.",
        id: 'Pilih satu atau dua, lalu baca sekilas newsletter mingguannya. Kalau sebuah artikel melaporkan perubahan, cocokkan dulu dengan halaman resmi platform sebelum bertindak.',
      },
    },
    {
      id: 'industry-reports',
      name: { en: 'Annual industry reports', id: 'Laporan industri tahunan' },
      why: {
        en: 'They offer benchmarks and show how other marketers and consumers use social, which helps you put your own numbers in context.',
        id: 'Laporan ini menyediakan tolok ukur dan memperlihatkan cara pemasar lain maupun konsumen memakai media sosial, sehingga angka Anda sendiri bisa dibaca dengan konteks.',
      },
      how: {
        en: 'Before quoting a benchmark, read the method: who was surveyed, how many, in which countries and industries, and who paid for the report. A benchmark from a different sample or a different definition is not your target.',
        id: 'Sebelum mengutip tolok ukur, baca metodenya: siapa respondennya, berapa banyak, dari negara dan industri apa, dan siapa yang membiayai laporannya. Tolok ukur dari sampel atau definisi yang berbeda bukanlah target Anda.',
      },
    },
    {
      id: 'practitioner-communities',
      name: { en: 'Practitioner communities', id: 'Komunitas praktisi' },
      why: {
        en: 'People who run social accounts every day notice changes early and share what actually happened, not what was announced.',
        id: 'Orang yang mengelola akun media sosial setiap hari cepat menyadari perubahan dan berbagi apa yang benar-benar terjadi, bukan sekadar yang diumumkan.',
      },
      how: {
        en: 'Ask your team which groups, newsletters or forums they already trust, and follow those. Treat a single post as a hint to test, not a rule.',
        id: 'Tanyakan kepada tim grup, newsletter, atau forum mana yang sudah mereka percaya, lalu ikuti itu. Anggap satu unggahan sebagai petunjuk untuk diuji, bukan aturan.',
      },
    },
    {
      id: 'peers-at-other-companies',
      name: { en: 'Peers at other companies', id: 'Rekan sejawat di perusahaan lain' },
      why: {
        en: 'Other leaders of social teams have met the same questions about goals, budgets, reporting and burnout, and can tell you what they tried.',
        id: 'Pemimpin tim sosial di tempat lain pernah menghadapi pertanyaan yang sama soal tujuan, anggaran, pelaporan, dan burnout, dan bisa bercerita apa yang sudah mereka coba.',
      },
      how: {
        en: 'Have one conversation a month with a peer in a similar role. Swap how you report and how you protect your teams, never confidential numbers.',
        id: 'Luangkan satu obrolan setiap bulan dengan rekan di peran serupa. Bertukar cerita soal cara melapor dan cara melindungi tim, tanpa membagikan angka yang rahasia.',
      },
    },
    {
      id: 'own-data',
      name: { en: "The team's own data", id: 'Data milik tim sendiri' },
      why: {
        en: 'Your own history is the only benchmark drawn from your audience, your platforms and your definitions.',
        id: 'Riwayat data Anda sendiri adalah satu-satunya tolok ukur yang berasal dari audiens, platform, dan definisi Anda sendiri.',
      },
      how: {
        en: 'Compare each period with your own past periods before any outside figure, and note any change in definition or tool that breaks the comparison.',
        id: 'Bandingkan setiap periode dengan periode Anda sebelumnya sebelum melihat angka dari luar, dan catat setiap perubahan definisi atau tool yang membuat perbandingan jadi tidak setara.',
      },
    },
    {
      id: 'the-team-itself',
      name: { en: 'The people on your team', id: 'Orang-orang di tim Anda' },
      why: {
        en: 'They are on the platforms every day and usually spot a trend or a change before any report does.',
        id: 'Mereka ada di platform setiap hari dan biasanya lebih dulu menangkap tren atau perubahan sebelum muncul di laporan mana pun.',
      },
      how: {
        en: 'Ask at each retro what changed on the platforms in the last two weeks, and let whoever noticed it explain it to the group.',
        id: 'Di setiap retro, tanyakan apa yang berubah di platform dalam dua minggu terakhir, dan biarkan orang yang menyadarinya menjelaskan kepada yang lain.',
      },
    },
  ],
};
