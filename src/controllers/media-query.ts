/** MediaQueryController: `matches` follows a media query live and re-renders the host when it changes. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A touch screen and nothing that hovers: a phone without a keyboard, where "press Shift" means nothing. */
export const TOUCH_ONLY = '(hover: none) and (pointer: coarse)';

export class MediaQueryController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;
  private readonly onChange = (): void => {
    this.matches = Boolean(this.list?.matches);
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.list = matchMedia(this.query);
    this.matches = this.list.matches;
    // addListener: Safari < 14 and old WebViews have no addEventListener on MediaQueryList.
    if (this.list.addEventListener) this.list.addEventListener('change', this.onChange);
    else this.list.addListener(this.onChange);
  }

  hostDisconnected(): void {
    if (!this.list) return;
    if (this.list.removeEventListener) this.list.removeEventListener('change', this.onChange);
    else this.list.removeListener(this.onChange);
    this.list = undefined;
  }
}
