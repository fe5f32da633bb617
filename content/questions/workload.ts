// Questions about the day-to-day: where the hours go, the many hats, and what would lighten the load.
import type { Question } from '../schema';

export const workloadQuestions: Question[] = [
  {
    id: 'workload-normal-week',
    theme: 'workload',
    text: {
      en: 'Walk me through a normal week. Where does your time go?',
      id: 'Coba ceritakan minggu kerja kamu yang biasa. Waktu kamu paling banyak habis untuk apa?',
    },
    why: {
      en: 'Social work never stops, and much of it is invisible from outside. Seeing the week as the team lives it is the start of any fair decision about priorities.',
      id: 'Pekerjaan sosial tidak pernah berhenti, dan sebagian besarnya tidak terlihat dari luar. Melihat minggu kerja dari sudut pandang tim adalah titik awal untuk memutuskan prioritas secara adil.',
    },
    goodAnswer: {
      en: 'A good answer breaks the week into real tasks, such as planning, creating, publishing, replying, reporting and meetings, with rough hours. Watch out for weeks with no room for planning, or routine work that spills into evenings.',
      id: 'Jawaban yang baik memecah minggu kerja menjadi tugas nyata, seperti perencanaan, produksi konten, publishing, membalas pesan, laporan, dan rapat, lengkap dengan perkiraan jamnya. Waspadai jika tidak ada ruang untuk perencanaan, atau pekerjaan rutin merembet ke malam hari.',
    },
    phases: ['first-week'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'workload-hats',
    theme: 'workload',
    text: {
      en: 'Which parts of your job does nobody see?',
      id: 'Bagian mana dari pekerjaan kamu yang tidak terlihat oleh orang lain?',
    },
    why: {
      en: 'One social media manager is often writer, designer, video editor, community manager, analyst, ad buyer and crisis spokesperson at once. The hats nobody sees are the ones nobody plans time for.',
      id: 'Satu social media manager sering merangkap penulis, desainer, video editor, community manager, analis, pembeli iklan (media buyer), sekaligus juru bicara saat krisis. Peran yang tidak terlihat adalah peran yang tidak pernah diberi alokasi waktu.',
    },
    goodAnswer: {
      en: 'A good answer lists the hats openly and says which ones take the most energy. Watch out if one person wears most of them alone, or plays them down because it seems expected.',
      id: 'Jawaban yang baik menyebut semua peran itu secara terbuka dan mana yang paling menguras tenaga. Waspadai jika satu orang memegang hampir semuanya sendirian, atau mengecilkannya karena merasa memang begitulah tuntutannya.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'workload-inbox',
    theme: 'workload',
    text: {
      en: 'How much of your day goes to comments and messages coming in?',
      id: 'Berapa banyak waktu kamu setiap hari yang habis untuk komentar dan pesan masuk?',
    },
    why: {
      en: 'Incoming messages arrive all day and do not follow a schedule. Knowing the volume and the time it takes shows whether community work is crowding out everything else.',
      id: 'Pesan masuk datang sepanjang hari dan tidak mengikuti jadwal. Dengan tahu volume dan waktu yang dibutuhkan, Anda bisa melihat apakah pekerjaan komunitas menggeser semua pekerjaan lain.',
    },
    goodAnswer: {
      en: 'A good answer gives a rough daily picture, the busiest times and which messages take longest. Watch out if nobody tracks inbox volume, or one person carries the inbox alone.',
      id: 'Jawaban yang baik memberi gambaran kasar per hari, jam tersibuk, dan jenis pesan yang paling lama ditangani. Waspadai jika volume inbox tidak pernah dicatat, atau satu orang memegang inbox sendirian.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: ['inbox'],
    platforms: [],
    metrics: ['inbox-volume', 'comments', 'response-time'],
  },
  {
    id: 'workload-calendar',
    theme: 'workload',
    text: {
      en: 'How long does it take to research, write and schedule a week of posts?',
      id: 'Butuh berapa lama untuk riset, menulis, dan menjadwalkan konten selama seminggu?',
    },
    why: {
      en: 'A post that looks quick on screen often takes hours of research, drafting, design and approvals. Seeing the real time helps you judge how many posts are realistic.',
      id: 'Konten yang terlihat sederhana di layar sering butuh berjam-jam untuk riset, menulis draf, desain, dan persetujuan. Dengan melihat waktu sebenarnya, Anda bisa menilai berapa banyak posting yang realistis.',
    },
    goodAnswer: {
      en: 'A good answer breaks the time down by step and names where work waits, such as approvals or assets from other teams. Watch out if the plan is always made week to week, with no time to work ahead.',
      id: 'Jawaban yang baik merinci waktunya per tahap dan menyebut di mana pekerjaan tertahan, misalnya menunggu persetujuan atau materi dari tim lain. Waspadai jika rencana konten selalu dibuat mepet dari minggu ke minggu tanpa ruang untuk menyiapkan lebih awal.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: ['publishing'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'workload-reporting',
    theme: 'workload',
    text: {
      en: 'How much time goes into pulling numbers and writing reports?',
      id: 'Berapa banyak waktu yang habis untuk menarik data dan menyusun laporan?',
    },
    why: {
      en: 'Reporting by hand can take days each month. Time spent copying numbers is time not spent understanding them.',
      id: 'Menyusun laporan secara manual bisa memakan beberapa hari setiap bulan. Waktu yang habis untuk menyalin angka adalah waktu yang tidak dipakai untuk memahaminya.',
    },
    goodAnswer: {
      en: 'A good answer gives the hours and points to steps that could be automated or dropped. Watch out if reports are always finished late at night before a deadline.',
      id: 'Jawaban yang baik menyebut jumlah jamnya dan menunjuk langkah yang bisa diotomasi atau dihapus. Waspadai jika laporan selalu diselesaikan larut malam menjelang tenggat.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'workload-easier',
    theme: 'workload',
    text: {
      en: 'What could I do that would make your work easier?',
      id: 'Apa yang bisa saya lakukan supaya pekerjaan kamu lebih mudah?',
    },
    why: {
      en: 'It shows that you see your role as support, not inspection. The answers are often small and cheap to fix: a faster approval, a clearer brief, a shared folder.',
      id: 'Pertanyaan ini menunjukkan bahwa Anda melihat peran Anda sebagai pendukung, bukan pemeriksa. Jawabannya sering kali hal kecil yang mudah dibereskan: persetujuan yang lebih cepat, brief yang lebih jelas, atau folder bersama.',
    },
    goodAnswer: {
      en: 'A good answer is specific, and you follow it up with action. Watch out if nobody answers: ask again later, one to one, and act quickly on the first small request.',
      id: 'Jawaban yang baik bersifat spesifik, dan Anda benar-benar menindaklanjutinya. Waspadai jika tidak ada yang menjawab: tanyakan lagi nanti secara empat mata, lalu segera penuhi permintaan kecil pertama.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'workload-stop-doing',
    theme: 'workload',
    text: {
      en: 'What would you stop doing tomorrow if you could?',
      id: 'Kalau bisa, pekerjaan apa yang ingin kamu hentikan mulai besok?',
    },
    why: {
      en: 'People on the team often know which tasks waste their time but do not feel free to drop them. Removing one inefficiency can free hours for deeper work.',
      id: 'Tim sering tahu tugas mana yang membuang waktu, tapi tidak merasa boleh meninggalkannya. Menghapus satu kebiasaan yang tidak efisien bisa membebaskan berjam-jam untuk pekerjaan yang lebih penting.',
    },
    goodAnswer: {
      en: "A good answer names a concrete task and what would be lost, if anything. Watch out if the answer is 'nothing' from someone who is clearly overloaded.",
      id: "Jawaban yang baik menyebut tugas yang konkret dan apa ruginya kalau dihentikan, jika memang ada. Waspadai jika jawabannya 'tidak ada' dari orang yang jelas-jelas kewalahan.",
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'workload-requests',
    theme: 'workload',
    text: {
      en: 'How do requests from other teams reach you, and how often do they arrive at the last minute?',
      id: 'Bagaimana permintaan dari tim lain sampai ke kamu, dan seberapa sering datangnya mendadak?',
    },
    why: {
      en: "Last-minute requests from across the company can take over a social team's week. A simple way in and an agreed lead time protect the plan.",
      id: 'Permintaan dadakan dari berbagai bagian perusahaan bisa menyita seluruh minggu kerja tim sosial. Jalur permintaan yang sederhana dan tenggat yang disepakati bisa melindungi rencana konten.',
    },
    goodAnswer: {
      en: 'A good answer describes one channel for requests and an agreed notice period, and says how often it is ignored. Watch out for requests that arrive in private chats at any hour.',
      id: 'Jawaban yang baik menjelaskan satu jalur untuk permintaan dan batas waktu pengajuan yang disepakati, serta seberapa sering aturan itu dilanggar. Waspadai jika permintaan masuk lewat chat pribadi kapan saja.',
    },
    phases: ['first-90-days'],
    surfaces: ['publishing'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'workload-cover',
    theme: 'workload',
    text: {
      en: 'Who looks after the accounts when you are on leave, and does that really work?',
      id: 'Siapa yang memegang akun saat kamu cuti, dan apakah itu benar-benar berjalan?',
    },
    why: {
      en: 'If one person cannot take a day off without the accounts suffering, the team is fragile. Cover is also a question of wellbeing.',
      id: 'Kalau satu orang tidak bisa libur sehari tanpa akun terbengkalai, tim Anda rapuh. Soal siapa yang menggantikan juga menyangkut kesejahteraan tim.',
    },
    goodAnswer: {
      en: 'A good answer names a backup who has access, a handover note and permission not to check in. Watch out if people answer messages on holiday because there is no one else.',
      id: 'Jawaban yang baik menyebut pengganti yang punya akses, catatan serah terima, dan izin untuk benar-benar tidak memantau akun. Waspadai jika orang tetap membalas pesan saat liburan karena memang tidak ada yang lain.',
    },
    phases: ['first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
];
