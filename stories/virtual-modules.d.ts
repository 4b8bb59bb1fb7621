// The module .storybook/main.ts serves: readable copies rendered by hosted-pages/prerender.ts.
declare module 'virtual:awas-readable-copies' {
  type Copy = { html: string; css: string };
  const copies: Record<'hotlineId' | 'hotlineKh' | 'quiz' | 'carousel' | 'ticker' | 'hotlineTag', Copy>;
  export default copies;
}
