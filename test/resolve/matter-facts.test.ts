import { describe, expect, it } from 'vitest';
import { arrearsMonths, projectInText, workplaceKey } from '../../src/resolve/matter-facts.js';

describe('what a record’s text says about its matter', () => {
  it('reads the project a complaint names, quoted first', () => {
    expect(projectInText('我司与闵行区教育局签订《2025年度保洁服务合同》，约定2025年4月10日前付款，至今仍拖欠')).toBe('2025年度保洁服务合同');
    expect(projectInText('本人与11名工友在江川路街道道路综合整治工程从事架子工工作')).toBe('江川路街道道路综合整治工程');
    expect(projectInText('本人在上海伟创文化传播有限公司从事服务员工作，工资未发')).toBeNull();
    expect(projectInText(null)).toBeNull();
  });

  it('reads the arrears months, first to last, in the ways registers write them', () => {
    expect(arrearsMonths('2025年8月至2025年12月')).toBe('2025-08~2025-12');
    expect(arrearsMonths('2025.10-2026.02')).toBe('2025-10~2026-02');
    expect(arrearsMonths('2026年3月')).toBe('2026-03~2026-03');
    expect(arrearsMonths('2024年度钢材采购，2025年13月')).toBeNull();
    expect(arrearsMonths('工资拖欠三个月')).toBeNull();
  });

  it('keys a workplace without its city and district, spaces or width', () => {
    expect(workplaceKey('上海市闵行区 七宝镇漕宝路９８４号')).toBe('七宝镇漕宝路984号');
    expect(workplaceKey('闵行区七宝镇漕宝路984号')).toBe('七宝镇漕宝路984号');
    expect(workplaceKey('/')).toBeNull();
  });
});
