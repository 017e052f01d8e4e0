import { join } from 'node:path';
import { expect } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { listInputFiles } from '../../src/ingest/list-input-files.js';
import { resolveAll } from '../../src/resolve/resolve-all.js';
import { routeAll } from '../../src/route/route-all.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { writeCsv } from '../helpers/write-fixtures.js';

/** A company whose name is a formula, as a hostile or careless source could send it. */
export const EVIL = '=HYPERLINK("http://x.cn","点此")上海安瑞劳务有限公司';
/** Personal data seeded in clear, in fields and in free text: none may leave in clear where the policy masks it. */
export const SEEDED = {
  ids: ['110101199003074514', '440305198812317772', '310112197506150029', '320102198001011238'],
  phones: ['13812345678', '13987654321', '15900001111', '18600002222', '13700001111'],
  names: ['张伟明', '李强华', '王小红', '欧阳娜娜', '赵敏'],
  bankCard: '6222021234567890123',
};

const WAGE_HEADER = '线索编号,受理日期,反映人姓名,身份证号码,联系电话,用人单位名称,项目名称,建设单位,施工总承包单位,班组长,欠薪人数,欠薪金额（元）,问题摘要';
const COMPLAINT_HEADER = '投诉编号,登记日期,投诉渠道,投诉企业名称,被投诉单位名称,投诉金额（元）,联系人,联系电话,诉求内容';
const q = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Writes the seeded wage leads and complaints as UTF-8 CSV files in `dir`; returns their paths. */
export function writeSeedFiles(dir: string): string[] {
  return [
    writeCsv(join(dir, '2026年4月_测试欠薪线索.csv'), [
      WAGE_HEADER,
      `XS-T1,2026-04-10,张伟明,110101199003074514,13812345678,${q(EVIL)},浦江镇测试安置房工程,上海市闵行区浦江镇人民政府,,李强华,40,800000,` +
        q('反映人张伟明（身份证110101199003074514，电话13812345678）称班组长李强华拖欠40人工资，另一联系人王小红13987654321'),
      'XS-T2,2026-04-11,欧阳娜娜,440305198812317772,15900001111,上海测绘劳务有限公司,颛桥镇测试厂房工程,,,,31,620000,' +
        q(`工资卡${SEEDED.bankCard}未收到工资，工友身份证310112197506150029，电话+86 186 0000 2222`),
    ], 'utf-8'),
    writeCsv(join(dir, '2026年4月_测试投诉登记.csv'), [
      COMPLAINT_HEADER,
      `TS-T1,2026-04-12,12345,${q(EVIL)},上海市闵行区浦江镇人民政府,1200000,赵敏,13700001111,` +
        q('+cmd|/c calc 我司被拖欠工程款120万元，联系人赵敏（身份证320102198001011238，手机13700001111）'),
    ], 'utf-8'),
  ];
}

/**
 * A store with the bundled April 2026 sample (unless `sample` is false) plus the seeded files,
 * resolved and routed as of 2026-04-20.
 */
export async function openSeededStore(dir: string, path: string, sample = true): Promise<Store> {
  const store = await openStore({ path });
  const base = join(REPO_ROOT, 'sample-data', '2026-04');
  const files = [...(sample ? listInputFiles(['surveys', 'complaints', 'wage-leads'].map((d) => join(base, d))) : []), ...writeSeedFiles(dir)];
  const outcomes = await ingestFiles(store.conn, files);
  expect(outcomes.filter((o) => o.status !== 'ok')).toEqual([]);
  await resolveAll(store.conn);
  await routeAll(store.conn, '2026-04-20');
  return store;
}
