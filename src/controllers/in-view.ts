/**
 * InViewController: `inView` tells whether the host is on screen (IntersectionObserver), so offscreen widgets
 * spend no CPU. Without IntersectionObserver it assumes in view. `once` stops watching after the first sighting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class InViewController implements ReactiveController {
  inView = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: { once?: boolean; threshold?: number } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.inView = true;
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        const inView = entry.isIntersecting;
        if (inView === this.inView) return;
        this.inView = inView;
        if (inView && this.options.once) this.stop();
        this.host.requestUpdate();
      },
      { threshold: this.options.threshold ?? 0 },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
    // Off the page is not in view. Otherwise a last update after removal (e.g. from a state reset in
    // disconnectedCallback) sees inView still true and restarts a rotation timer that then keeps the detached
    // widget alive and ticking for ever.
    this.inView = false;
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
