import { builderAr } from './ar.ts';
import { builderEn, type BuilderWords } from './en.ts';
import { builderEs } from './es.ts';
import { builderFr } from './fr.ts';
import { builderPt } from './pt.ts';

/** The builder's words in the widgets' five languages, in the order its language picker lists them. */
export const BUILDER_LANGUAGES: BuilderWords[] = [builderEn, builderEs, builderFr, builderPt, builderAr];

/** The words for a language tag (`fr-CA` → French), English where the builder has none. */
export const builderWordsFor = (tag: string): BuilderWords =>
  BUILDER_LANGUAGES.find((words) => words.$code === tag.toLowerCase().split('-')[0]) ?? builderEn;
