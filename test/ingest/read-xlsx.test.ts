import { mkdtemp, readFile as readBytes, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// exceljs's own zip library: used to hand-edit sheet XML that exceljs cannot write.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEvent, RawRow, SheetStart } from '../../src/ingest/raw-row.js';
import { readFile } from '../../src/ingest/read-file.js';
import { readXlsx } from '../../src/ingest/read-xlsx.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(events: AsyncIterable<RawEvent>): Promise<{ sheets: SheetStart[]; rows: RawRow[] }> {
  const sheets: SheetStart[] = [];
  const rows: RawRow[] = [];
  for await (const e of events) {
    if (e.kind === 'sheet') sheets.push(e);
    else rows.push(e.row);
  }
  return { sheets, rows };
}

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Rewrites entries of a workbook; `order` puts the named entries first, in that order. */
async function rezip(from: string, to: string, edit: Record<string, (xml: string) => string>, order: string[] = []): Promise<string> {
  const source = await JSZip.loadAsync(await readBytes(from));
  const names = Object.keys(source.files).filter((n) => !source.files[n]!.dir);
  names.sort((a, b) => rank(a) - rank(b));
  function rank(n: string): number {
    const i = order.indexOf(n);
    return i === -1 ? order.length : i;
  }
  const out = new JSZip();
  for (const name of names) {
    const text = await source.file(name)!.async('string');
    out.file(name, edit[name] ? edit[name]!(text) : text);
  }
  const path = join(dir, to);
  await writeFile(path, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

const cellsOf = (rows: RawRow[], sheet: string) => rows.filter((r) => r.sheet === sheet).map((r) => [r.rowNumber, r.cells]);

describe('readXlsx', () => {
  it('reads every sheet with its name, tab position and hidden state', async () => {
    const path = await save('sheets.xlsx', (wb) => {
      wb.addWorksheet('台账').addRow(['企业名称', '金额']);
      wb.addWorksheet('说明', { state: 'hidden' }).addRow(['填表说明']);
      wb.addWorksheet('备用', { state: 'veryHidden' });
    });
    const { sheets, rows } = await collect(readXlsx(path));
    expect(sheets).toEqual([
      { kind: 'sheet', name: '台账', hidden: false, index: 0 },
      { kind: 'sheet', name: '说明', hidden: true, index: 1 },
      { kind: 'sheet', name: '备用', hidden: true, index: 2 },
    ]);
    expect(cellsOf(rows, '台账')).toEqual([[1, ['企业名称', '金额']]]);
    expect(cellsOf(rows, '说明')).toEqual([[1, ['填表说明']]]);
  });

  it('gives formulas their cached result, rich text and hyperlinks their text, dates as Date', async () => {
    const path = await save('values.xlsx', (wb) => {
      const ws = wb.addWorksheet('值');
      ws.getCell('A1').value = { formula: 'B1*2', result: 84 };
      ws.getCell('B1').value = { formula: '1-1', result: 0 };
      ws.getCell('C1').value = { formula: 'CONCAT("甲","乙")', result: '甲乙' };
      ws.getCell('D1').value = { formula: 'A1>1', result: true };
      ws.getCell('E1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('F1').value = { formula: 'NOW()' }; // never calculated: no cached result
      ws.getCell('G1').value = { error: '#N/A' };
      ws.getCell('A2').value = { richText: [{ text: '上海' }, { font: { bold: true }, text: '某某' }, { text: '公司' }] };
      ws.getCell('B2').value = { text: '查看附件', hyperlink: 'https://example.cn/a.pdf' };
      ws.getCell('C2').value = new Date(Date.UTC(2024, 0, 5));
      ws.getCell('D2').value = new Date(Date.UTC(2024, 6, 1, 9, 30));
      ws.getCell('D2').numFmt = 'yyyy"年"m"月"d"日" hh:mm';
      ws.getCell('E2').value = 45296; // a plain number stays a number
      ws.getCell('F2').value = '0571';
      ws.getCell('A3').value = { formula: 'ROW()-2', result: 1 };
      ws.getCell('A4').value = { sharedFormula: 'A3', result: 2 };
    });
    const { rows } = await collect(readXlsx(path));
    expect(rows[0]!.cells).toEqual([84, 0, '甲乙', true, '#DIV/0!', null, '#N/A']);
    expect(rows[1]!.cells).toEqual(['上海某某公司', '查看附件', new Date(Date.UTC(2024, 0, 5)), new Date(Date.UTC(2024, 6, 1, 9, 30)), 45296, '0571']);
    expect(rows[1]!.cells[2]).toBeInstanceOf(Date);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
    expect([rows[2]!.cells, rows[3]!.cells]).toEqual([[1], [2]]); // a shared formula's copies too
  });

  it('keeps gaps as null, trims trailing empties and leaves merged values in the top-left cell', async () => {
    const path = await save('merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('表');
      ws.mergeCells('A1:C2');
      ws.getCell('A1').value = '2024 年拖欠账款台账';
      ws.getCell('B4').value = '中间';
      ws.getCell('D4').value = '末尾';
      ws.getCell('F4').value = '';
    });
    const { rows } = await collect(readXlsx(path));
    expect(cellsOf(rows, '表')).toEqual([
      [1, ['2024 年拖欠账款台账']],
      [2, []], // exceljs writes the merged-away cells, so the row is there, empty
      [4, [null, '中间', null, '末尾']],
    ]);
  });

  it('refuses what is not an xlsx with a plain message', async () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['empty.xlsx', new Uint8Array(0), /文件是空的/],
      ['old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /旧版 Excel（\.xls）.*另存为 \.xlsx/],
      ['text.xlsx', new TextEncoder().encode('名称,金额\n甲,1\n'), /不是有效的 Excel 文件（xlsx）/],
      ['random.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)]), /不是有效的 Excel 文件/],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const error = await collect(readXlsx(path)).catch((e: unknown) => e);
      expect(error, name).toMatchObject({ name: 'PipelineError', code: 'FILE_UNREADABLE', context: { file: path } });
      expect((error as Error).message, name).toMatch(new RegExp(`^无法读取文件 ${name}：`));
      expect((error as Error).message, name).toMatch(message);
    }
  });

  it('rejects truncated and damaged workbooks instead of hanging or crashing the worker', async () => {
    const good = await save('good.xlsx', (wb) => {
      const ws = wb.addWorksheet('s');
      for (let i = 0; i < 3000; i++) ws.addRow([i, `文本 ${i}`, `备注 ${i % 97}`]);
    });
    const bytes = await readBytes(good);
    // Excel's entry order (shared strings before sheets) makes exceljs read sheets straight from the zip.
    const excelOrder = await rezip(good, 'excel-order.xlsx', {}, ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml']);
    const reordered = await readBytes(excelOrder);
    const damaged = (source: Buffer, entry: string): Buffer => {
      const copy = Buffer.from(source);
      const at = copy.indexOf(entry) + entry.length + 200; // inside that entry's deflated data
      for (let k = 0; k < 8; k++) copy[at + k * 13]! ^= 0xff;
      return copy;
    };
    const cases: Array<[string, Buffer]> = [
      ['truncated-half.xlsx', bytes.subarray(0, bytes.length >> 1)],
      ['truncated-end.xlsx', bytes.subarray(0, bytes.length - 30)],
      ['damaged-strings.xlsx', damaged(bytes, 'xl/sharedStrings.xml')], // bare exceljs waits forever on this one
      ['damaged-sheet.xlsx', damaged(reordered, 'xl/worksheets/sheet1.xml')],
    ];
    for (const [name, content] of cases) {
      const path = join(dir, name);
      await writeFile(path, content);
      await expect(collect(readXlsx(path)), name).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    }
    expect((await collect(readXlsx(excelOrder))).rows).toHaveLength(3000);
  });

  it('refuses a zip that holds no worksheet', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '这不是工作簿');
    const path = join(dir, 'plain.zip.xlsx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(collect(readXlsx(path))).rejects.toThrow(/没有工作表/);
  });

  it('reads sheet XML that exceljs does not write: built-in zh-CN date formats, inline rich text, missing refs, absolute targets', async () => {
    const base = await save('plain.xlsx', (wb) => {
      wb.addWorksheet('第一');
      wb.addWorksheet('第二', { state: 'hidden' }).addRow([1]);
    });
    const sheetData =
      '<sheetData><row r="2"><c r="A2" s="1"><v>45296</v></c><c r="B2" t="inlineStr"><is><r><t>甲</t></r><r><t xml:space="preserve"> 乙</t></r><rPh><t>ピン</t></rPh></is></c>' +
      '<c r="C2" t="d"><v>2024-03-01T00:00:00Z</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="str"><f>A1</f><v>行一_x000D_\n行二</v></c><c r="F2" t="e"><f>NA()</f><v>#N/A</v></c></row>' +
      '<row><c t="inlineStr"><is><t>无坐标</t></is></c><c><v>7</v></c></row></sheetData>';
    const path = await rezip(base, 'hand.xlsx', {
      'xl/worksheets/sheet1.xml': (xml) => xml.replace(/<sheetData\/>|<sheetData>.*<\/sheetData>/s, sheetData),
      'xl/styles.xml': (xml) =>
        xml.replace(/<cellXfs.*?<\/cellXfs>/s, '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'),
      // openpyxl and others write absolute targets, which exceljs does not match to sheet names.
      'xl/_rels/workbook.xml.rels': (xml) => xml.replaceAll('Target="worksheets/', 'Target="/xl/worksheets/'),
    });
    const { sheets, rows } = await collect(readXlsx(path));
    expect(sheets).toEqual([
      { kind: 'sheet', name: '第一', hidden: false, index: 0 },
      { kind: 'sheet', name: '第二', hidden: true, index: 1 },
    ]);
    expect(cellsOf(rows, '第一')).toEqual([
      [2, [new Date(Date.UTC(2024, 0, 5)), '甲 乙', new Date(Date.UTC(2024, 2, 1)), false, '行一\r\n行二', '#N/A']],
      [3, ['无坐标', 7]],
    ]);
  });

  it('stops between chunks when the signal aborts, and a break releases the file', async () => {
    const path = await save('long.xlsx', (wb) => {
      const ws = wb.addWorksheet('s');
      for (let i = 0; i < 20_000; i++) ws.addRow([i, `行 ${i}`]);
    });
    const controller = new AbortController();
    const reason = new Error('用户取消');
    let seen = 0;
    const reading = (async () => {
      for await (const e of readXlsx(path, { signal: controller.signal })) {
        if (e.kind === 'row' && ++seen === 100) controller.abort(reason);
      }
    })();
    await expect(reading).rejects.toBe(reason);
    expect(seen).toBe(100);

    for await (const e of readXlsx(path)) if (e.kind === 'row') break;
    expect((await collect(readXlsx(path))).rows).toHaveLength(20_000);
  });

  it('is what readFile picks for a zip or OLE file, whatever its name', async () => {
    const path = await save('renamed.csv', (wb) => wb.addWorksheet('表').addRow(['x']));
    expect((await collect(readFile(path))).rows[0]!.cells).toEqual(['x']);
    const ole = join(dir, 'old.dat');
    await writeFile(ole, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(collect(readFile(ole))).rejects.toThrow(/另存为 \.xlsx/);
  });
});
