import './shared/hydrate-support.ts'; // before Lit: see the module
import { RecommendationList } from './components/recommendation-list/recommendation-list.ts';
import { defineElement } from './shared/define-element.ts';

export { RecommendationList };
defineElement('recommendation-list', RecommendationList);

declare global {
  interface HTMLElementTagNameMap {
    'recommendation-list': RecommendationList;
  }
}
