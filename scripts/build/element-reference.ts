/** The subset of a Custom Elements Manifest the manual's element reference reads. */
export interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  attributes?: Array<{ name: string; description?: string; type?: { text: string }; parsedType?: { text: string }; default?: string }>;
  cssParts?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string; description?: string }>;
  events?: Array<{ name: string; description?: string }>;
}
export interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

export const elementsOf = (manifest: Manifest): ManifestDeclaration[] =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The manual's attributes / parts / custom properties reference, made from the manifest. */
export function elementReference(manifest: Manifest): string {
  return elementsOf(manifest)
    .map((element) => {
      const rows = [
        `### \`<${element.tagName}>\``,
        '',
        element.summary ?? '',
        '',
        '| Kind | Name | Description |',
        '| --- | --- | --- |',
        ...(element.attributes ?? []).map(
          (a) => `| attribute | \`${a.name}\`${a.default ? ` = \`${cell(a.default)}\`` : ''} | ${cell(a.description)} |`,
        ),
        ...(element.cssParts ?? []).map((p) => `| part | \`${p.name}\` | ${cell(p.description)} |`),
        ...(element.cssProperties ?? []).map((p) => `| custom property | \`${p.name}\` | ${cell(p.description)} |`),
        ...(element.events ?? []).map((e) => `| event | \`${e.name}\` | ${cell(e.description)} |`),
      ];
      return rows.join('\n');
    })
    .join('\n\n');
}
