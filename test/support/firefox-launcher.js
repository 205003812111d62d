/**
 * Firefox for web-test-runner: web-test-runner's Chrome launcher given `puppeteer-core`, driving a
 * system Firefox over WebDriver BiDi (not `@web/test-runner-puppeteer`, whose full `puppeteer`
 * downloads a browser on install),
 * with the two commands the suites use that BiDi lacks made real:
 * - `emulateMedia({ reducedMotion, colorScheme })`: Puppeteer emulates media features only over CDP.
 *   Firefox has preferences for both that apply live (`ui.prefersReducedMotion`,
 *   `layout.css.prefers-color-scheme.content-override`); they are set in the browser's chrome
 *   context, which `--remote-allow-system-access` opens to BiDi. Preferences are browser-wide, so
 *   this launcher runs one test file at a time.
 * - `sendKeys({ press: 'Space' })`: Puppeteer's BiDi keyboard knows the key only as ' '.
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';

const MEDIA_PREFS = {
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 } },
  'prefers-color-scheme': { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
};

async function emulateMediaFeatures(page, features = []) {
  const statements = [];
  const queries = [];
  for (const { name, value } of features ?? []) {
    const media = MEDIA_PREFS[name];
    if (!media) throw new Error(`Firefox cannot emulate ${name}`);
    const pref = JSON.stringify(media.pref);
    if (value in media.values) {
      statements.push(`Services.prefs.setIntPref(${pref}, ${media.values[value]});`);
      queries.push(`(${name}: ${value})`);
    } else {
      statements.push(`Services.prefs.clearUserPref(${pref});`);
    }
  }
  const connection = page.browser().connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  await connection.send('script.evaluate', {
    expression: statements.join(''),
    target: { context: result.contexts[0].context },
    awaitPromise: false,
  });
  // The preference reaches the page's process a moment later: return once the page sees it.
  await page.waitForFunction((list) => list.every((query) => matchMedia(query).matches), { timeout: 30_000 }, queries);
}

const BIDI_KEYS = { Space: ' ' };
const bidiKey = (key) => BIDI_KEYS[key] ?? key;

/** Calls on `target`, with some of its methods replaced. */
const withMethods = (target, methods) =>
  new Proxy(target, {
    get(object, name) {
      if (name in methods) return methods[name];
      const value = Reflect.get(object, name);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });

export function firefoxLauncher(executablePath) {
  const launcher = chromeLauncher({
    puppeteer,
    concurrency: 1,
    launchOptions: { browser: 'firefox', executablePath, headless: true, args: ['--remote-allow-system-access'] },
  });
  const getPage = launcher.getPage.bind(launcher);
  launcher.getPage = (sessionId) => {
    const page = getPage(sessionId);
    const { keyboard } = page;
    return withMethods(page, {
      emulateMediaFeatures: (features) => emulateMediaFeatures(page, features),
      keyboard: withMethods(keyboard, {
        press: (key, options) => keyboard.press(bidiKey(key), options),
        down: (key, options) => keyboard.down(bidiKey(key), options),
        up: (key) => keyboard.up(bidiKey(key)),
      }),
    });
  };
  return launcher;
}
