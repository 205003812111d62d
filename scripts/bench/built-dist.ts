import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newestIn = (dir: string): number =>
  Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs;
  }));

/**
 * Makes sure dist/ holds the built artifacts the bench measures: runs `npm run build` when they are
 * missing or when `rebuild` asks, and says so when they are older than src/.
 */
export function ensureBuilt(root: string, files: string[], rebuild: boolean): void {
  const missing = files.filter((file) => !existsSync(join(root, file)));
  if (rebuild || missing.length) {
    console.log(rebuild ? 'Building dist/ (npm run build)…' : `dist/ lacks ${missing.join(', ')}: running npm run build…`);
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    return;
  }
  const built = Math.min(...files.map((file) => statSync(join(root, file)).mtimeMs));
  if (newestIn(join(root, 'src')) > built) {
    console.warn('Note: src/ has changed since the last build; these figures are for dist/ as built. Run `npm run bench -- --build` to rebuild first.');
  }
}
