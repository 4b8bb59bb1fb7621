import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { LANGS } from '../src/i18n/languages.js';

const meta: Meta = {
  title: 'Widgets/Hotline card',
  component: 'awas-hotline-card',
  args: { lang: 'id', from: 'id', layout: 'full', hotlines: '', heading: '', theme: 'light', limit: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: [...LANGS] },
    from: { control: 'inline-radio', options: ['id', 'kh', 'my'] },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => html`<awas-hotline-card
    lang=${args.lang}
    from=${args.from}
    layout=${args.layout}
    theme=${args.theme}
    hotlines=${args.hotlines || nothing}
    heading=${args.heading || nothing}
    limit=${args.limit || nothing}
  ></awas-hotline-card>`,
};
export default meta;
type Story = StoryObj;

export const InIndonesia: Story = {};
export const InCambodia: Story = { args: { from: 'kh' } };
export const OtherCountry: Story = { name: 'Other country (from="my"): reachable from abroad', args: { from: 'my' } };
export const English: Story = { args: { lang: 'en' } };
export const InASidebar: Story = {
  name: 'In a 270 px sidebar (Cambodia): three services lead, the rest folded',
  args: { from: 'kh' },
  decorators: [(story) => html`<div style="max-width:270px">${story()}</div>`],
};
export const Limit: Story = { name: 'limit="2": two services lead, "Semua layanan (4)" holds the rest', args: { limit: '2' } };
export const BadLimit: Story = { name: 'Bad input: limit="nol" → three, with a console message', args: { limit: 'nol' } };
export const Compact: Story = { args: { layout: 'compact', hotlines: 'kp2mi,sapa129', heading: 'Hubungi segera' } };
export const ChosenHotlines: Story = { args: { hotlines: 'sapa129,polri110' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const FromPageLinks: Story = {
  name: 'Progressive enhancement: links written on the page',
  render: () => html`<awas-hotline-card heading="Hotline Dinas Tenaga Kerja">
    <ul>
      <li>KP2MI: <a href="tel:08001000" data-free>0800-1000</a> <a href="https://wa.me/628118080141">WhatsApp</a></li>
      <li><a href="tel:110">Polisi 110</a></li>
    </ul>
  </awas-hotline-card>`,
};
export const InlineJson: Story = {
  name: 'Own content: inline JSON with a regional hotline (merge) and a recorded call',
  render: () => {
    const el = document.createElement('awas-hotline-card');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      merge: true,
      hotlines: [
        {
          id: 'disnaker-contoh',
          country: 'id',
          audience: { id: 1 },
          channels: [{ type: 'phone', value: '0812-0000-5678', calledOn: '2026-11-25', calledBy: 'Tim Desa Contoh' }],
          text: { id: { name: 'Disnaker Kabupaten Contoh', description: 'Contoh hotline daerah.' }, en: { name: 'Example district labour office' } },
          source: { name: 'Contoh', url: 'https://example.org/', date: '2026-11-01' },
          checkedOn: '2026-11-20',
          reviewBy: '2027-05-20',
        },
      ],
    });
    el.append(script);
    return el;
  },
};
export const BadInput: Story = {
  name: 'Bad input: unknown ids and a javascript: link → national defaults',
  render: () => html`<awas-hotline-card hotlines="tidak-ada"><a href="javascript:alert(1)">Klik</a></awas-hotline-card>`,
};
export const StaleEntry: Story = {
  name: 'An entry past reviewBy: still shown, warns in the console',
  render: () => {
    const el = document.createElement('awas-hotline-card');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      hotlines: [
        {
          id: 'lama',
          country: 'id',
          audience: { id: 1 },
          channels: [{ type: 'phone', value: '110' }],
          text: { id: { name: 'Entri lama' } },
          source: { name: 'Contoh', url: 'https://example.org/', date: '2023-01-01' },
          checkedOn: '2023-01-02',
          reviewBy: '2024-01-01',
        },
      ],
    });
    el.append(script);
    return el;
  },
};
