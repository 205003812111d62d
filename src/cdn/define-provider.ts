// <tip-dataset> for the script-tag bundle, without its checker (dataset-checker.js brings that).
import { TipDataset } from '../components/tip-dataset/tip-dataset.ts';
import { defineElement } from '../shared/define-element.ts';

defineElement('tip-dataset', TipDataset);
