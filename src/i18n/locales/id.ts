/**
 * Bahasa Indonesia, the default language: every word the widgets say and how its numbers and dates read.
 * Every other language has exactly these keys (see Locale in ../languages.ts). Natural Bahasa Indonesia, not a
 * translation. One export per part so that a script carries only its widgets' words.
 */

/** The language's name in itself (the builder's language choice). */
export const name = 'Bahasa Indonesia';

/** The Intl locale for dates and numbers. */
export const locale = 'id-ID';

/** Scale words for large figures ("Rp359,81 triliun"), where Intl's compact notation is missing or a count-up runs. */
export const scale = { million: 'juta', billion: 'miliar', trillion: 'triliun' };

/** awas-hotline-card */
export const hotlineCard = {
  heading: 'Butuh bantuan? Hubungi layanan resmi',
  intro: 'Ragu dengan tawaran kerja ke luar negeri, atau Anda atau keluarga butuh pertolongan? Hubungi salah satu layanan ini.',
  introAbroad: 'Jika Anda di luar negeri dan butuh pertolongan, hubungi layanan ini. Nomor di bawah bisa dihubungi dari luar negeri.',
  phone: 'Telepon',
  whatsapp: 'WhatsApp',
  sms: 'SMS',
  web: 'Situs web',
  email: 'Email',
  free: 'Gratis',
  hours24: '24 jam',
  languages: 'Bahasa: {list}',
  copy: 'Salin',
  copyNumber: 'nomor {number}',
  copyButtonDone: 'Tersalin',
  copied: 'Nomor {number} disalin',
  selected: 'Nomor {number} sudah dipilih. Tekan lama lalu pilih Salin.',
  saveContact: 'Simpan kontak',
  saveContactFor: '{name} ke ponsel',
  checked: 'Sumber dicek {date}',
  called: 'Ditelepon {date} oleh {by} — tersambung',
  source: 'Sumber: {name}, {date}',
  fromPage: 'Nomor dari situs ini',
  callCheck: 'Pastikan nomor masih aktif sebelum Anda butuh.',
  freeSpoken: 'gratis',
  localOnly: 'Hanya bisa ditelepon dari {country}',
  countryId: 'Indonesia',
  countryKh: 'Kamboja',
  // The parts of an entry's disclosure summary, joined with commas: "Kontak lain, salin, simpan, sumber".
  moreOthers: 'kontak lain',
  moreCopy: 'salin',
  moreSave: 'simpan',
  moreSource: 'sumber',
  allServices: 'Semua layanan ({count})',
};

/** awas-risk-quiz */
export const riskQuiz = {
  heading: 'Apakah tawaran kerja ini aman?',
  allAtOnce: 'Lihat semua {n} pertanyaan sekaligus, dengan tanda bahayanya',
  showList: 'Tampilkan semua pertanyaan dalam satu daftar',
  intro: 'Jawab {n} pertanyaan singkat tentang apa yang sudah Anda lihat dan periksa sendiri, bukan apa kata perekrut. Anda akan tahu tanda bahaya apa yang ada dan apa yang harus dilakukan.',
  privacy: 'Jawaban Anda tidak disimpan dan tidak dikirim.',
  progress: 'Pertanyaan {n} dari {total}',
  yes: 'Ya',
  no: 'Tidak',
  unknown: 'Tidak tahu',
  back: 'Kembali',
  listen: 'Dengarkan',
  stop: 'Berhenti',
  submit: 'Lihat hasil',
  missing: 'Jawab semua pertanyaan dulu (masih {n} lagi).',
  unanswered: 'Belum dijawab',
  result: 'Hasil',
  tinggi: 'Risiko tinggi',
  waspada: 'Waspada',
  rendah: 'Tidak ada tanda bahaya dalam jawaban Anda',
  sumTinggi: 'Tawaran ini punya tanda-tanda perdagangan orang atau penipuan kerja. Jangan berangkat dan jangan membayar apa pun sebelum Anda memeriksanya.',
  sumWaspada: 'Ada tanda bahaya dalam tawaran ini. Periksa dulu sebelum Anda menerimanya.',
  sumUnknown: 'Anda belum tahu jawaban pertanyaan-pertanyaan penting ini. Itu sendiri tanda bahaya: jangan berangkat dan jangan membayar apa pun sebelum Anda memeriksanya.',
  sumRendah: 'Ini belum berarti tawaran ini aman: perekrut bisa berbohong, dan kuis ini hanya membaca jawaban Anda. Sebelum berangkat, tetap lakukan dua hal di bawah ini.',
  flags: 'Tanda bahaya yang kami lihat ({n})',
  critical: 'Tanda bahaya serius',
  unknownNote: 'Anda menjawab "Tidak tahu". Cari tahu sebelum berangkat.',
  source: 'Sumber',
  steps: 'Yang harus dilakukan',
  stepsAnyway: 'Dua hal yang tetap harus dilakukan',
  stepPassport: 'Jangan pernah menyerahkan paspor Anda kepada perekrut atau majikan.',
  stepCall: 'Ragu? Tanyakan dulu ke salah satu layanan resmi di bawah ini.',
  stepAsk: 'Tanyakan ke salah satu layanan resmi di bawah ini apakah perusahaan dan lowongan ini resmi.',
  restart: 'Ulangi',
  share: 'Bagikan ke keluarga',
  shareText: 'Ada tawaran kerja ke luar negeri dengan gaji besar? Hati-hati, bisa jadi penipuan atau perdagangan orang. Cek dulu dengan kuis ini:',
};

