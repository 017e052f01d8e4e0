import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { applyTransferAction } from '../../src/route/apply-transfer-action.js';
import { loadRules } from '../../src/route/load-rules.js';
import { routeAll } from '../../src/route/route-all.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { writeCsv } from '../helpers/write-fixtures.js';

const dir = tempDir();
const store = await openStore({ path: join(dir, 'route.duckdb') });
afterAll(() => store.close());

const DEVELOPER = '上海闵行城市建设投资开发有限公司';
const SUB = '上海安昊建材有限公司';
const WAGE_HEADER = '线索编号,受理日期,反映人姓名,身份证号码,联系电话,用人单位名称,项目名称,建设单位,施工总承包单位,欠薪人数,欠薪金额（元）,问题摘要';

async function load(name: string, lines: string[]) {
  const [o] = await ingestFiles(store.conn, [writeCsv(join(dir, name), lines, 'utf-8')]);
  expect(o!.status).toBe('ok');
}
const transfers = () =>
  queryRows<{ transfer_id: string; case_id: string; rule_id: string; mechanism: string; to_agency: string; status: string; due_on: string }>(
    store.conn,
    "SELECT transfer_id, case_id, rule_id, mechanism, to_agency, status, strftime(due_on, '%Y-%m-%d') AS due_on FROM transfers ORDER BY transfer_id",
  );
const caseOfFile = async (file: string) =>
  (await queryRows<{ case_id: string }>(store.conn, { sql: 'SELECT case_id FROM records_v WHERE file_name = ? ORDER BY row_number', params: [file] })).map((r) => r.case_id);

beforeAll(async () => {
  // A chain: developer (platform company) → general contractor → subcontractor SME, unpaid → its workers, unpaid.
  await load('2026年4月_七宝镇_台账.csv', [
    '序号,欠款单位名称,中小企业名称,项目名称,欠款金额（元）',
    `1,${DEVELOPER},${SUB},七宝镇保障房建设工程,1500000`,
    '2,上海市闵行区教育局,上海远正信息科技有限公司,2025年度智慧校园平台开发合同,200000',
  ]);
  await load('欠薪线索.csv', [
    WAGE_HEADER,
    `XS-1,2026-04-10,李四,360426199101010071,13812345678,${SUB},七宝镇保障房建设工程,${DEVELOPER},上海建工集团股份有限公司,35,560000,35名工人工资被拖欠三个月`,
    'XS-2,2026-04-11,王五,,13912345678,上海某某商贸有限公司,,,,,300000,对方拖欠我公司货款三十万元',
  ]);
  await load('投诉登记.csv', [
    '投诉编号,登记日期,投诉渠道,投诉企业名称,被投诉单位名称,投诉金额（元）,诉求内容',
    'TS-9,2026-04-12,12345,张师傅,上海某某建筑劳务有限公司,56000,我们12名农民工的工资一直没发',
  ]);
  await resolveAll(store.conn);
});

