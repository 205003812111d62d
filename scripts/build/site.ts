/** The demo page as its pre-rendered copy serves it: the same page, its switch pointing back to the client-rendered one. */
export const prerenderedDemoSource = (page: string): string =>
  page.replace(/<a class="demo-switch" href="[^"]*">[^<]*<\/a>/, '<a class="demo-switch" href="./">Client-rendered</a>');

/** What the embed builder pins its snippet to (src/builder/snippet.ts's Release), as its page finds it beside it. */
export const releaseJson = (version: string, integrity: Record<string, string> | undefined): string => `${JSON.stringify({ version, integrity })}\n`;
