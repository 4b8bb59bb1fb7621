/** Every widget of the library: tag name → class. The drop-in script and the npm `define` entry register these. */
import { AwasHotlineCard } from '../components/hotline-card/hotline-card.js';
import { AwasRiskQuiz } from '../components/risk-quiz/risk-quiz.js';
import { AwasSafeExit } from '../components/safe-exit/safe-exit.js';
import { AwasScamCarousel } from '../components/scam-carousel/scam-carousel.js';
import { AwasStatsTicker } from '../components/stats-ticker/stats-ticker.js';

export const ELEMENTS = {
  'awas-hotline-card': AwasHotlineCard,
  'awas-risk-quiz': AwasRiskQuiz,
  'awas-safe-exit': AwasSafeExit,
  'awas-scam-carousel': AwasScamCarousel,
  'awas-stats-ticker': AwasStatsTicker,
} as const;

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
