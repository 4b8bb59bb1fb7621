// Shrink the text of Lit's css`…`, html`…` and svg`…` templates in our sources before bundling:
// CSS loses comments and needless whitespace; HTML/SVG whitespace runs that contain a line break become one space
// (HTML collapses them anyway, so rendering is unchanged). Terser cannot do this: to it, they are plain strings.
import ts from 'typescript';

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Rewrite the template literal parts of tagged templates; returns the new source. */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        const start = part.getStart(source);
        const end = part.getEnd();
        const raw = code.slice(start, end);
        // Keep the delimiters (` … ${, } … ${, } … `) and rewrite the text between them.
        const open = raw.startsWith('`') ? 1 : 1;
        const close = raw.endsWith('${') ? 2 : 1;
        const inner = raw.slice(open, raw.length - close);
        if (node.tag.text === 'css' && parts.length > 1) {
          // CSS with substitutions: only collapse whitespace, never touch characters next to a ${}.
          edits.push([start + open, end - close, inner.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')]);
        } else edits.push([start + open, end - close, minify(inner)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
