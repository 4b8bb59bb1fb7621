/**
 * ISO calendar dates used by checkedOn / reviewBy / calledOn (YYYY-MM-DD) and source.date, which may also be a
 * month (YYYY-MM) when the source gives no day: a day is never invented.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** True when the value is a real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/** True for YYYY-MM-DD (a real day) or YYYY-MM (a real month). */
export function isIsoDateOrMonth(value: unknown): value is string {
  return parseIsoDateOrMonth(value) !== null;
}

/** Parse YYYY-MM-DD as a UTC date, or null. */
export function parseIsoDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? date : null;
}

/** Parse YYYY-MM-DD, or YYYY-MM as the first of that month with `day: false`; null when neither. */
export function parseIsoDateOrMonth(value: unknown): { date: Date; day: boolean } | null {
  const date = parseIsoDate(value);
  if (date) return { date, day: true };
  const m = typeof value === 'string' ? ISO_MONTH.exec(value) : null;
  if (!m || +m[2] < 1 || +m[2] > 12) return null;
  return { date: new Date(Date.UTC(+m[1], +m[2] - 1, 1)), day: false };
}

/** Today in the local calendar as YYYY-MM-DD, e.g. for a call recorded "today". */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
