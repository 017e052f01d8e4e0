import { join } from 'node:path';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { listInputFiles } from '../../src/ingest/list-input-files.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { routeAll } from '../../src/route/route-all.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { writeCsv } from '../helpers/write-fixtures.js';

/** Debtor names a spreadsheet would run as formulas: each owes SMEs (enough to rank in the top
 * debtors) and is tied to a wage case. */
export const FORMULA_NAMES = ['=1+1工程建设有限公司', '+上海加号置业有限公司'] as const;

const SURVEY_HEADER = '序号,欠款单位名称,欠款单位类型,中小企业名称,项目名称,欠款类型,欠款金额（元）,其中：无分歧金额,其中：有分歧金额,已清偿金额';
const WAGE_HEADER = '线索编号,受理日期,反映人姓名,身份证号码,联系电话,用人单位名称,项目名称,建设单位,施工总承包单位,欠薪人数,欠薪金额（元）,问题摘要';

interface SurveyRow {
  debtor_name: string; debtor_type: string | null; creditor_name: string; project_name: string | null; arrears_type: string | null;
  amount_owed_fen: bigint; undisputed_fen: bigint; disputed_fen: bigint;
}
const yuan = (fen: bigint) => (Number(fen) / 100).toFixed(2);
const line = (i: number, r: SurveyRow, owed: bigint, und: bigint, dis: bigint) =>
  [i, r.debtor_name, r.debtor_type ?? '', r.creditor_name, r.project_name ?? '', r.arrears_type ?? '', yuan(owed), yuan(und), yuan(dis), '0'].join(',');

/**
 * The bundled April 2026 sweep, plus: an earlier sweep (2025-12, 七宝镇) so April shows
 * reclassified (无分歧→有分歧), reduced and disappeared cases; a supplementary April ledger and
 * two wage leads whose parties have formula-like names. Resolved and routed as of 2026-04-20.
 */
export async function buildReportStore(dir: string): Promise<Store> {
  const store = await openStore({ path: join(dir, 'report.duckdb') });
  const sample = ['surveys', 'complaints', 'wage-leads'].map((d) => join(REPO_ROOT, 'sample-data/2026-04', d));
  await ingestFiles(store.conn, listInputFiles(sample));

  const qibao = (where: string) => queryRows<SurveyRow>(store.conn, {
    sql: `SELECT debtor_name, debtor_type, creditor_name, project_name, arrears_type, amount_owed_fen, undisputed_fen, disputed_fen
          FROM stg_survey WHERE street_name = '七宝镇' AND project_name IS NOT NULL AND ${where} ORDER BY record_id LIMIT 3`,
  });
  const toDisputed = await qibao('disputed_fen > 0 AND undisputed_fen > 0');
  const reduced = await qibao('disputed_fen = 0 AND amount_cleared_fen = 0');
  const earlier = [
    ...toDisputed.map((r, i) => line(i + 1, r, r.amount_owed_fen, r.amount_owed_fen, 0n)),
    ...reduced.slice(0, 2).map((r, i) => line(i + 4, r, r.amount_owed_fen + 500000n, r.amount_owed_fen + 500000n, 0n)),
    '6,上海市闵行区七宝镇人民政府,机关,上海消失测试科技有限公司,七宝镇消失测试服务合同,服务款,80000,80000,0,0',
    '7,上海市闵行区七宝镇人民政府,机关,上海隐没测试建材有限公司,七宝镇隐没测试采购合同,货款,120000,120000,0,0',
  ];
  const extra = [
    writeCsv(join(dir, '2025年12月_七宝镇_拖欠中小企业账款摸排台账.csv'), [SURVEY_HEADER, ...earlier], 'utf-8'),
    writeCsv(join(dir, '2026年4月_七宝镇_补充台账.csv'), [
      SURVEY_HEADER,
      `1,${FORMULA_NAMES[0]},国有企业,上海安昊建材有限公司,公式测试工程,工程款,52000000,52000000,0,0`,
      `2,${FORMULA_NAMES[1]},平台公司,上海远正信息科技有限公司,加号测试工程,工程款,48000000,48000000,0,0`,
    ], 'utf-8', true),
    writeCsv(join(dir, '2026年4月_补充欠薪线索.csv'), [
      WAGE_HEADER,
      `XS-901,2026-04-10,李四,,13812345678,${FORMULA_NAMES[0]},公式测试工程,,,12,3000000,工资被拖欠`,
      `XS-902,2026-04-11,王五,,13912345678,上海某劳务有限公司,加号测试工程,${FORMULA_NAMES[1]},,8,200000,工资被拖欠`,
    ], 'utf-8'),
  ];
  const outcomes = await ingestFiles(store.conn, extra);
  const failed = outcomes.filter((o) => o.status !== 'ok');
  if (failed.length > 0) throw new Error(`fixture files not loaded: ${JSON.stringify(failed)}`);
  await resolveAll(store.conn);
  await routeAll(store.conn, '2026-04-20');
  return store;
}
