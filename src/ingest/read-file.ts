import { extname } from 'node:path';
import { fileUnreadable, readHead } from './raw-row.js';
import type { RawEvent, ReadOptions } from './raw-row.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { readXlsx } from './read-xlsx.js';

const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const EXCEL_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.et']);
const SUPPORTED = '支持的文件：Excel 工作簿（.xlsx）、CSV 或制表符分隔的文本（.csv .tsv .txt）、JSON（.json）。';

/**
 * Reads any supported file as RawEvents, choosing the reader by content before name: a zip is an
 * xlsx workbook and an OLE file an old .xls (which readXlsx refuses with advice); then .csv .tsv
 * .txt are CSV; then .json, or text opening with '[' or '{', is JSON. A CSV is never sniffed as
 * JSON, because its first cell may well start with '['.
 *
 * @example
 * for await (const e of readFile('sweep/闵行-2024Q3.xlsx')) if (e.kind === 'sheet') console.log(e.name);
 * //=> 台账
 */
export async function* readFile(path: string, options: ReadOptions = {}): AsyncGenerator<RawEvent> {
  options.signal?.throwIfAborted();
  const reader = await pickReader(path);
  if (reader === 'xlsx') return yield* readXlsx(path, options);
  if (reader === 'csv') return yield* readCsv(path, options);
  return yield* readJson(path, options);
}

/**
 * Which reader readFile uses for a file, by content before name (see readFile); throws
 * FILE_UNREADABLE for an empty file or one it does not recognise.
 * @example await pickReader('投诉.csv') //=> 'csv'
 */
export async function pickReader(path: string): Promise<'xlsx' | 'csv' | 'json'> {
  const head = await readHead(path, 64);
  const ext = extname(path).toLowerCase();
  if (head.length === 0) throw fileUnreadable(path, '文件是空的（0 字节）。请重新导出后提交。');
  if (isZip(head) || isOle(head) || EXCEL_EXTENSIONS.has(ext)) return 'xlsx';
  if (TEXT_EXTENSIONS.has(ext)) return 'csv';
  if (ext === '.json' || opensLikeJson(head)) return 'json';
  throw fileUnreadable(path, `不认识这种文件（${ext || '没有扩展名'}）。${SUPPORTED}`);
}

function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

function isOle(head: Uint8Array): boolean {
  return head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}

function opensLikeJson(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d) i++;
  return head[i] === 0x5b || head[i] === 0x7b; // '[' or '{'
}
