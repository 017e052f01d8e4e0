import { addAbortSignal, pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { detectEncoding } from './detect-encoding.js';
import { fileUnreadable, readHead } from './raw-row.js';
import type { RawEvent, ReadOptions } from './raw-row.js';

const SAMPLE_BYTES = 64 * 1024;
// A real record is a few KB; one this long means a quote that never closes swallowed the file.
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const NOT_TEXT =
  '不是文本文件（CSV），可能是 Excel 或其他文件改了扩展名。请用 Excel 打开后另存为“CSV UTF-8”或 .xlsx 再提交。';

/**
 * Streams a CSV (or tab- or semicolon-separated text) file as one SheetStart named '' and then one
 * row per record, every cell a string so that leading zeros survive. The encoding is detected
 * from the first 64 KiB (UTF-8 with or without BOM, GBK/GB18030, UTF-16 with BOM) unless
 * `options.encoding` says otherwise; the delimiter from the first lines. `rowNumber` counts
 * records, the first line being 1; a record spanning lines (quoted newline) counts once. Trailing
 * empty fields are trimmed, so an empty line arrives as a row with `cells: []`.
 *
 * @example
 * for await (const e of readCsv('投诉.csv')) if (e.kind === 'row') console.log(e.row);
 * //=> { sheet: '', rowNumber: 1, cells: [ '投诉人', '电话' ] } … { sheet: '', rowNumber: 2, cells: [ '李四', '013800000000' ] }
 */
export async function* readCsv(path: string, options: ReadOptions = {}): AsyncGenerator<RawEvent> {
  const { signal } = options;
  signal?.throwIfAborted();
  const head = await readHead(path, SAMPLE_BYTES);
  if (head.length === 0) throw fileUnreadable(path, '文件是空的（0 字节）。请重新导出后提交。');
  const encoding = options.encoding ?? sniffEncoding(head);
  if (!encoding.startsWith('utf-16') && looksBinary(head)) throw fileUnreadable(path, NOT_TEXT);
  const sample = iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.length), encoding);
  // Only a guessed GB18030 is questioned: a wrong --encoding is the user's explicit choice.
  if (!options.encoding && encoding === 'gb18030' && countReplacements(sample) > sample.length / 100) {
    throw fileUnreadable(path, NOT_TEXT);
  }
  yield { kind: 'sheet', name: '', hidden: false, index: 0 };

  const source = createReadStream(path, { highWaterMark: SAMPLE_BYTES });
  // csv-parse decodes UTF-8 bytes itself (and drops the BOM); other encodings go through iconv-lite.
  const decoder = encoding === 'utf-8' ? undefined : (iconv.decodeStream(encoding) as NodeJS.ReadWriteStream);
  const parser = parse({
    delimiter: guessDelimiter(sample),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
  });
  ignoreRecordLength(parser);
  if (signal) addAbortSignal(signal, parser);
  // Errors reach us through the parser, which pipeline destroys with the first error of any stage.
  pipeline(decoder ? [source, decoder, parser] : [source, parser], () => {});
  let rowNumber = 0;
  try {
    for await (const record of parser as Readable & AsyncIterable<string[]>) {
      let n = record.length;
      while (n > 0 && record[n - 1] === '') n--;
      record.length = n;
      yield { kind: 'row', row: { sheet: '', rowNumber: ++rowNumber, cells: record } };
      signal?.throwIfAborted(); // records already parsed would otherwise still come
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw fileUnreadable(path, describe(error, rowNumber + 1), error);
  } finally {
    parser.destroy();
  }
}

/**
 * Even with relax_column_count, csv-parse builds a full CsvError (stack trace, options copied in)
 * for every record whose length differs from the first record's: a file with a title line read
 * six times slower. Telling it each record is the expected length skips that. An accessor on
 * `state` would be simpler but drops that hot object into slow mode (3× slower overall).
 */
function ignoreRecordLength(parser: object): void {
  type Api = { state?: { record?: unknown[]; expectedRecordLength?: number }; __onRecord?: (...args: unknown[]) => unknown };
  const api = (parser as { api?: Api }).api;
  const onRecord = api?.__onRecord;
  const state = api?.state;
  if (!api || !state || typeof onRecord !== 'function') return;
  api.__onRecord = function (this: Api, ...args: unknown[]) {
    state.expectedRecordLength = state.record?.length;
    return onRecord.apply(this, args);
  };
}

/** The encoding readCsv assumes for a file opening with `head`; set-based loading must agree. @example sniffEncoding(new Uint8Array([0xff, 0xfe])) //=> 'utf-16le' */
export function sniffEncoding(head: Uint8Array): 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' {
  // Excel's "Unicode text" export is UTF-16 with a byte-order mark (and tabs between fields).
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return detectEncoding(head);
}

/** Text has no NUL bytes and hardly any other control characters. */
function looksBinary(head: Uint8Array): boolean {
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  }
  return controls > head.length / 100;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}

/**
 * The most frequent of ',', tab and ';' outside quotes on the first line that has any of them
 * (a title line above the header may have none); ',' on a tie or when no line has one.
 */
export function guessDelimiter(sample: string): string {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < sample.length && lines < 10; i++) {
    const ch = sample[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',' || ch === '\t' || ch === ';') counts[ch]++;
    else if (ch === '\n' && counts[','] + counts['\t'] + counts[';'] === 0) lines++;
    else if (ch === '\n') break;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

function describe(error: unknown, record: number): string {
  if (!(error instanceof CsvError)) return `读取时出错（${String(error)}）。请检查文件后重试。`;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_MAX_RECORD_SIZE') {
    return `第 ${record} 条记录里的引号（"）没有闭合，之后的内容都被当成了一个字段。请检查该处引号是否成对，修正后重新提交。`;
  }
  return `第 ${record} 条记录不是有效的 CSV（${error.message}）。请修正该处后重新提交。`;
}
