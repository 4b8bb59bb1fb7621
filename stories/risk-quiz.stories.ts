import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import pack from '../src/content/packs/questions.json';
import { LANGS } from '../src/i18n/languages.js';

type Answer = 'yes' | 'no' | 'unknown';
const ORDER: Record<Answer, number> = { yes: 0, no: 1, unknown: 2 };
const safe = (risky: string): Answer => (risky === 'yes' ? 'no' : 'yes');
/** Answers for the built-in questions: the safe answer, except where `overrides` says otherwise. */
const answersFor = (overrides: Record<string, Answer> = {}): Answer[] => pack.questions.map((q) => overrides[q.id] ?? safe(q.risky));
/** A seeker who believes every claim of the recruiter has still done none of the checks only they can do. */
const BELIEVER = { 'cek-siskop2mi': 'no', 'visa-kerja': 'no', 'perjanjian-kerja': 'no', opp: 'no' } as const;

async function quizIn(canvas: HTMLElement) {
  const el = canvas.querySelector('awas-risk-quiz') as HTMLElement & { updateComplete: Promise<boolean> };
  await customElements.whenDefined('awas-risk-quiz');
  await el.updateComplete;
  return el;
}

/** Press the answer buttons one question at a time, as a reader would (step mode). */
function answerSteps(answers: Answer[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await quizIn(canvasElement);
    for (const a of answers) {
      (el.shadowRoot!.querySelectorAll('.answer')[ORDER[a]] as HTMLButtonElement).click();
      await el.updateComplete;
    }
  };
}

/** Answer some questions of the list, then press "Lihat hasil". */
function answerList(answers: Answer[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await quizIn(canvasElement);
    const groups = el.shadowRoot!.querySelectorAll('[role=group]');
    answers.forEach((a, i) => (groups[i].querySelectorAll('button')[ORDER[a]] as HTMLButtonElement).click());
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.submit') as HTMLButtonElement).click();
  };
}

const meta: Meta = {
  title: 'Widgets/Risk quiz',
  component: 'awas-risk-quiz',
  args: { lang: 'id', mode: 'step', questions: '', heading: '', from: 'id', hotlines: '', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: [...LANGS] },
    mode: { control: 'inline-radio', options: ['step', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => html`<awas-risk-quiz
    lang=${args.lang}
    mode=${args.mode}
    theme=${args.theme}
    questions=${args.questions || nothing}
    heading=${args.heading || nothing}
    from=${args.from || nothing}
    hotlines=${args.hotlines || nothing}
  ></awas-risk-quiz>`,
};
export default meta;
type Story = StoryObj;

export const FirstQuestion: Story = { name: 'Step mode: first question' };
export const Midway: Story = { name: 'Step mode: question 3 with Back', play: answerSteps(['yes', 'no']) };
export const English: Story = { args: { lang: 'en' } };
export const List: Story = { name: 'List mode (mode="list")', args: { mode: 'list' } };
export const ListMissing: Story = {
  name: 'List mode: result asked before every answer',
  args: { mode: 'list', questions: 'negara-tujuan,syarat-mudah,cek-siskop2mi' },
  play: answerList(['no']),
};
export const ChosenQuestions: Story = { name: 'Chosen questions and own title', args: { questions: 'visa-kerja,paspor,perjanjian-kerja', heading: 'Cek dulu sebelum berangkat' } };
export const ResultHigh: Story = {
  name: 'Result: tinggi (a critical flag, some "Tidak tahu")',
  play: answerSteps(answersFor({ 'negara-tujuan': 'yes', 'cek-siskop2mi': 'unknown', biaya: 'unknown', 'lewat-medsos': 'yes' })),
};
export const ResultCareful: Story = {
  name: 'Result: waspada (a seeker who believes the recruiter, but checked nothing)',
  play: answerSteps(answersFor(BELIEVER)),
};
export const ResultFromCambodia: Story = {
  name: 'Result in Cambodia (from="kh", English): the embassy first, no number that works only in Indonesia',
  args: { lang: 'en', from: 'kh' },
  play: answerSteps(answersFor(BELIEVER)),
};
export const ResultLow: Story = {
  name: 'Result: rendah, "no warning sign in your answers" with two checks to do anyway (English, hotlines="kp2mi")',
  args: { lang: 'en', hotlines: 'kp2mi' },
  play: answerSteps(answersFor()),
};
export const Dark: Story = {
  name: 'Dark theme, result',
  args: { theme: 'dark', questions: 'paspor,perjanjian-kerja,lewat-medsos' },
  parameters: { backgrounds: { default: 'dark' } },
  play: answerSteps(['unknown', 'no', 'yes']),
};
export const Listen: Story = {
  name: 'Listen button (a device with an Indonesian voice, simulated)',
  args: { questions: 'visa-kerja,paspor' },
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    const voice = { lang: 'id-ID', localService: true, name: 'Story voice' };
    const synth = Object.assign(new EventTarget(), { getVoices: () => [voice], speak: () => undefined, cancel: () => undefined });
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    return () => {
      if (original) Object.defineProperty(window, 'speechSynthesis', original);
      else delete (window as unknown as Record<string, unknown>).speechSynthesis;
    };
  },
};
export const OwnQuestions: Story = {
  name: 'Own questions: inline JSON',
  render: () => html`<awas-risk-quiz lang="id">
    <script type="application/json">
      {
        "questions": [
          {
            "id": "agen-desa",
            "source": { "name": "Contoh tim kampanye", "url": "https://example.org/", "date": "2026-11-01" },
            "checkedOn": "2026-11-23",
            "reviewBy": "2027-11-23",
            "weight": 2,
            "risky": "yes",
            "text": { "id": { "question": "Apakah perekrut meminta Anda segera berangkat?", "flag": "Didesak segera berangkat", "why": "Contoh pertanyaan dari tim kampanye." } }
          }
        ]
      }
    </script>
  </awas-risk-quiz>`,
};
export const BadInput: Story = {
  name: 'Bad input: invalid questions, unknown ids and mode fall back to the built-in quiz',
  render: () => html`<awas-risk-quiz lang="id" mode="kotak" questions="tidak-ada">
    <script type="application/json">
      { "questions": [{ "id": "x", "weight": "berat" }, { "id": "x" }] }
    </script>
  </awas-risk-quiz>`,
};
