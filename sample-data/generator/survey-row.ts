import { amountCell, dateCell, emptyCell, inUnit, round4, zeroCell, columnLetter, type Cell } from './cell-values.js';
import { withIllegalUsccChars } from './check-codes.js';
import { renderEntity, type RenderedEntity } from './name-variants.js';
import { mobile } from './people.js';
import type { Random } from './random.js';
import type { Street } from './streets.js';
import type { SurveyField, SurveyLayout } from './survey-layout.js';
import { toFullWidth } from './text-variants.js';
import type { SmeMatter } from './types.js';

export const SURVEY_BAD_KINDS = ['negative_amount', 'missing_debtor_name', 'impossible_date', 'amount_garbage',
  'split_mismatch', 'uscc_illegal_chars'] as const;
export type SurveyBadKind = (typeof SURVEY_BAD_KINDS)[number];

const PROBLEM_TEXT: Readonly<Record<SurveyBadKind, string>> = {
  negative_amount: '欠款金额为负数',
  missing_debtor_name: '欠款方名称为空',
  impossible_date: '欠款形成时间不是有效日期',
  amount_garbage: '欠款金额不是数字',
  split_mismatch: '无分歧与有分歧金额之和不等于欠款金额',
  uscc_illegal_chars: '统一社会信用代码含非法字符',
};

export interface SurveyRow {
  /** Index 0 is column A. */
  readonly cells: readonly Cell[];
  readonly problem: string | null;
  readonly note: string;
  readonly amountFen: number | null;
  /** Numbers as written (workbook unit), for the SUM results of 小计/合计 and the 汇总 sheet. */
  readonly numbers: ReadonlyMap<SurveyField, number>;
}

export interface SurveyRowContext {
  readonly layout: SurveyLayout;
  readonly street: Street;
  readonly seq: number;
  readonly rowNumber: number;
}

/** One data row of 摸排台账 for a matter; `bad` plants one deliberate error. */
export function surveyRow(m: SmeMatter, ctx: SurveyRowContext, rng: Random, bad: SurveyBadKind | null): SurveyRow {
  const { layout } = ctx;
  const unit = layout.unit;
  const debtor = renderEntity(m.debtor, rng, { variantRate: 0.45, usccMissingRate: 0.25, allowBranch: true });
  const creditor = renderEntity(m.creditor, rng, { variantRate: 0.4, usccMissingRate: 0.15, allowBranch: false });
  const col = new Map(layout.columns.map((c, i) => [c.field, i + 1] as const));
  const undisputedYuan = m.owedYuan - m.disputedYuan;
  const v = new Map<SurveyField, Cell>();
  const numbers = new Map<SurveyField, number>();
  const money = (field: SurveyField, yuan: number): void => {
    const cell = amountCell(yuan, unit, rng);
    v.set(field, cell);
    if (typeof cell === 'number') numbers.set(field, cell);
  };

  v.set('seq', ctx.seq);
  v.set('debtorName', debtor.name);
  v.set('debtorUscc', debtor.uscc || null);
  v.set('debtorType', typeText(m.debtor.debtorType!, rng));
  v.set('supervisor', m.debtor.supervisor ? (rng.chance(0.3) ? m.debtor.supervisor.replace(/^上海市/, '') : m.debtor.supervisor) : emptyCell(rng));
  v.set('street', rng.chance(0.8) ? ctx.street.name : rng.pick(ctx.street.aliases));
  v.set('creditorName', creditor.name);
  v.set('creditorUscc', creditor.uscc || null);
  v.set('size', rng.chance(0.95) ? m.creditor.size : null);
  v.set('arrearsType', m.arrearsType);
  v.set('project', m.project);
  if (rng.chance(0.05)) v.set('contractAmount', emptyCell(rng)); else money('contractAmount', m.contractYuan);
  money('owed', m.owedYuan);
  money('undisputed', undisputedYuan);
  if (m.disputedYuan > 0) money('disputed', m.disputedYuan);
  else v.set('disputed', layout.owedAsFormula ? 0 : zeroCell(rng));
  v.set('formedOn', dateCell(m.formedOn, layout.dateStyle, rng));
  v.set('agreedOn', dateCell(m.agreedOn, layout.dateStyle, rng));
  if (m.clearedYuan > 0) money('cleared', m.clearedYuan); else v.set('cleared', rng.chance(0.5) ? 0 : emptyCell(rng));
  v.set('plannedOn', m.plannedOn ? dateCell(m.plannedOn, layout.dateStyle, rng) : rng.chance(0.2) ? '待定' : emptyCell(rng));
  v.set('litigation', rng.chance(0.9) ? (m.litigation ? '是' : '否') : null);
  v.set('contact', m.creditor.contact);
  v.set('phone', phoneCell(m.creditor.phone ?? mobile(rng), rng));
  v.set('remark', m.remark ?? (rng.chance(0.2) ? emptyCell(rng) : null));

  if (layout.owedAsFormula && bad === null && col.has('undisputed') && col.has('disputed')) {
    const u = inUnit(undisputedYuan, unit);
    const d = inUnit(m.disputedYuan, unit);
    v.set('undisputed', u);
    v.set('disputed', d);
    numbers.set('undisputed', u);
    numbers.set('disputed', d);
    const result = round4(u + d);
    v.set('owed', { formula: `${columnLetter(col.get('undisputed')!)}${ctx.rowNumber}+${columnLetter(col.get('disputed')!)}${ctx.rowNumber}`, result });
    numbers.set('owed', result);
  }
  if (bad !== null) plantProblem(bad, m, v, numbers, unit, rng);

  const cells = layout.columns.map((c) => v.get(c.field) ?? null);
  return {
    cells,
    problem: bad === null ? null : `${bad}: ${PROBLEM_TEXT[bad]}`,
    note: [entityNote('debtor', debtor), entityNote('creditor', creditor)].filter(Boolean).join(';'),
    amountFen: bad === null ? m.owedYuan * 100 : null,
    numbers,
  };
}

