// Readings on reach, impressions, followers and engagement: when the audience seen and the
// audience responding move apart.
import type { ReadingRule } from '../schema';
import { aboutTheSame } from './thresholds';

export const reachAndEngagementReadings: ReadingRule[] = [
  {
    id: 'impressions-up-engagement-rate-down',
    platforms: ['linkedin', 'x', 'pinterest'],
    condition: {
      all: [
        { metric: 'impressions', change: 'up' },
        { metric: 'engagement-rate', change: 'down' },
      ],
    },
    metrics: ['impressions', 'engagement-rate'],
    title: { en: 'Impressions up, engagement rate down', id: 'Impresi naik, engagement rate turun' },
    text: {
      en: "The posts were shown more often, and a smaller share of those showings got a response. This often happens when posts reach people outside the usual audience, through shares, a paid boost or the platform's recommendations, who scroll past more readily. It can also mean the content landed less well. Look at the number of engagements too: if it held steady, the extra impressions are mostly new, cooler viewers.",
      id: 'Posting tampil lebih sering, tapi porsi impresi yang mendapat respons mengecil. Ini sering terjadi saat posting menjangkau orang di luar audiens biasa, lewat share, boost berbayar, atau rekomendasi platform, dan mereka lebih gampang scroll lewat begitu saja. Bisa juga kontennya memang kurang kena. Cek juga jumlah engagement-nya: kalau jumlahnya stabil, tambahan impresi itu kebanyakan penonton baru yang belum terlalu peduli.',
    },
    question: {
      en: 'Which posts brought the extra impressions, and who saw them: our usual audience or new people?',
      id: 'Posting mana yang membawa tambahan impresi ini, dan siapa yang melihatnya: audiens kita yang biasa atau orang baru?',
    },
  },
  {
    id: 'reach-up-followers-flat',
    platforms: ['instagram', 'meta-business-suite', 'linkedin', 'hootsuite'],
    condition: {
      all: [
        { metric: 'reach', change: 'up' },
        { metric: 'followers', change: 'flat', within: aboutTheSame },
      ],
    },
    metrics: ['reach', 'followers'],
    title: { en: 'Reach up, followers about the same', id: 'Reach naik, jumlah pengikut hampir tidak berubah' },
    text: {
      en: 'More people saw the content, but few of them chose to follow. This often happens when reach comes from shares, hashtags, paid boosts or recommendations to people who do not follow you yet, and the profile gives newcomers little reason to stay. It can also be one post that travelled well and is not a pattern yet. Followers count as about the same here when they moved by 1% or less.',
      id: 'Lebih banyak orang melihat konten, tapi hanya sedikit yang memutuskan untuk mengikuti akun kita. Ini sering terjadi saat reach datang dari share, hashtag, boost berbayar, atau rekomendasi ke orang yang belum mengikuti akun kita, sementara profil belum memberi alasan kuat bagi pendatang baru untuk bertahan. Bisa juga hanya satu posting yang kebetulan menyebar dan belum jadi pola. Di sini, pengikut dianggap hampir tidak berubah kalau geraknya 1% atau kurang.',
    },
    question: {
      en: 'Where did the new reach come from, and what would make someone who found us this way want to follow?',
      id: 'Reach baru ini datang dari mana, dan apa yang bisa membuat orang yang menemukan kita dengan cara ini mau mengikuti kita?',
    },
  },
  {
    id: 'engagements-up-reach-down',
    platforms: ['instagram', 'meta-business-suite'],
    condition: {
      all: [
        { metric: 'engagements', change: 'up' },
        { metric: 'reach', change: 'down' },
      ],
    },
    metrics: ['engagements', 'reach'],
    title: { en: 'Interactions up from fewer people', id: 'Interaksi naik, tapi dari lebih sedikit orang' },
    text: {
      en: 'Fewer accounts saw the content, yet it drew more interactions. That often points to a loyal core engaging more deeply, for example through a contest, a question post or a live session, while the content travels less beyond them. It can be good news for a community goal and a warning for an awareness goal.',
      id: 'Akun yang melihat konten berkurang, tapi interaksinya justru bertambah. Ini sering menandakan audiens inti yang makin aktif, misalnya lewat kuis, posting pertanyaan, atau sesi live, sementara kontennya makin jarang menyebar ke luar lingkaran itu. Bisa jadi kabar baik untuk target community, tapi sinyal waspada untuk target awareness.',
    },
    question: {
      en: "Who is doing the interacting, and is reaching new people part of this period's goal?",
      id: 'Siapa yang paling banyak berinteraksi, dan apakah menjangkau orang baru termasuk target periode ini?',
    },
  },
  {
    id: 'followers-up-engagement-rate-down',
    platforms: ['linkedin', 'x', 'hootsuite'],
    condition: {
      all: [
        { metric: 'followers', change: 'up' },
        { metric: 'engagement-rate', change: 'down' },
      ],
    },
    metrics: ['followers', 'engagement-rate'],
    title: { en: 'Followers up, engagement rate down', id: 'Pengikut naik, engagement rate turun' },
    text: {
      en: 'The audience grew while a smaller share of it responds. Followers who arrived through a giveaway, a paid follower campaign or one viral post often engage less than the core audience, which can pull the rate down even when the content stayed the same. Check whether this rate divides by impressions or by followers before comparing it with anything.',
      id: 'Audiens bertambah, tapi porsi yang merespons mengecil. Pengikut yang datang dari giveaway, iklan untuk menambah pengikut, atau satu posting viral sering kurang aktif dibanding audiens inti, sehingga rate bisa turun walaupun kontennya sama saja. Pastikan dulu rate ini dibagi impresi atau dibagi jumlah pengikut sebelum membandingkannya dengan angka lain.',
    },
    question: {
      en: 'Where did the new followers come from, and do they match the audience we want to reach?',
      id: 'Pengikut baru ini datang dari mana, dan apakah mereka sesuai dengan audiens yang ingin kita jangkau?',
    },
  },
  {
    id: 'views-up-followers-flat',
    platforms: ['tiktok', 'instagram', 'threads'],
    condition: {
      all: [
        { metric: 'views', change: 'up' },
        { metric: 'followers', change: 'flat', within: aboutTheSame },
      ],
    },
    metrics: ['views', 'followers'],
    title: { en: 'Views up, followers about the same', id: 'Tayangan naik, pengikut hampir tidak berubah' },
    text: {
      en: 'Content is played more without turning viewers into followers. On feeds that recommend posts to people who do not follow you, this is common: people enjoy one video and move on. It can also be existing followers watching again, since views count plays, not people. Followers count as about the same here when they moved by 1% or less.',
      id: 'Konten makin sering diputar, tapi penontonnya tidak berubah jadi pengikut. Di feed yang merekomendasikan posting ke orang yang belum mengikuti akun kita, ini hal biasa: orang menikmati satu video lalu lanjut scroll. Bisa juga itu pengikut lama yang menonton ulang, sebab tayangan menghitung jumlah putar, bukan jumlah orang. Di sini, pengikut dianggap hampir tidak berubah kalau geraknya 1% atau kurang.',
    },
    question: {
      en: 'Which posts drew the views, and what do we invite viewers to do after watching?',
      id: 'Posting mana yang paling banyak ditonton, dan apa yang kita ajak penonton lakukan setelah menonton?',
    },
  },
];