/** awas-risk-quiz's readable copy (built at build time, never in a drop-in script) */
export const selfCheck = {
  intro: 'Jawab sendiri {n} pertanyaan ini tentang tawaran kerja Anda. Ketuk sebuah pertanyaan untuk melihat jawaban mana yang menjadi tanda bahaya.',
  riskyYes: 'Tanda bahaya bila jawaban Anda "Ya":',
  riskyNo: 'Tanda bahaya bila jawaban Anda "Tidak":',
  unknownAnswer: 'Bila jawaban Anda "Tidak tahu", itu juga tanda bahaya: cari tahu dulu sebelum berangkat.',
};

/** awas-safe-exit */
export const safeExit = {
  label: 'Keluar cepat',
  shortcutHint: 'atau tekan Shift 3 kali',
  progressOne: 'Tekan Shift 1 kali lagi untuk keluar',
  progressMany: 'Tekan Shift {n} kali lagi untuk keluar',
  leaving: 'Keluar…',
  historyNote:
    'Tombol ini langsung membuka situs lain, tetapi riwayat browser masih mencatat halaman ini. Agar tidak meninggalkan jejak, buka halaman ini di mode penyamaran (incognito) atau hapus riwayat browser.',
};

/** awas-scam-carousel */
export const scamCarousel = {
  label: 'Contoh penipuan lowongan kerja',
  badge: 'Contoh penipuan',
  slideOf: 'Contoh {n} dari {total}',
  previous: 'Contoh sebelumnya',
  next: 'Contoh berikutnya',
  picker: 'Pilih contoh',
  start: 'Putar otomatis',
  stop: 'Hentikan putar otomatis',
  show: 'Tunjukkan tanda bahaya',
  hide: 'Sembunyikan tanda bahaya',
  hint: 'Ada {n} tanda bahaya. Bisakah Anda menemukannya?',
  flagN: 'Tanda bahaya {n}:',
  source: 'Sumber:',
  pattern: 'Rekaan dari pola nyata. Nama dan nomor fiktif. Pola dilaporkan oleh',
  you: 'Anda:',
  post: 'Suka · Komentar · Bagikan',
  apply: 'Lamar sekarang',
};

/** awas-stats-ticker (qualifiers keyed as in the stats pack) */
export const statsTicker = {
  region: 'Angka tentang TPPO dan penipuan online',
  pause: 'Jeda',
  play: 'Putar',
  previous: 'Angka sebelumnya',
  next: 'Angka berikutnya',
  position: '{n} dari {total}',
  source: 'Sumber:',
  checked: 'Sumber dicek {date}',
  asOf: 'per {date}',
  'more-than': 'lebih dari',
  'at-least': 'sedikitnya',
  about: 'sekitar',
};

/** words more than one widget says */
export const shared = {
  opensNewTab: '(membuka tab baru)',
};

/** the embed page around a widget (hosted-pages/) */
export const embedPage = {
  cannotTap: 'Nomor tidak bisa diketuk? Catat nomornya, lalu hubungi lewat aplikasi Telepon atau WhatsApp.',
};

/** the title (WCAG H64) of each widget's hosted page, its iframe and its oEmbed response */
export const frameTitle = {
  'hotline-card': 'Awas: nomor pengaduan resmi',
  'risk-quiz': 'Awas: kuis, apakah tawaran kerja ini aman?',
  'scam-carousel': 'Awas: contoh lowongan kerja palsu',
  'stats-ticker': 'Awas: angka TPPO dan penipuan kerja',
};

