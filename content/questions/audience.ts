// Questions about who the audience is, how the team knows, and who we are not reaching yet.
import type { Question } from '../schema';

export const audienceQuestions: Question[] = [
  {
    id: 'audience-who',
    theme: 'audience',
    text: {
      en: 'Who is our audience on each platform, and how do we know?',
      id: 'Siapa audiens kita di tiap platform, dan dari mana kita tahu?',
    },
    why: {
      en: 'Everything else depends on this answer. How the team knows tells you whether it rests on data, on research or on habit.',
      id: 'Semua keputusan lain bertumpu pada jawaban ini. Cara tim mengetahuinya menunjukkan apakah pemahaman itu berdasar data, riset, atau sekadar kebiasaan.',
    },
    goodAnswer: {
      en: 'A good answer describes different people per platform and points to sources such as audience insights, comments, customer research or sales data. Watch out if every platform gets the same description, or nobody can say where it comes from.',
      id: 'Jawaban yang baik menggambarkan audiens yang berbeda di tiap platform dan menyebut sumbernya, misalnya insight audiens, komentar, riset pelanggan, atau data penjualan. Waspadai jika semua platform digambarkan sama, atau tidak ada yang tahu asal informasinya.',
    },
    phases: ['first-week'],
    surfaces: [],
    platforms: [],
    metrics: ['audience-demographics', 'followers'],
  },
  {
    id: 'audience-customers-match',
    theme: 'audience',
    text: {
      en: 'How close is the audience we reach on social to the customers the business wants?',
      id: 'Seberapa dekat audiens yang kita jangkau di media sosial dengan pelanggan yang dicari bisnis?',
    },
    why: {
      en: "A large audience of the wrong people looks good in a report and does little for the business. This question links the team's world to the targets you hold.",
      id: 'Audiens besar yang bukan sasaran memang terlihat bagus di laporan, tapi hampir tidak membantu bisnis. Pertanyaan ini menghubungkan dunia tim dengan target yang Anda pegang.',
    },
    goodAnswer: {
      en: "A good answer compares audience demographics with a customer profile from sales or research, and names the gaps honestly. Watch out if the team has never seen the business's customer profile: that is a gap for you to close, not a failing of theirs.",
      id: 'Jawaban yang baik membandingkan demografi audiens dengan profil pelanggan dari tim sales atau riset, lalu jujur soal celahnya. Waspadai jika tim belum pernah melihat profil pelanggan bisnis: itu tugas Anda untuk menjembatani, bukan kesalahan mereka.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['audience-demographics', 'reach'],
  },
  {
    id: 'audience-followers-share',
    theme: 'audience',
    text: {
      en: 'How much of our reach comes from people who already follow us, and how much from new people?',
      id: 'Berapa bagian reach kita yang datang dari pengikut, dan berapa dari orang baru?',
    },
    why: {
      en: "Meta's insights split reach between followers and non-followers. The split tells you whether the content finds new people or mostly talks to the same crowd.",
      id: 'Insight di Meta memisahkan reach dari pengikut dan dari non-pengikut. Perbandingan ini menunjukkan apakah konten menjangkau orang baru atau hanya berputar di kalangan yang sama.',
    },
    goodAnswer: {
      en: 'A good answer knows where the split is shown and which kinds of posts bring in new people. Watch out if growth is the goal but almost all reach comes from existing followers.',
      id: 'Jawaban yang baik tahu di mana pembagian ini ditampilkan dan jenis konten apa yang mendatangkan orang baru. Waspadai jika targetnya pertumbuhan, tapi hampir semua reach berasal dari pengikut lama.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: ['instagram', 'facebook', 'meta-business-suite'],
    metrics: ['reach', 'followers'],
  },
  {
    id: 'audience-what-they-want',
    theme: 'audience',
    text: {
      en: 'What do people come to our accounts for, and how can you tell?',
      id: 'Orang datang ke akun kita untuk mencari apa, dan dari mana kamu bisa melihatnya?',
    },
    why: {
      en: 'The team talks with the audience every day, so they often know this better than any survey. Saves, shares and comments show what people find useful enough to keep or pass on.',
      id: 'Tim berinteraksi dengan audiens setiap hari, jadi sering kali mereka lebih paham daripada hasil survei mana pun. Simpan, share, dan komentar menunjukkan konten yang cukup berguna untuk disimpan atau diteruskan.',
    },
    goodAnswer: {
      en: 'A good answer gives concrete examples: questions people keep asking, posts they save or send to friends. Watch out if the answer is only about what the brand wants to say.',
      id: 'Jawaban yang baik menyertakan contoh nyata: pertanyaan yang terus muncul, atau posting yang disimpan dan dikirim ke teman. Waspadai jika jawabannya hanya soal apa yang ingin disampaikan brand.',
    },
    phases: ['first-week', 'ongoing'],
    surfaces: ['feed', 'inbox'],
    platforms: [],
    metrics: ['saves', 'shares', 'comments'],
  },
  {
    id: 'audience-hard-to-reach',
    theme: 'audience',
    text: {
      en: 'Which part of our target audience are we not reaching yet, and what is in the way?',
      id: 'Bagian mana dari target audiens yang belum terjangkau, dan apa hambatannya?',
    },
    why: {
      en: 'The people the team cannot reach yet are where your help counts most. Asking openly invites the team to name problems you can help with, such as budget, formats or access to other teams.',
      id: 'Orang-orang yang belum bisa dijangkau tim adalah tempat bantuan Anda paling terasa. Bertanya secara terbuka memberi ruang bagi tim untuk menyebut kendala yang bisa Anda bantu, misalnya budget, format, atau akses ke tim lain.',
    },
    goodAnswer: {
      en: 'A good answer names a specific group and a concrete obstacle, with an idea to try. Watch out if the answer is that everyone is already reached: no brand reaches everyone.',
      id: 'Jawaban yang baik menyebut kelompok yang spesifik dan hambatan yang konkret, lengkap dengan ide untuk dicoba. Waspadai jika jawabannya semua sudah terjangkau: tidak ada brand yang menjangkau semua orang.',
    },
    phases: ['first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: ['reach', 'audience-demographics'],
  },
  {
    id: 'audience-new-followers',
    theme: 'audience',
    text: {
      en: 'When we gain followers, who are they and what brought them in?',
      id: 'Saat pengikut kita bertambah, siapa mereka dan apa yang membuat mereka datang?',
    },
    why: {
      en: 'Follower growth is one sign that more people know the brand. Knowing what drove it tells you whether to repeat it, and whether the new followers are people the business cares about.',
      id: 'Pertambahan pengikut adalah salah satu tanda brand makin dikenal. Dengan tahu pemicunya, Anda bisa menilai apakah layak diulang dan apakah pengikut baru itu memang orang yang penting bagi bisnis.',
    },
    goodAnswer: {
      en: 'A good answer links growth to specific posts, campaigns or collaborations, and looks at net follows, not only new follows. Watch out for sudden jumps nobody can explain, or growth from giveaways that brings people who leave again.',
      id: 'Jawaban yang baik mengaitkan pertumbuhan dengan posting, kampanye, atau kolaborasi tertentu, dan melihat pertambahan pengikut bersih, bukan hanya pengikut baru. Waspadai lonjakan mendadak yang tidak bisa dijelaskan, atau pertumbuhan dari giveaway yang membawa orang yang kemudian pergi lagi.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics', 'profile'],
    platforms: [],
    metrics: ['followers', 'follower-growth-rate', 'net-follows'],
  },
  {
    id: 'audience-unfollows',
    theme: 'audience',
    text: {
      en: 'What tends to happen just before people unfollow us?',
      id: 'Biasanya apa yang terjadi sesaat sebelum orang berhenti mengikuti kita?',
    },
    why: {
      en: 'Unfollows are feedback people rarely say out loud. A pattern, such as posting too often or a change of topic, is easier to fix than a mystery.',
      id: 'Berhenti mengikuti adalah masukan yang jarang diucapkan langsung. Pola tertentu, misalnya terlalu sering posting atau topik yang berubah, lebih mudah diperbaiki daripada sesuatu yang tidak jelas penyebabnya.',
    },
    goodAnswer: {
      en: 'A good answer has looked at the days with the most unfollows and has a working theory. Watch out if nobody looks at unfollows at all, or if every drop is blamed on the algorithm.',
      id: 'Jawaban yang baik sudah melihat hari-hari dengan orang berhenti mengikuti terbanyak dan punya dugaan yang masuk akal. Waspadai jika tidak ada yang pernah melihat angka berhenti mengikuti, atau setiap penurunan selalu disalahkan pada algoritma.',
    },
    phases: ['ongoing'],
    surfaces: ['analytics'],
    platforms: ['facebook', 'instagram', 'meta-business-suite'],
    metrics: ['unfollows', 'net-follows'],
  },
  {
    id: 'audience-linkedin-visitors',
    theme: 'audience',
    text: {
      en: 'Who visits our LinkedIn page, and how are they different from the people who follow it?',
      id: 'Siapa saja yang mengunjungi halaman LinkedIn kita, dan apa bedanya dengan yang mengikutinya?',
    },
    why: {
      en: 'LinkedIn describes both visitors and followers by job function, industry and seniority. Visitors who do not follow yet, such as candidates or buyers doing research, can be an audience worth serving.',
      id: 'LinkedIn menampilkan pengunjung maupun pengikut berdasarkan fungsi pekerjaan, industri, dan tingkat jabatan. Pengunjung yang belum mengikuti, misalnya kandidat atau calon pembeli yang sedang riset, bisa jadi audiens yang layak dilayani.',
    },
    goodAnswer: {
      en: 'A good answer knows the difference between page views and unique visitors and has compared the two groups. Watch out if the page is treated only as a place to post, with nobody looking at who arrives.',
      id: 'Jawaban yang baik paham beda tampilan halaman dan pengunjung unik, dan sudah membandingkan kedua kelompok itu. Waspadai jika halaman hanya dianggap tempat posting dan tidak ada yang memperhatikan siapa yang datang.',
    },
    phases: ['first-90-days'],
    surfaces: ['analytics'],
    platforms: ['linkedin'],
    metrics: ['unique-visitors', 'page-views', 'audience-demographics'],
  },
  {
    id: 'audience-youtube-returning',
    theme: 'audience',
    text: {
      en: 'How many of our YouTube viewers come back, and what brings them back?',
      id: 'Berapa banyak penonton YouTube kita yang kembali lagi, dan apa yang membuat mereka kembali?',
    },
    why: {
      en: 'YouTube Studio separates new and returning viewers and counts unique viewers. Returning viewers are closer to a community than a one-off audience, and subscribing is not the only sign of loyalty.',
      id: 'YouTube Studio memisahkan penonton baru dan penonton yang kembali, serta menghitung penonton unik. Penonton yang kembali lebih dekat ke komunitas daripada audiens sekali lewat, dan subscribe bukan satu-satunya tanda loyalitas.',
    },
    goodAnswer: {
      en: 'A good answer knows which videos or series bring people back and whether that group is growing. Watch out if the channel is judged only by its subscriber count.',
      id: 'Jawaban yang baik tahu video atau seri mana yang membuat orang kembali, dan apakah kelompok ini bertambah. Waspadai jika channel hanya dinilai dari jumlah subscriber.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics'],
    platforms: ['youtube'],
    metrics: ['returning-viewers', 'unique-viewers', 'subscribers'],
  },
];
