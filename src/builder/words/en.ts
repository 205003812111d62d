import type { WidgetTag } from '../../shared/widget-tags.ts';

/**
 * The embed builder's own words in English, plain words first: what an editor is choosing, never an attribute
 * name (those follow, as a detail for developers). Every other language matches these keys (`BuilderWords`).
 */
export const builderEn = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',

  title: 'Embed builder',
  intro: 'Choose a widget, set it up, see it as your readers will, and copy what to paste into your page. Everything happens in this page: a file you load is read here and sent nowhere.',
  builderLanguage: 'Language of this page',
  demoLink: 'See every widget on the demo page',
  jumpToPreview: 'Jump to the preview',
  cannotFindRelease: 'The builder cannot find release.json beside its page: run it with npm start, or from the dist/site/ folder that npm run build writes.',

  stepWidget: '1. Which widget?',
  widgets: {
    'tip-stat-card': ['A headline figure', 'One number with what it counts and its source.'],
    'task-force-timeline': ['The chronology', 'The task force’s dates, from its law to its reports.'],
    'agency-accomplishments': ['What each agency reported', 'Each department’s reported work, with figures.'],
    'recommendation-list': ['The recommendations', 'The policy recommendations, with who made them.'],
  } satisfies Record<WidgetTag, [name: string, description: string]>,

  stepSettings: '2. Settings',
  // Each attribute as an editor asks for it; an attribute with none here is shown by its name.
  attributes: {
    stat: 'Which figure?',
    notation: 'How to write large numbers',
    'count-up': 'Let the figure rise into view',
    from: 'Years: from',
    to: 'Years: to',
    kinds: 'Kinds of event (empty: all)',
    order: 'Order',
    agency: 'Which agency? (empty: all)',
    meeting: 'Which meeting? (empty: all)',
    layout: 'Layout: grid or tabs',
    source: 'Which report? (empty: all)',
    topic: 'Which topic? (empty: all)',
    'heading-level': 'Heading level in your page',
    theme: 'Colour scheme',
    'hide-data': 'Hide “Data and citation”',
    locale: 'Language of the widget',
    dir: 'Text direction',
  } as Record<string, string>,
  // Each choice of a fixed list, in the editor's words.
  values: {
    standard: 'In full (27,000,000)',
    compact: 'Short (27M)',
    oldest: 'Oldest first',
    newest: 'Newest first',
    grid: 'Grid of cards',
    tabs: 'Tabs, one per agency',
    auto: 'Follow the page (light or dark)',
    light: 'Always light',
    dark: 'Always dark',
    ltr: 'Left to right',
    rtl: 'Right to left',
  } as Record<string, string>,
  forDevelopers: 'For developers',
  none: '(none: the default)',
  search: 'Search: words, a name, an acronym',
  searchFor: (what: string) => `Search: ${what}`,

  stepColours: '3. Colours',
  colours: { '--tip-color-text': 'Text', '--tip-color-surface': 'Background', '--tip-color-accent': 'Accent (figures, markers)' } as Record<string, string>,
  defaultColours: 'Use the default colours',
  contrastWarning: (what: string, ratio: string) => `${what} is ${ratio}:1 against the background; text needs at least 4.5:1.`,
  onDarkPage: (warning: string) => `On a dark page: ${warning}`,

  stepData: 'Your own data (optional)',
  datasetFile: 'A dataset file (JSON, as data/dataset.schema.json describes)',
  usingFile: (file: string) => `Using ${file}.`,
  useBundled: 'Use the bundled data',
  fileProblems: (count: number) => `This file cannot be used: ${count} ${count === 1 ? 'problem' : 'problems'}, each at its place in the file.`,
  notJson: (file: string, reason: string) => `${file} is not JSON: ${reason}`,

  stepPreview: '4. Preview',
  previewWidth: 'Width',
  widths: { phone: 'Phone (360 px)', sidebar: 'Sidebar (280 px)', article: 'Article column (720 px)' } as Record<string, string>,
  lightPage: 'On a light page',
  darkPage: 'On a dark page',

  stepPaste: '5. Paste into your page',
  hashesLater: 'The integrity hashes appear once npm run build has run.',
  fromCdn: 'From the jsDelivr CDN',
  fromThisSite: 'From this site, where this builder is published',
  fromThisSiteSteps: 'The script files are published here, beside this builder: paste, and your page loads them from this site.',
  selfHosted: 'From your own site (no third party sees your readers)',
  selfHostedSteps: (version: string) =>
    `Download tip-widgets ${version} (npm pack tip-widgets@${version}, or the .tgz from the npm registry), unpack it, and copy the folder package/dist/cdn/ to /tip-widgets/ on your site. Then paste:`,
  inHead: 'In your page’s head:',
  whereItGoes: 'Where the widget should appear:',
  classicNote: 'Where the page cannot load modules, the same with classic scripts:',
  preRender: 'Pre-rendered: run in your site’s build, so the widget reads without JavaScript:',
  copy: 'Copy',

  stepCheck: '6. Check my page',
  checkIntro: 'Paste your page’s HTML, or the part around the widget: the builder says whether everything is there and in order.',
  pageHtml: 'Your page’s HTML',
  check: 'Check',
  checkFound: (count: number) => `${count} ${count === 1 ? 'thing' : 'things'} to fix.`,
  checkAllGood: 'Everything is there and in order.',
  checks: {
    bundle: 'The widgets’ script (tip-widgets.js) is there.',
    noBundle: 'The widgets’ script (tip-widgets.js or tip-widgets.iife.js) is missing: paste the lines for your page’s head.',
    moduleType: 'tip-widgets.js needs type="module" (or use tip-widgets.iife.js with defer).',
    integrity: 'Its integrity hash matches this release.',
    badIntegrity: (file: string) => `The integrity hash of ${file} does not match this release: copy the snippet again.`,
    noIntegrity: (file: string) => `${file} has no integrity hash: copy the snippet again to pin it.`,
    language: (file: string) => `The language file ${file} is there, after the widgets’ script.`,
    noLanguage: (file: string) => `The language file ${file} is missing: without it the widget speaks English.`,
    languageFirst: (file: string) => `${file} comes before tip-widgets.js: put it after.`,
    element: (tag: string) => `The widget <${tag}> is there.`,
    noElement: (tag: string) => `The widget <${tag}> is missing: paste the line for where it should appear.`,
    notInProvider: (tag: string) => `The widget <${tag}> is not inside <tip-dataset src="…">: it would show the bundled data, not yours.`,
    checker: 'The dataset checker (dataset-checker.js) is there, for your own data.',
    noChecker: 'Your own data needs the dataset checker, dataset-checker.js, before tip-widgets.js.',
  },
};

export type BuilderWords = typeof builderEn;
