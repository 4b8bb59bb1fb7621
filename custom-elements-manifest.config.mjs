import { loadTs } from './scripts/load-ts.mjs';

const { THEMES } = await loadTs('src/base/theme.ts');
/** Type names the manifest spells out, so the README and the WordPress block show the values. */
const TYPES = { Theme: THEMES.map((v) => `'${v}'`).join(' | ') };

/** Each widget's defaults module (components/<name>/defaults.ts), loaded once: the values its properties start from. */
const { WIDGET_NAMES } = await loadTs('src/widgets.ts');
const defaults = Object.fromEntries(await Promise.all(WIDGET_NAMES.map(async (w) => [w, await loadTs(`components/${w}/defaults.ts`)])));

/**
 * A property written `layout = DEFAULT_LAYOUT` or typed `Theme` would show the constant's or the type's name in the
 * manifest (and so in the README reference and the WordPress block): show the value, written as the analyzer writes
 * literals.
 */
function resolveDefaults() {
  return {
    name: 'awas-resolve-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        const values = (mod.path.startsWith('components/') && defaults[mod.path.split('/')[1]]) || {};
        for (const declaration of mod.declarations ?? []) {
          for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (entry.type?.text) entry.type.text = entry.type.text.replace(/\b[A-Z]\w*\b/g, (name) => TYPES[name] ?? name);
            if (!(entry.default in values)) continue;
            const value = values[entry.default];
            if (typeof value === 'string') entry.default = `'${value}'`;
            else if (typeof value === 'number') entry.default = String(value);
          }
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts', 'src/base/awas-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [resolveDefaults()],
};
