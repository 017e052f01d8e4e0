import type { MatterClusters, MatterRecord } from './cluster-matters.js';
import { describeProject, matterAssignment, sameProject, type ProjectFacts } from './matter-head.js';

interface Head extends ProjectFacts {
  readonly workplace: string | null;
  readonly months: string | null;
  readonly amount: number | null;
}

/** Two leads about one group of workers report their own pay: amounts within 15 % at most say "maybe". */
const REPEAT_TOLERANCE = 0.15;

/** Two arrears periods 'YYYY-MM~YYYY-MM' share a month (an unknown period agrees with any). */
export function monthsOverlap(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const [a0, a1] = a.split('~') as [string, string];
  const [b0, b1] = b.split('~') as [string, string];
  return a0 <= b1 && b0 <= a1;
}

/**
 * Splits one employer's wage records into matters (并单). Leads come first: a lead joins the lead
 * about the same project (names alike); one without a project joins the lead at the same
 * workplace whose arrears period it shares (a project only alike, not equal, must be at the same
 * site in months that agree). A complaint joins the matter of the project its text names, in
 * months that agree; one that names no project but names months joins the only matter of exactly
 * those months; with neither, it joins the only matter of that employer, or the one whose amount it
 * nears. Amounts never split a matter: each worker reports his own pay.
 * @example clusterWageMatters([{ project: null, amountFen: 5, period: '2026-04', anchor: true, workplace: '七宝镇漕宝路984号', months: '2026-01~2026-03' }, { project: null, amountFen: 9, period: '2026-04', anchor: true, workplace: '七宝镇漕宝路984号', months: '2026-02~2026-03' }]).rule //=> ['seed', 'same_workplace']
 */
export function clusterWageMatters(records: readonly MatterRecord[]): MatterClusters {
  const { assignment, assign: join } = matterAssignment(records.length);
  const { matter } = assignment;
  const heads: Head[] = [];
  const open = (i: number, project: ProjectFacts) => {
    const r = records[i]!;
    join(i, heads.push({ ...project, workplace: r.workplace ?? null, months: r.months ?? null, amount: r.amountFen }) - 1, 'seed', 1);
  };
  const byProject = (project: ProjectFacts, r: MatterRecord) => {
    let best = -1;
    let bestScore = 0;
    heads.forEach((h, m) => {
      if (!h.core) return;
      const same = sameProject(project, h);
      if (!same.same) return;
      // Leads on one project merge whatever their months. A project only alike (古美街道动迁安置房装修 /
      // 古美街道社区中心装修) must also be at the same site, and its months agree; so must a complaint's.
      const equal = project.core === h.core;
      if ((!equal || !r.anchor) && !monthsOverlap(r.months, h.months)) return;
      if (!equal && r.workplace && h.workplace && r.workplace !== h.workplace) return;
      if (same.score > bestScore) [best, bestScore] = [m, same.score];
    });
    return { best, bestScore };
  };
  const order = records.map((_, i) => i).sort((x, y) => Number(records[y]!.anchor) - Number(records[x]!.anchor) || x - y);
  for (const i of order) {
    const r = records[i]!;
    const project = describeProject(r.project);
    if (project.core) {
      const { best, bestScore } = byProject(project, r);
      if (best >= 0) {
        join(i, best, 'same_project', bestScore);
        continue;
      }
    }
    if (r.workplace) {
      // The same site in a period that agrees, when one of the two leaves its project unnamed.
      const m = heads.findIndex((h) => h.workplace === r.workplace && (!h.core || !project.core) && monthsOverlap(r.months, h.months));
      if (m >= 0) {
        join(i, m, 'same_workplace', 0.9);
        continue;
      }
    }
    // A lead with a project or a site of its own opens a matter; so does a complaint naming a project no lead has.
    if (project.core || (r.anchor && r.workplace)) {
      open(i, project);
      continue;
    }
    if (r.months) {
      const same = heads.flatMap((h, m) => (h.months === r.months ? [m] : []));
      if (same.length === 1) join(i, same[0]!, 'same_period', 0.8);
      else open(i, project);
      continue;
    }
    if (heads.length === 1) {
      join(i, 0, 'same_parties', 0.8);
      continue;
    }
    const amount = r.amountFen;
    let best = -1;
    let gap = Infinity;
    if (amount !== null) {
      heads.forEach((h, m) => {
        if (h.amount === null || Math.abs(amount - h.amount) > REPEAT_TOLERANCE * Math.max(amount, h.amount)) return;
        const g = Math.abs(amount / Math.max(h.amount, 1) - 1);
        if (g < gap) [gap, best] = [g, m];
      });
    }
    if (best >= 0) join(i, best, 'amount_consistent', 1 - gap);
    else open(i, project);
  }
  return assignment;
}
