/**
 * The no-JavaScript content of the embed pages, rendered at build time (in Node) as plain, semantic HTML.
 *
 * TinyMCE 7+ and Joomla 5 give pasted iframes sandbox="" (no scripts), so this is what many readers see. It is built
 * from the same default packs, through the same collection specs and safety/ normalisers as the widgets, and follows
 * the widgets' own logic (which hotlines for which location, how a number is displayed and dialled), so the page says
 * the same before and after it upgrades. Every text goes through escapeHtml(); every href through safeUrl().
 *
 * Links that call, message or leave the frame carry target="_blank": it is the one target that works both in plain
 * frames and in frames sandboxed with allow-popups (target="_top" is blocked there). See docs/embed-iframe.md.
 */
import { selectHotlines, type HotlineEntry } from '../components/hotline-card/reach.js';
import { phraseOf } from '../components/scam-carousel/phrase-markup.js';
import { checksFor } from '../components/risk-quiz/scoring.js';
import { figureParts } from '../components/stats-ticker/format.js';
import { readCollection, type CollectionSpec, type ContentProblem } from '../src/content/collection.js';
import { examplesSpec, type Example, type ExampleTexts } from '../src/content/examples.js';
import { hotlinesSpec, type Hotline, type HotlineChannel } from '../src/content/hotlines.js';
import examplesPack from '../src/content/packs/examples.json';
import hotlinesPack from '../src/content/packs/hotlines.json';
import questionsPack from '../src/content/packs/questions.json';
import statsPack from '../src/content/packs/stats.json';
import { questionsSpec, type Question } from '../src/content/questions.js';
import { sourceNote } from '../src/content/source.js';
import { statsSpec, type Stat } from '../src/content/stats.js';
import { pickText, type ContentItem, type Source } from '../src/content/types.js';
import { formatDate, formatMonthYear } from '../src/i18n/format.js';
import type { Lang } from '../src/i18n/lang.js';
import { hotlineStrings } from '../src/i18n/strings-hotline-card.js';
import { riskQuizStrings } from '../src/i18n/strings-risk-quiz.js';
import { scamCarouselStrings } from '../src/i18n/strings-scam-carousel.js';
import { statsTickerStrings } from '../src/i18n/strings-stats-ticker.js';
import { format, type StringTable } from '../src/i18n/strings.js';
import { spokenNumber } from '../src/safety/phone.js';
import { displayUrl, safeUrl } from '../src/safety/url.js';
import type { EmbedPage } from './pages.js';
import { EMBED_LINK_TARGET } from './rules.js';
import { embedStrings } from './strings.js';


const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escape text for HTML element content and double-quoted attribute values alike (every attribute here uses ""). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** A string table reader for one language, like LocalizeController.t(). */
function translator<K extends string>(table: StringTable<K>, lang: Lang) {
  return (key: K, params?: Record<string, string | number>) => escapeHtml(format(table[lang][key], params));
}

/** The items of a default pack. A problem in the built-in content is a bug: the build stops. */
export function defaultItems<Item extends ContentItem>(spec: CollectionSpec<Item>, pack: unknown): Item[] {
  const problems: ContentProblem[] = [];
  const layer = readCollection(spec, pack, 'built-in content', problems);
  if (problems.length || !layer.items?.length) {
    throw new Error(`embed: the built-in ${spec.key} have problems: ${problems.map((p) => p.message).join(' ') || 'none usable'}`);
  }
  return layer.items;
}

/** Items whose reviewBy date has passed (the build prints them; the pages still show them, as the widgets do). */
export function staleItems(today = new Date()): string[] {
  const all: ContentItem[] = [
    ...defaultItems(hotlinesSpec, hotlinesPack),
    ...defaultItems(questionsSpec, questionsPack),
    ...defaultItems(examplesSpec, examplesPack),
    ...defaultItems(statsSpec, statsPack),
  ];
  const iso = today.toISOString().slice(0, 10);
  return all.filter((item) => item.reviewBy && item.reviewBy < iso).map((item) => `${item.id} (reviewBy ${item.reviewBy})`);
}

