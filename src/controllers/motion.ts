/**
 * MotionController: the one rule for whatever moves by itself (the carousel's autoplay, the ticker's rotation and
 * marquee). Motion runs only while the widget asks for it with two or more items, the reader has not paused it, no
 * pointer rests on it and no focus is in it, it is on screen in a visible tab, and never under
 * prefers-reduced-motion. With `seconds`, it also owns the step timer: at most one, a fresh one for a new index or
 * interval, none while motion does not run, none once the widget leaves the page.
 *
 * The widget binds `listener` to the area that holds motion on hover and focus (`@pointerenter`, `@pointerleave`,
 * `@focusin`, `@focusout`), renders `paused` on its Pause/Play control and calls `toggle()` from it.
 * No Lit at run time (type imports only).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InViewController } from './in-view.js';
import { PageVisibilityController } from './page-visibility.js';
import { ReducedMotionController } from './reduced-motion.js';

/** Wrap any integer into 0…count-1: after the last comes the first, before the first the last. */
export function wrapIndex(index: number, count: number): number {
  return count > 0 ? ((index % count) + count) % count : 0;
}

export interface MotionState {
  /** The author asked for motion (autoplay, a moving mode). */
  wanted: boolean;
  /** Number of items: nothing moves with fewer than two. */
  count: number;
  /** prefers-reduced-motion: reduce. */
  reduced: boolean;
  /** The reader stopped it (Pause, moving by hand, keyboard focus in a carousel) until they press Play. */
  paused: boolean;
  /** A pointer rests on it. */
  hovered: boolean;
  /** Focus is inside it. */
  focused: boolean;
  /** The tab is visible. */
  visible: boolean;
  /** It is on screen. */
  inView: boolean;
}

/** There is motion for the reader to control (show a Pause/Play control): asked for, allowed, two items or more. */
export function motionAllowed(s: MotionState): boolean {
  return s.wanted && !s.reduced && s.count > 1;
}

/** Motion runs now: allowed, and nothing holds it. */
export function motionRuns(s: MotionState): boolean {
  return motionAllowed(s) && !s.paused && !s.hovered && !s.focused && s.visible && s.inView;
}

export interface MotionOptions {
  wanted(): boolean;
  count(): number;
  /** Seconds per step; 0 for motion without steps (a CSS marquee). Leave out together with index and step. */
  seconds?(): number;
  /** The item shown now. */
  index?(): number;
  /** When a step is due: show `next` (the index after `index()`, wrapped). */
  step?(next: number): void;
  /**
   * Focus inside the area: `pause` while it stays there (default); `stop` pauses until Play (WAI-ARIA APG carousel),
   * except a pointer's focus on the element matching `toggle`, the Pause/Play control, whose own click decides.
   */
  focus?: 'pause' | 'stop';
  toggle?: string;
}

function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // old engines: treat any focus as keyboard focus (the safe side: motion stops)
  }
}

export class MotionController implements ReactiveController {
  paused = false;
  hovered = false;
  focused = false;
  private readonly motion: ReducedMotionController;
  private readonly page: PageVisibilityController;
  private readonly view: InViewController;
  private connected = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** Index and seconds the pending timer was started for: a change of either starts a fresh one. */
  private timerFor = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MotionOptions,
  ) {
    this.motion = new ReducedMotionController(host);
    this.page = new PageVisibilityController(host);
    this.view = new InViewController(host);
    host.addController(this);
  }

  /** prefers-reduced-motion: reduce (also for the widget's own transitions, e.g. smooth scrolling). */
  get reduced(): boolean {
    return this.motion.reduced;
  }

  /** On screen in a visible tab: where a one-off animation (a count-up) may play. */
  get seen(): boolean {
    return this.page.visible && this.view.inView;
  }

  get state(): MotionState {
    const { options } = this;
    return {
      wanted: options.wanted(),
      count: options.count(),
      reduced: this.reduced,
      paused: this.paused,
      hovered: this.hovered,
      focused: this.focused,
      visible: this.page.visible,
      inView: this.view.inView,
    };
  }

  /** See motionAllowed: render the Pause/Play control. */
  get allowed(): boolean {
    return motionAllowed(this.state);
  }

  /** See motionRuns: something moves (or a step timer is pending) now. */
  get running(): boolean {
    return this.connected && motionRuns(this.state);
  }

  pause(): void {
    this.setPaused(true);
  }

  play(): void {
    this.setPaused(false);
  }

  toggle(): void {
    this.setPaused(!this.paused);
  }

  hostConnected(): void {
    this.connected = true;
    // After a move in the DOM nothing else may update the host: the timer restarts from hostUpdated.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    // Off the page nothing rests on it or has focus in it (no pointerleave or focusout follows a removal).
    this.hovered = this.focused = false;
    this.stopTimer();
  }

  hostUpdated(): void {
    const seconds = this.running ? (this.options.seconds?.() ?? 0) : 0;
    if (!seconds) return this.stopTimer();
    const key = `${this.options.index?.() ?? 0}:${seconds}`;
    if (this.timer !== undefined && key === this.timerFor) return;
    this.stopTimer();
    this.timerFor = key;
    this.timer = setTimeout(this.tick, seconds * 1000);
  }

  /** Hover and focus on the area the widget binds this listener to. */
  readonly listener = (event: Event): void => {
    const area = event.currentTarget as Element;
    switch (event.type) {
      case 'pointerenter':
      case 'pointerleave':
        this.hovered = event.type === 'pointerenter';
        break;
      case 'focusin':
        if (this.options.focus !== 'stop') this.focused = true;
        else if (!this.pointerOnToggle(event)) this.paused = true;
        break;
      case 'focusout':
        if (this.options.focus !== 'stop') this.focused = area.contains((event as FocusEvent).relatedTarget as Node | null);
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  private pointerOnToggle(event: Event): boolean {
    const target = event.composedPath()[0] as Element;
    return !!this.options.toggle && !!target.matches?.(this.options.toggle) && !focusVisible(target);
  }

  private setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    this.host.requestUpdate();
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = (): void => {
    this.timer = undefined;
    const { index, step, count } = this.options;
    step?.(wrapIndex((index?.() ?? 0) + 1, count()));
    // Even when the step changed nothing (e.g. the items changed meanwhile), the next timer starts from the update.
    this.host.requestUpdate();
  };
}
