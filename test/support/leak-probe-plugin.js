/**
 * The server command `leak-probe`, for Chromium: after a full garbage collection, the JS heap's used
 * bytes, the listeners on `window` and `document`, and how many instances of each named element
 * class are still alive (the precise sign of a leak: a removed widget that something still holds,
 * such as a listener, an observer or a timer). It reads them over the DevTools protocol, which only
 * Chromium has; elsewhere it answers `{ supported: false }`.
 */
export function leakProbePlugin() {
  return {
    name: 'leak-probe',
    async executeCommand({ command, payload, session }) {
      if (command !== 'leak-probe') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return { supported: false };
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression })).result.objectId;
        const listenersOn = async (expression) =>
          (await cdp.send('DOMDebugger.getEventListeners', { objectId: await evaluate(expression) })).listeners.map((l) => l.type);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const instances = {};
        for (const tag of payload?.tags ?? []) {
          const prototypeObjectId = await evaluate(`customElements.get(${JSON.stringify(tag)}).prototype`);
          const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId });
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: objects.objectId,
            functionDeclaration: 'function () { return this.length; }',
            returnByValue: true,
          });
          instances[tag] = result.value;
        }
        return { supported: true, heapBytes: usedSize, windowListeners: await listenersOn('window'), documentListeners: await listenersOn('document'), instances };
      } finally {
        await cdp.detach();
      }
    },
  };
}
