import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { LANGS } from '../src/i18n/languages.js';

/** Sourced figures; static by default. Motion always has a Pause button and is off under reduced motion. */
const meta: Meta = {
  title: 'Widgets/Stats ticker',
  component: 'awas-stats-ticker',
  args: { lang: 'id', mode: 'static', interval: 8, animate: false, stats: '', theme: 'light' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['static', 'rotate', 'marquee'] },
    lang: { control: 'inline-radio', options: [...LANGS] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    interval: { control: { type: 'number', min: 5, max: 120 } },
  },
  render: (args) => html`<awas-stats-ticker
    lang=${args.lang}
    mode=${args.mode}
    interval=${args.interval}
    theme=${args.theme}
    stats=${args.stats || nothing}
    ?animate=${args.animate}
  ></awas-stats-ticker>`,
};
export default meta;
type Story = StoryObj;

export const Static: Story = { name: 'Static grid (default)' };
export const English: Story = { args: { lang: 'en' } };
export const ChosenFigures: Story = { name: 'Chosen figures and order', args: { stats: 'ppatk-gambling-2024,kemlu-online-scam,ohchr-cambodia' } };
export const Rotate: Story = { args: { mode: 'rotate' } };
export const Marquee: Story = { args: { mode: 'marquee' } };
export const MarqueePaused: Story = {
  name: 'Marquee, paused by the reader',
  render: () => html`<awas-stats-ticker mode="marquee"></awas-stats-ticker>`,
  // The same as pressing Pause: the row stops where it is and can be swiped.
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('awas-stats-ticker') as (HTMLElement & { pause(): void; updateComplete: Promise<boolean> }) | null;
    await customElements.whenDefined('awas-stats-ticker');
    el?.pause();
  },
};
export const CountUp: Story = { name: 'Count-up when scrolled into view (animate)', args: { animate: true, stats: 'kemlu-online-scam,kbri-phnom-penh-2025,ppatk-gambling-2024' } };
export const BeforeCount: Story = {
  name: 'Count-up, before it comes into view: the real figures, painted (animate)',
  // Below the fold: until the reader scrolls there, text, print and screenshot all say the real figure, never "0".
  render: () => html`<p>Gulir ke bawah: angka dihitung naik saat terlihat.</p>
    <div style="margin-top: 150vh">
      <awas-stats-ticker animate stats="kemlu-online-scam,ppatk-gambling-2024"></awas-stats-ticker>
    </div>`,
};
export const SingleFigure: Story = { name: 'One figure: no motion, no button', args: { mode: 'rotate', stats: 'myawaddy-2025' } };
export const DarkTheme: Story = {
  render: () => html`<div style="background:#111;padding:16px">
    <awas-stats-ticker theme="dark" mode="rotate" lang="en"></awas-stats-ticker>
  </div>`,
};
export const OwnContent: Story = {
  name: 'Own content (inline JSON); a figure without a source is not shown',
  render: () => html`<awas-stats-ticker>
    <script type="application/json">
      {
        "stats": [
          {
            "id": "contoh-desa",
            "value": 12,
            "source": { "name": "Dinas Tenaga Kerja (contoh)", "url": "https://example.org/", "date": "2026-10-01" },
            "checkedOn": "2026-11-23",
            "reviewBy": "2027-05-23",
            "text": { "id": { "unit": "warga", "label": "berangkat lewat jalur resmi dari desa ini (contoh)", "period": "Januari – September 2026" } }
          },
          { "id": "tanpa-sumber", "value": 999, "checkedOn": "2026-11-23", "reviewBy": "2027-11-23", "text": { "id": { "label": "angka tanpa sumber" } } }
        ]
      }
    </script>
  </awas-stats-ticker>`,
};
export const BadAttributes: Story = {
  name: 'Bad input: unknown id, interval below 5, unknown mode',
  render: () => html`<awas-stats-ticker stats="tidak-ada,kbri-phnom-penh-2025" interval="2" mode="spin"></awas-stats-ticker>`,
};
