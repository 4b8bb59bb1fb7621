import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { ContentController } from '../../src/content/content-controller.js';
import { examplesSpec, type Example, type ExampleTexts } from '../../src/content/examples.js';
import defaultExamples from '../../src/content/packs/examples.json';
import { pickText, type Source } from '../../src/content/types.js';
import { MotionController, wrapIndex } from '../../src/controllers/motion.js';
import { sourceNote } from '../../src/content/source.js';
import { formatMonthYear } from '../../src/i18n/format.js';
import type { Lang } from '../../src/i18n/lang.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { wordsOf } from '../../src/i18n/languages.js';
import { clampNumber } from '../../src/safety/number.js';
import { cleanText } from '../../src/safety/text.js';
import { safeUrl } from '../../src/safety/url.js';
import { indexForKey } from './carousel-index.js';
import { DEFAULT_INTERVAL, DEFAULT_REVEAL, MAX_INTERVAL, MIN_INTERVAL, REVEALS } from './defaults.js';
import { phraseOf, type Segment } from '../../src/content/phrase-markup.js';
import { scamCarouselStyles } from './scam-carousel.styles.js';

/** Share of a slide that must be on screen for a swipe to make it the current one. */
const SNAP_RATIO = 0.6;

type Cause = 'user' | 'swipe' | 'auto';

