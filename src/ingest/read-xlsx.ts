import './exceljs-utf8-fix.js'; // before exceljs: see the module
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { PipelineError } from '../pipeline-error.js';
import { fileUnreadable, readHead } from './raw-row.js';
import type { RawEvent, ReadOptions, SheetStart } from './raw-row.js';
import { SheetRowDecoder } from './sheet-row-decoder.js';
import { unescapeOoxml } from './xml-scan.js';

// exceljs's own sheet decoder turns cached formula errors into NaN, drops cached results of 0,
// gives boolean formula results as 1/0 and misses the zh-CN built-in date formats (numFmtId 27–36,
// 50–58); and its SAX parser builds an object per tag, which costs more than the rows. So exceljs
// unzips and reads shared strings, styles and the sheet list, and SheetRowDecoder reads the sheet
// XML itself, straight from the unzipped bytes.

/** The parts of exceljs's streaming WorkbookReader that its typings leave out. */
interface Book {
  parse(): AsyncIterator<{ eventType: string; value: Sheet }>;
  sharedStrings?: ReadonlyArray<string | { richText: ReadonlyArray<{ text: string | null }> } | null>;
  styles: { model?: { styles?: ReadonlyArray<{ numFmtId?: number }> }; index?: { numFmt?: Readonly<Record<number, string>> } };
  properties?: { model?: { date1904?: boolean } };
  model?: { sheets?: ReadonlyArray<{ name: string; state?: string; rId: string }> };
  workbookRels?: ReadonlyArray<{ Id: string; Target: string }>;
}
/** exceljs sets `id` to the numeric sheetId once it has matched the sheet to workbook.xml, else leaves the file number as a string. */
interface Sheet { id: number | string; name: string; iterator: AsyncIterable<Uint8Array | string> & { destroy?: () => void } }

const NOT_XLSX = '不是有效的 Excel 文件（xlsx），文件可能已损坏或不完整。请确认文件能在 Excel 中打开，另存为 .xlsx 后重新提交。';
const OLD_XLS = '这是旧版 Excel（.xls）文件，或设置了打开密码的工作簿。请在 Excel 中取消密码并另存为 .xlsx 后重新提交。';
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Built-in numFmtIds that are dates or times; 27–36 and 50–58 are the East Asian locale ones.
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Streams every worksheet of an .xlsx as a SheetStart followed by its rows, in file order. Cells
 * keep Excel's types: formulas give their cached result (an error such as '#N/A' as that string),
 * rich text and hyperlinks their text, date-formatted numbers a Date (read as UTC), empty strings
 * null; trailing empty cells are trimmed. Merged areas carry their value in the top-left cell only.
 *
 * @example
 * for await (const e of readXlsx('台账.xlsx')) if (e.kind === 'row') console.log(e.row.cells);
 * //=> [ '企业名称', '欠款金额', '约定付款日' ] … [ '某某公司', 1200.5, 2024-01-05T00:00:00.000Z ]
 */
