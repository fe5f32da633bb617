// Questions that ask for the exact definition behind a metric: the same word means different
// things on different platforms, and a report is only as clear as its definitions.
import type { Question } from '../schema';

export const metricDefinitionsQuestions: Question[] = [
  {
    id: 'definitions-engagement',
    theme: 'metric-definitions',
    text: {
      en: 'How do we calculate engagement rate, and is it the same on every platform and in every report?',
      id: 'Bagaimana kita menghitung engagement rate, dan apakah caranya sama di semua platform dan semua laporan?',
    },
    why: {
      en: 'Engagement rate can be engagements divided by reach, by impressions or by followers, and each platform and tool picks its own. The same post can show very different rates depending on the formula.',
      id: 'Engagement rate bisa dihitung dari engagement dibagi reach, dibagi impresi, atau dibagi jumlah pengikut, dan tiap platform maupun tool memilih caranya sendiri. Satu posting yang sama bisa menunjukkan angka yang jauh berbeda tergantung rumusnya.',
    },
    goodAnswer: {
      en: 'A good answer states the formula, which interactions count as engagements and where the rate comes from, and keeps it the same over time. Watch out if rates from different platforms or tools sit side by side with no note on how each is calculated.',
      id: 'Jawaban yang baik menyebut rumusnya, interaksi apa saja yang dihitung sebagai engagement, dan dari mana angkanya diambil, lalu memakainya secara konsisten dari waktu ke waktu. Waspadai jika engagement rate dari platform atau tool yang berbeda dibandingkan berdampingan tanpa catatan cara hitungnya.',
    },
    phases: ['first-week'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: [
      'engagement-rate',
      'engagement-rate-by-reach',
      'engagement-rate-by-impressions',
      'engagement-rate-by-followers',
      'engagements',
    ],
  },
  {
    id: 'definitions-video-view',
    theme: 'metric-definitions',
    text: {
      en: 'What counts as a view on each platform we report on?',
      id: 'Apa yang dihitung sebagai satu tayangan di setiap platform yang kita laporkan?',
    },
    why: {
      en: 'Each platform decides for itself when a view counts, and some count replays. Adding views from different platforms together mixes different measures.',
      id: 'Setiap platform punya aturan sendiri kapan sesuatu dihitung sebagai tayangan, dan sebagian ikut menghitung tayangan ulang. Menjumlahkan tayangan dari berbagai platform berarti mencampur ukuran yang berbeda.',
    },
    goodAnswer: {
      en: "A good answer knows each platform's rule, or where to look it up, and reports watch time or completion next to views. Watch out if a single 'total views' across platforms is the headline number.",
      id: 'Jawaban yang baik tahu aturan tiap platform, atau tahu di mana mencarinya, dan melaporkan waktu tonton atau completion rate di samping tayangan. Waspadai jika angka utama laporan adalah “total views” gabungan semua platform.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['video-views', 'views', 'watch-time'],
  },
  {
    id: 'definitions-reach-impressions',
    theme: 'metric-definitions',
    text: {
      en: 'On each platform, how do reach, impressions and views differ, and which one do we report?',
      id: 'Di tiap platform, apa beda reach, impresi, dan tayangan, dan mana yang kita laporkan?',
    },
    why: {
      en: 'Reach usually counts people or accounts, while impressions and views count the times content was shown, so one person can add several. Names change too: Meta has replaced impressions with views in its Facebook reports, and YouTube counts unique viewers.',
      id: 'Reach umumnya menghitung orang atau akun, sedangkan impresi dan tayangan menghitung berapa kali konten ditampilkan, sehingga satu orang bisa terhitung beberapa kali. Namanya pun bisa berubah: Meta sudah mengganti impresi dengan tayangan di laporan Facebook, dan YouTube menghitung penonton unik.',
    },
    goodAnswer: {
      en: "A good answer explains the difference in each platform's own words and sticks to one choice per platform over time. Watch out if reach and impressions are used as if they meant the same, or if numbers from different platforms are simply added up.",
      id: 'Jawaban yang baik menjelaskan perbedaannya dengan istilah masing-masing platform dan konsisten memakai satu pilihan per platform. Waspadai jika reach dan impresi dipakai seolah sama, atau angka dari platform yang berbeda dijumlahkan begitu saja.',
    },
    phases: ['first-week'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['reach', 'impressions', 'views', 'viewers', 'unique-viewers'],
  },
  {
    id: 'definitions-ga4-engagement',
    theme: 'metric-definitions',
    text: {
      en: 'How is the engagement rate in GA4 different from the engagement rate we report for social posts?',
      id: 'Apa beda engagement rate di GA4 dengan engagement rate yang kita laporkan untuk posting sosial?',
    },
    why: {
      en: 'They share a name and little else. In GA4, engagement rate is the share of sessions that were engaged: by default, longer than ten seconds, with a key event, or with two or more page views. Bounce rate is its opposite.',
      id: 'Namanya sama, tapi maknanya jauh berbeda. Di GA4, rasio engagement adalah proporsi sesi yang tergolong sesi dengan engagement: secara default berlangsung lebih dari sepuluh detik, memicu key event, atau membuka dua halaman atau lebih. Rasio pentalan (bounce rate) adalah kebalikannya.',
    },
    goodAnswer: {
      en: 'A good answer keeps the two apart in reports and uses GA4 numbers, such as engaged sessions and average engagement time, to judge the quality of visits from social. Watch out if both rates appear in one chart or one sentence.',
      id: 'Jawaban yang baik memisahkan keduanya di laporan dan memakai angka GA4, seperti sesi dengan engagement dan rata-rata waktu engagement, untuk menilai kualitas kunjungan dari media sosial. Waspadai jika kedua angka itu muncul dalam satu grafik atau satu kalimat.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: ['google-analytics'],
    metrics: ['ga4-engagement-rate', 'engaged-sessions', 'bounce-rate', 'average-engagement-time', 'sessions'],
  },
  {
    id: 'definitions-clicks',
    theme: 'metric-definitions',
    text: {
      en: "When a report says 'clicks', which clicks does it mean?",
      id: "Kalau laporan menyebut 'klik', klik yang mana yang dimaksud?",
    },
    why: {
      en: 'Clicks can mean any click on a post, including on the image or the profile name, or only clicks on a link. Link clicks, outbound clicks and landing page views come closer and closer to a real visit.',
      id: 'Klik bisa berarti semua klik pada posting, termasuk pada gambar atau nama profil, atau hanya klik pada tautan. Klik tautan, klik keluar, dan tayangan halaman landing makin mendekati kunjungan yang sebenarnya.',
    },
    goodAnswer: {
      en: "A good answer names the exact metric behind 'clicks' and how the click-through rate is calculated from it. Watch out if click-through rates are compared across platforms that count clicks differently.",
      id: "Jawaban yang baik menyebut metrik persis di balik kata 'klik' dan cara CTR dihitung darinya. Waspadai jika CTR dibandingkan antarplatform yang cara menghitung kliknya berbeda.",
    },
    phases: ['first-90-days'],
    surfaces: ['analytics', 'ads'],
    platforms: [],
    metrics: ['clicks', 'link-clicks', 'outbound-clicks', 'ctr', 'landing-page-views'],
  },
  {
    id: 'definitions-interactions',
    theme: 'metric-definitions',
    text: {
      en: 'Which interactions do we count as engagement, and do we treat them all the same?',
      id: 'Interaksi apa saja yang kita hitung sebagai engagement, dan apakah semuanya kita anggap setara?',
    },
    why: {
      en: 'A like takes a second, while a comment, share or save shows more intent. Platforms also name them differently: reactions on Facebook and LinkedIn, reposts on X and LinkedIn.',
      id: 'Like hanya butuh sedetik, sedangkan komentar, share, atau simpan menunjukkan niat yang lebih besar. Namanya pun berbeda di tiap platform: reaksi di Facebook dan LinkedIn, repost di X dan LinkedIn.',
    },
    goodAnswer: {
      en: 'A good answer lists what is included and looks at shares and saves separately when the goal is reach or usefulness. Watch out if one engagement total hides that most of it is likes.',
      id: 'Jawaban yang baik menyebut interaksi apa saja yang dimasukkan, dan melihat share serta simpan secara terpisah saat tujuannya reach atau konten yang berguna. Waspadai jika satu angka total engagement menyembunyikan fakta bahwa sebagian besarnya hanya like.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: ['analytics', 'feed'],
    platforms: [],
    metrics: ['reactions', 'likes', 'comments', 'shares', 'reposts', 'saves'],
  },
  {
    id: 'definitions-follower-growth',
    theme: 'metric-definitions',
    text: {
      en: 'How do we measure follower growth: new follows, net change, or a growth rate?',
      id: 'Bagaimana kita mengukur pertumbuhan pengikut: pengikut baru, perubahan bersih, atau tingkat pertumbuhan?',
    },
    why: {
      en: 'New follows minus unfollows gives net follows, and dividing that by the starting total gives a growth rate. A big account can add many followers at a small rate, and a small account the opposite.',
      id: 'Pengikut baru dikurangi yang berhenti mengikuti menghasilkan pertambahan pengikut bersih, dan kalau dibagi jumlah pengikut di awal periode, hasilnya tingkat pertumbuhan. Akun besar bisa bertambah banyak pengikut dengan tingkat pertumbuhan kecil, dan akun kecil sebaliknya.',
    },
    goodAnswer: {
      en: 'A good answer states the formula and the period, and looks at unfollows too. Watch out if only the total follower count is reported: it hides both who came and who left.',
      id: 'Jawaban yang baik menyebut rumus dan periodenya, serta ikut melihat yang berhenti mengikuti. Waspadai jika yang dilaporkan hanya total pengikut, karena angka itu menyembunyikan siapa yang datang dan siapa yang pergi.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['followers', 'follower-growth-rate', 'net-follows', 'unfollows'],
  },
  {
    id: 'definitions-accounts-engaged',
    theme: 'metric-definitions',
    text: {
      en: 'On Instagram, how do accounts engaged differ from interactions, and what do profile visits tell us?',
      id: 'Di Instagram, apa beda akun yang berinteraksi dengan interaksi konten, dan apa yang bisa kita baca dari kunjungan profil?',
    },
    why: {
      en: 'Interactions count actions, so one keen person can add many. Accounts engaged counts the accounts that interacted at least once. Profile visits show curiosity about the account beyond a single post.',
      id: 'Interaksi konten menghitung tindakan, jadi satu orang yang antusias bisa menyumbang banyak. Akun yang berinteraksi menghitung jumlah akun yang berinteraksi setidaknya sekali. Kunjungan profil menunjukkan rasa penasaran terhadap akun, bukan hanya pada satu posting.',
    },
    goodAnswer: {
      en: 'A good answer uses accounts engaged to see how many people take part and interactions to see how deeply. Watch out if the two are mixed up, or if nobody checks profile visits after a post does well.',
      id: 'Jawaban yang baik memakai akun yang berinteraksi untuk melihat berapa banyak orang yang terlibat, dan interaksi konten untuk melihat seberapa dalam interaksinya. Waspadai jika keduanya tertukar, atau kunjungan profil tidak pernah dicek setelah ada posting yang performanya bagus.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics', 'profile'],
    platforms: ['instagram'],
    metrics: ['accounts-engaged', 'profile-visits', 'engagements'],
  },
  {
    id: 'definitions-users',
    theme: 'metric-definitions',
    text: {
      en: 'When GA4 reports users, what exactly is it counting?',
      id: 'Saat GA4 melaporkan pengguna, apa sebenarnya yang dihitung?',
    },
    why: {
      en: "GA4 mostly counts browsers or devices, not people, unless sign-ins are linked, so one person on a phone and a laptop can count twice. Active users and new users are two views of the same visits, and neither equals a platform's visitors.",
      id: 'GA4 pada dasarnya menghitung browser atau perangkat, bukan orang, kecuali data login dihubungkan. Jadi satu orang yang memakai ponsel dan laptop bisa terhitung dua kali. Pengguna aktif dan pengguna baru adalah dua sudut pandang atas kunjungan yang sama, dan keduanya tidak sama dengan pengunjung di platform sosial.',
    },
    goodAnswer: {
      en: "A good answer knows which user metric the report uses and never adds GA4 users to a platform's reach or unique visitors. Watch out for a funnel that mixes people, devices and visits as if they were one unit.",
      id: 'Jawaban yang baik tahu metrik pengguna mana yang dipakai di laporan dan tidak menjumlahkan pengguna GA4 dengan reach atau pengunjung unik dari platform. Waspadai funnel yang mencampur orang, perangkat, dan kunjungan seolah satuannya sama.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: ['google-analytics'],
    metrics: ['active-users', 'new-users', 'unique-visitors'],
  },
  {
    id: 'definitions-key-events',
    theme: 'metric-definitions',
    text: {
      en: 'Which key events have we set up in GA4, and which ones matter for social?',
      id: 'Key event apa saja yang sudah kita atur di GA4, dan mana yang penting untuk media sosial?',
    },
    why: {
      en: 'Key events are the actions GA4 treats as important, such as a sign-up or a purchase. GA4 used to call them conversions, so older reports may still use that word.',
      id: 'Key event adalah tindakan yang dianggap penting oleh GA4, misalnya pendaftaran atau pembelian. Dulu GA4 menyebutnya konversi (conversions), jadi laporan lama mungkin masih memakai istilah itu.',
    },
    goodAnswer: {
      en: 'A good answer lists a few key events that match business goals and shows how many come from social traffic. Watch out if every click is marked as a key event, or nobody knows who set them up.',
      id: 'Jawaban yang baik menyebut beberapa key event yang sesuai dengan tujuan bisnis dan menunjukkan berapa yang berasal dari traffic media sosial. Waspadai jika setiap klik ditandai sebagai key event, atau tidak ada yang tahu siapa yang mengaturnya.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: ['google-analytics'],
    metrics: ['key-events'],
  },
  {
    id: 'definitions-changes',
    theme: 'metric-definitions',
    text: {
      en: 'Which metrics have platforms renamed or changed lately, and how did we handle the break in our reports?',
      id: 'Metrik apa saja yang belakangan diganti nama atau diubah oleh platform, dan bagaimana kita menangani patahan data di laporan?',
    },
    why: {
      en: 'Platforms change what they count, sometimes with little warning. A trend line that runs across a change with no note can show growth or decline that never happened.',
      id: 'Platform bisa mengubah apa yang dihitungnya, kadang tanpa banyak pemberitahuan. Garis tren yang melewati perubahan itu tanpa catatan bisa menunjukkan kenaikan atau penurunan yang sebenarnya tidak terjadi.',
    },
    goodAnswer: {
      en: 'A good answer names recent changes on the platforms we use, marks them in reports and explains how comparisons were adjusted. Watch out if nobody has heard of any change.',
      id: 'Jawaban yang baik menyebut perubahan terbaru di platform yang kita pakai, menandainya di laporan, dan menjelaskan cara perbandingan disesuaikan. Waspadai jika tidak ada yang pernah mendengar soal perubahan apa pun.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['views', 'impressions'],
  },
];
