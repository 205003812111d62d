// The second script-tag bundle, for pages with their own dataset: the checker <tip-dataset> runs on
// it, registered for the widgets' bundle (loaded before or after this one) to find. No Lit.
import { registerDatasetChecker } from '../data/dataset-checker.ts';
import { validateDatasetInSlices } from '../data/validate-dataset.ts';

registerDatasetChecker(validateDatasetInSlices);
