/**
 * Names replaced in 0.2.0 so that each concept has one, kept working until 0.3.0: the old part beside the new
 * (`part="base card"`), the old custom property as the new one's fallback, the old script-tag file as a copy of
 * the new. The manual's Theming page shows the table of these and ships the old files; test/renamed.test.ts
 * checks in the browsers that every old name still works, test/node/renamed.test.ts that the sources and the manual say so.
 */
export const REMOVED_IN = '0.3.0';

/** Every widget's root part is `base`; these widgets called it something else. */
export const RENAMED_PARTS = [
  { element: 'tip-stat-card', old: 'card', name: 'base' },
  { element: 'task-force-timeline', old: 'timeline', name: 'base' },
] as const;

/** Each widget's custom properties start with its tag name. */
export const RENAMED_PROPERTIES = [
  { element: 'task-force-timeline', old: '--tip-timeline-marker-color', name: '--tip-task-force-timeline-marker-color' },
  { element: 'task-force-timeline', old: '--tip-timeline-item-width', name: '--tip-task-force-timeline-item-width' },
  { element: 'agency-accomplishments', old: '--tip-accomplishments-card-min-width', name: '--tip-agency-accomplishments-card-min-width' },
  { element: 'agency-accomplishments', old: '--tip-accomplishments-tab-indicator-color', name: '--tip-agency-accomplishments-tab-indicator-color' },
  { element: 'recommendation-list', old: '--tip-recommendation-number-color', name: '--tip-recommendation-list-number-color' },
  { element: 'recommendation-list', old: '--tip-recommendation-topic-background', name: '--tip-recommendation-list-topic-background' },
  { element: 'recommendation-list', old: '--tip-recommendation-topic-color', name: '--tip-recommendation-list-topic-color' },
] as const;

/**
 * Script-tag files (dist/cdn/) are named after what they hold: `tip-widgets.js` every widget, `<tag>.js` one
 * element, `dataset-checker.js` the checker `<tip-dataset>` runs on a page's own data. The checker was
 * `tip-dataset.js`: once the copy is retired, that name passes to `<tip-dataset>`'s own file, which brings the checker
 * too, so that a page still loading it keeps working.
 */
export const RENAMED_SCRIPT_FILES: Record<string, string> = { 'tip-dataset': 'dataset-checker' };

/** The manual's table of what was renamed, each old name with its new one. */
export const migrationTable = (): string =>
  [
    `| What | Before 0.2.0 | Now | Old name works until |`,
    `| --- | --- | --- | --- |`,
    ...RENAMED_PARTS.map(({ element, old, name }) => `| part of \`<${element}>\` | \`::part(${old})\` | \`::part(${name})\` | ${REMOVED_IN} |`),
    ...RENAMED_PROPERTIES.map(({ element, old, name }) => `| custom property of \`<${element}>\` | \`${old}\` | \`${name}\` | ${REMOVED_IN} |`),
    ...Object.entries(RENAMED_SCRIPT_FILES).flatMap(([old, name]) =>
      ['.js', '.iife.js'].map((extension) => `| script-tag file | \`dist/cdn/${old}${extension}\` | \`dist/cdn/${name}${extension}\` | ${REMOVED_IN} |`),
    ),
  ].join('\n');
