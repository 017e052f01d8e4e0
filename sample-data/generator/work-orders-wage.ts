import { mobile, personName } from './people.js';
import { STREETS } from './streets.js';
import type { WageMatter } from './types.js';
import { newWageMatter, wageMonths } from './wage-matters.js';
import { upperYuan, writeAmount } from './work-orders-amounts.js';
import { writeCreditor, writeDebtor, writeProject } from './work-orders-names.js';
import { NO_TRUTH, type Scene, type Template, type Written } from './work-orders-types.js';

interface WageParts {
  readonly w: WageMatter;
  readonly E: string;
  readonly X: string | null;
  readonly P: string;
  readonly PQ: string;
  readonly n: number;
  readonly yuan: number;
  readonly A: string;
  readonly FROM: string;
  readonly TO: string;
  readonly leader: string;
  readonly caller: string;
  readonly phone: string;
}

function parts(s: Scene): WageParts {
  const w = newWageMatter(s.rng, s.ctx, null);
  const yuan = w.workers * wageMonths(w) * w.monthlyYuan;
  const P = w.project ?? `${STREETS[w.streetIndex]!.name}${s.rng.pick(['物流园', '商场', '写字楼', '酒店', '工业园'])}`;
  return {
    w, E: writeCreditor(w.employer, s.rng).text, X: w.contractor ? writeDebtor(w.contractor, s.rng, 0.3).text : null,
    P, PQ: writeProject(P, s.rng), n: w.workers, yuan, A: writeAmount(yuan, s.rng),
    FROM: `${w.from.y}年${w.from.m}月`, TO: `${w.to.y}年${w.to.m}月`,
    leader: w.teamLeader ?? personName(s.rng), caller: personName(s.rng), phone: mobile(s.rng),
  };
}

function written(p: WageParts, text: string, say: { employer?: boolean; workers?: number | null; project?: boolean; site?: boolean; third?: boolean }): Written {
  return {
    text, callerName: p.caller, callerPhone: p.phone, streetIndex: p.w.streetIndex,
    truth: {
      ...NO_TRUTH,
      employerKey: say.employer === false ? null : p.w.employer.key,
      employerName: say.employer === false ? null : p.w.employer.name,
      amountFen: p.yuan * 100,
      workers: say.workers === undefined ? p.n : say.workers,
      // A workplace (莘庄镇写字楼) is not a project: only engineering matters have one.
      project: say.project && (p.w.project !== null || say.site === true) ? p.P : null,
      thirdPartyKeys: say.third && p.w.contractor ? [p.w.contractor.key] : [],
    },
  };
}

const t = (id: string, weight: number, write: Template['write']): Template => ({ id, kind: 'wage_arrears', weight, write });
const others = (n: number): number => Math.max(1, n - 1);

/** Workers (or one of them) complaining about unpaid wages. */
export const WAGE_TEMPLATES: readonly Template[] = [
  t('wage_with_mates', 6, (s) => {
    const p = parts(s);
    const n = Math.max(2, p.n);
    return written({ ...p, n }, `来电人反映其与${others(n)}名工友在${p.P}从事${p.w.trade}工作，${p.E}拖欠${p.FROM}至${p.TO}工资共计${p.A}，要求帮助讨薪。`, { workers: n, project: true });
  }),
  t('wage_contractor_named', 5, (s) => {
    const p = parts(s);
    const x = p.X ?? '总包单位';
    return written(p, `我们${p.n}个工人在${x}承建的${p.P}干活，劳务公司${p.E}欠我们工资${p.A}，包工头${p.leader}联系不上。`, { project: true, third: p.X !== null });
  }),
  t('wage_team_leader', 4, (s) => {
    const p = parts(s);
    return written(p, `${p.n}名农民工反映在${p.w.address}${p.PQ}工地做${p.w.trade}，班组长${p.leader}称${p.E}项目部未拨付工资，共欠${p.A}。`, { project: true, site: true });
  }),
  t('wage_alone_rough', 4, (s) => {
    const p = parts(s);
    const months = s.rng.int(2, 5);
    return written(p, `本人在${p.E}上班，担任${p.w.trade}，公司已拖欠本人${months}个月工资共${p.A}，公司还有十几个人也没拿到工资。`, { workers: null });
  }),
  t('wage_boss_is', 4, (s) => {
    const p = parts(s);
    return written(p, `我们班组共${p.n}人，在${p.w.address}的${p.PQ}做${p.w.trade}，老板是${p.E}的，到现在还欠着${p.A}工资没给。`, { project: true });
  }),
  t('wage_staff', 4, (s) => {
    const p = parts(s);
    const n = Math.max(2, p.n);
    return written({ ...p, n }, `来电人称${p.E}拖欠其及其他${others(n)}名员工${p.FROM}至${p.TO}工资，合计${p.A}，公司以资金困难为由拖延。`, { workers: n });
  }),
  t('wage_contractor_paid', 3, (s) => {
    const p = parts(s);
    const x = p.X ?? '建设单位';
    return written(p, `市民反映：${p.E}承接的${p.P}工地，${p.n}名农民工工资${p.A}未结清，总包${x}称已将款项拨付给${p.E}。`, { project: true, site: true, third: p.X !== null });
  }),
  t('wage_upper', 3, (s) => {
    const p = parts(s);
    return written(p, `工人${p.n}人反映${p.E}欠薪${p.yuan}元（${upperYuan(p.yuan)}），要求尽快支付。`, {});
  }),
  t('wage_foreman_only', 3, (s) => {
    const p = parts(s);
    const months = s.rng.int(2, 6);
    return written(p, `我们${p.n}个人跟着包工头${p.leader}在${p.P}干了${months}个月，${p.leader}一直拖欠工资${p.A}，现在电话也打不通。`, { employer: false, project: true });
  }),
  t('wage_service_job', 3, (s) => {
    const p = parts(s);
    const job = s.rng.pick(['保安', '保洁员', '厨师', '仓库管理员', '客服']);
    return written(p, `来电人反映其在${p.E}做${job}，公司拖欠其${p.TO}工资${p.A}，离职后一直未结清。`, { workers: null });
  }),
];
