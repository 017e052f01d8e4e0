import { describe, expect, it } from 'vitest';
import { normalizeEnterpriseName } from '../../src/normalize/normalize-enterprise-name.js';
import type { NameFacts } from '../../src/resolve/compare-names.js';
import { contextEdges } from '../../src/resolve/context-edges.js';

const facts = (name: string, uscc: string | null = null, usccValid = false): NameFacts => {
  const n = normalizeEnterpriseName(name);
  if (!n.ok) throw new Error(name);
  return { ...n.value, uscc, usccValid };
};

// 0 debtor; 1 and 2 a creditor written two ways; 3 a different firm with a similar name.
const names = [facts('上海市闵行区吴泾医院'), facts('上海蕊中保洁服务有限公司'), facts('上海睿中保洁服务有限公司'), facts('上海瑞中保洁服务有限公司')];
const identity = [0, 1, 2, 3];

describe('context edges', () => {
  it('joins two spellings opposite the same debtor on the same project for the same amount', () => {
    const edges = contextEdges([
      { a: 0, b: 1, project: '2025年度垃圾分类清运服务', amount: 7338800n },
      { a: 0, b: 2, project: '2025年度垃圾分类清运服务', amount: 7338800n },
    ], identity, names);
    expect(edges).toEqual([expect.objectContaining({ a: 1, b: 2, rule: 'context', label: expect.stringContaining('同一欠款事项') })]);
  });

  it('a complaint without a project joins by the same counterpart and the same amount to the fen', () => {
    expect(contextEdges([
      { a: 0, b: 1, project: '2025年度垃圾分类清运服务', amount: 7338800n },
      { a: 0, b: 2, project: '', amount: 7338800n },
    ], identity, names)).toHaveLength(1);
  });

  it('does not join on a different amount, two valid USCCs, or names too far apart', () => {
    expect(contextEdges([
      { a: 0, b: 1, project: 'P', amount: 7338800n },
      { a: 0, b: 3, project: 'P', amount: 7338900n },
    ], identity, names)).toEqual([]);
    const withCodes = [names[0]!, facts('上海蕊中保洁服务有限公司', '91350100M000100Y43', true), facts('上海睿中保洁服务有限公司', '911101005JLR20JR60', true), names[3]!];
    expect(contextEdges([
      { a: 0, b: 1, project: 'P', amount: 1n },
      { a: 0, b: 2, project: 'P', amount: 1n },
    ], identity, withCodes)).toEqual([]);
    const far = [names[0]!, facts('上海蕊中保洁服务有限公司'), facts('北京华为技术研究院'), names[3]!];
    expect(contextEdges([
      { a: 0, b: 1, project: 'P', amount: 1n },
      { a: 0, b: 2, project: 'P', amount: 1n },
    ], identity, far)).toEqual([]);
  });
});
