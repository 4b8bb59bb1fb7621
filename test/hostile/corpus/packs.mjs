// Content packs for the hostile suite: one valid item per collection, and every text, URL, id, date and key field
// of it, so a payload can be put into exactly one field while everything else stays valid. Shared by the browser
// tests (inline JSON, light DOM) and the Node routes that serve the same packs as content-src.
import { PAYLOADS } from './payloads.mjs';

const SOURCE = { name: 'Sumber uji', url: 'https://127.0.0.1:9/sumber', date: '2025-01-01' };
const DATES = { checkedOn: '2025-01-02', reviewBy: '2099-01-01' };

/** A valid item of each collection (ids get a suffix per payload). */
export function baseItem(collection, id) {
  switch (collection) {
    case 'hotlines':
      return {
        id,
        country: 'id',
        audience: { id: 1, abroad: 1 },
        channels: [
          { type: 'phone', value: '0811-8080-141', display: '0811-8080-141', languages: ['id', 'en'], label: { id: 'Telepon', en: 'Phone' }, source: { ...SOURCE } },
          { type: 'whatsapp', value: '0811-8080-141' },
          { type: 'sms', value: '0811-8080-141' },
          { type: 'web', value: 'https://127.0.0.1:9/web' },
          { type: 'email', value: 'aduan@contoh.invalid' },
        ],
        text: {
          id: { name: 'Layanan uji', description: 'Keterangan uji.', whatsappMessage: 'Halo, saya ingin bertanya.' },
          en: { name: 'Test service', description: 'Test description.', whatsappMessage: 'Hello.' },
        },
        source: { ...SOURCE },
        ...DATES,
      };
    case 'questions':
      return {
        id,
        weight: 2,
        critical: false,
        risky: 'yes',
        text: {
          id: { question: 'Apakah ini pertanyaan uji?', flag: 'Tanda uji', why: 'Alasan uji.' },
          en: { question: 'Is this a test question?', flag: 'Test flag', why: 'Test reason.' },
        },
        source: { ...SOURCE },
        ...DATES,
      };
    case 'examples':
      return {
        id,
        kind: 'post',
        flags: [{ id: 'gaji', redFlag: 1, source: { ...SOURCE } }],
        image: { src: 'https://127.0.0.1:9/gambar.png', alt: { id: 'Gambar uji', en: 'Test picture' } },
        text: {
          id: { title: 'Contoh uji', sender: 'Akun fiktif', meta: 'Grup · 1 jam', lines: [{ text: 'Dicari: [[gaji|gaji besar tanpa pengalaman]].' }], flags: { gaji: 'Penjelasan uji.' } },
          en: { title: 'Test example', sender: 'Made-up account', meta: 'Group · 1 h', lines: [{ text: 'Wanted: [[gaji|big pay, no experience]].' }], flags: { gaji: 'Test explanation.' } },
        },
        source: { ...SOURCE },
        ...DATES,
      };
    case 'stats':
      return {
        id,
        value: 1386,
        qualifier: 'more-than',
        text: {
          id: { label: 'kasus uji', unit: 'kasus', period: '2024', note: 'Catatan uji.' },
          en: { label: 'test cases', unit: 'cases', period: '2024', note: 'Test note.' },
        },
        source: { ...SOURCE },
        ...DATES,
      };
    default:
      throw new Error(`unknown collection ${collection}`);
  }
}

/**
 * Fields a payload can be put into, per collection. A path; `{key}` means "rename this object key to the payload";
 * a field with `wrap` puts the payload inside a template (e.g. inside a [[flag|phrase]] marker).
 */
export const FIELDS = {
  hotlines: [
    'id',
    'country',
    'audience.{key}',
    'text.id.name',
    'text.id.description',
    'text.id.whatsappMessage',
    'text.{key}',
    'channels.0.type',
    'channels.0.value',
    'channels.0.display',
    'channels.0.label.id',
    'channels.0.languages.0',
    'channels.0.source.name',
    'channels.0.source.url',
    'channels.1.value',
    'channels.2.value',
    'channels.3.value',
    'channels.4.value',
    'source.name',
    'source.url',
    'source.date',
    'checkedOn',
    'reviewBy',
  ],
  questions: ['id', 'risky', 'text.id.question', 'text.id.flag', 'text.id.why', 'text.{key}', 'source.name', 'source.url', 'source.date', 'checkedOn'],
  examples: [
    'id',
    'kind',
    'text.id.title',
    'text.id.sender',
    'text.id.meta',
    'text.id.lines.0.text',
    'text.id.lines.0.text|before-marker',
    'text.id.lines.0.text|inside-marker',
    'text.id.flags.gaji',
    'text.id.flags.{key}',
    'flags.0.id',
    'flags.0.source.name',
    'flags.0.source.url',
    'image.src',
    'image.alt.id',
    'source.name',
    'source.url',
    'reviewBy',
  ],
  stats: ['id', 'qualifier', 'currency', 'text.id.label', 'text.id.unit', 'text.id.period', 'text.id.note', 'text.{key}', 'source.name', 'source.url', 'source.date'],
};

const WRAPS = {
  'before-marker': (p) => `${p} [[gaji|gaji besar]]`,
  'inside-marker': (p) => `Dicari: [[gaji|${p}]].`,
};

/** A copy of `item` with `payload` at `field`. */
export function withPayload(item, field, payload) {
  const copy = JSON.parse(JSON.stringify(item));
  const [path, wrap] = field.split('|');
  const value = wrap ? WRAPS[wrap](payload) : payload;
  const keys = path.split('.');
  let target = copy;
  for (const k of keys.slice(0, -1)) target = target[k];
  const last = keys[keys.length - 1];
  if (last === '{key}') {
    const first = Object.keys(target)[0];
    const moved = target[first];
    delete target[first];
    // Object.defineProperty: a payload "__proto__" becomes an own key, as JSON.parse would make it.
    Object.defineProperty(target, value, { value: moved, enumerable: true, writable: true, configurable: true });
  } else target[last] = value;
  return copy;
}

/** Payload ids in chunks of `size` (a pack holds at most 100 items). */
export function chunks(size) {
  const out = [];
  for (let i = 0; i < PAYLOADS.length; i += size) out.push(PAYLOADS.slice(i, i + size));
  return out;
}

/** A pack with one item per payload of `chunk`, each with that payload at `field`. */
export function corpusPack(collection, field, chunk) {
  return { [collection]: chunk.map((p) => withPayload(baseItem(collection, `p${p.id}`), field, p.value)) };
}
