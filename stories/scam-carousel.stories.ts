import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LANGS } from '../src/i18n/languages.js';

const meta: Meta = {
  title: 'Widgets/Scam carousel',
  component: 'awas-scam-carousel',
  args: { lang: 'id', reveal: 'tap', autoplay: false, interval: 10, examples: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: [...LANGS] },
    reveal: { control: 'inline-radio', options: ['tap', 'always'] },
    interval: { control: { type: 'number', min: 5 } },
  },
  render: (args) => html`<awas-scam-carousel
    lang=${args.lang}
    reveal=${args.reveal}
    ?autoplay=${args.autoplay}
    interval=${args.interval}
    examples=${ifDefined(args.examples || undefined)}
  ></awas-scam-carousel>`,
};
export default meta;
type Story = StoryObj;

/** Six built-in examples; the reader reveals the red flags with "Tunjukkan tanda bahaya". */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** `reveal="always"`: phrases highlighted and explanations shown from the start. */
export const FlagsAlwaysShown: Story = { args: { reveal: 'always' } };
export const ChatExample: Story = { args: { examples: 'dapur-thailand', reveal: 'always' } };
export const JobSiteAd: Story = { args: { examples: 'portal-cs', reveal: 'always' } };
/** Selection and order of examples by id. */
export const ChosenExamples: Story = { args: { examples: 'visa-turis,ajak-teman,cs-kamboja' } };
/** `autoplay`: the rotation control comes first; rotation stops on hover and focus and never under reduced motion. */
export const Autoplay: Story = { args: { autoplay: true, interval: 8 } };
export const DarkTheme: Story = {
  render: () => html`<div style="background:#121212;padding:16px"><awas-scam-carousel theme="dark" reveal="always"></awas-scam-carousel></div>`,
};
/**
 * An author's own example with an image (inline JSON, same format as content-src). Images are lazy-loaded,
 * http(s) only, and need alt text in the reader's language. (The placeholder picture is fetched by Storybook only.)
 */
export const AuthorExampleWithImage: Story = {
  render: () => html`<awas-scam-carousel reveal="always">
    <script type="application/json">
      ${JSON.stringify({
        examples: [
          {
            id: 'poster',
            kind: 'post',
            source: { name: 'Tempo', url: 'https://www.tempo.co/', date: '2025-04-06' },
            checkedOn: '2026-11-23',
            reviewBy: '2027-11-23',
            image: {
              src: 'https://placehold.co/600x240/png?text=Lowongan+luar+negeri',
              alt: { id: 'Poster lowongan: gaji besar, kerja di luar negeri', en: 'Job poster: big pay, work abroad' },
            },
            flags: [{ id: 'gaji', redFlag: 1, source: { name: 'Kemlu, via Antara/Suara.com', url: 'https://www.suara.com/', date: '2022-08-05' } }],
            text: {
              id: {
                title: 'Poster di grup WhatsApp',
                sender: 'Info Kerja (akun fiktif)',
                lines: [{ text: '[[gaji|Gaji Rp15 juta, tanpa pengalaman!]]' }],
                flags: { gaji: 'Gaji sangat tinggi untuk kerja mudah tanpa keahlian adalah umpan.' },
              },
            },
          },
        ],
      })}
    </script>
  </awas-scam-carousel>`,
};
export const BadInput: Story = {
  name: 'Bad input: unknown id, interval below 5 (valid examples still shown)',
  render: () => html`<awas-scam-carousel examples="tidak-ada,visa-turis,ajak-teman" interval="2"></awas-scam-carousel>`,
};
