// Questions about shared goals, what social does for the business, and how its return is shown.
import type { Question } from '../schema';

export const goalsAndRoiQuestions: Question[] = [
  {
    id: 'goals-business-link',
    theme: 'goals-and-roi',
    text: {
      en: 'Which business goal does each platform serve?',
      id: 'Tujuan bisnis apa yang dilayani oleh masing-masing platform?',
    },
    why: {
      en: "Social goals only earn support when they connect to what the company is trying to do. This is where the team's knowledge of the audience meets your knowledge of the business.",
      id: 'Tujuan sosial baru mendapat dukungan kalau terhubung dengan apa yang ingin dicapai perusahaan. Di sinilah pemahaman tim tentang audiens bertemu dengan pemahaman Anda tentang bisnis.',
    },
    goodAnswer: {
      en: 'A good answer links each platform to one main goal, such as awareness, leads or customer care, with a metric that shows progress. Watch out if every platform is meant to do everything.',
      id: 'Jawaban yang baik mengaitkan tiap platform dengan satu tujuan utama, misalnya awareness, leads, atau customer care, lengkap dengan metrik yang menunjukkan kemajuannya. Waspadai jika setiap platform diharapkan melakukan semuanya.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'goals-roi',
    theme: 'goals-and-roi',
    text: {
      en: 'How do we show what social returns to the business today?',
      id: 'Saat ini, bagaimana kita menunjukkan ROI media sosial ke bisnis?',
    },
    why: {
      en: 'A team that cannot show what social returns will find its budget hard to defend. Starting from what exists today helps more than asking for a perfect model.',
      id: 'Tim yang tidak bisa menunjukkan imbal hasil media sosial akan sulit mempertahankan budget-nya. Mulai dari apa yang sudah ada jauh lebih membantu daripada menuntut model yang sempurna.',
    },
    goodAnswer: {
      en: 'A good answer mixes what can be measured, such as sales from tracked links or return on ad spend, with honest limits on what cannot. Watch out for a single ROI figure with no explanation of what went into it.',
      id: 'Jawaban yang baik menggabungkan hal yang bisa diukur, seperti penjualan dari tautan yang dilacak atau ROAS, dengan pengakuan jujur soal apa yang tidak bisa diukur. Waspadai jika hanya ada satu angka ROI tanpa penjelasan komponennya.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: ['social-roi', 'roas'],
  },
  {
    id: 'goals-set-together',
    theme: 'goals-and-roi',
    text: {
      en: 'If it were your call, what would our social goals be for the next quarter?',
      id: 'Kalau kamu yang menentukan, apa tujuan sosial kita untuk kuartal berikutnya?',
    },
    why: {
      en: "The team knows the audience, and you know the company's goals. Asking before you propose makes the goals shared rather than handed down.",
      id: 'Tim paham audiens, sedangkan Anda paham tujuan perusahaan. Dengan bertanya lebih dulu sebelum mengusulkan, tujuan itu menjadi milik bersama, bukan perintah dari atas.',
    },
    goodAnswer: {
      en: "A good answer is specific, realistic for the team's time and says how progress will be seen. Watch out if the team has never been asked and just waits for targets, or if the goal is simply 'more of everything'.",
      id: "Jawaban yang baik spesifik, realistis dengan waktu yang dimiliki tim, dan menyebut cara melihat kemajuannya. Waspadai jika tim belum pernah ditanya dan hanya menunggu target, atau tujuannya sekadar 'semuanya naik'.",
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'goals-awareness-signs',
    theme: 'goals-and-roi',
    text: {
      en: 'How do we show that more people know about us, beyond the follower count?',
      id: 'Bagaimana kita menunjukkan bahwa makin banyak orang mengenal brand kita, selain dari jumlah pengikut?',
    },
    why: {
      en: 'Follower growth is one sign of awareness, but not the only one. Reach among non-followers, mentions and search interest can back it up.',
      id: 'Pertumbuhan pengikut adalah salah satu tanda awareness, tapi bukan satu-satunya. Reach ke non-pengikut, mention, dan minat pencarian bisa memperkuat buktinya.',
    },
    goodAnswer: {
      en: 'A good answer combines a few signals and tracks them over the same period. Watch out if awareness is claimed from followers alone, especially after a giveaway or a paid campaign for followers.',
      id: 'Jawaban yang baik menggabungkan beberapa sinyal dan memantaunya pada periode yang sama. Waspadai jika klaim awareness hanya bersandar pada jumlah pengikut, apalagi setelah giveaway atau kampanye berbayar untuk menambah pengikut.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['followers', 'follower-growth-rate', 'reach', 'mentions'],
  },
  {
    id: 'goals-paid-costs',
    theme: 'goals-and-roi',
    text: {
      en: 'In our ads, which result are we paying for, and what does each one cost?',
      id: 'Di iklan kita, hasil apa yang sebenarnya kita bayar, dan berapa biaya per hasilnya?',
    },
    why: {
      en: "Ads Manager reports results according to each campaign's objective, so 'results' can mean clicks in one campaign and purchases in another. CPM, CPC and cost per result only make sense next to that objective.",
      id: "Ads Manager melaporkan results sesuai objective tiap kampanye, jadi 'results' bisa berarti klik di satu kampanye dan pembelian di kampanye lain. CPM, CPC, dan cost per result baru bermakna kalau dibaca bersama objective-nya.",
    },
    goodAnswer: {
      en: 'A good answer names the objective, the result and its cost for each main campaign, and watches frequency so the same people do not see an ad too often. Watch out if campaigns with different objectives are ranked by cost per result.',
      id: 'Jawaban yang baik menyebut objective, jenis result, dan biayanya untuk setiap kampanye utama, serta memantau frequency agar orang yang sama tidak terlalu sering melihat iklan yang sama. Waspadai jika kampanye dengan objective berbeda diurutkan berdasarkan cost per result.',
    },
    phases: ['first-90-days'],
    surfaces: ['ads'],
    platforms: ['meta-ads-manager'],
    metrics: ['amount-spent', 'results', 'cpm', 'cpc', 'cpa', 'frequency'],
  },
  {
    id: 'goals-roas-limits',
    theme: 'goals-and-roi',
    text: {
      en: 'How do we calculate return on ad spend, and which sales does it miss?',
      id: 'Bagaimana kita menghitung ROAS, dan penjualan mana yang tidak ikut terhitung?',
    },
    why: {
      en: 'Return on ad spend divides the purchase value an ad platform credits to its ads by the amount spent. It depends on tracking, attribution settings and consent, so it leaves out sales made offline or long after the ad.',
      id: 'ROAS adalah nilai pembelian yang diatribusikan platform ke iklannya, dibagi dengan biaya yang dikeluarkan. Angka ini bergantung pada tracking, pengaturan atribusi, dan izin pengguna, sehingga penjualan offline atau yang terjadi jauh setelah iklan dilihat tidak ikut terhitung.',
    },
    goodAnswer: {
      en: "A good answer states the attribution setting, compares platform figures with sales data or GA4 key events, and is open about the gap. Watch out if the ad platform's own figure is the only proof that social works.",
      id: 'Jawaban yang baik menyebut pengaturan atribusinya, membandingkan angka platform dengan data penjualan atau key events di GA4, dan terbuka soal selisihnya. Waspadai jika angka dari platform iklan itu sendiri menjadi satu-satunya bukti bahwa media sosial berhasil.',
    },
    phases: ['first-90-days'],
    surfaces: ['ads', 'analytics'],
    platforms: [],
    metrics: ['roas', 'amount-spent', 'key-events'],
  },
  {
    id: 'goals-social-to-sale',
    theme: 'goals-and-roi',
    text: {
      en: 'How do we follow someone from a social post to a lead or a sale?',
      id: 'Bagaimana kita menelusuri perjalanan seseorang dari posting sosial sampai menjadi lead atau penjualan?',
    },
    why: {
      en: 'The path runs through several tools: a link click on the platform, a landing page view, a session in GA4, then a key event. Each handover can lose people or data.',
      id: 'Perjalanannya melewati beberapa tool: klik tautan di platform, tayangan halaman landing, sesi di GA4, lalu key event. Di setiap perpindahan, orang atau data bisa hilang.',
    },
    goodAnswer: {
      en: 'A good answer can walk through one real example from start to finish and knows where the numbers shrink. Watch out if nobody has looked at what happens after the click.',
      id: 'Jawaban yang baik bisa menjelaskan satu contoh nyata dari awal sampai akhir dan tahu di titik mana angkanya menyusut. Waspadai jika tidak ada yang pernah melihat apa yang terjadi setelah klik.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics', 'ads'],
    platforms: [],
    metrics: ['link-clicks', 'landing-page-views', 'sessions', 'key-events'],
  },
  {
    id: 'goals-care-targets',
    theme: 'goals-and-roi',
    text: {
      en: 'What response time do we promise people who message us, and can we keep it?',
      id: 'Berapa lama waktu respons yang kita janjikan kepada orang yang mengirim pesan, dan apakah kita sanggup menepatinya?',
    },
    why: {
      en: 'Response rate and response time are customer care goals in their own right. Tools can count them differently, so the target needs a shared definition, including whether nights and weekends count.',
      id: 'Response rate dan response time adalah tujuan customer care tersendiri. Tiap tool bisa menghitungnya dengan cara berbeda, jadi targetnya perlu definisi bersama, termasuk apakah malam hari dan akhir pekan ikut dihitung.',
    },
    goodAnswer: {
      en: "A good answer states a target people can meet within working hours, shows how inbox volume has moved and who covers busy periods. Watch out if the promise is 'always fast' and the team keeps it by answering at night.",
      id: "Jawaban yang baik menyebut target yang realistis dalam jam kerja, menunjukkan perkembangan volume inbox, dan siapa yang berjaga saat sedang ramai. Waspadai jika janjinya 'selalu cepat' dan tim memenuhinya dengan membalas pesan di malam hari.",
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['inbox'],
    platforms: [],
    metrics: ['response-time', 'response-rate', 'inbox-volume'],
  },
  {
    id: 'goals-other-teams',
    theme: 'goals-and-roi',
    text: {
      en: 'Which other teams could use what we learn on social, and are we in their meetings?',
      id: 'Tim lain mana yang bisa memanfaatkan insight dari media sosial, dan apakah kita dilibatkan dalam rapat mereka?',
    },
    why: {
      en: "The social team hears customers every day, while product, sales and service teams often do not hear them directly. Bringing social people into those meetings raises the team's standing and makes social goals serve the whole business.",
      id: 'Tim sosial mendengar suara pelanggan setiap hari, sementara tim produk, sales, dan layanan sering tidak mendengarnya langsung. Melibatkan orang sosial di rapat-rapat itu mengangkat posisi tim dan membuat tujuan sosial melayani seluruh bisnis.',
    },
    goodAnswer: {
      en: 'A good answer names a team, an insight that would help them and a regular way to share it. Watch out if other teams only get in touch when they want a post.',
      id: 'Jawaban yang baik menyebut satu tim, insight yang akan membantu mereka, dan cara rutin untuk membagikannya. Waspadai jika tim lain hanya menghubungi tim sosial saat butuh posting.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'goals-unused-metric',
    theme: 'goals-and-roi',
    text: {
      en: 'Which number in our report does nobody act on?',
      id: 'Angka mana di laporan kita yang tidak pernah ditindaklanjuti siapa pun?',
    },
    why: {
      en: 'Reports grow by habit. Dropping a metric nobody uses frees time for the ones tied to goals.',
      id: 'Laporan cenderung makin panjang karena kebiasaan. Membuang metrik yang tidak dipakai memberi waktu untuk metrik yang benar-benar terkait tujuan.',
    },
    goodAnswer: {
      en: 'A good answer names one or two quickly, often totals such as impressions or likes, and suggests what to show instead. Watch out if everything stays because someone once asked for it.',
      id: 'Jawaban yang baik cepat menyebut satu atau dua, sering kali angka total seperti impresi atau like, lalu mengusulkan penggantinya. Waspadai jika semuanya dipertahankan hanya karena dulu pernah diminta seseorang.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: [],
  },
];
