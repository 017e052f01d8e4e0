import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PipelineError } from '../pipeline-error.js';

/** File kinds ingest reads; anything else in a folder is ignored (and said so by the caller). */
export const INPUT_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.csv', '.tsv', '.txt', '.json']);

/**
 * Expands the paths given on the command line: files as they are, folders recursively in name
 * order, skipping Office lock files (~$…) and hidden files.
 */
export function listInputFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new PipelineError('USAGE', `找不到文件或文件夹：${p}`, { path: p });
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || name.startsWith('~$')) continue;
        walk(join(p, name), false);
      }
    } else if (explicit || INPUT_EXTENSIONS.has(extname(p).toLowerCase())) out.push(p);
  };
  for (const p of paths) walk(p, true);
  return out;
}
