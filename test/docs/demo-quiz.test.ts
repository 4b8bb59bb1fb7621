import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';

/**
 * The built quiz demo page (dist/demo/risk-quiz.html) shows what its headings say: its demo-only script presses the
 * answers listed in data-demo-answers, so when the default questions change, a list that no longer fits would leave a
 * "Hasil: …" section on a question instead of its result (as happened when the questions went from 10 to 12).
 */
describe('the built quiz demo page', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/dist/demo/risk-quiz.html';
    document.body.append(frame);
    await loaded;
  });
  after(() => frame.remove());

  /** The quiz right after each h2 whose text matches. */
  const quizAfter = (heading: RegExp) => {
    const h2 = Array.from(frame.contentDocument!.querySelectorAll('h2')).find((h) => heading.test(h.textContent!));
    expect(h2, `a heading ${heading}`).to.exist;
    const next = h2!.nextElementSibling;
    const quiz = next?.localName === 'awas-risk-quiz' ? next : next?.querySelector('awas-risk-quiz');
    expect(quiz, `a quiz after ${heading}`).to.exist;
    return quiz!;
  };
  const bandOf = (quiz: Element) => quiz.shadowRoot?.querySelector('.result')?.className.match(/band-(\w+)/)?.[1];

  for (const [heading, band] of [
    [/^Hasil: risiko tinggi/, 'tinggi'],
    [/^Hasil: waspada/, 'waspada'],
    [/^Hasil: risiko rendah/, 'rendah'],
    [/^Tema gelap/, 'tinggi'],
  ] as const) {
    it(`"${heading.source.replace('^', '')}…" shows the result, band ${band}`, async () => {
      const quiz = quizAfter(heading);
      expect(await until(() => bandOf(quiz), `a result after ${heading}`)).to.equal(band);
    });
  }

  it('"Judul sendiri" asks both questions it names (ids of the built-in questions)', async () => {
    const quiz = quizAfter(/^Judul sendiri/);
    expect(await until(() => quiz.shadowRoot?.querySelector('.progress')?.textContent)).to.match(/\b1\D+2\b/);
  });

  it('"Di tengah kuis" stands on question 3 with a back button', async () => {
    const quiz = quizAfter(/^Di tengah kuis/);
    const progress = await until(() => quiz.shadowRoot?.querySelector('.progress')?.textContent?.match(/\d+/)?.[0] === '3' && quiz.shadowRoot.querySelector('.back'), 'question 3');
    expect(progress).to.exist;
  });
});
