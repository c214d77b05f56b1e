import type { BriefOutput } from '../domain/campaign.js';
import type { CampaignStatus, CompensationType, Deliverable, Requirements } from '@ibusibuk/sdk';

/** One demo campaign, its dates relative to the clock's now. */
export interface DemoCampaign {
  key: string;
  brand: string;
  title: string;
  summary: string;
  /** Opening paragraphs of the Markdown description. */
  intro: string;
  status: CampaignStatus;
  createdDaysAgo: number;
  /** Days from now to the application deadline; negative when it has passed. */
  applyInDays: number;
  /**
   * Days from now to the posting window's opening, for campaigns that let a KOL post as soon as her
   * draft is approved (rolling); by default the window opens ten days after the application deadline.
   */
  postOpensInDays?: number;
  deliverables: Deliverable[];
  compensation: { type: CompensationType; fee: number; productDescription: string | null; productValue: number | null };
  slots: number;
  requirements: Partial<Requirements>;
  tags: string[];
  brief: Omit<BriefOutput, 'body' | 'references'> & { references?: BriefOutput['references'] };
}

export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    key: 'mpasi',
    brand: 'Si Kecil Organik',
    title: 'MPASI Organik Pertama Si Kecil',
    summary: 'Bagikan momen MPASI pertama si kecil dengan bubur organik Si Kecil Organik, tanpa gula dan garam tambahan.',
    intro:
      'Momen suapan pertama selalu bikin deg-degan, ya, Bun? **Si Kecil Organik** mencari ibu-ibu yang sedang memulai MPASI untuk berbagi cerita jujur tentang menu pertama si kecil.\n\n' +
      'Bubur kami dibuat dari beras merah, labu kuning, dan sayuran organik dari petani lokal di Lembang, tanpa tambahan gula, garam, maupun pengawet.',
    status: 'open',
    createdDaysAgo: 12,
    applyInDays: 14,
    postOpensInDays: -4,
    deliverables: [
      { platform: 'instagram', format: 'reel', quantity: 1 },
      { platform: 'instagram', format: 'story', quantity: 3 },
    ],
    compensation: { type: 'paid_and_product', fee: 1_500_000, productDescription: 'Paket MPASI organik untuk 1 bulan (24 pouch) dan food maker.', productValue: 450_000 },
    slots: 20,
    requirements: { minFollowers: { instagram: 5_000 }, childAgeMonths: { min: 5, max: 12 }, niches: ['parenting', 'mpasi'] },
    tags: ['mpasi', 'bayi', 'organik'],
    brief: {
      objective: 'Mengenalkan bubur MPASI organik Si Kecil Organik sebagai pilihan praktis dan sehat untuk suapan pertama.',
      keyMessages: [
        'Dibuat dari bahan organik bersertifikat, tanpa gula dan garam tambahan.',
        'Tekstur bertahap sesuai tahapan usia si kecil.',
        'Praktis: tinggal seduh air hangat, siap dalam 2 menit.',
      ],
      dos: ['Tampilkan ekspresi si kecil saat mencoba suapan pertama.', 'Ceritakan alasan Bunda memilih MPASI organik.', 'Tunjukkan kemasan dengan jelas minimal 3 detik.'],
      donts: ['Jangan menyebut produk menggantikan ASI.', 'Jangan membandingkan dengan merek lain secara langsung.', 'Jangan menampilkan si kecil tanpa pengawasan saat makan.'],
      hashtags: ['#SiKecilOrganik', '#MPASIPertama', '#IbuSibuk'],
      mentions: ['@sikecilorganik.id', '@orami.id'],
      captionGuidelines: 'Buka caption dengan cerita singkat hari pertama MPASI, lalu sebut manfaat utama. Maksimal 150 kata.',
      references: [{ kind: 'link', url: 'https://www.orami.co.id/magazine/mpasi-pertama', caption: 'Artikel Orami tentang MPASI pertama' }],
    },
  },
  {
    key: 'laundry',
    brand: 'Bunda Wangi',
    title: 'Cucian Bayi Wangi dan Lembut',
    summary: 'Review deterjen khusus pakaian bayi Bunda Wangi: lembut di kulit, wanginya tahan seharian.',
    intro:
      'Kulit si kecil masih sensitif, jadi urusan mencuci baju bayi tidak bisa sembarangan. **Bunda Wangi** adalah deterjen cair berbahan nabati yang sudah diuji dermatologis.\n\n' +
      'Kami mencari Bunda di Jabodetabek yang aktif di TikTok untuk membuat video rutinitas mencuci baju si kecil.',
    status: 'open',
    createdDaysAgo: 9,
    applyInDays: 10,
    deliverables: [{ platform: 'tiktok', format: 'video', quantity: 1 }],
    compensation: { type: 'barter', fee: 0, productDescription: 'Paket deterjen dan pelembut Bunda Wangi untuk 6 bulan.', productValue: 600_000 },
    slots: 30,
    requirements: {
      minFollowers: { tiktok: 2_000 },
      cities: ['Jakarta Selatan', 'Jakarta Timur', 'Jakarta Barat', 'Bekasi', 'Depok', 'Tangerang', 'Bogor'],
      provinces: ['DKI Jakarta'],
    },
    tags: ['perlengkapan-bayi', 'kebersihan', 'barter'],
    brief: {
      objective: 'Menunjukkan bahwa mencuci baju bayi dengan Bunda Wangi itu mudah, aman, dan wangi.',
      keyMessages: ['Berbahan nabati dan sudah diuji dermatologis.', 'Wangi lembut yang tahan seharian.', 'Cukup satu tutup untuk satu kali cuci.'],
      dos: ['Rekam rutinitas mencuci dari awal sampai menjemur.', 'Sebutkan bahwa produk aman untuk kulit sensitif.'],
      donts: ['Jangan menampilkan produk lain di satu frame.', 'Jangan memakai musik yang tidak berlisensi.'],
      hashtags: ['#BundaWangi', '#CucianBayi', '#IbuSibuk'],
      mentions: ['@bundawangi.official'],
      captionGuidelines: 'Gunakan bahasa santai, ajak Bunda lain berbagi tips mencuci baju bayi.',
    },
  },
  {
    key: 'diapers',
    brand: 'Popok Lembut',
    title: 'Review Jujur Popok Lembut untuk Tidur Malam',
    summary: 'Ceritakan pengalaman si kecil tidur nyenyak semalaman dengan popok celana Popok Lembut.',
    intro:
      'Tidur malam yang nyenyak itu berharga, untuk si kecil dan juga Bunda. **Popok Lembut** punya lapisan daya serap 12 jam dengan permukaan selembut kapas.\n\n' +
      'Kami ingin mendengar review jujur Bunda, lengkap dengan suka-dukanya.',
    status: 'open',
    createdDaysAgo: 20,
    applyInDays: 7,
    postOpensInDays: -1,
    deliverables: [
      { platform: 'instagram', format: 'feed', quantity: 1 },
      { platform: 'instagram', format: 'story', quantity: 2 },
      { platform: 'facebook', format: 'feed', quantity: 1 },
    ],
    compensation: { type: 'paid_and_product', fee: 750_000, productDescription: '4 pak popok celana ukuran sesuai si kecil.', productValue: 400_000 },
    slots: 25,
    requirements: { minFollowers: { instagram: 3_000 }, childAgeMonths: { min: 0, max: 24 } },
    tags: ['popok', 'bayi', 'tidur'],
    brief: {
      objective: 'Membangun kepercayaan bahwa Popok Lembut menjaga si kecil tetap kering dan nyaman sepanjang malam.',
      keyMessages: ['Daya serap hingga 12 jam.', 'Permukaan lembut, bebas ruam.', 'Indikator basah yang memudahkan Bunda.'],
      dos: ['Foto si kecil dalam suasana tidur yang aman.', 'Ceritakan pengalaman nyata, termasuk kekurangannya.'],
      donts: ['Jangan mengunggah foto si kecil tanpa pakaian.', 'Jangan mengklaim produk menyembuhkan ruam.'],
      hashtags: ['#PopokLembut', '#TidurNyenyak', '#IbuSibuk'],
      mentions: ['@popoklembut.id'],
      captionGuidelines: 'Ceritakan satu malam bersama si kecil; cantumkan ukuran popok yang dipakai.',
    },
  },
  {
    key: 'milk',
    brand: 'Susu Tumbuh Kembang',
    title: 'Cerita Tumbuh Kembang Si Kecil',
    summary: 'Video YouTube tentang tahapan tumbuh kembang anak usia 1–3 tahun bersama Susu Tumbuh Kembang.',
    intro:
      'Setiap anak punya cerita tumbuh kembangnya sendiri. **Susu Tumbuh Kembang** mengajak Bunda kreator YouTube untuk berbagi perjalanan si kecil: dari langkah pertama sampai kata pertama.\n\n' +
      'Konten bersifat edukatif dan akan ditinjau tim ahli gizi kami sebelum tayang.',
    status: 'open',
    createdDaysAgo: 25,
    applyInDays: 21,
    postOpensInDays: -2,
    deliverables: [
      { platform: 'youtube', format: 'video', quantity: 1 },
      { platform: 'youtube', format: 'short', quantity: 2 },
    ],
    compensation: { type: 'paid', fee: 3_500_000, productDescription: null, productValue: null },
    slots: 8,
    requirements: { minFollowers: { youtube: 10_000 }, childAgeMonths: { min: 12, max: 36 }, niches: ['parenting', 'edukasi'] },
    tags: ['susu-pertumbuhan', 'balita', 'edukasi'],
    brief: {
      objective: 'Mengedukasi Bunda tentang tahapan tumbuh kembang balita dan peran nutrisi di dalamnya.',
      keyMessages: ['Nutrisi seimbang mendukung tumbuh kembang optimal.', 'Diperkaya DHA, zat besi, dan vitamin D.', 'Konsultasikan kebutuhan gizi si kecil dengan tenaga kesehatan.'],
      dos: ['Gunakan data dari sumber terpercaya (IDAI, Kemenkes).', 'Tampilkan keseharian si kecil secara natural.'],
      donts: ['Jangan menyebut susu pertumbuhan sebagai pengganti ASI.', 'Jangan memberi klaim medis.'],
      hashtags: ['#SusuTumbuhKembang', '#CeritaTumbuhKembang', '#IbuSibuk'],
      mentions: ['@susutumbuhkembang'],
      captionGuidelines: 'Deskripsi video minimal 100 kata, sertakan timestamp dan tautan artikel Orami.',
      references: [{ kind: 'link', url: 'https://www.orami.co.id/magazine/tahapan-tumbuh-kembang-balita' }],
    },
  },
  {
    key: 'carrier',
    brand: 'Gendong Nyaman',
    title: 'Jalan-jalan Nyaman dengan Gendongan Ergonomis',
    summary: 'Tunjukkan serunya jalan-jalan bersama si kecil memakai gendongan ergonomis Gendong Nyaman.',
    intro:
      'Gendongan yang tepat membuat jalan-jalan jadi lebih menyenangkan dan punggung Bunda tetap aman. **Gendong Nyaman** dirancang dengan posisi kaki M yang dianjurkan untuk pinggul si kecil.\n\n' +
      'Kami mencari Bunda aktif di Instagram dan TikTok yang senang beraktivitas di luar rumah bersama si kecil.',
    status: 'open',
    createdDaysAgo: 6,
    applyInDays: 18,
    deliverables: [
      { platform: 'instagram', format: 'reel', quantity: 2 },
      { platform: 'tiktok', format: 'video', quantity: 1 },
    ],
    compensation: { type: 'paid_and_product', fee: 1_000_000, productDescription: 'Satu gendongan ergonomis Gendong Nyaman (warna bebas pilih).', productValue: 650_000 },
    slots: 15,
    requirements: {
      minFollowers: { instagram: 4_000 },
      provinces: ['DKI Jakarta', 'Jawa Barat', 'Jawa Timur', 'Banten'],
      childAgeMonths: { min: 0, max: 18 },
    },
    tags: ['gendongan', 'jalan-jalan', 'bayi'],
    brief: {
      objective: 'Memperlihatkan kenyamanan dan keamanan gendongan ergonomis dalam aktivitas sehari-hari.',
      keyMessages: ['Posisi kaki M yang sehat untuk pinggul bayi.', 'Bantalan bahu tebal, tidak pegal walau lama.', 'Mudah dipakai sendiri dalam 30 detik.'],
      dos: ['Tunjukkan cara memakai gendongan dengan benar.', 'Rekam di luar ruangan dengan cahaya alami.'],
      donts: ['Jangan memperlihatkan posisi menggendong yang tidak aman.', 'Jangan menggendong sambil memasak atau berkendara.'],
      hashtags: ['#GendongNyaman', '#JalanJalanBareng', '#IbuSibuk'],
      mentions: ['@gendongnyaman'],
      captionGuidelines: 'Ceritakan tempat favorit jalan-jalan bersama si kecil.',
    },
  },
  {
    key: 'toys',
    brand: 'Mainan Kayu Cerdas',
    title: 'Main Sambil Belajar dengan Mainan Kayu',
    summary: 'Dokumentasikan si kecil bermain puzzle dan balok kayu Montessori dari Mainan Kayu Cerdas.',
    intro:
      'Bermain adalah cara anak belajar. **Mainan Kayu Cerdas** membuat mainan dari kayu pinus bersertifikat dengan cat berbahan dasar air yang aman digigit.\n\n' +
      'Cocok untuk Bunda yang suka berbagi ide aktivitas bermain di rumah.',
    status: 'open',
    createdDaysAgo: 3,
    applyInDays: 25,
    deliverables: [
      { platform: 'instagram', format: 'feed', quantity: 2 },
      { platform: 'instagram', format: 'story', quantity: 2 },
    ],
    compensation: { type: 'barter', fee: 0, productDescription: 'Satu set mainan Montessori (puzzle, balok, dan papan pasak).', productValue: 850_000 },
    slots: 12,
    requirements: { minFollowers: { instagram: 2_000 }, childAgeMonths: { min: 12, max: 48 }, niches: ['montessori', 'parenting'] },
    tags: ['mainan', 'montessori', 'barter'],
    brief: {
      objective: 'Menginspirasi Bunda dengan ide bermain edukatif memakai mainan kayu.',
      keyMessages: ['Kayu bersertifikat dan cat aman untuk anak.', 'Melatih motorik halus dan logika.'],
      dos: ['Bagikan satu ide permainan yang bisa ditiru.', 'Tampilkan tangan si kecil saat bermain.'],
      donts: ['Jangan memperlihatkan bagian kecil tanpa pengawasan untuk anak di bawah 3 tahun.'],
      hashtags: ['#MainanKayuCerdas', '#MainSambilBelajar', '#IbuSibuk'],
      mentions: ['@mainankayucerdas'],
      captionGuidelines: 'Tulis langkah permainan dalam 3–5 poin.',
    },
  },
  {
    key: 'soap',
    brand: 'Sabun Bayi Alami',
    title: 'Mandi Sore Ceria bersama Si Kecil',
    summary: 'Video TikTok dan siaran langsung seputar rutinitas mandi sore memakai Sabun Bayi Alami.',
    intro:
      'Waktu mandi bisa jadi momen bonding paling seru. **Sabun Bayi Alami** dibuat dari minyak zaitun dan chamomile, tidak pedih di mata.\n\n' +
      'Kami mengundang Bunda TikTok untuk satu video dan satu sesi live berbagi tips memandikan si kecil.',
    status: 'open',
    createdDaysAgo: 15,
    applyInDays: 9,
    deliverables: [
      { platform: 'tiktok', format: 'video', quantity: 1 },
      { platform: 'tiktok', format: 'live', quantity: 1 },
    ],
    compensation: { type: 'paid', fee: 500_000, productDescription: null, productValue: null },
    slots: 20,
    requirements: { minFollowers: { tiktok: 5_000 } },
    tags: ['perawatan-bayi', 'mandi', 'live'],
    brief: {
      objective: 'Mengenalkan Sabun Bayi Alami sebagai sabun dan sampo 2-in-1 yang lembut.',
      keyMessages: ['Tidak pedih di mata.', 'Dengan minyak zaitun dan chamomile.', 'pH seimbang untuk kulit bayi.'],
      dos: ['Selama live, jawab pertanyaan penonton seputar perawatan kulit bayi.', 'Sebutkan promo yang berlaku.'],
      donts: ['Jangan meninggalkan si kecil sendirian di bak mandi, sekalipun sebentar.'],
      hashtags: ['#SabunBayiAlami', '#MandiSoreCeria', '#IbuSibuk'],
      mentions: ['@sabunbayialami'],
      captionGuidelines: 'Ajak penonton ikut live dengan menyebut jadwalnya di video.',
    },
  },
  {
    key: 'vitamin',
    brand: 'Vitamin Anak Ceria',
    title: 'Anak Lahap, Bunda Tenang',
    summary: 'Konten Facebook dan Instagram tentang si kecil yang susah makan dan cara Bunda menyiasatinya.',
    intro:
      'Si kecil sedang GTM (gerakan tutup mulut)? Bunda tidak sendirian. **Vitamin Anak Ceria** mengajak Bunda berbagi cerita dan tips menghadapi masa susah makan.\n\n' +
      'Sirup multivitamin kami mengandung lysine, curcuma, dan vitamin B kompleks dengan rasa jeruk yang disukai anak.',
    status: 'open',
    createdDaysAgo: 18,
    applyInDays: 12,
    deliverables: [
      { platform: 'facebook', format: 'video', quantity: 1 },
      { platform: 'facebook', format: 'live', quantity: 1 },
      { platform: 'instagram', format: 'story', quantity: 2 },
    ],
    compensation: { type: 'paid', fee: 2_000_000, productDescription: null, productValue: null },
    slots: 10,
    requirements: { minFollowers: { facebook: 5_000 }, childAgeMonths: { min: 12, max: 72 } },
    tags: ['vitamin', 'gtm', 'balita'],
    brief: {
      objective: 'Membangun kesadaran tentang Vitamin Anak Ceria sebagai pendamping pola makan sehat.',
      keyMessages: ['Membantu memelihara nafsu makan.', 'Rasa jeruk yang disukai anak.', 'Terdaftar di BPOM.'],
      dos: ['Bagikan tips praktis menghadapi GTM.', 'Sebutkan nomor BPOM di video.'],
      donts: ['Jangan menyebut vitamin sebagai obat.', 'Jangan menyarankan dosis di luar aturan pakai.'],
      hashtags: ['#VitaminAnakCeria', '#AnakLahap', '#IbuSibuk'],
      mentions: ['@vitaminanakceria'],
      captionGuidelines: 'Tutup dengan ajakan berbagi pengalaman di kolom komentar.',
    },
  },
  {
    key: 'mattress',
    brand: 'Kasur Bayi Nyenyak',
    title: 'Rutinitas Tidur Siang yang Menenangkan',
    summary: 'Reel Instagram tentang rutinitas tidur siang si kecil di kasur bayi Kasur Bayi Nyenyak.',
    intro:
      'Tidur siang yang cukup membuat si kecil lebih ceria sore harinya. **Kasur Bayi Nyenyak** memakai busa padat dengan sarung katun organik yang mudah dicuci.\n\n' +
      'Pendaftaran kampanye ini sudah ditutup; terima kasih untuk semua Bunda yang mendaftar.',
    status: 'closed',
    createdDaysAgo: 45,
    applyInDays: -20,
    deliverables: [{ platform: 'instagram', format: 'reel', quantity: 1 }],
    compensation: { type: 'paid', fee: 1_250_000, productDescription: null, productValue: null },
    slots: 3,
    requirements: { minFollowers: { instagram: 5_000 } },
    tags: ['tidur', 'perlengkapan-bayi'],
    brief: {
      objective: 'Menunjukkan rutinitas tidur siang yang aman dan nyaman.',
      keyMessages: ['Busa padat sesuai anjuran tidur aman bayi.', 'Sarung katun organik, mudah dicuci.'],
      dos: ['Tampilkan posisi tidur telentang yang aman.', 'Ceritakan rutinitas sebelum tidur.'],
      donts: ['Jangan menaruh bantal, selimut tebal, atau boneka di sekitar bayi.'],
      hashtags: ['#KasurBayiNyenyak', '#TidurSiang', '#IbuSibuk'],
      mentions: ['@kasurbayinyenyak'],
      captionGuidelines: 'Sebutkan tiga langkah rutinitas tidur siang.',
    },
  },
  {
    key: 'telon',
    brand: 'Minyak Telon Hangat',
    title: 'Hangatnya Pelukan Bunda',
    summary: 'Kampanye video YouTube dan Reel tentang kehangatan minyak telon setelah mandi.',
    intro:
      'Aroma minyak telon selalu mengingatkan pada pelukan Bunda. **Minyak Telon Hangat** kini hadir dengan aroma lavender yang menenangkan.\n\n' +
      'Kampanye ini sudah selesai. Terima kasih kepada para Bunda yang telah berkarya bersama kami!',
    status: 'completed',
    createdDaysAgo: 80,
    applyInDays: -60,
    deliverables: [
      { platform: 'youtube', format: 'video', quantity: 1 },
      { platform: 'instagram', format: 'reel', quantity: 1 },
    ],
    compensation: { type: 'paid', fee: 5_000_000, productDescription: null, productValue: null },
    slots: 3,
    requirements: { minFollowers: { youtube: 5_000 } },
    tags: ['minyak-telon', 'perawatan-bayi'],
    brief: {
      objective: 'Mengangkat cerita kehangatan keluarga bersama Minyak Telon Hangat.',
      keyMessages: ['Hangatnya tahan lama.', 'Aroma lavender yang menenangkan.', 'Melindungi dari gigitan nyamuk hingga 6 jam.'],
      dos: ['Rekam momen setelah mandi dengan pencahayaan hangat.'],
      donts: ['Jangan mengoleskan minyak telon di area wajah bayi.'],
      hashtags: ['#MinyakTelonHangat', '#PelukanBunda', '#IbuSibuk'],
      mentions: ['@minyaktelonhangat'],
      captionGuidelines: 'Bagikan kenangan masa kecil Bunda tentang minyak telon.',
    },
  },
  {
    key: 'bottle',
    brand: 'Botol Susu Pintar',
    title: 'Transisi ASI ke Botol Tanpa Drama',
    summary: 'Bagikan tips transisi dari menyusui langsung ke botol untuk Bunda yang kembali bekerja.',
    intro:
      'Kembali bekerja setelah cuti melahirkan? **Botol Susu Pintar** punya dot berbentuk alami yang memudahkan si kecil beradaptasi.\n\n' +
      '_Draf kampanye: belum dibuka untuk pendaftaran._',
    status: 'draft',
    createdDaysAgo: 1,
    applyInDays: 30,
    deliverables: [
      { platform: 'instagram', format: 'reel', quantity: 1 },
      { platform: 'tiktok', format: 'short', quantity: 1 },
    ],
    compensation: { type: 'paid_and_product', fee: 2_500_000, productDescription: 'Starter kit botol susu dan sterilizer.', productValue: 1_200_000 },
    slots: 10,
    requirements: { childAgeMonths: { min: 2, max: 9 }, niches: ['ibu-bekerja', 'menyusui'] },
    tags: ['asi', 'ibu-bekerja', 'botol-susu'],
    brief: {
      objective: 'Membantu Bunda bekerja melewati masa transisi menyusui ke botol.',
      keyMessages: ['Dot berbentuk alami menyerupai payudara.', 'Katup anti-kolik.'],
      dos: ['Ceritakan pengalaman hari pertama kembali bekerja.'],
      donts: ['Jangan menyebut botol lebih baik daripada menyusui langsung.'],
      hashtags: ['#BotolSusuPintar', '#IbuBekerja', '#IbuSibuk'],
      mentions: ['@botolsusupintar'],
      captionGuidelines: 'Sertakan tips memompa ASI di kantor.',
    },
  },
  {
    key: 'rash',
    brand: 'Krim Ruam Lembut',
    title: 'Ruam Popok? Atasi dengan Lembut',
    summary: 'Video pendek TikTok tentang cara merawat kulit si kecil dari ruam popok.',
    intro:
      'Ruam popok membuat si kecil rewel dan Bunda ikut cemas. **Krim Ruam Lembut** mengandung zinc oxide dan calendula untuk melindungi kulit.\n\n' +
      'Kampanye singkat untuk Bunda kreator TikTok pemula: cukup satu video pendek dan satu story.',
    status: 'open',
    createdDaysAgo: 8,
    applyInDays: 5,
    deliverables: [
      { platform: 'tiktok', format: 'short', quantity: 1 },
      { platform: 'tiktok', format: 'story', quantity: 1 },
    ],
    compensation: { type: 'paid', fee: 250_000, productDescription: null, productValue: null },
    slots: 40,
    requirements: { minFollowers: { tiktok: 1_000 } },
    tags: ['perawatan-bayi', 'kulit', 'pemula'],
    brief: {
      objective: 'Mengedukasi Bunda tentang pencegahan ruam popok.',
      keyMessages: ['Dengan zinc oxide dan calendula.', 'Dioleskan tipis setiap ganti popok.'],
      dos: ['Jelaskan langkah merawat kulit saat ganti popok.'],
      donts: ['Jangan memperlihatkan area pribadi si kecil.'],
      hashtags: ['#KrimRuamLembut', '#BebasRuam', '#IbuSibuk'],
      mentions: ['@krimruamlembut'],
      captionGuidelines: 'Singkat saja, maksimal 50 kata.',
    },
  },
  {
    key: 'cooler',
    brand: 'Tas ASI Sejuk',
    title: 'Bawa ASI Perah Tetap Segar',
    summary: 'Story Instagram dan posting Facebook tentang membawa ASI perah dari kantor ke rumah.',
    intro:
      'Perjalanan ASI perah dari kantor ke rumah harus tetap dingin. **Tas ASI Sejuk** menjaga suhu hingga 12 jam dengan ice gel khusus.\n\n' +
      'Pendaftaran sudah ditutup dan konten sedang berjalan.',
    status: 'closed',
    createdDaysAgo: 50,
    applyInDays: -30,
    deliverables: [
      { platform: 'instagram', format: 'story', quantity: 3 },
      { platform: 'facebook', format: 'feed', quantity: 1 },
    ],
    compensation: { type: 'barter', fee: 0, productDescription: 'Tas ASI Sejuk ukuran besar dan 4 ice gel.', productValue: 375_000 },
    slots: 10,
    requirements: { niches: ['menyusui', 'ibu-bekerja'] },
    tags: ['asi', 'ibu-bekerja', 'barter'],
    brief: {
      objective: 'Menunjukkan kemudahan membawa ASI perah bagi ibu bekerja.',
      keyMessages: ['Menjaga suhu dingin hingga 12 jam.', 'Ringan dan muat 6 botol.'],
      dos: ['Tunjukkan isi tas saat berangkat dan tiba di rumah.'],
      donts: ['Jangan menampilkan ASI yang disimpan di luar anjuran.'],
      hashtags: ['#TasASISejuk', '#ASIPerah', '#IbuSibuk'],
      mentions: ['@tasasisejuk'],
      captionGuidelines: 'Ceritakan perjalanan pulang kantor Bunda.',
    },
  },
  {
    key: 'academy',
    brand: 'Bunda Cerdas Akademi',
    title: 'Live Kelas Parenting: Disiplin Positif',
    summary: 'Siaran langsung YouTube dan Instagram membahas disiplin positif untuk balita bersama psikolog anak.',
    intro:
      'Marah itu wajar, tapi ada cara yang lebih baik. **Bunda Cerdas Akademi** mengajak Bunda kreator untuk menjadi host siaran langsung bersama psikolog anak.\n\n' +
      'Materi dan narasumber disiapkan tim kami; Bunda cukup memandu obrolan dengan santai.',
    status: 'open',
    createdDaysAgo: 4,
    applyInDays: 16,
    deliverables: [
      { platform: 'youtube', format: 'live', quantity: 1 },
      { platform: 'instagram', format: 'live', quantity: 1 },
    ],
    compensation: { type: 'paid', fee: 4_000_000, productDescription: null, productValue: null },
    slots: 4,
    requirements: { minFollowers: { youtube: 8_000, instagram: 10_000 }, niches: ['parenting', 'edukasi'] },
    tags: ['parenting', 'live', 'edukasi'],
    brief: {
      objective: 'Mengedukasi orang tua tentang disiplin positif melalui obrolan santai.',
      keyMessages: ['Disiplin positif membangun kedekatan, bukan rasa takut.', 'Kelas lengkap tersedia di Bunda Cerdas Akademi.'],
      dos: ['Siapkan 3 pertanyaan dari pengalaman Bunda sendiri.', 'Bacakan pertanyaan penonton.'],
      donts: ['Jangan memberi diagnosis tentang anak penonton.'],
      hashtags: ['#BundaCerdasAkademi', '#DisiplinPositif', '#IbuSibuk'],
      mentions: ['@bundacerdasakademi'],
      captionGuidelines: 'Umumkan jadwal live H-3 dan H-1.',
    },
  },
];
