/**
 * Issue #15 point 10: findings of an accessibility audit in Chromium, each checked against what Chromium itself
 * computes (its accessibility tree, forced-colours rendering):
 * - the quiz result heading's name has a space after "Hasil:";
 * - answer and Back names carry no decorative glyph ("← Kembali", "✓ Tidak");
 * - the quiz's tel: links are described digit by digit, as in the hotline card;
 * - every link that opens a new tab says so, in the quiz, the carousel, the ticker and the safe exit;
 * - forced colours with a dark system theme: the carousel's texts keep at least 4.5:1 against what is behind them.
 */
import { expect, fixture } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import type { AwasRiskQuiz } from '../../components/risk-quiz/risk-quiz.js';
import { renderSelfCheck } from '../../components/risk-quiz/self-check.js';
import type { Question } from '../../src/content/questions.js';
import { defineAll } from '../../src/define-all.js';
import { captureConsole } from '../helpers/console.js';
import { examplesFixture, questionsFixture, riskQuiz, scamCarousel, statsTicker } from '../helpers/fixtures.js';
import { settled } from '../helpers/settle.js';

defineAll();

/** The fixture examples (test/fixtures/examples.json): a post, chats and an ad, each kind of mock-up. */
const EXAMPLES = examplesFixture.examples.map((e) => e.id);

interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  pressed?: boolean | 'mixed';
  children?: AxNode[];
}

function flatten(node: AxNode | null, out: AxNode[] = []): AxNode[] {
  if (!node) return out;
  out.push(node);
  for (const child of node.children ?? []) flatten(child, out);
  return out;
}

async function axNodes(): Promise<AxNode[]> {
  return flatten((await a11ySnapshot({})) as unknown as AxNode);
}

async function answerAll(quiz: AwasRiskQuiz, answer = 0): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const buttons = quiz.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.answer');
    if (!buttons.length) break;
    buttons[answer].click();
    await quiz.updateComplete;
  }
  await settled(quiz);
}

