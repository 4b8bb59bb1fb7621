import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The copies the build renders from the widgets' own templates (.storybook/main.ts), as every snippet carries them.
import copies from 'virtual:awas-readable-copies';

type Copy = { html: string; css: string };

/** The build's own output as nodes. Not content: the renderer escaped every content text when it wrote this HTML. */
function nodesOf(markup: string): HTMLDivElement {
  const box = document.createElement('div');
  // eslint-disable-next-line no-restricted-syntax -- build output of hosted-pages/prerender.ts, as a snippet pastes it
  box.innerHTML = markup;
  return box;
}

/** What a reader sees before (or without) the script: the snippet's readable copy and its styles, not upgraded. */
const beforeScript = (copy: Copy) => html`${nodesOf(`<style>${copy.css}</style>${copy.html}`)}`;

const meta: Meta = {
  title: 'Doors/Readable copy (before the script)',
  parameters: {
    docs: {
      description: {
        component:
          'Every snippet carries this HTML: heading, text and tel: / wa.me links that work with no JavaScript. Buttons that need the script keep their place but stay invisible until it runs.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const HotlineCard: Story = { render: () => beforeScript(copies.hotlineId) };
export const HotlineCardInCambodia: Story = { name: 'Hotline card, from="kh"', render: () => beforeScript(copies.hotlineKh) };
export const RiskQuizSelfCheck: Story = { name: 'Risk quiz: the self-check', render: () => beforeScript(copies.quiz) };
export const ScamCarousel: Story = { render: () => beforeScript(copies.carousel) };
export const StatsTicker: Story = { render: () => beforeScript(copies.ticker) };

/**
 * A snippet copied before the content changed: its copy records an older content version and lacks an entry the
 * script carries. The script shows the current entries and says once in the console which numbers changed
 * (awas-error "stale-snippet").
 */
export const OutOfDateSnippet: Story = {
  name: 'Out-of-date snippet (console: "this snippet is out of date")',
  render: () => {
    const box = nodesOf(`<style>${copies.hotlineTag.css}</style>${copies.hotlineTag.html}`);
    box.querySelectorAll('[data-awas-content]').forEach((el) => el.setAttribute('data-awas-content', 'old'));
    const entries = box.querySelectorAll('.awas-pre [part="entry"]');
    entries[entries.length - 1]?.remove();
    box.addEventListener('awas-error', (e) => console.warn('awas-error', (e as CustomEvent).detail));
    return html`${box}`;
  },
};
