/** Every widget of the library: tag name → class. The drop-in script and the npm `define` entry register these. */
import { AwasSafeExit } from '../components/safe-exit/safe-exit.js';

export const ELEMENTS = {
  'awas-safe-exit': AwasSafeExit,
} as const;

export type AwasTagName = keyof typeof ELEMENTS;

declare global {
  interface HTMLElementTagNameMap {
    'awas-safe-exit': AwasSafeExit;
  }
}