/** An <a> that leaves the frame. `newTabNote`: say so to screen readers (for web pages, not for a phone call). */
function outLink(href: string, content: string, options: { className?: string; describedBy?: string; newTabNote?: string } = {}): string {
  const cls = options.className ? ` class="${options.className}"` : '';
  const described = options.describedBy ? ` aria-describedby="${options.describedBy}"` : '';
  const note = options.newTabNote ? `<span class="visually-hidden"> ${options.newTabNote}</span>` : '';
  return `<a${cls} href="${escapeHtml(href)}" target="${EMBED_LINK_TARGET}" rel="noopener noreferrer"${described}>${content}${note}</a>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Hotline card

/** The number as this reader should dial it: national form at home, international form abroad (as the widget). */
export function displayNumber(channel: HotlineChannel, location: string): string {
  const phone = channel.phone!;
  const home = !phone.country || phone.country === location;
  if (home && !channel.international) return channel.display ?? phone.national;
  return phone.international;
}

/** The link of a channel, exactly as the widget builds it. */
export function channelHref(hotline: Hotline, channel: HotlineChannel, lang: Lang): string | null {
  const phone = channel.phone;
  switch (channel.type) {
    case 'phone':
      return safeUrl(`tel:${phone!.dial}`, ['tel:']);
    case 'sms':
      return safeUrl(`sms:${phone!.dial}`, ['sms:']);
    case 'whatsapp': {
      const message = pickText(hotline.text, lang).whatsappMessage;
      return safeUrl(`https://wa.me/${phone!.whatsapp}${message ? `?text=${encodeURIComponent(message)}` : ''}`, ['https:']);
    }
    default:
      return channel.url ?? null;
  }
}

function languageNames(codes: string[], lang: Lang): string {
  return codes
    .map((code) => {
      try {
        return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code.toUpperCase();
      } catch {
        return code.toUpperCase();
      }
    })
    .join(', ');
}

/** The hotlines shown by default to a reader in `from`, as the widget selects them. */
export function hotlineEntries(from: string, pack: unknown = hotlinesPack): HotlineEntry[] {
  return selectHotlines(defaultItems(hotlinesSpec, pack), from, []).entries;
}

function sourceLink(source: Source, text: string, newTab: string, lang: Lang): string {
  const href = safeUrl(source.url, ['https:', 'http:']);
  const note = sourceNote(source, lang);
  return (href ? outLink(href, text, { newTabNote: newTab }) : `<span>${text}</span>`) + (note ? ` (${escapeHtml(note)})` : '');
}

