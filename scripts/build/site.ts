/** The demo page as its pre-rendered copy serves it: the same page, its switch pointing back to the client-rendered one. */
export const prerenderedDemoSource = (page: string): string =>
  page.replace(/<a class="demo-switch" href="[^"]*">[^<]*<\/a>/, '<a class="demo-switch" href="./">Client-rendered</a>');

/**
 * What the embed builder finds beside its page: the release its snippet pins (src/builder/snippet.ts's Release)
 * and the Custom Elements Manifest its form comes from.
 */
export const releaseJson = (version: string, integrity: Record<string, string> | undefined, manifest: unknown): string =>
  `${JSON.stringify({ version, integrity, manifest })}\n`;
