import './shared/hydrate-support.ts'; // before Lit: see the module
import { TaskForceTimeline } from './components/task-force-timeline/task-force-timeline.ts';
import { defineElement } from './shared/define-element.ts';

export { TaskForceTimeline };
defineElement('task-force-timeline', TaskForceTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'task-force-timeline': TaskForceTimeline;
  }
}
