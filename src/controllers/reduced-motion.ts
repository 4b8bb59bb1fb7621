/** ReducedMotionController: `reduced` follows prefers-reduced-motion live and re-renders the host when it changes. */
import type { ReactiveControllerHost } from 'lit';
import { MediaQueryController } from './media-query.js';

export class ReducedMotionController extends MediaQueryController {
  constructor(host: ReactiveControllerHost) {
    super(host, '(prefers-reduced-motion: reduce)');
  }

  get reduced(): boolean {
    return this.matches;
  }
}
