/**
 * Fixture content (test/fixtures/*.json, the content-src format) for widget tests: invented services, numbers, quiz
 * questions, figures and scam examples, so a change in the shipped packs (src/content/packs/) breaks only the tests
 * about the shipped content.
 */
import examples from '../fixtures/examples.json' with { type: 'json' };
import hotlines from '../fixtures/hotlines.json' with { type: 'json' };
import questions from '../fixtures/questions.json' with { type: 'json' };
import stats from '../fixtures/stats.json' with { type: 'json' };
import type { CollectionKey } from '../../src/content/types.js';
import { WIDGETS, type WidgetName } from '../../src/widgets.js';
import { inlinePack } from './render.js';

export { hotlines as hotlinesFixture };

/** The hotline fixture as an inline JSON child: `<awas-hotline-card>${HOTLINES}</awas-hotline-card>`. */
export const HOTLINES = inlinePack(hotlines);

/** The fixture's address for content-src (served by the test server from the repository root). */
export const HOTLINES_URL = new URL('../fixtures/hotlines.json', import.meta.url).pathname;

/** A hotline card tag on the fixture content, `attributes` as written in the tag: `render(hotlineCard('from="kh"'))`. */
export const hotlineCard = (attributes = '') => `<awas-hotline-card ${attributes}>${HOTLINES}</awas-hotline-card>`;

export { questions as questionsFixture };

/** The question fixture as an inline JSON child: `<awas-risk-quiz>${QUESTIONS}</awas-risk-quiz>`. */
export const QUESTIONS = inlinePack(questions);

/** A risk quiz on the fixture questions, `attributes` as written in the tag: `fixture(riskQuiz('mode="list"'))`. */
export const riskQuiz = (attributes = '') => `<awas-risk-quiz ${attributes}>${QUESTIONS}</awas-risk-quiz>`;

export { stats as statsFixture };

/** The statistics fixture as an inline JSON child: `<awas-stats-ticker>${STATS}</awas-stats-ticker>`. */
export const STATS = inlinePack(stats);

/** A stats ticker on the fixture figures, `attributes` as written in the tag: `render(statsTicker('mode="rotate"'))`. */
export const statsTicker = (attributes = '') => `<awas-stats-ticker ${attributes}>${STATS}</awas-stats-ticker>`;

export { examples as examplesFixture };

/** The scam-example fixture as an inline JSON child: `<awas-scam-carousel>${EXAMPLES}</awas-scam-carousel>`. */
export const EXAMPLES = inlinePack(examples);

/** The example fixture's address for content-src (served by the test server from the repository root). */
export const EXAMPLES_URL = new URL('../fixtures/examples.json', import.meta.url).pathname;

/** A scam carousel on the fixture examples, `attributes` as written in the tag: `render(scamCarousel('reveal="always"'))`. */
export const scamCarousel = (attributes = '') => `<awas-scam-carousel ${attributes}>${EXAMPLES}</awas-scam-carousel>`;

/** Each collection's fixture pack, for tests that go through every widget (src/widgets.ts: its `collection`). */
export const FIXTURE_PACKS: Record<CollectionKey, { [key: string]: unknown }> = { hotlines, questions, examples, stats };

/** `<awas-<widget>>` on its collection's fixture content (bare when it shows none). */
export function widgetOnFixture(widget: WidgetName): string {
  const collection = WIDGETS[widget].collection;
  return `<awas-${widget}>${collection ? inlinePack(FIXTURE_PACKS[collection]) : ''}</awas-${widget}>`;
}
