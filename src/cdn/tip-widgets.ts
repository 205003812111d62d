// The script-tag bundle: the four widgets with Lit and the bundled dataset. <tip-dataset> and its
// validator ship as a second script (dist/cdn/tip-dataset.js) so pages on the bundled data skip them.
export * from '../tip-stat-card.ts';
export * from '../task-force-timeline.ts';
export * from '../agency-accomplishments.ts';
export * from '../recommendation-list.ts';