export async function* readXlsx(path: string, options: ReadOptions = {}): AsyncGenerator<RawEvent> {
  const { signal } = options;
  signal?.throwIfAborted();
  const head = await readHead(path, 8);
  if (head.length === 0) throw fileUnreadable(path, '文件是空的（0 字节）。请重新导出后提交。');
  if (OLE_MAGIC.every((b, i) => head[i] === b)) throw fileUnreadable(path, OLD_XLS);
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw fileUnreadable(path, NOT_XLSX);

  const source = createReadStream(path);
  const wire = new Tripwire();
  source.on('error', wire.trip);
  // exceljs stops listening to its unzip stream while it reads an entry, so a damaged entry would
  // leave it waiting forever: listen to whatever it pipes the file into ourselves.
  const pipe = source.pipe.bind(source);
  source.pipe = ((dest: NodeJS.WritableStream) => pipe(dest.on('error', wire.trip))) as typeof source.pipe;
  const onAbort = (): void => wire.trip(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const book = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore',
  }) as unknown as Book;
  // A zip listing sheets before workbook.xml (but after the shared strings) makes exceljs read
  // `model.sheets` before it exists; such sheets then go by file name ('Sheet1') instead of failing.
  book.model = { sheets: [] };
  let sheetCount = 0;
  let sheet: Sheet | undefined;
  let strings: string[] | undefined;
  try {
    const entries = book.parse();
    for (let e = await wire.next(entries); !e.done; e = await wire.next(entries)) {
      if (e.value.eventType !== 'worksheet') continue;
      sheet = e.value.value;
      const start = sheetStart(book, sheet, sheetCount++);
      yield start;
      strings ??= book.sharedStrings?.map(flattenSharedString);
      const decoder = new SheetRowDecoder(start.name, strings ?? [], dateStyles(book), book.properties?.model?.date1904 === true);
      // Streaming, so a character whose UTF-8 bytes straddle two chunks stays whole.
      const utf8 = new TextDecoder('utf-8');
      const chunks = sheet.iterator[Symbol.asyncIterator]();
      for (let c = await wire.next(chunks); !c.done; c = await wire.next(chunks)) {
        const text = typeof c.value === 'string' ? c.value : utf8.decode(c.value, { stream: true });
        for (const row of decoder.feed(text)) {
          yield { kind: 'row', row };
          signal?.throwIfAborted(); // a chunk holds hundreds of rows: stop right after the abort
        }
      }
      for (const row of decoder.feed(utf8.decode())) yield { kind: 'row', row };
      decoder.end();
    }
  } catch (error) {
    if (error instanceof PipelineError || (signal?.aborted && error === signal.reason)) throw error;
    throw fileUnreadable(path, NOT_XLSX, error);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    source.destroy();
    sheet?.iterator.destroy?.();
  }
  if (sheetCount === 0) throw fileUnreadable(path, `压缩包里没有工作表。${NOT_XLSX}`);
}

/** Lets a pending read fail as soon as the file, the unzip stream or the caller's signal does. */
class Tripwire {
  private failure: { reason: unknown } | undefined;
  private reject: ((reason: unknown) => void) | undefined;
  readonly trip = (reason: unknown): void => {
    if (this.failure) return;
    this.failure = { reason };
    this.reject?.(reason);
  };
  next<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
    if (this.failure) return Promise.reject(this.failure.reason);
    return new Promise((resolve, reject) => {
      this.reject = reject;
      iterator.next().then(resolve, reject);
    });
  }
}

function sheetStart(book: Book, sheet: Sheet, ordinal: number): SheetStart {
  const sheets = book.model?.sheets ?? [];
  let entry = typeof sheet.id === 'number' ? sheets.find((s) => s.name === sheet.name) : undefined;
  if (!entry) {
    // exceljs only matches relative targets; openpyxl and others write '/xl/worksheets/sheetN.xml'.
    const target = `worksheets/sheet${sheet.id}.xml`;
    const rel = book.workbookRels?.find((r) => r.Target.replace(/^\/?(xl\/)?/, '') === target);
    entry = rel && sheets.find((s) => s.rId === rel.Id);
  }
  const index = entry ? sheets.indexOf(entry) : ordinal;
  const hidden = entry?.state === 'hidden' || entry?.state === 'veryHidden';
  return { kind: 'sheet', name: entry?.name ?? sheet.name, hidden, index };
}

function flattenSharedString(s: string | { richText: ReadonlyArray<{ text: string | null }> } | null | undefined): string {
  if (s == null) return '';
  return unescapeOoxml(typeof s === 'string' ? s : s.richText.map((r) => r.text ?? '').join(''));
}

/** Which cell style indexes show numbers as dates, decided once per workbook. */
function dateStyles(book: Book): boolean[] {
  const custom = book.styles.index?.numFmt ?? {};
  return (book.styles.model?.styles ?? []).map(({ numFmtId = 0 }) => {
    const code = custom[numFmtId];
    if (code === undefined) return DATE_FORMAT_IDS.has(numFmtId);
    // Same test as exceljs: ignore [colour]/[$-locale] and "literal" parts, then look for date letters.
    return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]|"[^"]*"/g, '').replace(/General/gi, ''));
  });
}
