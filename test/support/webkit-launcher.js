/**
 * WebKit for web-test-runner: WebKitGTK's MiniBrowser, driven over W3C WebDriver by WebKitWebDriver
 * (Debian's webkit2gtk-driver), through `@web/test-runner-webdriver`. MiniBrowser has no headless
 * mode, so the driver runs under `xvfb-run`; the launcher starts it on a free port and ends its
 * process group (xvfb-run, Xvfb, the driver, the browser) on stop.
 *
 * web-test-runner's command plugins do little over WebDriver: `sendKeys` only presses or types,
 * `emulateMedia` and `setViewport` refuse. They come before a config's own plugins, so the launcher
 * puts a plugin of its own in front of them, answering for WebKit's sessions only:
 * - `sendKeys` (type, press, down, up): W3C key actions, always from one input source, so a key
 *   held `down` modifies the next `press`: the session's input state keeps it between actions.
 * - `emulateMedia({ reducedMotion, colorScheme })`: WebDriver has no emulation, but WebKitGTK follows
 *   GTK's settings while it runs: `gtk-enable-animations` (prefers-reduced-motion) and a theme name
 *   ending in `-dark` (prefers-color-scheme). The launcher is the display's XSETTINGS manager, as a
 *   desktop is (./xsettings.js). Settings are display-wide, so one test file runs at a time, and
 *   each file starts from the defaults, as with Chromium's page per file.
 * - `setViewport({ width, height })`: WebDriver sizes the window, so the window's frame is added.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import { miniBrowserPath, webkitDriverPath } from '../../scripts/support/browser-executables.js';
import { XSettings } from './xsettings.js';

/** The GTK setting for each media feature value; two theme names for each scheme (see emulateMedia). */
const ANIMATIONS = { 'no-preference': 1, reduce: 0 };
const THEME_NAMES = { light: ['Adwaita', 'Adwaita-restyle'], dark: ['Adwaita-dark', 'Adwaita-restyle-dark'] };
const DEFAULT_MEDIA = { reducedMotion: 'no-preference', colorScheme: 'light' };
const DEFAULT_SETTINGS = { 'Gtk/EnableAnimations': 1, 'Net/ThemeName': 'Adwaita' };

/** A local port free a moment ago (bound, then released): the driver's. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startDriver(driverPath) {
  const dir = await mkdtemp(join(tmpdir(), 'wtr-webkit-'));
  // xvfb-run writes the display's cookie here, where the XSETTINGS manager reads it.
  const authFile = join(dir, 'Xauthority');
  const port = await freePort();
  // The browser inherits the driver's environment: X11 even from a Wayland desktop, and no GTK_THEME,
  // which would fix the color scheme whatever the settings say.
  const { WAYLAND_DISPLAY, GTK_THEME, ...env } = process.env;
  const child = spawn('xvfb-run', ['-a', '-f', authFile, driverPath, `--port=${port}`], {
    detached: true, // its own process group, to end with everything it started
    env: { ...env, GDK_BACKEND: 'x11' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (data) => (output = (output + data).slice(-4000)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const failed = new Promise((resolve) => child.once('error', resolve));
  const driver = { child, dir, port, exited };
  driver.kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  // Should web-test-runner end without stopping its browsers (Ctrl-C), nothing must outlive it.
  driver.abandon = () => {
    driver.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', driver.abandon);

  const deadline = Date.now() + 30_000;
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.json(), () => undefined);
    if (status?.value?.ready) break;
    const ended = await Promise.race([exited, failed, new Promise((resolve) => setTimeout(resolve, 50, false))]);
    if (ended !== false || Date.now() > deadline) {
      await stopDriver(driver);
      const reason = ended instanceof Error ? ended.message : ended !== false ? 'it exited' : 'no answer in 30 s';
      throw new Error(`WebKitWebDriver did not start under xvfb-run (${reason}; apt-get install -y webkit2gtk-driver xvfb):\n${output}`);
    }
  }
  driver.xsettings = await XSettings.manage(authFile, DEFAULT_SETTINGS);
  // What the browser is set to, for emulateMedia.
  driver.media = { values: DEFAULT_MEDIA, themeName: DEFAULT_SETTINGS['Net/ThemeName'], probes: 0 };
  return driver;
}

async function stopDriver(driver) {
  if (!driver) return;
  driver.xsettings?.close();
  if (driver.child.pid && driver.child.exitCode === null && driver.child.signalCode === null) {
    process.kill(-driver.child.pid, 'SIGTERM');
    const timeout = setTimeout(driver.kill, 5000);
    await driver.exited;
    clearTimeout(timeout);
  }
  process.off('exit', driver.abandon);
  await rm(driver.dir, { recursive: true, force: true });
}

const KEYS = { ...Key, Ctrl: undefined, Meta: Key.Command };

/** A key as W3C actions name it, from the names Puppeteer and Playwright take ('Enter', 'KeyV', 'a'). */
function w3cKey(name) {
  if ([...name].length === 1) return name;
  const key = KEYS[name] ?? /^Key([A-Z])$/.exec(name)?.[1].toLowerCase() ?? /^Digit(\d)$/.exec(name)?.[1];
  if (key === undefined) throw new Error(`WebKit: no WebDriver key for "${name}"`);
  return key;
}

