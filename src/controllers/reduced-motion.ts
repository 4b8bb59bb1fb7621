/** ReducedMotionController: `reduced` follows prefers-reduced-motion live and re-renders the host when it changes. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ReducedMotionController implements ReactiveController {
  reduced = false;
  private query?: MediaQueryList;
  private readonly onChange = (): void => {
    this.reduced = Boolean(this.query?.matches);
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.query = matchMedia('(prefers-reduced-motion: reduce)');
    this.reduced = this.query.matches;
    // addListener: Safari < 14 and old WebViews have no addEventListener on MediaQueryList.
    if (this.query.addEventListener) this.query.addEventListener('change', this.onChange);
    else this.query.addListener(this.onChange);
  }

  hostDisconnected(): void {
    if (!this.query) return;
    if (this.query.removeEventListener) this.query.removeEventListener('change', this.onChange);
    else this.query.removeListener(this.onChange);
    this.query = undefined;
  }
}
