/**
 * The quiz's readable copy (rendered at build time, hosted-pages/prerender.ts): without a script nothing can be scored, so
 * it is a self-check. Each question opens (<details>, no script needed) to say which answer is the warning sign and
 * why, with its source; then what to do, and the hotlines for the reader's location. In its own module (its words are
 * the locales' `selfCheck` part) so that the drop-in scripts, which never render it, do not carry it.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Question } from '../../src/content/questions.js';
import { sourceNote } from '../../src/content/source.js';
import { pickText } from '../../src/content/types.js';
import { formatDate } from '../../src/i18n/format.js';
import { wordsOf, type Lang, type Locale } from '../../src/i18n/languages.js';
import { newTabNote } from '../../src/i18n/strings-shared.js';
import { format } from '../../src/i18n/strings.js';
import { displayUrl } from '../../src/safety/url.js';
import { checksFor } from './scoring.js';

const selfCheckWords = wordsOf('selfCheck');
const quizWords = wordsOf('riskQuiz');

export function renderSelfCheck(questions: readonly Question[], lang: Lang, card: { from: string; hotlines?: string; theme?: string }) {
  const own = (key: keyof Locale['selfCheck'], params?: Record<string, string | number>) => format(selfCheckWords[lang][key], params);
  const t = (key: keyof Locale['riskQuiz']) => quizWords[lang][key];
  return html`<p class="intro">${own('intro', { n: questions.length })}</p>
    <ol class="self-check">
      ${questions.map((q) => {
        const text = pickText(q.text, lang);
        const note = sourceNote(q.source, lang);
        return html`<li>
          <details>
            <summary>${text.question}</summary>
            <p class="flag-name">${own(q.risky === 'yes' ? 'riskyYes' : 'riskyNo')} <strong>${text.flag}</strong>${q.critical
              ? html` <span class="tag">${t('critical')}</span>`
              : nothing}</p>
            <p>${text.why}</p>
            <p class="source">${t('source')}: ${q.source.url ? html`<a href=${q.source.url} target="_blank" rel="noopener noreferrer">${q.source.name}${newTabNote(lang)}</a>` : q.source.name},
              ${formatDate(q.source.date, lang)}${note ? ` (${note})` : ''}</p>
          </details>
        </li>`;
      })}
    </ol>
    <p class="unknown">${own('unknownAnswer')}</p>
    <h3>${t('steps')}</h3>
    <ol class="steps">
      ${checksFor(questions, []).map(
        (q) => html`<li>${pickText(q.check!.label, lang)} <a href=${q.check!.url} target="_blank" rel="noopener noreferrer">${displayUrl(q.check!.url)}${newTabNote(lang)}</a></li>`,
      )}
      <li>${t('stepPassport')}</li>
      <li>${t('stepCall')}</li>
    </ol>
    <awas-hotline-card layout="compact" heading-level="4" from=${card.from} hotlines=${ifDefined(card.hotlines)} lang=${lang} theme=${card.theme ?? 'light'}></awas-hotline-card>`;
}
