import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { ContentController } from '../../src/content/content-controller.js';
import defaultStats from '../../src/content/packs/stats.json';
import { statsSpec, type Stat } from '../../src/content/stats.js';
import { MotionController, wrapIndex } from '../../src/controllers/motion.js';
import { sourceNote } from '../../src/content/source.js';
import { formatDate, formatMonthYear } from '../../src/i18n/format.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { newTabNote } from '../../src/i18n/strings-shared.js';
import { wordsOf } from '../../src/i18n/languages.js';
import { clampNumber } from '../../src/safety/number.js';
import { cleanText } from '../../src/safety/text.js';
import { safeUrl } from '../../src/safety/url.js';
import { DEFAULT_INTERVAL, DEFAULT_MODE, MAX_INTERVAL, MIN_INTERVAL, MODES, type Mode } from './defaults.js';
import { figureParts } from './format.js';
import { COUNT_MS, countValue, effectiveMode, MARQUEE_SECONDS_PER_FIGURE, parseMode } from './playback.js';
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

  private readonly i18n = new LocalizeController(this, wordsOf('statsTicker'));
  private readonly content = new ContentController<Stat>(this, { spec: statsSpec, defaults: defaultStats });
  /** Rotate and marquee; hover and focus on the figures (not on the controls) hold them. Steps only in rotate mode. */
  private readonly motion = new MotionController(this, {
    wanted: () => this.chosenMode !== 'static',
    count: () => this.shown.length,
    seconds: () => (this.currentMode === 'rotate' ? this.seconds : 0),
    index: () => this.index,
    step: (next) => (this.index = next),
  });

  /**
   * Which statistics to show, in this order: comma-separated ids, e.g. `kemlu-online-scam,ppatk-gambling-2024`.
   * Default: all. A wrong id is named in the console with the ids there are; the embed builder lists them too.
   */
  @property() stats?: string;

  /** `static` (default: a calm grid), `rotate` (one figure at a time) or `marquee` (a continuous row). */
  @property() mode: string = DEFAULT_MODE;

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
  /** Count-up progress, 0…1; 1 shows the final values. */
  @state() private progress = 1;

  private shown: Stat[] = [];
  private chosenMode: Mode = DEFAULT_MODE;
  private seconds = DEFAULT_INTERVAL;
  private frame?: number;
  private countStart?: number;
  private counted = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finishCount();
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('mode')) {
      const mode = parseMode(this.mode);
      this.chosenMode = mode ?? DEFAULT_MODE;
      if (!mode && this.mode) {
        this.reportProblem('bad-attribute', `mode="${cleanText(this.mode, 40)}" is not ${MODES.slice(0, -1).join(', ')} or ${MODES[MODES.length - 1]}; using ${DEFAULT_MODE}.`);
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
    this.shown = this.content.select(this.stats, { attribute: 'stats', fallback: 'showing every figure' }).shown;
    if (this.index >= this.shown.length) this.index = 0;
  }

  override updated(): void {
    // Marquee: duration grows with the number of figures; back to the start of the strip when it runs again.
    // (The rotation timer is the motion controller's.)
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    if (track) {
      track.style.setProperty('animation-duration', `${this.shown.length * MARQUEE_SECONDS_PER_FIGURE}s`);
      if (this.running) (track.parentElement as HTMLElement).scrollLeft = 0;
    }
    // Count-up: once, when on screen in a visible tab; leaving the screen or the tab jumps to the final values.
    const canCount = this.countUp && !this.motion.reduced && this.motion.seen;
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
    return this.motion.running;
  }

  /** Stop all motion until play() (the Pause button). */
  pause(): void {
    this.motion.pause();
  }

  /** Resume motion after pause() (the Play button). Hover, focus, offscreen and hidden tabs still stop it. */
  play(): void {
    this.motion.play();
  }

  /** Show the next figure (rotate mode). */
  next(): void {
    this.index = wrapIndex(this.index + 1, this.shown.length);
  }

  /** Show the previous figure (rotate mode). */
  previous(): void {
    this.index = wrapIndex(this.index - 1, this.shown.length);
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
    this.motion.toggle();
  }

  private handlePrevious(): void {
    this.motion.pause();
    this.previous();
  }

  private handleNext(): void {
    this.motion.pause();
    this.next();
  }

  override render() {
    const mode = this.currentMode;
    const rotate = mode === 'rotate';
    return html`
      <section class="root ${this.motion.paused ? 'user-paused' : ''}" part="base" lang=${this.i18n.lang} aria-label=${this.i18n.t('region')}>
        ${mode === 'static'
          ? html`<ul class="grid" role="list">${this.shown.map((s) => html`<li class="card" part="stat" lang=${this.textLang(s)}>${this.renderCard(s)}</li>`)}</ul>`
          : html`${this.renderControls(rotate)}
              <div
                class=${rotate ? 'slides' : 'viewport'}
                aria-live=${ifDefined(rotate ? (this.running ? 'off' : 'polite') : undefined)}
                @pointerenter=${this.motion.listener}
                @pointerleave=${this.motion.listener}
                @focusin=${this.motion.listener}
                @focusout=${this.motion.listener}
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
        ${this.icon(this.motion.paused ? PLAY_ICON : PAUSE_ICON)}${this.motion.paused ? t.t('play') : t.t('pause')}
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
