// Bahasa Indonesia interface strings: same keys and placeholders as en.ts.
import type { MessageKey } from './en';

export const id: Record<MessageKey, string> = {
  appName: 'Sidecoach',

  popupHeading: 'Minggu pertama Anda',
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

  optionsTitle: 'Pengaturan Sidecoach',
  optionsLanguage: 'Bahasa',
  optionsLanguageAuto: 'Sama dengan browser ({language})',
  optionsSaved: 'Tersimpan.',
  optionsSaveFailed: 'Gagal menyimpan: {error}. Pengaturan sebelumnya tetap dipakai.',
  optionsSettingsReset:
    'Pengaturan tersimpan Anda tidak bisa dibaca, jadi Sidecoach memakai pengaturan bawaan. Menyimpan di sini akan menggantinya.',
  optionsPrivacyHeading: 'Privasi',
  optionsPrivacyBody:
    'Sidecoach menyimpan semuanya di browser ini. Tidak ada permintaan jaringan dan tidak ada data yang dikirim ke mana pun.',

  languageEnglish: 'English',
  languageIndonesian: 'Bahasa Indonesia',
};
