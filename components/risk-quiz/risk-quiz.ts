import { html, isServer, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { ContentController } from '../../src/content/content-controller.js';
import questionsPack from '../../src/content/packs/questions.json';
import { questionsSpec, type Question } from '../../src/content/questions.js';
import { idsOf } from '../../src/content/select.js';
import { sourceNote } from '../../src/content/source.js';
import { pickText } from '../../src/content/types.js';
import { ReadAloudController } from '../../src/controllers/read-aloud.js';
import { formatDate } from '../../src/i18n/format.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { wordsOf } from '../../src/i18n/languages.js';
import { newTabNote } from '../../src/i18n/strings-shared.js';
import { cleanText, MAX_LABEL } from '../../src/safety/text.js';
import { displayUrl, safeUrl } from '../../src/safety/url.js';
import { riskQuizStyles } from './risk-quiz.styles.js';
import { DEFAULT_FROM, DEFAULT_MODE, MODES as MODE_NAMES } from './defaults.js';
import { renderSelfCheck } from './self-check.js';
import { ANSWERS, checksFor, scoreQuiz, type Answer, type Flag, type QuizResult } from './scoring.js';

// Widened to a string list: it checks whatever the page wrote.
const MODES: readonly string[] = MODE_NAMES;

const icon = (d: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path fill="currentColor" d=${d} />`}</svg>`;
/** Band icons (a warning triangle, an exclamation circle, a check circle): the band never rests on colour alone. */
const ICONS = {
  tinggi: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
  waspada: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2zm0-4h-2V7h2z',
  // An "i" in a circle, not a check mark: no warning sign in the answers is not a promise that the offer is safe.
  rendah: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2zm0-8h-2V7h2z',
};

/**
 * @summary "Is this job offer safe?": plain questions about what the reader has seen or checked themselves, each
 * mapped to a documented red flag of trafficking and online-scam recruitment, scored on the device, with a clear
 * verdict, the flags that fired, why each matters and what to do next, and the hotlines for where the reader is.
 * "No warning sign found" is never worded as "safe". Answers stay in memory: nothing is stored or sent, and no
 * event carries them.
 *
 * @tag awas-risk-quiz
 *
 * @slot - Not shown once the quiz runs. Put a fallback for readers without JavaScript here (e.g. a link to
 *   siskop2mi.bp2mi.go.id), or an inline `<script type="application/json">{"questions": [...]}</script>` pack.
 *
 * @fires awas-quiz-start - `{questionCount}` when the reader gives the first answer of a run.
 * @fires awas-quiz-complete - `{band, flagCount, questionCount}` when the result is shown (`band`: `rendah`,
 *   `waspada` or `tinggi`). Never the answers.
 * @fires awas-error - `{code, message}` for unusable attributes or content (`bad-attribute`, `unknown-id`,
 *   `content-*`, `stale-content`).
 *
 * @csspart heading - The quiz title.
 * @csspart progress - "Pertanyaan 3 dari 12" (step mode).
 * @csspart question - The question heading.
 * @csspart answer - An answer button (Ya / Tidak / Tidak tahu).
 * @csspart result - The result panel.
 * @csspart privacy - The line saying answers are not saved or sent.
 *
 * @cssprop [--awas-risk-quiz-max-width=42rem] - Maximum width of the quiz.
 * @cssprop [--awas-risk-quiz-border-color=var(--awas-color-border)] - Border of the quiz box.
 */
export class AwasRiskQuiz extends AwasElement {
  static override styles = riskQuizStyles;

  private readonly i18n = new LocalizeController(this, wordsOf('riskQuiz'));
  private readonly content = new ContentController<Question>(this, { spec: questionsSpec, defaults: questionsPack });
  private readonly speech = new ReadAloudController(this);

  /** Which questions to ask, by id and in this order, e.g. `cek-siskop2mi,visa-kerja,paspor`. Default: all. */
  @property() questions?: string;

  /** `step` (default): one question at a time with progress and Back. `list`: all questions at once. */
  @property({ reflect: true }) mode: string = DEFAULT_MODE;

  /** Replaces the quiz title. */
  @property() heading?: string;

  /** Where the reader is (`id` default, `kh`, …): the result's hotline card shows the services reachable from there. */
  @property() from: string = DEFAULT_FROM;

  /** Hotlines of the card on the result screen, by id. Default: the card's own set for `from`. */
  @property() hotlines?: string;

  /** URL of a content pack (JSON) with your own questions. https or same origin. */
  @property({ attribute: 'content-src' }) contentSrc?: string;

  /** Subresource-Integrity hash of the content-src file (`sha384-…`), checked before use. */
  @property({ attribute: 'content-integrity' }) contentIntegrity?: string;

  @state() private step = 0;
  @state() private answers = new Map<string, Answer>();
  @state() private result?: QuizResult;
  @state() private missing = 0;

  /** The questions asked, after the `questions` selection. */
  private active: Question[] = [];
  private hotlineIds?: string;
  private started = false;
  private focusId?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    // A removed attribute is null: back to the default, silently.
    if (changed.has('mode') && this.mode == null) this.mode = DEFAULT_MODE;
    else if (changed.has('mode') && !MODES.includes(this.mode)) {
      this.reportProblem('bad-attribute', `mode="${cleanText(this.mode, 40)}" is not ${MODES.join(' or ')}; using ${DEFAULT_MODE}.`);
      this.mode = DEFAULT_MODE;
    }
    if (changed.has('hotlines')) {
      // Passed on to the result's hotline card, which judges unknown ids against its own content.
      const ids = idsOf(this.hotlines, 'hotlines', this);
      this.hotlineIds = ids.length ? ids.join(',') : undefined;
    }
    this.active = this.content.select(this.questions, { attribute: 'questions', fallback: 'asking all questions' }).shown;
    this.step = Math.min(this.step, Math.max(this.active.length - 1, 0));
  }

  override updated(): void {
    if (!this.focusId) return;
    (this.renderRoot.querySelector(`#${this.focusId}`) as HTMLElement | null)?.focus();
    this.focusId = undefined;
  }

  /** Clear every answer and start again from the first question. */
  restart(): void {
    this.speech.cancel();
    this.answers = new Map();
    this.result = undefined;
    this.step = this.missing = 0;
    this.started = false;
    this.focusId = this.active[0] && `q-${this.active[0].id}`;
  }

  private answer(id: string, value: Answer): void {
    if (!this.started) {
      this.started = true;
      this.emit('awas-quiz-start', { questionCount: this.active.length });
    }
    this.speech.cancel();
    this.answers = new Map(this.answers).set(id, value);
    if (this.mode === 'list') {
      if (this.missing) this.missing = this.countMissing();
    } else if (this.step < this.active.length - 1) {
      this.step++;
      this.focusId = `q-${this.active[this.step].id}`;
    } else this.finish();
  }

  private countMissing(): number {
    return this.active.filter((q) => !this.answers.has(q.id)).length;
  }

  private readonly handleBack = (): void => {
    this.speech.cancel();
    this.step = Math.max(this.step - 1, 0);
    this.focusId = `q-${this.active[this.step].id}`;
  };

  private readonly handleRestart = (): void => this.restart();

  private readonly finish = (): void => {
    this.missing = this.countMissing();
    const first = this.active.find((q) => !this.answers.has(q.id));
    if (first) {
      if (this.mode !== 'list') this.step = this.active.indexOf(first);
      this.focusId = `q-${first.id}`;
      return;
    }
    const result = scoreQuiz(this.active, this.answers);
    this.result = result;
    this.focusId = 'result';
    this.emit('awas-quiz-complete', { band: result.band, flagCount: result.flags.length, questionCount: this.active.length });
  };

  private toggleSpeech(key: string, text: string): void {
    if (this.speech.speaking === key) this.speech.cancel();
    else this.speech.speak(key, text, this.i18n.lang);
  }

  private renderListen(key: string, text: () => string) {
    if (!this.speech.voice(this.i18n.lang)) return nothing;
    const on = this.speech.speaking === key;
    return html`<button type="button" class="btn listen no-print" aria-pressed=${on ? 'true' : 'false'} @click=${() => this.toggleSpeech(key, text())}>
      <span aria-hidden="true">${on ? '■' : '▶'}</span> ${this.i18n.t(on ? 'stop' : 'listen')}
    </button>`;
  }

  private renderQuestion(q: Question, list: boolean) {
    const t = this.i18n;
    const { question } = pickText(q.text, t.lang);
    const chosen = this.answers.get(q.id);
    const id = `q-${q.id}`;
    return html`
      <h3 class="question" id=${id} tabindex="-1" part="question" aria-describedby=${list ? nothing : 'progress'}>${question}</h3>
      ${list && this.missing && !chosen ? html`<p class="unanswered">${t.t('unanswered')}</p>` : nothing}
      ${this.renderListen(id, () => `${question} ${ANSWERS.map((a) => t.t(a)).join(', ')}?`)}
      <div class="answers" role="group" aria-labelledby=${id}>
        ${ANSWERS.map(
          (a) => html`<button type="button" class="btn answer" part="answer" aria-pressed=${chosen === a ? 'true' : 'false'} @click=${() => this.answer(q.id, a)}>${t.t(a)}</button>`,
        )}
      </div>
    `;
  }

  private renderStep() {
    const q = this.active[this.step];
    const total = this.active.length;
    return html`
      <p class="progress" id="progress" part="progress">${this.i18n.t('progress', { n: this.step + 1, total })}</p>
      <div class="bar" aria-hidden="true">${this.active.map((_, i) => html`<span class=${i <= this.step ? 'done' : ''}></span>`)}</div>
      ${this.renderQuestion(q, false)}
      ${this.step > 0 ? html`<button type="button" class="btn back no-print" @click=${this.handleBack}><span aria-hidden="true">←</span> ${this.i18n.t('back')}</button>` : nothing}
    `;
  }

  private renderList() {
    return html`
      <ol class="list">
        ${this.active.map((q) => html`<li class=${this.missing && !this.answers.has(q.id) ? 'item missing' : 'item'}>${this.renderQuestion(q, true)}</li>`)}
      </ol>
      <button type="button" class="btn btn-primary submit" @click=${this.finish}>${this.i18n.t('submit')}</button>
      <p class="error" role="status">${this.missing ? this.i18n.t('missing', { n: this.missing }) : ''}</p>
    `;
  }

  private renderFlag(flag: Flag, question: Question) {
    const t = this.i18n;
    const text = pickText(question.text, t.lang);
    const { name, url, date } = question.source;
    const note = sourceNote(question.source, t.lang);
    return html`<li class=${flag.critical && !flag.unknown ? 'flag critical' : 'flag'}>
      <p class="flag-name">
        <strong>${text.flag}</strong>${flag.critical && !flag.unknown ? html` <span class="tag">${t.t('critical')}</span>` : nothing}
      </p>
      ${flag.unknown ? html`<p class="unknown">${t.t('unknownNote')}</p>` : nothing}
      <p>${text.why}</p>
      <p class="source">
        ${t.t('source')}: ${url
          ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${name}${newTabNote(t.lang)}</a>`
          : name}, ${formatDate(date, t.lang)}${note ? ` (${note})` : ''}
      </p>
    </li>`;
  }

  private renderResult(result: QuizResult) {
    const t = this.i18n;
    const lang = t.lang;
    const band = result.band;
    // Only "Tidak tahu" behind the band: say that the answers are missing, not that the offer is a scam.
    const onlyUnknown = result.flags.length > 0 && result.flags.every((f) => f.unknown);
    const summary = t.t(onlyUnknown ? 'sumUnknown' : band === 'tinggi' ? 'sumTinggi' : band === 'waspada' ? 'sumWaspada' : 'sumRendah');
    const byId = new Map(this.active.map((q) => [q.id, q] as [string, Question]));
    const flags = result.flags.filter((f) => byId.has(f.id));
    // "No warning sign" names exactly two checks to do anyway: the first place to check yourself, and a hotline.
    const checks = band === 'rendah' ? checksFor(this.active, flags).slice(0, 1) : checksFor(this.active, flags);
    const steps: { text: string; url?: string }[] = [
      ...checks.map((q) => ({ text: pickText(q.check!.label, lang), url: q.check!.url })),
      ...(band === 'rendah' ? [] : [{ text: t.t('stepPassport') }]),
      { text: t.t(band === 'rendah' ? 'stepAsk' : 'stepCall') },
    ];
    const page = location.href.split(/[?#]/)[0];
    const share = safeUrl(`https://wa.me/?text=${encodeURIComponent(`${t.t('shareText')} ${page}`)}`, ['https:']);
    const spoken = () =>
      [
        `${t.t(band)}.`,
        summary,
        ...flags.map((f) => `${pickText((byId.get(f.id) as Question).text, lang).flag}.`),
        `${t.t(band === 'rendah' ? 'stepsAnyway' : 'steps')}:`,
        // Each step as on screen, with the address it points to; one full stop, whatever the text ends with.
        ...steps.map((step) => `${[step.text, step.url ? displayUrl(step.url) : ''].filter(Boolean).join(' ').replace(/[.:]$/, '')}.`),
      ].join(' ');
    return html`<div class="result band-${band}" part="result">
      <div class="verdict">
        <h3 id="result" tabindex="-1" aria-describedby="summary">${icon(ICONS[band])}<span
            ><span class="label">${t.t('result')}:</span>${
              // The space inside the band's own text: a space alone between two spans is dropped from the name ("Hasil:Risiko").
              ` ${t.t(band)}`
            }</span
          ></h3>
        <p id="summary">${summary}</p>
      </div>
      ${this.renderListen('result', spoken)}
      ${flags.length
        ? html`<h4>${t.t('flags', { n: flags.length })}</h4>
            <ul class="flags">
              ${flags.map((f) => this.renderFlag(f, byId.get(f.id) as Question))}
            </ul>`
        : nothing}
      <h4>${t.t(band === 'rendah' ? 'stepsAnyway' : 'steps')}</h4>
      <ol class="steps">
        ${steps.map(
          (step) =>
            html`<li>${step.text}${step.url
              ? html` <a href=${step.url} target="_blank" rel="noopener noreferrer">${displayUrl(step.url)}${newTabNote(t.lang)}</a>`
              : nothing}</li>`,
        )}
      </ol>
      <awas-hotline-card layout="compact" heading-level="4" from=${this.from} hotlines=${ifDefined(this.hotlineIds)} lang=${lang} theme=${this.theme ?? 'light'}></awas-hotline-card>
      <div class="actions no-print">
        <button type="button" class="btn" @click=${this.handleRestart}>${t.t('restart')}</button>
        ${share ? html`<a class="btn btn-primary" href=${share} target="_blank" rel="noopener noreferrer">${t.t('share')}${newTabNote(t.lang)}</a>` : nothing}
      </div>
    </div>`;
  }

  /**
   * Under the first question, one closed disclosure with every question at once. Built at build time (the readable
   * copy, no script) it holds the self-check: each question with its warning sign, why, and what to do. In the
   * browser it offers the list mode. Closed, both are the same one line, so the copy and the widget are the same
   * height and nothing moves when the script upgrades the copy.
   */
  private renderAllAtOnce(q: number) {
    const t = this.i18n;
    return html`<details class="all-at-once">
      <summary>${t.t('allAtOnce', { n: q })}</summary>
      ${isServer
        ? renderSelfCheck(this.active, t.lang, { from: this.from, hotlines: this.hotlineIds, theme: this.theme })
        : html`<p><button type="button" class="btn" @click=${this.showList}>${t.t('showList')}</button></p>`}
    </details>`;
  }

  private readonly showList = (): void => {
    this.mode = 'list';
  };

  override render() {
    const t = this.i18n;
    const q = this.active.length;
    const firstScreen = !this.result && q > 0 && this.mode !== 'list' && this.step === 0;
    return html`<section class="root" lang=${t.lang} aria-labelledby="title">
      <h2 id="title" part="heading">${cleanText(this.heading, MAX_LABEL) || t.t('heading')}</h2>
      ${this.result
        ? this.renderResult(this.result)
        : q
          ? html`${this.mode === 'list' || this.step === 0 ? html`<p class="intro">${t.t('intro', { n: q })}</p>` : nothing}
            ${this.mode === 'list' ? this.renderList() : this.renderStep()}`
          : nothing}
      ${firstScreen ? this.renderAllAtOnce(q) : nothing}
      <p class="privacy" part="privacy">${t.t('privacy')}</p>
    </section>`;
  }
}
