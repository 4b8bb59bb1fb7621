/** Carousel index maths and the rotation rule: plain functions, tested without a DOM. */

/** Wrap any integer into 0..count-1 (previous from the first slide is the last one). */
export function wrapIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return ((index % count) + count) % count;
}

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

export interface RotationState {
  /** The author turned autoplay on. */
  autoplay: boolean;
  /** The reader has not stopped it (rotation control, keyboard focus, moving slides themselves). */
  playing: boolean;
  /** A pointer rests on the carousel (rotation waits until it leaves). */
  hovered: boolean;
  /** prefers-reduced-motion: reduce. */
  reduced: boolean;
  /** The tab is visible. */
  visible: boolean;
  /** The carousel is on screen. */
  inView: boolean;
  /** Number of slides. */
  count: number;
}

/** True only when a rotation timer may run: every condition must hold. */
export function shouldRotate(s: RotationState): boolean {
  return s.autoplay && s.playing && !s.hovered && !s.reduced && s.visible && s.inView && s.count > 1;
}
