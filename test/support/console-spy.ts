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
