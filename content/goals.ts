// The goals map: for each business goal social can serve, the numbers that show progress
// (strongest signal first), the trap in reading them alone, and the questions to ask the team.
import type { Goal } from './schema';

export const goals: Goal[] = [
  {
    id: 'audience-growth',
    name: { en: 'Audience growth', id: 'Pertumbuhan audiens' },
    summary: {
      en: 'More of the right people choose to follow the brand. A growing audience is one of the clearest signs that more people know the brand exists, but only if they are the people you want to reach, so ask early how the team knows it is reaching them.',
      id: 'Semakin banyak orang yang tepat memilih untuk mengikuti brand. Audiens yang bertambah adalah salah satu tanda paling jelas bahwa brand makin dikenal, asalkan mereka memang orang yang ingin dijangkau, jadi tanyakan sejak awal dari mana tim tahu bahwa orang-orang itu yang terjangkau.',
    },
    metrics: ['net-follows', 'follower-growth-rate', 'audience-demographics', 'followers', 'subscribers', 'unfollows'],
    trap: {
      en: 'A follower count can be bought, or inflated by a giveaway that attracts people who leave or never look again. A big total says little if the audience is not the one the business needs: check who they are, not only how many, and watch unfollows next to new follows.',
      id: 'Jumlah pengikut bisa dibeli, atau digelembungkan lewat giveaway yang menarik orang-orang yang lalu pergi atau tidak pernah melihat lagi. Angka total yang besar tidak banyak berarti kalau audiensnya bukan yang dibutuhkan bisnis: periksa siapa mereka, bukan hanya berapa banyak, dan lihat yang berhenti mengikuti di samping pengikut baru.',
    },
    questions: ['audience-who', 'platforms-why-each', 'goals-business-link'],
  },
  {
    id: 'awareness',
    name: { en: 'Brand awareness', id: 'Kesadaran merek (brand awareness)' },
    summary: {
      en: 'People who did not know the brand come across it and remember it. Reach, views and a growing following are the usual evidence, alongside how often people mention the brand on their own.',
      id: 'Orang yang sebelumnya tidak kenal brand jadi menemukan dan mengingatnya. Reach, tayangan, dan pengikut yang bertambah biasanya jadi buktinya, ditambah seberapa sering orang menyebut brand atas inisiatif sendiri.',
    },
    metrics: [
      'reach',
      'share-of-voice',
      'mentions',
      'average-view-duration',
      'video-views',
      'impressions',
      'follower-growth-rate',
    ],
    trap: {
      en: 'Reach and impressions count screens, not attention: a post can be scrolled past in a moment and still count. Each platform decides for itself what a video view is, so views from two platforms are not the same thing. Pair reach with a sign that people stayed, such as view duration or mentions.',
      id: 'Reach dan impresi menghitung layar, bukan perhatian: sebuah posting bisa dilewati dalam sekejap dan tetap terhitung. Setiap platform punya aturan sendiri soal apa yang dihitung sebagai satu tayangan video, jadi tayangan dari dua platform tidak sama artinya. Pasangkan reach dengan tanda bahwa orang benar-benar bertahan, misalnya durasi tonton atau mention.',
    },
    questions: ['audience-who', 'definitions-video-view', 'voice-share-of-voice', 'platforms-why-each'],
  },
  {
    id: 'engagement',
    name: { en: 'Engagement', id: 'Interaksi (engagement)' },
    summary: {
      en: 'People do something with the content: comment, share, save or click. It shows the content is relevant enough to act on, which reach alone cannot show.',
      id: 'Orang melakukan sesuatu terhadap konten: berkomentar, membagikan, menyimpan, atau mengklik. Ini menunjukkan konten cukup relevan untuk ditanggapi, sesuatu yang tidak bisa ditunjukkan reach saja.',
    },
    metrics: ['engagement-rate-by-reach', 'shares', 'saves', 'comments', 'engagements', 'engagement-rate', 'likes'],
    trap: {
      en: 'Engagement rate is a count divided by something, and platforms and tools divide by different things: reach, impressions or followers. Two rates with different denominators cannot be compared, even when both are called "engagement rate". Likes are cheap, and questions written only to get comments raise the number without building anything.',
      id: 'Engagement rate adalah jumlah interaksi dibagi suatu angka, dan tiap platform maupun tool membaginya dengan angka yang berbeda: reach, impresi, atau jumlah pengikut. Dua rate dengan pembagi berbeda tidak bisa dibandingkan, meskipun sama-sama disebut "engagement rate". Like itu murah, dan pertanyaan pancingan demi komentar hanya menaikkan angka tanpa membangun apa pun.',
    },
    questions: ['definitions-engagement', 'data-single-source', 'goals-business-link'],
  },
  {
    id: 'community',
    name: { en: 'Community', id: 'Komunitas' },
    summary: {
      en: 'A group of people who come back, talk with the brand and with each other, and speak up for it. It grows slowly and is built mostly in replies and conversations.',
      id: 'Sekelompok orang yang terus kembali, berinteraksi dengan brand maupun sesamanya, dan ikut membela brand. Komunitas tumbuh perlahan dan sebagian besar dibangun lewat balasan dan percakapan.',
    },
    metrics: ['comments', 'returning-viewers', 'accounts-engaged', 'mentions', 'response-rate', 'sentiment'],
    trap: {
      en: "A handful of very active people can look like a community, and a comment count says nothing about tone. Some tools include the team's own replies in the comment total. Read the conversations themselves, and ask who comes back, not only how many spoke.",
      id: 'Segelintir orang yang sangat aktif bisa terlihat seperti komunitas, dan jumlah komentar tidak menunjukkan nadanya. Sebagian tool bahkan ikut menghitung balasan tim sendiri. Baca langsung percakapannya, dan tanyakan siapa yang kembali lagi, bukan hanya berapa banyak yang berkomentar.',
    },
    questions: ['audience-who', 'voice-guide', 'wellbeing-hard-comments'],
  },
  {
    id: 'leads-and-sales',
    name: { en: 'Leads and sales', id: 'Leads dan penjualan' },
    summary: {
      en: 'Social brings people to the website or shop and some of them sign up or buy. Showing that return takes tracking, time and agreement with finance, so agree early how it will be measured.',
      id: 'Media sosial membawa orang ke website atau toko, dan sebagian dari mereka mendaftar atau membeli. Menunjukkan imbal hasil itu butuh tracking, waktu, dan kesepakatan dengan tim keuangan, jadi sepakati cara mengukurnya sejak awal.',
    },
    metrics: [
      'key-events',
      'social-roi',
      'roas',
      'cpa',
      'landing-page-views',
      'link-clicks',
      'outbound-clicks',
      'sessions',
    ],
    trap: {
      en: 'Web analytics often credit a sale to the last click before it, so social, where people first met the brand, gets little credit. Ad platforms count results with their own attribution rules, so their numbers rarely match web analytics. Clicks are not sales: follow them through to key events.',
      id: 'Web analytics sering memberi kredit penjualan pada klik terakhir sebelum transaksi, sehingga media sosial, tempat orang pertama kali mengenal brand, hanya kebagian sedikit. Platform iklan menghitung hasil dengan aturan atribusinya sendiri, jadi angkanya jarang sama dengan web analytics. Klik bukan penjualan: telusuri sampai ke key event.',
    },
    questions: ['goals-roi', 'goals-business-link', 'data-single-source'],
  },
  {
    id: 'customer-care',
    name: { en: 'Customer care', id: 'Layanan pelanggan' },
    summary: {
      en: "People who ask for help on social get a useful answer, quickly, where they asked. For many customers, the brand's replies are the brand.",
      id: 'Orang yang meminta bantuan lewat media sosial mendapat jawaban yang berguna, dengan cepat, di tempat mereka bertanya. Bagi banyak pelanggan, balasan brand itulah wajah brand.',
    },
    metrics: ['response-time', 'response-rate', 'sentiment', 'inbox-volume'],
    trap: {
      en: 'Response time can be gamed by closing threads or sending a quick holding reply without solving anything: fast is not the same as resolved. A rising inbox volume may point to a product or delivery problem, not a slow team, and it is also a measure of the load on the people answering.',
      id: 'Response time bisa diakali dengan menutup percakapan atau mengirim balasan singkat tanpa menyelesaikan masalah: cepat tidak sama dengan tuntas. Volume inbox yang naik bisa menandakan masalah produk atau pengiriman, bukan tim yang lambat, dan sekaligus menunjukkan beban orang-orang yang membalasnya.',
    },
    questions: ['workload-normal-week', 'crisis-escalation', 'wellbeing-hard-comments', 'data-where-reports'],
  },
  {
    id: 'reputation',
    name: { en: 'Reputation', id: 'Reputasi' },
    summary: {
      en: 'How people talk about the brand when it is not in the room, and how the brand holds up when something goes wrong.',
      id: 'Cara orang membicarakan brand saat brand tidak ikut dalam percakapan, dan seberapa kuat brand bertahan ketika terjadi masalah.',
    },
    metrics: ['sentiment', 'share-of-voice', 'mentions', 'response-time'],
    trap: {
      en: 'Automated sentiment often misreads sarcasm, slang and mixed languages, so read a sample yourself. Share of voice depends entirely on which competitors and keywords the tool tracks. A spike in mentions can be a crisis as easily as a success.',
      id: 'Sentimen otomatis sering salah membaca sarkasme, bahasa gaul, dan campuran bahasa, jadi baca sendiri sebagian contohnya. Share of voice sepenuhnya bergantung pada kompetitor dan kata kunci yang dipantau tool. Lonjakan mention bisa berarti krisis, sama mungkinnya dengan keberhasilan.',
    },
    questions: ['voice-share-of-voice', 'voice-guide', 'crisis-playbook', 'crisis-escalation'],
  },
];
