import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvScanner } from '../../src/ingest/scan-csv.js';

// The scan must count records and empty lines exactly as csv-parse (set up as read-csv.ts sets
// it up) does, or flag the file; set-based loading trusts it for every record number.

const PIECES = ['a', '中', ',', ' ', '"', '""', '"x,y"', '"q\r\nq"', '"q\nq"', '\n', '\r\n', '\r', '\n\n', ',,'];

function scan(bytes: Buffer, cuts: readonly number[]) {
  const scanner = new CsvScanner(0x2c);
  for (let pos = 0, i = 0; pos < bytes.length; pos += cuts[i++ % cuts.length]!) scanner.feed(bytes.subarray(pos, pos + cuts[i % cuts.length]!));
  return scanner.end();
}

describe('CsvScanner', () => {
  it('counts records, empty lines and leading field counts as csv-parse does, in any chunking', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.boolean(), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), (parts, bom, cuts) => {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(parts.join(''))]);
        const result = scan(bytes, cuts);
        let records: { raw: string; record: string[] }[];
        try {
          records = parse(bytes, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true, raw: true }) as unknown as { raw: string; record: string[] }[];
        } catch {
          expect(result.anomaly).not.toBeNull(); // csv-parse refuses it: so must we
          return;
        }
        if (result.anomaly) return; // read row by row: nothing to compare
        expect(result.records).toBe(records.length);
        const blanks = records.flatMap((r, i) => (r.raw.replace(/(\r\n|\r|\n)$/, '') === '' ? [i + 1] : []));
        expect(result.blankRecords).toEqual(blanks);
        expect(result.leadingFieldCounts).toEqual(records.slice(0, 30).map((r) => r.record.length));
      }),
      { numRuns: 1500 },
    );
  });

  it('flags a quote inside an unquoted field, text after a closing quote, and mixed line breaks', () => {
    for (const text of ['a,b"c\n', '"a"b,c\n', 'a,b\r\nc\nd\r\n', 'a,"b\n']) expect(scan(Buffer.from(text), [64]).anomaly, text).not.toBeNull();
    expect(scan(Buffer.from('a,"b\r\nc",d\r\n\r\ne\r\n'), [3])).toEqual({ records: 3, blankRecords: [2], newline: '\r\n', leadingFieldCounts: [3, 1, 1], anomaly: null });
  });
});
