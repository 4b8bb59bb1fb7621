export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
