import { basename } from 'node:path';
import { SOURCE_LABEL, type SourceKind } from '../../schemas/header-aliases.js';
import { PipelineError } from '../pipeline-error.js';
import { FIELD_LABEL } from '../validate/field-labels.js';
import { findHeader, HEADER_SEARCH_ROWS, type FoundHeader } from './find-header.js';
import { bestHeaderMatch, type HeaderMatch } from './match-header.js';
import { cellText } from './normalize-header.js';
import { sheetRowParser, type RowResult, type SheetContext } from './parse-sheet.js';
import type { RawRow, ReadOptions } from './raw-row.js';
import { readFile } from './read-file.js';
import { fromFileName, readPreamble, type Preamble } from './read-preamble.js';

export interface ParseFileOptions extends ReadOptions {
  readonly fileId: number;
  readonly sha256: string;
  readonly source?: SourceKind;
  readonly period?: string;
  readonly batchSize?: number;
  /** Yield data rows unparsed, as 'data' events, for the caller to parse (here or in another thread). */
  readonly deferData?: boolean;
}

/** What a file turned out to be, known once its first data sheet's header is found. */
export interface FileFacts {
  readonly source: SourceKind;
  readonly period: string | null;
  readonly reportingUnit: string | null;
}

/** A sheet's header as found: what set-based loading needs to validate the rest of the sheet alike. */
export interface SheetHeader {
  readonly sheet: string;
  readonly header: FoundHeader;
  readonly preamble: Preamble;
  /** The row number (record number, for CSV) of the header's last row. */
  readonly headerRowNumber: number;
}

/** Everything sheetRowParser needs for a sheet's data rows: plain data, so it can cross threads. */
export interface SheetParse {
  readonly header: FoundHeader;
  readonly preamble: Preamble;
  readonly context: SheetContext;
  readonly headerRowNumber: number;
}

export type ParseEvent =
  | { readonly kind: 'facts'; readonly facts: FileFacts }
  | { readonly kind: 'header'; readonly header: SheetHeader }
  | { readonly kind: 'rows'; readonly source: SourceKind | null; readonly results: readonly RowResult[] }
  | { readonly kind: 'data'; readonly sheet: SheetParse; readonly rows: readonly RawRow[] };

/**
 * Reads a file and yields its rows as results (accepted / rejected / skipped), in batches.
 * Every row read is yielded exactly once, so read = accepted + rejected + skipped holds by
 * construction. A file with no usable header anywhere throws `MISSING_COLUMNS`.
 */
