// Readings on video: when total viewing, the length of each view and the clicks on thumbnails
// move apart.
import type { ReadingRule } from '../schema';
import { aboutTheSame } from './thresholds';

export const videoReadings: ReadingRule[] = [
  {
    id: 'watch-time-up-average-view-duration-down',
    platforms: ['youtube', 'tiktok', 'instagram', 'hootsuite'],
    condition: {
      all: [
        { metric: 'watch-time', change: 'up' },
        { metric: 'average-view-duration', change: 'down' },
      ],
    },
    metrics: ['watch-time', 'average-view-duration'],
    title: {
      en: 'Watch time up, average view duration down',
      id: 'Waktu tonton naik, durasi tonton rata-rata turun',
    },
    text: {
      en: 'More viewing in total, but each view is shorter. This often means more views arrived, from short videos, a burst of recommendations or older videos found again, while people watched less of each one. Total watch time can keep rising on volume alone for a while.',
      id: 'Total waktu tonton bertambah, tapi tiap penayangan makin singkat. Ini sering berarti jumlah penayangan naik, dari video pendek, lonjakan rekomendasi, atau video lama yang ditemukan lagi, sementara orang menonton bagian yang lebih pendek dari tiap video. Total waktu tonton bisa terus naik untuk sementara hanya karena volumenya.',
    },
    question: {
      en: 'Which videos brought the new views, and at what point do viewers leave them?',
      id: 'Video mana yang membawa penayangan baru, dan di bagian mana penonton mulai meninggalkannya?',
    },
  },
  {
    id: 'youtube-impressions-up-impressions-ctr-down',
    platforms: ['youtube'],
    condition: {
      all: [
        { metric: 'impressions', change: 'up' },
        { metric: 'impressions-ctr', change: 'down' },
      ],
    },
    metrics: ['impressions', 'impressions-ctr'],
    title: {
      en: 'Thumbnail impressions up, impressions click-through rate down',
      id: 'Impresi thumbnail naik, CTR impresi turun',
    },
    text: {
      en: 'YouTube showed the thumbnails more often, and a smaller share of those showings became views. This is common when YouTube tries a video on wider audiences, who click less often than subscribers. It can also mean the title or thumbnail does not speak to the people now seeing it. A falling rate on a growing base is not a problem by itself.',
      id: 'YouTube menampilkan thumbnail lebih sering, tapi porsi yang berubah jadi penayangan mengecil. Ini sering terjadi saat YouTube mencoba video ke audiens yang lebih luas, yang lebih jarang mengeklik dibanding subscriber. Bisa juga judul atau thumbnail-nya kurang nyambung dengan orang-orang yang sekarang melihatnya. CTR yang turun saat basisnya membesar belum tentu masalah.',
    },
    question: {
      en: 'Did views rise with the impressions, and which traffic source brought the new impressions?',
      id: 'Apakah penayangan ikut naik bersama impresi, dan sumber traffic mana yang membawa impresi baru ini?',
    },
  },
  {
    id: 'youtube-views-up-subscribers-flat',
    platforms: ['youtube'],
    condition: {
      all: [
        { metric: 'views', change: 'up' },
        { metric: 'subscribers', change: 'flat', within: aboutTheSame },
      ],
    },
    metrics: ['views', 'subscribers'],
    title: { en: 'Views up, subscribers about the same', id: 'Penayangan naik, subscriber hampir tidak berubah' },
    text: {
      en: 'More views without more subscribers often means people found one video through search, Shorts or recommendations and have no reason yet to come back. Since Shorts views count every start and replay, a burst of Shorts can also lift views a long way with little change in the audience. Subscribers count as about the same here when they moved by 1% or less.',
      id: 'Penayangan bertambah tanpa tambahan subscriber sering berarti penonton menemukan satu video lewat pencarian, Shorts, atau rekomendasi, dan belum punya alasan untuk kembali. Karena penayangan Shorts dihitung setiap kali video mulai diputar atau diputar ulang, lonjakan Shorts juga bisa menaikkan penayangan jauh tanpa banyak mengubah audiens. Di sini, subscriber dianggap hampir tidak berubah kalau geraknya 1% atau kurang.',
    },
    question: {
      en: 'Which videos brought the new viewers, and what do we give them a reason to subscribe for?',
      id: 'Video mana yang mendatangkan penonton baru, dan alasan apa yang kita berikan supaya mereka mau subscribe?',
    },
  },
];
