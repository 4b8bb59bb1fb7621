/** The library version. Kept equal to package.json "version" by test/version.test.ts. */
export const VERSION = '0.1.0';