async function sendKeys(browser, payload) {
  const [kind, value] = Object.entries(payload ?? {})[0] ?? [];
  const down = (key) => ({ type: 'keyDown', value: key });
  const up = (key) => ({ type: 'keyUp', value: key });
  const actions = {
    type: () => [...value].flatMap((key) => [down(key), up(key)]),
    press: () => [down(w3cKey(value)), up(w3cKey(value))],
    down: () => [down(w3cKey(value))],
    up: () => [up(w3cKey(value))],
  }[kind];
  if (!actions || typeof value !== 'string') throw new Error('sendKeys takes one of type, press, down or up, a string');
  await browser.performActions([{ type: 'key', id: 'keyboard', actions: actions() }]);
  return true;
}

/** Adds a hidden element styled by both media features, and resolves its style now, before a change. */
function addProbe(id) {
  const probe = document.createElement('wtr-media-probe');
  probe.id = id;
  // The id in the text too: WebKit shares what it built for a style sheet among sheets of one text.
  probe.attachShadow({ mode: 'open' }).innerHTML = `<style>/* ${id} */
    :host { position: fixed; inline-size: 0; block-size: 0; overflow: hidden; }
    b { --reduced-motion: no-preference; --color-scheme: light; }
    @media (prefers-reduced-motion: reduce) { b { --reduced-motion: reduce; } }
    @media (prefers-color-scheme: dark) { b { --color-scheme: dark; } }</style><b></b>`;
  document.documentElement.append(probe);
  getComputedStyle(probe.shadowRoot.lastChild).getPropertyValue('--color-scheme');
}

/** Whether matchMedia, and the probe's style, show these values. */
function showsMedia(id, { reducedMotion, colorScheme }) {
  const style = getComputedStyle(document.getElementById(id).shadowRoot.lastChild);
  return (
    matchMedia(`(prefers-reduced-motion: ${reducedMotion})`).matches &&
    matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches &&
    style.getPropertyValue('--reduced-motion').trim() === reducedMotion &&
    style.getPropertyValue('--color-scheme').trim() === colorScheme
  );
}

/**
 * WebKitGTK restyles the page when the theme name changes, but not always for
 * `gtk-enable-animations`: matchMedia has the new value, the style sheets may keep the old one
 * (its web process restyles for theme and font settings only), and with both sent at once the
 * restyle can come before the value. So animations go first and, once the page has the value, the
 * theme name changes, to the other of its scheme's two names if the scheme stays. A probe added
 * beforehand, styled as the page is, shows when the page's CSS has followed.
 */
