import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEvent } from '../../src/ingest/raw-row.js';
import { readFile } from '../../src/ingest/read-file.js';
import { readJson } from '../../src/ingest/read-json.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function events(path: string, read = readJson): Promise<RawEvent[]> {
  const out: RawEvent[] = [];
  for await (const e of read(path)) out.push(e);
  return out;
}

async function rows(path: string, read = readJson): Promise<Array<[number, readonly unknown[]]>> {
  const all = await events(path, read);
  expect(all[0]).toEqual({ kind: 'sheet', name: '', hidden: false, index: 0 });
  return all.slice(1).map((e) => (e.kind === 'row' ? [e.row.rowNumber, e.row.cells] : [0, []]));
}

const RECORDS = [
  { 姓名: '王五', 电话: '013800000000', 金额: 1200.5 },
  { 姓名: '赵六', 备注: { 来源: '12345 热线', 标签: ['欠薪'] }, 已核实: true },
  { 电话: null, 姓名: '钱七' },
];
const EXPECTED = [
  [1, ['姓名', '电话', '金额', '备注', '已核实']],
  [2, ['王五', '013800000000', 1200.5]],
  [3, ['赵六', null, null, '{"来源":"12345 热线","标签":["欠薪"]}', true]],
  [4, ['钱七']],
];

describe('readJson', () => {
  it('turns an array of objects into a header of all keys and aligned rows', async () => {
    expect(await rows(await file('a.json', JSON.stringify(RECORDS)))).toEqual(EXPECTED);
  });

  it('finds the array under "data" or "records", in UTF-8 with BOM or GBK', async () => {
    expect(await rows(await file('data.json', `\ufeff${JSON.stringify({ total: 3, data: RECORDS })}`))).toEqual(EXPECTED);
    expect(await rows(await file('records.json', iconv.encode(JSON.stringify({ records: RECORDS }), 'gbk')))).toEqual(EXPECTED);
  });

  it('gives an empty array a sheet and no rows', async () => {
    expect(await events(await file('empty-array.json', '[]'))).toEqual([{ kind: 'sheet', name: '', hidden: false, index: 0 }]);
  });

  it('refuses what is not JSON, or not an array of objects', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['bad.json', '[{"姓名": "王五",}]', /^无法读取文件 bad\.json：不是有效的 JSON（.+）。应是对象数组/],
      ['object.json', '{"姓名": "王五"}', /JSON 里没有记录数组/],
      ['scalars.json', '[{"a": 1}, "王五"]', /第 2 条记录不是对象（是 "王五"）/],
      ['empty.json', '', /文件是空的/],
    ];
    for (const [name, content, message] of cases) {
      const error = await events(await file(name, content)).catch((e: unknown) => e);
      expect(error, name).toMatchObject({ name: 'PipelineError', code: 'FILE_UNREADABLE', context: { file: join(dir, name) } });
      expect((error as Error).message, name).toMatch(message);
    }
  });

  it('is what readFile picks for .json, or for text opening with [ or {', async () => {
    expect(await rows(await file('export.json', JSON.stringify(RECORDS)), readFile)).toEqual(EXPECTED);
    expect(await rows(await file('export.dat', `\ufeff \n ${JSON.stringify({ data: RECORDS })}`), readFile)).toEqual(EXPECTED);
  });
});
