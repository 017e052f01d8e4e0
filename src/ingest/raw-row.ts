import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { PipelineError } from '../pipeline-error.js';

/**
 * What the file readers hand to header detection: sheets and rows of cells, before any column
 * has a name. xlsx cells keep Excel's types and JSON cells JSON's; CSV cells are always strings so
 * that phone and ID numbers keep their leading zeros.
 *
 * @example
 * const cell: CellValue = '0571'; // a CSV phone number, leading zero kept
 */
export type CellValue = string | number | boolean | Date | null;

/**
 * One physical row. `cells[0]` is column A (or the first CSV field); trailing empty cells are
 * trimmed, so an empty line or an empty sheet row has `cells: []`. `rowNumber` is the 1-based sheet
 * row (xlsx) or the 1-based record index (CSV, the header line being 1; JSON, the synthetic header
 * being 1).
 */
export interface RawRow {
  readonly sheet: string;
  readonly rowNumber: number;
  readonly cells: readonly CellValue[];
}

/** Announces the rows that follow. `index` is the 0-based tab position; CSV and JSON have one sheet named ''. */
export interface SheetStart {
  readonly kind: 'sheet';
  readonly name: string;
  readonly hidden: boolean;
  readonly index: number;
}

export type RawEvent = SheetStart | { readonly kind: 'row'; readonly row: RawRow };

/** `encoding` overrides detection for CSV (ignored by the other readers); `signal` stops a read between chunks. */
export interface ReadOptions {
  readonly encoding?: 'utf-8' | 'gbk' | 'gb18030';
  readonly signal?: AbortSignal;
}

/**
 * The one error every reader throws for a file it cannot read: names the file, says what is wrong
 * and what to do. Lives beside the reader contract because all four readers share it.
 *
 * @example
 * fileUnreadable('/in/a.xlsx', '文件是空的（0 字节）。请重新导出后提交。').message
 * //=> '无法读取文件 a.xlsx：文件是空的（0 字节）。请重新导出后提交。'
 */
export function fileUnreadable(path: string, problem: string, cause?: unknown): PipelineError {
  const context: Record<string, unknown> = { file: path };
  if (cause !== undefined) context.cause = cause instanceof Error ? cause.message : String(cause);
  return new PipelineError('FILE_UNREADABLE', `无法读取文件 ${basename(path)}：${problem}`, context);
}

/**
 * Reads the first `length` bytes (fewer if the file is shorter), turning "no such file" and the
 * like into FILE_UNREADABLE so callers need not tell I/O errors apart.
 *
 * @example
 * await readHead('a.csv', 4) //=> Uint8Array [0xef, 0xbb, 0xbf, 0x61]
 */
export async function readHead(path: string, length: number): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = new Uint8Array(length);
    let filled = 0;
    // read() may return short counts; loop until the buffer is full or the file ends.
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === length) break;
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    throw fileUnreadable(path, IO_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ''] ?? `${String(error)}。请检查文件后重试。`, error);
  } finally {
    await handle?.close();
  }
}

const IO_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在。请检查路径和文件名。',
  EISDIR: '这是一个文件夹，不是文件。请指定其中的文件。',
  EACCES: '没有读取权限。请检查文件权限。',
  EPERM: '没有读取权限。请检查文件权限。',
};
