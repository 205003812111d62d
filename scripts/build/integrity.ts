import { createHash } from 'node:crypto';

/** The `integrity` attribute value for a file: its SHA-384 in base64. */
export const subresourceIntegrity = (content: Buffer): string =>
  `sha384-${createHash('sha384').update(content).digest('base64')}`;

/** The README's snippet for a pinned version, with the integrity of the bundles just built. */
export function embedSnippet(version: string, integrity: Record<string, string>): string {
  const base = `https://cdn.jsdelivr.net/npm/tip-widgets@${version}/dist/cdn`;
  return [
    '```html',
    `<script type="module" src="${base}/tip-widgets.js"`,
    `        integrity="${integrity['tip-widgets.js']}" crossorigin="anonymous"></script>`,
    '',
    '<tip-stat-card stat="defendants-charged"></tip-stat-card>',
    '```',
    '',
    'Where the CMS strips `type="module"`, use the classic build instead:',
    '',
    '```html',
    `<script src="${base}/tip-widgets.iife.js" defer`,
    `        integrity="${integrity['tip-widgets.iife.js']}" crossorigin="anonymous"></script>`,
    '```',
  ].join('\n');
}
