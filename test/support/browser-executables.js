import { existsSync } from 'node:fs';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to test in: CHROME_PATH, else the usual install paths; exits with one line when none. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || CHROMIUM.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH to its executable.');
    process.exit(1);
  }
  return path;
}

/** Flags for a headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
