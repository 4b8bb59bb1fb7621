/**
 * The hosted embed pages (issue 10, part 2): one static page per widget, language and `from` variant, built into
 * dist/embed/ by scripts/build-embed.mjs. These names are fixed: the snippet builder (src/embed/snippets.ts) and the
 * WordPress plugin link to them.
 *
 *   dist/embed/<key>.<lang>.html            the page (reads without JavaScript, upgrades to the widget with it)
 *   dist/embed/<key>.<lang>.oembed.json     its oEmbed response (type "rich")
 *
 * Pure data, no DOM: used by the build (in Node), the page script and the tests.
 */
import { FRAME_HEIGHTS } from '../src/embed/frame-heights.js';

export const EMBED_LANGS = ['id', 'en'] as const;
export type EmbedLang = (typeof EMBED_LANGS)[number];

export const EMBED_WIDGETS = ['hotline-card', 'risk-quiz', 'scam-carousel', 'stats-ticker'] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

/** One page variant: a widget with the attributes the page fixes (the `from` of the Cambodia card). */
export interface EmbedVariant {
  /** File name stem and FRAME_HEIGHTS key: `hotline-card`, `hotline-card-kh`, … */
  key: string;
  widget: EmbedWidget;
  /** Attributes the page itself sets on the widget (not changeable from the query string). */
  fixed: Record<string, string>;
  /** Attributes the page sets unless the query string gives another value. */
  defaults: Record<string, string>;
  /** The drop-in script the page loads, relative to dist/embed/: the hotline card alone is 14 KB instead of 30 KB. */
  script: '../awas.js' | '../awas-hotline-card.js';
}

export const EMBED_VARIANTS: EmbedVariant[] = [
  // The card's title is the frame document's <h1>, as in the static page.
  { key: 'hotline-card', widget: 'hotline-card', fixed: {}, defaults: { 'heading-level': '1' }, script: '../awas-hotline-card.js' },
  { key: 'hotline-card-kh', widget: 'hotline-card', fixed: { from: 'kh' }, defaults: { 'heading-level': '1' }, script: '../awas-hotline-card.js' },
  // Any other country: the services reachable from abroad ("zz" is the ISO code for none in particular; ?from=my
  // from the address still applies when the widget runs, and shows the same set).
  { key: 'hotline-card-abroad', widget: 'hotline-card', fixed: {}, defaults: { 'heading-level': '1', from: 'zz' }, script: '../awas-hotline-card.js' },
  // The quiz's self-check and result end with the hotlines for the reader's location.
  { key: 'risk-quiz', widget: 'risk-quiz', fixed: {}, defaults: {}, script: '../awas.js' },
  { key: 'risk-quiz-kh', widget: 'risk-quiz', fixed: { from: 'kh' }, defaults: {}, script: '../awas.js' },
  { key: 'risk-quiz-abroad', widget: 'risk-quiz', fixed: {}, defaults: { from: 'zz' }, script: '../awas.js' },
  { key: 'scam-carousel', widget: 'scam-carousel', fixed: {}, defaults: {}, script: '../awas.js' },
  { key: 'stats-ticker', widget: 'stats-ticker', fixed: {}, defaults: {}, script: '../awas.js' },
];

export interface EmbedPage extends EmbedVariant {
  lang: EmbedLang;
  /** `hotline-card-kh.en` */
  basename: string;
  /** `hotline-card-kh.en.html` */
  file: string;
  /** `hotline-card-kh.en.oembed.json` */
  oembedFile: string;
  /** The frame's title (WCAG H64) and the oEmbed title. */
  title: string;
  /** Fixed iframe height (px) for hosts where no script can resize the frame. */
  height: number;
}

/** Iframe titles: the same words as the snippet builder's FRAME_TITLES (a test keeps them equal). */
export const EMBED_TITLES: Record<string, Record<EmbedLang, string>> = {
  'hotline-card': { id: 'Awas: nomor pengaduan resmi', en: 'Awas: official hotlines' },
  'risk-quiz': { id: 'Awas: kuis, apakah tawaran kerja ini aman?', en: 'Awas: quiz, is this job offer safe?' },
  'scam-carousel': { id: 'Awas: contoh lowongan kerja palsu', en: 'Awas: examples of fake job offers' },
  'stats-ticker': { id: 'Awas: angka TPPO dan penipuan kerja', en: 'Awas: trafficking and job-scam figures' },
};

export const EMBED_PAGES: EmbedPage[] = EMBED_VARIANTS.flatMap((variant) =>
  EMBED_LANGS.map((lang) => {
    const basename = `${variant.key}.${lang}`;
    return {
      ...variant,
      lang,
      basename,
      file: `${basename}.html`,
      oembedFile: `${basename}.oembed.json`,
      title: EMBED_TITLES[variant.widget][lang],
      height: FRAME_HEIGHTS[variant.key],
    };
  }),
);

// The page script's rules, in their own module so that dist/embed/awas-embed.js does not carry the page table.
export { EMBED_LINK_TARGET, QUERY_DENIED } from './rules.js';
