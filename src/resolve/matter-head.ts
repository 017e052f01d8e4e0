import { matchStreet } from '../normalize/match-street.js';
import { normalizeText, stripSpaces } from '../normalize/normalize-text.js';
import { bigramJaccard } from './char-similarity.js';

/** How alike two project names must be (character bigrams) to be one matter. */
export const MATTER_THRESHOLD = 0.5;

/**
 * The comparable core of a project or contract name: NFKC, no spaces, no bracketed asides such as
 * （合同编号：MH2023-7325）, no trailing 合同/项目/工程 words.
 * @example projectCore('2023年度钢材采购合同（合同编号：MH2023-7325）') //=> '2023年度钢材采购'
 */
export function projectCore(name: string | null): string {
  if (!name) return '';
  return stripSpaces(normalizeText(name))
    .replace(/（[^）]*）/g, '')
    .replace(/(?:合同|项目|工程|协议)+$/u, '');
}

// 2024年度 and 2025年度 contracts with the same words are two matters; so are 一期 and 二期.
const NUMBERS = /[0-9]+|[一二三四五六七八九十]+(?=期|标段|号|年)/gu;

/** A matter's project as matters are compared: its core, the street it names and the numbers in it. */
export interface ProjectFacts {
  readonly core: string;
  readonly street: string | null;
  readonly numbers: string;
}

/**
 * What a project name says for comparing matters.
 * @example describeProject('七宝镇农贸市场装修工程（一期）') //=> { core: '七宝镇农贸市场装修', street: '310112102', numbers: '一' }
 */
export function describeProject(project: string | null): ProjectFacts {
  const raw = project ? normalizeText(project) : '';
  const street = raw ? matchStreet(raw) : null;
  // Numbers inside brackets count (（一期）) but a contract number (合同编号：…) does not.
  const numbers = (raw.replace(/（[^）]*编号[^）]*）/g, '').match(NUMBERS) ?? []).join(',');
  return { core: projectCore(project), street: street?.ok ? street.value.code : null, numbers };
}

/**
 * Whether two projects are one: the same numbers and street, and cores equal, one inside the
 * other, or alike by character bigrams (score: how alike).
 * @example sameProject(describeProject('七宝镇农贸市场装修工程'), describeProject('七宝镇农贸市场装修项目')) //=> { same: true, score: 1 }
 */
export function sameProject(a: ProjectFacts, b: ProjectFacts): { same: boolean; score: number } {
  if (a.numbers !== b.numbers) return { same: false, score: 0 };
  if (a.street && b.street && a.street !== b.street) return { same: false, score: 0 };
  if (a.core === b.core) return { same: true, score: 1 };
  if (a.core.length >= 4 && b.core.length >= 4 && (a.core.includes(b.core) || b.core.includes(a.core))) return { same: true, score: 0.9 };
  const s = bigramJaccard(a.core, b.core);
  return { same: s >= MATTER_THRESHOLD, score: s };
}

/** Each record's matter (-1 until it has one), and the rule and score that put it there. */
export interface MatterAssignment {
  readonly matter: number[];
  readonly rule: string[];
  readonly score: number[];
}

/**
 * The empty assignment both matter clusterers start from, and the one way to record a decision.
 * @example const { assignment, assign } = matterAssignment(2); assign(1, 0, 'same_matter', 0.9); assignment.matter //=> [-1, 0]
 */
export function matterAssignment(count: number): { assignment: MatterAssignment; assign: (i: number, m: number, rule: string, score: number) => void } {
  const assignment: MatterAssignment = {
    matter: new Array<number>(count).fill(-1),
    rule: new Array<string>(count).fill('seed'),
    score: new Array<number>(count).fill(1),
  };
  const assign = (i: number, m: number, rule: string, score: number) => {
    assignment.matter[i] = m;
    assignment.rule[i] = rule;
    assignment.score[i] = score;
  };
  return { assignment, assign };
}
