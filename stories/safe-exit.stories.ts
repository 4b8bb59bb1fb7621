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
export const FloatingOutOfTheWay: Story = {
  name: 'Floating: moves to the top when its corner would cover a control',
  // The button's corner (bottom-right) holds a full-width button on first view: the exit takes the top-right corner.
  render: () => html`<div style="height: calc(100vh - 60px)"></div>
    <button type="button" style="display:block;width:100%;min-height:48px">Ya</button>
    <awas-safe-exit position="bottom-right" href="about:blank" no-shortcut></awas-safe-exit>`,
};
export const OnTouchPhone: Story = {
  name: 'On a touch phone: no Shift hint (emulate a touch device to see it)',
  // With hover: none and pointer: coarse (a phone without a keyboard) the "or press Shift 3 times" line is not shown.
  render: () => html`<awas-safe-exit href="about:blank"></awas-safe-exit>`,
};
export const DarkTheme: Story = {
  render: () => html`<div style="background:#111;padding:16px"><awas-safe-exit theme="dark" no-shortcut></awas-safe-exit></div>`,
};
export const BadHref: Story = {
  name: 'Bad input: javascript: href falls back to the default',
  render: () => html`<awas-safe-exit href="javascript:alert(1)" no-shortcut></awas-safe-exit>`,
};
