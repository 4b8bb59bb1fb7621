import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { AwasHotlineCard } from '../../components/hotline-card/hotline-card.js';
import { AwasRiskQuiz } from '../../components/risk-quiz/risk-quiz.js';
import type { Answer } from '../../components/risk-quiz/scoring.js';
import { clearContentCache } from '../../src/content/fetch.js';
import { captureConsole, resetLogged } from '../helpers/console.js';
import { questionsFixture, riskQuiz } from '../helpers/fixtures.js';
import { settled } from '../helpers/settle.js';

AwasRiskQuiz.define('awas-risk-quiz');
// The result embeds a hotline card: defined here as on a real page, so tests can look inside it.
AwasHotlineCard.define('awas-hotline-card');

// The quiz renders on invented questions (test/fixtures/questions.json): the shipped ones are test/content/'s.
const QUESTIONS = questionsFixture.questions;
const SAFE: Answer[] = QUESTIONS.map((q) => (q.risky === 'yes' ? 'no' : 'yes'));
const INDEX: Record<Answer, number> = { yes: 0, no: 1, unknown: 2 };

const root = (el: AwasRiskQuiz) => el.shadowRoot!;
const text = (el: Element | ShadowRoot) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const answerButtons = (el: AwasRiskQuiz) => Array.from(root(el).querySelectorAll<HTMLButtonElement>('.answer'));
const focused = (el: AwasRiskQuiz) => root(el).activeElement as HTMLElement | null;

/**
 * A wrapper that is not a Lit element. fixtureSync: open-wc's fixture() would wait for an animation frame,
 * which never comes while this test page is a background tab (test files run two at a time).
 */
async function wrapped(template: string) {
  const wrapper = fixtureSync<HTMLDivElement>(template);
  const el = wrapper.querySelector('awas-risk-quiz') as AwasRiskQuiz;
  await el.updateComplete;
  return { wrapper, el };
}

/** The quiz after a button that sits before it on the page, so Tab enters the quiz like a reader would. */
async function quizAfterButton(template = riskQuiz()) {
  const { wrapper } = await wrapped(`<div><button id="before">before</button>${template}</div>`);
  const el = wrapper.querySelector('awas-risk-quiz') as AwasRiskQuiz;
  await el.updateComplete;
  (wrapper.querySelector('#before') as HTMLButtonElement).focus();
  return el;
}

/** Answer every question with Tab, then Enter or Space (alternating), checking focus moves to each new heading. */
async function runByKeyboard(el: AwasRiskQuiz, answers: Answer[]) {
  for (let i = 0; i < answers.length; i++) {
    for (let n = 0; n <= INDEX[answers[i]]; n++) await sendKeys({ press: 'Tab' });
    expect(text(focused(el)!)).to.equal(['Ya', 'Tidak', 'Tidak tahu'][INDEX[answers[i]]]);
    await sendKeys({ press: i % 2 ? 'Space' : 'Enter' });
    await el.updateComplete;
    if (i < answers.length - 1) {
      expect(focused(el)!.id, `focus after answer ${i + 1}`).to.equal(`q-${QUESTIONS[i + 1].id}`);
      expect(text(root(el).querySelector('.progress')!)).to.equal(`Pertanyaan ${i + 2} dari ${answers.length}`);
    }
  }
}

/** Click through a run (used where keyboard is not the point). */
async function runByClick(el: AwasRiskQuiz, answers: Answer[]) {
  for (const a of answers) {
    answerButtons(el)[INDEX[a]].click();
    await el.updateComplete;
  }
}

/** Elements in the widget's shadow trees that would fetch something (an image, a frame, a style sheet, a script…). */
function loaders(el: Element): string[] {
  const selector = 'img, picture, source, video, audio, track, iframe, object, embed, script[src], link[href], image, use[href]';
  const inside = (node: Element): Element[] => Array.from(node.shadowRoot?.querySelectorAll('*') ?? []).flatMap((n) => [n, ...inside(n)]);
  return inside(el).filter((n) => n.matches(selector)).map((n) => n.outerHTML.slice(0, 80));
}

function collectEvents(types: string[]) {
  const seen: { type: string; detail: unknown }[] = [];
  const listener = (e: Event) => seen.push({ type: e.type, detail: (e as CustomEvent).detail });
  types.forEach((t) => document.addEventListener(t, listener));
  return { seen, stop: () => types.forEach((t) => document.removeEventListener(t, listener)) };
}

