import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker thread running the module `name` beside `from` (the caller's import.meta.url).
 * From compiled JavaScript the module runs as it is (`name`.js); from the TypeScript sources (tsx,
 * vitest) the thread first registers tsx's loader, which a worker does not inherit from a
 * `register()` call in its parent, and runs `name`.ts.
 * @example startModuleWorker(import.meta.url, 'parse-worker', { maxYoungGenerationSizeMb: 64 })
 */
export function startModuleWorker(from: string, name: string, resourceLimits: ResourceLimits = {}): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), { resourceLimits });
  const tsx = createRequire(from).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs');
  const target = new URL(`./${name}.ts`, from).href;
  const code = `import(${JSON.stringify(pathToFileURL(tsx).href)})
    .then((m) => { m.register(); return import(${JSON.stringify(target)}); })
    .catch((err) => { console.error(err); process.exit(70); });`;
  return new Worker(code, { eval: true, execArgv: [], resourceLimits });
}
