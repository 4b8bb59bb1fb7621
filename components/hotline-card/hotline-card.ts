import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { ContentController } from '../../src/content/content-controller.js';
import { hotlinesSpec, type Hotline, type HotlineChannel } from '../../src/content/hotlines.js';
import hotlinesPack from '../../src/content/packs/hotlines.json';
import { sourceNote } from '../../src/content/source.js';
import { pickText, type Source } from '../../src/content/types.js';
import { formatDate } from '../../src/i18n/format.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { wordsOf } from '../../src/i18n/languages.js';
import { newTabNote } from '../../src/i18n/strings-shared.js';
import { spokenNumber } from '../../src/safety/phone.js';
import { cleanText, countryCode } from '../../src/safety/text.js';
import { displayUrl, safeUrl } from '../../src/safety/url.js';
import { hotlineCardStyles } from './hotline-card.styles.js';
import { ACCEPTED_LINK_TARGETS, DEFAULT_FROM, DEFAULT_HEADING_LEVEL, FROM_ABROAD, HEADING_LEVELS as LEVELS, DEFAULT_LAYOUT, DEFAULT_LIMIT, LAYOUTS as LAYOUT_NAMES } from './defaults.js';
import { parseLimit, splitEntries, urlParts } from './fold.js';
import { channelIcon } from './icons.js';
import { hotlinesFromLightDom } from './light-dom.js';
import { homeOf, selectHotlines, type HotlineEntry } from './reach.js';
import { buildVcard } from './vcard.js';

// Widened to string lists: they check whatever the page wrote.
const LAYOUTS: readonly string[] = LAYOUT_NAMES;
const HEADING_LEVELS: readonly string[] = LEVELS;
const LINK_TARGETS = ACCEPTED_LINK_TARGETS;
/** The library's home country: a number the page writes without + and without data-country is Indonesian. */
const HOME_COUNTRY = 'id';
/** How long a copy button says "Tersalin" before it reads "Salin" again. */
const COPIED_FOR_MS = 2500;

/** "KP2MI (Kementerian …)" → "KP2MI": the name a lead shows; the full name is inside the entry's disclosure. */
function shortName(name: string): string {
  return name.split(' (')[0];
}

/**
 * @summary Who to contact, one tap away: it leads with the services that matter most where the reader is (three, or
 * `limit`), each one full-width call button with its free/24-hour marks; each folds its WhatsApp, SMS and web links,
 * copy-number and save-contact buttons, source with the day it was read and any call made to check a number into one
 * disclosure, and the other services wait behind "Semua layanan (N)". Fits a 270 px sidebar; side by side when wide.
 *
 * @tag awas-hotline-card
 *
 * @slot - Optional plain links that work without JavaScript, e.g. `<a href="tel:08001000">KP2MI 0800-1000</a>`.
 *   When present, the card is built from them (they take precedence over all other content). A number without + is
 *   Indonesian unless `data-country="kh"` (or another code) sits on the link or an element around it.
 *
 * @fires awas-contact - `{hotlineId, channel}` when a channel is used (`phone`, `whatsapp`, `sms`, `web`, `email`, `copy`, `vcard`). No reader data.
 * @fires awas-error - `{code, message}` for unusable attributes or content (`bad-attribute`, `unknown-id`, `content-*`, `stale-content`,
 *   `ambiguous-number`: a number without + that fits no numbering plan of its country, shown and linked as written;
 *   `no-local-hotlines`: `from` names a country the content lists no services for; the services for abroad are shown).
 *
 * @csspart card - The card container.
 * @csspart heading - The card heading.
 * @csspart entry - One institution: its lead (the call button) and its disclosure.
 * @csspart action - A call / WhatsApp / SMS / web link.
 *
 * @cssprop [--awas-hotline-card-border-color=var(--awas-color-brand)] - Card border colour.
 * @cssprop [--awas-hotline-card-padding=16px] - Inner spacing.
 * @cssprop [--awas-hotline-card-max-width=44rem] - Maximum width.
 * @cssprop [--awas-hotline-card-whatsapp-color=#1a7f45] - WhatsApp accent colour.
 */
