import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { ContentController } from '../../src/content/content-controller.js';
import defaultStats from '../../src/content/packs/stats.json';
import { statsSpec, type Stat } from '../../src/content/stats.js';
import { InViewController } from '../../src/controllers/in-view.js';
import { PageVisibilityController } from '../../src/controllers/page-visibility.js';
import { ReducedMotionController } from '../../src/controllers/reduced-motion.js';
import { sourceNote } from '../../src/content/source.js';
import { formatDate, formatMonthYear } from '../../src/i18n/format.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { newTabNote } from '../../src/i18n/strings-shared.js';
import { statsTickerStrings } from '../../src/i18n/strings-stats-ticker.js';
import { clampNumber } from '../../src/safety/number.js';
import { cleanText, parseIdList } from '../../src/safety/text.js';
import { safeUrl } from '../../src/safety/url.js';
import { figureParts } from './format.js';
import {
  COUNT_MS,
  countValue,
  DEFAULT_INTERVAL,
  effectiveMode,
  MARQUEE_SECONDS_PER_FIGURE,
  MAX_INTERVAL,
  MIN_INTERVAL,
  parseMode,
  wrapIndex,
  type Mode,
} from './motion.js';
import { statsTickerStyles } from './stats-ticker.styles.js';

const PAUSE_ICON = 'M7 5h4v14H7zm6 0h4v14h-4z';
const PLAY_ICON = 'M8 5v14l11-7z';
/** A chevron pointing right; the Previous button mirrors it in CSS. */
const NEXT_ICON = 'M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z';

/**
 * @summary Sourced numbers that make the scale of trafficking and online-scam recruitment real: each figure with
 * what it counts, its period, its source (linked) and the date it was checked. Calm by default (a grid);
 * optional motion always has a visible Pause button, stops on hover and focus, and never runs offscreen,
 * in a hidden tab or under reduced motion.
 *
 * @tag awas-stats-ticker
 *
 * @slot - Not displayed once the script runs. Put a plain-HTML version of the figures here for readers
 *   whose browser never loads the script. Content comes from the built-in pack, `content-src`, or an
 *   inline `<script type="application/json">{"stats": [...]}</script>` child.
 *
 * @fires awas-error - `{code, message}` for unusable attributes or content (`bad-attribute`, `unknown-id`,
 *   `content-*`, `stale-content`). A statistic without a source name is not shown, and reported; an unusable source link is left out, and reported.
 *
 * @csspart base - The labelled region around everything.
 * @csspart stat - One figure's card.
 * @csspart figure - The number line ("lebih dari 10.000 WNI").
 * @csspart controls - The Pause/Play button and, in rotate mode, previous/next.
 * @csspart toggle - The Pause/Play button.
 *
 * @cssprop [--awas-stats-ticker-accent=var(--awas-color-brand)] - Colour of the numbers and the card edge.
 * @cssprop [--awas-stats-ticker-card-background=var(--awas-color-surface-alt)] - Card background.
 * @cssprop [--awas-stats-ticker-gap=12px] - Space between cards.
 */
export class AwasStatsTicker extends AwasElement {
  static override styles = statsTickerStyles;

  private readonly i18n = new LocalizeController(this, statsTickerStrings);
  private readonly content = new ContentController<Stat>(this, { spec: statsSpec, defaults: defaultStats });
  private readonly motion = new ReducedMotionController(this);
  private readonly page = new PageVisibilityController(this);
  private readonly view = new InViewController(this);

  /**
   * Which statistics to show, in this order: comma-separated ids, e.g. `kemlu-online-scam,ppatk-gambling-2024`.
   * Default: all. Built-in ids: `kemlu-online-scam`, `kbri-phnom-penh-2025`, `ohchr-cambodia`, `myawaddy-2025`,
   * `imigrasi-delayed-2025`, `ppatk-gambling-2024`.
   */
  @property() stats?: string;

  /** `static` (default: a calm grid), `rotate` (one figure at a time) or `marquee` (a continuous row). */
  @property() mode = 'static';

