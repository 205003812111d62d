// The script-tag bundle: every element with Lit and the bundled dataset, <tip-dataset> without the
// checker it runs on a page's own data, which ships as a second script, dataset-checker.js. The build
// wraps it so that only the first copy on a page runs (scripts/build/script-guard.ts).
import '../shared/hydrate-support.ts'; // before Lit: see the module
import './define-provider.ts'; // The provider first: widgets defined after it find it on upgrade.
import '../tip-stat-card.ts';
import '../task-force-timeline.ts';
import '../agency-accomplishments.ts';
import '../recommendation-list.ts';