export class AwasHotlineCard extends AwasElement {
  static override styles = hotlineCardStyles;

  private readonly i18n = new LocalizeController(this, wordsOf('hotlineCard'));
  private readonly content = new ContentController<Hotline>(this, {
    spec: hotlinesSpec,
    defaults: hotlinesPack,
    // Numbers are read against their own country, never `from`: a change of `from` re-selects, it does not re-parse.
    fromLightDom: (host, problems) => hotlinesFromLightDom(host, HOME_COUNTRY, problems),
  });

  /** Where the reader is: `id` (in Indonesia, default), `kh` (in Cambodia), or another two-letter country code. */
  @property() from: string = DEFAULT_FROM;

  /** Which hotlines to show, by id and in this order, e.g. `kp2mi,sapa129`. Default: the set for `from`. */
  @property() hotlines?: string;

  /** `full` (default) or `compact` (no introduction, descriptions, copy or save buttons: for the quiz result). */
  @property() layout: string = DEFAULT_LAYOUT;

  /** Replaces the card title. */
  @property() heading?: string;

  /** Heading level of the card title (1–6, default 2); entry names are one level below. */
  @property({ attribute: 'heading-level' }) headingLevel: string = DEFAULT_HEADING_LEVEL;

  /** URL of a content pack (JSON) with your own hotlines. https or same origin. */
  @property({ attribute: 'content-src' }) contentSrc?: string;

  /** Subresource-Integrity hash of the content-src file (`sha384-…`), checked before use. */
  @property({ attribute: 'content-integrity' }) contentIntegrity?: string;

  /** Where links open: `_blank`, `_top` (inside an iframe embed), `_self`. Default: web links in a new tab. */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  /**
   * How many services the card leads with, in the order the content gives for `from` (a whole number, default 3);
   * the others sit behind one "Semua layanan (N)" disclosure. Anything else: 3, with a console message.
   */
  @property() limit?: string;

  @state() private announcement = '';
  /** The copy button that shows "Tersalin" for a moment. */
  @state() private copiedKey = '';

  private copiedTimer?: ReturnType<typeof setTimeout>;
  private leadCount = DEFAULT_LIMIT;

  private entries: HotlineEntry[] = [];
  private level = 2;

