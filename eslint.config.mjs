// eslint (flat config): TypeScript, Lit and web-component rules for the library code.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'storybook-static/**', 'node_modules/**', 'custom-elements.json', 'test-results/**', '.tmp/**', '.scratch/**', 'screenshots/**', 'integrations/**/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'components/**/*.ts', 'stories/**/*.ts', 'builder/**/*.ts', 'hosted-pages/**/*.ts'],
    plugins: { lit, wc },
    languageOptions: { globals: globals.browser },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'wc/guard-super-call': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Content renders as text: no innerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Content renders as text: no outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Content renders as text.' },
        { selector: "Identifier[name='unsafeHTML']", message: 'Content renders as text: no unsafeHTML.' },
        { selector: "Identifier[name='localStorage']", message: 'Awas stores nothing.' },
        { selector: "Identifier[name='sessionStorage']", message: 'Awas stores nothing.' },
        { selector: "MemberExpression[property.name='cookie']", message: 'Awas sets no cookies.' },
        { selector: "CallExpression[callee.property.name='sendBeacon']", message: 'Awas sends nothing.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs', 'scripts/**/*.mjs', '*.mjs', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
