// Records what a test page logs, for the bundle tests to read: uncaught errors and warnings.
window.recorded = { errors: [], warnings: [] };
addEventListener('error', (event) => window.recorded.errors.push(`${event.message} ${event.filename}:${event.lineno}`));
addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));
const warn = console.warn;
console.warn = (...args) => {
  window.recorded.warnings.push(args.join(' '));
  warn.apply(console, args);
};
