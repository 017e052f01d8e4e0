import { createRequire } from 'node:module';

/**
 * exceljs 4.4 decodes each XML chunk of a workbook with `TextDecoder.decode(chunk)`, without
 * `{ stream: true }`: a Chinese character whose UTF-8 bytes straddle two chunks becomes two
 * U+FFFD (填表说明 → 填表说��), in shared strings and in sheets alike. This module replaces
 * exceljs's SAX helper with one that keeps a streaming decoder per XML part. It must be imported
 * before exceljs itself, which captures the helper when its modules load; `fixed()` tells whether
 * it took effect.
 */
const require = createRequire(import.meta.url);
const fromExceljs = createRequire(require.resolve('exceljs'));
const saxPath = fromExceljs.resolve('./lib/utils/parse-sax.js');
const { SaxesParser } = fromExceljs('saxes') as { SaxesParser: new () => SaxesLike };

interface SaxesLike {
  on(event: string, handler: (value: unknown) => void): void;
  write(text: string): void;
}

async function* parseSaxUtf8(iterable: AsyncIterable<Uint8Array | string>): AsyncGenerator<{ eventType: string; value: unknown }[]> {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  let error: unknown;
  let events: { eventType: string; value: unknown }[] = [];
  parser.on('error', (err) => (error = err));
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  const source = (iterable as unknown as { pipe?: unknown })[Symbol.asyncIterator as never] ? iterable : toIterable(iterable);
  for await (const chunk of source) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.decode();
  if (rest) parser.write(rest);
  if (error) throw error;
  if (events.length > 0) yield events;
}

function toIterable(stream: unknown): AsyncIterable<Uint8Array> {
  const { PassThrough } = fromExceljs('readable-stream') as { PassThrough: new () => AsyncIterable<Uint8Array> };
  const through = new PassThrough();
  (stream as { pipe(dest: unknown): void }).pipe(through);
  return through;
}

const exceljsLoaded = Object.keys(require.cache).some((k) => k.includes('/exceljs/lib/') && !k.endsWith('parse-sax.js') && k.includes('xlsx'));
require(saxPath);
require.cache[saxPath]!.exports = parseSaxUtf8;

/** True when the fix was installed before exceljs loaded its readers. */
export function exceljsUtf8Fixed(): boolean {
  return !exceljsLoaded;
}
