import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './browser-executables.js';

/** Debian's Chromium, headless, for tests and scripts that drive a page themselves. */
export const launchChromium = (): Promise<Browser> =>
  puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
