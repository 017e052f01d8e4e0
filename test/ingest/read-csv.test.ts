import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEvent, ReadOptions } from '../../src/ingest/raw-row.js';
import { readCsv } from '../../src/ingest/read-csv.js';
import { readFile } from '../../src/ingest/read-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function events(path: string, options?: ReadOptions, read = readCsv): Promise<RawEvent[]> {
  const out: RawEvent[] = [];
  for await (const e of read(path, options)) out.push(e);
  return out;
}

/** [rowNumber, cells] for each row, the sheet checked on the way. */
async function rows(path: string, options?: ReadOptions, read = readCsv): Promise<Array<[number, readonly unknown[]]>> {
  const all = await events(path, options, read);
  expect(all[0]).toEqual({ kind: 'sheet', name: '', hidden: false, index: 0 });
  return all.slice(1).map((e) => {
    if (e.kind !== 'row') throw new Error('second SheetStart');
    expect(e.row.sheet).toBe('');
    return [e.row.rowNumber, e.row.cells];
  });
}

const HEADER = '企业名称,联系电话,金额';

describe('readCsv', () => {
  it('reads UTF-8 with and without BOM, keeping every cell a string with its leading zeros', async () => {
    const body = `${HEADER}\r\n上海甲公司,0571-88,001200.50\r\n`;
    const expected = [[1, ['企业名称', '联系电话', '金额']], [2, ['上海甲公司', '0571-88', '001200.50']]];
    expect(await rows(await file('bom.csv', `\ufeff${body}`))).toEqual(expected);
    expect(await rows(await file('plain.csv', body))).toEqual(expected);
  });

  it('reads GBK, and GB18030-only characters, without being told', async () => {
    const gbk = await file('gbk.csv', iconv.encode(`${HEADER}\n闵行区莘庄镇,013800000000,5\n`, 'gbk'));
    expect(await rows(gbk)).toEqual([[1, ['企业名称', '联系电话', '金额']], [2, ['闵行区莘庄镇', '013800000000', '5']]]);
    const gb18030 = await file('gb18030.csv', iconv.encode('姓名,备注\n王䶮,𠀀字在 GBK 里没有\n', 'gb18030'));
    expect(await rows(gb18030)).toEqual([[1, ['姓名', '备注']], [2, ['王䶮', '𠀀字在 GBK 里没有']]]);
    expect(await rows(gbk, { encoding: 'gbk' })).toHaveLength(2);
  });

  it('decodes GBK across chunk boundaries of a file larger than the sample', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i},上海某某贸易有限公司第${i}分公司,"备注，含逗号"`);
    const path = await file('big-gbk.csv', iconv.encode(`序号,名称,备注\n${lines.join('\n')}\n`, 'gbk'));
    const got = await rows(path);
    expect(got).toHaveLength(20_001);
    expect(got[12_345]).toEqual([12_346, ['12344', '上海某某贸易有限公司第12344分公司', '备注，含逗号']]);
    expect(got.every(([, cells]) => !cells.join('').includes('\ufffd'))).toBe(true);
  });

  it('keeps quoted commas, quotes and newlines in one field, counting records, not lines', async () => {
    const path = await file('quoted.csv', `名称,地址\r\n"甲,乙公司","上海市\r\n闵行区 ""一号"""\r\n丙,丁\r\n`);
    expect(await rows(path)).toEqual([
      [1, ['名称', '地址']],
      [2, ['甲,乙公司', '上海市\r\n闵行区 "一号"']],
      [3, ['丙', '丁']],
    ]);
  });

  it('passes empty lines through as rows without cells, and ragged rows as they are', async () => {
    // A title line first makes every later record "ragged" to csv-parse: the case it is slow on.
    const path = await file('ragged.csv', '2024 年台账\n\n名称,电话,金额\n甲,0571\n乙,021,3,多出来的\n,,\n丙,,\n');
    expect(await rows(path)).toEqual([
      [1, ['2024 年台账']],
      [2, []],
      [3, ['名称', '电话', '金额']],
      [4, ['甲', '0571']],
      [5, ['乙', '021', '3', '多出来的']],
      [6, []], // ',,' is blank too: trailing empty fields are trimmed
      [7, ['丙']],
    ]);
  });

  it('guesses tab and semicolon delimiters, and reads Excel "Unicode text" (UTF-16 with BOM)', async () => {
    expect(await rows(await file('tabs.tsv', '名称\t金额\n甲,乙公司\t1,200\n'))).toEqual([[1, ['名称', '金额']], [2, ['甲,乙公司', '1,200']]]);
    expect(await rows(await file('semi.csv', '名称;金额\n甲;1,5\n'))).toEqual([[1, ['名称', '金额']], [2, ['甲', '1,5']]]);
    expect(await rows(await file('titled.tsv', '2024 年台账\n名称\t金额\n'))).toEqual([[1, ['2024 年台账']], [2, ['名称', '金额']]]);
    const unicode = await file('unicode.txt', iconv.encode('名称\t电话\n甲\t0571\n', 'utf-16le', { addBOM: true }));
    expect(await rows(unicode)).toEqual([[1, ['名称', '电话']], [2, ['甲', '0571']]]);
  });

  it('refuses empty files, binary files and a quote that never closes, naming the record', async () => {
    const cases: Array<[string, string | Uint8Array, RegExp]> = [
      ['empty.csv', '', /^无法读取文件 empty\.csv：文件是空的/],
      ['binary.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x08, 0x00, 0x00, 0x21]), /^无法读取文件 binary\.csv：不是文本文件（CSV）/],
      ['high-bytes.csv', new Uint8Array(3000).fill(0xff), /不是文本文件/], // no NUL, but not GB18030 either
      ['unclosed.csv', '名称,备注\n甲,"没有闭合\n乙,正常\n', /第 2 条记录里的引号（"）没有闭合/],
    ];
    for (const [name, content, message] of cases) {
      const error = await events(await file(name, content)).catch((e: unknown) => e);
      expect(error, name).toMatchObject({ name: 'PipelineError', code: 'FILE_UNREADABLE', context: { file: join(dir, name) } });
      expect((error as Error).message, name).toMatch(message);
    }
  });

  it('takes a wrong --encoding at its word', async () => {
    const path = await file('utf8-as-gbk.csv', '名称\n甲\n');
    const got = await rows(path, { encoding: 'gbk' });
    expect(got).toHaveLength(2);
    expect(got[0]![1][0]).not.toBe('名称');
  });

  it('stops when the signal aborts', async () => {
    const path = await file('long.csv', `a,b\n${'1,2\n'.repeat(50_000)}`);
    const controller = new AbortController();
    const reason = new Error('用户取消');
    let seen = 0;
    const reading = (async () => {
      for await (const e of readCsv(path, { signal: controller.signal })) {
        if (e.kind === 'row' && ++seen === 10) controller.abort(reason);
      }
    })();
    await expect(reading).rejects.toBe(reason);
    expect(seen).toBe(10);
  });

  it('is what readFile picks for .csv, .tsv and .txt, even when the first cell opens with a bracket', async () => {
    expect(await rows(await file('export.txt', '名称\t金额\n甲\t1\n'), undefined, readFile)).toEqual([[1, ['名称', '金额']], [2, ['甲', '1']]]);
    expect(await rows(await file('bracket.csv', '[2024]台账,x\n'), undefined, readFile)).toEqual([[1, ['[2024]台账', 'x']]]);
    await expect(events(await file('data.dat', '名称,金额\n'), undefined, readFile)).rejects.toThrow(
      /^无法读取文件 data\.dat：不认识这种文件（\.dat）。支持的文件：Excel 工作簿（\.xlsx）/,
    );
  });
});
