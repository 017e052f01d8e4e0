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

describe('a complaint that names its project', () => {
  const named = (project: string, amountFen: number): MatterRecord => ({ project, amountFen, period: '2026-04', anchor: false });

  it('joins the matter of that project when its claim fits the surveyed amount, even where another matter is nearer in amount', () => {
    const r = clusterMatters([survey('2025年度保洁服务合同', 1_000_000), survey('2025年度绿化养护合同', 1_080_000), named('2025年度保洁服务合同', 1_090_000)]);
    expect(r.matter).toEqual([0, 1, 0]);
    expect(r.rule[2]).toBe('same_matter');
  });

  it('stands alone when its claim does not fit that project, or when it names a project the survey does not have', () => {
    expect(clusterMatters([survey('2025年度保洁服务合同', 1_000_000), named('2025年度保洁服务合同', 1_400_000)]).matter).toEqual([0, 1]);
    expect(clusterMatters([survey('2025年度保洁服务合同', 1_000_000), named('七宝镇农贸市场装修工程', 1_000_000)]).matter).toEqual([0, 1]);
  });
});

describe('wage matters of one employer (并单)', () => {
  const lead = (project: string | null, workplace: string | null, months: string | null, amountFen = 100_000): MatterRecord =>
    ({ project, amountFen, period: '2026-04', anchor: true, workplace, months });
  const complaint = (project: string | null, months: string | null, amountFen = 90_000): MatterRecord =>
    ({ project, amountFen, period: '2026-04', anchor: false, workplace: null, months });
  const wage = (records: MatterRecord[]) => clusterMatters(records, { kind: 'wage' });

  it('leads without a project at one workplace in months that agree are one matter; another site, or other months, are not', () => {
    const r = wage([lead(null, '七宝镇漕宝路984号', '2026-01~2026-03'), lead(null, '七宝镇漕宝路984号', '2026-02~2026-03', 300_000)]);
    expect(r.matter).toEqual([0, 0]);
    expect(r.rule[1]).toBe('same_workplace');
    expect(wage([lead(null, '七宝镇漕宝路984号', '2026-01~2026-03'), lead(null, '七宝镇漕宝路985号', '2026-01~2026-03')]).matter).toEqual([0, 1]);
    expect(wage([lead(null, '七宝镇漕宝路984号', '2025-01~2025-03'), lead(null, '七宝镇漕宝路984号', '2026-01~2026-03')]).matter).toEqual([0, 1]);
  });

  it('a project only alike must be at the same site; the same project merges whatever the amounts', () => {
    expect(wage([lead('古美街道动迁安置房装修项目', '梅陇路2787号', '2026-03~2026-03'), lead('古美街道社区中心装修项目', '平吉路1919号', '2026-03~2026-03')]).matter).toEqual([0, 1]);
    expect(wage([lead('古美街道动迁安置房装修项目', '梅陇路2787号', '2026-03~2026-03', 50_000), lead('古美街道动迁安置房装修项目', '梅陇路2787号', '2026-03~2026-03', 900_000)]).matter).toEqual([0, 0]);
  });

  it('a complaint joins the project its text names, or the only matter of exactly its months; two such matters leave it alone', () => {
    const byProject = wage([lead('七宝镇保障房建设工程', '漕宝路984号', '2026-01~2026-03'), lead(null, '莘松路2487号', '2026-01~2026-03'), complaint('七宝镇保障房建设工程', '2026-01~2026-03')]);
    expect(byProject.matter).toEqual([0, 1, 0]);
    expect(byProject.rule[2]).toBe('same_project');
    const byMonths = wage([lead(null, '漕宝路984号', '2025-10~2025-12'), lead(null, '莘松路2487号', '2026-01~2026-03'), complaint(null, '2026-01~2026-03')]);
    expect(byMonths.matter).toEqual([0, 1, 1]);
    expect(byMonths.rule[2]).toBe('same_period');
    expect(wage([lead(null, '漕宝路984号', '2026-01~2026-03'), lead(null, '莘松路2487号', '2026-01~2026-03'), complaint(null, '2026-01~2026-03')]).matter).toEqual([0, 1, 2]);
    expect(wage([lead(null, '漕宝路984号', '2026-01~2026-03'), complaint(null, '2026-02~2026-03')]).matter).toEqual([0, 1]);
  });
});
