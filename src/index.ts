import './shared/hydrate-support.ts'; // before Lit: see the module
// The provider first: widgets defined after it find it on upgrade.
export * from './tip-dataset.ts';
export * from './tip-stat-card.ts';
export * from './task-force-timeline.ts';
export * from './agency-accomplishments.ts';
export * from './recommendation-list.ts';
export type { TipErrorDetail, TipErrorEvent } from './shared/tip-error.ts';
export { registerTranslation } from './i18n/translation-registry.ts';
export type { Translation } from './i18n/translation.ts';
