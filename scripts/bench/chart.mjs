// Draws the benchmark chart (bench/chart.svg): horizontal bars of bytes and time to first render, ours against the
// peers. Plain SVG text, no library; colours pass WCAG contrast on white and the numbers are printed on every bar.
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const OURS = '#a4161a';
const PEER = '#4a5568';

/**
 * panels: [{title, unit, rows: [{label, value, ours}], marks?: [{value, label}]}] → an SVG string.
 * Each panel has its own scale (0 … the largest value or mark).
 */
export function barChart({ title, subtitle, panels, width = 760 }) {
  const labelW = 250;
  const barW = width - labelW - 90;
  const rowH = 26;
  let y = 58;
  const parts = [];
  for (const panel of panels) {
    const max = Math.max(...panel.rows.map((r) => r.value), ...(panel.marks ?? []).map((m) => m.value)) || 1;
    const x = (v) => labelW + (v / max) * barW;
    parts.push(`<text x="16" y="${y + 14}" class="h">${esc(panel.title)}</text>`);
    y += panel.marks ? 40 : 26;
    const top = y;
    for (const row of panel.rows) {
      const w = Math.max(1, x(row.value) - labelW);
      parts.push(
        `<text x="${labelW - 8}" y="${y + 17}" class="l" text-anchor="end">${esc(row.label)}</text>`,
        `<rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${row.ours ? OURS : PEER}"><title>${esc(row.label)}: ${esc(panel.format(row.value))}</title></rect>`,
        `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 17}" class="v">${esc(panel.format(row.value))}</text>`,
      );
      y += rowH;
    }
    for (const mark of panel.marks ?? []) {
      const mx = x(mark.value).toFixed(1);
      parts.push(`<line x1="${mx}" y1="${top}" x2="${mx}" y2="${y}" stroke="#1d1b1a" stroke-dasharray="4 3"/>`, `<text x="${mx}" y="${top - 3}" class="m" text-anchor="middle">${esc(mark.label)}</text>`);
    }
    y += 22;
  }
  const height = y + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d">
<title id="t">${esc(title)}</title>
<desc id="d">${esc(subtitle)}</desc>
<style>text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1d1b1a}.t{font-size:17px;font-weight:700}.s{font-size:12px;fill:#4a4540}.h{font-size:14px;font-weight:700}.l{font-size:12.5px}.v{font-size:12px}.m{font-size:11px}</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="16" y="24" class="t">${esc(title)}</text>
<text x="16" y="42" class="s">${esc(subtitle)}</text>
${parts.join('\n')}
<rect x="16" y="${height - 22}" width="12" height="12" fill="${OURS}"/><text x="34" y="${height - 12}" class="s">Awas</text>
<rect x="90" y="${height - 22}" width="12" height="12" fill="${PEER}"/><text x="108" y="${height - 12}" class="s">peer library</text>
</svg>
`;
}
