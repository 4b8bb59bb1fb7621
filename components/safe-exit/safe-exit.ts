import { html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { MediaQueryController, TOUCH_ONLY } from '../../src/controllers/media-query.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { wordsOf } from '../../src/i18n/languages.js';
import { safeUrl } from '../../src/safety/url.js';
import { DEFAULT_EXIT_HREF, DEFAULT_POSITION, POSITIONS as POSITION_NAMES } from './defaults.js';
import { boxAt, chooseCorner, coversControl, focusedElement, type Box, type Corner } from './placement.js';
import { createShiftCounter, SHIFT_PRESSES, SHIFT_WINDOW_MS } from './shift-counter.js';
import { safeExitStyles } from './safe-exit.styles.js';

// Widened to a string list: it checks whatever the page wrote.
const POSITIONS: readonly string[] = POSITION_NAMES;
/** Room kept between a focused element scrolled into view and the floating button. */
const FOCUS_GAP = 8;

/**
 * @summary A quick-exit button for readers who may be watched: one tap (or Shift pressed three times)
 * blanks the page at once and replaces it with a neutral site, so Back does not return here.
 * Floating, it never sits over the element that has keyboard focus, nor over a control on first view: it moves to
 * the nearest free corner, and the page keeps room for it when focus scrolls into view (scroll-padding).
 * The Shift hint shows only where there is a keyboard (not on a touch phone, not in the build-time copy).
 *
 * @tag awas-safe-exit
 *
 * @slot - Optional fallback link for readers without JavaScript, e.g. `<a href="https://…">Keluar</a>`.
 *   Its `href` is used when the `href` attribute is not set.
 *
 * @fires awas-safe-exit - `{href, trigger}` just before leaving (`trigger`: `button` or `keyboard`).
 * @fires awas-error - `{code, message}` when an attribute is unusable (e.g. a `javascript:` href).
 *
 * @csspart button - The exit button.
 * @csspart note - The browser-history note (with `show-note`).
 *
 * @cssprop [--awas-safe-exit-background=var(--awas-color-brand)] - Button background.
 * @cssprop [--awas-safe-exit-color=#ffffff] - Button text colour.
 * @cssprop [--awas-safe-exit-offset=12px] - Distance from the viewport edge when floating.
 * @cssprop [--awas-safe-exit-z-index=2147483647] - Stacking order when floating.
 */
export class AwasSafeExit extends AwasElement {
  static override styles = safeExitStyles;

  private readonly i18n = new LocalizeController(this, wordsOf('safeExit'));
  private readonly touchOnly = new MediaQueryController(this, TOUCH_ONLY);

  /** The neutral page to go to (https/http). Default: a weather search. */
  @property() href?: string;

  /** `inline` (default) or a floating corner: `top-right`, `top-left`, `bottom-right`, `bottom-left`. */
  @property({ reflect: true }) position: string = DEFAULT_POSITION;

  /** Show a one-line note that the browser history still lists this page. */
  @property({ type: Boolean, attribute: 'show-note' }) showNote = false;

  /** Turn off the Shift × 3 keyboard shortcut (e.g. when two exit buttons are on one page). */
  @property({ type: Boolean, attribute: 'no-shortcut' }) noShortcut = false;

  /** Presses still needed, shown while the reader is part-way through the shortcut. */
  @state() private shiftLeft = 0;
  @state() private leaving = false;
  /** The corner the floating button is in now: the author's, or one out of the way. */
  @state() private corner?: Corner;
  /**
   * How far the button is moved from the author's corner to `corner`, in px. A transform, not other top/left
   * values: a fixed element whose layout box jumps across the screen counts as a layout shift (CLS 0.1 on the demo
   * while the page settles); a transform does not.
   */
  @state() private moved = { x: 0, y: 0 };

  private readonly counter = createShiftCounter();
  private resetTimer?: ReturnType<typeof setTimeout>;
  private placeFrame?: number;
  private placeControls = false;
  /** Watching the page settle after the button appears (widgets render, content arrives): frame, page height, counts. */
  private settle?: { frame?: number; height: number; stable: number; frames: number };
  /** The page's own inline scroll-padding, given back when the button goes. */
  private savedPadding?: { top: string; bottom: string };

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture phase on window: host scripts that stop propagation cannot swallow the shortcut.
    window.addEventListener('keydown', this.handleKeydown, true);
    document.addEventListener('focusin', this.handleFocusIn, true);
    window.addEventListener('scroll', this.handleScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.handleResize);
    window.addEventListener('load', this.handleResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.handleKeydown, true);
    document.removeEventListener('focusin', this.handleFocusIn, true);
    window.removeEventListener('scroll', this.handleScroll, true);
    window.removeEventListener('resize', this.handleResize);
    window.removeEventListener('load', this.handleResize);
    this.stopSettling();
    if (this.placeFrame !== undefined) cancelAnimationFrame(this.placeFrame);
    this.placeFrame = undefined;
    clearTimeout(this.resetTimer);
    this.releasePadding();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // A removed attribute is null: back to the default, silently (it is not a mistake).
    if (changed.has('position') && this.position == null) this.position = DEFAULT_POSITION;
    else if (changed.has('position') && !POSITIONS.includes(this.position)) {
      this.reportProblem('bad-attribute', `position="${this.position.slice(0, 40)}" is not one of ${POSITIONS.join(', ')}; showing it inline.`);
      this.position = DEFAULT_POSITION;
    }
    if (changed.has('href') && this.href && !safeUrl(this.href, ['https:', 'http:'])) {
      this.reportProblem('bad-attribute', `href="${this.href.slice(0, 80)}" is not an http(s) address; the default neutral page is used.`);
    }
    if (changed.has('position')) {
      this.corner = this.floating ? (this.position as Corner) : undefined;
      this.moved = { x: 0, y: 0 };
    }
  }

  override updated(changed: Map<string, unknown>): void {
    // Through the CSSOM, not a style attribute: a strict CSP (no style-src-attr) blocks the attribute, not this.
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (root) root.style.transform = this.corner && (this.moved.x || this.moved.y) ? `translate(${this.moved.x}px, ${this.moved.y}px)` : '';
    if (changed.has('position')) {
      if (this.floating) this.startSettling();
      else {
        this.stopSettling();
        this.releasePadding();
      }
    }
  }

  private get floating(): boolean {
    return this.position !== 'inline' && POSITIONS.includes(this.position);
  }

  /** The page the exit goes to, after the safety check. */
  get exitHref(): string {
    const fallbackLink = this.querySelector('a[href]')?.getAttribute('href');
    return safeUrl(this.href, ['https:', 'http:']) ?? safeUrl(fallbackLink, ['https:', 'http:']) ?? DEFAULT_EXIT_HREF;
  }

  /** Leave now: fire `awas-safe-exit`, blank the page, replace the current history entry. */
  exit(trigger: 'button' | 'keyboard' = 'button'): void {
    const href = this.exitHref;
    this.leaving = true;
    this.emit('awas-safe-exit', { href, trigger });
    // Blank at once, before the next page starts loading, so nothing stays readable over a shoulder.
    document.documentElement.style.setProperty('display', 'none', 'important');
    document.title = '';
    this.navigate(href);
  }

  /** The navigation itself; replace() so Back does not return to this page. */
  protected navigate(href: string): void {
    window.location.replace(href);
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    // Focus moving inside another widget's shadow root sends no focusin to the document: Tab, arrows… are the sign.
    this.schedulePlacement(false);
    if (this.noShortcut || this.leaving) return;
    const left = this.counter.press(event.key, event.repeat, Date.now());
    clearTimeout(this.resetTimer);
    if (event.key === 'Shift' && left === 0) {
      this.shiftLeft = 0;
      this.exit('keyboard');
      return;
    }
    this.shiftLeft = event.key === 'Shift' && left < SHIFT_PRESSES ? left : 0;
    if (this.shiftLeft) {
      this.resetTimer = setTimeout(() => {
        this.counter.reset();
        this.shiftLeft = 0;
      }, SHIFT_WINDOW_MS);
    }
  };

  private handleClick(): void {
    this.exit('button');
  }

  private readonly handleFocusIn = (): void => this.schedulePlacement(false);

  private readonly handleScroll = (): void => {
    if (focusedElement()) this.schedulePlacement(false);
  };

  private readonly handleResize = (): void => this.schedulePlacement(true);

  /**
   * On first view the page is still taking shape (widgets render, content and images arrive): while its height
   * changes, look again at what the button covers, each frame, until it has been still for half a second (at most
   * 5 s). Frames, not a ResizeObserver on the page: that one would report a loop whenever a widget's own observer
   * resizes something.
   */
  private startSettling(): void {
    this.stopSettling();
    const settle = { height: -1, stable: 0, frames: 0, frame: undefined as number | undefined };
    const tick = (): void => {
      const height = document.documentElement.scrollHeight;
      settle.stable = height === settle.height ? settle.stable + 1 : 0;
      if (settle.stable === 0) this.place(true);
      settle.height = height;
      settle.frames += 1;
      settle.frame = settle.stable < 30 && settle.frames < 300 ? requestAnimationFrame(tick) : undefined;
    };
    settle.frame = requestAnimationFrame(tick);
    this.settle = settle;
  }

  private stopSettling(): void {
    if (this.settle?.frame !== undefined) cancelAnimationFrame(this.settle.frame);
    this.settle = undefined;
  }

  /** Place the button on the next frame, after the browser has scrolled a newly focused element into view. */
  private schedulePlacement(controls: boolean): void {
    if (!this.floating) return;
    this.placeControls ||= controls;
    this.placeFrame ??= requestAnimationFrame(() => {
      this.placeFrame = undefined;
      const controls = this.placeControls;
      this.placeControls = false;
      this.place(controls);
    });
  }

  /** Out of the way of the focused element (and, with `controls`, of the page's controls), and room kept for it. */
  private place(controls: boolean): void {
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (!root || !this.floating || !this.corner) return;
    const rect = root.getBoundingClientRect();
    const view = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const offset = Math.max(0, this.corner.startsWith('top') ? rect.top : view.height - rect.bottom);
    const boxOf = (corner: Corner): Box => boxAt(corner, rect, view, offset);
    const focused = focusedElement();
    const focus = focused && !this.contains(focused) && (focused.getRootNode() as ShadowRoot).host !== this ? focused.getBoundingClientRect() : null;
    this.corner = chooseCorner(this.position as Corner, this.corner, boxOf, focus, controls ? (box) => coversControl(box, this) : null);
    const from = boxOf(this.position as Corner);
    const to = boxOf(this.corner);
    if (to.left - from.left !== this.moved.x || to.top - from.top !== this.moved.y) this.moved = { x: to.left - from.left, y: to.top - from.top };
    this.reservePadding(this.corner, rect.height + offset + FOCUS_GAP);
  }

  /** scroll-padding on the page: an element focused by Tab is scrolled clear of the button's edge. */
  private reservePadding(corner: Corner, px: number): void {
    const style = document.documentElement.style;
    this.savedPadding ??= { top: style.scrollPaddingTop, bottom: style.scrollPaddingBottom };
    const top = corner.startsWith('top');
    style.scrollPaddingTop = top ? `${Math.round(px)}px` : this.savedPadding.top;
    style.scrollPaddingBottom = top ? this.savedPadding.bottom : `${Math.round(px)}px`;
  }

  private releasePadding(): void {
    if (!this.savedPadding) return;
    document.documentElement.style.scrollPaddingTop = this.savedPadding.top;
    document.documentElement.style.scrollPaddingBottom = this.savedPadding.bottom;
    this.savedPadding = undefined;
  }

  override render() {
    const t = this.i18n;
    const progress = this.shiftLeft === 1 ? t.t('progressOne') : this.shiftLeft > 1 ? t.t('progressMany', { n: this.shiftLeft }) : '';
    // No keyboard, no Shift: not on a touch phone, and not in the build-time copy (without the script there is no shortcut).
    const hint = !this.noShortcut && !isServer && !this.touchOnly.matches;
    // Laid out in the author's corner; moved to another one by a transform (see `moved`).
    const [v, h] = this.corner ? this.position.split('-') : [];
    return html`
      <div class="root ${this.corner ? `floating ${v} ${h}` : ''}" lang=${this.i18n.lang}>
        <button class="btn exit" part="button" type="button" @click=${this.handleClick} ?disabled=${this.leaving}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M10 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h5v-2H5V5h5V3zm5.6 4.4L14.2 8.8l2.2 2.2H8v2h8.4l-2.2 2.2 1.4 1.4L20.2 12l-4.6-4.6z" />
          </svg>
          ${this.leaving ? t.t('leaving') : t.t('label')}
        </button>
        ${hint ? html`<span class="hint">${t.t('shortcutHint')}</span>` : nothing}
        <!-- Rendered from the start, visually hidden while empty: a live region that appears with its first message is often not announced. -->
        <span class="progress ${progress ? '' : 'visually-hidden'}" role="status">${progress}</span>
        ${this.showNote ? html`<p class="note" part="note">${t.t('historyNote')}</p>` : nothing}
      </div>
    `;
  }
}