/** The WordPress block's own frame around the widget options of `editor`: its panels and the attributes every widget has. */
export const blockEditor = {
  panel: 'Widget Awas',
  advanced: 'Lanjutan',
  byDefault: '— bawaan —',
  knownIds: 'Id bawaan: {ids}.',
  widget: 'Widget',
  lang: 'Bahasa',
  theme: 'Warna',
  'content-src': 'Berkas konten sendiri (URL JSON)',
  'content-integrity': 'Hash integritas konten (sha384-…)',
};

/**
 * what the form doors (the embed builder, the WordPress block) call each widget and the options of its OPTIONS
 * (components/<name>/defaults.ts): a label, a help line, names for values. A value without a name shows as itself.
 */
export const editor = {
  'hotline-card': {
    name: 'Kartu hotline',
    help: 'Nomor pengaduan resmi: telepon, WhatsApp, situs.',
    options: {
      from: { label: 'Pembaca berada di', help: 'Menentukan hotline mana yang tampil lebih dulu. Nomor bebas pulsa dan nomor pendek hanya bisa ditelepon dari dalam negerinya.' },
      hotlines: { label: 'Hotline yang ditampilkan' },
      layout: { label: 'Bentuk kartu', values: { full: 'Lengkap', compact: 'Ringkas (nama dan tombol telepon saja, untuk kolom samping)' } },
      limit: { label: 'Layanan yang langsung terlihat', help: 'Layanan lain ada di balik tombol "Semua layanan".' },
      heading: { label: 'Judul', help: 'Kosongkan untuk memakai judul bawaan widget.' },
      'heading-level': { label: 'Tingkat judul', help: 'Sesuaikan dengan susunan judul halaman Anda; biasanya h2.', values: { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } },
      'link-target': {
        label: 'Tautan situs web dibuka di',
        values: { '': 'Tab baru', _blank: 'Selalu di tab baru', _top: 'Jendela penuh (bila widget di dalam iframe)', _self: 'Tab yang sama' },
      },
    },
  },
  'risk-quiz': {
    name: 'Kuis risiko',
    help: '"Apakah tawaran kerja ini aman?" Dinilai di ponsel pembaca.',
    options: {
      questions: { label: 'Pertanyaan' },
      mode: { label: 'Cara bertanya', values: { step: 'Satu per satu', list: 'Semua sekaligus' } },
      heading: { label: 'Judul', help: 'Kosongkan untuk memakai judul bawaan widget.' },
      from: { label: 'Pembaca berada di', help: 'Menentukan hotline mana yang tampil di hasil kuis. Nomor bebas pulsa dan nomor pendek hanya bisa ditelepon dari dalam negerinya.' },
      hotlines: { label: 'Hotline di hasil kuis' },
    },
  },
  'scam-carousel': {
    name: 'Contoh penipuan',
    help: 'Contoh lowongan kerja palsu dengan tanda bahayanya.',
    options: {
      examples: { label: 'Contoh' },
      autoplay: { label: 'Putar otomatis (ada tombol jeda; berhenti bila pembaca menyentuhnya)' },
      interval: { label: 'Detik per contoh' },
      reveal: { label: 'Tanda bahaya', values: { tap: 'Muncul setelah tombol ditekan', always: 'Langsung terlihat' } },
    },
  },
  'stats-ticker': {
    name: 'Angka',
    help: 'Angka resmi, dengan sumber dan tanggalnya.',
    options: {
      stats: { label: 'Angka' },
      mode: { label: 'Gerakan', values: { static: 'Diam (kisi)', rotate: 'Berganti satu per satu', marquee: 'Berjalan' } },
      interval: { label: 'Detik per angka' },
      animate: { label: 'Hitung naik sekali saat terlihat' },
    },
  },
  'safe-exit': {
    name: 'Keluar cepat',
    help: 'Tombol untuk pembaca yang mungkin sedang diawasi.',
    options: {
      href: { label: 'Halaman tujuan', help: 'Situs netral yang dibuka tombol ini. Kosongkan untuk pencarian cuaca.' },
      position: {
        label: 'Letak tombol',
        values: { inline: 'Di tempat kode ditempel', 'top-right': 'Melayang di kanan atas', 'top-left': 'Melayang di kiri atas', 'bottom-right': 'Melayang di kanan bawah', 'bottom-left': 'Melayang di kiri bawah' },
      },
      'show-note': { label: 'Tampilkan catatan bahwa riwayat browser tetap mencatat halaman ini' },
      'no-shortcut': { label: 'Matikan pintasan Shift 3 kali (bila ada dua tombol keluar di satu halaman)' },
    },
  },
};
