/**
 * Code around a script-tag bundle so that only the first copy on a page runs. A second copy of the
 * same script, another version, or the bundle after the npm build would otherwise start a second
 * Lit: its elements' base classes twice, and Lit's Trusted Types policy created twice, which a CSP
 * that allows the `lit-html` policy without 'allow-duplicates' refuses. Another version warns.
 * The bundle's own code cannot guard itself: its modules (Lit's first) run before any line of its entry.
 */
export function scriptGuard(version: string): { intro: string; outro: string } {
  const key = 'Symbol.for("tip-widgets.script-tag-bundle")';
  const self = JSON.stringify(version);
  return {
    intro: `const present = globalThis[${key}] ?? customElements.get("tip-stat-card")?.version;
if (present !== undefined && present !== ${self}) console.warn(\`tip-widgets \${present} is already on this page; this copy (\${${self}}) leaves it in place.\`);
if (present === undefined) {
globalThis[${key}] = ${self};`,
    outro: '}',
  };
}
