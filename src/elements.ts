/**
 * Every widget of the library: its class, exported for npm users (src/index.ts re-exports this file), and tag name →
 * class, which the drop-in script and the npm `define` entry register. The doors' facts about each widget (content,
 * copy axes, form options) are Lit-free, in src/widgets.ts; TypeScript checks that both list the same widgets.
 */
import { AwasHotlineCard } from '../components/hotline-card/hotline-card.js';
import { AwasRiskQuiz } from '../components/risk-quiz/risk-quiz.js';
import { AwasSafeExit } from '../components/safe-exit/safe-exit.js';
import { AwasScamCarousel } from '../components/scam-carousel/scam-carousel.js';
import { AwasStatsTicker } from '../components/stats-ticker/stats-ticker.js';
import type { WidgetName } from './widgets.js';

export { AwasHotlineCard, AwasRiskQuiz, AwasSafeExit, AwasScamCarousel, AwasStatsTicker };

export const ELEMENTS = {
  'awas-hotline-card': AwasHotlineCard,
  'awas-risk-quiz': AwasRiskQuiz,
  'awas-safe-exit': AwasSafeExit,
  'awas-scam-carousel': AwasScamCarousel,
  'awas-stats-ticker': AwasStatsTicker,
  // Exactly the widgets of src/widgets.ts: one missing here, or one extra, fails to compile.
} as const satisfies Record<`awas-${WidgetName}`, CustomElementConstructor>;

export type AwasTagName = keyof typeof ELEMENTS;

declare global {
  interface HTMLElementTagNameMap {
    'awas-hotline-card': AwasHotlineCard;
    'awas-risk-quiz': AwasRiskQuiz;
    'awas-safe-exit': AwasSafeExit;
    'awas-scam-carousel': AwasScamCarousel;
    'awas-stats-ticker': AwasStatsTicker;
  }
}
