import { expect, fixture } from '@open-wc/testing';
import { AwasRiskQuiz } from '../../components/risk-quiz/risk-quiz.js';
import { questionsFixture as pack, riskQuiz } from '../helpers/fixtures.js';

AwasRiskQuiz.define('awas-risk-quiz');

interface FakeVoice {
  lang: string;
  localService: boolean;
  name: string;
}

class FakeUtterance {
  voice: FakeVoice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  constructor(public voices: FakeVoice[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancelled++;
  }
}

const w = window as unknown as Record<string, unknown>;
const saved = { synth: w.speechSynthesis, Utterance: w.SpeechSynthesisUtterance };

function install(synth: unknown, Utterance: unknown = FakeUtterance) {
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
}

const ID_VOICE: FakeVoice = { lang: 'id-ID', localService: true, name: 'Bahasa Indonesia' };
const root = (el: AwasRiskQuiz) => el.shadowRoot!;
const listen = (el: AwasRiskQuiz) => root(el).querySelector<HTMLButtonElement>('.listen');
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('awas-risk-quiz read aloud (Dengarkan)', () => {
  afterEach(() => install(saved.synth, saved.Utterance));

  it('reads the question with an on-device Indonesian voice, and stops on a second press', async () => {
    const synth = new FakeSynth([{ lang: 'en-US', localService: true, name: 'English' }, ID_VOICE]);
    install(synth);
    const el = await fixture<AwasRiskQuiz>(riskQuiz());
    const button = listen(el)!;
    expect(text(button)).to.equal('▶ Dengarkan');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(synth.spoken).to.have.length(1);
    const [u] = synth.spoken;
    expect(u.text).to.equal(`${pack.questions[0].text.id.question} Ya, Tidak, Tidak tahu?`);
    expect(u.voice).to.equal(ID_VOICE);
    expect(u.lang).to.equal('id-ID');
    expect(text(listen(el)!)).to.equal('■ Berhenti');
    expect(listen(el)!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    listen(el)!.click();
    await el.updateComplete;
    expect(synth.cancelled).to.be.greaterThan(0);
    expect(text(listen(el)!)).to.equal('▶ Dengarkan');
    // The cancelled utterance ends later: that must not disturb anything.
    u.onend!();
    await el.updateComplete;
    expect(text(listen(el)!)).to.equal('▶ Dengarkan');
  });

  it('returns to "Dengarkan" when reading ends, and stops reading when the reader answers', async () => {
    const synth = new FakeSynth([ID_VOICE]);
    install(synth);
    const el = await fixture<AwasRiskQuiz>(riskQuiz());
    listen(el)!.click();
    await el.updateComplete;
    synth.spoken[0].onend!();
    await el.updateComplete;
    expect(text(listen(el)!)).to.equal('▶ Dengarkan');
    listen(el)!.click();
    await el.updateComplete;
    const cancelled = synth.cancelled;
    root(el).querySelector<HTMLButtonElement>('.answer')!.click();
    await el.updateComplete;
    expect(synth.cancelled).to.equal(cancelled + 1);
    expect(text(listen(el)!)).to.equal('▶ Dengarkan');
    // Back also stops reading.
    listen(el)!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    expect(synth.cancelled).to.equal(cancelled + 3);
  });

  it('reads the result: band, summary, flags and next steps, with no phone number of its own', async () => {
    const synth = new FakeSynth([ID_VOICE]);
    install(synth);
    const el = await fixture<AwasRiskQuiz>(riskQuiz('questions="dokumen-ditahan"'));
    root(el).querySelector<HTMLButtonElement>('.answer')!.click();
    await el.updateComplete;
    listen(el)!.click();
    const spoken = synth.spoken[0].text;
    const passport = pack.questions.find((q) => q.id === 'dokumen-ditahan')!;
    expect(spoken).to.match(/^Risiko tinggi\. Tawaran ini punya tanda-tanda/);
    expect(spoken).to.contain(`${passport.text.id.flag}.`).and.contain('Yang harus dilakukan:');
    // The steps shown are the steps read, in the same order: passport, then the official services below.
    const steps = Array.from(root(el).querySelectorAll('.steps li')).map(text);
    expect(steps).to.have.length(2);
    const at = steps.map((step) => spoken.indexOf(step));
    expect(at.every((i) => i > spoken.indexOf('Yang harus dilakukan:')), `every step read after the heading: ${spoken}`).to.equal(true);
    expect(at[0]).to.be.lessThan(at[1]);
    expect(steps[0]).to.contain('Jangan pernah menyerahkan paspor');
    expect(steps[1]).to.contain('Ragu? Tanyakan dulu ke salah satu layanan resmi di bawah ini.');
    // The contacts are the hotline card's: the quiz reads out no number (the old 0 8 0 0, 1 0 0 0 is gone).
    expect(spoken).not.to.match(/\d/);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows no button without an on-device voice for the language, and one in English with an English voice', async () => {
    install(new FakeSynth([{ lang: 'id-ID', localService: false, name: 'Google Bahasa Indonesia (network)' }, { lang: 'en-GB', localService: true, name: 'English' }]));
    const id = await fixture<AwasRiskQuiz>(riskQuiz());
    expect(listen(id)).to.equal(null);
    const en = await fixture<AwasRiskQuiz>(riskQuiz('lang="en"'));
    expect(text(listen(en)!)).to.equal('▶ Listen');
  });

  it('accepts the old Android "in_ID" voice tag and notices voices that arrive late', async () => {
    const synth = new FakeSynth([]);
    install(synth);
    const el = await fixture<AwasRiskQuiz>(riskQuiz());
    expect(listen(el)).to.equal(null);
    synth.voices = [{ lang: 'in_ID', localService: true, name: 'Old Android' }];
    synth.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    expect(listen(el)).to.exist;
  });

  it('stops reading when removed from the page and stops listening for voices', async () => {
    const synth = new FakeSynth([ID_VOICE]);
    install(synth);
    const el = await fixture<AwasRiskQuiz>(riskQuiz());
    listen(el)!.click();
    const before = synth.cancelled;
    el.remove();
    expect(synth.cancelled).to.equal(before + 1);
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => (updates++, original(...args));
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(updates).to.equal(0);
  });

  it('works without any speech support', async () => {
    install(undefined, undefined);
    const el = await fixture<AwasRiskQuiz>(riskQuiz());
    expect(listen(el)).to.equal(null);
    el.remove();
  });
});