/** "Mbak Rina (nama fiktif)" → "MR": the avatar of the mock-up. */
function initials(name: string): string {
  return name
    .replace(/\(.*/, '')
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * @summary Realistic, anonymised recruitment-scam examples (a Facebook post, a WhatsApp chat, a job-site ad),
 * each clearly labelled as a scam example, whose red-flag phrases the reader can reveal with numbered,
 * sourced explanations. A WAI-ARIA APG carousel: previous/next buttons, a slide picker, arrow keys, swipe.
 *
 * @tag awas-scam-carousel
 *
 * @slot - Not shown once the script runs: put a plain-HTML fallback here for readers without JavaScript.
 *   Content packs can also be given as a child `<script type="application/json">{"examples": [...]}</script>`.
 *
 * @fires awas-slide-change - `{index, exampleId}` whenever another example is shown (by the reader or by rotation).
 * @fires awas-flags-reveal - `{exampleId}` when the reader reveals the red flags of an example.
 * @fires awas-error - `{code, message}` for unusable attributes (`bad-attribute`), unknown ids (`unknown-id`),
 *   invalid or unreachable content (`content-*`) and content past its review date (`stale-content`).
 *
 * @csspart controls - The row with the rotation control, previous/next buttons and slide picker.
 * @csspart slide - One example (a group with `aria-roledescription="slide"`).
 * @csspart mock - The drawn mock-up (post, chat or ad).
 * @csspart flags - The numbered list of red-flag explanations.
 *
 * @cssprop [--awas-scam-carousel-mark=var(--awas-color-warn-bg)] - Highlight behind a revealed red-flag phrase.
 * @cssprop [--awas-scam-carousel-max-width=40rem] - Widest the carousel grows.
 */
export class AwasScamCarousel extends AwasElement {
  static override styles = scamCarouselStyles;

  private readonly i18n = new LocalizeController(this, wordsOf('scamCarousel'));
  private readonly content = new ContentController<Example>(this, { spec: examplesSpec, defaults: defaultExamples });
  /** Autoplay: keyboard focus stops it for good (APG), except a click's focus on the rotation control. */
  private readonly motion = new MotionController(this, {
    wanted: () => this.autoplay,
    count: () => this.slides.length,
    seconds: () => this.seconds,
    index: () => this.active,
    step: (next) => this.show(next, 'auto'),
    focus: 'stop',
    toggle: '.rotate',
  });

  /** Which examples to show, in order: comma-separated ids (`cs-kamboja, visa-turis`). Default: all of them. */
  @property() examples?: string;

  /**
   * Rotate through the examples automatically (off by default). A rotation control comes first; rotation
   * waits while a pointer rests on the carousel, stops for good on keyboard focus or when the reader moves
   * slides, never runs under `prefers-reduced-motion`, in a hidden tab or while the carousel is off screen.
   */
  @property({ type: Boolean }) autoplay = false;

  /** Seconds each example stays while rotating: at least 5, default 10. */
  @property({ type: Number }) interval?: number;

  /** `tap` (default): a "Tunjukkan tanda bahaya" button reveals the red flags. `always`: shown from the start. */
  @property() reveal: string = DEFAULT_REVEAL;

  /** URL of a content pack (`{"examples": [...]}`), https or same site. Replaces the built-in examples. */
  @property({ attribute: 'content-src' }) contentSrc?: string;

  /** Optional Subresource-Integrity hash of `content-src` (`sha384-…`). */
  @property({ attribute: 'content-integrity' }) contentIntegrity?: string;

  @state() private active = 0;
  @state() private revealed: readonly string[] = [];
  @state() private announcement = '';
  /**
   * The red-flag explanations are built only when shown (about half the carousel's DOM otherwise): on reveal,
   * with reveal="always", and for printing, where every slide prints with its flags.
   */
  @state() private printing = false;
  private printQuery?: MediaQueryList;

  private slides: Example[] = [];
  private seconds = DEFAULT_INTERVAL;
  private observer?: IntersectionObserver;
  private observed?: Example[];
  /** The reader is scrolling the track (touch, pen, mouse wheel): its position decides the slide. */
  private gesture = false;
  /** A programmatic scroll is under way towards this slide: intermediate slides are not adopted. */
  private scrollTarget?: number;
  private needsScroll = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.handlePrint);
    this.printQuery = window.matchMedia?.('print');
    this.printQuery?.addEventListener?.('change', this.handlePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.handlePrint);
    this.printQuery?.removeEventListener?.('change', this.handlePrint);
    this.observer?.disconnect();
    this.observer = this.observed = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('interval')) {
      const { value, corrected } = clampNumber(this.interval, { min: MIN_INTERVAL, max: MAX_INTERVAL, fallback: DEFAULT_INTERVAL });
      this.seconds = value;
      if (corrected) {
        this.reportProblem('bad-attribute', `interval="${cleanText(this.getAttribute('interval') ?? String(this.interval), 40)}" must be a number of seconds from ${MIN_INTERVAL} to ${MAX_INTERVAL}; using ${value}.`);
      }
    }
    if (changed.has('reveal') && !(REVEALS as readonly string[]).includes(this.reveal)) {
      this.reportProblem('bad-attribute', `reveal="${cleanText(this.reveal, 40)}" is not "${REVEALS.join('" or "')}"; using "${DEFAULT_REVEAL}".`);
      this.reveal = DEFAULT_REVEAL;
    }
    // Turning autoplay on starts it, even after the reader stopped an earlier rotation.
    if (changed.has('autoplay') && this.autoplay) this.motion.play();
    this.slides = this.content.select(this.examples, { attribute: 'examples', fallback: 'showing every example' }).shown;
    if (this.active >= this.slides.length) this.active = 0;
  }

  override updated(): void {
    if (this.observed !== this.slides) this.observeSlides();
    if (this.needsScroll) {
      this.needsScroll = false;
      this.scrollToActive(!this.motion.reduced);
    }
  }

  /** Index (0-based) of the example on screen. */
  get index(): number {
    return this.active;
  }

  /** Show the next example (after the last comes the first). Stops rotation. */
  next(): void {
    this.show(this.active + 1, 'user');
  }

  /** Show the previous example (before the first comes the last). Stops rotation. */
  previous(): void {
    this.show(this.active - 1, 'user');
  }

  /** Show the example at `index` (0-based; wraps around). Stops rotation. */
  goTo(index: number): void {
    this.show(Math.trunc(index) || 0, 'user');
  }

  private show(target: number, cause: Cause): void {
    const count = this.slides.length;
    if (count < 2) return;
    if (cause !== 'auto') this.motion.pause();
    const index = wrapIndex(target, count);
    if (index === this.active) return;
    if (cause !== 'swipe') {
      this.gesture = false;
      this.needsScroll = true;
    }
    this.active = index;
    const example = this.slides[index];
    this.announcement = `${this.i18n.t('slideOf', { n: index + 1, total: count })}: ${pickText(example.text, this.i18n.lang).title}`;
    this.emit('awas-slide-change', { index, exampleId: example.id });
  }

  private get track(): HTMLElement | null {
    return this.renderRoot.querySelector('.track');
  }

  private scrollToActive(smooth: boolean): void {
    const track = this.track;
    const slide = track?.children[this.active] as HTMLElement | undefined;
    // Not laid out (display: none): nothing to scroll now; the observer realigns once it is shown.
    if (!track || !slide || !track.clientWidth || Math.abs(track.scrollLeft - slide.offsetLeft) < 2) return;
    this.scrollTarget = this.active;
    track.scrollTo({ left: slide.offsetLeft, behavior: smooth ? 'smooth' : 'auto' });
  }

  /** Keep the current slide and the scroll position in sync without reading layout on every scroll. */
  private observeSlides(): void {
    this.observed = this.slides;
    this.observer?.disconnect();
    const track = this.track;
    if (!track || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(this.handleIntersect, { root: track, threshold: SNAP_RATIO });
    for (const slide of Array.from(track.children)) this.observer.observe(slide);
  }

  private readonly handleIntersect = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      if (!entry.isIntersecting || entry.intersectionRatio < SNAP_RATIO) continue;
      const index = Number((entry.target as HTMLElement).dataset.index);
      if (this.scrollTarget !== undefined) {
        if (index === this.scrollTarget) this.scrollTarget = undefined;
      } else if (index !== this.active) {
        if (this.gesture) this.show(index, 'swipe');
        else this.scrollToActive(false); // a layout change moved the track: put the current slide back
      }
    }
  };

  private readonly handleGesture = (): void => {
    this.gesture = true;
    this.scrollTarget = undefined;
  };

  private readonly handleKeydown = async (event: KeyboardEvent): Promise<void> => {
    const target = indexForKey(event.key, this.active, this.slides.length);
    if (target === null || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const from = event.composedPath()[0] as Element;
    this.show(target, 'user');
    await this.updateComplete;
    // Focus follows the slide, so it never stays on a slide that is now inert.
    if (from.closest('.picker')) this.renderRoot.querySelector<HTMLElement>('.picker [tabindex="0"]')?.focus();
    else if (from.closest('.track')) (this.track?.children[this.active] as HTMLElement | undefined)?.focus({ preventScroll: true });
  };

  /** Before the print layout: render every slide's flags now (synchronously, so the printout has them). */
  private readonly handlePrint = (event: Event): void => {
    if (this.printing || (event.type === 'change' && !(event as MediaQueryListEvent).matches)) return;
    this.printing = true;
    this.performUpdate();
  };

  private handleRotation(): void {
    this.motion.toggle();
  }

  private toggleFlags(id: string): void {
    const open = this.revealed.includes(id);
    this.revealed = open ? this.revealed.filter((r) => r !== id) : [...this.revealed, id];
    if (!open) this.emit('awas-flags-reveal', { exampleId: id });
  }

  override render() {
    const lang = this.i18n.lang;
    const count = this.slides.length;
    return html`<section
      class="root"
      lang=${lang}
      aria-roledescription="carousel"
      aria-label=${this.i18n.t('label')}
      @keydown=${this.handleKeydown}
      @focusin=${this.motion.listener}
      @pointerenter=${this.motion.listener}
      @pointerleave=${this.motion.listener}
    >
      ${count > 1 ? this.renderControls(count) : nothing}
      <div class="track" @pointerdown=${this.handleGesture} @wheel=${{ handleEvent: this.handleGesture, passive: true }}>
        ${this.slides.map((example, i) => this.renderSlide(example, i, count, lang))}
      </div>
      <p class="visually-hidden" aria-live=${this.motion.running ? 'off' : 'polite'} aria-atomic="true">${this.announcement}</p>
    </section>`;
  }

  private renderControls(count: number) {
    const t = this.i18n;
    const rotation = this.motion.allowed;
    const playing = !this.motion.paused;
    return html`<div class="controls no-print" part="controls">
      ${rotation
        ? html`<button class="btn rotate" type="button" @click=${this.handleRotation}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path fill="currentColor" d=${playing ? 'M6 5h4v14H6zm8 0h4v14h-4z' : 'M7 4.5v15L19.5 12z'} />
            </svg>
            ${playing ? t.t('stop') : t.t('start')}
          </button>`
        : nothing}
      <button class="btn step" type="button" aria-label=${t.t('previous')} @click=${this.previous}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z" /></svg>
      </button>
      <button class="btn step" type="button" aria-label=${t.t('next')} @click=${this.next}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z" /></svg>
      </button>
      <div class="picker" role="group" aria-label=${t.t('picker')}>
        ${this.slides.map(
          (_, i) => html`<button
            class="dot"
            type="button"
            aria-label=${t.t('slideOf', { n: i + 1, total: count })}
            aria-current=${i === this.active ? 'true' : 'false'}
            tabindex=${i === this.active ? 0 : -1}
            @click=${() => this.show(i, 'user')}
          >
            ${i + 1}
          </button>`,
        )}
      </div>
    </div>`;
  }

  private renderSlide(example: Example, i: number, count: number, lang: Lang) {
    const t = this.i18n;
    const text = pickText(example.text, lang);
    const textLang = example.text[lang] ? lang : Object.keys(example.text).find((l) => example.text[l] === text);
    const always = this.reveal === 'always';
    const open = always || this.revealed.includes(example.id);
    const order = example.flags.map((f) => f.id);
    const segments = text.lines.map((l) => l.segments);
    const hint = html`<p class="hint">${t.t('hint', { n: order.length })}</p>`;
    return html`<div
      class="slide"
      part="slide"
      role="group"
      aria-roledescription="slide"
      aria-label=${`${t.t('slideOf', { n: i + 1, total: count })}: ${text.title}`}
      data-index=${i}
      tabindex="-1"
      .inert=${i !== this.active}
    >
      <p class="title" lang=${textLang ?? lang}>${text.title}</p>
      <div class="mock ${example.kind}" part="mock" lang=${textLang ?? lang}>
        <p class="badge">${t.t('badge')}</p>
        <div class="head">
          <span class="avatar" aria-hidden="true">${initials(text.sender)}</span>
          <p><b>${text.sender}</b>${text.meta ? html`<br /><small>${text.meta}</small>` : nothing}</p>
        </div>
        ${this.renderBody(example, text, order, open)}
        ${example.image ? html`<img src=${example.image.src} alt=${pickText(example.image.alt, lang)} loading="lazy" decoding="async" />` : nothing}
        ${example.kind === 'chat' ? nothing : html`<p class="fake" aria-hidden="true">${example.kind === 'ad' ? t.t('apply') : t.t('post')}</p>`}
      </div>
      ${isServer && !always
        ? // The build-time readable copy: the red flags open without a script. The same hint as the widget's, so the
          // copy and the widget are the same height.
          html`<div class="reveal">
            ${hint}
            <details><summary class="btn btn-primary">${t.t('show')}</summary>${this.renderFlags(example, i, true, segments, textLang ?? lang)}</details>
          </div>`
        : nothing}
      ${always || isServer
        ? nothing
        : html`<div class="reveal no-print">
            ${open ? nothing : hint}
            <button class="btn btn-primary" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="flags-${i}" @click=${() => this.toggleFlags(example.id)}>
              ${open ? t.t('hide') : t.t('show')}
            </button>
          </div>`}
      ${isServer && !always ? nothing : this.renderFlags(example, i, open, segments, textLang ?? lang)}
      <p class="pattern">${t.t('pattern')} ${this.renderSource(example.source, lang)}.</p>
    </div>`;
  }

  private renderFlags(example: Example, i: number, open: boolean, segments: Segment[][], textLang: string) {
    const t = this.i18n;
    const lang = t.lang;
    const text = pickText(example.text, lang);
    return html`<ol class="flags" part="flags" id="flags-${i}" ?hidden=${!open}>
      ${!open && !this.printing
        ? nothing
        : example.flags.map(
            (flag, k) => html`<li>
              <span class="num" aria-hidden="true">${k + 1}</span>
              <p>
                <span class="visually-hidden">${t.t('flagN', { n: k + 1 })}</span>
                <q lang=${textLang}>${phraseOf(segments, flag.id)}</q>
                <span lang=${textLang}>${text.flags[flag.id]}</span>
                <small>${t.t('source')} ${this.renderSource(flag.source, lang)}</small>
              </p>
            </li>`,
          )}
    </ol>`;
  }

  private renderBody(example: Example, text: ExampleTexts, order: string[], open: boolean) {
    const lines = text.lines.map((l) => this.renderSegments(l.segments, order, open));
    if (example.kind === 'chat') {
      return html`<ol class="bubbles">
        ${text.lines.map(
          (l, k) => html`<li class=${l.me ? 'me' : 'them'}><span class="visually-hidden">${l.me ? this.i18n.t('you') : `${text.sender}:`}</span> ${lines[k]}</li>`,
        )}
      </ol>`;
    }
    if (example.kind === 'ad') {
      return html`<p class="job">${lines[0]}</p>
        <ul>
          ${lines.slice(1).map((l) => html`<li>${l}</li>`)}
        </ul>`;
    }
    return lines.map((l) => html`<p>${l}</p>`);
  }

  /** Flagged phrases are plain text until revealed (a hidden <mark> would be announced and give the answer away). */
  private renderSegments(segments: Segment[], order: string[], open: boolean): (string | TemplateResult)[] {
    return segments.map((s) => {
      if (!s.flag || !open) return s.text;
      const n = order.indexOf(s.flag) + 1;
      return html`<mark><span class="visually-hidden">${this.i18n.t('flagN', { n })} </span>${s.text}\u2060<sup aria-hidden="true">${n}</sup></mark>`;
    });
  }

  private renderSource(source: Source | undefined, lang: Lang) {
    if (!source) return nothing;
    const href = safeUrl(source.url, ['https:', 'http:']);
    const name = href ? html`<a href=${href} rel="noreferrer">${source.name}</a>` : source.name;
    // Month and year only: some reports are dated to the month.
    const note = sourceNote(source, lang);
    return html`${name}, ${formatMonthYear(source.date, lang)}${note ? ` (${note})` : ''}`;
  }
}
