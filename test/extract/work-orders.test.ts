import { describe, expect, it } from 'vitest';
import { buildEnterpriseDictionary } from '../../src/extract/enterprise-dictionary.js';
import { extractComplaint } from '../../src/extract/extract-complaint.js';
import { normalizeEnterpriseName } from '../../src/normalize/normalize-enterprise-name.js';
import { ALL_TEMPLATES, generateWorkOrders } from '../../sample-data/generator/work-orders.js';

const core = (name: string | null | undefined): string | null => {
  const r = normalizeEnterpriseName(name);
  return r.ok ? r.value.coreName : null;
};

describe('generateWorkOrders', () => {
  it('is deterministic per seed and writes every column', () => {
    const a = generateWorkOrders(60, 11);
    expect(generateWorkOrders(60, 11)).toEqual(a);
    expect(generateWorkOrders(60, 12).orders).not.toEqual(a.orders);
    for (const o of a.orders) {
      expect(Object.keys(o)).toEqual(['工单编号', '受理时间', '工单来源', '诉求街道', '诉求地址', '工单类型', '诉求内容', '主办单位', '市民姓名', '市民电话']);
      expect(o.诉求内容.length).toBeGreaterThan(10);
    }
  });

  it('has at least 25 templates across the three kinds', () => {
    const kinds = new Map<string, number>();
    for (const t of ALL_TEMPLATES) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
    expect(ALL_TEMPLATES.length).toBeGreaterThanOrEqual(25);
    expect(kinds.get('sme_arrears')).toBeGreaterThanOrEqual(10);
    expect(kinds.get('wage_arrears')).toBeGreaterThanOrEqual(6);
    expect(kinds.get('other')).toBeGreaterThanOrEqual(6);
  });

  it('writes ground truth the text bears out: the creditor is named in it', () => {
    const { orders, truth } = generateWorkOrders(300, 5);
    truth.forEach((t, i) => {
      if (t.kind !== 'sme_arrears') expect(t.debtorKey).toBeNull();
      if (t.kind === 'other') expect(t.amountFen).toBeNull();
      if (t.creditorName !== null) {
        const written = orders[i]!.诉求内容.normalize('NFKC').replace(/\s/gu, '');
        expect(written).toContain(core(t.creditorName));
      }
    });
  });

  // A regression guard, not the benchmark (test/bench/extract-quality.ts): a small sample must stay well read.
  it('is read back by extractComplaint with a 70% dictionary', () => {
    const { orders, truth, entities } = generateWorkOrders(400, 21);
    const dictionary = buildEnterpriseDictionary(entities.filter((_, i) => i % 10 < 7).map((e) => ({ entityId: e.key, names: [e.name, ...e.shortNames] })));
    let kind = 0, debtor = 0, debtors = 0, amount = 0, amounts = 0;
    truth.forEach((t, i) => {
      const e = extractComplaint(orders[i]!.诉求内容, { dictionary, callerName: orders[i]!.市民姓名 });
      if (e.kind === t.kind) kind++;
      if (t.debtorName !== null) {
        debtors++;
        if (core(e.debtor.value?.name) === core(t.debtorName)) debtor++;
      }
      if (t.amountFen !== null) {
        amounts++;
        if (e.amountFen.value === t.amountFen) amount++;
      }
    });
    expect(kind / truth.length).toBeGreaterThanOrEqual(0.97);
    expect(debtor / debtors).toBeGreaterThanOrEqual(0.9);
    expect(amount / amounts).toBeGreaterThanOrEqual(0.95);
  });
});
