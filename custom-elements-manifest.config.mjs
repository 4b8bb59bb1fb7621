export default {
  globs: ['components/**/*.ts', 'src/base/awas-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