async function emulateMedia(browser, { xsettings, media }, payload) {
  if (payload?.media != null) throw new Error('WebKitGTK cannot emulate a media type');
  const target = { ...media.values };
  // An unset or unknown value restores the default, as Puppeteer's '' and Playwright's null do.
  if ('reducedMotion' in payload) target.reducedMotion = payload.reducedMotion in ANIMATIONS ? payload.reducedMotion : DEFAULT_MEDIA.reducedMotion;
  if ('colorScheme' in payload) target.colorScheme = payload.colorScheme in THEME_NAMES ? payload.colorScheme : DEFAULT_MEDIA.colorScheme;
  if (target.reducedMotion === media.values.reducedMotion && target.colorScheme === media.values.colorScheme) return true;

  const id = `wtr-media-probe-${++media.probes}`;
  const until = (condition) =>
    browser.waitUntil(() => browser.execute(condition, id, target), {
      timeout: 30_000,
      interval: 20,
      timeoutMsg: `WebKit's page did not come to prefers-reduced-motion: ${target.reducedMotion}, prefers-color-scheme: ${target.colorScheme}`,
    });
  await browser.execute(addProbe, id);
  try {
    if (target.reducedMotion !== media.values.reducedMotion) {
      await xsettings.set({ 'Gtk/EnableAnimations': ANIMATIONS[target.reducedMotion] });
      await until((_, { reducedMotion }) => matchMedia(`(prefers-reduced-motion: ${reducedMotion})`).matches);
    }
    const [name, otherName] = THEME_NAMES[target.colorScheme];
    media.themeName = media.themeName === name ? otherName : name;
    await xsettings.set({ 'Net/ThemeName': media.themeName });
    await until(showsMedia);
    media.values = target;
  } finally {
    await browser.execute((probe) => document.getElementById(probe)?.remove(), id);
  }
  return true;
}

async function setViewport(browser, { width, height }) {
  const [innerWidth, innerHeight] = await browser.execute(() => [window.innerWidth, window.innerHeight]);
  const frame = await browser.getWindowRect();
  await browser.setWindowRect(null, null, width + frame.width - innerWidth, height + frame.height - innerHeight);
  await browser.waitUntil(() => browser.execute((w, h) => window.innerWidth === w && window.innerHeight === h, width, height), {
    timeout: 30_000,
    interval: 20,
    timeoutMsg: `WebKit's window did not come to a ${width}×${height} viewport`,
  });
  return true;
}

export function webkitLauncher() {
  const driverPath = webkitDriverPath();
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: 0, // the driver's, once it listens
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
      // webdriverio asks for WebDriver BiDi unless told not to; Debian's WebKitWebDriver has none.
      'wdio:enforceWebDriverClassic': true,
    },
  });
  // One file at a time, in the top-level page: the GTK settings are display-wide, and key actions
  // need @web/test-runner-webdriver's session manager, which it takes only for concurrency 1.
  launcher.concurrency = 1;
  let driver;
  const commands = {
    name: 'webkit-commands',
    executeCommand({ command, payload, session }) {
      if (session.browser !== launcher) return undefined;
      if (command === 'send-keys') return sendKeys(launcher.driver, payload);
      if (command === 'emulate-media') return emulateMedia(launcher.driver, driver, payload ?? {});
      if (command === 'set-viewport') return setViewport(launcher.driver, payload);
      return undefined;
    },
  };

  const { initialize, stopSession, stop } = launcher;
  launcher.initialize = async (config, testFiles) => {
    await initialize.call(launcher, { ...config, concurrency: 1 }, testFiles);
    launcher.name = 'WebKit';
    driver = await startDriver(driverPath);
    launcher.options.port = driver.port;
    // web-test-runner asks its plugins in this list's order, each command as it comes.
    config.plugins.unshift(commands);
  };
  launcher.stopSession = async (id) => {
    const result = await stopSession.call(launcher, id);
    // The next file starts with no key held and the default media, on the blank page left now.
    await launcher.driver.releaseActions();
    await emulateMedia(launcher.driver, driver, DEFAULT_MEDIA);
    return result;
  };
  launcher.stop = async () => {
    await stop.call(launcher);
    await stopDriver(driver);
    driver = undefined;
  };
  return launcher;
}
