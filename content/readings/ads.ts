// Readings on paid campaigns: when the price of being seen, how often people see the ads and
// what the money buys move apart.
import type { ReadingRule } from '../schema';

export const adsReadings: ReadingRule[] = [
  {
    id: 'cost-per-result-up-frequency-up',
    platforms: ['meta-ads-manager'],
    condition: {
      all: [
        { metric: 'cpa', change: 'up' },
        { metric: 'frequency', change: 'up' },
      ],
    },
    metrics: ['cpa', 'frequency'],
    title: { en: 'Cost per result up, frequency up', id: 'Biaya per hasil naik, frekuensi naik' },
    text: {
      en: 'Each person sees the ads more often, and each result costs more. This often points to an audience growing used to the same creative, so it takes more showings to get the same outcome. It can also come from a smaller audience, a budget spread more thinly or more competition in the auction.',
      id: 'Setiap orang makin sering melihat iklan, dan setiap hasil makin mahal. Ini sering menandakan audiens yang mulai jenuh dengan materi yang sama, sehingga butuh lebih banyak tayangan untuk hasil yang sama. Bisa juga karena audiensnya mengecil, budget yang makin terpecah, atau persaingan di lelang iklan yang makin ketat.',
    },
    question: {
      en: 'How long has this creative been running to this audience, and what is ready to replace it?',
      id: 'Sudah berapa lama materi iklan ini tayang ke audiens yang sama, dan materi apa yang siap menggantikannya?',
    },
  },
  {
    id: 'cpm-up-ctr-down',
    platforms: ['meta-ads-manager', 'linkedin'],
    condition: {
      all: [
        { metric: 'cpm', change: 'up' },
        { metric: 'ctr', change: 'down' },
      ],
    },
    metrics: ['cpm', 'ctr'],
    title: { en: 'CPM up, click-through rate down', id: 'CPM naik, CTR turun' },
    text: {
      en: 'Showing the ads costs more while fewer showings lead to a click, so each click gets dearer from both sides. CPM often rises in busy seasons when more advertisers compete, and CTR often falls when the creative is tired or the audience is a poor match; the two can happen together or apart.',
      id: 'Biaya menayangkan iklan naik, sementara tayangan yang berujung klik makin sedikit, jadi biaya per klik tertekan dari dua sisi. CPM sering naik di musim ramai saat lebih banyak pengiklan bersaing, dan CTR sering turun saat materinya sudah jenuh atau audiensnya kurang cocok; keduanya bisa terjadi bersamaan atau terpisah.',
    },
    question: {
      en: 'Which campaigns saw CPM rise, and when was their creative last refreshed?',
      id: 'Kampanye mana yang CPM-nya naik, dan kapan terakhir materinya diperbarui?',
    },
  },
  {
    id: 'amount-spent-up-results-down',
    platforms: ['meta-ads-manager'],
    condition: {
      all: [
        { metric: 'amount-spent', change: 'up' },
        { metric: 'results', change: 'down' },
      ],
    },
    metrics: ['amount-spent', 'results'],
    title: { en: 'Amount spent up, results down', id: 'Belanja iklan naik, hasil turun' },
    text: {
      en: 'More money bought fewer results. This can follow a change of objective or optimisation event, which changes what counts as a result, a new campaign still in its learning phase, or an audience that is being used up. Check that the results column counts the same thing across the whole period before comparing.',
      id: 'Budget yang lebih besar justru menghasilkan lebih sedikit hasil. Ini bisa terjadi setelah objective atau event optimasi diganti, sehingga yang dihitung sebagai hasil ikut berubah, saat kampanye baru masih dalam fase learning, atau saat audiensnya mulai habis. Pastikan kolom hasil menghitung hal yang sama sepanjang periode sebelum membandingkan.',
    },
    question: {
      en: 'Did the objective or the result being counted change this period, and which campaigns took the extra budget?',
      id: 'Apakah objective atau jenis hasil yang dihitung berubah di periode ini, dan kampanye mana yang menyerap tambahan budget?',
    },
  },
  {
    id: 'link-clicks-up-landing-page-views-down',
    platforms: ['meta-ads-manager'],
    condition: {
      all: [
        { metric: 'link-clicks', change: 'up' },
        { metric: 'landing-page-views', change: 'down' },
      ],
    },
    metrics: ['link-clicks', 'landing-page-views'],
    title: { en: 'Link clicks up, landing page views down', id: 'Klik tautan naik, tayangan halaman landing turun' },
    text: {
      en: 'More people clicked, and fewer of them saw the page load. A slow or broken landing page often shows up this way, and so can accidental taps in mobile placements or a pixel that is missing from the page or not firing.',
      id: 'Makin banyak yang mengeklik, tapi makin sedikit yang benar-benar melihat halamannya terbuka. Landing page yang lambat atau error sering terlihat seperti ini, begitu juga klik tidak sengaja di penempatan mobile, atau pixel yang tidak terpasang atau tidak berjalan di halaman itu.',
    },
    question: {
      en: 'How fast does the landing page open on a phone, and is the pixel firing on it?',
      id: 'Seberapa cepat landing page terbuka di HP, dan apakah pixel-nya berjalan di halaman itu?',
    },
  },
];
