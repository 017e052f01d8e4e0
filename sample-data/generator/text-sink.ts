import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';

export type SinkEncoding = 'utf8' | 'utf8-bom' | 'gbk';

/**
 * A buffered text file writer that respects back-pressure, so a million-line CSV streams out in
 * bounded memory. GBK goes through iconv-lite (Node has no GBK encoder).
 */
export class TextSink {
  private parts: string[] = [];
  private pending = 0;
  private bytes = 0;

  private constructor(private readonly stream: WriteStream, private readonly encoding: SinkEncoding) {}

  static open(path: string, encoding: SinkEncoding): TextSink {
    const sink = new TextSink(createWriteStream(path), encoding);
    if (encoding === 'utf8-bom') sink.parts.push('\uFEFF');
    return sink;
  }

  get bytesWritten(): number {
    return this.bytes;
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= 1 << 16) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    const buf = this.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
    this.bytes += buf.length;
    if (!this.stream.write(buf)) await once(this.stream, 'drain');
  }
}

/** RFC 4180 field: quoted only when it must be, as Excel writes it. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly (string | number | null | undefined)[], eol: string): string {
  return values.map(csvField).join(',') + eol;
}
