/**
 * Parse a numeric attribute (interval="7") within bounds.
 * Returns the clamped value and whether the input had to be corrected, so the widget can explain why.
 */
export function clampNumber(
  value: unknown,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): { value: number; corrected: boolean } {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!isFinite(n)) return { value: fallback, corrected: value !== null && value !== undefined };
  if (n < min) return { value: min, corrected: true };
  if (n > max) return { value: max, corrected: true };
  return { value: n, corrected: false };
}
