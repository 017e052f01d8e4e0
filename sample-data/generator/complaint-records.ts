import type { BadRowPlan } from './bad-row-plan.js';
import type { Quota } from './quota.js';
import { withThousands } from './cell-values.js';
import { cnDate, dayIn, daysInMonth, iso, type DateStyle } from './dates.js';
import type { TruthRow } from './ground-truth.js';
import { renderEntity } from './name-variants.js';
import { mobile, personName } from './people.js';
import type { Random } from './random.js';
import type { Reservoir } from './reservoir.js';
import { newSmeMatter, type MatterContext } from './sme-matters.js';
import { entityNote } from './survey-row.js';
import { reportingUnit, STREETS } from './streets.js';
import type { SmeMatter, WageMatter, Ymd } from './types.js';
import { newWageMatter, wageMonths } from './wage-matters.js';

export const COMPLAINT_BAD_KINDS = ['missing_respondent', 'amount_garbage', 'impossible_date'] as const;
const PROBLEM_TEXT = { missing_respondent: '被投诉单位名称为空', amount_garbage: '投诉金额不是数字', impossible_date: '登记日期不是有效日期' };
export type ComplaintMix = 'wage' | 'wage_of_lead' | 'of_survey' | 'repeat' | 'new';
export type ComplaintBadKind = (typeof COMPLAINT_BAD_KINDS)[number];
const STATUSES = [['受理', 3], ['办理中', 4], ['已办结', 3]] as const;
const ALL_CHANNELS = [['12345', 45], ['平台', 35], ['来信', 10], ['来访', 10]] as const;
const LETTER_CHANNELS = [['来信', 1], ['来访', 1]] as const;
const ALL_TYPES = ['机关', '事业单位', '国有企业', '大型企业', '平台公司', '其他'] as const;

/** One complaint in canonical fields; the CSV and the letters register each spell them their way. */
export interface ComplaintRecord {
  readonly number: string;
  readonly receivedOn: string | Date;
  readonly channel: string;
  readonly complainant: string;
  readonly complainantUscc: string;
  readonly size: string;
  readonly contact: string;
  readonly phone: string;
  readonly respondent: string;
  readonly respondentUscc: string;
  readonly respondentType: string;
  readonly amount: string | number;
  readonly content: string;
  readonly handler: string;
  readonly status: string;
  readonly truth: TruthRow;
}

export interface ComplaintPools {
  readonly survey: Reservoir<SmeMatter>;
  readonly complaints: Reservoir<SmeMatter>;
  readonly wage: Reservoir<WageMatter>;
  readonly bad: BadRowPlan<ComplaintBadKind>;
  readonly mix: Quota<ComplaintMix>;
  serial: number;
}

/**
 * A complaint: one in ten is really about workers' wages (no complainant enterprise); of the rest,
 * some are about a matter the survey already has, some repeat an earlier complaint.
 */
export function newComplaint(rng: Random, ctx: MatterContext, pools: ComplaintPools, channels: 'all' | 'letters',
  dateStyle: 'text' | 'date'): ComplaintRecord {
  const channel = rng.weighted<string>(channels === 'letters' ? LETTER_CHANNELS : ALL_CHANNELS);
  const day = dayIn(rng, ctx.period.year, ctx.period.month);
  const bad = pools.bad.next();
  const base = { number: complaintNumber(channel, day, ++pools.serial), channel,
    receivedOn: bad === 'impossible_date' ? impossible(ctx.period.year, ctx.period.month, rng) : dateText(day, dateStyle, rng),
    status: rng.weighted(STATUSES) };
  const mix = pools.mix.next();
  const rec = mix === 'wage' || mix === 'wage_of_lead' ? wageComplaint(rng, ctx, pools, mix) : smeComplaint(rng, ctx, pools, mix);
  // Spelled out, not spread: `{ ...base, ...rec }` costs microseconds a row, and this runs a million times.
  return {
    number: base.number, receivedOn: base.receivedOn, channel: base.channel, status: base.status,
    complainant: rec.complainant, complainantUscc: rec.complainantUscc, size: rec.size, contact: rec.contact,
    phone: rec.phone, content: rec.content, handler: rec.handler, respondentType: rec.respondentType,
    respondent: bad === 'missing_respondent' ? '' : rec.respondent,
    respondentUscc: bad === 'missing_respondent' ? '' : rec.respondentUscc,
    amount: bad === 'amount_garbage' ? rng.pick(['约二十万', '若干', '待核实']) : rec.amount,
    truth: bad === null ? rec.truth : { ...rec.truth, problem: `${bad}: ${PROBLEM_TEXT[bad]}`, amountFen: null },
  };
}

type Body = Omit<ComplaintRecord, 'number' | 'receivedOn' | 'channel' | 'status'>;

