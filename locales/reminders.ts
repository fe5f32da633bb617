// Interface strings for the reminders views, in both languages; en.ts and id.ts spread them in.
// The background reads this file alone (not the whole catalogue) to word its notifications.
export const reminders = {
  en: {
    remindersHeading: 'Reminders',
    remindersIntro:
      'Sidecoach reminds you to check in with each person on the team, to hold the team retro, and to debrief after a crisis. One reminder at a time, and never in your quiet hours.',
    remindersLoadFailed: 'Sidecoach could not read your reminders: {error}',
    remindersSettingsReset:
      'Some reminder settings could not be read, so Sidecoach shows the defaults for them. Save to keep what you see.',

    remindersNextHeading: 'Waiting for you',
    remindersNothingDue: 'No reminder is due right now.',
    remindersNextAt: 'Next reminder: {time}.',
    remindersNoTeam:
      'Add the people on your team in the side panel’s Team view, and Sidecoach will remind you to check in with each of them.',
    remindersDone: 'Done',
    remindersSnooze: 'Snooze 1 hour',
    remindersDismiss: 'Dismiss',
    remindersAnswered: 'Saved.',
    remindersAnswerFailed: 'That was not saved: {error}',

    remindersTimeZone: 'Time zone',
    remindersTimeZoneHelp: 'Quiet hours, work days and the retro follow this time zone, wherever your computer is.',
    remindersQuietHours: 'Quiet hours',
    remindersQuietFrom: 'From',
    remindersQuietUntil: 'Until',
    remindersQuietHelp: 'No reminders between these times. Make both the same to have no quiet hours.',
    remindersWorkDays: 'Work days',
    remindersNoWorkDays: 'With no work days ticked, Sidecoach will not remind you of anything.',
    remindersRetro: 'Weekly team retro',
    remindersRetroOn: 'Remind me to hold the team retro',
    remindersRetroDay: 'Day',
    remindersRetroTime: 'Time',
    remindersSave: 'Save reminder settings',
    remindersSaved: 'Reminder settings saved.',
    remindersSaveFailed: 'Your changes are still here, but they were not saved: {error}',
    remindersUnsaved: 'You have changes that are not saved yet.',

    remindersCrisisHeading: 'Crisis mode',
    remindersCrisisIntro:
      'Turn this on while the brand is in a crisis or a hard news moment. The people answering comments take the first hit, so Sidecoach reminds you to check in with them twice as often and adds crisis prompts when you open an inbox.',
    remindersCrisisSwitch: 'Crisis mode',
    remindersCrisisUntil: 'Crisis mode ends after',
    remindersCrisisOn:
      'Crisis mode is on until the end of {date}. Check-in reminders come twice as often (but never more often than every 2 days), and the Coach adds crisis prompts on inbox pages.',
    remindersCrisisOff: 'Crisis mode is off.',
    remindersCrisisChangeEnd: 'Change end date',
    remindersCrisisEnded:
      'Crisis mode ended on {date}. Sidecoach will remind you to hold a debrief with the team at the next good moment.',
    remindersCrisisBadDate: 'Choose an end date from today on.',
    remindersCrisisFailed: 'Crisis mode was not changed: {error}',

    remindersSomeone: 'a team member',
    remindersCheckInTitle: 'Time to check in with {name}',
    remindersCheckInBody: 'Ask how their week really went, and what would make the work easier.',
    remindersDebriefTitle: 'Crisis mode has ended: time for a debrief',
    remindersDebriefBody: 'Book 30 minutes with the team. Start with how people are, then cover:',
    remindersDebriefHappened: 'What happened, in order, as the team saw it',
    remindersDebriefAbsorbed: 'What the team absorbed: the messages, the hours, the abuse',
    remindersDebriefChange: 'What to change before the next one',
    remindersDebriefRest: 'Who needs rest, and when they will take it',
  },
  id: {
    remindersHeading: 'Pengingat',
    remindersIntro:
      'Sidecoach mengingatkan Anda untuk check-in dengan setiap orang di tim, mengadakan retro tim, dan melakukan evaluasi setelah krisis. Satu pengingat dalam satu waktu, dan tidak pernah di jam tenang Anda.',
    remindersLoadFailed: 'Sidecoach tidak bisa membaca pengingat Anda: {error}',
    remindersSettingsReset:
      'Sebagian pengaturan pengingat tidak bisa dibaca, jadi Sidecoach menampilkan pengaturan bawaan untuk bagian itu. Simpan untuk mempertahankan yang Anda lihat.',

    remindersNextHeading: 'Menunggu Anda',
    remindersNothingDue: 'Belum ada pengingat untuk saat ini.',
    remindersNextAt: 'Pengingat berikutnya: {time}.',
    remindersNoTeam:
      'Tambahkan anggota tim Anda di tampilan Tim pada panel samping, dan Sidecoach akan mengingatkan Anda untuk check-in dengan masing-masing.',
    remindersDone: 'Selesai',
    remindersSnooze: 'Tunda 1 jam',
    remindersDismiss: 'Lewati',
    remindersAnswered: 'Tersimpan.',
    remindersAnswerFailed: 'Belum tersimpan: {error}',

    remindersTimeZone: 'Zona waktu',
    remindersTimeZoneHelp:
      'Jam tenang, hari kerja, dan retro mengikuti zona waktu ini, di mana pun komputer Anda berada.',
    remindersQuietHours: 'Jam tenang',
    remindersQuietFrom: 'Dari',
    remindersQuietUntil: 'Sampai',
    remindersQuietHelp: 'Tidak ada pengingat di antara jam ini. Samakan keduanya kalau Anda tidak mau ada jam tenang.',
    remindersWorkDays: 'Hari kerja',
    remindersNoWorkDays: 'Kalau tidak ada hari kerja yang dicentang, Sidecoach tidak akan mengingatkan apa pun.',
    remindersRetro: 'Retro tim mingguan',
    remindersRetroOn: 'Ingatkan saya untuk mengadakan retro tim',
    remindersRetroDay: 'Hari',
    remindersRetroTime: 'Jam',
    remindersSave: 'Simpan pengaturan pengingat',
    remindersSaved: 'Pengaturan pengingat tersimpan.',
    remindersSaveFailed: 'Perubahan Anda masih ada di sini, tapi belum tersimpan: {error}',
    remindersUnsaved: 'Ada perubahan yang belum disimpan.',

    remindersCrisisHeading: 'Mode krisis',
    remindersCrisisIntro:
      'Nyalakan saat brand sedang menghadapi krisis atau berita yang berat. Orang yang membalas komentar yang pertama kena imbasnya, jadi Sidecoach mengingatkan Anda untuk check-in dengan mereka dua kali lebih sering dan menambahkan prompt krisis saat Anda membuka inbox.',
    remindersCrisisSwitch: 'Mode krisis',
    remindersCrisisUntil: 'Mode krisis berakhir setelah',
    remindersCrisisOn:
      'Mode krisis aktif sampai akhir {date}. Pengingat check-in muncul dua kali lebih sering (tapi tidak lebih sering dari 2 hari sekali), dan Coach menambahkan prompt krisis di halaman inbox.',
    remindersCrisisOff: 'Mode krisis tidak aktif.',
    remindersCrisisChangeEnd: 'Ubah tanggal selesai',
    remindersCrisisEnded:
      'Mode krisis berakhir pada {date}. Sidecoach akan mengingatkan Anda untuk mengadakan sesi evaluasi bersama tim di waktu yang pas.',
    remindersCrisisBadDate: 'Pilih tanggal selesai mulai hari ini.',
    remindersCrisisFailed: 'Mode krisis tidak berubah: {error}',

    remindersSomeone: 'anggota tim',
    remindersCheckInTitle: 'Saatnya check-in dengan {name}',
    remindersCheckInBody:
      'Tanyakan bagaimana minggu mereka sebenarnya, dan apa yang bisa membuat pekerjaan mereka lebih mudah.',
    remindersDebriefTitle: 'Mode krisis sudah selesai: saatnya evaluasi',
    remindersDebriefBody: 'Sisihkan 30 menit bersama tim. Mulai dengan menanyakan kabar tiap orang, lalu bahas:',
    remindersDebriefHappened: 'Apa yang terjadi, berurutan, dari sudut pandang tim',
    remindersDebriefAbsorbed: 'Apa saja yang ditanggung tim: pesan, jam kerja, dan hujatan',
    remindersDebriefChange: 'Apa yang perlu diubah sebelum krisis berikutnya',
    remindersDebriefRest: 'Siapa yang butuh istirahat, dan kapan mereka mengambilnya',
  },
} as const;
