// Team-care prompts, by situation: what the leader should notice, and one thing to do about it
// today. The social team is the brand's public face and reads the criticism first; these
// prompts help a new leader see that work and share its weight. No medical advice: when
// distress looks serious, the prompt points to the company's own support.
import type { WellbeingPrompt } from './schema';

export const wellbeing: WellbeingPrompt[] = [
  // Heavy inbox
  {
    id: 'inbox-cover-the-queue',
    situations: ['heavy-inbox'],
    prompt: {
      en: 'When the inbox stays full for hours, the person answering it gets no pause between hard messages.',
      id: 'Kalau inbox penuh berjam-jam, orang yang membalasnya tidak punya jeda di antara pesan-pesan yang berat.',
    },
    action: {
      en: 'Take over the comment queue yourself for the next 30 minutes so they can step away from the screen.',
      id: 'Ambil alih antrean komentar sendiri selama 30 menit ke depan supaya mereka bisa menjauh sejenak dari layar.',
    },
  },
  {
    id: 'inbox-abuse-rule',
    situations: ['heavy-inbox', 'crisis'],
    prompt: {
      en: 'Insults are aimed at the brand, but a person reads every one. Saying "I\'m fine" does not mean it does not hurt.',
      id: 'Hinaan memang ditujukan ke brand, tapi yang membacanya satu per satu adalah manusia. Jawaban "aman kok" tidak berarti mereka tidak terluka.',
    },
    action: {
      en: 'Agree one rule with the team today: abusive messages are hidden or reported, never answered, and no one has to read them twice.',
      id: 'Sepakati satu aturan dengan tim hari ini: pesan kasar cukup disembunyikan atau dilaporkan, tidak perlu dibalas, dan tidak ada yang harus membacanya dua kali.',
    },
  },
  {
    id: 'inbox-saved-replies',
    situations: ['heavy-inbox', 'workload-audit'],
    prompt: {
      en: 'Typing the same answer again and again is tiring, and it leaves less energy for the messages that need real thought.',
      id: 'Mengetik jawaban yang sama berulang-ulang itu melelahkan, dan menyisakan sedikit tenaga untuk pesan yang benar-benar perlu dipikirkan.',
    },
    action: {
      en: 'Ask which three questions they answer most, and give them an hour this week to write saved replies for them.',
      id: 'Tanyakan tiga pertanyaan yang paling sering mereka jawab, lalu beri waktu satu jam minggu ini untuk menyiapkan template balasan.',
    },
  },
  {
    id: 'inbox-route-to-other-teams',
    situations: ['heavy-inbox', 'workload-audit'],
    prompt: {
      en: 'The inbox often collects problems that belong to other teams, such as billing, delivery or product faults. The social team takes the anger without the power to fix the cause.',
      id: 'Inbox sering menampung masalah milik tim lain, misalnya tagihan, pengiriman, atau produk yang rusak. Tim sosial menerima kemarahannya tanpa punya wewenang membereskan sumbernya.',
    },
    action: {
      en: "Ask which department's issues land in the inbox most, and book a 15-minute call with that team's lead to agree where those messages go.",
      id: 'Tanyakan masalah dari departemen mana yang paling sering masuk ke inbox, lalu jadwalkan obrolan 15 menit dengan kepala tim itu untuk menyepakati ke mana pesan tersebut diteruskan.',
    },
  },
  {
    id: 'inbox-share-the-shifts',
    situations: ['heavy-inbox', 'workload-audit'],
    prompt: {
      en: 'If the same person always covers the inbox, they absorb every complaint the brand receives.',
      id: 'Kalau orang yang sama selalu memegang inbox, dialah yang menyerap semua keluhan yang diterima brand.',
    },
    action: {
      en: "Draw up this week's inbox schedule in short blocks, with a named backup for each block.",
      id: 'Susun jadwal jaga inbox minggu ini dalam blok-blok pendek, dan tentukan satu orang cadangan untuk setiap blok.',
    },
  },
  {
    id: 'inbox-volume-is-workload',
    situations: ['heavy-inbox'],
    prompt: {
      en: 'Inbox volume, the number of messages and comments waiting, is a workload signal as much as a metric.',
      id: 'Volume inbox, yaitu jumlah pesan dan komentar yang menunggu dibalas, adalah sinyal beban kerja, bukan sekadar angka.',
    },
    action: {
      en: 'Open the inbox with Sidecoach, note what the queue looks like today, and ask the person on shift how it felt to work through it.',
      id: 'Buka inbox dengan Sidecoach, catat kondisi antreannya hari ini, lalu tanyakan kepada yang sedang berjaga bagaimana rasanya menghadapi antrean itu.',
    },
  },

  // Crisis
  {
    id: 'crisis-bring-them-in',
    situations: ['crisis'],
    prompt: {
      en: 'The people who run the channels usually know how the audience will react before anyone else in the room does.',
      id: 'Orang yang mengelola kanal biasanya paling dulu tahu bagaimana audiens akan bereaksi, sebelum siapa pun di ruang rapat.',
    },
    action: {
      en: 'Invite the person who runs the channels to the next meeting where the response is decided, and ask for their view first.',
      id: 'Ajak orang yang mengelola kanal ke rapat berikutnya yang memutuskan tanggapan brand, dan minta pendapatnya lebih dulu.',
    },
  },
  {
    id: 'crisis-front-line-check',
    situations: ['crisis', 'after-hours'],
    prompt: {
      en: 'In a crisis, the social team reads every angry reply while others in the company read a summary.',
      id: 'Saat krisis, tim sosial membaca setiap balasan yang marah, sementara orang lain di perusahaan hanya membaca ringkasannya.',
    },
    action: {
      en: 'Send a two-line message today asking how they are holding up and what you can take off their plate.',
      id: 'Kirim pesan singkat dua baris hari ini: tanyakan bagaimana keadaan mereka dan pekerjaan apa yang bisa Anda ambil alih.',
    },
  },
  {
    id: 'crisis-holding-reply',
    situations: ['crisis', 'heavy-inbox'],
    prompt: {
      en: 'Waiting for sign-off while comments pile up is one of the most stressful parts of a crisis for the team.',
      id: 'Menunggu persetujuan sementara komentar terus menumpuk adalah salah satu bagian paling menekan bagi tim saat krisis.',
    },
    action: {
      en: 'Agree a short holding reply with whoever approves statements, so the team can post it without waiting for another sign-off.',
      id: 'Sepakati satu balasan sementara yang singkat dengan pihak yang menyetujui pernyataan, supaya tim bisa langsung memakainya tanpa menunggu persetujuan lagi.',
    },
  },
  {
    id: 'crisis-pause-the-queue',
    situations: ['crisis'],
    prompt: {
      en: 'A cheerful scheduled post can land badly in the middle of a crisis or a moment of public grief, and the team takes the blame in the comments.',
      id: 'Postingan terjadwal yang ceria bisa terasa salah tempat di tengah krisis atau duka publik, dan timlah yang disalahkan di kolom komentar.',
    },
    action: {
      en: 'Ask the team to pause the scheduled queue, and tell the rest of the company the call was yours, so no one has to defend it alone.',
      id: 'Minta tim menghentikan sementara antrean postingan terjadwal, lalu sampaikan di internal bahwa itu keputusan Anda, supaya tidak ada yang harus membelanya sendirian.',
    },
  },
  {
    id: 'crisis-unrest-step-back',
    situations: ['crisis'],
    prompt: {
      en: 'During social unrest, people on the team may be personally affected by the same events they are moderating.',
      id: 'Di tengah keresahan sosial, anggota tim bisa saja ikut terdampak secara pribadi oleh peristiwa yang sedang mereka moderasi.',
    },
    action: {
      en: 'Ask each person privately whether they would like to step back from moderation for a few days, and arrange cover without asking for a reason.',
      id: 'Tanyakan secara pribadi kepada setiap orang apakah mereka ingin rehat dari moderasi beberapa hari, lalu atur penggantinya tanpa meminta alasan.',
    },
  },
  {
    id: 'crisis-who-approves-at-night',
    situations: ['crisis', 'after-hours'],
    prompt: {
      en: 'Nobody should have to guess at midnight who is allowed to approve a reply.',
      id: 'Tidak seharusnya ada yang menebak-nebak tengah malam siapa yang berwenang menyetujui sebuah balasan.',
    },
    action: {
      en: 'Write down today who approves crisis replies out of hours, name a backup, and share both with the team.',
      id: 'Tuliskan hari ini siapa yang menyetujui balasan krisis di luar jam kerja, tentukan penggantinya, lalu bagikan ke tim.',
    },
  },
  {
    id: 'crisis-debrief-people-first',
    situations: ['crisis', 'weekly-check-in'],
    prompt: {
      en: 'When a crisis ends, the adrenaline drops and the tiredness shows up, often a few days later.',
      id: 'Begitu krisis mereda, adrenalin turun dan rasa lelah mulai muncul, sering kali beberapa hari kemudian.',
    },
    action: {
      en: 'Book a 30-minute debrief this week that starts with how people are doing, before what went wrong.',
      id: 'Jadwalkan sesi evaluasi 30 menit minggu ini yang dibuka dengan menanyakan kabar tiap orang, baru kemudian membahas apa yang keliru.',
    },
  },
  {
    id: 'crisis-serious-distress',
    distress: true,
    situations: ['crisis', 'weekly-check-in'],
    prompt: {
      en: 'If someone still seems shaken days later, is sleeping badly, or says they dread opening the apps, that is more than a rough day.',
      id: 'Jika seseorang masih terlihat terguncang berhari-hari kemudian, sulit tidur, atau mengaku takut membuka aplikasi, itu lebih dari sekadar hari yang buruk.',
    },
    action: {
      en: "Talk with them privately today, point them to your company's own support, such as HR or an employee assistance programme if you have one, and offer to help with the first contact.",
      id: 'Ajak mereka bicara empat mata hari ini, arahkan ke dukungan yang disediakan perusahaan, misalnya HR atau program bantuan karyawan jika ada, dan tawarkan bantuan untuk menghubunginya pertama kali.',
    },
  },
  {
    id: 'crisis-name-the-communicator',
    situations: ['crisis', 'many-hats'],
    prompt: {
      en: 'Crisis communicator is often a hat the social manager wears on top of everything else, without anyone deciding it.',
      id: 'Peran komunikator krisis sering kali menempel begitu saja pada social media manager, di atas semua tugas lainnya, tanpa pernah diputuskan.',
    },
    action: {
      en: 'Ask who drafts crisis replies today, then decide with them who backs them up when they are off.',
      id: 'Tanyakan siapa yang selama ini menyusun balasan krisis, lalu putuskan bersama siapa yang menggantikannya saat dia libur.',
    },
  },

  // After hours
  {
    id: 'after-hours-notifications',
    situations: ['after-hours'],
    prompt: {
      en: 'Social never closes, so people keep checking their phones "just in case", even on nights that are not theirs.',
      id: 'Media sosial tidak pernah tutup, jadi orang terus mengecek ponsel "jaga-jaga", bahkan di malam yang bukan gilirannya.',
    },
    action: {
      en: 'Ask each person which work notifications stay on after hours, and agree which ones they can switch off tonight.',
      id: 'Tanyakan kepada setiap orang notifikasi kerja apa saja yang tetap menyala di luar jam kerja, lalu sepakati mana yang boleh dimatikan mulai malam ini.',
    },
  },
  {
    id: 'after-hours-on-call-schedule',
    situations: ['after-hours', 'workload-audit'],
    prompt: {
      en: 'Without a clear on-call schedule, everyone ends up a little on call all the time.',
      id: 'Tanpa jadwal piket yang jelas, semua orang akhirnya merasa sedikit piket sepanjang waktu.',
    },
    action: {
      en: 'Write a simple evening and weekend schedule for this month so each person knows which nights are theirs and which are free.',
      id: 'Buat jadwal piket malam dan akhir pekan yang sederhana untuk bulan ini, supaya tiap orang tahu malam mana yang menjadi gilirannya dan mana yang bebas.',
    },
  },
  {
    id: 'after-hours-your-own-messages',
    situations: ['after-hours'],
    prompt: {
      en: 'A message from you late at night reads as urgent, even when you meant it to wait.',
      id: 'Pesan dari Anda larut malam akan terbaca mendesak, walaupun maksud Anda bisa ditunda.',
    },
    action: {
      en: 'Schedule your non-urgent messages to arrive in working hours, and tell the team that is what you do.',
      id: 'Jadwalkan pesan yang tidak mendesak agar terkirim di jam kerja, dan beri tahu tim bahwa begitulah cara Anda bekerja.',
    },
  },
  {
    id: 'after-hours-give-time-back',
    situations: ['after-hours', 'crisis'],
    prompt: {
      en: 'The hours spent calming a late-night flare-up are still work, even if no one logged them.',
      id: 'Waktu yang dipakai untuk meredam keributan larut malam tetap terhitung kerja, meskipun tidak ada yang mencatatnya.',
    },
    action: {
      en: 'Tell the person who covered last night that they can start late or finish early this week, and mean it.',
      id: 'Sampaikan kepada orang yang berjaga semalam bahwa dia boleh masuk lebih siang atau pulang lebih cepat minggu ini, dan pastikan itu benar-benar berlaku.',
    },
  },
  {
    id: 'after-hours-define-urgent',
    situations: ['after-hours'],
    prompt: {
      en: 'People check at night when nobody has said what counts as urgent.',
      id: 'Orang cenderung mengecek di malam hari kalau tidak pernah ada kejelasan soal apa yang termasuk mendesak.',
    },
    action: {
      en: 'Write down with the team, in three lines, what needs a reply out of hours and what can wait until morning.',
      id: 'Tulis bersama tim, cukup tiga baris, apa saja yang perlu dibalas di luar jam kerja dan apa yang bisa menunggu sampai pagi.',
    },
  },
  {
    id: 'after-hours-show-by-example',
    situations: ['after-hours', 'weekly-check-in'],
    prompt: {
      en: 'If you reply to comments at eleven at night, the team learns that this is expected of them too.',
      id: 'Kalau Anda membalas komentar jam sebelas malam, tim akan menangkap bahwa hal yang sama juga diharapkan dari mereka.',
    },
    action: {
      en: 'Keep work channels closed tonight, and mention at the next check-in that you did.',
      id: 'Tutup kanal kerja malam ini, lalu ceritakan di check-in berikutnya bahwa Anda melakukannya.',
    },
  },

  // After a launch
  {
    id: 'after-launch-thank-by-name',
    situations: ['after-launch', 'praise'],
    prompt: {
      en: 'Launch weeks bring long days and a spike in comments, good and bad, and the team rarely hears which of their work made the difference.',
      id: 'Minggu peluncuran berarti hari-hari panjang dan lonjakan komentar, baik maupun buruk, dan tim jarang mendengar bagian mana dari kerja mereka yang berdampak.',
    },
    action: {
      en: "In the team's channel today, thank each person by name for one specific part of the launch.",
      id: 'Di grup tim hari ini, ucapkan terima kasih kepada setiap orang dengan menyebut namanya dan satu bagian peluncuran yang mereka kerjakan.',
    },
  },
  {
    id: 'after-launch-lighter-day',
    situations: ['after-launch'],
    prompt: {
      en: 'After a launch, people need a lighter stretch before the next push, or the next push starts on empty.',
      id: 'Setelah peluncuran, orang butuh masa yang lebih ringan sebelum dorongan berikutnya, kalau tidak mereka akan mulai dengan tenaga yang sudah habis.',
    },
    action: {
      en: "Clear one low-priority meeting from each person's calendar this week.",
      id: 'Hapus satu rapat yang tidak terlalu penting dari kalender setiap orang minggu ini.',
    },
  },
  {
    id: 'after-launch-carry-the-criticism',
    situations: ['after-launch', 'heavy-inbox'],
    prompt: {
      en: 'Launch comments often criticise decisions the social team did not make, such as price, features or timing.',
      id: 'Komentar saat peluncuran sering mengkritik keputusan yang bukan dibuat tim sosial, seperti harga, fitur, atau waktu rilis.',
    },
    action: {
      en: 'Ask which comments were the hardest to answer, and take them to the product owner yourself so the team does not carry them alone.',
      id: 'Tanyakan komentar mana yang paling sulit dijawab, lalu bawa sendiri ke pemilik produk supaya tim tidak menanggungnya sendirian.',
    },
  },
  {
    id: 'after-launch-review-after-rest',
    situations: ['after-launch'],
    prompt: {
      en: 'Results read the morning after a launch, by tired people, tend to sound like blame.',
      id: 'Hasil yang dibahas pagi setelah peluncuran, oleh orang-orang yang masih lelah, gampang terdengar seperti menyalahkan.',
    },
    action: {
      en: 'Move the launch review to a day after the team has had a lighter day, and open it with what went well.',
      id: 'Geser rapat evaluasi peluncuran ke hari setelah tim sempat bekerja lebih santai, dan buka dengan hal-hal yang berjalan baik.',
    },
  },
  {
    id: 'after-launch-unseen-work',
    situations: ['after-launch', 'many-hats'],
    prompt: {
      en: 'Much launch work is invisible: last-minute edits, resized images, reply templates, late approvals chased.',
      id: 'Banyak pekerjaan peluncuran yang tidak terlihat: revisi menit terakhir, gambar yang harus diubah ukurannya, template balasan, sampai mengejar persetujuan yang telat.',
    },
    action: {
      en: 'At your next 1:1, ask what this launch cost them that nobody saw, and write the answer down.',
      id: 'Di 1:1 berikutnya, tanyakan pengorbanan apa dari peluncuran ini yang tidak dilihat siapa pun, lalu catat jawabannya.',
    },
  },
  {
    id: 'after-launch-share-with-leadership',
    situations: ['after-launch', 'praise'],
    prompt: {
      en: "Leadership usually sees the launch numbers but not the people behind them, and that shapes the team's budget and standing.",
      id: 'Jajaran pimpinan biasanya melihat angka peluncuran, bukan orang-orang di baliknya, padahal itu memengaruhi anggaran dan posisi tim.',
    },
    action: {
      en: 'In your launch update to leadership, name the people who did the work next to the result they produced.',
      id: 'Dalam laporan peluncuran ke pimpinan, sebutkan nama orang yang mengerjakannya di samping hasil yang mereka capai.',
    },
  },

  // Weekly check-in
  {
    id: 'check-in-specific-question',
    situations: ['weekly-check-in'],
    prompt: {
      en: '"How are you?" usually gets "fine". A specific question gets a real answer.',
      id: 'Pertanyaan "apa kabar?" biasanya dijawab "baik". Pertanyaan yang spesifik akan mendapat jawaban yang jujur.',
    },
    action: {
      en: 'At your next 1:1, ask what the hardest message was that they handled this week.',
      id: 'Di 1:1 berikutnya, tanyakan pesan apa yang paling berat mereka tangani minggu ini.',
    },
  },
  {
    id: 'check-in-energy',
    situations: ['weekly-check-in', 'workload-audit'],
    prompt: {
      en: 'The same amount of work can feel light or heavy depending on which parts of it fill the week.',
      id: 'Jumlah pekerjaan yang sama bisa terasa ringan atau berat, tergantung bagian mana yang memenuhi minggu itu.',
    },
    action: {
      en: 'Ask which part of their week gave them energy and which part drained it, and note both.',
      id: 'Tanyakan bagian mana dari minggu ini yang membuat mereka bersemangat dan mana yang menguras tenaga, lalu catat keduanya.',
    },
  },
  {
    id: 'check-in-safe-to-speak',
    situations: ['weekly-check-in'],
    prompt: {
      en: 'People raise problems only once they believe it is safe and that something will happen when they do.',
      id: 'Orang baru mau menyampaikan masalah kalau mereka merasa aman dan yakin ada tindak lanjutnya.',
    },
    action: {
      en: "Say again at this week's check-in that they can come to you when they feel overloaded, and say what you will do when they do.",
      id: 'Tegaskan lagi di check-in minggu ini bahwa mereka boleh datang kepada Anda saat merasa kewalahan, dan jelaskan apa yang akan Anda lakukan ketika itu terjadi.',
    },
  },
  {
    id: 'check-in-report-back',
    situations: ['weekly-check-in'],
    prompt: {
      en: 'Trust grows when something someone raised last week has visibly changed.',
      id: 'Kepercayaan tumbuh ketika hal yang disampaikan seseorang minggu lalu benar-benar terlihat berubah.',
    },
    action: {
      en: 'Open your next check-in by reporting back on one thing they asked you for last time.',
      id: 'Buka check-in berikutnya dengan kabar tindak lanjut atas satu hal yang mereka minta pada pertemuan sebelumnya.',
    },
  },
  {
    id: 'check-in-quietest-voice',
    situations: ['weekly-check-in'],
    prompt: {
      en: 'Someone you have heard little from lately may be the one carrying the most.',
      id: 'Orang yang belakangan jarang terdengar bisa jadi justru yang bebannya paling berat.',
    },
    action: {
      en: 'If they have been quiet lately, give 15 minutes of this check-in to how they are, with no other agenda.',
      id: 'Kalau belakangan mereka jarang bersuara, sisihkan 15 menit dari check-in ini untuk menanyakan keadaan mereka, tanpa agenda lain.',
    },
  },
  {
    id: 'check-in-warning-signs',
    distress: true,
    situations: ['weekly-check-in', 'heavy-inbox'],
    prompt: {
      en: 'Shorter replies, skipped breaks, and a new cynicism about the audience can be early signs of burnout. Take them seriously the first time you notice them.',
      id: 'Balasan yang makin pendek, jam istirahat yang terlewat, dan sikap sinis pada audiens bisa jadi tanda awal burnout. Tanggapi dengan serius sejak pertama kali Anda melihatnya.',
    },
    action: {
      en: "Ask privately how they are really doing. If it sounds serious, point them to your company's HR or employee assistance programme, and lighten their load this week.",
      id: 'Tanyakan secara pribadi bagaimana keadaan mereka sebenarnya. Kalau terdengar serius, arahkan ke HR atau program bantuan karyawan di perusahaan Anda, dan kurangi beban kerja mereka minggu ini.',
    },
  },

  // Praise
  {
    id: 'praise-one-good-reply',
    situations: ['praise', 'heavy-inbox'],
    prompt: {
      en: 'A calm, kind reply to an angry customer is skilled work, and it is easy to miss.',
      id: 'Membalas pelanggan yang marah dengan tenang dan ramah itu butuh keahlian, dan mudah sekali terlewat dari perhatian.',
    },
    action: {
      en: 'Send a two-line message naming one reply they handled well, and why it worked.',
      id: 'Kirim pesan dua baris yang menyebut satu balasan yang mereka tangani dengan baik, beserta alasannya.',
    },
  },
  {
    id: 'praise-in-other-meetings',
    situations: ['praise'],
    prompt: {
      en: "Other departments rarely see the social team's work unless someone brings it into the room.",
      id: 'Departemen lain jarang melihat hasil kerja tim sosial kecuali ada yang membawanya ke rapat.',
    },
    action: {
      en: 'In your next meeting with another department, share one insight the team found, and say who found it.',
      id: 'Di rapat berikutnya dengan departemen lain, bagikan satu insight yang ditemukan tim dan sebutkan siapa yang menemukannya.',
    },
  },
  {
    id: 'praise-the-reports',
    situations: ['praise', 'many-hats'],
    prompt: {
      en: 'Pulling numbers and building reports is quiet work that usually only gets noticed when something is wrong.',
      id: 'Menarik data dan menyusun laporan adalah kerja senyap yang biasanya baru diperhatikan ketika ada yang salah.',
    },
    action: {
      en: 'Tell the person who builds the report one thing you learned from the latest one.',
      id: 'Sampaikan kepada orang yang menyusun laporan satu hal yang Anda pelajari dari laporan terakhirnya.',
    },
  },
  {
    id: 'praise-pass-on-thanks',
    situations: ['praise'],
    prompt: {
      en: 'When a customer thanks the brand, the thanks usually belongs to one person on the team.',
      id: 'Saat pelanggan berterima kasih kepada brand, ucapan itu biasanya layak diterima satu orang tertentu di tim.',
    },
    action: {
      en: 'Find one kind comment or message from this week and forward it to the person who earned it.',
      id: 'Cari satu komentar atau pesan yang hangat dari minggu ini, lalu teruskan kepada orang yang layak menerimanya.',
    },
  },
  {
    id: 'praise-in-a-flat-week',
    situations: ['praise', 'weekly-check-in'],
    prompt: {
      en: 'Recognition matters most in weeks when the numbers are flat or the comments are harsh, because effort does not show up in the chart.',
      id: 'Apresiasi paling berarti justru di minggu ketika angka stagnan atau komentar sedang pedas, karena usaha tidak tampak di grafik.',
    },
    action: {
      en: 'Name one piece of effort from this week that the numbers do not show, and thank them for it in your next 1:1.',
      id: 'Sebutkan satu upaya minggu ini yang tidak terlihat di angka, lalu ucapkan terima kasih untuk itu di 1:1 berikutnya.',
    },
  },
  {
    id: 'praise-credit-the-idea',
    situations: ['praise', 'after-launch'],
    prompt: {
      en: 'An idea that came from the team and worked should carry their name, not only yours.',
      id: 'Ide dari tim yang terbukti berhasil seharusnya membawa nama mereka, bukan hanya nama Anda.',
    },
    action: {
      en: 'Pick one recent idea from the team that paid off and credit its author by name in your next update to your manager.',
      id: 'Pilih satu ide dari tim yang belakangan membuahkan hasil, lalu sebutkan nama penggagasnya di laporan Anda berikutnya kepada atasan.',
    },
  },

  // Workload audit
  {
    id: 'audit-map-a-week',
    situations: ['workload-audit'],
    prompt: {
      en: 'Replying to messages, researching and writing posts, scheduling, and pulling reports all take longer than they look from outside.',
      id: 'Membalas pesan, riset dan menulis konten, menjadwalkan posting, dan menarik laporan, semuanya makan waktu lebih lama daripada kelihatannya dari luar.',
    },
    action: {
      en: "Ask each person to list last week's tasks with rough hours next to each, and go through the list with them.",
      id: 'Minta setiap orang menuliskan tugas-tugas minggu lalu beserta perkiraan jamnya, lalu bahas daftar itu bersama mereka.',
    },
  },
  {
    id: 'audit-stop-one-thing',
    situations: ['workload-audit'],
    prompt: {
      en: 'Teams keep recurring tasks long after anyone remembers why they started.',
      id: 'Tim sering mempertahankan tugas rutin lama setelah tidak ada lagi yang ingat kenapa tugas itu dimulai.',
    },
    action: {
      en: 'Pick one recurring task together and stop it for a month to see whether anyone misses it.',
      id: 'Pilih bersama satu tugas rutin, hentikan selama sebulan, lalu lihat apakah ada yang merasa kehilangan.',
    },
  },
  {
    id: 'audit-report-hours',
    situations: ['workload-audit', 'many-hats'],
    prompt: {
      en: 'Building a report by hand, copying numbers from several dashboards, can quietly eat a whole day.',
      id: 'Menyusun laporan secara manual, menyalin angka dari beberapa dashboard, diam-diam bisa menghabiskan satu hari penuh.',
    },
    action: {
      en: 'Ask how long the last report took to build, and agree one part of it to automate or drop.',
      id: 'Tanyakan berapa lama laporan terakhir disusun, lalu sepakati satu bagian yang bisa diotomatisasi atau dihapus.',
    },
  },
  {
    id: 'audit-approval-steps',
    situations: ['workload-audit'],
    prompt: {
      en: 'Each approval step a post waits for adds delay and follow-up messages for the person who wrote it.',
      id: 'Setiap tahap persetujuan yang harus dilewati sebuah posting menambah waktu tunggu dan pesan susulan bagi penulisnya.',
    },
    action: {
      en: 'Trace one recent post from draft to published, count the approval steps, and remove one you can remove yourself.',
      id: 'Telusuri satu posting terbaru dari draf sampai tayang, hitung tahap persetujuannya, lalu hapus satu tahap yang bisa Anda hapus sendiri.',
    },
  },
  {
    id: 'audit-tool-switching',
    situations: ['workload-audit'],
    prompt: {
      en: 'Moving between many tools and logins all day costs attention, even when each tool is useful on its own.',
      id: 'Berpindah-pindah di antara banyak tool dan akun seharian menguras fokus, meskipun tiap tool berguna kalau dilihat sendiri-sendiri.',
    },
    action: {
      en: 'Ask which tool they would drop first if they could, and look at its cost and contract date this week.',
      id: 'Tanyakan tool mana yang paling ingin mereka lepas, lalu cek biaya dan masa kontraknya minggu ini.',
    },
  },
  {
    id: 'audit-meetings',
    situations: ['workload-audit', 'after-launch'],
    prompt: {
      en: 'Meetings land in the same hours as the inbox and the posting schedule, so every meeting is time away from the audience.',
      id: 'Rapat berlangsung di jam yang sama dengan jaga inbox dan jadwal posting, jadi setiap rapat berarti waktu yang diambil dari audiens.',
    },
    action: {
      en: "Go through the team's recurring meetings with them and cancel one they agree they do not need.",
      id: 'Tinjau rapat-rapat rutin tim bersama mereka, lalu batalkan satu yang mereka sepakati tidak perlu.',
    },
  },

  // Many hats
  {
    id: 'hats-name-them',
    situations: ['many-hats'],
    prompt: {
      en: 'Behind one "social media manager" title there are often several jobs: making the posts, images and videos, answering the community, planning and reading the numbers, buying ads, and speaking for the brand when something goes wrong.',
      id: 'Di balik satu jabatan "social media manager" sering ada beberapa pekerjaan sekaligus: membuat posting, gambar, dan video, melayani komunitas, menyusun rencana dan membaca angka, membeli iklan, serta menjadi suara brand saat ada masalah.',
    },
    action: {
      en: 'In your next 1:1, ask each person to list the jobs they actually do in a normal week, in their own words, before you offer any list of yours.',
      id: 'Di 1:1 berikutnya, minta setiap orang menyebutkan pekerjaan yang benar-benar mereka jalani dalam minggu biasa, dengan kata-kata mereka sendiri, sebelum Anda menawarkan daftar versi Anda.',
    },
  },
  {
    id: 'hats-hand-one-off',
    situations: ['many-hats', 'workload-audit'],
    prompt: {
      en: 'Most people can name the one job they would hand off first, and the answer tells you where to spend budget or help.',
      id: 'Kebanyakan orang bisa menyebut satu peran yang paling ingin mereka lepas, dan jawaban itu menunjukkan ke mana anggaran atau bantuan sebaiknya diarahkan.',
    },
    action: {
      en: 'Ask which job they would hand off first if they could, and add it to your notes for the next budget discussion.',
      id: 'Tanyakan peran mana yang paling ingin mereka serahkan ke orang lain, lalu masukkan ke catatan Anda untuk pembahasan anggaran berikutnya.',
    },
  },
  {
    id: 'hats-grow-one-skill',
    situations: ['many-hats'],
    prompt: {
      en: 'Nobody is equally strong at every hat, and being expected to be is a quiet source of stress.',
      id: 'Tidak ada orang yang sama kuatnya di semua peran, dan tuntutan untuk menguasai semuanya diam-diam menjadi sumber stres.',
    },
    action: {
      en: 'Ask which hat they would like to get better at, and set aside time this month for a course or a session with a colleague who does it well.',
      id: 'Tanyakan peran mana yang ingin mereka kuasai lebih baik, lalu sisihkan waktu bulan ini untuk kursus atau sesi belajar dengan rekan yang ahli di bidang itu.',
    },
  },
  {
    id: 'hats-borrow-skills',
    situations: ['many-hats'],
    prompt: {
      en: 'Design, video and data teams elsewhere in the company often have skills the social team is stretching to cover alone.',
      id: 'Tim desain, video, atau data di bagian lain perusahaan sering punya keahlian yang selama ini dipaksakan untuk ditangani sendiri oleh tim sosial.',
    },
    action: {
      en: 'Ask the lead of one of those teams for a few hours of help on one task this month.',
      id: 'Minta bantuan beberapa jam dari kepala salah satu tim tersebut untuk satu tugas bulan ini.',
    },
  },
  {
    id: 'hats-role-vs-reality',
    situations: ['many-hats', 'workload-audit'],
    prompt: {
      en: 'Written job descriptions often lag far behind the hats people actually wear.',
      id: 'Deskripsi pekerjaan tertulis sering tertinggal jauh dari peran yang sebenarnya dijalani orang.',
    },
    action: {
      en: "Put one person's written role next to the hats they actually wear, and take the gap to your next conversation with HR or your own manager.",
      id: 'Bandingkan deskripsi pekerjaan tertulis seseorang dengan peran yang benar-benar dijalaninya, lalu bawa selisihnya ke pembicaraan berikutnya dengan HR atau atasan Anda.',
    },
  },
  {
    id: 'hats-customer-voice',
    situations: ['many-hats', 'heavy-inbox'],
    prompt: {
      en: 'The social team often acts as customer support for the whole company, on top of making content, without that hat being named.',
      id: 'Tim sosial sering merangkap sebagai layanan pelanggan untuk seluruh perusahaan, di samping membuat konten, tanpa peran itu pernah diakui.',
    },
    action: {
      en: 'Ask how many hours last week went to answering customer problems, and share that figure with the head of customer service.',
      id: 'Tanyakan berapa jam minggu lalu yang terpakai untuk menjawab masalah pelanggan, lalu sampaikan angka itu ke kepala layanan pelanggan.',
    },
  },
];
