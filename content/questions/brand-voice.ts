// Questions about how the brand sounds, who decides, and how much of the conversation is ours.
import type { Question } from '../schema';

export const brandVoiceQuestions: Question[] = [
  {
    id: 'voice-guide',
    theme: 'brand-voice',
    text: {
      en: 'Is our brand voice written down somewhere, and who decides when a post does not sound like us?',
      id: 'Apakah brand voice kita sudah tertulis, dan siapa yang memutuskan kalau sebuah posting terasa bukan gaya kita?',
    },
    why: {
      en: 'A written voice lets several people write as one brand and makes reviews faster. Knowing who has the final word avoids long debates over single words.',
      id: 'Brand voice yang tertulis membuat beberapa orang bisa menulis sebagai satu brand dan mempercepat review. Dengan tahu siapa pemegang keputusan akhir, tim tidak terjebak perdebatan panjang soal pilihan kata.',
    },
    goodAnswer: {
      en: "A good answer points to a short guide with examples of what to say and what to avoid, and names one owner. Watch out if the voice lives in one person's head, or if every reviewer rewrites posts in their own style.",
      id: 'Jawaban yang baik menunjuk panduan singkat berisi contoh yang boleh dan yang sebaiknya dihindari, serta menyebut satu pemiliknya. Waspadai jika brand voice hanya ada di kepala satu orang, atau setiap reviewer menulis ulang posting dengan gayanya sendiri.',
    },
    phases: ['first-week'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'voice-share-of-voice',
    theme: 'brand-voice',
    text: {
      en: 'How do we compare with competitors in the conversation about our category?',
      id: 'Seberapa besar porsi kita dalam percakapan di kategori kita dibanding kompetitor?',
    },
    why: {
      en: 'Share of voice is our portion of all the mentions in a topic or category, compared with competitors. It shows whether people talk about us or about others when they talk about what we sell.',
      id: 'Share of voice adalah porsi mention brand kita dari seluruh percakapan di satu topik atau kategori, dibandingkan dengan kompetitor. Angka ini menunjukkan apakah orang membicarakan kita atau brand lain saat membahas produk sejenis.',
    },
    goodAnswer: {
      en: 'A good answer names the competitors and keywords the measure uses, where the data comes from and how it has moved over time. Watch out for a single figure with no list of who we are compared with.',
      id: 'Jawaban yang baik menyebut kompetitor dan kata kunci yang dipakai, sumber datanya, serta perkembangannya dari waktu ke waktu. Waspadai jika hanya ada satu angka tanpa daftar siapa pembandingnya.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['share-of-voice', 'mentions'],
  },
  {
    id: 'voice-best-examples',
    theme: 'brand-voice',
    text: {
      en: 'Which recent posts sound most like us, and which ones did not quite?',
      id: 'Posting terbaru mana yang paling terasa seperti kita, dan mana yang kurang pas?',
    },
    why: {
      en: 'Examples teach a voice faster than any description. Asking for both kinds shows you how the team judges tone.',
      id: 'Contoh nyata lebih cepat menjelaskan brand voice daripada deskripsi apa pun. Dengan meminta dua jenis contoh, Anda bisa melihat cara tim menilai gaya bahasa.',
    },
    goodAnswer: {
      en: "A good answer explains why, in terms such as warmth, clarity or humour, not only 'it did well'. Watch out if nobody can name a post that missed: people may not yet feel safe saying so.",
      id: "Jawaban yang baik menjelaskan alasannya, misalnya soal kehangatan, kejelasan, atau humor, bukan sekadar 'performanya bagus'. Waspadai jika tidak ada yang bisa menyebut posting yang meleset: bisa jadi tim belum merasa aman untuk mengatakannya.",
    },
    phases: ['first-week', 'ongoing'],
    surfaces: ['feed', 'profile'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'voice-per-platform',
    theme: 'brand-voice',
    text: {
      en: 'How does our voice change from one platform to another, and what stays the same everywhere?',
      id: 'Bagaimana gaya bahasa kita berubah dari satu platform ke platform lain, dan apa yang tetap sama di semuanya?',
    },
    why: {
      en: 'A brand can be more formal on LinkedIn and lighter on TikTok and still be recognisable. The team should know which parts may bend and which may not.',
      id: 'Brand bisa lebih formal di LinkedIn dan lebih santai di TikTok, tapi tetap dikenali. Tim perlu tahu bagian mana yang boleh fleksibel dan mana yang tidak.',
    },
    goodAnswer: {
      en: 'A good answer names a few fixed values and gives examples of how the tone shifts per platform. Watch out if everything is identical everywhere, or if each platform sounds like a different company.',
      id: 'Jawaban yang baik menyebut beberapa nilai yang tetap dan memberi contoh perubahan nada di tiap platform. Waspadai jika semuanya persis sama di mana-mana, atau sebaliknya, tiap platform terdengar seperti perusahaan yang berbeda.',
    },
    phases: ['first-90-days'],
    surfaces: ['feed', 'profile'],
    platforms: [],
    metrics: [],
  },
  {
    id: 'voice-replies',
    theme: 'brand-voice',
    text: {
      en: 'How do we sound when we reply to a complaint, compared with how we sound in a post?',
      id: 'Bagaimana gaya kita saat membalas keluhan, dibandingkan dengan gaya di posting biasa?',
    },
    why: {
      en: 'Replies are where many people meet the brand one to one. A joke that works in a post can hurt in a reply to someone who is upset.',
      id: 'Balasan adalah tempat banyak orang berinteraksi langsung dengan brand. Candaan yang cocok di posting bisa menyakitkan kalau dipakai untuk membalas orang yang sedang kesal.',
    },
    goodAnswer: {
      en: 'A good answer mentions guidelines or saved replies for common cases, and freedom to sound human. Watch out for copy-paste replies to every complaint, or no guidance at all for the hard ones.',
      id: 'Jawaban yang baik menyebut panduan atau template balasan untuk kasus umum, sekaligus keleluasaan untuk tetap terdengar manusiawi. Waspadai jika setiap keluhan dibalas dengan copy-paste, atau tidak ada panduan sama sekali untuk kasus yang sulit.',
    },
    phases: ['first-90-days'],
    surfaces: ['inbox'],
    platforms: [],
    metrics: ['comments'],
  },
  {
    id: 'voice-sentiment',
    theme: 'brand-voice',
    text: {
      en: 'How do we know how people feel about us, and how far do we trust the sentiment score?',
      id: 'Bagaimana kita tahu perasaan orang terhadap brand kita, dan seberapa jauh kita percaya pada skor sentimen?',
    },
    why: {
      en: 'Listening tools label mentions as positive, negative or neutral automatically, and they can misread sarcasm, slang or mixed languages. A score nobody checks can give false comfort or a false alarm.',
      id: 'Tool social listening melabeli mention sebagai positif, negatif, atau netral secara otomatis, dan bisa keliru membaca sarkasme, slang, atau campuran bahasa. Skor yang tidak pernah dicek bisa memberi rasa aman palsu atau alarm palsu.',
    },
    goodAnswer: {
      en: 'A good answer says someone reads a sample of mentions by hand and corrects the labels. Watch out if the score is reported every month but nobody has looked at the posts behind it.',
      id: 'Jawaban yang baik menyebut ada yang membaca sampel mention secara manual dan mengoreksi labelnya. Waspadai jika skor dilaporkan setiap bulan, tapi tidak ada yang pernah melihat posting di baliknya.',
    },
    phases: ['first-90-days', 'ongoing'],
    surfaces: ['analytics'],
    platforms: [],
    metrics: ['sentiment', 'mentions'],
  },
  {
    id: 'voice-recognised-fast',
    theme: 'brand-voice',
    text: {
      en: 'If we needed people to recognise us quickly, what would we lean on first?',
      id: 'Kalau kita perlu cepat dikenali orang, apa yang pertama akan kita andalkan?',
    },
    why: {
      en: "New or relaunched brands have to find their voice under time pressure. The answer shows what the team sees as the brand's most distinctive assets.",
      id: 'Brand baru atau yang baru diluncurkan ulang harus menemukan suaranya di bawah tekanan waktu. Jawabannya menunjukkan aset apa yang dianggap tim paling khas dari brand ini.',
    },
    goodAnswer: {
      en: 'A good answer names a few concrete things, such as a visual style, a recurring series or a way of replying, and ties them to the audience. Watch out if the only answer is to post more often.',
      id: 'Jawaban yang baik menyebut beberapa hal konkret, misalnya gaya visual, seri konten yang rutin, atau cara membalas yang khas, lalu mengaitkannya dengan audiens. Waspadai jika satu-satunya jawaban adalah lebih sering posting.',
    },
    phases: ['first-week', 'first-90-days'],
    surfaces: [],
    platforms: [],
    metrics: [],
  },
  {
    id: 'voice-trends',
    theme: 'brand-voice',
    text: {
      en: 'Which recent trend did we join, which did we skip, and what tipped each call?',
      id: 'Tren mana yang belakangan kita ikuti, mana yang kita lewatkan, dan apa yang menentukan masing-masing keputusan?',
    },
    why: {
      en: 'Trends move in hours, and joining the wrong one can look careless. A shared way of deciding lets the team move fast without asking permission every time.',
      id: 'Tren bergerak dalam hitungan jam, dan ikut tren yang salah bisa terlihat asal-asalan. Cara memutuskan yang disepakati bersama membuat tim bisa bergerak cepat tanpa harus minta izin setiap kali.',
    },
    goodAnswer: {
      en: 'A good answer has simple tests, such as fit with the brand, timing and risk, and says who can approve at short notice. Watch out if every trend needs sign-off from several people, so the team is always late.',
      id: 'Jawaban yang baik punya pertimbangan sederhana, misalnya kecocokan dengan brand, waktu, dan risikonya, serta menyebut siapa yang bisa menyetujui secara mendadak. Waspadai jika setiap tren butuh persetujuan beberapa orang sehingga tim selalu terlambat.',
    },
    phases: ['first-90-days'],
    surfaces: ['feed', 'publishing'],
    platforms: [],
    metrics: [],
  },
];
