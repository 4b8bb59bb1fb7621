/** Console output in plain words, once per page for each distinct message. */
import { pageRegistry } from './registry.js';

export type LogLevel = 'warn' | 'info';

/** Write `message` to the console unless a message with the same `key` was written already. Returns true if written. */
export function logOnce(level: LogLevel, key: string, message: string): boolean {
  const { logged } = pageRegistry();
  if (logged.has(key)) return false;
  logged.add(key);
  console[level](`[awas] ${message}`);
  return true;
}
