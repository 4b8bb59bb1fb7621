/** PageVisibilityController: `visible` is false while the tab is hidden, so motion and timers can stop. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PageVisibilityController implements ReactiveController {
  visible = true;
  private readonly onChange = (): void => {
    this.visible = document.visibilityState !== 'hidden';
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.visible = document.visibilityState !== 'hidden';
    document.addEventListener('visibilitychange', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onChange);
  }
}
