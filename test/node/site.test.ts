/**
 * dist/site/ (npm run build) is a site anyone can deploy: served by a plain static server, its front page, the manual,
 * a manual page, the builder and the demo pages all load with relative links, every request they make stays on that
 * server and is answered, and the builder's snippet can point at the files of the same deployment.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';

const site = fileURLToPath(new URL('../../dist/site/', import.meta.url));

/** Each page, and what it must show once loaded (the manual's front page: its sidebar). */
const PAGES: [path: string, shows: string][] = [
  ['index.html', 'The manual'],
  ['manual/index.html', 'Releasing'],
  ['manual/iframe.html?viewMode=docs&id=manual-languages--docs', 'Arabic'],
  ['builder/index.html', 'Embed builder'],
  ['demo/index.html', 'tip-widgets'],
  ['demo/prerendered.html', 'tip-widgets'],
];

describe('dist/site/', () => {
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    assert.ok(existsSync(`${site}manual/index.html`), 'dist/site/ is built (npm run build)');
    server = await serveDirectory(site);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links its pages to one another by relative addresses', () => {
    const index = readFileSync(`${site}index.html`, 'utf8');
    const links = [...index.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(links.length >= 4);
    for (const link of links) assert.ok(!/^(?:[a-z]+:|\/)/.test(link), `${link} is relative`);
    for (const link of links) assert.ok(existsSync(site + link), `${link} exists`);
  });

  for (const [path, shows] of PAGES) {
    it(`serves ${path} with no request to another host and none unanswered`, async () => {
      const page = await browser.newPage();
      const requested: string[] = [];
      const failed: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
      page.on('response', (response) => response.status() >= 400 && failed.push(`${response.url()} (${response.status()})`));
      try {
        await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle0' });
        await page.waitForFunction((text) => document.body.innerText.includes(text), {}, shows);
        const outside = requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'));
        assert.deepEqual(outside, [], 'requests to another host');
        assert.deepEqual(failed, [], 'requests not answered');
      } finally {
        await page.close();
      }
    });
  }

  it('offers, in its builder, a snippet that loads the widgets from this same deployment', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/builder/index.html`, { waitUntil: 'networkidle0' });
      const head = await page.waitForSelector('#site-head-code').then((code) => code!.evaluate((element) => element.textContent!));
      const src = /src="([^"]+tip-widgets\.js)"/.exec(head)?.[1];
      assert.equal(src, `${server.url}/cdn/tip-widgets.js`);
      const integrity = /integrity="([^"]+)"/.exec(head)?.[1];
      assert.equal(integrity, JSON.parse(readFileSync(`${site}cdn/integrity.json`, 'utf8'))['tip-widgets.js']);
      assert.equal((await fetch(src!)).status, 200);
      // The third way in fits a phone's width like the other two: the page never scrolls sideways.
      await page.setViewport({ width: 360, height: 800 });
      await page.waitForFunction(() => document.documentElement.scrollWidth <= innerWidth);
      const inside = await page.$eval('#site-heading', (heading) => {
        const section = heading.closest('section')!.getBoundingClientRect();
        return section.left >= 0 && section.right <= innerWidth;
      });
      assert.ok(inside, 'the section lies within the page');
    } finally {
      await page.close();
    }
  });
});
