import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../sample-data/generator/generate-sample.js';
import { ingestFiles, type FileOutcome } from '../../src/ingest/ingest-files.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';

// Oracle test: every CSV goes through the set-based path (DuckDB parses, rules run per distinct
// value) and through the row-by-row path it replaces; the two stores must hold the same rows.

const dir = tempDir('arrears-setbased-');
const HEADER = '投诉编号,登记日期,投诉渠道,投诉企业名称,投诉企业统一社会信用代码,企业规模,联系人,联系电话,被投诉单位名称,被投诉单位统一社会信用代码,被投诉单位类型,投诉金额（元）,诉求内容,承办单位,办理状态';

/** Complaint lines with every quirk: bad cells, placeholders, quotes, line breaks, furniture rows. */
function quirkyComplaints(n: number): string[] {
  const lines = ['2026年4月 中小企业账款投诉登记表', '填报单位：区经委', HEADER];
  const names = ['上海安昊建材有限公司', '张师傅', '上海启辉建筑装饰工程有限公司', '昌创劳务', '王  五', '', '无', '上海市闵行区教育局（本级）'];
  const amounts = ['1,234,567.80', '56000', '8040.00', '约十万元', '-5', '', '—', '12.345', '１２３４', '0', '007', '99999999999999'];
  const dates = ['2026/4/2', '2026年4月3日', '2026-04-05', '2026-02-30', '', '45383', '2026.04', '暂无'];
  const phones = ['13812345678', '021-64123456', '64123456', '１３８１２３４５６７８', '', '无', '12345', '+86 138 1234 5678'];
  for (let i = 0; i < n; i++) {
    const content = [
      '2025年供应建材，对方至今未付款，请求督促支付。',
      '"我们12名农民工在工地干了三个月，工资一直没发"',
      `"多行\r\n诉求：拖欠""货款""，\r\n请协调"`,
      '本人与5名工友从事保洁工作，工资至今未发放',
      '  前后有空格　全角空格  ',
      '',
      '"含,逗号的内容（ＡＢＣ）"',
      '控制符\u0001在此',
    ][i % 8]!;
    const respondent = i % 11 === 3 ? '' : ['上海市闵行区教育局', '上海某某建筑劳务有限公司', '中 国海诚 工程科技股份有限公司', '上海建工集团股份有限公司闵行分公司'][i % 4]!;
    lines.push([
      i % 13 === 0 ? '' : `TS-${String(i).padStart(4, '0')}`,
      dates[i % dates.length], ['平台', '12345', '来信', '电话', ''][i % 5], names[i % names.length],
      i % 3 === 0 ? '91310000132149237G' : i % 7 === 0 ? '９１３１０１１２Ｅ９９Ｈ０８６５７９' : '',
      ['小型', '微型', '中型企业', '', '超大'][i % 5], ['王五', '张 师傅', '', '李四'][i % 4], phones[i % phones.length],
      respondent, i % 5 === 0 ? '11310112002423836E' : '', ['机关', '其他', '', '国企', '大型企业'][i % 5],
      amounts[i % amounts.length], content, '区经委', ['受理', '办理中', '已办结'][i % 3],
    ].map((v) => (v.includes(',') && !v.startsWith('"') ? `"${v}"` : v)).join(','));
    if (i % 37 === 5) lines.push('');
    if (i % 53 === 7) lines.push('小计,,,,,,,,,,,12345');
    if (i % 61 === 9) lines.push(HEADER);
    if (i % 67 === 11) lines.push(',,,,,,');
    if (i % 71 === 13) lines.push('1,2,3,4,5,6,7,8,9,10');
    if (i % 73 === 17) lines.push('填表人：张三,,审核人：李四');
    if (i % 79 === 19) lines.push('  ,\t,　');
    if (i % 83 === 23) lines.push('注：金额单位为元');
    if (i % 89 === 29) lines.push('TS-short,2026-04-01,平台');
  }
  lines.push('合计,,,,,,,,,,,999', '', '');
  return lines;
}

/**
 * Complaints whose texts, numbers and contacts are nearly all distinct, so SQL shortcuts take
 * those columns, with cells only JavaScript can normalize mixed in (①, emoji, control
 * characters, full-width letters, whitespace runs, placeholders, amounts with decimals or words).
 */