export function renderHotlineCard(lang: Lang, from: string, pack: unknown = hotlinesPack): string {
  const t = translator(hotlineStrings, lang);
  const location = /^[a-z]{2}$/.test(from) ? from : 'id';
  const entries = hotlineEntries(location, pack).map((entry) => {
    const { hotline, channels } = entry;
    const texts = pickText(hotline.text, lang);
    const shortName = texts.name.split(' (')[0];
    const items = channels.map((channel) => {
      const href = channelHref(hotline, channel, lang);
      if (!href) return '';
      const label = channel.label ? pickText(channel.label, lang) : undefined;
      const value = channel.phone ? displayNumber(channel, location) : displayUrl(href);
      const kind = label ?? hotlineStrings[lang][channel.type];
      const extras = [channel.free ? hotlineStrings[lang].freeSpoken : '', channel.hours24 ? hotlineStrings[lang].hours24 : ''].filter(Boolean);
      const id = `d-${hotline.id}-${hotline.channels.indexOf(channel)}`;
      const description = [channel.phone ? spokenNumber(value) : '', ...extras].filter(Boolean).join(', ');
      const hidden = label ? `${hotlineStrings[lang][channel.type]} ${shortName}` : shortName;
      const content =
        `<span class="visually-hidden">${escapeHtml(hidden)}, </span>` +
        `<span class="kind">${escapeHtml(kind)}</span> <span class="value">${escapeHtml(value)}</span>`;
      const newTab = channel.type === 'web' ? t('opensNewTab') : undefined;
      return (
        `<li class="channel">${outLink(href, content, { className: `action ${channel.type}`, describedBy: description ? id : undefined, newTabNote: newTab })}` +
        (description ? `<span id="${id}" hidden>${escapeHtml(description)}</span>` : '') +
        (channel.free ? ` <span class="badge">${t('free')}</span>` : '') +
        (channel.hours24 ? ` <span class="badge">${t('hours24')}</span>` : '') +
        (channel.languages.length ? ` <span class="langs">${t('languages', { list: languageNames(channel.languages, lang) })}</span>` : '') +
        (channel.call ? ` <span class="called">${escapeHtml(t('called', { date: formatDate(channel.call.on, lang), by: channel.call.by }))}</span>` : '') +
        `</li>`
      );
    });
    const sources = [hotline.source, ...channels.map((c) => c.source)].filter((s): s is Source => Boolean(s));
    const meta = [
      hotline.checkedOn ? `<span>${t('checked', { date: formatDate(hotline.checkedOn, lang) })}</span>` : '',
      ...sources.map((s) => sourceLink(s, t('source', { name: s.name, date: formatDate(s.date, lang) }), t('opensNewTab'), lang)),
    ].filter(Boolean);
    return (
      `<li class="entry"><h2 class="name">${escapeHtml(texts.name)}</h2>` +
      (texts.description ? `<p class="description">${escapeHtml(texts.description)}</p>` : '') +
      `<ul class="channels" role="list">${items.join('')}</ul>` +
      `<p class="meta">${meta.join(' ')}</p></li>`
    );
  });
  const e = translator(embedStrings, lang);
  return (
    `<section class="card hotline" aria-labelledby="awas-title"><h1 id="awas-title" class="heading">${t('heading')}</h1>` +
    `<p class="intro">${location === 'id' ? t('intro') : t('introAbroad')}</p>` +
    `<ul class="entries" role="list">${entries.join('')}</ul>` +
    `<p class="note">${e('cannotTap')}</p></section>`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Risk quiz: without scripts nothing can be scored, so the questions become a self-check. Each opens (<details>,
// no script needed) to show which answer is the warning sign, why, and its source; then what to do.

/** The KP2MI call-centre channel of the default hotlines (toll-free, the quiz's "call" step). */
export function kp2miCallCentre(pack: unknown = hotlinesPack): { href: string; display: string } {
  const kp2mi = defaultItems(hotlinesSpec, pack).find((h) => h.id === 'kp2mi');
  const channel = kp2mi?.channels.find((c) => c.type === 'phone' && c.phone?.kind === 'toll-free');
  const href = channel?.phone && safeUrl(`tel:${channel.phone.dial}`, ['tel:']);
  if (!channel?.phone || !href) throw new Error('embed: the default hotlines have no KP2MI toll-free number');
  return { href, display: channel.phone.national };
}

export function renderRiskQuiz(lang: Lang, pack: unknown = questionsPack): string {
  const t = translator(riskQuizStrings, lang);
  const e = translator(embedStrings, lang);
  const questions: Question[] = defaultItems(questionsSpec, pack);
  const items = questions.map((q) => {
    const text = pickText(q.text, lang);
    const href = safeUrl(q.source.url, ['https:', 'http:']);
    const sourceName = escapeHtml(q.source.name);
    return (
      `<li class="question"><details><summary>${escapeHtml(text.question)}</summary>` +
      `<p class="flag">${q.risky === 'yes' ? e('riskyYes') : e('riskyNo')} <strong>${escapeHtml(text.flag)}</strong>` +
      (q.critical ? ` <span class="tag">${t('critical')}</span>` : '') +
      `</p><p>${escapeHtml(text.why)}</p>` +
      `<p class="source">${t('source')}: ${href ? outLink(href, sourceName) : sourceName}, ${escapeHtml(formatDate(q.source.date, lang))}` +
      (sourceNote(q.source, lang) ? ` (${escapeHtml(sourceNote(q.source, lang))})` : '') +
      `</p>` +
      `</details></li>`
    );
  });
  const call = kp2miCallCentre();
  return (
    `<section class="card quiz" aria-labelledby="awas-title"><h1 id="awas-title" class="heading">${t('heading')}</h1>` +
    `<p class="intro">${e('quizIntro', { n: questions.length })}</p>` +
    `<ol class="questions">${items.join('')}</ol>` +
    `<p class="unknown">${e('unknownAnswer')}</p>` +
    `<h2 class="steps-heading">${t('steps')}</h2><ol class="steps">` +
    checksFor(questions, [])
      .map((q) => `<li>${escapeHtml(pickText(q.check!.label, lang))} ${outLink(q.check!.url, escapeHtml(displayUrl(q.check!.url)))}</li>`)
      .join('') +
    `<li>${t('stepPassport')}</li>` +
    `<li>${e('stepCallKp2mi')} ${outLink(call.href, escapeHtml(call.display), { className: 'tel' })}</li>` +
    `</ol><p class="note">${e('cannotTap')}</p></section>`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Scam carousel: without scripts the examples sit side by side in a row that scrolls with a swipe (CSS scroll
// snapping), and each example's red flags open with <details>, like the widget's "Tunjukkan tanda bahaya".

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

function lineText(text: ExampleTexts, index: number): string {
  return escapeHtml(text.lines[index].segments.map((s) => s.text).join(''));
}

function monthSource(source: Source | undefined, lang: Lang): string {
  if (!source) return '';
  const href = safeUrl(source.url, ['https:', 'http:']);
  const name = escapeHtml(source.name);
  return `${href ? outLink(href, name) : name}, ${escapeHtml(formatMonthYear(source.date, lang))}`;
}

function renderExample(example: Example, index: number, count: number, lang: Lang): string {
  const t = translator(scamCarouselStrings, lang);
  const text = pickText(example.text, lang);
  const textLang = example.text[lang] ? lang : (Object.keys(example.text).find((l) => example.text[l] === text) ?? lang);
  const segments = text.lines.map((l) => l.segments);
  let body: string;
  if (example.kind === 'chat') {
    body = `<ol class="bubbles">${text.lines
      .map((l, k) => `<li class="${l.me ? 'me' : 'them'}"><span class="visually-hidden">${l.me ? t('you') : `${escapeHtml(text.sender)}:`}</span> ${lineText(text, k)}</li>`)
      .join('')}</ol>`;
  } else if (example.kind === 'ad') {
    body = `<p class="job">${lineText(text, 0)}</p><ul>${text.lines
      .slice(1)
      .map((_, k) => `<li>${lineText(text, k + 1)}</li>`)
      .join('')}</ul>`;
  } else body = text.lines.map((_, k) => `<p>${lineText(text, k)}</p>`).join('');
  const flags = example.flags
    .map(
      (flag, k) =>
        `<li><span class="num" aria-hidden="true">${k + 1}</span><p><span class="visually-hidden">${t('flagN', { n: k + 1 })}</span> ` +
        `<q lang="${textLang}">${escapeHtml(phraseOf(segments, flag.id))}</q> <span lang="${textLang}">${escapeHtml(text.flags[flag.id])}</span> ` +
        `<small>${t('source')} ${monthSource(flag.source, lang)}</small></p></li>`,
    )
    .join('');
  const image = example.image
    ? `<img src="${escapeHtml(example.image.src)}" alt="${escapeHtml(pickText(example.image.alt, lang))}" loading="lazy" decoding="async">`
    : '';
  return (
    `<li class="slide" aria-labelledby="ex-${index}"><p class="position">${t('slideOf', { n: index + 1, total: count })}</p>` +
    `<h2 class="title" id="ex-${index}" lang="${textLang}">${escapeHtml(text.title)}</h2>` +
    `<div class="mock ${example.kind}" lang="${textLang}"><p class="badge">${t('badge')}</p>` +
    `<div class="head"><span class="avatar" aria-hidden="true">${escapeHtml(initials(text.sender))}</span>` +
    `<p><b>${escapeHtml(text.sender)}</b>${text.meta ? `<br><small>${escapeHtml(text.meta)}</small>` : ''}</p></div>` +
    body +
    image +
    (example.kind === 'chat' ? '' : `<p class="fake" aria-hidden="true">${example.kind === 'ad' ? t('apply') : t('post')}</p>`) +
    `</div><details class="reveal"><summary>${t('show')}</summary><p class="hint">${t('hint', { n: example.flags.length })}</p>` +
    `<ol class="flags">${flags}</ol></details>` +
    `<p class="pattern">${t('pattern')} ${monthSource(example.source, lang)}.</p></li>`
  );
}

export function renderScamCarousel(lang: Lang, pack: unknown = examplesPack): string {
  const t = translator(scamCarouselStrings, lang);
  const e = translator(embedStrings, lang);
  const examples: Example[] = defaultItems(examplesSpec, pack);
  return (
    `<section class="carousel" aria-labelledby="awas-title"><h1 id="awas-title" class="visually-hidden">${t('label')}</h1>` +
    `<p class="swipe">${e('swipe')}</p>` +
    // A scrollable region must be reachable by keyboard (tabindex) and named (WCAG 2.1.1, 4.1.2).
    `<ol class="track" role="list" tabindex="0" aria-label="${e('examplesRegion')}">` +
    examples.map((example, i) => renderExample(example, i, examples.length, lang)).join('') +
    `</ol></section>`
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Stats ticker: the widget's calm default (a grid of sourced figures) is already static.

export function renderStatsTicker(lang: Lang, pack: unknown = statsPack): string {
  const t = translator(statsTickerStrings, lang);
  const stats: Stat[] = defaultItems(statsSpec, pack);
  const cards = stats.map((stat) => {
    const textLang = stat.text[lang] ? lang : stat.text.id ? 'id' : Object.keys(stat.text)[0];
    const text = stat.text[lang] ?? stat.text[textLang]!;
    const parts = figureParts(stat, lang);
    const href = safeUrl(stat.source.url, ['https:', 'http:']);
    const name = escapeHtml(stat.source.name);
    return (
      `<li class="stat" lang="${textLang}"><p class="fig">` +
      (parts.qualifier ? `<span class="qual">${escapeHtml(parts.qualifier)}</span> ` : '') +
      `<span class="num">${escapeHtml(parts.amount)}</span>` +
      (parts.unit ? ` <span class="unit">${escapeHtml(parts.unit)}</span>` : '') +
      `</p><p class="label">${escapeHtml(text.label)}, <span class="period">${escapeHtml(text.period ?? t('asOf', { date: formatDate(stat.source.date, lang) }))}</span></p>` +
      (text.note ? `<p class="note">${escapeHtml(text.note)}</p>` : '') +
      `<p class="meta src">${t('source')} ${href ? outLink(href, name, { newTabNote: t('newTab') }) : name}, ${escapeHtml(formatMonthYear(stat.source.date, lang))}${sourceNote(stat.source, lang) ? ` (${escapeHtml(sourceNote(stat.source, lang))})` : ''}</p>` +
      `<p class="meta">${t('checked', { date: formatDate(stat.checkedOn, lang) })}</p></li>`
    );
  });
  return (
    `<section class="stats" aria-labelledby="awas-title"><h1 id="awas-title" class="visually-hidden">${t('region')}</h1>` +
    `<ul class="grid" role="list">${cards.join('')}</ul></section>`
  );
}

/** The static content of one embed page. */
export function renderStatic(page: EmbedPage): string {
  switch (page.widget) {
    case 'hotline-card':
      return renderHotlineCard(page.lang, page.fixed.from ?? 'id');
    case 'risk-quiz':
      return renderRiskQuiz(page.lang);
    case 'scam-carousel':
      return renderScamCarousel(page.lang);
    case 'stats-ticker':
      return renderStatsTicker(page.lang);
  }
}
