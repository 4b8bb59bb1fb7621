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
import { FROM_ABROAD } from '../components/hotline-card/defaults.js';
import type { ContentWidget } from '../src/widgets.js';
import { FRAME_HEIGHTS } from '../src/embed/frame-heights.js';
import { FRAME_TITLES } from '../src/embed/snippets.js';
import { LANGS, type Lang } from '../src/i18n/languages.js';

/** A page per language the widgets are built with (src/i18n/languages.ts). */
export const EMBED_LANGS: readonly Lang[] = [...LANGS];
export type EmbedLang = Lang;

/** Every widget with content has a hosted page (src/widgets.ts: CONTENT_WIDGETS). */
export type EmbedWidget = ContentWidget;

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
  // Any other country: the services reachable from abroad (FROM_ABROAD, "zz", none in particular; ?from=my from the
  // address still applies when the widget runs, and shows the same set).
  { key: 'hotline-card-abroad', widget: 'hotline-card', fixed: {}, defaults: { 'heading-level': '1', from: FROM_ABROAD }, script: '../awas-hotline-card.js' },
  // The quiz's self-check and result end with the hotlines for the reader's location.
  { key: 'risk-quiz', widget: 'risk-quiz', fixed: {}, defaults: {}, script: '../awas.js' },
  { key: 'risk-quiz-kh', widget: 'risk-quiz', fixed: { from: 'kh' }, defaults: {}, script: '../awas.js' },
  { key: 'risk-quiz-abroad', widget: 'risk-quiz', fixed: {}, defaults: { from: FROM_ABROAD }, script: '../awas.js' },
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

export const EMBED_PAGES: EmbedPage[] = EMBED_VARIANTS.flatMap((variant) =>
  EMBED_LANGS.map((lang) => {
    const basename = `${variant.key}.${lang}`;
    return {
      ...variant,
      lang,
      basename,
      file: `${basename}.html`,
      oembedFile: `${basename}.oembed.json`,
      title: FRAME_TITLES[lang][variant.widget],
      height: FRAME_HEIGHTS[variant.key],
    };
  }),
);

// The page script's rules, in their own module so that dist/embed/awas-embed.js does not carry the page table.
export { EMBED_LINK_TARGET, QUERY_DENIED } from './rules.js';
