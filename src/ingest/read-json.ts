import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { detectEncoding } from './detect-encoding.js';
import { fileUnreadable, readHead } from './raw-row.js';
import type { CellValue, RawEvent, ReadOptions } from './raw-row.js';

const WANTED =
  '应是对象数组 [{…}, …]，或 { "data": [...] } / { "records": [...] }。请按此格式重新导出后提交。';

/**
 * Reads a JSON array of objects (bare, or under "data" or "records") as one SheetStart named '',
 * a header row (rowNumber 1) holding every key in first-seen order, then one row per object
 * (rowNumber = index + 2) with cells under their keys: strings, numbers and booleans as they are,
 * null or a missing key as null, nested objects and arrays as JSON text. The whole file is parsed
 * at once, so it must fit in memory; numbers past 2^53 (long IDs stored as numbers) have already
 * lost digits in the file's own JSON.
 *
 * @example
 * // 线索.json: [{"姓名":"王五","金额":1200},{"姓名":"赵六","备注":{"来源":"12345"}}]
 * for await (const e of readJson('线索.json')) if (e.kind === 'row') console.log(e.row.cells);
 * //=> [ '姓名', '金额', '备注' ]  [ '王五', 1200 ]  [ '赵六', null, '{"来源":"12345"}' ]
 */
export async function* readJson(path: string, options: ReadOptions = {}): AsyncGenerator<RawEvent> {
  const { signal } = options;
  signal?.throwIfAborted();
  await readHead(path, 1); // turns a missing file or a folder into FILE_UNREADABLE
  let bytes: Buffer;
  try {
    bytes = await readFile(path, { signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw fileUnreadable(path, `读取时出错（${String(error)}）。请检查文件后重试。`, error);
  }
  if (bytes.length === 0) throw fileUnreadable(path, '文件是空的（0 字节）。请重新导出后提交。');
  // JSON should be UTF-8, but exports from older systems are sometimes GBK.
  const text = iconv.decode(bytes, options.encoding ?? detectEncoding(bytes.subarray(0, 64 * 1024)));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fileUnreadable(path, `不是有效的 JSON（${(error as Error).message}）。${WANTED}`, error);
  }
  const records = recordsOf(parsed);
  if (!records) throw fileUnreadable(path, `JSON 里没有记录数组。${WANTED}`);

  const columns = new Map<string, number>();
  records.forEach((record, i) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw fileUnreadable(path, `第 ${i + 1} 条记录不是对象（是 ${JSON.stringify(record)?.slice(0, 40)}）。${WANTED}`);
    }
    for (const key of Object.keys(record)) if (!columns.has(key)) columns.set(key, columns.size);
  });
  yield { kind: 'sheet', name: '', hidden: false, index: 0 };
  if (records.length === 0) return;
  yield { kind: 'row', row: { sheet: '', rowNumber: 1, cells: [...columns.keys()] } };
  for (let i = 0; i < records.length; i++) {
    signal?.throwIfAborted();
    const cells: CellValue[] = [];
    for (const [key, value] of Object.entries(records[i] as Record<string, unknown>)) {
      const at = columns.get(key)!;
      while (cells.length < at) cells.push(null);
      cells[at] = cellOf(value);
    }
    let n = cells.length;
    while (n > 0 && cells[n - 1] === null) n--;
    cells.length = n;
    yield { kind: 'row', row: { sheet: '', rowNumber: i + 2, cells } };
  }
}

function recordsOf(parsed: unknown): readonly unknown[] | undefined {
  if (Array.isArray(parsed)) return parsed;
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { data, records } = parsed as { data?: unknown; records?: unknown };
  if (Array.isArray(data)) return data;
  return Array.isArray(records) ? records : undefined;
}

function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
