/**
 * Issue #15 point 2: legible in any theme. Every widget is mounted in three host styles with small or odd root sizes
 * (a `62.5%` root, Bootstrap 3's 10 px root with a 14 px body, a Twenty-Twenty-Three-like fluid `clamp()` body with a
 * `small` group), at 360 px and 1280 px. Every text node a reader can see in the shadow roots (nested ones too, all
 * `<details>` opened) must be at least 12 CSS px, and phone numbers at least 16 px.
 */
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defineAll } from '../../src/define-all.js';
import { captureConsole } from '../helpers/console.js';
import { hotlineCard, riskQuiz, scamCarousel, statsTicker } from '../helpers/fixtures.js';
import { settled } from '../helpers/settle.js';

defineAll();

const HOSTS: Record<string, string> = {
  'root 62.5%': 'html { font-size: 62.5%; } body { font-size: 1.4rem; }',
  'Bootstrap 3': 'html { font-size: 10px; } body { font-size: 14px; line-height: 1.428571429; }',
  'Twenty Twenty-Three': 'body { font-size: clamp(0.875rem, 0.875rem + ((1vw - 0.2rem) * 0.227), 1rem); } .wp-block-group { font-size: small; }',
};
const WIDTHS = [360, 1280];
const MIN_TEXT = 12;
const MIN_NUMBER = 16;
/** A phone number as written on screen: "0800-1000", "+855 12 813 282", "110". */
const PHONE_LINK = 'a[href^="tel:"], a[href^="sms:"], a[href^="https://wa.me/"]';

interface Small {
  text: string;
  px: number;
  where: string;
}

/** Every shadow root under `el`, nested ones included (the quiz's hotline card). */
function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (node: Element) => {
    if (node.shadowRoot) {
      roots.push(node.shadowRoot);
      node.shadowRoot.querySelectorAll('*').forEach(visit);
    }
  };
  visit(el);
  return roots;
}

function openDetails(el: Element): void {
  for (const root of shadowRoots(el)) root.querySelectorAll('details').forEach((d) => (d.open = true));
}

/** A text node the reader can see: rendered, visible, and not a 1 px visually-hidden helper. */
function visible(parent: Element): boolean {
  if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) return false;
  for (let node: Element | null = parent; node; node = node.parentElement) {
    const r = node.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) return false;
  }
  return true;
}

function measure(widget: Element): { small: Small[]; numbers: Small[]; texts: number } {
  const small: Small[] = [];
  const numbers: Small[] = [];
  let texts = 0;
  for (const root of shadowRoots(widget)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('style') || !visible(parent)) continue;
      texts += 1;
      const px = parseFloat(getComputedStyle(parent).fontSize);
      const where = `${(root.host as Element).localName} ${parent.localName}.${Array.from(parent.classList).join('.')}`;
      if (px < MIN_TEXT) small.push({ text: text.slice(0, 40), px, where });
      if (parent.closest(PHONE_LINK) && /\d{3}/.test(text) && px < MIN_NUMBER) numbers.push({ text, px, where });
    }
  }
  return { small, numbers, texts };
}

/** The quiz answered to its result (with the hotline card inside it). */
async function quizResult(quiz: Element): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const yes = quiz.shadowRoot!.querySelector<HTMLButtonElement>('button.answer');
    if (!yes) break;
    yes.click();
    await settled(quiz);
  }
  await settled(quiz);
}

async function mountIn(host: string, markup: string): Promise<HTMLElement> {
  const logs = captureConsole();
  try {
    const page = await fixture<HTMLElement>(`<div><style>${HOSTS[host]}</style><div class="wp-block-group">${markup}</div></div>`);
    for (const el of page.querySelectorAll('*')) if (el.localName.startsWith('awas-')) await settled(el);
    return page;
  } finally {
    logs.restore();
  }
}

async function check(host: string, markup: string, prepare?: (page: HTMLElement) => Promise<void>) {
  const found = { small: [] as Small[], numbers: [] as Small[], texts: 0 };
  for (const width of WIDTHS) {
    await setViewport({ width, height: 900 });
    const page = await mountIn(host, markup);
    await prepare?.(page);
    for (const widget of page.querySelectorAll('.wp-block-group > *')) {
      openDetails(widget);
      await settled(widget);
      const { small, numbers, texts } = measure(widget);
      found.small.push(...small.map((s) => ({ ...s, where: `${width}px ${s.where}` })));
      found.numbers.push(...numbers.map((s) => ({ ...s, where: `${width}px ${s.where}` })));
      found.texts += texts;
    }
  }
  return found;
}

const OTHERS = `
  ${riskQuiz()}
  ${riskQuiz('mode="list" questions="dokumen-ditahan,izin-kerja"')}
  ${riskQuiz('class="to-result" questions="dokumen-ditahan,izin-kerja,pungutan"')}
  ${scamCarousel()}
  ${scamCarousel('reveal="always" examples="contoh-empat,contoh-satu"')}
  ${statsTicker()}
  ${statsTicker('mode="rotate"')}
  <awas-safe-exit show-note></awas-safe-exit>
  <awas-safe-exit position="bottom-right"></awas-safe-exit>`;

const CARDS = `
  ${hotlineCard()}
  ${hotlineCard('from="kh" lang="en"')}
  ${hotlineCard('layout="compact"')}`;

describe('issue 15 point 2: legible in any theme (text ≥ 12 px, phone numbers ≥ 16 px)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const host of Object.keys(HOSTS)) {
    it(`${host}: quiz (question, list, result with its hotline card), carousel, ticker, safe exit`, async () => {
      const found = await check(host, OTHERS, async (page) => quizResult(page.querySelector('.to-result')!));
      expect(found.texts, 'texts measured').to.be.greaterThan(200);
      expect(found.small, 'text under 12 px').to.deep.equal([]);
      expect(found.numbers, 'phone numbers under 16 px').to.deep.equal([]);
    });

    // The hotline card's own assertions, apart: its layout belongs to the card's work on issue 15 (points 1 and 6).
    it(`${host}: hotline card (full, from="kh" in English, compact)`, async () => {
      const found = await check(host, CARDS);
      expect(found.texts, 'texts measured').to.be.greaterThan(100);
      expect(found.small, 'text under 12 px').to.deep.equal([]);
      expect(found.numbers, 'phone numbers under 16 px').to.deep.equal([]);
    });
  }
});
