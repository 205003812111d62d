import './shared/hydrate-support.ts'; // before Lit: see the module
import { TipDataset } from './components/tip-dataset/tip-dataset.ts';
import { registerDatasetChecker } from './data/dataset-checker.ts';
import { validateDatasetInSlices } from './data/validate-dataset.ts';
import { defineElement } from './shared/define-element.ts';

export { TipDataset };
export type { Dataset } from './data/schema.ts';
registerDatasetChecker(validateDatasetInSlices);
defineElement('tip-dataset', TipDataset);

declare global {
  interface HTMLElementTagNameMap {
    'tip-dataset': TipDataset;
  }
}
