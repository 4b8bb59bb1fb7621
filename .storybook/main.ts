import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * `virtual:awas-readable-copies`: the readable copies the build renders (hosted-pages/prerender.ts, in Node), so the copy
 * stories show the same HTML and CSS a snippet carries, from the one renderer.
 */
function readableCopies(): Plugin {
  const id = 'virtual:awas-readable-copies';
  return {
    name: 'awas-readable-copies',
    resolveId: (source) => (source === id ? '\0' + id : undefined),
    async load(resolved) {
      if (resolved !== '\0' + id) return undefined;
      // @ts-expect-error a build script in JavaScript, without types
      const { loadTs } = await import('../scripts/load-ts.mjs');
      const source = `export { prerender, prerenderCss, prerenderedElement } from './hosted-pages/prerender.ts';`;
      const { prerender, prerenderCss, prerenderedElement } = await loadTs(source);
      const copy = (widget: string, attributes: Record<string, string>) => ({ html: prerender(widget, attributes), css: prerenderCss(widget) });
      const copies = {
        hotlineId: copy('hotline-card', { lang: 'id' }),
        hotlineKh: copy('hotline-card', { lang: 'id', from: 'kh' }),
        quiz: copy('risk-quiz', { lang: 'id' }),
        carousel: copy('scam-carousel', { lang: 'id' }),
        ticker: copy('stats-ticker', { lang: 'id' }),
        hotlineTag: { html: prerenderedElement('hotline-card', { lang: 'id' }), css: prerenderCss('hotline-card') },
      };
      return `export default ${JSON.stringify(copies)};`;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), readableCopies()] }),
};

export default config;