function plantProblem(bad: SurveyBadKind, m: SmeMatter, v: Map<SurveyField, Cell>, numbers: Map<SurveyField, number>,
  unit: '万元' | '元', rng: Random): void {
  const owed = inUnit(m.owedYuan, unit);
  switch (bad) {
    case 'negative_amount':
      v.set('owed', -owed); numbers.set('owed', -owed);
      v.set('undisputed', -owed); numbers.set('undisputed', -owed);
      v.set('disputed', 0); numbers.delete('disputed');
      return;
    case 'missing_debtor_name':
      v.set('debtorName', rng.chance(0.7) ? null : ' ');
      return;
    case 'impossible_date':
      v.set('formedOn', rng.pick([`${m.formedOn.y}-02-30`, `${m.formedOn.y}-04-31`, `${m.formedOn.y}年2月30日`]));
      return;
    case 'amount_garbage':
      v.set('owed', rng.pick(['约十万', '约十万元', '十几万'])); numbers.delete('owed');
      v.set('undisputed', null); numbers.delete('undisputed');
      v.set('disputed', null); numbers.delete('disputed');
      return;
    case 'split_mismatch': {
      const extra = round4(owed * (0.2 + rng.next() * 0.5));
      v.set('owed', owed); numbers.set('owed', owed);
      v.set('undisputed', owed); numbers.set('undisputed', owed);
      v.set('disputed', extra); numbers.set('disputed', extra);
      return;
    }
    case 'uscc_illegal_chars': {
      const which = rng.chance(0.5) ? 'creditorUscc' : 'debtorUscc';
      const base = which === 'creditorUscc' ? m.creditor.uscc : m.debtor.uscc;
      v.set(which, withIllegalUsccChars(base, rng));
      return;
    }
  }
}

function typeText(t: string, rng: Random): string {
  if (t === '机关' && rng.chance(0.08)) return '行政机关';
  if (t === '国有企业' && rng.chance(0.08)) return '国企';
  return t;
}

function phoneCell(phone: string, rng: Random): Cell {
  if (/^1\d{10}$/.test(phone) && rng.chance(0.1)) return Number(phone);
  if (rng.chance(0.03)) return toFullWidth(phone);
  return phone;
}

export function entityNote(role: string, r: RenderedEntity): string {
  const tags: string[] = [];
  if (r.nameVariant !== 'canonical') tags.push(`${role}=${r.nameVariant}`);
  if (r.usccVariant !== 'valid') tags.push(`${role}_uscc=${r.usccVariant}`);
  return tags.join(';');
}