function smeComplaint(rng: Random, ctx: MatterContext, pools: ComplaintPools, mix: ComplaintMix): Body {
  let tag = '';
  let m: SmeMatter | undefined;
  if (mix === 'of_survey') { m = pools.survey.sample(); tag = 'dup=complaint_of_survey'; }
  else if (mix === 'repeat') { m = pools.complaints.sample(); tag = 'dup=repeat_complaint'; }
  if (m === undefined) {
    m = newSmeMatter(rng, ctx, rng.int(0, STREETS.length - 1), ALL_TYPES);
    pools.complaints.add(m);
    tag = '';
  }
  const creditor = renderEntity(m.creditor, rng, { variantRate: 0.3, usccMissingRate: 0.2, allowBranch: false });
  const debtor = renderEntity(m.debtor, rng, { variantRate: 0.5, usccMissingRate: 0.55, allowBranch: true });
  const claimed = rng.chance(0.7) ? m.owedYuan : Math.round(m.owedYuan * (1.02 + rng.next() * 0.1));
  const amountText = rng.chance(0.5) ? `${withThousands(claimed).replace(/\.00$/, '')}元` : `${(claimed / 10_000).toFixed(2)}万元`;
  const project = rng.chance(0.3) ? `"${m.project}"` : `《${m.project}》`;
  const sentences = [
    `我司与${debtor.name}签订${project}，约定${cnDate(m.agreedOn)}前付款`,
    `至今仍拖欠${m.arrearsType}${amountText}未付，多次催讨无果`,
    rng.pick(['请求协调解决。', '恳请相关部门督促对方付款。', '企业资金周转困难，已影响发放工资，请求帮助。']),
  ];
  return {
    complainant: creditor.name, complainantUscc: creditor.uscc, size: rng.chance(0.85) ? m.creditor.size! : '',
    contact: m.creditor.contact ?? personName(rng), phone: m.creditor.phone ?? mobile(rng),
    respondent: debtor.name, respondentUscc: debtor.uscc,
    respondentType: rng.chance(0.85) ? (m.debtor.debtorType === '国有企业' && rng.chance(0.2) ? '国企' : m.debtor.debtorType!) : '',
    amount: amountField(claimed, rng),
    content: `${sentences[0]}，${sentences[1]}。${rng.chance(0.15) ? '\n' : ''}${sentences[2]}`,
    handler: rng.weighted([[reportingUnit(STREETS[m.streetIndex]!), 5], ['区经委（区清欠办）', 3], ['区建管委', 1]] as const),
    truth: { source: 'complaint', problem: null, debtorKey: m.debtor.key, creditorKey: m.creditor.key, matterKey: m.key,
      kind: 'sme_arrears', amountFen: claimed * 100, note: [entityNote('creditor', creditor), entityNote('debtor', debtor), tag].filter(Boolean).join(';') },
  };
}

/** Workers complaining through the SME channel: a wage record in the wrong queue. */
function wageComplaint(rng: Random, ctx: MatterContext, pools: ComplaintPools, mix: ComplaintMix): Body {
  let w = mix === 'wage_of_lead' ? pools.wage.sample() : undefined;
  const tag = w ? 'dup=complaint_of_wage_lead' : '';
  if (w === undefined) {
    w = newWageMatter(rng, ctx, null);
    pools.wage.add(w);
  }
  const employer = renderEntity(w.employer, rng, { variantRate: 0.4, usccMissingRate: 0.7, allowBranch: false });
  const workers = rng.chance(0.6) ? w.workers : rng.int(1, w.workers);
  const amount = workers * wageMonths(w) * w.monthlyYuan;
  const where = w.project ?? employer.name;
  return {
    complainant: '', complainantUscc: '', size: '', contact: personName(rng), phone: mobile(rng),
    respondent: employer.name, respondentUscc: employer.uscc, respondentType: rng.chance(0.6) ? '其他' : '',
    amount: amountField(amount, rng),
    content: `本人与${workers > 1 ? `${workers - 1}名工友` : '家人'}在${where}从事${w.trade}工作，${w.from.y}年${w.from.m}月至${w.to.y}年${w.to.m}月的农民工工资共计${amount}元至今未发放，老板说"上面没给钱"，请求帮助讨要工资。`,
    handler: rng.chance(0.5) ? '区经委（区清欠办）' : '区人社局（劳动保障监察大队）',
    truth: { source: 'complaint', problem: null, employerKey: w.employer.key, matterKey: w.key, kind: 'wage_arrears',
      amountFen: amount * 100, note: [entityNote('employer', employer), tag, 'wage_complaint'].filter(Boolean).join(';') },
  };
}

function amountField(yuan: number, rng: Random): string | number {
  return rng.chance(0.15) ? withThousands(yuan) : rng.chance(0.1) ? `${yuan}.00` : yuan;
}

function complaintNumber(channel: string, d: Ymd, serial: number): string {
  const ymd = iso(d).replace(/-/g, '');
  if (channel === '12345') return `GD${ymd}${String(serial).padStart(6, '0')}`;
  if (channel === '平台') return `TS${d.y}${String(serial).padStart(7, '0')}`;
  return `${channel === '来信' ? 'XF' : 'LF'}${d.y}-${String(serial).padStart(5, '0')}`;
}

function dateText(d: Ymd, style: 'text' | 'date', rng: Random): string | Date {
  const pick: DateStyle | 'date' = style === 'date' && rng.chance(0.8) ? 'date' : rng.weighted([['iso', 7], ['slash', 2], ['cn', 1]] as const);
  if (pick === 'date') return new Date(Date.UTC(d.y, d.m - 1, d.d));
  return pick === 'iso' ? iso(d) : pick === 'slash' ? `${d.y}/${d.m}/${d.d}` : cnDate(d);
}

function impossible(y: number, m: number, rng: Random): string {
  return rng.chance(0.5) ? `${y}-02-30` : `${y}-${String(m).padStart(2, '0')}-${daysInMonth(y, m) + 1}`;
}
