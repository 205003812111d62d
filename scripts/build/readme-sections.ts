/**
 * README sections the build writes from what it built (the embed snippet's integrity hashes, the
 * element reference from the manifest), between `<!-- NAME:start ... -->` and `<!-- NAME:end -->`.
 */
export function replaceSection(readme: string, name: string, content: string): string {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->`).exec(readme);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (!start || end < start.index) throw new Error(`README.md lacks the <!-- ${name}:start --> ... <!-- ${name}:end --> markers`);
  return `${readme.slice(0, start.index + start[0].length)}\n${content}\n${readme.slice(end)}`;
}
