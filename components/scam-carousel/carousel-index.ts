/** Carousel keyboard maths: a plain function, tested without a DOM. (Rotation: src/controllers/motion.ts.) */
import { wrapIndex } from '../../src/controllers/motion.js';

/** The slide a key moves to (ArrowLeft/Right wrap around, Home/End), or null for any other key. */
export function indexForKey(key: string, current: number, count: number): number | null {
  if (count < 2) return null;
  switch (key) {
    case 'ArrowRight':
      return wrapIndex(current + 1, count);
    case 'ArrowLeft':
      return wrapIndex(current - 1, count);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