  /** The reader's location after validation. */
  get location(): string {
    return countryCode(this.from) ?? DEFAULT_FROM;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('from') && !countryCode(this.from)) {
      this.reportProblem('bad-attribute', `from="${cleanText(this.from, 40)}" is not a two-letter country code (id, kh, …); showing the hotlines for Indonesia.`);
    }
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      this.reportProblem('bad-attribute', `layout="${cleanText(this.layout, 40)}" is not ${LAYOUTS.join(' or ')}; using ${DEFAULT_LAYOUT}.`);
    }
    if (changed.has('linkTarget') && this.linkTarget && !LINK_TARGETS.includes(this.linkTarget)) {
      this.reportProblem('bad-attribute', `link-target="${cleanText(this.linkTarget, 40)}" is not one of ${LINK_TARGETS.join(', ')}; ignored.`);
    }
    const level = Number(this.headingLevel);
    this.level = HEADING_LEVELS.includes(String(level)) ? level : Number(DEFAULT_HEADING_LEVEL);
    if (changed.has('headingLevel') && this.level !== level) {
      this.reportProblem('bad-attribute', `heading-level="${cleanText(String(this.headingLevel), 20)}" must be ${HEADING_LEVELS[0]}–${HEADING_LEVELS[HEADING_LEVELS.length - 1]}; using ${DEFAULT_HEADING_LEVEL}.`);
    }
    this.checkLimit(changed);
    this.entries = this.select();
  }

  /** Work out the entries to show, explaining anything that had to be left out. */
  private select(): HotlineEntry[] {
    // The page's own links are still being parsed: show them once complete rather than flash the defaults.
    if (this.content.parsing) return [];
    const from = this.location;
    const { chosen } = this.content.select(this.hotlines, { attribute: 'hotlines', fallback: `showing the hotlines for "${from}"` });
    const { items } = this.content;
    this.reportAmbiguous(items);
    const selection = selectHotlines(items, from, chosen.map((h) => h.id));
    if (selection.unreachable.length) {
      this.reportProblem(
        'bad-attribute',
        `${selection.unreachable.join(', ')} cannot be called from "${from}" (numbers that work only inside their own country); shown as text with a note, not as a link.`,
      );
    }
    // A country the content lists nothing for gets the services reachable from abroad: the author should know, and
    // may add that country's own (judged once content-src is in). FROM_ABROAD asks for exactly that set: no problem.
    if (!this.content.loading && !items.some((h) => from in h.audience) && from !== DEFAULT_FROM && from !== FROM_ABROAD && !items.some((h) => h.fromPage)) {
      this.reportProblem('no-local-hotlines', `from="${from}": no hotlines are listed for readers in "${from}"; showing the services reachable from abroad (Kemlu first).`);
    }
    if (selection.entries.length) return selection.shown;
    // Never blank: nothing here can be called from `from`. The reachable services for this location come first
    // (the bundled defaults if need be), then what the author chose or wrote, as text with its note.
    let fallback = selectHotlines(items, from, []).entries;
    if (!fallback.length) fallback = selectHotlines(this.content.defaultItems, from, []).entries;
    return [...fallback, ...selection.shown.filter((e) => !fallback.some((f) => f.hotline.id === e.hotline.id))];
  }

  /** Numbers written without + that fit no plan of their country: shown and linked as written; tell the author once. */
  private reportAmbiguous(items: Hotline[]): void {
    for (const hotline of items) {
      for (const channel of hotline.channels) {
        if (channel.phone?.kind !== 'ambiguous') continue;
        const number = channel.phone.national;
        const where = hotline.fromPage ? `add data-country="kh" (or the right country) to the link` : `set the hotline's "country" (now "${hotline.country}")`;
        this.reportProblem(
          'ambiguous-number',
          `the number "${number}" (${pickText(hotline.text, 'en').name}) has no + and does not fit the numbering plan of "${homeOf(channel, hotline)}", so the card cannot tell which country it belongs to; it is shown and linked exactly as written. Write it with + and the country code (e.g. +855 12 813 282), or ${where}.`,
        );
      }
    }
  }

  /** The number as this reader should dial it: national form at home, international form abroad. */
  private displayNumber(channel: HotlineChannel): string {
    const phone = channel.phone!;
    const home = !phone.country || phone.country === this.location;
    if (home && !channel.international) return channel.display ?? phone.national;
    return phone.international;
  }

  private hrefOf(hotline: Hotline, channel: HotlineChannel): string | null {
    const phone = channel.phone;
    switch (channel.type) {
      case 'phone':
        return safeUrl(`tel:${phone!.dial}`, ['tel:']);
      case 'sms':
        return safeUrl(`sms:${phone!.dial}`, ['sms:']);
      case 'whatsapp': {
        const message = pickText(hotline.text, this.i18n.lang).whatsappMessage;
        return safeUrl(`https://wa.me/${phone!.whatsapp}${message ? `?text=${encodeURIComponent(message)}` : ''}`, ['https:']);
      }
      default:
        return channel.url ?? null;
    }
  }

  private targetFor(channel: HotlineChannel): string | undefined {
    if (this.linkTarget && LINK_TARGETS.includes(this.linkTarget)) return this.linkTarget;
    return channel.type === 'web' || channel.type === 'whatsapp' ? '_blank' : undefined;
  }

  private languageNames(codes: string[]): string {
    const lang = this.i18n.lang;
    const Names = (Intl as unknown as { DisplayNames?: new (l: string[], o: object) => { of(code: string): string } }).DisplayNames;
    return codes
      .map((code) => {
        try {
          return Names ? new Names([lang], { type: 'language' }).of(code) : code.toUpperCase();
        } catch {
          return code.toUpperCase();
        }
      })
      .join(', ');
  }

  /** "Indonesia" / "Kamboja" | "Cambodia"; other countries by the browser's region names, else the code. */
  private countryName(code: string): string {
    const t = this.i18n;
    if (code === 'id') return t.t('countryId');
    if (code === 'kh') return t.t('countryKh');
    const Names = (Intl as unknown as { DisplayNames?: new (l: string[], o: object) => { of(code: string): string | undefined } }).DisplayNames;
    try {
      return (Names && new Names([t.lang], { type: 'region' }).of(code.toUpperCase())) || code.toUpperCase();
    } catch {
      return code.toUpperCase();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
  }

  /** `limit` → how many services lead; garbage, 0 or negative → the default, said once. */
  private checkLimit(changed: Map<string, unknown>): void {
    const limit = parseLimit(this.limit);
    this.leadCount = limit ?? DEFAULT_LIMIT;
    if (changed.has('limit') && limit === null) {
      this.reportProblem('bad-attribute', `limit="${cleanText(String(this.limit), 20)}" is not a whole number of 1 or more; the card leads with ${DEFAULT_LIMIT} services.`);
    }
  }

  private async handleCopy(hotline: Hotline, number: string, key: string): Promise<void> {
    const t = this.i18n;
    const value = this.renderRoot.querySelector(`[data-copy="${key}"]`);
    this.emit('awas-contact', { hotlineId: hotline.id, channel: 'copy' });
    this.announcement = '';
    let copied = false;
    try {
      await navigator.clipboard.writeText(number);
      copied = true;
    } catch {
      // http pages and old WebViews have no Clipboard API: select the number so a long-press copies it.
      const selection = getSelection();
      if (value && selection) {
        selection.selectAllChildren(value);
        try {
          copied = document.execCommand('copy');
        } catch {
          copied = false;
        }
      }
    }
    this.announcement = t.t(copied ? 'copied' : 'selected', { number });
    if (copied) this.showCopied(key);
  }

  /** "Tersalin" on the button for a moment, then "Salin" again (the status message says it to screen readers). */
  private showCopied(key: string): void {
    clearTimeout(this.copiedTimer);
    this.copiedKey = key;
    this.copiedTimer = setTimeout(() => (this.copiedKey = ''), COPIED_FOR_MS);
  }

  private handleSave(entry: HotlineEntry): void {
    const { hotline, channels } = entry;
    const texts = pickText(hotline.text, this.i18n.lang);
    const note = hotline.source ? this.i18n.t('source', { name: hotline.source.name, date: formatDate(hotline.source.date, this.i18n.lang) }) : '';
    const card = buildVcard(texts.name, channels, note);
    const url = URL.createObjectURL(new Blob([card], { type: 'text/vcard;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${hotline.id}.vcf`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.emit('awas-contact', { hotlineId: hotline.id, channel: 'vcard' });
  }

  private handleUse(hotline: Hotline, channel: HotlineChannel): void {
    this.emit('awas-contact', { hotlineId: hotline.id, channel: channel.type });
  }

  /** What a channel shows and how it is spoken, for the lead link and the rows inside the disclosure alike. */
  private channelView(hotline: Hotline, channel: HotlineChannel) {
    const t = this.i18n;
    const href = this.hrefOf(hotline, channel);
    const label = channel.label ? pickText(channel.label, t.lang) : undefined;
    const isNumber = Boolean(channel.phone);
    const value = isNumber ? this.displayNumber(channel) : href ? displayUrl(href) : '';
    const key = `${hotline.id}-${hotline.channels.indexOf(channel)}`;
    return { href, label, isNumber, value, key, kind: label ?? t.t(channel.type), target: href ? this.targetFor(channel) : undefined, descriptionId: `d-${key}` };
  }

  /**
   * A number as text on one line; a web address with break opportunities after its dots and slashes only: a zero-width
   * space, not <wbr>, which Chromium names as a space ("kp2mi. go. id") for screen readers.
   */
  private renderValue(value: string, isNumber: boolean, key: string): TemplateResult {
    return html`<span class="value" data-copy=${key}>${isNumber ? value : urlParts(value).join('\u200b')}</span>`;
  }

  private renderNewTab(target: string | undefined): TemplateResult | typeof nothing {
    return target === '_blank' ? newTabNote(this.i18n.lang) : nothing;
  }

  private renderCopy(hotline: Hotline, value: string, key: string): TemplateResult {
    const t = this.i18n;
    const done = this.copiedKey === key;
    // The visible word starts the accessible name (WCAG 2.5.3); the hidden number completes it (the entry shows it).
    return html`<button class="copy ${done ? 'done' : ''}" type="button" @click=${() => this.handleCopy(hotline, value, key)}>
      ${done
        ? t.t('copyButtonDone')
        : html`${t.t('copy')} <span class="visually-hidden">${t.t('copyNumber', { number: value })}</span>`}
    </button>`;
  }

  private renderBadges(channel: HotlineChannel): TemplateResult | typeof nothing {
    const t = this.i18n;
    if (!channel.free && !channel.hours24) return nothing;
    // A space between the marks: they read "Gratis 24 jam" without the stylesheet and to a screen reader alike.
    return html`<span class="marks">${channel.free ? html`<span class="badge">${t.t('free')}</span> ` : nothing}${channel.hours24
      ? html`<span class="badge">${t.t('hours24')}</span>`
      : nothing}</span>`;
  }

  /** A call / WhatsApp / SMS / web link; `inside` is what it shows, `description` how its number is spoken. */
  private renderLink(hotline: Hotline, channel: HotlineChannel, v: ReturnType<AwasHotlineCard['channelView']>, cls: string, inside: unknown, description: string) {
    return html`<a
        class="action ${cls} ${channel.type}"
        part="action"
        href=${v.href!}
        target=${v.target ?? nothing}
        rel=${v.target === '_blank' ? 'noopener noreferrer' : nothing}
        aria-describedby=${description ? v.descriptionId : nothing}
        @click=${() => this.handleUse(hotline, channel)}
        >${inside}${this.renderNewTab(v.target)}</a
      >${description ? html`<span id=${v.descriptionId} hidden>${description}</span>` : nothing}`;
  }

  /**
   * The entry's one full-width tap target: the service, how it is reached, the number in large type and its free /
   * 24 h marks, all inside the link (the visible text is its name). Inside the entry's heading, so a screen reader's
   * list of headings is a list of callable services.
   */
  private renderLead(entry: HotlineEntry, channel: HotlineChannel): TemplateResult {
    const { hotline } = entry;
    const v = this.channelView(hotline, channel);
    const top = html`<span class="top">${channelIcon(channel.type)}<span class="service">${shortName(pickText(hotline.text, this.i18n.lang).name)}</span> <span class="kind"
        >${v.kind}</span
      ></span>`;
    if (!v.href) return top;
    return this.renderLink(hotline, channel, v, 'lead', html`${top} ${this.renderValue(v.value, v.isNumber, v.key)} ${this.renderBadges(channel)}`, v.isNumber ? spokenNumber(v.value) : '');
  }

  /** Another way to reach the service, inside the entry's disclosure. */
  private renderChannel(entry: HotlineEntry, channel: HotlineChannel): TemplateResult | typeof nothing {
    const { hotline } = entry;
    const t = this.i18n;
    const v = this.channelView(hotline, channel);
    if (!v.href) return nothing;
    const service = shortName(pickText(hotline.text, t.lang).name);
    const extras = [channel.free ? t.t('freeSpoken') : '', channel.hours24 ? t.t('hours24') : ''].filter(Boolean);
    // Name = hidden "Telepon KP2MI," + the visible text (WCAG 2.5.3: the visible label stays part of the name);
    // description = the number digit by digit ("0 8 0 0, 1 0 0 0") and the badges, so it is not read as "eight hundred".
    const description = [v.isNumber ? spokenNumber(v.value) : '', ...extras].filter(Boolean).join(', ');
    const inside = html`${channelIcon(channel.type)}<span class="texts"
        ><span class="visually-hidden">${v.label ? `${t.t(channel.type)} ${service}` : service}, </span><span class="kind">${v.kind}</span>
        ${this.renderValue(v.value, v.isNumber, v.key)}</span
      >`;
    return html`<li class="channel">
      ${this.renderLink(hotline, channel, v, '', inside, description)}
      ${v.isNumber && this.layout !== 'compact' ? this.renderCopy(hotline, v.value, v.key) : nothing} ${this.renderBadges(channel)}
      ${this.renderChannelNotes(channel)}
    </li>`;
  }

  /** Languages spoken on a number and a recorded call to it. */
  private renderChannelNotes(channel: HotlineChannel): TemplateResult {
    const t = this.i18n;
    return html`${channel.languages.length && this.layout !== 'compact'
      ? html`<span class="langs">${t.t('languages', { list: this.languageNames(channel.languages) })}</span>`
      : nothing}
    ${channel.call ? html`<span class="called">${t.t('called', { date: formatDate(channel.call.on, t.lang), by: channel.call.by })}</span>` : nothing}`;
  }

  /**
   * A number that works only inside its own country, which the reader is not in: as text with a note, never a link,
   * and never prefixed with another country's code. As the entry's lead (with the service) or inside its disclosure.
   */
  private renderLocal(entry: HotlineEntry, channel: HotlineChannel, lead = false): TemplateResult {
    const t = this.i18n;
    const value = channel.display ?? channel.phone!.national;
    const kind = html`<span class="kind">${channel.label ? pickText(channel.label, t.lang) : t.t(channel.type)}</span>`;
    const number = html`<span class="visually-hidden">${spokenNumber(value)}</span><span class="value" aria-hidden="true">${value}</span>`;
    const note = html`<span class="note">${t.t('localOnly', { country: this.countryName(homeOf(channel, entry.hotline)) })}</span>`;
    return lead
      ? html`<span class="number lead ${channel.type}"
          ><span class="top">${channelIcon(channel.type)}<span class="service">${shortName(pickText(entry.hotline.text, t.lang).name)}</span> ${kind}</span> ${number} ${note}</span
        >`
      : html`<li class="channel local"><span class="number ${channel.type}">${channelIcon(channel.type)}<span class="texts">${kind} ${number}</span></span> ${note}</li>`;
  }

  private renderSource(source: Source): TemplateResult {
    const lang = this.i18n.lang;
    const href = safeUrl(source.url, ['https:', 'http:']);
    const text = this.i18n.t('source', { name: source.name, date: formatDate(source.date, lang) });
    const note = sourceNote(source, lang);
    return html`${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}${this.renderNewTab('_blank')}</a>` : html`<span>${text}</span>`}${note
      ? ` (${note})`
      : nothing}`;
  }

  private renderMeta(entry: HotlineEntry): TemplateResult {
    const { hotline, channels } = entry;
    const t = this.i18n;
    const compact = this.layout === 'compact';
    if (hotline.fromPage) return html`<p class="meta">${t.t('fromPage')}</p>`;
    const extraSources = channels.filter((c) => c.source).map((c) => c.source!);
    return html`<p class="meta">
      ${hotline.checkedOn ? html`<span>${t.t('checked', { date: formatDate(hotline.checkedOn, t.lang) })}</span>` : nothing}
      ${hotline.source ? this.renderSource(hotline.source) : nothing}
      ${compact ? nothing : extraSources.map((s) => this.renderSource(s))}
      ${compact || !channels.length
        ? nothing
        : html`<button class="btn save" type="button" @click=${() => this.handleSave(entry)}>
            ${t.t('saveContact')}<span class="visually-hidden"> ${t.t('saveContactFor', { name: pickText(hotline.text, t.lang).name })}</span>
          </button>`}
    </p>`;
  }

  /**
   * Everything but the lead, folded into one native disclosure (keyboard and screen readers know it, and it opens
   * in the readable copy without JavaScript): the full name and description, copy for the lead number, the other
   * numbers and links, save contact, the sources and the day they were checked.
   */
  private renderMore(entry: HotlineEntry, lead: HotlineChannel | undefined): TemplateResult {
    const { hotline } = entry;
    const t = this.i18n;
    const compact = this.layout === 'compact';
    const texts = pickText(hotline.text, t.lang);
    const short = shortName(texts.name);
    const others = [...entry.channels.filter((c) => c !== lead), ...(entry.local ?? []).filter((c) => c !== lead)];
    const leadView = lead && this.channelView(hotline, lead);
    const copyLead = Boolean(leadView?.isNumber && leadView.href && !compact);
    const parts = [
      others.length ? t.t('moreOthers') : '',
      copyLead ? t.t('moreCopy') : '',
      !compact && entry.channels.length && !hotline.fromPage ? t.t('moreSave') : '',
      t.t('moreSource'),
    ].filter(Boolean);
    const summary = parts.join(', ');
    return html`<details class="more">
      <summary><span class="visually-hidden">${short}: </span>${summary.charAt(0).toUpperCase() + summary.slice(1)}</summary>
      <div class="more-body">
        ${short !== texts.name ? html`<p class="fullname">${texts.name}</p>` : nothing}
        ${texts.description && !compact ? html`<p class="description">${texts.description}</p>` : nothing}
        ${copyLead || (lead && (lead.languages.length || lead.call))
          ? html`<p class="lead-more">${copyLead ? this.renderCopy(hotline, leadView!.value, leadView!.key) : nothing} ${lead ? this.renderChannelNotes(lead) : nothing}</p>`
          : nothing}
        ${others.length
          ? html`<ul class="channels" role="list">
              ${others.map((c) => (entry.channels.includes(c) ? this.renderChannel(entry, c) : this.renderLocal(entry, c)))}
            </ul>`
          : nothing}
        ${this.renderMeta(entry)}
      </div>
    </details>`;
  }

  private renderEntry(entry: HotlineEntry): TemplateResult {
    const lead = entry.channels.find((c) => this.hrefOf(entry.hotline, c));
    const local = entry.local?.[0];
    return html`<li class="entry" part="entry">
      <div class="name" role="heading" aria-level=${Math.min(this.level + 1, 6)}>
        ${lead ? this.renderLead(entry, lead) : local ? this.renderLocal(entry, local, true) : html`<span class="service">${shortName(pickText(entry.hotline.text, this.i18n.lang).name)}</span>`}
      </div>
      ${this.renderMore(entry, lead ?? local)}
    </li>`;
  }

  override render() {
    const t = this.i18n;
    const heading = this.heading ? cleanText(this.heading, 200) : t.t('heading');
    const compact = this.layout === 'compact';
    const { lead, rest } = splitEntries(this.entries, this.leadCount);
    return html`<section class="root ${compact ? 'compact' : ''}" part="card" lang=${t.lang} aria-labelledby="heading">
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.level}>${heading}</div>
      ${compact ? nothing : html`<p class="intro">${this.location === 'id' ? t.t('intro') : t.t('introAbroad')}</p>`}
      <ul class="entries" role="list">
        ${lead.map((e) => this.renderEntry(e))}
      </ul>
      ${rest.length
        ? html`<details class="all">
            <summary>${t.t('allServices', { count: this.entries.length })}</summary>
            <ul class="entries" role="list">
              ${rest.map((e) => this.renderEntry(e))}
            </ul>
          </details>`
        : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}
