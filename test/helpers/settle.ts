/**
 * Waiting for widgets to finish rendering: on Lit's own promises, never on a duration (see ./wait.ts), so it works
 * under the fake clock (./clock.ts) and on a busy machine alike.
 */

type Updating = Element & { updateComplete?: Promise<boolean>; isUpdatePending?: boolean };

/** A widget that keeps asking for updates is broken: the ceiling turns an endless loop into a failure. */
const MAX_UPDATES = 100;

/** Every element with an update cycle in `el`'s shadow tree, and in theirs (the quiz's hotline card), outermost first. */
function inner(el: Element): Updating[] {
  return Array.from(el.shadowRoot?.querySelectorAll<Updating>('*') ?? []).flatMap((child) => (child.updateComplete || child.shadowRoot ? [child, ...inner(child)] : []));
}

/** Await `el`'s update until none is pending; true when none was pending to begin with. */
async function quiet(el: Updating, updates: { count: number }): Promise<boolean> {
  if (!el.updateComplete) return true;
  let wasQuiet = !el.isUpdatePending;
  // updateComplete resolves false when the update asked for another one: wait for that one too.
  while (!(await el.updateComplete)) {
    wasQuiet = false;
    if (++updates.count > MAX_UPDATES) throw new Error(`<${el.localName}> still updating after ${MAX_UPDATES} updates`);
  }
  return wasQuiet;
}

/**
 * Until each widget, and every widget in its shadow trees, has rendered with no update pending: passes over them all
 * until one pass finds nothing pending (an inner widget's update may start one in its host, by an event, and back).
 * Throws if an update throws, or after MAX_UPDATES updates.
 */
export async function settled(...els: Element[]): Promise<void> {
  const updates = { count: 0 };
  for (;;) {
    let allQuiet = true;
    for (const el of els) {
      for (const node of [el as Updating, ...inner(el)]) if (!(await quiet(node, updates))) allQuiet = false;
    }
    if (allQuiet) return;
    if (++updates.count > MAX_UPDATES) throw new Error(`widgets still updating after ${MAX_UPDATES} updates`);
  }
}
