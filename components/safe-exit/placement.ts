/**
 * Where a floating safe exit sits so that it is never in the way: the author's corner unless the button would cover
 * the element that has keyboard focus (WCAG 2.4.11) or, on first view, a control of the page (the quiz's first
 * question and "Ya"); then the nearest free corner. Geometry only; the widget decides when to ask.
 */
export const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const;
export type Corner = (typeof CORNERS)[number];

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Corners to try, the author's first: the other side, then the other edge, then the opposite corner. */
export function cornersFrom(corner: Corner): Corner[] {
  const [v, h] = corner.split('-');
  const otherV = v === 'top' ? 'bottom' : 'top';
  const otherH = h === 'left' ? 'right' : 'left';
  return [corner, `${v}-${otherH}`, `${otherV}-${h}`, `${otherV}-${otherH}`] as Corner[];
}

/** The box a widget of this size takes in `corner` of a viewport, `offset` px from its edges. */
export function boxAt(corner: Corner, size: { width: number; height: number }, view: { width: number; height: number }, offset: number): Box {
  const top = corner.startsWith('top') ? offset : view.height - offset - size.height;
  const left = corner.endsWith('left') ? offset : view.width - offset - size.width;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

export function overlaps(a: Box, b: Box): boolean {
  return Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
}

/** What a reader may want to reach: links, form controls, and anything focusable (the quiz's question heading too). */
const CONTROL = 'a[href], button, input, select, textarea, summary, label, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** The elements under a point, through open shadow roots (the widgets' own controls). `seen`: roots done at this point. */
function stackAt(root: Document | ShadowRoot, x: number, y: number, out: Set<Element>, seen = new Set<Node>([root])): void {
  for (const el of root.elementsFromPoint(x, y)) {
    out.add(el);
    if (el.shadowRoot && !seen.has(el.shadowRoot)) {
      seen.add(el.shadowRoot);
      stackAt(el.shadowRoot, x, y, out, seen);
    }
  }
}

/** True when some control of the page (not inside `self`) lies under `box`, sampled on a 4 × 3 grid of points. */
export function coversControl(box: Box, self: Element): boolean {
  const found = new Set<Element>();
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 3; j++) {
      const x = box.left + 2 + ((box.right - box.left - 4) * i) / 3;
      const y = box.top + 2 + ((box.bottom - box.top - 4) * j) / 2;
      stackAt(document, x, y, found);
    }
  }
  for (const el of found) {
    const host = (el.getRootNode() as ShadowRoot).host;
    if (el === self || host === self || self.contains(el)) continue;
    if (el.matches(CONTROL)) return true;
  }
  return false;
}

/** The element that really has focus, inside open shadow roots; null when it is the page itself. */
export function focusedElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el === document.body || el === document.documentElement ? null : el;
}

/**
 * The corner to use. With `controls` (first view, a resize): the author's corner or its nearest neighbour that covers
 * neither the focused element nor a control. Otherwise, or when every corner covers a control: `current` while it
 * is clear of the focused element (no jumping on every Tab), else the nearest clear corner; when even that fails (a
 * focused element bigger than the screen), the author's corner.
 */
export function chooseCorner(
  author: Corner,
  current: Corner,
  boxOf: (corner: Corner) => Box,
  focus: Box | null,
  controls: ((box: Box) => boolean) | null,
): Corner {
  const clearOfFocus = (c: Corner) => !focus || !overlaps(boxOf(c), focus);
  const free = controls && cornersFrom(author).find((c) => clearOfFocus(c) && !controls(boxOf(c)));
  return free || [current, ...cornersFrom(author)].find(clearOfFocus) || author;
}
