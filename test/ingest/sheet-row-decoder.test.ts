import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, RawRow } from '../../src/ingest/raw-row.js';
import { SheetRowDecoder } from '../../src/ingest/sheet-row-decoder.js';

// The oracle: a general SAX parser (saxes, the one exceljs uses) and the event-by-event decoder
// that read sheets before SheetRowDecoder, kept here as it was.
const fromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const { SaxesParser } = fromExceljs('saxes') as {
  SaxesParser: new () => { on(e: string, f: (v: never) => void): void; write(s: string): { close(): void }; close(): void };
};
type Node = { name: string; attributes: Record<string, string | undefined> };

function saxRows(xml: string, strings: string[], dateStyles: boolean[]): RawRow[] {
  const rows: RawRow[] = [];
  let cells: CellValue[] | null = null;
  let rowNumber = 0, col = 0, style = 0, text = '';
  let type: string | undefined;
  let hasValue = false, capture = false, inline = false, phonetic = false;
  const unescape = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const value = (): CellValue => {
    switch (type) {
      case 's': return strings[parseInt(text, 10)] || null;
      case 'str': case 'inlineStr': return text === '' ? null : unescape(text);
      case 'e': return text;
      case 'b': return text === '1' || text === 'true';
      case 'd': { const d = new Date(text); return Number.isNaN(d.getTime()) ? text : d; }
    }
    if (text === '') return null;
    const n = Number(text);
    if (Number.isNaN(n)) return text;
    return dateStyles[style] ? new Date(Math.round((n - 25569) * 86_400_000)) : n;
  };
  const parser = new SaxesParser();
  parser.on('error', (e: Error) => { throw e; });
  parser.on('text', (t: string) => { if (capture) text += t; });
  parser.on('opentag', ({ name, attributes: a }: Node) => {
    switch (name) {
      case 'row': rowNumber = a.r ? parseInt(a.r, 10) : rowNumber + 1; cells = []; col = 0; break;
      case 'c': {
        const ref = a.r ? /^[A-Z]+/i.exec(a.r)?.[0] ?? '' : '';
        col = ref ? [...ref.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : col + 1;
        type = a.t; style = a.s ? parseInt(a.s, 10) : 0; text = ''; hasValue = false;
        break;
      }
      case 'v': capture = hasValue = true; text = ''; break;
      case 'is': inline = hasValue = true; text = ''; break;
      case 't': capture = inline && !phonetic; break;
      case 'rPh': phonetic = true; break;
    }
  });
  parser.on('closetag', ({ name }: Node) => {
    switch (name) {
      case 'c': {
        if (!cells || !hasValue) break;
        const v = value();
        if (v === null) break;
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = v;
        break;
      }
      case 'v': case 't': capture = false; break;
      case 'is': inline = false; break;
      case 'rPh': phonetic = false; break;
      case 'row': if (cells) rows.push({ sheet: 's', rowNumber, cells }); cells = null; break;
    }
  });
  parser.write(xml).close();
  return rows;
}

function decodeInChunks(xml: string, cuts: number[], strings: string[], dateStyles: boolean[]): RawRow[] {
  const decoder = new SheetRowDecoder('s', strings, dateStyles, false);
  const rows: RawRow[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    rows.push(...decoder.feed(xml.slice(from, cut)));
    from = cut;
  }
  rows.push(...decoder.feed(xml.slice(from)));
  decoder.end();
  return rows;
}

const STRINGS = ['甲', '乙公司', '', 'A&B'];
const DATE_STYLES = [false, true, false];
const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="x"><sheetData>${rows}</sheetData><mergeCells count="0"/></worksheet>`;

// Cells as Excel, exceljs, openpyxl and hand-edited files write them.
const text = fc.constantFrom('某某公司', '上海 建工', 'a&amp;b', '&lt;1&gt;', '&#x4e00;&#20108;', '行一\r\n行二', '行一_x000D_行二', ' 前后 ', '', '&quot;x&apos;');
const cellXml = fc.oneof(
  fc.tuple(text, fc.boolean()).map(([t, quoted]) => (quoted ? `<c r="{col}" t='str'><v>${t}</v></c>` : `<c r="{col}" t="str"><f>A1&amp;B1</f><v>${t}</v></c>`)),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 2 })).map(([i, s]) => `<c r="{col}" s="${s}" t="s"><v>${i}</v></c>`),
  fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 2 })).map(([n, s]) => `<c r="{col}" s="${s}"><v>${n}</v></c>`),
  fc.integer({ min: 0, max: 80_000 }).map((n) => `<c  r = "{col}"  s="1" ><v>${n}</v></c>`),
  fc.constantFrom('<c r="{col}" t="b"><v>1</v></c>', '<c r="{col}" t="b"><v>0</v></c>', '<c r="{col}" t="e"><f>NA()</f><v>#N/A</v></c>'),
  fc.constantFrom('<c r="{col}" t="d"><v>2024-03-01T00:00:00Z</v></c>', '<c r="{col}" t="d"><v>not a date</v></c>', '<c r="{col}"><f>1/0</f></c>', '<c r="{col}"><v></v></c>'),
  fc.constantFrom('<c r="{col}" s="2"/>', '<c r="{col}"/>', '<c t="str"><v>无坐标</v></c>', '<c><v>7</v></c>'),
  text.map((t) => `<c r="{col}" t="inlineStr"><is><r><rPr><b/></rPr><t>${t}</t></r><r><t xml:space="preserve"> 尾</t></r><rPh sb="0" eb="1"><t>ピン</t></rPh></is></c>`),
);
const rowXml = fc.tuple(fc.array(cellXml, { maxLength: 8 }), fc.boolean(), fc.constantFrom('', ' spans="1:8"', ' ht="20" customHeight="1"')).map(([cells, numbered, attrs]) => {
  let n = 0;
  const body = cells.map((c) => c.replace('{col}', `${String.fromCharCode(65 + n++)}{row}`)).join('');
  return numbered ? `<row r="{row}"${attrs}>${body}</row>` : `<row${attrs}>${body}</row>`;
});
const sheetXml = fc.array(fc.oneof(rowXml, fc.constant('<row r="{row}"/>'), fc.constant('<!-- 注释 <row> -->')), { maxLength: 12 }).map((rows) =>
  sheet(rows.map((r, i) => r.replaceAll('{row}', String(i * 2 + 1))).join('\n')),
);

describe('SheetRowDecoder', () => {
  it('reads every row and cell as a SAX parser would, however the XML is cut into chunks', () => {
    fc.assert(
      fc.property(sheetXml, fc.array(fc.nat(), { maxLength: 6 }), (xml, cuts) => {
        const expected = saxRows(xml, STRINGS, DATE_STYLES);
        expect(decodeInChunks(xml, cuts.map((c) => c % (xml.length + 1)), STRINGS, DATE_STYLES)).toEqual(expected);
        // One character at a time: every cut there is.
        expect(decodeInChunks(xml, Array.from({ length: xml.length }, (_, i) => i), STRINGS, DATE_STYLES)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads namespace-prefixed sheets and CDATA, which the old reader dropped', () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t><![CDATA[a<b&c]]></x:t></x:is></x:c><x:c r="C3"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(decodeInChunks(xml, [40, 95], [], [])).toEqual([{ sheet: 's', rowNumber: 3, cells: [null, 'a<b&c', 5] }]);
  });

  it('keeps a date-formatted number no calendar holds as the number', () => {
    const decoder = new SheetRowDecoder('s', [], [false, true], false);
    expect(decoder.feed('<row r="1"><c r="A1" s="1"><v>1E+20</v></c><c r="B1" s="1"><v>45383</v></c></row>')).toEqual([
      { sheet: 's', rowNumber: 1, cells: [1e20, new Date(Date.UTC(2024, 3, 1))] },
    ]);
  });

  it('refuses a sheet cut off inside a row', () => {
    const decoder = new SheetRowDecoder('s', [], [], false);
    expect(decoder.feed('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2')).toEqual([{ sheet: 's', rowNumber: 1, cells: [1] }]);
    expect(() => decoder.end()).toThrow(/不完整/);
  });
});
