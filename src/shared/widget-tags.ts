/** The four widgets' tags, fixed by the product card: the one list the build, tests, stories and tools read. */
export const WIDGET_TAGS = ['tip-stat-card', 'task-force-timeline', 'agency-accomplishments', 'recommendation-list'] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** The provider around widgets that brings them another dataset. */
export const PROVIDER_TAG = 'tip-dataset';