describe('link and route under the memorandum', () => {
  it('links the chain: upstream, same debtor (developer) and same project', async () => {
    await routeAll(store.conn, '2026-04-20');
    const [sme1] = await caseOfFile('2026年4月_七宝镇_台账.csv');
    const [wage1] = await caseOfFile('欠薪线索.csv');
    const links = await queryRows(store.conn, 'SELECT sme_case_id, wage_case_id, link_type FROM links_v ORDER BY link_type');
    expect(links).toEqual([
      { sme_case_id: sme1, wage_case_id: wage1, link_type: 'same_debtor' },
      { sme_case_id: sme1, wage_case_id: wage1, link_type: 'same_project' },
      { sme_case_id: sme1, wage_case_id: wage1, link_type: 'upstream' },
    ]);
  });

  it('applies each default rule to the case it is about, with its deadline', async () => {
    const [sme1, sme2] = await caseOfFile('2026年4月_七宝镇_台账.csv');
    const [wage1, wageB2B] = await caseOfFile('欠薪线索.csv');
    const [wageComplaint] = await caseOfFile('投诉登记.csv');
    const got = (await transfers()).map((t) => `${t.rule_id} ${t.case_id} ${t.mechanism}→${t.to_agency} ${t.due_on}`).sort();
    expect(got).toEqual([
      `MOU-01 ${wage1} lead_transfer→econ 2026-04-27`,
      `MOU-02 ${sme1} info_share→wage 2026-05-07`,
      `MOU-03 ${wageComplaint} lead_transfer→wage 2026-04-23`,
      `MOU-04 ${wageB2B} lead_transfer→econ 2026-04-23`,
      `MOU-05 ${sme2} joint_handling→joint 2026-05-20`,
      `MOU-06 ${sme1} joint_handling→joint 2026-05-13`,
      `MOU-07 ${wage1} joint_handling→joint 2026-04-27`,
    ].sort());
    const [seen] = await queryRows<{ data_seen: string; rules_version: string }>(store.conn, "SELECT data_seen, rules_version FROM transfers WHERE rule_id = 'MOU-01'");
    expect(JSON.parse(seen!.data_seen)).toMatchObject({ links: [sme1], workers: 35, employer: SUB });
    expect(seen!.rules_version).toBe('2026.1');
  });

  it('routing again changes nothing', async () => {
    const before = await transfers();
    const events = await queryRows(store.conn, 'SELECT count(*) AS n FROM transfer_events');
    const again = await routeAll(store.conn, '2026-04-21');
    expect(again.rules.every((r) => r.created === 0)).toBe(true);
    expect(await transfers()).toEqual(before);
    expect(await queryRows(store.conn, 'SELECT count(*) AS n FROM transfer_events')).toEqual(events);
  });

  it('a returned transfer is not sent again unless the case data changed', async () => {
    const mou01 = (await transfers()).find((t) => t.rule_id === 'MOU-01')!;
    for (const [action, extra] of [['send', {}], ['ack', {}], ['return', { note: '用人单位已自行清偿' }]] as const) {
      expect((await applyTransferAction(store.conn, mou01.transfer_id, action, { ...extra, by: '测试', on: '2026-04-21' })).ok).toBe(true);
    }
    await routeAll(store.conn, '2026-04-22');
    expect((await transfers()).filter((t) => t.rule_id === 'MOU-01')).toHaveLength(1);
    // A new lead on the same project raises the workers involved: the case data changed.
    await load('欠薪线索2.csv', [WAGE_HEADER, `XS-3,2026-04-22,赵六,,13700000000,${SUB},七宝镇保障房建设工程,${DEVELOPER},,48,700000,48名工人工资未付`]);
    await resolveAll(store.conn);
    await routeAll(store.conn, '2026-04-23');
    const mou = (await transfers()).filter((t) => t.rule_id === 'MOU-01');
    expect(mou.map((t) => t.status)).toEqual(['returned', 'pending']);
    const history = await queryRows(store.conn, { sql: 'SELECT action, from_status, to_status FROM transfer_events_v WHERE transfer_id = ? ORDER BY event_id', params: [mou01.transfer_id] });
    expect(history).toEqual([
      { action: 'create', from_status: null, to_status: 'pending' },
      { action: 'send', from_status: 'pending', to_status: 'sent' },
      { action: 'ack', from_status: 'sent', to_status: 'acknowledged' },
      { action: 'return', from_status: 'acknowledged', to_status: 'returned' },
    ]);
  });

  it('refuses an illegal step and leaves the transfer as it was', async () => {
    const t = (await transfers()).find((x) => x.rule_id === 'MOU-05')!;
    const r = await applyTransferAction(store.conn, t.transfer_id, 'close', { outcome: '已付清' });
    expect(r).toEqual({ ok: false, transferId: t.transfer_id, reason: expect.stringContaining('不能办结') });
    expect((await transfers()).find((x) => x.transfer_id === t.transfer_id)!.status).toBe('pending');
  });

  it('a rules file with mistakes is refused with every problem named', () => {
    const bad = join(dir, 'rules.json');
    writeFileSync(bad, JSON.stringify({ version: 'x', rules: [{ id: 'bad id', when: { kind: 'nope' }, mechanism: 'lead_transfer', from: 'econ', to: 'wage', reason: '测试理由', deadline: { days: 3, unit: 'working' } }] }));
    expect(() => loadRules(bad)).toThrow(/rules\.0\.id.*规则编号形如/);
  });
});
