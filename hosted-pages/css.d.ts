/** hosted-pages/page.css, imported as text by hosted-pages/document.ts (esbuild's text loader, scripts/load-ts.mjs). */
declare module '*.css' {
  const text: string;
  export default text;
}
