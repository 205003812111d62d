/** The four widgets' tags, fixed by the product card: the one list the build, tests, stories and tools read. */
export const WIDGET_TAGS = ['tip-stat-card', 'task-force-timeline', 'agency-accomplishments', 'recommendation-list'] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** The provider around widgets that brings them another dataset. */
export const PROVIDER_TAG = 'tip-dataset';

/**
 * Whether a tag is one of this library's elements: exported as `tip-widgets/tags` for a framework's compiler
 * option (Vue's `isCustomElement`), importable where no DOM exists, as in a vite.config.
 */
export const isTipElement = (tag: string): boolean => tag === PROVIDER_TAG || (WIDGET_TAGS as readonly string[]).includes(tag);
