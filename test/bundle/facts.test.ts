/**
 * One home for every fact: the files a site actually loads carry no phone number, web address or formatted figure
 * that is not in the content packs. A number written into a widget (the quiz once hard-coded KP2MI's tel:08001000)
 * would reach readers in Cambodia who cannot dial it, and would not change when the pack does.
 */
import { expect } from '@open-wc/testing';
import examples from '../../src/content/packs/examples.json';
import hotlines from '../../src/content/packs/hotlines.json';
import questions from '../../src/content/packs/questions.json';
import stats from '../../src/content/packs/stats.json';

const BUILT = [
  '/dist/awas.js',
  '/dist/awas-hotline-card.js',
  '/dist/awas-embed-host.js',
  '/dist/builder/builder.js',
  '/dist/builder/index.html',
  '/dist/embed/hotline-card.id.html',
  '/dist/embed/hotline-card-kh.en.html',
  '/dist/embed/risk-quiz.id.html',
  '/dist/embed/scam-carousel.id.html',
  '/dist/embed/stats-ticker.en.html',
];

/** Addresses that are not facts for readers: namespaces, schema ids, link builders, reserved example names. */
const TECHNICAL = [
  /^https?:\/\/www\.w3\.org\//,
  /^https:\/\/json-schema\.org\//,
  /^https:\/\/awas\.invalid\//,
  /^https:\/\/wa\.me\//, // WhatsApp links: their numbers are checked with the phone numbers above
  /^https?:\/\/([a-z0-9-]+\.)*(example|invalid)(\/|$)/,
  /^https?:\/\/([a-z0-9-]+\.)*example\.(org|com)(\/|$)/,
  /^https:\/\/www\.google\.com\/search\?q=cuaca\+hari\+ini$/, // safe-exit's neutral destination, not a fact
  /^https?:\/\/(127\.0\.0\.1|localhost)/,
];

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

const PACK_TEXT = strings([hotlines, questions, examples, stats]);
/** The figures as the widgets print them from the packs' values ("5.088", "10,000"). */
const PACK_FIGURES = stats.stats.flatMap((s) => ['id-ID', 'en-GB'].map((l) => new Intl.NumberFormat(l).format(s.value)));
const PACK_URLS = new Set(PACK_TEXT.filter((s) => /^https?:\/\//.test(s)));
const digits = (s: string) => s.replace(/\D/g, '');
/** Every number in the packs by its digits, national and international (0811… ↔ 62811…). */
const PACK_NUMBERS = new Set(
  PACK_TEXT.flatMap((s) => (/^\+?[\d\s().-]+$/.test(s) ? [s] : (s.match(/\+?\d[\d\s().-]{4,}\d/g) ?? [])))
    .map(digits)
    .flatMap((d) => [d, d.replace(/^0/, '62'), d.replace(/^62/, '0'), d.replace(/^855/, '0')]),
);
/** Obviously fictional numbers (content-facts: the 0812-0000-xxxx style cannot reach a person). */
const FICTIONAL = /^(62|0)8120000\d{4}$/;

describe('no fact outside the content packs in the built files', () => {
  for (const file of BUILT) {
    it(`${file}: every phone number, address and figure comes from the packs`, async () => {
      const response = await fetch(file);
      expect(response.ok, file).to.equal(true);
      const text = await response.text();
      const script = file.endsWith('.js');
      const tels = (text.match(/(tel|sms):\+?[\d%-]{3,}/g) ?? []).map((t) => decodeURIComponent(t));
      const whatsapps = text.match(/wa\.me\/\d{6,}/g) ?? [];
      // Numbers as a person writes them: 0800-1000, +62 21 29244800, 0811-8080-141.
      const written = text.match(/(?<![\w.])(\+\d{2,3}[\s-]?\d[\d\s-]{6,}\d|0\d{2,4}-\d{3,4}(-\d{3,4})?)(?![\w])/g) ?? [];
      let stray: string[];
      if (script) {
        // Scripts build every link from the pack at run time: a ready-made tel:/wa.me link is a number written into
        // code, and a written number must be the pack's own text (a copy such as "0800-1000" is not "0-800-1000").
        stray = [...tels, ...whatsapps, ...written.filter((w) => !PACK_TEXT.some((t) => t.includes(w)) && !FICTIONAL.test(digits(w)))];
      } else {
        // Rendered pages: every number, in whatever form it is shown or dialled, is one of the packs'.
        stray = [...tels, ...whatsapps, ...written].map(digits).filter((d) => d.length >= 3 && !PACK_NUMBERS.has(d) && !FICTIONAL.test(d));
      }
      expect(stray, `${file}: numbers not taken from the packs`).to.deep.equal([]);

      // Addresses with a real host (template pieces like "https://" or "https://${…}" are code, not addresses).
      const urls = (text.match(/https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+[^\s"'`<>)\\]*/gi) ?? []).map((u) => u.replace(/[.,;]+$/, '').replace(/&amp;/g, '&'));
      const strayUrls = urls.filter((u) => !PACK_URLS.has(u) && !TECHNICAL.some((re) => re.test(u)));
      expect(strayUrls, `${file}: addresses not in the packs`).to.deep.equal([]);

      // Figures with thousands separators ("5.088", "10,000", "359,81") appear only where a pack says them.
      // (Not CSS: "1.125em", "0,100" in a cubic-bezier have a unit or a leading zero.)
      const figures = (text.match(/(?<![\w.,])[1-9]\d{0,2}(?:[.,]\d{3})+(?![\w%.,]*\d|[\w%])/g) ?? []).filter((f) => !PACK_FIGURES.includes(f) && !PACK_TEXT.some((s) => s.includes(f)));
      expect(figures, `${file}: figures not in the packs`).to.deep.equal([]);
    });
  }

  it('would catch a hard-coded number: the check is not blind', () => {
    expect(PACK_NUMBERS.has('08001000')).to.equal(true);
    expect(PACK_NUMBERS.has('03701234')).to.equal(false);
    expect(FICTIONAL.test('081200001234')).to.equal(true);
  });
});
