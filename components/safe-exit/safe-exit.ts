import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { safeExitStrings } from '../../src/i18n/strings-safe-exit.js';
import { safeUrl } from '../../src/safety/url.js';
import { createShiftCounter } from './shift-counter.js';
import { safeExitStyles } from './safe-exit.styles.js';

/** Where the reader goes: an innocuous weather search that says nothing about this page. */
export const DEFAULT_EXIT_HREF = 'https://www.google.com/search?q=cuaca+hari+ini';
const POSITIONS = ['inline', 'top-right', 'top-left', 'bottom-right', 'bottom-left'];

/**
 * @summary A quick-exit button for readers who may be watched: one tap (or Shift pressed three times)
 * blanks the page at once and replaces it with a neutral site, so Back does not return here.
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

  private readonly i18n = new LocalizeController(this, safeExitStrings);

  /** The neutral page to go to (https/http). Default: a weather search. */
  @property() href?: string;

  /** `inline` (default) or a floating corner: `top-right`, `top-left`, `bottom-right`, `bottom-left`. */
  @property({ reflect: true }) position = 'inline';

  /** Show a one-line note that the browser history still lists this page. */
  @property({ type: Boolean, attribute: 'show-note' }) showNote = false;

  /** Turn off the Shift × 3 keyboard shortcut (e.g. when two exit buttons are on one page). */
  @property({ type: Boolean, attribute: 'no-shortcut' }) noShortcut = false;

  /** Presses still needed, shown while the reader is part-way through the shortcut. */
  @state() private shiftLeft = 0;
  @state() private leaving = false;

  private readonly counter = createShiftCounter();
  private resetTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture phase on window: host scripts that stop propagation cannot swallow the shortcut.
    window.addEventListener('keydown', this.handleKeydown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.handleKeydown, true);
    clearTimeout(this.resetTimer);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // A removed attribute is null: back to the default, silently (it is not a mistake).
    if (changed.has('position') && this.position == null) this.position = 'inline';
    else if (changed.has('position') && !POSITIONS.includes(this.position)) {
      this.reportProblem('bad-attribute', `position="${this.position.slice(0, 40)}" is not one of ${POSITIONS.join(', ')}; showing it inline.`);
      this.position = 'inline';
    }
    if (changed.has('href') && this.href && !safeUrl(this.href, ['https:', 'http:'])) {
      this.reportProblem('bad-attribute', `href="${this.href.slice(0, 80)}" is not an http(s) address; the default neutral page is used.`);
    }
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
    if (this.noShortcut || this.leaving) return;
    const left = this.counter.press(event.key, event.repeat, Date.now());
    clearTimeout(this.resetTimer);
    if (event.key === 'Shift' && left === 0) {
      this.shiftLeft = 0;
      this.exit('keyboard');
      return;
    }
    this.shiftLeft = event.key === 'Shift' && left < 3 ? left : 0;
    if (this.shiftLeft) {
      this.resetTimer = setTimeout(() => {
        this.counter.reset();
        this.shiftLeft = 0;
      }, 5000);
    }
  };

  private handleClick(): void {
    this.exit('button');
  }

  override render() {
    const t = this.i18n;
    const progress = this.shiftLeft === 1 ? t.t('progressOne') : this.shiftLeft > 1 ? t.t('progressMany', { n: this.shiftLeft }) : '';
    return html`
      <div class="root" lang=${this.i18n.lang}>
        <button class="btn exit" part="button" type="button" @click=${this.handleClick} ?disabled=${this.leaving}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M10 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h5v-2H5V5h5V3zm5.6 4.4L14.2 8.8l2.2 2.2H8v2h8.4l-2.2 2.2 1.4 1.4L20.2 12l-4.6-4.6z" />
          </svg>
          ${this.leaving ? t.t('leaving') : t.t('label')}
        </button>
        ${this.noShortcut ? nothing : html`<span class="hint">${t.t('shortcutHint')}</span>`}
        <span class="progress" role="status">${progress}</span>
        ${this.showNote ? html`<p class="note" part="note">${t.t('historyNote')}</p>` : nothing}
      </div>
    `;
  }
}
