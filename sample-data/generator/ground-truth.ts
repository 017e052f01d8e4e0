import { csvLine, TextSink } from './text-sink.js';

export type Source = 'survey' | 'complaint' | 'wage_lead';

/** What the pipeline should make of one data record (where it is comes separately). */
export interface TruthRow {
  readonly source: Source;
  readonly problem: string | null;
  readonly debtorKey?: string | undefined;
  readonly creditorKey?: string | undefined;
  readonly employerKey?: string | undefined;
  readonly matterKey: string;
  readonly kind: 'sme_arrears' | 'wage_arrears';
  readonly developerKey?: string | undefined;
  readonly contractorKey?: string | undefined;
  readonly linkedMatterKey?: string | undefined;
  /** The amount the record states, in fen, when it is readable. */
  readonly amountFen: number | null;
  /** Which quirks the record carries (name variants, duplicates), for debugging resolution. */
  readonly note: string;
}

export const TRUTH_HEADER = ['file', 'sheet', 'row_number', 'source', 'expected', 'problem', 'debtor_key',
  'creditor_key', 'employer_key', 'matter_key', 'kind', 'developer_key', 'contractor_key', 'linked_matter_key',
  'amount_fen', 'note'];

/** Streams ground-truth.csv (UTF-8, LF) and counts rows per file and problems per kind. */
export class TruthWriter {
  readonly rowsByFile = new Map<string, number>();
  readonly problems = new Map<string, number>();
  readonly notes = new Map<string, number>();
  rows = 0;

  private constructor(private readonly sink: TextSink) {}

  static async open(path: string): Promise<TruthWriter> {
    const w = new TruthWriter(TextSink.open(path, 'utf8'));
    await w.sink.write(csvLine(TRUTH_HEADER, '\n'));
    return w;
  }

  /**
   * `file` is relative to the output directory (forward slashes); `rowNumber` is the 1-based sheet
   * row for xlsx, the 1-based record (header excluded) for csv and json.
   */
  async add(file: string, sheet: string, rowNumber: number, r: TruthRow): Promise<void> {
    this.rows++;
    this.rowsByFile.set(file, (this.rowsByFile.get(file) ?? 0) + 1);
    if (r.problem) bump(this.problems, `${r.source}:${r.problem.split(':')[0]}`);
    if (r.note) for (const tag of r.note.split(';')) bump(this.notes, `${r.source}:${tag.split(':')[0]}`);
    await this.sink.write(csvLine([file, sheet, rowNumber, r.source, r.problem ? 'rejected' : 'accepted',
      r.problem ?? '', r.debtorKey, r.creditorKey, r.employerKey, r.matterKey, r.kind, r.developerKey,
      r.contractorKey, r.linkedMatterKey, r.amountFen, r.note], '\n'));
  }

  close(): Promise<void> {
    return this.sink.close();
  }

  get bytesWritten(): number {
    return this.sink.bytesWritten;
  }
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}
