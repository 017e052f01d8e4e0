import type { BadRowPlan } from './bad-row-plan.js';
import type { Quota } from './quota.js';
import { withThousands } from './cell-values.js';
import { cnDate, dayIn, iso, pad2 } from './dates.js';
import type { TruthRow } from './ground-truth.js';
import { renderEntity } from './name-variants.js';
import { idNumber, mobile, personName } from './people.js';
import type { Random } from './random.js';
import type { Reservoir } from './reservoir.js';
import type { MatterContext } from './sme-matters.js';
import { entityNote } from './survey-row.js';
import type { SmeMatter, WageMatter, Ymd } from './types.js';
import { newWageMatter, wageMonths } from './wage-matters.js';

export const WAGE_HEADERS = ['线索编号', '受理日期', '线索来源', '所属领域', '反映人姓名', '身份证号码', '联系电话',
  '用人单位名称', '用人单位统一社会信用代码', '项目名称', '项目地址', '建设单位', '施工总承包单位', '分包单位', '班组长',
  '欠薪人数', '欠薪金额（元）', '欠薪期间', '问题摘要'] as const;
export type WageHeader = (typeof WAGE_HEADERS)[number];
export type WageValue = string | number | Date | null;

export const WAGE_BAD_KINDS = ['missing_employer', 'negative_amount', 'impossible_date'] as const;
const PROBLEM_TEXT = { missing_employer: '用人单位名称为空', negative_amount: '欠薪金额为负数', impossible_date: '受理日期不是有效日期' };
export type WageBadKind = (typeof WAGE_BAD_KINDS)[number];

export interface WagePools {
  readonly chainable: Reservoir<SmeMatter>;
  readonly wage: Reservoir<WageMatter>;
  readonly bad: BadRowPlan<WageBadKind>;
  readonly mix: Quota<'repeat' | 'chain' | 'new'>;
  serial: number;
}

export interface WageLead {
  readonly values: Readonly<Record<WageHeader, WageValue>>;
  readonly truth: TruthRow;
}

/**
 * A wage-arrears lead. About 15% continue a survey matter (the chain), about 20% repeat an earlier
 * lead's employer and project from another reporter (并单), the rest are new.
 */
export function newWageLead(rng: Random, ctx: MatterContext, pools: WagePools, dates: 'date' | 'text'): WageLead {
  const pick = pools.mix.next();
  let w: WageMatter | undefined;
  let tag = '';
  if (pick === 'repeat') { w = pools.wage.sample(); tag = 'dup=repeat_lead'; }
  if (pick === 'chain') {
    const upstream = pools.chainable.take();
    if (upstream) { w = newWageMatter(rng, ctx, upstream); pools.wage.add(w); tag = 'chain=upstream'; }
  }
  if (w === undefined) { w = newWageMatter(rng, ctx, null); pools.wage.add(w); tag = ''; }
  const bad = pools.bad.next();
  const received = dayIn(rng, ctx.period.year, ctx.period.month);
  const employer = renderEntity(w.employer, rng, { variantRate: 0.4, usccMissingRate: 0.35, allowBranch: false });
  const developer = w.developer ? renderEntity(w.developer, rng, { variantRate: 0.5, usccMissingRate: 1, allowBranch: false }) : null;
  const contractor = w.contractor ? renderEntity(w.contractor, rng, { variantRate: 0.5, usccMissingRate: 1, allowBranch: true }) : null;
  const workers = rng.chance(0.6) ? w.workers : rng.int(1, w.workers);
  const amount = workers * wageMonths(w) * w.monthlyYuan;
  const reporter = w.teamLeader && rng.chance(0.1) ? w.teamLeader : personName(rng);
  const period = periodText(w.from, w.to, rng);
  const values: Record<WageHeader, WageValue> = {
    线索编号: `QX${ctx.period.year}${pad2(ctx.period.month)}${String(++pools.serial).padStart(6, '0')}`,
    受理日期: bad === 'impossible_date' ? `${received.y}-02-30` : dates === 'date' && rng.chance(0.7) ? new Date(Date.UTC(received.y, received.m - 1, received.d)) : rng.chance(0.7) ? iso(received) : cnDate(received),
    线索来源: rng.weighted([['12345', 4], ['劳动监察', 3], ['信访', 1], ['网络平台', 2]] as const),
    所属领域: w.sector,
    反映人姓名: reporter,
    身份证号码: maybeLowerX(idNumber(rng), rng),
    联系电话: mobile(rng),
    用人单位名称: bad === 'missing_employer' ? null : employer.name,
    用人单位统一社会信用代码: employer.uscc || null,
    项目名称: w.project ?? (rng.chance(0.5) ? null : '/'),
    项目地址: w.address,
    建设单位: developer?.name ?? null,
    施工总承包单位: contractor?.name ?? null,
    分包单位: w.subcontractorIsEmployer ? renderEntity(w.employer, rng, { variantRate: 0.3, usccMissingRate: 1, allowBranch: false }).name : w.sector === '工程建设领域' && rng.chance(0.5) ? '/' : null,
    班组长: w.teamLeader,
    欠薪人数: workers,
    '欠薪金额（元）': bad === 'negative_amount' ? -amount : rng.chance(0.1) ? withThousands(amount) : amount,
    欠薪期间: period,
    问题摘要: `反映人称其在${w.project ?? employer.name}从事${w.trade}工作，${period}工资共计${amount}元未发放，涉及${workers}人。`,
  };
  return {
    values,
    truth: {
      source: 'wage_lead', problem: bad ? `${bad}: ${PROBLEM_TEXT[bad]}` : null, employerKey: w.employer.key,
      developerKey: w.developer?.key, contractorKey: w.contractor?.key, linkedMatterKey: w.linked?.key,
      matterKey: w.key, kind: 'wage_arrears', amountFen: bad ? null : amount * 100,
      note: [entityNote('employer', employer), developer ? entityNote('developer', developer).replace(/;?developer_uscc=missing/, '') : '',
        contractor ? entityNote('contractor', contractor).replace(/;?contractor_uscc=missing/, '') : '', tag].filter(Boolean).join(';'),
    },
  };
}

function periodText(from: Ymd, to: Ymd, rng: Random): string {
  if (from.y === to.y && from.m === to.m) return `${to.y}年${to.m}月`;
  return rng.weighted([
    [`${from.y}年${from.m}月至${to.y}年${to.m}月`, 6],
    [`${from.y}.${pad2(from.m)}-${to.y}.${pad2(to.m)}`, 2],
    [`${from.y}年${from.m}月-${to.y}年${to.m}月`, 2],
  ] as const);
}

/** Some registers type the check letter in lower case; GB 11643 means upper-case X. */
function maybeLowerX(id: string, rng: Random): string {
  return id.endsWith('X') && rng.chance(0.3) ? `${id.slice(0, 17)}x` : id;
}
