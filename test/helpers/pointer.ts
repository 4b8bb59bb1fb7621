/** The real mouse (through the test runner, as a reader's pointer): resting on an element, leaving, clicking. */
import { sendMouse } from '@web/test-runner-commands';

/** A point inside `el`: the middle across, and at most 40 px down (the top of a tall widget is on screen). */
function inside(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + Math.min(r.height / 2, 40))];
}

/** Rest the mouse on `el`. */
export async function hover(el: Element): Promise<void> {
  await sendMouse({ type: 'move', position: inside(el) });
}

/** Move the mouse off every widget: to the page's top-left corner, in the body's margin. */
export async function unhover(): Promise<void> {
  await sendMouse({ type: 'move', position: [0, 0] });
}

/** Click `el` in its middle with the real mouse (focus and pointer events as a reader's click gives them). */
export async function clickOn(el: Element): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}