function distinctComplaints(n: number): string[] {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const content = i % 7 === 0 ? `第${i}号：欠款①项未付`
      : i % 11 === 0 ? `第${i}号\u0001控制符`
      : i % 13 === 0 ? `  第${i}号  诉求　多个   空格\n换行  `
      : i % 17 === 0 ? ' 无 '
      : i % 19 === 0 ? `第${i}号 Ａ１２３（全角）`
      : i % 23 === 0 ? `第${i}号😀`
      : i % 29 === 0 ? `第${i}号：工人工资未发`
      : `第${i}号：拖欠货款，至今（三个月）未付！请协调？`;
    const amount = i % 9 === 0 ? '1,234.5' : i % 31 === 0 ? '约十万元' : i % 37 === 0 ? '12.345' : i % 41 === 0 ? '' : String(1000 + i * 7);
    lines.push([
      `TX-${String(i).padStart(5, '0')}`, '2026-04-02', '平台', i % 3 === 0 ? '张三' : `上海第${i % 50}建材有限公司`, '', '小型',
      i % 5 === 0 ? '无' : `联系人${i}`, i % 6 === 0 ? '021-64123456' : `138${String(i).padStart(8, '0')}`,
      ['上海市闵行区教育局', '上海建工集团股份有限公司', '上海某某科技有限公司'][i % 3]!, i % 8 === 0 ? '11310112002423836E' : i % 12 === 0 ? '91310000132149237G' : '',
      i % 4 === 0 ? '' : '机关', amount, content, '区经委', '受理',
    ].map((v) => (/[,"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(','));
  }
  return lines;
}

function write(name: string, lines: readonly string[], encoding: 'utf-8' | 'gbk', opts: { bom?: boolean; eol?: string } = {}): string {
  const text = lines.join(opts.eol ?? '\r\n') + (opts.eol ?? '\r\n');
  const body = encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
  const path = join(dir, name);
  writeFileSync(path, opts.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
  return path;
}

/** Everything a load wrote, file ids and the path aside, in a stable order. */
async function ingestAndDump(paths: readonly string[], setBased: boolean, fallbacks: string[]): Promise<{ outcomes: FileOutcome[]; tables: Record<string, unknown[]> }> {
  const store = await openStore({ path: ':memory:' });
  try {
    const outcomes = await ingestFiles(store.conn, paths, {
      concurrency: 1, setBasedCsv: setBased, setBasedMinBytes: 0, onSetBasedFallback: (f, why) => fallbacks.push(`${f}: ${why}`),
    });
    const tables: Record<string, unknown[]> = {};
    for (const t of ['files', 'raw_rows', 'rejects', 'stg_complaint', 'stg_wage_lead']) {
      tables[t] = (await queryRows(store.conn, `SELECT * EXCLUDE (${t === 'files' ? 'file_id, path, ingested_at' : 'file_id'}) FROM ${t} ORDER BY ALL`)).map((r) => JSON.stringify(r, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)));
    }
    return { outcomes: outcomes.map((o) => ({ ...o, fileId: 0 }) as FileOutcome), tables };
  } finally {
    store.close();
  }
}

let files: Record<string, string>;

beforeAll(async () => {
  const generated = await generateSample({ rows: 1200, seed: 17, out: join(dir, 'gen'), period: { year: 2026, month: 4 }, kind: 'complaints' });
  const wage = await generateSample({ rows: 800, seed: 18, out: join(dir, 'wage'), period: { year: 2026, month: 4 }, kind: 'wage', wageFormat: 'csv' });
  const complaintsCsv = generated.files.find((f) => f.file.endsWith('.csv'))!.file;
  const wageCsv = wage.files.find((f) => f.file.endsWith('.csv'))!.file;
  const lines = quirkyComplaints(240);
  files = {
    generatedGbk: join(dir, 'gen', complaintsCsv),
    generatedWage: join(dir, 'wage', wageCsv),
    quirkyUtf8Bom: write('quirky-utf8.csv', lines, 'utf-8', { bom: true }),
    quirkyGbkLf: write('quirky-gbk.csv', lines.map((l) => l.replaceAll('\r\n', '\n')), 'gbk', { eol: '\n' }),
    tabs: write('tabs.txt', lines.map((l) => l.replaceAll(',', '\t')), 'utf-8'),
    distinct: write('distinct.csv', distinctComplaints(600), 'utf-8'),
  };
});

describe('set-based CSV loading against the row-by-row path', () => {
  it('writes the same raw_rows, rejects and stg rows, and the same accounting, for every file', async () => {
    const paths = Object.values(files);
    const fallbacks: string[] = [];
    const [setBased, rowByRow] = [await ingestAndDump(paths, true, fallbacks), await ingestAndDump(paths, false, [])];
    expect(fallbacks).toEqual([]);
    expect(setBased.outcomes).toEqual(rowByRow.outcomes);
    for (const t of Object.keys(rowByRow.tables)) expect(setBased.tables[t], t).toEqual(rowByRow.tables[t]);
    // The files are what they claim: bad rows, furniture and wage complaints are all there.
    const quirky = rowByRow.outcomes[2]!;
    expect(quirky).toMatchObject({ status: 'ok', source: 'complaint' });
    if (quirky.status !== 'ok') return;
    expect(quirky.rejected).toBeGreaterThan(50);
    expect(Object.keys(quirky.skippedByKind).sort()).toEqual(['blank', 'column_numbers', 'header', 'note', 'signature', 'subtotal', 'title'].sort());
    expect(rowByRow.tables.stg_complaint!.some((r) => String(r).includes('wage_arrears'))).toBe(true);
    expect(rowByRow.outcomes[1]).toMatchObject({ status: 'ok', source: 'wage_lead' });
    // Without a primary key, record ids stay unique by how they are made.
    for (const t of ['stg_complaint', 'stg_wage_lead']) {
      const ids = setBased.tables[t]!.map((r) => (JSON.parse(r as string) as { record_id: string }).record_id);
      expect(new Set(ids).size, t).toBe(ids.length);
    }
  });

  it('reads row by row, with the same result, a file DuckDB could read differently', async () => {
    const lines = quirkyComplaints(60);
    lines.splice(10, 0, 'TS-x,2026-04-01,平台,某"引号"公司,,,,,上海市闵行区教育局,,机关,100,内容,区经委,受理');
    const odd = write('odd-quotes.csv', lines, 'utf-8');
    const fallbacks: string[] = [];
    const [setBased, rowByRow] = [await ingestAndDump([odd], true, fallbacks), await ingestAndDump([odd], false, [])];
    expect(fallbacks).toHaveLength(1);
    expect(setBased).toEqual(rowByRow);
  });
});
