// Bahasa Indonesia interface strings: same keys and placeholders as en.ts.
import type { MessageKey } from './en';

export const id: Record<MessageKey, string> = {
  appName: 'Sidecoach',

  popupHeading: 'Checklist onboarding Anda',
  popupOpenCoach: 'Buka coach',
  popupOpenCoachHint: 'Membuka coach di samping tab ini. Pintasan: {shortcut}',
  popupOpenCoachFailed: 'Coach tidak bisa dibuka di sini: {error}',
  popupSettings: 'Pengaturan',

  panelLoading: 'Sedang membaca tab ini…',
  panelPinned: 'Coaching untuk satu tab yang disematkan',
  panelTabClosed: 'Tab yang disematkan ke panel ini sudah ditutup.',
  panelUnsupportedTitle: 'Belum ada yang bisa dibahas di sini',
  panelUnsupportedBody:
    'Buka salah satu platform sosial atau dasbor analytics Anda di tab ini, dan coach akan mengikuti Anda ke sana.',
  panelSupportedPlatforms: 'Tempat Sidecoach bekerja',
  panelPlatformOnlyBody:
    'Ini {platform}, tetapi Sidecoach belum punya coaching untuk halaman ini. Halaman analytics-nya adalah titik awal yang baik.',
  panelYouAreOn: 'Anda sedang di',
  panelMetricsHeading: 'Metrik di halaman ini',
  panelNoMetrics: 'Belum ada metrik yang dikenali di halaman ini.',
  panelLoadFailed: 'Sidecoach tidak bisa membaca tab ini: {error}',

  panelViews: 'Tampilan Sidecoach',
  viewCoach: 'Coach',
  viewGlossary: 'Glosarium',

  coachOnThisPage: 'Di halaman ini',
  coachReadsNothingHere:
    'Sidecoach tidak membaca apa pun di halaman jenis ini (pesan, komentar, dan composer), jadi tidak ada metrik yang ditampilkan.',
  coachAccount: 'Akun: {account}',
  coachDateRange: 'Periode di layar: {range}',
  coachPause: 'Jeda di {platform}',
  coachResume: 'Lanjutkan di {platform}',
  coachPauseFailed: 'Tidak bisa diubah: {error}',
  coachPausedTitle: 'Dijeda di {platform}',
  coachPausedBody:
    'Sidecoach tidak membaca apa pun di halaman {platform} sampai Anda melanjutkannya. Catatan dan Glosarium tetap bisa dipakai.',
  coachQuestionsHeading: 'Pertanyaan yang pas untuk halaman ini',
  coachMoreQuestions: 'Tampilkan {count} lagi',
  coachWellbeingHeading: 'Jaga tim Anda',
  wellbeingToday: 'Yang bisa dilakukan hari ini:',
  wellbeingAnother: 'Ide lain',
  questionWhy: 'Kenapa ini perlu ditanyakan, dan seperti apa jawaban yang baik',
  questionGoodAnswer: 'Jawaban yang baik:',
  cardOnPlatform: 'Di {platform}:',
  cardNoVariant: '{platform} tidak punya definisi sendiri untuk ini; lihat cara platform lain menghitungnya.',
  cardCareful: 'Hati-hati:',
  cardAskAtOneOnOne: 'Tanyakan di 1:1 berikutnya',
  cardSavedForOneOnOne: 'Disimpan untuk 1:1 berikutnya ✓',
  cardAddNote: 'Tambah catatan',
  cardMore: 'Selengkapnya',
  cardLess: 'Ringkas',
  cardOpenInGlossary: 'Bandingkan semua platform di Glosarium',
  agendaSaveFailed: 'Gagal menyimpan untuk 1:1 Anda: {error}',
  readsHeading: 'Yang dibaca Sidecoach di halaman ini',
  readsAddress: 'Alamat dan judul tab ini, untuk mengenali platform dan halamannya.',
  readsLabels: 'Label metrik berikut, dan tidak ada teks lain dari halaman:',
  readsNoLabels: 'Belum ada label metrik.',
  readsPaused: 'Tidak ada: Anda menjeda Sidecoach di sini.',
  readsDateRange: 'Periode yang ditampilkan halaman: {range}',
  readsScan: 'Pembacaan terakhir butuh {ms} md untuk {nodes} potongan teks, dalam {slices} jeda idle.',
  readsNever:
    'Sidecoach tidak pernah membaca yang Anda ketik, pesan, atau kolom komentar. Yang dibacanya tetap di browser ini dan dilupakan saat browser ditutup.',

  glossaryHeading: 'Glosarium metrik',
  glossarySearchLabel: 'Cari metrik, dalam bahasa Indonesia atau Inggris',
  glossarySearchPlaceholder: 'jangkauan, reach, CTR…',
  glossaryNoResults:
    'Tidak ada metrik yang cocok dengan “{query}”. Coba kata lain, dalam bahasa Indonesia atau Inggris.',
  glossaryCount: 'Metrik ditemukan: {count}',
  glossaryBack: 'Semua metrik',

  metricOtherLanguageName: 'Dalam bahasa Inggris: {name}',
  metricFormula: 'Rumus:',
  metricOnEachPlatform: 'Di tiap platform',
  metricPitfalls: 'Hati-hati saat membandingkan',
  metricChanges: 'Apa yang berubah, dan kapan',
  metricAskTheTeam: 'Tanyakan ke tim',
  metricGoals: 'Tujuan yang progresnya terlihat dari sini',
  metricSources: 'Sumber',
  metricChecked: 'dicek {date}',

  phaseFirstWeek: 'Minggu pertama',
  phaseFirst30Days: '30 hari pertama',
  phaseFirst60Days: '60 hari pertama',
  phaseFirst90Days: '90 hari pertama',
  popupPhases: 'Tahap checklist',

  optionsTitle: 'Pengaturan Sidecoach',
  optionsLanguage: 'Bahasa',
  optionsLanguageAuto: 'Sama dengan browser ({language})',
  optionsSaved: 'Tersimpan.',
  optionsSaveFailed: 'Gagal menyimpan: {error}. Pengaturan sebelumnya tetap dipakai.',
  optionsSettingsReset:
    'Pengaturan tersimpan Anda tidak bisa dibaca, jadi Sidecoach memakai pengaturan bawaan. Menyimpan di sini akan menggantinya.',
  optionsReadingHeading: 'Yang dibaca Sidecoach di halaman',
  optionsHints: 'Tampilkan petunjuk di halaman',
  optionsHintsHelp:
    'Tanda “?” kecil di samping setiap metrik yang dikenali Sidecoach di halaman; klik untuk membaca penjelasannya. Petunjuk tidak pernah menggeser apa pun di halaman.',
  optionsReadOn: 'Baca label metrik di platform ini (hapus centang untuk menjeda)',
  optionsPrivacyHeading: 'Privasi',
  optionsPrivacyBody:
    'Sidecoach menyimpan semuanya di browser ini. Tidak ada permintaan jaringan dan tidak ada data yang dikirim ke mana pun.',

  languageEnglish: 'English',
  languageIndonesian: 'Bahasa Indonesia',
};
