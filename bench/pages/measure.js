// The one instrument every bench page loads first, as a classic script at the top of <head>, so the
// widget pages, their static baselines and the peer library are timed from the same point.
(() => {
  performance.mark('bench:start');
  const longTasks = [];
  const layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    // Shifts right after input are expected by readers and excluded from CLS, as Chromium does.
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) layoutShifts.push({ start: entry.startTime, value: entry.value });
  }).observe({ type: 'layout-shift', buffered: true });

  /** Resolves after the next frame has been painted: rAF runs before paint, a task queued from it after. */
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  /** Milliseconds since `bench:start`. */
  const sinceStart = () => performance.now() - performance.getEntriesByName('bench:start')[0].startTime;

  /** Resolves once every element matching `selector` is defined and has finished its updates. */
  async function widgetsUpdated(selector) {
    const widgets = [...document.querySelectorAll(selector)];
    await Promise.all([...new Set(widgets.map((widget) => widget.localName))].map((tag) => customElements.whenDefined(tag)));
    await Promise.all(widgets.map((widget) => widget.updateComplete));
  }

  window.bench = {
    longTasks,
    layoutShifts,
    afterPaint,
    sinceStart,
    widgetsUpdated,
    /** Set by the page when its figure is taken; the bench command waits for it, then reads the entries. */
    result: undefined,
    report(result) {
      this.result = result;
    },
  };
})();
