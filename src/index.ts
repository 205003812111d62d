export * from './tip-stat-card.ts';
export type { TipErrorDetail, TipErrorEvent } from './shared/tip-error.ts';