export async function* parseFile(path: string, options: ParseFileOptions): AsyncGenerator<ParseEvent> {
  const fromName = fromFileName(basename(path));
  // Small batches: their rows die young in V8's heap instead of being promoted and collected later.
  const batchSize = options.batchSize ?? 500;
  let facts: FileFacts | undefined;
  let nearMiss: HeaderMatch | undefined;
  let batch: RowResult[] = [];
  let batchSource: SourceKind | null = null;

  let sheet = { name: '', index: -1, hidden: false, isCsv: false };
  let buffer: RawRow[] = [];
  let parser: ((row: RawRow) => RowResult) | undefined;
  let skipAs: 'other_sheet' | 'hidden_sheet' | undefined;
  let sheetSource: SourceKind | null = null;

  let sheetParse: SheetParse | undefined;
  let data: RawRow[] = [];
  const flushData = () => {
    if (data.length > 0) pending.push({ kind: 'data', sheet: sheetParse!, rows: data });
    data = [];
  };
  const parse = (row: RawRow) => {
    if (!options.deferData) return push(parser!(row));
    data.push(row);
    if (data.length >= batchSize) flushData();
  };

  const pending: ParseEvent[] = [];
  const push = (r: RowResult) => {
    if (batch.length > 0 && batchSource !== sheetSource) flush();
    batchSource = sheetSource;
    batch.push(r);
    if (batch.length >= batchSize) flush();
  };
  const flush = () => {
    if (batch.length > 0) pending.push({ kind: 'rows', source: batchSource, results: batch });
    batch = [];
  };
  const skip = (row: RawRow, kind: Extract<RowResult, { disposition: 'skipped' }>['kind']) =>
    push({ disposition: 'skipped', row, rowNumber: row.rowNumber, kind });

  const decide = () => {
    const header = sheet.hidden ? undefined : findHeader(buffer, options.source);
    if (!header || header.match.missing.length > 0) {
      skipAs = sheet.hidden ? 'hidden_sheet' : 'other_sheet';
      for (const row of buffer.slice(0, HEADER_SEARCH_ROWS)) {
        const m = bestHeaderMatch(row.cells.map(cellText), options.source);
        if (!nearMiss || m.columns.length > nearMiss.columns.length) nearMiss = m;
      }
      sheetSource = null;
      for (const row of buffer) skip(row, skipAs);
    } else {
      const preamble = readPreamble(buffer.slice(0, header.first).map((r) => r.cells));
      if (!facts) {
        facts = {
          source: header.match.source,
          period: options.period ?? preamble.period ?? fromName.period,
          reportingUnit: preamble.reportingUnit ?? fromName.reportingUnit,
        };
        pending.push({ kind: 'facts', facts });
      }
      sheetSource = header.match.source;
      const headerRow = buffer[header.last]!.rowNumber;
      pending.push({ kind: 'header', header: { sheet: sheet.name, header, preamble, headerRowNumber: headerRow } });
      const context: SheetContext = {
        fileId: options.fileId, sha256: options.sha256, sheetIndex: sheet.index, isCsv: sheet.isCsv,
        period: facts.period, reportingUnit: facts.reportingUnit,
      };
      sheetParse = { header, preamble, context, headerRowNumber: headerRow };
      parser = sheetRowParser(header, preamble, context, headerRow);
      buffer.forEach((row, i) => {
        if (i < header.first) skip(row, 'title');
        else if (i <= header.last) skip(row, 'header');
        else parse(row);
      });
    }
    buffer = [];
  };
  const endSheet = () => {
    if (!parser && !skipAs && buffer.length > 0) decide();
    flushData();
    parser = undefined;
    skipAs = undefined;
  };

  for await (const ev of readFile(path, options)) {
    if (ev.kind === 'sheet') {
      endSheet();
      sheet = { name: ev.name, index: ev.index, hidden: ev.hidden, isCsv: ev.name === '' };
    } else if (parser) parse(ev.row);
    else if (skipAs) skip(ev.row, skipAs);
    else {
      buffer.push(ev.row);
      if (buffer.length >= HEADER_SEARCH_ROWS) decide();
    }
    while (pending.length > 0) yield pending.shift()!;
  }
  endSheet();
  flush();
  while (pending.length > 0) yield pending.shift()!;
  if (!facts) throw missingColumnsError(path, nearMiss, options.source);
}

function missingColumnsError(path: string, nearMiss: HeaderMatch | undefined, forced?: SourceKind): PipelineError {
  const name = basename(path);
  if (!nearMiss || nearMiss.columns.length === 0) {
    return new PipelineError('HEADER_NOT_FOUND', `文件 ${name} 中没有找到可识别的表头（前 ${HEADER_SEARCH_ROWS} 行内）。请确认这是摸排台账、投诉登记或欠薪线索表，或用 --source 指定类型。`, { file: name });
  }
  const missing = nearMiss.missing.map((f) => FIELD_LABEL[f] ?? f).join('、');
  const found = nearMiss.labels.filter(Boolean).join('、');
  const what = SOURCE_LABEL[forced ?? nearMiss.source];
  return new PipelineError('MISSING_COLUMNS', `文件 ${name} 缺少${what}必需的列：${missing}。文件中找到的表头为：${found}。请补上这些列（或改正列名）后重新提交。`, {
    file: name, missing: nearMiss.missing, headers: nearMiss.labels,
  });
}
