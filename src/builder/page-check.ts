import type { BuilderWords } from './words/en.ts';
import type { EmbedChoice, Release } from './snippet.ts';

/** One thing "Check my page" looked for: found as it should be, or what to fix. */
export interface Finding {
  ok: boolean;
  text: string;
}

/** A script of ours by its file name, wherever it is served from (the CDN or the editor's own site): `lang/es`. */
function findScript(scripts: HTMLScriptElement[], name: string): { script: HTMLScriptElement; file: string; index: number } | undefined {
  const pattern = new RegExp(`(?:^|/)${name.replace(/[/.]/g, '\\$&')}(\\.iife)?\\.js(?:[?#]|$)`);
  const index = scripts.findIndex((script) => pattern.test(script.getAttribute('src') ?? ''));
  if (index < 0) return undefined;
  const classic = pattern.exec(scripts[index].getAttribute('src')!)![1] !== undefined;
  return { script: scripts[index], file: `${name}${classic ? '.iife' : ''}.js`, index };
}

/**
 * "Check my page": whether a page (or the part of it around the widget) has what the snippet for this choice
 * puts in it, and in order: the dataset checker for own data before the widgets' script, the widgets' script as
 * a module (or the classic file), its integrity hash as this release's, the language file after it, the element.
 * The page is parsed, never run: its scripts do not execute in a parsed document.
 */
export function checkPage(html: string, release: Release, choice: EmbedChoice, words: BuilderWords): Finding[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')];
  const { checks } = words;
  const findings: Finding[] = [];
  const bundle = findScript(scripts, 'tip-widgets');
  if (!bundle) {
    findings.push({ ok: false, text: checks.noBundle });
  } else {
    findings.push({ ok: true, text: checks.bundle });
    if (bundle.file === 'tip-widgets.js' && bundle.script.getAttribute('type') !== 'module') findings.push({ ok: false, text: checks.moduleType });
    const expected = release.integrity?.[bundle.file];
    const given = bundle.script.getAttribute('integrity');
    if (expected && !given) findings.push({ ok: false, text: checks.noIntegrity(bundle.file) });
    else if (expected) findings.push(given === expected ? { ok: true, text: checks.integrity } : { ok: false, text: checks.badIntegrity(bundle.file) });
  }
  if (choice.datasetFile) {
    // Under its name before 0.2.0 too, which still ships until 0.3.0 (scripts/build/renamed.ts).
    const checker = findScript(scripts, 'dataset-checker') ?? findScript(scripts, 'tip-dataset');
    findings.push(checker && (!bundle || checker.index < bundle.index) ? { ok: true, text: checks.checker } : { ok: false, text: checks.noChecker });
  }
  if (choice.language) {
    const language = findScript(scripts, `lang/${choice.language}`);
    const file = `lang/${choice.language}.js`;
    if (!language) findings.push({ ok: false, text: checks.noLanguage(file) });
    else if (bundle && language.index < bundle.index) findings.push({ ok: false, text: checks.languageFirst(language.file) });
    else findings.push({ ok: true, text: checks.language(language.file) });
  }
  if (!doc.querySelector(choice.tag)) findings.push({ ok: false, text: checks.noElement(choice.tag) });
  // With own data, a widget outside a <tip-dataset src> would show the bundled data instead.
  else if (choice.datasetFile && !doc.querySelector(`tip-dataset[src] ${choice.tag}`)) findings.push({ ok: false, text: checks.notInProvider(choice.tag) });
  else findings.push({ ok: true, text: checks.element(choice.tag) });
  return findings;
}
