import './shared/hydrate-support.ts'; // before Lit: see the module
import { TipStatCard } from './components/tip-stat-card/tip-stat-card.ts';
import { defineElement } from './shared/define-element.ts';

export { TipStatCard };
defineElement('tip-stat-card', TipStatCard);

declare global {
  interface HTMLElementTagNameMap {
    'tip-stat-card': TipStatCard;
  }
}
