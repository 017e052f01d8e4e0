import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * A path inside the project's checkout (where package.json, schemas/ and sample-data/ live), found
 * by walking up from this module, so the same code works from `src/` under tsx and from
 * `dist/src/` after a build.
 * @example projectPath('sample-data', '2026-04') //=> '/home/me/arrears-pipeline/sample-data/2026-04'
 */
export function projectPath(...parts: string[]): string {
  if (!cached) {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6 && !cached; i++, dir = dirname(dir)) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'arrears-pipeline') cached = dir;
    }
    if (!cached) throw new Error(`the project's package.json not found above ${fileURLToPath(import.meta.url)}`);
  }
  return join(cached, ...parts);
}
