/** ISO calendar dates (YYYY-MM-DD) used by verifiedOn / reviewBy / source.date. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the value is a real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/** Parse YYYY-MM-DD as a UTC date, or null. */
export function parseIsoDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? date : null;
}
