/** What one pass over a UTF-8 CSV's bytes says about its records, before anything parses it. */
export interface CsvScan {
  /** Records as csv-parse counts them: an empty line is a record, a final line break is not. */
  readonly records: number;
  /** 1-based record numbers of empty lines, which DuckDB's read_csv passes over without a row. */
  readonly blankRecords: readonly number[];
  /** The record delimiter, as csv-parse discovers it (the first line break outside quotes). */
  readonly newline: '\n' | '\r\n' | null;
  /** Fields in each of the first records (delimiters outside quotes, plus one). */
  readonly leadingFieldCounts: readonly number[];
  /** Why a reader other than csv-parse could split this file differently; null when it cannot. */
  readonly anomaly: string | null;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
// csv-parse gives up on a record this long (max_record_size in read-csv.ts); so do we, earlier.
const MAX_RECORD_BYTES = 4 * 1024 * 1024;
const LEADING_RECORDS = 30;

/**
 * Scans a UTF-8 CSV fed chunk by chunk: counts records the way csv-parse (as read-csv.ts sets it
 * up) would, notes empty lines, and flags anything where another strict RFC 4180 reader could
 * disagree: a quote inside an unquoted field, text after a closing quote, a line break that is not
 * the file's record delimiter, an unclosed quote, a huge record. It never decodes text: it jumps
 * from quote to line break with Buffer.indexOf, so a 450 MB file takes well under a second.
 *
 * @example
 * const scan = new CsvScanner(0x2c);
 * scan.feed(Buffer.from('a,b\r\n\r\n"x\r\ny",2\r\n'));
 * scan.end() //=> { records: 3, blankRecords: [2], newline: '\r\n', leadingFieldCounts: [2, 1, 2], anomaly: null }
 */
export class CsvScanner {
  private records = 0;
  private readonly blanks: number[] = [];
  private newline: '\n' | '\r\n' | null = null;
  private readonly fieldCounts: number[] = [];
  private fields = 1;
  private anomaly: string | null = null;
  private quoted = false;
  /** Bytes of the current record so far (0 at its start: an empty line closes a record of 0 bytes). */
  private recordBytes = 0;
  private fieldStart = true;
  private started = false;
  /** A byte held back from the previous chunk because its meaning depends on the next one. */
  private carry: Buffer | null = null;

  constructor(private readonly delimiter: number) {}

  feed(chunk: Buffer): void {
    if (this.anomaly) return;
    let buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    if (!this.started) {
      if (buf.length < 3) {
        this.carry = Buffer.from(buf);
        return;
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const stop = this.scan(buf, false);
    // A quote or CR at the very end means nothing until the next byte is known.
    if (stop < buf.length) this.carry = Buffer.from(buf.subarray(stop));
  }

  end(): CsvScan {
    let rest = this.carry;
    this.carry = null;
    if (rest && !this.started && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf) rest = rest.subarray(3);
    this.started = true;
    if (rest && !this.anomaly) this.scan(rest, true);
    if (!this.anomaly && this.quoted) this.anomaly = '引号没有闭合';
    if (!this.anomaly && this.recordBytes > 0) this.closeRecord(false);
    return {
      records: this.records,
      blankRecords: this.blanks,
      newline: this.newline,
      leadingFieldCounts: this.fieldCounts,
      anomaly: this.anomaly,
    };
  }

  /** Scans buf; returns where it stopped: buf.length, or the byte whose meaning needs the next chunk. */
  private scan(buf: Buffer, final: boolean): number {
    const delimiter = this.delimiter;
    const end = buf.length;
    let pos = 0;
    let nextQuote = -1;
    let nextLf = -1;
    let nextCr = -1;
    const find = (byte: number, from: number): number => {
      const at = buf.indexOf(byte, from);
      return at === -1 ? end : at;
    };
    while (pos < end && !this.anomaly) {
      if (this.quoted) {
        const q = find(QUOTE, pos);
        if (q >= end) {
          this.recordBytes += end - pos;
          pos = end;
          break;
        }
        if (q + 1 >= end && !final) {
          this.recordBytes += q - pos;
          return q;
        }
        this.recordBytes += q - pos;
        const after = q + 1 < end ? buf[q + 1] : undefined;
        if (after === QUOTE) {
          this.recordBytes += 2;
          pos = q + 2;
          continue;
        }
        if (after !== undefined && after !== delimiter && after !== LF && after !== CR) {
          this.anomaly = '闭合引号后面紧跟着其他字符';
          break;
        }
        this.quoted = false;
        this.fieldStart = false;
        this.recordBytes++;
        pos = q + 1;
        continue;
      }
      if (this.fieldCounts.length < LEADING_RECORDS) {
        // The first records are walked byte by byte: their field counts size the columns.
        const b = buf[pos]!;
        if (b === delimiter) {
          this.fields++;
          this.fieldStart = true;
          this.recordBytes++;
          pos++;
          continue;
        }
        if (b !== QUOTE && b !== LF && b !== CR) {
          this.fieldStart = false;
          this.recordBytes++;
          pos++;
          continue;
        }
      } else {
        if (nextQuote < pos) nextQuote = find(QUOTE, pos);
        if (nextLf < pos) nextLf = find(LF, pos);
        if (nextCr < pos) nextCr = find(CR, pos);
        const at = Math.min(nextQuote, nextLf, nextCr);
        if (at > pos) {
          this.recordBytes += at - pos;
          this.fieldStart = buf[at - 1] === delimiter;
          pos = at;
          if (pos >= end) break;
        }
      }
      const b = buf[pos]!;
      if (b === QUOTE) {
        if (!this.fieldStart) {
          this.anomaly = '未加引号的字段里出现了引号';
          break;
        }
        this.quoted = true;
        this.recordBytes++;
        pos++;
        continue;
      }
      // A line break outside quotes.
      if (b === CR && pos + 1 >= end && !final) return pos;
      const crlf = b === CR && buf[pos + 1] === LF;
      if (b === CR && !crlf) {
        this.anomaly = '文件里有单独的回车符（CR）';
        break;
      }
      const style = crlf ? '\r\n' : '\n';
      this.newline ??= style;
      if (style !== this.newline) {
        this.anomaly = '文件混用了不同的换行符';
        break;
      }
      this.closeRecord(true);
      pos += crlf ? 2 : 1;
    }
    if (this.recordBytes > MAX_RECORD_BYTES && !this.anomaly) this.anomaly = '有一条记录超过 4 MB';
    return end;
  }

  private closeRecord(byNewline: boolean): void {
    this.records++;
    if (byNewline && this.recordBytes === 0) this.blanks.push(this.records);
    if (this.recordBytes > MAX_RECORD_BYTES) this.anomaly = '有一条记录超过 4 MB';
    if (this.fieldCounts.length < LEADING_RECORDS) this.fieldCounts.push(this.fields);
    this.fields = 1;
    this.recordBytes = 0;
    this.fieldStart = true;
  }
}
