import { createHash } from 'node:crypto';
import type { Dataset } from '../../src/data/schema.ts';

/** What `data/content-hash.json` records: the version whose content hashes to `sha256`. */
export interface VersionRecord {
  version: string;
  sha256: string;
}

/** The content a version names: everything but `version`, `changelog` and `$schema`, which describe it. */
export function contentHash(data: Dataset): string {
  const { version: _version, changelog: _changelog, $schema: _schema, ...content } = data;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

const parts = (version: string) => version.split('.').map(Number);
/** Whether semantic version `a` comes after `b`. */
export function isLater(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)];
  const i = x.findIndex((part, j) => part !== y[j]);
  return i >= 0 && x[i] > y[i];
}

/**
 * What is wrong with a dataset's version given the recorded one: content changed under the same version,
 * a version that goes back, a changelog whose newest entry is not the version, or out of order.
 */
export function versionProblems(data: Dataset, record: VersionRecord | undefined): string[] {
  const problems: string[] = [];
  const { version, changelog = [] } = data;
  if (!version) return ['the dataset has no version'];
  if (changelog[0]?.version !== version) problems.push(`the changelog's newest entry is ${changelog[0]?.version ?? 'missing'}, not version ${version}`);
  changelog.slice(1).forEach((entry, i) => {
    if (!isLater(changelog[i].version, entry.version)) problems.push(`changelog: ${changelog[i].version} is listed before ${entry.version}, but it is not later`);
  });
  if (record && contentHash(data) !== record.sha256) {
    if (version === record.version) {
      problems.push(
        `the content changed since version ${version} was recorded: raise \`version\` (major: a figure or claim changed; minor: entries added; patch: wording) and say what changed in \`changelog\``,
      );
    } else if (!isLater(version, record.version)) {
      problems.push(`version ${version} does not come after the recorded ${record.version}`);
    }
  }
  return problems;
}