/** Every element under `el`, through nested shadow roots. */
function deepAll(el: Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (root: Element | ShadowRoot) => {
    found.push(...root.querySelectorAll(selector));
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

describe('issue 15 point 10: accessibility findings', () => {
  it('the quiz result heading is named "Hasil: Risiko tinggi", with a space', async () => {
    const quiz = await fixture<AwasRiskQuiz>(riskQuiz('questions="disuruh-diam,dokumen-ditahan"'));
    await answerAll(quiz, 0);
    const headings = (await axNodes()).filter((n) => n.role === 'heading' && /^Hasil/.test(n.name ?? ''));
    expect(headings.map((n) => n.name)).to.deep.equal(['Hasil: Risiko tinggi']);
  });

  it('answer and Back buttons are named by their words only: no "←", no "✓"', async () => {
    const quiz = await fixture<AwasRiskQuiz>(riskQuiz('questions="dokumen-ditahan,izin-kerja"'));
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('button.answer:nth-child(2)')!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('button.back')!.click();
    await quiz.updateComplete;
    const buttons = (await axNodes()).filter((n) => n.role === 'button').map((n) => n.name);
    expect(buttons).to.include.members(['Ya', 'Tidak', 'Tidak tahu']);
    // On question 2 again, with Back.
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('button.answer:nth-child(2)')!.click();
    await quiz.updateComplete;
    const again = (await axNodes()).filter((n) => n.role === 'button').map((n) => n.name);
    expect(again).to.include('Kembali');
    expect([...buttons, ...again].filter((name) => /[←✓■▶]/.test(name ?? ''))).to.deep.equal([]);
  });

  it('the quiz’s tel: links are described digit by digit, like the hotline card’s', async () => {
    const quiz = await fixture<AwasRiskQuiz>(riskQuiz('questions="dokumen-ditahan"'));
    await answerAll(quiz, 0);
    // The links a reader can reach now: the card's folded entries are out of the accessibility tree until opened.
    const tels = deepAll(quiz, 'a[href^="tel:"]').filter((a) => a.checkVisibility());
    expect(tels.length, 'tel: links in the quiz result').to.be.greaterThan(0);
    // The accessibility nodes of those links, by their visible text (a lead's way may read "Call center", not "Telepon").
    const texts = tels.map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim());
    const nodes = (await axNodes()).filter((n) => n.role === 'link' && texts.includes(n.name ?? ''));
    expect(nodes.length).to.equal(tels.length);
    for (const node of nodes) expect(node.description ?? '', `${node.name}`).to.match(/\b\d( \d)+\b/);
  });

  it('every link that opens a new tab says so (quiz result, carousel, ticker, safe exit)', async () => {
    const logs = captureConsole();
    let wrapper: HTMLElement;
    try {
      wrapper = await fixture<HTMLElement>(`<div>
        ${riskQuiz('questions="disuruh-diam,cek-daftar"')}
        ${scamCarousel('reveal="always"')}
        ${statsTicker()}
        <awas-safe-exit show-note></awas-safe-exit>
        ${riskQuiz('lang="en" questions="disuruh-diam,cek-daftar"')}
      </div>`);
      for (const quiz of wrapper.querySelectorAll<AwasRiskQuiz>('awas-risk-quiz')) await answerAll(quiz, 0);
      await settled(...wrapper.children);
    } finally {
      logs.restore();
    }
    const silent: string[] = [];
    let count = 0;
    for (const widget of wrapper.children) {
      // The hotline card inside the quiz is the card's own work (its links are checked by its tests).
      for (const link of deepAll(widget, 'a[target="_blank"]')) {
        if ((link.getRootNode() as ShadowRoot).host.localName === 'awas-hotline-card') continue;
        count += 1;
        if (!/\((membuka tab baru|opens in a new tab)\)/.test(link.textContent ?? '')) silent.push(`${widget.localName}: ${link.textContent?.trim()}`);
      }
    }
    // The quiz's build-time copy (a self-check for readers without the script).
    const copy = document.createElement('div');
    render(renderSelfCheck(questionsFixture.questions as unknown as Question[], 'id', { from: 'id' }), copy);
    for (const link of copy.querySelectorAll('a[target="_blank"]')) {
      count += 1;
      if (!/\(membuka tab baru\)/.test(link.textContent ?? '')) silent.push(`self-check: ${link.textContent?.trim()}`);
    }
    expect(count, 'links opening a new tab').to.be.greaterThan(15);
    expect(silent).to.deep.equal([]);
  });

  describe('forced colours, dark system theme', () => {
    // Chromium's own forced-colours rendering (as Windows High Contrast does it), through the DevTools protocol.
    before(() =>
      executeServerCommand('emulate-media-features', {
        features: [
          { name: 'forced-colors', value: 'active' },
          { name: 'prefers-color-scheme', value: 'dark' },
        ],
      }),
    );
    after(() => executeServerCommand('emulate-media-features', { features: [] }));

    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The colour behind an element: the first opaque background up the tree (across the shadow boundary). */
    function background(el: Element): number[] {
      for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
        if (a > 0.5) return [r, g, b];
      }
      return rgb(getComputedStyle(document.documentElement).backgroundColor);
    }

    it('the carousel’s chat bubbles, sender lines and every other text keep 4.5:1, in every example', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const low: string[] = [];
      let checked = 0;
      for (const id of EXAMPLES) {
        for (const reveal of ['always', 'tap']) {
          const carousel = await fixture<HTMLElement>(scamCarousel(`reveal="${reveal}" examples="${id}"`));
          await settled(carousel);
          const walker = document.createTreeWalker(carousel.shadowRoot!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!node.textContent!.trim() || !parent || parent.closest('style, .visually-hidden') || !parent.checkVisibility()) continue;
            checked += 1;
            const ratio = contrast(rgb(getComputedStyle(parent).color), background(parent));
            if (ratio < 4.5) low.push(`${id}: ${parent.localName}.${parent.className} "${node.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
          }
        }
      }
      expect(checked).to.be.greaterThan(100);
      expect(low).to.deep.equal([]);
    });
  });
});
