/**
 * A tiny DOM helper for the builder page: elements with attributes, listeners and text children.
 * Text is always a text node (never parsed as HTML), so content from the editor cannot become markup.
 */
export type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      (el as unknown as Record<string, unknown>)[name] = value;
    } else if (name === 'class') {
      el.className = String(value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replace all children of `el`. */
export function replaceChildren(el: Element, ...children: (Child | Child[])[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

/** A DOM id made from any string (paths like "hotlines[0].channels[1].value"). */
export function domId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^a-zA-Z0-9_-]+/g, '-').replace(/-+$/, '')}`;
}

/** Run `render`, then put the focus back on the element with the same id (if it still exists). */
export function keepFocus(render: () => void): void {
  const active = document.activeElement;
  const id = active && active !== document.body ? active.id : '';
  render();
  if (id) document.getElementById(id)?.focus();
}
