#!/usr/bin/env node
// The `arrears` command. `npm ci` compiles the sources into dist/ (the `prepare` script), and the
// compiled command starts in about a second. When any source file is newer than that build (you
// are editing, or pulled without reinstalling), or there is none, or ARREARS_FROM_SOURCE=1, the
// TypeScript sources run through tsx instead: slower to start, never stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const compiled = new URL('dist/src/cli/main.js', root);

function newestSource(since) {
  for (const dir of ['src', 'pipelines', 'schemas']) {
    const base = fileURLToPath(new URL(`${dir}/`, root));
    for (const name of readdirSync(base, { recursive: true })) {
      if (name.endsWith('.ts') && statSync(base + name).mtimeMs > since) return true;
    }
  }
  return false;
}

const useCompiled = process.env.ARREARS_FROM_SOURCE !== '1' && existsSync(compiled) && !newestSource(statSync(compiled).mtimeMs);
if (!useCompiled) (await import('tsx/esm/api')).register();
await import(useCompiled ? compiled.href : new URL('src/cli/main.ts', root).href);
