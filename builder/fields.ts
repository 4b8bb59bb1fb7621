/**
 * Plain names for the fields of the content schema, for the editor's labels. Looked up by
 * "<collection>:<field path without indices and language keys>", then by the field name alone; anything missing
 * falls back to the field name itself, so a new schema field still gets an input.
 */
import { LANG_NAMES, type Lang } from '../src/i18n/languages.js';

/** A label per builder language (TypeScript asks for each language of src/i18n/languages.ts), and its help. */
type FieldText = Record<Lang, string> & { help?: Record<Lang, string> };

const F = (id: string, en: string, helpId?: string, helpEn?: string): FieldText => ({ id, en, help: helpId && helpEn ? { id: helpId, en: helpEn } : undefined });

const FIELDS: Record<string, FieldText> = {
  id: F('Kode (id)', 'Code (id)', 'Huruf kecil, angka, dan tanda minus. Dipakai di atribut, misalnya dinsos-lombok.', 'Lower-case letters, digits and hyphens. Used in attributes, e.g. dinsos-lombok.'),
  source: F('Sumber', 'Source'),
  'source.name': F('Nama sumber (penerbit atau media)', 'Source name (publisher or outlet)'),
  'source.url': F('Tautan sumber', 'Source link', 'Alamat lengkap halaman yang menyebut fakta ini (bukan halaman depan situs), dimulai dengan https://.', 'The full address of the page that states this fact (not the site’s home page), starting with https://.'),
  'source.date': F('Tanggal terbit sumber', 'Source publication date', 'TTTT-BB-HH, atau TTTT-BB bila sumbernya hanya menyebut bulan. Jangan mengarang tanggal.', 'YYYY-MM-DD, or YYYY-MM when the source gives only the month. Never make up a day.'),
  'source.note': F('Catatan sumber (pilihan)', 'Source note (optional)', 'Tampil bersama sumber. Wajib bila tidak ada tautan: tulis mengapa (misalnya "artikel sudah tidak bisa dibuka").', 'Shown with the source. Required when there is no link: say why (e.g. "the article is no longer online").'),
  checkedOn: F('Sumber dibaca pada', 'Source read on', 'Tanggal Anda terakhir membaca sumbernya dan mencocokkan isian ini. Ini bukan tanggal menelepon: panggilan dicatat pada nomornya.', 'The day you last read the source and compared this item with it. Not the day you called: calls are recorded on the number.'),
  'channels.calledOn': F('Ditelepon pada (pilihan)', 'Called on (optional)', 'Hanya bila nomor ini benar-benar ditelepon dan dijawab layanannya. Tombol "Saya sudah menelepon nomor ini hari ini" mengisinya.', 'Only when this number was really dialled and the service answered. The button "I called this number today" fills it in.'),
  'channels.calledBy': F('Ditelepon oleh', 'Called by', 'Nama Anda atau tim Anda; tampil bersama tanggalnya.', 'Your name or your team’s; shown with the date.'),
  'check': F('Tempat memeriksa sendiri (pilihan)', 'Where to check yourself (optional)'),
  'check.url': F('Alamat tempat memeriksa', 'Address to check at'),
  'check.label': F('Langkah yang tampil di hasil', 'Step shown in the result'),
  reviewBy: F('Periksa lagi sebelum', 'Check again by', 'Lewat tanggal ini, widget tetap menampilkannya tetapi memberi peringatan.', 'Past this date the widget still shows it, with a warning.'),
  text: F('Teks', 'Texts'),
  country: F('Negara layanan (kode 2 huruf)', 'Country of the service (2 letters)', 'id untuk Indonesia, kh untuk Kamboja.', 'id for Indonesia, kh for Cambodia.'),
  audience: F('Tampil untuk pembaca di', 'Shown to readers in', 'Lokasi: id (Indonesia), kh (Kamboja), abroad (luar negeri lainnya). Urutan 1 tampil paling atas.', 'Location: id (Indonesia), kh (Cambodia), abroad (anywhere else). Order 1 comes first.'),
  'audience.key': F('Lokasi', 'Location'),
  'audience.value': F('Urutan', 'Order'),
  channels: F('Saluran kontak', 'Contact channels'),
  'channels.item': F('Saluran', 'Channel'),
  'channels.type': F('Jenis', 'Type'),
  'channels.value': F('Nomor atau alamat', 'Number or address', 'Nomor seperti tertulis di sumber (0812-0000-1234, +855 12 813 282), alamat situs (https://…) atau e-mail.', 'The number as the source writes it (0812-0000-1234, +855 12 813 282), a web address (https://…) or an e-mail.'),
  'channels.display': F('Cara menulis nomor (pilihan)', 'How to write the number (optional)', 'Hanya dipakai bila sama dengan nomornya.', 'Used only when it is the same number.'),
  'channels.free': F('Gratis (bebas pulsa)', 'Free of charge'),
  'channels.hours24': F('Dijawab 24 jam', 'Answered 24 hours'),
  'channels.languages': F('Bahasa layanan', 'Languages spoken'),
  'channels.label': F('Keterangan saluran', 'Channel label'),
  'channels.source': F('Sumber khusus saluran ini', 'Source of this channel'),
  'hotlines:text.name': F('Nama layanan', 'Name of the service'),
  'hotlines:text.description': F('Keterangan singkat', 'Short description'),
  'hotlines:text.whatsappMessage': F('Pesan awal WhatsApp', 'First WhatsApp message'),
  weight: F('Bobot (0–10)', 'Weight (0–10)', 'Seberapa banyak jawaban berbahaya menambah skor.', 'How much a red-flag answer adds to the score.'),
  critical: F('Kritis: jawaban berbahaya langsung membuat hasil "tinggi"', 'Critical: a red-flag answer alone makes the result "high"'),
  risky: F('Jawaban yang berbahaya', 'The red-flag answer'),
  'text.question': F('Pertanyaan (dijawab Ya / Tidak / Tidak tahu)', 'Question (answered Yes / No / Don’t know)'),
  'text.flag': F('Nama tanda bahaya (tampil di hasil)', 'Name of the red flag (shown in the result)'),
  'text.why': F('Mengapa ini penting', 'Why it matters'),
  value: F('Angka', 'Figure', 'Angka utuh tanpa titik: 1386; Rp359,81 triliun ditulis 359810000000000.', 'A plain number without separators: 1386; Rp359.81 trillion is 359810000000000.'),
  qualifier: F('Ketelitian', 'Precision'),
  currency: F('Mata uang', 'Currency'),
  'text.label': F('Apa yang dihitung', 'What it counts'),
  'text.unit': F('Satuan (kasus, korban)', 'Unit (cases, victims)'),
  'text.period': F('Periode', 'Period'),
  'text.note': F('Catatan singkat', 'Short note'),
  kind: F('Bentuk', 'Form'),
  flags: F('Tanda bahaya', 'Red flags'),
  'flags.item': F('Tanda', 'Flag'),
  'flags.id': F('Kode tanda', 'Flag code'),
  'flags.redFlag': F('Nomor tanda bahaya (daftar riset)', 'Red-flag number (research list)'),
  image: F('Gambar', 'Picture'),
  'image.src': F('Alamat gambar', 'Picture address'),
  'image.alt': F('Teks pengganti gambar', 'Picture alt text'),
  'text.title': F('Judul', 'Title'),
  'text.sender': F('Pengirim (fiktif)', 'Sender (made up)'),
  'text.meta': F('Tempat dan waktu', 'Where and when'),
  'text.lines': F('Baris', 'Lines'),
  'text.lines.item': F('Baris', 'Line'),
  'text.lines.text': F('Teks baris', 'Line text', 'Tandai frasa berbahaya dengan [[kode-tanda|frasa]].', 'Mark a red-flag phrase as [[flag-code|phrase]].'),
  'text.lines.me': F('Dikirim oleh pembaca', 'Sent by the reader'),
  'text.flags': F('Penjelasan tiap tanda', 'Explanation of each flag'),
  'text.flags.key': F('Kode tanda', 'Flag code'),
  'text.flags.value': F('Penjelasan', 'Explanation'),
};

