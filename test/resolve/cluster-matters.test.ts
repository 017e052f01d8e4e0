import { describe, expect, it } from 'vitest';
import { clusterMatters, projectCore, type MatterRecord } from '../../src/resolve/cluster-matters.js';

const survey = (project: string | null, amountFen: number, period = '2026-04'): MatterRecord => ({ project, amountFen, period, anchor: true });
const complaint = (amountFen: number | null): MatterRecord => ({ project: null, amountFen, period: '2026-05', anchor: false });

describe('matters between one debtor and one creditor', () => {
  it('strips bracketed asides and trailing contract words from project names', () => {
    expect(projectCore('2023年度钢材采购合同（合同编号：MH2023-7325）')).toBe('2023年度钢材采购');
    expect(projectCore(' 七宝镇农贸市场 装修工程 ')).toBe('七宝镇农贸市场装修');
  });

  it('one project reported by two streets, and again in the next sweep with less owed, is one matter', () => {
    const r = clusterMatters([survey('七宝镇农贸市场装修工程', 100_000), survey('七宝镇农贸市场装修工程（合同编号：MH-1）', 100_000), survey('七宝镇农贸市场装修', 60_000, '2026-09')]);
    expect(r.matter).toEqual([0, 0, 0]);
  });

  it('different years, phases or streets in otherwise equal names are different matters', () => {
    expect(clusterMatters([survey('2024年度钢材采购合同', 1), survey('2025年度钢材采购合同', 1)]).matter).toEqual([0, 1]);
    expect(clusterMatters([survey('口袋公园机电安装工程（一期）', 1), survey('口袋公园机电安装工程（二期）', 1)]).matter).toEqual([0, 1]);
    expect(clusterMatters([survey('吴泾镇口袋公园机电安装工程', 1), survey('新虹街道口袋公园机电安装工程', 1)]).matter).toEqual([0, 1]);
  });

  it('the same generic name with different amounts in one sweep is two contracts', () => {
    expect(clusterMatters([survey('2024年度物业管理服务合同', 4_341_900), survey('2024年度物业管理服务合同', 2_892_300)]).matter).toEqual([0, 1]);
  });

  it('a complaint joins the matter whose amount it claims (with interest), else stands alone', () => {
    const r = clusterMatters([survey('A项目装修工程', 1_000_000), survey('B项目绿化工程', 3_000_000), complaint(1_100_000), complaint(2_000_000), complaint(null)]);
    expect(r.matter.slice(0, 3)).toEqual([0, 1, 0]);
    expect(r.rule[2]).toBe('amount_consistent');
    expect(r.matter[3]).toBeGreaterThan(1);
    expect(r.matter[4]).toBeGreaterThan(1);
  });

  it('repeat complaints about one matter group together; wage leads on one project group whatever their amounts', () => {
    expect(clusterMatters([complaint(7_952_000), complaint(8_213_400), complaint(20_000_000)]).matter).toEqual([0, 0, 1]);
    const leads = [survey('七宝镇保障房建设工程', 560_000), survey('七宝镇保障房建设工程', 120_000)];
    expect(clusterMatters(leads, { kind: 'wage' }).matter).toEqual([0, 0]);
    expect(clusterMatters(leads, { kind: 'sme' }).matter).toEqual([0, 1]);
  });
});
