import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Stories navigate nowhere: the exit is cancelled by pointing href at the story itself. */
const meta: Meta = {
  title: 'Widgets/Safe exit',
  component: 'awas-safe-exit',
  args: { lang: 'id', position: 'inline', showNote: false, noShortcut: true },
  render: (args) => html`<awas-safe-exit
    lang=${args.lang}
    position=${args.position}
    ?show-note=${args.showNote}
    ?no-shortcut=${args.noShortcut}
    href="about:blank"
  ></awas-safe-exit>`,
};
export default meta;
type Story = StoryObj;

export const Inline: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const WithHistoryNote: Story = { args: { showNote: true } };
export const FloatingBottomRight: Story = { args: { position: 'bottom-right' } };
export const DarkTheme: Story = {
  render: () => html`<div style="background:#111;padding:16px"><awas-safe-exit theme="dark" no-shortcut></awas-safe-exit></div>`,
};
export const BadHref: Story = {
  name: 'Bad input: javascript: href falls back to the default',
  render: () => html`<awas-safe-exit href="javascript:alert(1)" no-shortcut></awas-safe-exit>`,
};
