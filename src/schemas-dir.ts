import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The project's `schemas/` folder, found by walking up from this module, so the same code
 * works from `src/` under tsx and from `dist/src/` after a build.
 */
export function schemasDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'schemas');
    if (existsSync(join(candidate, 'store'))) return (cached = candidate);
    dir = dirname(dir);
  }
  throw new Error('schemas/store not found above ' + fileURLToPath(import.meta.url));
}
