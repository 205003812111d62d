import { TipDataset } from './components/tip-dataset/tip-dataset.ts';
import { defineElement } from './shared/define-element.ts';

export { TipDataset };
export type { Dataset } from './data/schema.ts';
defineElement('tip-dataset', TipDataset);

declare global {
  interface HTMLElementTagNameMap {
    'tip-dataset': TipDataset;
  }
}
