import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PipelineError } from '../pipeline-error.js';

/**
 * Writes a file through a temporary name in the same folder and renames it into place, so a
 * clerk never opens half a workbook; `write` may also record the file in the store before the
 * rename. The folder is created if needed.
 * @example await writeAtomically('out/审核表.xlsx', (tmp) => writeWorkbook(tmp))
 */
export async function writeAtomically<T>(path: string, write: (tmpPath: string) => Promise<T>): Promise<T> {
  const target = resolve(path);
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (err) {
    throw new PipelineError('USAGE', `无法创建输出文件夹 ${dirname(target)}：${(err as Error).message}。请换一个可写的位置。`, { path });
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const result = await write(tmp);
    renameSync(tmp, target);
    return result;
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The temporary name is something else's (a folder): leave it; the error below says why.
    }
    // Only file-system errors (EACCES, EBUSY…) are the clerk's to fix; anything else goes up as it is.
    if (typeof (err as NodeJS.ErrnoException)?.code !== 'string' || err instanceof PipelineError) throw err;
    throw new PipelineError('USAGE', `无法写入 ${target}：${(err as Error).message}。请检查文件是否被 Excel 打开或目录是否可写。`, { path });
  }
}
