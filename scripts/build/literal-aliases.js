/**
 * Custom Elements Manifest analyzer plugin: writes out, in each attribute's and field's `parsedType`, the
 * type aliases it is typed with that are unions of string literals (`Theme` is `'light' | 'dark' | 'auto'`;
 * `BundledStatId` lists the bundled stat ids), and `OwnId` as `string`. The analyzer has no type checker;
 * editors' data (VS Code, JetBrains) and the framework types read the values from here.
 */
export function literalAliases() {
  const aliases = new Map([['OwnId', 'string']]);
  return {
    name: 'tip-literal-aliases',
    collectPhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const members = node.type.types;
      if (members.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))
        aliases.set(node.name.text, members.map((t) => `'${t.literal.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.declarations?.length);
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations)
          for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            const text = item.type?.text;
            const expanded = text?.replace(/\b[A-Z][\w$]*\b/g, (name) => aliases.get(name) ?? name);
            if (expanded !== text) item.parsedType = { text: expanded };
          }
    },
  };
}