  /** Seconds each figure stays in `rotate` mode: 5 to 120, default 8. */
  @property() interval?: string | number;

  /**
   * Attribute `animate`: count each number up from zero once when it scrolls into view (never under reduced motion).
   * The property is `countUp` because `animate()` is a built-in method of every element.
   */
  @property({ type: Boolean, attribute: 'animate' }) countUp = false;

  /** URL of a content pack with a `stats` list (https or same site). */
  @property({ attribute: 'content-src' }) contentSrc?: string;

  /** Optional integrity hash for content-src, e.g. `sha384-…`. */
  @property({ attribute: 'content-integrity' }) contentIntegrity?: string;

  /** Index of the figure shown in rotate mode. */
  @state() private index = 0;
  /** The reader pressed Pause (or moved by hand): nothing moves until Play. */
  @state() private paused = false;
  @state() private hovered = false;
  @state() private focused = false;
  /** Count-up progress, 0…1; 1 shows the final values. */
  @state() private progress = 1;

  private shown: Stat[] = [];
  private selectedFrom?: Stat[];
  private chosenMode: Mode = 'static';
  private seconds = DEFAULT_INTERVAL;
  private timer?: ReturnType<typeof setTimeout>;
  private frame?: number;
  private countStart?: number;
  private counted = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // After a move in the DOM the controllers may not re-render on their own; timers restart from updated().
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
    this.finishCount();
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('mode')) {
      const mode = parseMode(this.mode);
      this.chosenMode = mode ?? 'static';
      if (!mode && this.mode) {
        this.reportProblem('bad-attribute', `mode="${cleanText(this.mode, 40)}" is not static, rotate or marquee; using static.`);
      }
    }
    if (changed.has('interval')) {
      const { value, corrected } = clampNumber(this.interval, { min: MIN_INTERVAL, max: MAX_INTERVAL, fallback: DEFAULT_INTERVAL });
      this.seconds = value;
      if (corrected) {
        this.reportProblem('bad-attribute', `interval="${cleanText(String(this.interval), 20)}" must be ${MIN_INTERVAL}–${MAX_INTERVAL} seconds; using ${value}.`);
      }
    }
    // Where nothing moves (the readable copy, reduced motion, no animate) the figures are final at once. Waiting to come
    // into view they are final too: the text, a print or a screenshot never says "0 kasus".
    if (!this.countUp || this.motion.reduced || isServer) this.finishCount();
    // Build-time rendering (embed/prerender.ts) calls willUpdate and render only, not update.
    if (isServer) this.shown = this.select();
  }

  override update(changed: PropertyValues): void {
    // Here rather than in willUpdate: the content controller has just started any content-src request,
    // so an id that belongs to the pack on its way is not called unknown.
    if (changed.has('stats') || this.selectedFrom !== this.content.items) {
      this.selectedFrom = this.content.items;
      this.shown = this.select();
    }
    if (this.index >= this.shown.length) this.index = 0;
    super.update(changed);
  }

  override updated(changed: PropertyValues): void {
    const mode = this.currentMode;
    const running = this.running;
    // Rotate: one timer at a time, only while running; a new figure (or interval) starts a fresh one.
    if (!running || mode !== 'rotate') this.stopTimer();
    else if (this.timer === undefined || changed.has('index') || changed.has('interval')) {
      this.stopTimer();
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.index = wrapIndex(this.index, 1, this.shown.length);
      }, this.seconds * 1000);
    }
    // Marquee: duration grows with the number of figures; back to the start of the strip when it runs again.
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    if (track) {
      track.style.setProperty('animation-duration', `${this.shown.length * MARQUEE_SECONDS_PER_FIGURE}s`);
      if (running) (track.parentElement as HTMLElement).scrollLeft = 0;
    }
    // Count-up: once, when on screen in a visible tab; leaving the screen or the tab jumps to the final values.
    const canCount = this.countUp && !this.motion.reduced && this.view.inView && this.page.visible;
    if (this.frame !== undefined && !canCount) this.finishCount();
    else if (canCount && !this.counted) {
      this.counted = true;
      this.countStart = undefined;
      this.progress = 0;
      this.frame = requestAnimationFrame(this.step);
    }
  }

  /** The mode in effect: `static` under reduced motion or with fewer than two figures. */
  get currentMode(): Mode {
    return effectiveMode(this.chosenMode, this.motion.reduced, this.shown.length);
  }

  /** True while something moves (or a rotation timer runs): a moving mode, not paused, hovered or focused, on screen, tab visible. */
  get running(): boolean {
    return this.currentMode !== 'static' && !this.paused && !this.hovered && !this.focused && this.view.inView && this.page.visible;
  }

  /** Stop all motion until play() (the Pause button). */
  pause(): void {
    this.paused = true;
  }

  /** Resume motion after pause() (the Play button). Hover, focus, offscreen and hidden tabs still stop it. */
  play(): void {
    this.paused = false;
  }

  /** Show the next figure (rotate mode). */
  next(): void {
    this.index = wrapIndex(this.index, 1, this.shown.length);
  }

  /** Show the previous figure (rotate mode). */
  previous(): void {
    this.index = wrapIndex(this.index, -1, this.shown.length);
  }

  private select(): Stat[] {
    const items = this.content.items;
    const { ids, invalid } = parseIdList(this.stats);
    if (invalid.length) this.reportProblem('bad-attribute', `stats has entries that are not ids: ${invalid.join(', ')}.`);
    const chosen = ids.map((id) => items.find((s) => s.id === id)).filter((s): s is Stat => s !== undefined);
    const unknown = ids.filter((id) => !items.some((s) => s.id === id));
    // While content-src loads, ids may belong to the pack on its way.
    if (unknown.length && !this.content.loading) {
      this.reportProblem('unknown-id', `stats names unknown ids: ${unknown.join(', ')}. Known: ${items.map((s) => s.id).join(', ')}.`);
    }
    return chosen.length ? chosen : items;
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private finishCount(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.progress = 1;
  }

  private readonly step = (now: number): void => {
    if (this.countStart === undefined) this.countStart = now;
    this.progress = Math.min(1, (now - this.countStart) / COUNT_MS);
    this.frame = this.progress < 1 ? requestAnimationFrame(this.step) : undefined;
  };

  private handleToggle(): void {
    this.paused = !this.paused;
  }

  private handlePrevious(): void {
    this.paused = true;
    this.previous();
  }

  private handleNext(): void {
    this.paused = true;
    this.next();
  }

  private handleHover(event: PointerEvent): void {
    this.hovered = event.type === 'pointerenter';
  }

  private handleFocusIn(): void {
    this.focused = true;
  }

  private handleFocusOut(event: FocusEvent): void {
    const stage = event.currentTarget as HTMLElement;
    this.focused = stage.contains(event.relatedTarget as Node | null);
    if (!this.focused && stage.classList.contains('viewport') && !this.paused) stage.scrollLeft = 0;
  }

  override render() {
    const mode = this.currentMode;
    const rotate = mode === 'rotate';
    return html`
      <section class="root ${this.paused ? 'user-paused' : ''}" part="base" lang=${this.i18n.lang} aria-label=${this.i18n.t('region')}>
        ${mode === 'static'
          ? html`<ul class="grid" role="list">${this.shown.map((s) => html`<li class="card" part="stat" lang=${this.textLang(s)}>${this.renderCard(s)}</li>`)}</ul>`
          : html`${this.renderControls(rotate)}
              <div
                class=${rotate ? 'slides' : 'viewport'}
                aria-live=${ifDefined(rotate ? (this.running ? 'off' : 'polite') : undefined)}
                @pointerenter=${this.handleHover}
                @pointerleave=${this.handleHover}
                @focusin=${this.handleFocusIn}
                @focusout=${this.handleFocusOut}
              >
                ${rotate ? this.renderSlides() : this.renderMarquee()}
              </div>`}
      </section>
    `;
  }

  private renderControls(rotate: boolean) {
    const t = this.i18n;
    return html`<div class="controls" part="controls">
      <button class="btn toggle" part="toggle" type="button" @click=${this.handleToggle}>
        ${this.icon(this.paused ? PLAY_ICON : PAUSE_ICON)}${this.paused ? t.t('play') : t.t('pause')}
      </button>
      ${rotate
        ? html`<div class="nav">
            <button class="btn icon prev" type="button" aria-label=${t.t('previous')} @click=${this.handlePrevious}>${this.icon(NEXT_ICON)}</button>
            <span>${t.t('position', { n: this.index + 1, total: this.shown.length })}</span>
            <button class="btn icon" type="button" aria-label=${t.t('next')} @click=${this.handleNext}>${this.icon(NEXT_ICON)}</button>
          </div>`
        : nothing}
    </div>`;
  }

  /** Rotate: every figure stacked in one grid cell (the tallest sets the height, so nothing below jumps); one is visible. */
  private renderSlides() {
    const total = this.shown.length;
    return this.shown.map(
      (s, i) => html`<div
        class="slide card ${i === this.index ? 'current' : ''}"
        part="stat"
        role="group"
        lang=${this.textLang(s)}
        aria-label=${this.i18n.t('position', { n: i + 1, total })}
      >
        ${this.renderCard(s)}
      </div>`,
    );
  }

  /** Marquee: the second copy makes the loop seamless; it is hidden from assistive technology and the tab order. */
  private renderMarquee() {
    return html`<div class="track ${this.running ? '' : 'paused'}">
      <ul class="row" role="list">
        ${this.shown.map((s) => html`<li class="card" part="stat" lang=${this.textLang(s)}>${this.renderCard(s)}</li>`)}
      </ul>
      <ul class="row" aria-hidden="true">
        ${this.shown.map((s) => html`<li class="card" part="stat" lang=${this.textLang(s)}>${this.renderCard(s, true)}</li>`)}
      </ul>
    </div>`;
  }

  private renderCard(stat: Stat, copy = false) {
    const t = this.i18n;
    const lang = t.lang;
    const text = stat.text[lang] ?? stat.text[this.textLang(stat)]!;
    const counting = this.progress < 1;
    const href = safeUrl(stat.source.url, ['https:', 'http:']);
    const parts = figureParts(stat, lang);
    // The real figure is always the text (read aloud, printed, copied, found by search). While counting, it is
    // transparent and the moving digits are drawn over it by CSS from data-shown: decoration, in no text and no
    // accessible name; the figure has its final size from the first frame, so nothing after it moves.
    const shown = figureParts(stat, lang, countValue(stat.value, this.progress)).amount;
    return html`
      <p class="fig" part="figure">
        ${parts.qualifier ? html`<span class="qual">${parts.qualifier}</span> ` : nothing}<span class="num ${counting ? 'counting' : ''}"
          >${parts.amount}${counting ? html`<span class="count" aria-hidden="true" data-shown=${shown}></span>` : nothing}</span
        >${parts.unit ? html` <span class="unit">${parts.unit}</span>` : nothing}
      </p>
      <p class="label">${text.label}, <span class="period">${text.period ?? t.t('asOf', { date: formatDate(stat.source.date, lang) })}</span></p>
      ${text.note ? html`<p class="note">${text.note}</p>` : nothing}
      <p class="meta src">
        ${t.t('source')}
        ${href
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer" tabindex=${ifDefined(copy ? -1 : undefined)}
              >${stat.source.name}${newTabNote(lang)}</a
            >`
          : stat.source.name}, ${formatMonthYear(stat.source.date, lang)}${sourceNote(stat.source, lang) ? html` (${sourceNote(stat.source, lang)})` : nothing}
      </p>
      <p class="meta">${t.t('checked', { date: formatDate(stat.checkedOn, lang) })}</p>
    `;
  }

  /** The language of a figure's texts: the reader's, or the one the content falls back to. */
  private textLang(stat: Stat): string {
    const lang = this.i18n.lang;
    return stat.text[lang] ? lang : stat.text.id ? 'id' : Object.keys(stat.text)[0];
  }

  private icon(path: string) {
    return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
  }
}
