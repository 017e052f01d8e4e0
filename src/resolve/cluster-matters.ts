import { clusterWageMatters } from './cluster-wage-matters.js';
import { describeProject, matterAssignment, sameProject, type MatterAssignment, type ProjectFacts } from './matter-head.js';

export { MATTER_THRESHOLD, projectCore } from './matter-head.js';

/** One record as matter clustering sees it: the parties' pair is already the same. */
export interface MatterRecord {
  /** The project or contract: from its column, or as read in a complaint's text. */
  readonly project: string | null;
  readonly amountFen: number | null;
  readonly period: string | null;
  /** Records from sweeps (and wage leads) come first as anchors; complaints join them. */
  readonly anchor: boolean;
  /** Wage records: where the work was (a lead's project address), as workplaceKey gives it. */
  readonly workplace?: string | null;
  /** Wage records: the months of unpaid wages, 'YYYY-MM~YYYY-MM' as arrearsMonths gives them. */
  readonly months?: string | null;
}

/** Matter index per record, and the rule and score that put it there. */
export type MatterClusters = MatterAssignment;

/**
 * How a claim may differ from the surveyed amount and still be the same matter: a complaint often
 * claims interest and penalties (违约金) on top, rarely less.
 */
export const CLAIM_RATIO: readonly [number, number] = [0.99, 1.25];
/** Two complaints about one matter (a repeat complaint) claim about the same: within 15 % either way. */
export const REPEAT_CLAIM_TOLERANCE = 0.15;
/** Two reports of one matter in the same sweep (two streets) carry the same amount, give or take rounding. */
export const SAME_SWEEP_TOLERANCE = 0.01;

interface Head extends ProjectFacts {
  readonly amount: number | null;
  /** Opened by a survey record (its amount is the surveyed one) rather than a complaint. */
  readonly surveyed: boolean;
  readonly byPeriod: Map<string, number>;
}

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(a, b);

/** How far a claim is from a matter's amount, when it is within what a claim may add (else null). */
function claimGap(amount: number, head: Head): number | null {
  if (head.amount === null) return null;
  const ratio = amount / Math.max(head.amount, 1);
  const fits = head.surveyed ? ratio >= CLAIM_RATIO[0] && ratio <= CLAIM_RATIO[1] : near(amount, head.amount, REPEAT_CLAIM_TOLERANCE);
  return fits ? Math.abs(ratio - 1) : null;
}

/**
 * SME matters are told apart by amounts; wage leads about one project each report the reporter's
 * own unpaid pay, so amounts say little there (see clusterWageMatters).
 */
export interface ClusterMattersOptions {
  readonly kind: 'sme' | 'wage';
}

/**
 * Splits one debtor–creditor (or one employer's) records into matters. Survey records cluster by
 * project likeness; differing years, numbers or streets in the names, or different amounts
 * reported in the same sweep, keep them apart. A complaint that names its project joins the
 * matter of that project whose amount its claim fits (0.99–1.25 times the surveyed amount, or
 * within 15 % of an earlier complaint's claim); one that names none joins the matter whose amount
 * it claims; else it is a matter of its own. Returns a matter index per record and the evidence.
 * @example clusterMatters([{ project: '七宝农贸市场装修工程', amountFen: 100, period: '2026-04', anchor: true }, { project: null, amountFen: 100, period: '2026-05', anchor: false }]).matter //=> [0, 0]
 */
export function clusterMatters(records: readonly MatterRecord[], options: ClusterMattersOptions = { kind: 'sme' }): MatterClusters {
  if (options.kind === 'wage') return clusterWageMatters(records);
  const { assignment, assign } = matterAssignment(records.length);
  const { matter } = assignment;
  const heads: Head[] = [];
  const join = (i: number, m: number, why: string, s: number) => {
    assign(i, m, why, s);
    const { period, amountFen } = records[i]!;
    if (period && amountFen !== null && !heads[m]!.byPeriod.has(period)) heads[m]!.byPeriod.set(period, amountFen);
  };
  const open = (i: number, project: ProjectFacts, surveyed: boolean) =>
    join(i, heads.push({ ...project, amount: records[i]!.amountFen, surveyed, byPeriod: new Map() }) - 1, 'seed', 1);
  const order = records.map((_, i) => i).sort((x, y) => Number(records[y]!.anchor) - Number(records[x]!.anchor) || x - y);
  for (const i of order) {
    const r = records[i]!;
    const project = describeProject(r.project);
    if (!project.core) continue;
    let best = -1;
    let bestScore = 0;
    let bestGap = Infinity;
    heads.forEach((h, m) => {
      const same = sameProject(project, h);
      if (!same.same) return;
      let gap = 0;
      if (r.anchor) {
        const sameSweep = r.period && r.amountFen !== null ? h.byPeriod.get(r.period) : undefined;
        if (sameSweep !== undefined && !near(sameSweep, r.amountFen!, SAME_SWEEP_TOLERANCE)) return;
      } else if (r.amountFen !== null && h.amount !== null) {
        // A complaint names the project, and its claim must still fit that matter's amount.
        const g = claimGap(r.amountFen, h);
        if (g === null) return;
        gap = g;
      }
      if (same.score > bestScore || (same.score === bestScore && gap < bestGap)) [best, bestScore, bestGap] = [m, same.score, gap];
    });
    if (best >= 0) join(i, best, 'same_matter', bestScore);
    else open(i, project, r.anchor);
  }
  for (const i of order) {
    if (matter[i] !== -1) continue;
    const amount = records[i]!.amountFen;
    if (amount === null) {
      // Nothing to compare: the only matter between these parties, or a matter of its own.
      if (heads.length === 1) join(i, 0, 'same_parties', 0.8);
      else open(i, describeProject(null), false);
      continue;
    }
    let best = -1;
    let gap = Infinity;
    heads.forEach((h, m) => {
      const g = claimGap(amount, h);
      if (g !== null && g < gap) [gap, best] = [g, m];
    });
    if (best >= 0) join(i, best, 'amount_consistent', 1 - gap);
    else open(i, describeProject(null), false);
  }
  return assignment;
}
