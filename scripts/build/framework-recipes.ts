/**
 * The manual's Frameworks recipes, written from the consumer projects that
 * test/consumers/consumers.test.ts type-checks, builds and renders: the code shown is the code tested.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

const FENCE: Record<string, string> = { '.ts': 'ts', '.tsx': 'tsx', '.vue': 'vue', '.svelte': 'svelte' };

interface Recipe {
  title: string;
  /** What to know before copying, in Markdown. */
  intro: string;
  /** Files of the consumer project, shown whole, in this order. */
  files: string[];
}

const RECIPES: Record<string, Recipe> = {
  react: {
    title: 'React 19',
    intro:
      'Import the package once and add the one-line declaration file for the JSX types (the same file types ' +
      'Preact and Solid). React 19 sets a property where the element has one (`stat`, `headingLevel`) and an ' +
      'attribute otherwise, and `ontip-error` listens for the `tip-error` event under its exact name. React 18 ' +
      'passes neither properties nor events to custom elements: there, listen through a `ref`.',
    files: ['src/tip-widgets.d.ts', 'src/App.tsx'],
  },
  vue: {
    title: 'Vue 3',
    intro:
      "Tell Vue's compiler that the elements are custom elements (`isCustomElement`, with `tip-widgets/tags`), " +
      'and add the declaration file that types them in templates (`vue-tsc` then checks attribute values). ' +
      'Listen with `@tip-error`.',
    files: ['vite.config.ts', 'src/tip-widgets.d.ts', 'src/App.vue'],
  },
  svelte: {
    title: 'Svelte 5',
    intro:
      'No configuration: Svelte 5 sets a property where the element has one. The declaration file types the ' +
      'elements for `svelte-check`; `ontip-error` listens for the event.',
    files: ['src/tip-widgets.d.ts', 'src/App.svelte'],
  },
  angular: {
    title: 'Angular',
    intro:
      "Add `CUSTOM_ELEMENTS_SCHEMA` to the component that uses the elements; Angular then passes their attributes " +
      "to the browser unchecked (it type-checks no custom element's attributes). Bind a property with " +
      '`[headingLevel]` and the event with `(tip-error)`. Tested with Angular 21, the newest that runs on Node 20 ' +
      '(Angular 22 needs Node 22).',
    files: ['src/app.ts'],
  },
};

export function frameworkRecipes(consumersDir: string): string {
  return Object.entries(RECIPES)
    .map(([project, { title, intro, files }]) =>
      [
        `### ${title}`,
        '',
        intro,
        '',
        ...files.flatMap((file) => {
          const code = readFileSync(`${consumersDir}${project}/${file}`, 'utf8').trimEnd();
          return [`\`${file}\`:`, '', `\`\`\`${FENCE[extname(file)]}`, code, '```', ''];
        }),
      ].join('\n'),
    )
    .join('\n')
    .trimEnd();
}
