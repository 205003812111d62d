/** The demo page as its pre-rendered copy serves it: the same page, its switch pointing back to the client-rendered one. */
export const prerenderedDemoSource = (page: string): string =>
  page.replace(/<a class="demo-switch" href="[^"]*">[^<]*<\/a>/, '<a class="demo-switch" href="./">Client-rendered</a>');

/**
 * What the embed builder finds beside its page: the release its snippet pins (src/builder/snippet.ts's Release),
 * the Custom Elements Manifest its form comes from, and, in the built site, where that site's own script-tag
 * files are (relative to the builder), for a snippet that loads them from the same deployment.
 */
export const releaseJson = (version: string, integrity: Record<string, string> | undefined, manifest: unknown, site?: string): string =>
  `${JSON.stringify({ version, integrity, manifest, site })}\n`;

/** The site's front page: where the manual, the builder and the demo are, by relative links. */
export const siteIndex = (version: string): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>tip-widgets ${version}</title>
    <style>
      body { font: 1.0625rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; background: #fff; }
      a { color: #9b1c3f; }
      @media (prefers-color-scheme: dark) { body { color: #eef1f4; background: #15191e; } a { color: #f4a3b8; } }
    </style>
  </head>
  <body>
    <main>
      <h1>tip-widgets ${version}</h1>
      <p>Embeddable, source-verified widgets about the U.S. President’s Interagency Task Force to Monitor and Combat Trafficking in Persons.</p>
      <ul>
        <li><a href="manual/index.html">The manual</a>: embedding, every element, languages, theming, your own data, the data.</li>
        <li><a href="builder/index.html">The embed builder</a>: choose a widget, see it, copy what to paste.</li>
        <li><a href="demo/index.html">The demo</a>, and <a href="demo/prerendered.html">the same page pre-rendered</a>.</li>
        <li><a href="cdn/integrity.json">The script-tag files’ integrity hashes</a>, in <code>cdn/</code>.</li>
      </ul>
    </main>
  </body>
</html>
`;
