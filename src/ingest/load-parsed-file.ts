import type { DuckDBConnection } from '@duckdb/node-api';
import { PipelineError } from '../pipeline-error.js';
import { BatchSink } from './batch-sink.js';
import { landFile, type LandFileOptions, type LoadCounts } from './land-file.js';
import { parseFile, type FileFacts, type ParseFileOptions, type SheetParse } from './parse-file.js';
import { sheetRowParser } from './parse-sheet.js';
import type { RawRow } from './raw-row.js';
import { toRowBatch, type RowBatch } from './row-batch.js';

export type { LoadCounts } from './land-file.js';

export interface LoadOptions extends Omit<ParseFileOptions, 'fileId' | 'sha256'>, LandFileOptions {}

/**
 * What a parser hands the writer: the file's facts once, then row batches, or data rows for the
 * writer to parse itself (a worker thread hands some over when the writer has time to spare).
 */
export type LoadEvent =
  | { readonly kind: 'facts'; readonly facts: FileFacts }
  | { readonly kind: 'batch'; readonly batch: RowBatch }
  | { readonly kind: 'data'; readonly sheet: SheetParse; readonly rows: readonly RawRow[] };

/**
 * Parses one file in this thread and lands it in one transaction: the files row, every raw row,
 * the rejects and the stg records, then marks earlier files from the same unit and period as
 * superseded. A failure anywhere rolls the whole file back.
 */
export async function loadParsedFile(conn: DuckDBConnection, options: LoadOptions): Promise<LoadCounts> {
  return loadEvents(conn, options, parseEvents(options));
}

/** Lands a file from events parsed elsewhere (a worker thread), exactly as loadParsedFile would. */
export async function loadEvents(conn: DuckDBConnection, options: LandFileOptions, events: AsyncIterable<LoadEvent>): Promise<LoadCounts> {
  return landFile(conn, options, async (fileId) => {
    const sink = new BatchSink(conn, fileId, options.appenderColumns);
    const parse = dataParser();
    let facts: FileFacts | undefined;
    try {
      for await (const ev of events) {
        if (ev.kind === 'facts') facts = ev.facts;
        else if (ev.kind === 'batch') await sink.add(ev.batch);
        else await sink.add(parse(ev.sheet, ev.rows));
      }
    } finally {
      sink.close();
    }
    // parseFile throws before it ends without facts; this only guards a broken event stream.
    if (!facts) throw new PipelineError('HEADER_NOT_FOUND', `文件 ${options.path} 没有读出任何表头。`, { file: options.path });
    return { facts, counts: sink.counts() };
  });
}

/**
 * parseFile's events as the writer takes them: facts, then row batches with the cells already as
 * JSON (and, with `deferData`, data rows still to parse). The file id is filled in by the writer,
 * so parsing can start before the file has one.
 */
export async function* parseEvents(options: Omit<ParseFileOptions, 'fileId'> & { readonly path: string }): AsyncGenerator<LoadEvent> {
  for await (const ev of parseFile(options.path, { ...options, fileId: 0 })) {
    if (ev.kind === 'facts' || ev.kind === 'data') yield ev;
    else if (ev.kind === 'rows') yield { kind: 'batch', batch: toRowBatch(ev.source, ev.results) };
  }
}

/**
 * Parses data rows handed over by parseFile's `deferData`, with the same sheetRowParser it would
 * have used: one per sheet, built on first use.
 */
export function dataParser(): (sheet: SheetParse, rows: readonly RawRow[]) => RowBatch {
  const parsers = new Map<number, ReturnType<typeof sheetRowParser>>();
  return (sheet, rows) => {
    let parser = parsers.get(sheet.context.sheetIndex);
    if (!parser) parsers.set(sheet.context.sheetIndex, (parser = sheetRowParser(sheet.header, sheet.preamble, sheet.context, sheet.headerRowNumber)));
    return toRowBatch(sheet.header.match.source, rows.map(parser));
  };
}
