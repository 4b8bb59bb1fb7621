/** Capture console.warn during a test (and silence it): Awas writes every message it has for the page author there. */
export function captureConsole() {
  const warn: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warn.push(args.map(String).join(' '));
  return {
    warn,
    restore() {
      console.warn = original;
    },
  };
}
/** Forget "already logged" messages so a test can assert a message is logged once. */
export function resetLogged() {
  const registry = (window as unknown as Record<symbol, { logged: Set<string> } | undefined>)[Symbol.for('awas.registry')];
  registry?.logged.clear();
}