/** What a quiz without content of its own shows: the built-in questions (which ones: test/content/). */
async function builtIn() {
  const el = await fixture<AwasRiskQuiz>(html`<awas-risk-quiz></awas-risk-quiz>`);
  expect(root(el).querySelectorAll('.bar span').length, 'built-in questions').to.be.greaterThan(0);
  return shown(el);
}
const shown = (el: AwasRiskQuiz) => ({ count: root(el).querySelectorAll('.bar span').length, first: root(el).querySelector('h3')!.id });

function customQuestion(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    source: { name: 'Test source', url: 'https://example.org/source', date: '2025-01-01' },
    checkedOn: '2026-11-23',
    reviewBy: '2099-01-01',
    weight: 1,
    risky: 'yes',
    text: { id: { question: `Pertanyaan ${id}?`, flag: `Tanda ${id}`, why: `Alasan ${id}.` } },
    ...extra,
  };
}

describe('awas-risk-quiz', () => {
  beforeEach(() => {
    resetLogged();
    clearContentCache();
  });

  describe('question state', () => {
    it('shows the first question in Indonesian with progress, three answers and the privacy line', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz());
      expect(text(root(el).querySelector('h2')!)).to.equal('Apakah tawaran kerja ini aman?');
      expect(text(root(el).querySelector('.intro')!)).to.contain(`Jawab ${QUESTIONS.length} pertanyaan singkat`);
      expect(text(root(el).querySelector('.progress')!)).to.equal(`Pertanyaan 1 dari ${QUESTIONS.length}`);
      const heading = root(el).querySelector('h3')!;
      expect(text(heading)).to.equal(QUESTIONS[0].text.id.question);
      // Screen readers hear the progress with the question when focus lands on it.
      expect(root(el).getElementById(heading.getAttribute('aria-describedby')!)).to.equal(root(el).querySelector('.progress'));
      expect(root(el).querySelector('[role=group]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(answerButtons(el).map((b) => text(b))).to.deep.equal(['Ya', 'Tidak', 'Tidak tahu']);
      expect(answerButtons(el).every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
      expect(text(root(el).querySelector('[part=privacy]')!)).to.equal('Jawaban Anda tidak disimpan dan tidak dikirim.');
      expect(root(el).querySelector('.back'), 'no Back on the first question').to.equal(null);
      expect(root(el).querySelector('.listen'), 'no voice, no Listen button').to.equal(null);
      expect(root(el).querySelectorAll('.bar span')).to.have.length(QUESTIONS.length);
      expect(root(el).querySelectorAll('.bar .done')).to.have.length(1);
      expect(el.mode).to.equal('step');
      await expect(el).to.be.accessible();
    });

    it('speaks English with lang="en" and follows the page language', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz('lang="en"'));
      expect(text(root(el).querySelector('h2')!)).to.equal('Is this job offer safe?');
      expect(text(root(el).querySelector('.progress')!)).to.equal(`Question 1 of ${QUESTIONS.length}`);
      expect(text(root(el).querySelector('h3')!)).to.equal(QUESTIONS[0].text.en.question);
      expect(answerButtons(el).map((b) => text(b))).to.deep.equal(['Yes', 'No', "I don't know"]);
      expect(text(root(el).querySelector('[part=privacy]')!)).to.equal('Your answers are not saved or sent anywhere.');
      expect(root(el).querySelector('.root')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();

      const { el: inherited } = await wrapped(`<div lang="en-GB">${riskQuiz()}</div>`);
      expect(text(root(inherited).querySelector('h2')!)).to.equal('Is this job offer safe?');
    });

    it('moves to the next question, shows Back, and Back returns with the earlier answer marked', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz());
      answerButtons(el)[1].click();
      await el.updateComplete;
      expect(text(root(el).querySelector('.progress')!)).to.equal(`Pertanyaan 2 dari ${QUESTIONS.length}`);
      expect(root(el).querySelector('.intro'), 'intro only on the first question').to.equal(null);
      expect(focused(el)!.id).to.equal(`q-${QUESTIONS[1].id}`);
      await expect(el).to.be.accessible();
      const back = root(el).querySelector<HTMLButtonElement>('.back')!;
      expect(text(back)).to.contain('Kembali');
      back.click();
      await el.updateComplete;
      expect(text(root(el).querySelector('.progress')!)).to.equal(`Pertanyaan 1 dari ${QUESTIONS.length}`);
      expect(focused(el)!.id).to.equal(`q-${QUESTIONS[0].id}`);
      expect(answerButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
      answerButtons(el)[0].click();
      await el.updateComplete;
      expect(text(root(el).querySelector('.progress')!)).to.equal(`Pertanyaan 2 dari ${QUESTIONS.length}`);
    });

    it('uses the heading attribute as title, as text only', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz('heading="Cek tawaran kerja\u202E <b>x</b>"'));
      const h2 = root(el).querySelector('h2')!;
      expect(h2.textContent).to.equal('Cek tawaran kerja <b>x</b>');
      expect(h2.querySelector('b')).to.equal(null);
    });
  });

  describe('complete runs by keyboard (Tab, Enter, Space only)', () => {
    const cases: { band: string; word: string; answers: Answer[]; flags: string[] }[] = [
      {
        band: 'tinggi',
        word: 'Risiko tinggi',
        // Only the destination is risky: a critical flag forces tinggi whatever the sum.
        answers: SAFE.map((a, i) => (QUESTIONS[i].id === 'negeri-contoh' ? 'yes' : a)),
        flags: ['negeri-contoh'],
      },
      {
        band: 'waspada',
        word: 'Waspada',
        answers: SAFE.map((a, i) => (QUESTIONS[i].id === 'pungutan' ? 'yes' : QUESTIONS[i].id === 'kontrak' ? 'unknown' : a)),
        flags: ['kontrak', 'pungutan'],
      },
      { band: 'rendah', word: 'Tidak ada tanda bahaya dalam jawaban Anda', answers: SAFE, flags: [] },
    ];
    for (const c of cases) {
      it(`reaches "${c.band}" and announces it by moving focus to the result`, async () => {
        const el = await quizAfterButton();
        const events = collectEvents(['awas-quiz-start', 'awas-quiz-complete']);
        try {
          await runByKeyboard(el, c.answers);
        } finally {
          events.stop();
        }
        expect(focused(el)!.id).to.equal('result');
        expect(text(focused(el)!)).to.equal(`Hasil: ${c.word}`);
        // The summary is read with the verdict.
        expect(focused(el)!.getAttribute('aria-describedby')).to.equal('summary');
        expect(text(root(el).getElementById('summary')!).length).to.be.greaterThan(40);
        const result = root(el).querySelector('[part=result]')!;
        expect(result.classList.contains(`band-${c.band}`)).to.equal(true);
        expect(result.querySelector('.verdict svg'), 'an icon besides colour').to.exist;
        const flagNames = Array.from(result.querySelectorAll('.flag strong')).map((s) => text(s));
        expect(flagNames).to.deep.equal(c.flags.map((id) => QUESTIONS.find((q) => q.id === id)!.text.id.flag));
        expect(events.seen).to.deep.equal([
          { type: 'awas-quiz-start', detail: { questionCount: QUESTIONS.length } },
          { type: 'awas-quiz-complete', detail: { band: c.band, flagCount: c.flags.length, questionCount: QUESTIONS.length } },
        ]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('result state', () => {
    it('lists the flags with why, source and date, marks critical and unknown ones, and gives next steps', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz());
      const answers = SAFE.map((a, i) => (QUESTIONS[i].id === 'disuruh-diam' ? 'yes' : QUESTIONS[i].id === 'dokumen-ditahan' ? 'unknown' : a));
      await runByClick(el, answers);
      const flags = Array.from(root(el).querySelectorAll('.flag'));
      expect(flags).to.have.length(2);
      const [lie, passport] = flags;
      const question = QUESTIONS.find((q) => q.id === 'disuruh-diam')!;
      expect(text(lie)).to.contain(question.text.id.flag).and.contain('Tanda bahaya serius').and.contain(question.text.id.why);
      expect(text(lie)).not.to.contain('Tidak tahu');
      expect(text(lie.querySelector('.source')!)).to.equal(`Sumber: ${question.source.name} (membuka tab baru), 14 Mei 2023`);
      expect(lie.querySelector('a')!.getAttribute('href')).to.equal(question.source.url);
      expect(text(passport)).to.contain('Anda menjawab "Tidak tahu". Cari tahu sebelum berangkat.');
      expect(text(root(el).querySelector('h4')!)).to.equal('Tanda bahaya yang kami lihat (2)');
      // Steps: where to check yourself (from the questions' content), the passport, then the hotlines below.
      const steps = Array.from(root(el).querySelectorAll('.steps li')).map(text);
      expect(steps).to.have.length(3);
      // Neither fired flag has a place to check, so the pack's register check is the first step.
      const check = QUESTIONS.find((q) => q.id === 'cek-daftar')!.check!;
      expect(steps[0]).to.contain(check.label.id).and.contain('daftar.contoh.example.org');
      expect(steps[1]).to.contain('paspor');
      expect(steps[2]).to.contain('layanan resmi di bawah');
      expect(root(el).querySelector('.steps a')!.getAttribute('href')).to.equal(check.url);
      // No number is written into the quiz itself: the contacts are the hotline card's, for the reader's location.
      expect(root(el).querySelector('.steps a[href^="tel:"]')).to.equal(null);
    });

    it('"rendah" never reads as safe: it says no warning sign was found and names the two checks to do anyway', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz());
      await runByClick(el, SAFE);
      const verdict = text(root(el).querySelector('.verdict')!);
      expect(verdict).to.contain('Tidak ada tanda bahaya dalam jawaban Anda').and.contain('belum berarti tawaran ini aman');
      expect(verdict).not.to.match(/aman\.|risiko rendah/i);
      expect(text(root(el).querySelector('.result h4:last-of-type')!)).to.equal('Dua hal yang tetap harus dilakukan');
      const steps = Array.from(root(el).querySelectorAll('.steps li')).map(text);
      expect(steps).to.have.length(2);
      expect(steps[0]).to.contain('daftar.contoh.example.org');
      expect(steps[1]).to.contain('apakah perusahaan dan lowongan ini resmi');
      // An "i", not a check mark.
      expect(root(el).querySelector('.verdict path')!.getAttribute('d')).not.to.contain('7.6-7.6');
    });

    it('the result card follows `from`: a reader in Cambodia is shown the embassy first, not a number for Indonesia only', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz('from="kh"'));
      await runByClick(el, SAFE);
      const card = root(el).querySelector('awas-hotline-card')!;
      expect(card.getAttribute('from')).to.equal('kh');
      expect(card.hasAttribute('hotlines')).to.equal(false);
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // The same services and numbers as a card on the page for a reader in Cambodia (which ones: test/content/), and
      // not those for a reader in Indonesia.
      const standalone = async (from: string) =>
        (await fixture<AwasHotlineCard>(html`<awas-hotline-card layout="compact" from=${from}></awas-hotline-card>`)).shadowRoot!;
      const names = (r: ShadowRoot) => Array.from(r.querySelectorAll('.entry .name')).map(text);
      const dials = (r: ShadowRoot) => Array.from(r.querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href'));
      const [kh, id] = [await standalone('kh'), await standalone('id')];
      expect(names(card.shadowRoot!)).to.deep.equal(names(kh));
      expect(names(kh)).not.to.deep.equal(names(id));
      expect(dials(kh)).not.to.deep.equal([]);
      expect(dials(card.shadowRoot!)).to.deep.equal(dials(kh));
      const domestic = dials(id).filter((d) => !dials(kh).includes(d));
      expect(domestic, 'numbers callable only in Indonesia').not.to.deep.equal([]);
      for (const d of domestic) expect(dials(card.shadowRoot!)).not.to.include(d);
    });

    it('embeds a compact hotline card for the reader’s location in the quiz language', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz('lang="en" theme="dark"'));
      await runByClick(el, SAFE);
      const card = root(el).querySelector('awas-hotline-card')!;
      expect(card.getAttribute('layout')).to.equal('compact');
      expect(card.hasAttribute('hotlines')).to.equal(false);
      expect(card.getAttribute('from')).to.equal('id');
      expect(card.getAttribute('lang')).to.equal('en');
      expect(card.getAttribute('theme')).to.equal('dark');
      expect(text(root(el).querySelector('#result')!)).to.equal('Result: No warning sign in your answers');
      expect(text(root(el).querySelector('.verdict p')!)).to.contain('does not mean the offer is safe');
      await expect(el).to.be.accessible();
    });

    it('passes the hotlines attribute to the card and reports entries that are not ids', async () => {
      const events = collectEvents(['awas-error']);
      const logs = captureConsole();
      try {
        const el = await fixture<AwasRiskQuiz>(riskQuiz('hotlines="sapa129, polri110"'));
        await runByClick(el, SAFE);
        expect(root(el).querySelector('awas-hotline-card')!.getAttribute('hotlines')).to.equal('sapa129,polri110');
        const bad = await fixture<AwasRiskQuiz>(riskQuiz('hotlines="<script>"'));
        await runByClick(bad, SAFE);
        expect(root(bad).querySelector('awas-hotline-card')!.hasAttribute('hotlines')).to.equal(false);
      } finally {
        events.stop();
        logs.restore();
      }
      expect(events.seen.map((e) => (e.detail as { code: string }).code)).to.deep.equal(['bad-attribute']);
      expect(logs.warn).to.have.length(1);
    });

    it('shares a generic warning and the page address (no query, no hash) on WhatsApp, never the answers', async () => {
      history.replaceState(null, '', `${location.pathname}?secret=1#answers`);
      try {
        const el = await fixture<AwasRiskQuiz>(riskQuiz());
        // Every answer the risky one: the message must still carry none of them.
        await runByClick(el, QUESTIONS.map((q) => q.risky as Answer));
        expect(text(root(el).querySelector('#result')!)).to.equal('Hasil: Risiko tinggi');
        const share = root(el).querySelector<HTMLAnchorElement>('.actions a')!;
        expect(text(share)).to.equal('Bagikan ke keluarga (membuka tab baru)');
        const url = new URL(share.href);
        expect(url.origin + url.pathname).to.equal('https://wa.me/');
        const message = url.searchParams.get('text')!;
        const page = location.origin + location.pathname;
        expect(message).to.equal(`Ada tawaran kerja ke luar negeri dengan gaji besar? Hati-hati, bisa jadi penipuan atau perdagangan orang. Cek dulu dengan kuis ini: ${page}`);
        expect(share.getAttribute('rel')).to.contain('noopener');
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });

    it('restarts with Ulangi: answers cleared, first question focused, a new start event on the next answer', async () => {
      const el = await quizAfterButton();
      await runByClick(el, SAFE);
      const events = collectEvents(['awas-quiz-start']);
      try {
        root(el).querySelector<HTMLButtonElement>('.actions button')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(focused(el)!.id).to.equal(`q-${QUESTIONS[0].id}`);
        expect(text(root(el).querySelector('.progress')!)).to.equal(`Pertanyaan 1 dari ${QUESTIONS.length}`);
        expect(answerButtons(el).every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
        answerButtons(el)[0].click();
        await el.updateComplete;
      } finally {
        events.stop();
      }
      expect(events.seen).to.deep.equal([{ type: 'awas-quiz-start', detail: { questionCount: QUESTIONS.length } }]);
    });
  });

  describe('list mode', () => {
    it('shows every question at once, insists on an answer for each, then shows the result', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz('mode="list"'));
      const items = root(el).querySelectorAll('.list > li');
      expect(items).to.have.length(QUESTIONS.length);
      expect(root(el).querySelector('.progress')).to.equal(null);
      expect(root(el).querySelectorAll('h3')).to.have.length(QUESTIONS.length);
      await expect(el).to.be.accessible();

      const groups = Array.from(root(el).querySelectorAll('[role=group]'));
      // Answer the first question only, then ask for the result.
      (groups[0].querySelectorAll('button')[0] as HTMLButtonElement).click();
      await el.updateComplete;
      const submit = root(el).querySelector<HTMLButtonElement>('.submit')!;
      expect(text(submit)).to.equal('Lihat hasil');
      submit.click();
      await el.updateComplete;
      expect(text(root(el).querySelector('.error')!)).to.equal(`Jawab semua pertanyaan dulu (masih ${QUESTIONS.length - 1} lagi).`);
      expect(focused(el)!.id, 'focus on the first unanswered question').to.equal(`q-${QUESTIONS[1].id}`);
      expect(root(el).querySelectorAll('.unanswered')).to.have.length(QUESTIONS.length - 1);
      expect(root(el).querySelector('[part=result]')).to.equal(null);
      await expect(el).to.be.accessible();

      for (const [i, group] of groups.entries()) {
        if (i === 0) continue;
        (group.querySelectorAll('button')[INDEX[SAFE[i]]] as HTMLButtonElement).click();
        await el.updateComplete;
        if (i === 1) expect(text(root(el).querySelector('.error')!)).to.equal(`Jawab semua pertanyaan dulu (masih ${QUESTIONS.length - 2} lagi).`);
      }
      // Changing an answer before submitting is possible: the pressed state follows.
      (groups[0].querySelectorAll('button')[1] as HTMLButtonElement).click();
      await el.updateComplete;
      expect(Array.from(groups[0].querySelectorAll('button')).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
      expect(root(el).querySelectorAll('.unanswered')).to.have.length(0);
      const complete = oneEvent(el, 'awas-quiz-complete');
      submit.click();
      const { detail } = await complete;
      expect(detail).to.deep.equal({ band: 'rendah', flagCount: 0, questionCount: QUESTIONS.length });
      await el.updateComplete;
      expect(focused(el)!.id).to.equal('result');
      await expect(el).to.be.accessible();
    });

    it('can be completed with the keyboard alone', async () => {
      const el = await quizAfterButton(riskQuiz('mode="list" questions="dokumen-ditahan,kontrak"'));
      // dokumen-ditahan: Tab to "Tidak" (2nd), Space. kontrak (a signed contract): Tab past "Tidak tahu" to "Ya" of the next group, Enter.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      for (let n = 0; n < 2; n++) await sendKeys({ press: 'Tab' });
      expect(text(focused(el)!)).to.equal('Ya');
      await sendKeys({ press: 'Enter' });
      for (let n = 0; n < 3; n++) await sendKeys({ press: 'Tab' });
      expect(text(focused(el)!)).to.equal('Lihat hasil');
      const complete = oneEvent(el, 'awas-quiz-complete');
      await sendKeys({ press: 'Enter' });
      expect((await complete).detail).to.deep.equal({ band: 'rendah', flagCount: 0, questionCount: 2 });
    });

    it('restart in list mode focuses the first question', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz('mode="list" questions="kontrak"'));
      answerButtons(el)[2].click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.submit')!.click();
      await el.updateComplete;
      expect(text(root(el).querySelector('#result')!)).to.equal('Hasil: Risiko tinggi');
      el.restart();
      await el.updateComplete;
      expect(focused(el)!.id).to.equal('q-kontrak');
      expect(root(el).querySelectorAll('.list > li')).to.have.length(1);
    });
  });

  describe('attributes and bad input', () => {
    async function withErrors<T>(fn: () => Promise<T>) {
      const events = collectEvents(['awas-error']);
      const logs = captureConsole();
      try {
        const value = await fn();
        return { value, codes: events.seen.map((e) => (e.detail as { code: string }).code), messages: events.seen.map((e) => (e.detail as { message: string }).message), logs };
      } finally {
        events.stop();
        logs.restore();
      }
    }

    it('asks the questions named in `questions`, in that order', async () => {
      const { value: el, codes } = await withErrors(() => fixture<AwasRiskQuiz>(riskQuiz('questions="dokumen-ditahan, izin-kerja"')));
      expect(codes).to.deep.equal([]);
      expect(text(root(el).querySelector('.progress')!)).to.equal('Pertanyaan 1 dari 2');
      expect(root(el).querySelector('h3')!.id).to.equal('q-dokumen-ditahan');
      const complete = oneEvent(el, 'awas-quiz-complete');
      // Documents asked for? No (safe). Work permit seen? No (risky): half the weight, so tinggi without a critical flag.
      answerButtons(el)[INDEX.no].click();
      await el.updateComplete;
      expect(root(el).querySelector('h3')!.id).to.equal('q-izin-kerja');
      answerButtons(el)[INDEX.no].click();
      expect((await complete).detail).to.deep.equal({ band: 'tinggi', flagCount: 1, questionCount: 2 });
      await el.updateComplete;
      const visa = QUESTIONS.find((q) => q.id === 'izin-kerja')!;
      expect(Array.from(root(el).querySelectorAll('.flag strong')).map(text)).to.deep.equal([visa.text.id.flag]);
      expect(root(el).querySelector('.flag .tag'), 'not a critical flag').to.equal(null);
    });

    it('reports unknown and malformed ids once, keeps the known ones, or asks all when none is known', async () => {
      const { value: el, codes, logs } = await withErrors(async () => {
        const quiz = await fixture<AwasRiskQuiz>(riskQuiz('questions="dokumen-ditahan,nope,Bad Id!"'));
        quiz.requestUpdate();
        await quiz.updateComplete;
        return quiz;
      });
      expect(codes).to.deep.equal(['bad-attribute', 'unknown-id']);
      expect(logs.warn).to.have.length(2);
      expect(logs.warn[1]).to.contain('questions names unknown ids: nope.');
      expect(root(el).querySelectorAll('.bar span')).to.have.length(1);

      const all = await withErrors(() => fixture<AwasRiskQuiz>(riskQuiz('questions="nope"')));
      expect(all.codes).to.deep.equal(['unknown-id']);
      expect(all.messages[0]).to.contain('asking all');
      expect(text(root(all.value).querySelector('.progress')!)).to.equal(`Pertanyaan 1 dari ${QUESTIONS.length}`);
    });

    it('falls back to one question at a time for an unknown mode', async () => {
      const { value: el, codes } = await withErrors(() => fixture<AwasRiskQuiz>(riskQuiz('mode="grid"')));
      expect(codes).to.deep.equal(['bad-attribute']);
      expect(el.mode).to.equal('step');
      expect(root(el).querySelector('.progress')).to.exist;
    });

    it('uses custom questions from inline JSON and drops only the invalid ones', async () => {
      const custom = {
        questions: [
          customQuestion('satu'),
          customQuestion('dua', { text: { id: { question: 'Tanpa alasan?' } } }),
          customQuestion('satu'),
          customQuestion('tiga', { weight: 'berat' }),
          customQuestion('empat', { weight: 2, critical: true, text: { id: { question: 'Empat?', flag: 'Tanda empat', why: 'Alasan empat.' }, en: { question: 'Four?', flag: 'Sign four', why: 'Reason four.' } } }),
        ],
      };
      const { value: el, codes, logs } = await withErrors(() =>
        fixture<AwasRiskQuiz>(html`<awas-risk-quiz lang="en"><script type="application/json">${JSON.stringify(custom)}</script></awas-risk-quiz>`),
      );
      expect(codes).to.deep.equal(['content-invalid', 'content-invalid', 'content-invalid']);
      expect(logs.warn).to.have.length(3);
      expect(text(root(el).querySelector('.progress')!)).to.equal('Question 1 of 2');
      // Only Indonesian texts: shown in Indonesian even on an English page.
      expect(text(root(el).querySelector('h3')!)).to.equal('Pertanyaan satu?');
      await runByClick(el, ['no', 'yes']);
      expect(text(root(el).querySelector('#result')!)).to.equal('Result: High risk');
      expect(text(root(el).querySelector('.flag')!)).to.contain('Sign four').and.contain('Reason four.');
    });

    it('falls back to the built-in questions for zero questions or nothing valid', async () => {
      for (const custom of [{ questions: [] }, { questions: [customQuestion('x', { weight: '3' }), customQuestion('y', { text: {} })] }]) {
        resetLogged();
        const { value: el, codes } = await withErrors(() =>
          fixture<AwasRiskQuiz>(html`<awas-risk-quiz><script type="application/json">${JSON.stringify(custom)}</script></awas-risk-quiz>`),
        );
        expect(codes).to.include('content-empty');
        expect(shown(el)).to.deep.equal(await builtIn());
      }
    });

    it('shows a source without its link when the link is unusable, and skips questions without usable text', async () => {
      const custom = {
        questions: [
          customQuestion('satu', { source: { name: 'Sumber tanpa tautan', url: 'https://user:pw@example.org/', date: '2025-01-01' } }),
          customQuestion('dua', { text: { id: { question: '\u200B', flag: '\u200B', why: '\u200B' } } }),
        ],
      };
      const { value: el, codes } = await withErrors(() =>
        fixture<AwasRiskQuiz>(html`<awas-risk-quiz><script type="application/json">${JSON.stringify(custom)}</script></awas-risk-quiz>`),
      );
      expect(codes).to.deep.equal(['content-invalid', 'content-invalid']);
      await runByClick(el, ['yes']);
      const source = root(el).querySelector('.flag .source')!;
      expect(text(source)).to.equal('Sumber: Sumber tanpa tautan, 1 Januari 2025');
      expect(source.querySelector('a')).to.equal(null);
    });

    it('waits for content-src before judging the `questions` ids', async () => {
      const custom = { questions: [customQuestion('remote-a'), customQuestion('remote-b')] };
      const src = `/__test/echo?body=${encodeURIComponent(JSON.stringify(custom))}`;
      const { value: el, codes } = await withErrors(async () => {
        const quiz = await fixture<AwasRiskQuiz>(html`<awas-risk-quiz content-src=${src} questions="remote-b"></awas-risk-quiz>`);
        await waitUntil(() => root(quiz).querySelector('h3')?.id === 'q-remote-b', 'remote question not shown');
        return quiz;
      });
      expect(codes).to.deep.equal([]);
      expect(text(root(el).querySelector('.progress')!)).to.equal('Pertanyaan 1 dari 1');
    });

    it('keeps the built-in questions and explains when content-src fails', async () => {
      const { value: el, codes } = await withErrors(async () => {
        const quiz = await fixture<AwasRiskQuiz>(html`<awas-risk-quiz content-src="/__test/status/404"></awas-risk-quiz>`);
        await waitUntil(() => !(quiz as unknown as { content: { loading: boolean } }).content.loading);
        return quiz;
      });
      expect(codes).to.deep.equal(['content-http']);
      expect(shown(el)).to.deep.equal(await builtIn());
    });
  });

  describe('privacy', () => {
    it('makes no request, stores nothing, and its events carry no answers', async () => {
      const requests: string[] = [];
      const saved = { fetch: window.fetch, open: XMLHttpRequest.prototype.open, beacon: navigator.sendBeacon, WebSocket: window.WebSocket, Image: window.Image };
      window.fetch = ((input: RequestInfo | URL) => (requests.push(`fetch ${String(input)}`), saved.fetch(input))) as typeof fetch;
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        requests.push(`xhr ${String(args[1])}`);
        return (saved.open as (...a: unknown[]) => void).apply(this, args);
      } as typeof XMLHttpRequest.prototype.open;
      navigator.sendBeacon = ((url: string) => (requests.push(`beacon ${url}`), true)) as typeof navigator.sendBeacon;
      (window as unknown as { WebSocket: unknown }).WebSocket = function (url: string) {
        requests.push(`ws ${url}`);
      };
      const resources = performance.getEntriesByType('resource').length;
      const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
      const events = collectEvents(['awas-quiz-start', 'awas-quiz-complete', 'awas-error']);
      try {
        for (const mode of ['step', 'list']) {
          const el = await fixture<AwasRiskQuiz>(riskQuiz(`mode="${mode}"`));
          const answers = QUESTIONS.map((_, i) => (['yes', 'no', 'unknown'] as Answer[])[i % 3]);
          if (mode === 'step') await runByClick(el, answers);
          else {
            const groups = root(el).querySelectorAll('[role=group]');
            answers.forEach((a, i) => (groups[i].querySelectorAll('button')[INDEX[a]] as HTMLButtonElement).click());
            await el.updateComplete;
            root(el).querySelector<HTMLButtonElement>('.submit')!.click();
            await el.updateComplete;
          }
          expect(root(el).querySelector('[part=result]')).to.exist;
          // Fully rendered, the card inside the result too: whatever would load has been asked for by now.
          await settled(el);
          expect(loaders(el), `${mode}: nothing in the result loads`).to.deep.equal([]);
          root(el).querySelector<HTMLButtonElement>('.actions button')!.click();
          await settled(el);
          expect(loaders(el), `${mode}: nothing after "again" loads`).to.deep.equal([]);
        }
      } finally {
        window.fetch = saved.fetch;
        XMLHttpRequest.prototype.open = saved.open;
        navigator.sendBeacon = saved.beacon;
        window.WebSocket = saved.WebSocket;
        events.stop();
      }
      expect(requests).to.deep.equal([]);
      // The browser's own favicon request is not ours.
      const loaded = performance.getEntriesByType('resource').slice(resources).map((r) => r.name).filter((n) => !n.endsWith('/favicon.ico'));
      expect(loaded, 'no resource loaded').to.deep.equal([]);
      expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(before);
      expect(events.seen.map((e) => e.type)).to.deep.equal(['awas-quiz-start', 'awas-quiz-complete', 'awas-quiz-start', 'awas-quiz-complete']);
      for (const e of events.seen) {
        const keys = Object.keys(e.detail as object).sort();
        expect(keys).to.deep.equal(e.type === 'awas-quiz-start' ? ['questionCount'] : ['band', 'flagCount', 'questionCount']);
        expect(JSON.stringify(e.detail)).not.to.match(new RegExp(['yes', 'unknown', '"no"', ...QUESTIONS.map((q) => q.id)].join('|')));
      }
      const fired = QUESTIONS.filter((q, i) => i % 3 === 2 || ['yes', 'no'][i % 3] === q.risky).length;
      expect(events.seen[1].detail).to.deep.equal({ band: 'tinggi', flagCount: fired, questionCount: QUESTIONS.length });
    });
  });

  describe('look', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference', media: 'screen' }));

    it('has nothing that moves (no transition or animation), also under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<AwasRiskQuiz>(riskQuiz());
      answerButtons(el)[0].click();
      await el.updateComplete;
      for (const node of Array.from(root(el).querySelectorAll('*'))) {
        const style = getComputedStyle(node);
        expect(style.animationName, node.className).to.equal('none');
        expect(style.transitionDuration, node.className).to.equal('0s');
      }
    });

    it('keeps the chosen answer and the progress visible in forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<AwasRiskQuiz>(riskQuiz('mode="list" questions="dokumen-ditahan,kontrak"'));
      answerButtons(el)[0].click();
      await el.updateComplete;
      const [pressed, other] = answerButtons(el);
      expect(getComputedStyle(pressed).backgroundColor).not.to.equal(getComputedStyle(other).backgroundColor);
      expect(getComputedStyle(pressed, '::before').content).to.equal('"✓ " / ""');
    });

    it('prints the result without its buttons', async () => {
      const el = await fixture<AwasRiskQuiz>(riskQuiz('questions="dokumen-ditahan"'));
      await runByClick(el, ['yes']);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(root(el).querySelector('.actions')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.steps')!).display).not.to.equal('none');
    });

    it('is legible in the dark theme and at 320 px', async () => {
      const { el } = await wrapped(`<div style="width:320px">${riskQuiz('theme="dark"')}</div>`);
      const rootBox = root(el).querySelector('.root') as HTMLElement;
      expect(rootBox.scrollWidth).to.be.at.most(rootBox.clientWidth);
      expect(answerButtons(el).every((b) => b.getBoundingClientRect().height >= 44)).to.equal(true);
      expect(getComputedStyle(rootBox).backgroundColor).to.equal('rgb(31, 29, 28)');
      await expect(el).to.be.accessible();
      await runByClick(el, SAFE.map((a, i) => (i < 3 ? 'yes' : a)));
      expect(rootBox.scrollWidth).to.be.at.most(rootBox.clientWidth);
      await expect(el).to.be.accessible();
    });
  });
});

