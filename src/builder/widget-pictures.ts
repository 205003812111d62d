import { svg } from 'lit';
import type { WidgetTag } from '../shared/widget-tags.ts';

/**
 * A small picture of each widget for its choice card: its shape, not its words (the card says those). Decorative,
 * drawn in `currentColor` and the accent, so it follows the scheme.
 */
export const WIDGET_PICTURES: Record<WidgetTag, ReturnType<typeof svg>> = {
  'tip-stat-card': svg`<rect x="6" y="8" width="30" height="12" rx="2" class="accent"/><rect x="6" y="24" width="40" height="4" rx="1"/><rect x="6" y="32" width="26" height="3" rx="1" class="muted"/>`,
  'task-force-timeline': svg`<rect x="4" y="23" width="56" height="2" rx="1"/><circle cx="12" cy="24" r="4" class="accent"/><circle cx="32" cy="24" r="4" class="accent"/><circle cx="52" cy="24" r="4" class="accent"/><rect x="6" y="32" width="12" height="3" rx="1" class="muted"/><rect x="26" y="32" width="12" height="3" rx="1" class="muted"/><rect x="46" y="32" width="12" height="3" rx="1" class="muted"/>`,
  'agency-accomplishments': svg`<rect x="4" y="6" width="26" height="16" rx="2"/><rect x="34" y="6" width="26" height="16" rx="2"/><rect x="4" y="26" width="26" height="16" rx="2"/><rect x="34" y="26" width="26" height="16" rx="2"/><rect x="8" y="10" width="14" height="3" rx="1" class="accent"/><rect x="38" y="10" width="14" height="3" rx="1" class="accent"/><rect x="8" y="30" width="14" height="3" rx="1" class="accent"/><rect x="38" y="30" width="14" height="3" rx="1" class="accent"/>`,
  'recommendation-list': svg`<circle cx="9" cy="10" r="3" class="accent"/><rect x="16" y="8" width="40" height="4" rx="1"/><circle cx="9" cy="24" r="3" class="accent"/><rect x="16" y="22" width="34" height="4" rx="1"/><circle cx="9" cy="38" r="3" class="accent"/><rect x="16" y="36" width="38" height="4" rx="1"/>`,
};
