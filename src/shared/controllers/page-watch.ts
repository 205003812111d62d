/**
 * One watch of the page shared by every widget: `start` sets up the one observer (on first use) and calls its
 * `notify` when the page changes; the function returned adds a widget's callback, and returns the one that
 * removes it.
 */
export function pageWatch(start: (notify: () => void) => void): (changed: () => void) => () => void {
  const watchers = new Set<() => void>();
  let started = false;
  return (changed) => {
    if (!started) start(() => watchers.forEach((watcher) => watcher()));
    started = true;
    watchers.add(changed);
    return () => watchers.delete(changed);
  };
}
