import { existsSync } from 'node:fs';

/** A browser's executable: the environment variable's, else the first usual install path; exits with one line when none. */
function executable(name, variable, candidates, install) {
  const path = process.env[variable] || candidates.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    console.error(`No ${name} found: install one (${install}) or set ${variable} to its executable.`);
    process.exit(1);
  }
  return path;
}

export const chromiumPath = () =>
  executable('Chromium', 'CHROME_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    'apt-get install -y chromium');

export const firefoxPath = () =>
  executable('Firefox', 'FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'apt-get install -y firefox-esr');

export const webkitDriverPath = () =>
  executable('WebKitWebDriver', 'WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver'], 'apt-get install -y webkit2gtk-driver xvfb');

export const miniBrowserPath = () =>
  executable('MiniBrowser', 'MINIBROWSER_PATH',
    ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
    'apt-get install -y webkit2gtk-driver xvfb');

/**
 * Flags for a headless Chromium on a closed network, as root. The disabled features stop each new
 * browser context from starting the omnibox popup's own renderer: about 40 ms of CPU that, on a
 * 2-core machine, ran alongside the page under test or measurement.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