const ENUMS: Record<string, FieldText> = {
  phone: F('Telepon', 'Phone'),
  whatsapp: F('WhatsApp', 'WhatsApp'),
  sms: F('SMS', 'SMS'),
  web: F('Situs web', 'Website'),
  email: F('E-mail', 'E-mail'),
  yes: F('Ya', 'Yes'),
  no: F('Tidak', 'No'),
  'more-than': F('lebih dari', 'more than'),
  'at-least': F('paling sedikit', 'at least'),
  about: F('sekitar', 'about'),
  post: F('Unggahan media sosial', 'Social-media post'),
  chat: F('Percakapan chat', 'Chat'),
  ad: F('Iklan situs lowongan', 'Job-site ad'),
};

function find(collection: string, field: string): FieldText | undefined {
  return FIELDS[`${collection}:${field}`] ?? FIELDS[field] ?? FIELDS[field.split('.').slice(-2).join('.')] ?? FIELDS[field.split('.').pop() ?? ''];
}

/** Label of a field ("channels.value"), in `lang`. */
export function fieldLabel(collection: string, field: string, lang: Lang): string {
  // A language's texts ("lang.jv"): the language's own name when the widgets speak it, and its code.
  const code = /^lang\.(.+)$/.exec(field)?.[1];
  if (code !== undefined) {
    const name = (LANG_NAMES as Partial<Record<string, string>>)[code];
    return name ? `${name} (${code})` : code;
  }
  const found = find(collection, field);
  return found ? found[lang] : field.split('.').pop() ?? field;
}

/** Help text of a field, if any. */
export function fieldHelp(collection: string, field: string, lang: Lang): string | undefined {
  const found = FIELDS[`${collection}:${field}`] ?? FIELDS[field];
  return found?.help?.[lang];
}

/** Name of an enum value. */
export function enumLabel(value: string, lang: Lang): string {
  return ENUMS[value]?.[lang] ?? value;
}
