type Method = 'warn' | 'error';

/**
 * Records (and silences) what the page logs with `console.warn` and `console.error` until `restore()`;
 * each call is its arguments joined as text.
 */
export function spyOnConsole() {
  const logged: Record<Method, string[]> = { warn: [], error: [] };
  const originals = { warn: console.warn, error: console.error };
  for (const method of ['warn', 'error'] as const) {
    console[method] = (...args: unknown[]) => logged[method].push(args.map(String).join(' '));
  }
  return {
    ...logged,
    restore: () => Object.assign(console, originals),
  };
}

/**
 * Records the page's uncaught exceptions and unhandled rejections while the calling suite runs
 * (installed in its `before`, removed in its `after`): the list stays empty while nothing escapes.
 */
export function recordUncaughtInSuite(): unknown[] {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in event ? event.reason : event.error);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  return uncaught;
}
