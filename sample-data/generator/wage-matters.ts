import { addMonths, dayIn } from './dates.js';
import { personName } from './people.js';
import type { Random } from './random.js';
import { pickCreditor, pickDebtor, type MatterContext } from './sme-matters.js';
import { STREETS } from './streets.js';
import type { Entity, SmeMatter, WageMatter } from './types.js';
import { CONSTRUCTION_TRADES, PROJECT_PLACES, PROJECT_WORKS, SERVICE_TRADES } from './word-lists.js';

/**
 * A wage matter. With `linked`, it is the far end of a chain: the survey's creditor SME is the
 * employer that cannot pay its workers, and the survey's debtor is the developer or the general
 * contractor on the same project.
 */
export function newWageMatter(rng: Random, ctx: MatterContext, linked: SmeMatter | null): WageMatter {
  const engineering = linked !== null || rng.chance(0.7);
  const streetIndex = linked?.streetIndex ?? rng.int(0, STREETS.length - 1);
  const employer = linked?.creditor ?? pickCreditor(rng, ctx.entities, streetIndex, engineering);
  let developer: Entity | null = null;
  let contractor: Entity | null = null;
  let project: string | null = null;
  if (engineering) {
    const debtor = linked?.debtor;
    const builds = debtor !== undefined && (debtor.debtorType === '国有企业' || debtor.debtorType === '大型企业');
    developer = debtor !== undefined && !builds ? debtor : pickDebtor(rng, ctx.entities, streetIndex, ['机关', '事业单位', '平台公司']);
    contractor = builds ? debtor! : rng.pick(ctx.entities.contractors);
    project = linked ? projectFromSurvey(linked.project, rng) : newProject(rng, streetIndex);
  }
  const to = addMonths({ y: ctx.period.year, m: ctx.period.month, d: 1 }, -rng.int(1, 4));
  const from = addMonths(to, -rng.int(0, 5));
  ctx.counters.wage++;
  return {
    key: `W-${String(ctx.counters.wage).padStart(6, '0')}`,
    sector: engineering ? '工程建设领域' : '非工程建设领域',
    employer, streetIndex, project,
    address: address(rng, streetIndex),
    developer, contractor,
    subcontractorIsEmployer: engineering && rng.chance(0.6),
    teamLeader: engineering && rng.chance(0.7) ? personName(rng) : null,
    workers: Math.max(1, Math.min(120, Math.round(rng.logNormal(engineering ? 14 : 6, 0.8)))),
    monthlyYuan: rng.int(50, 120) * 100,
    from: dayIn(rng, from.y, from.m, 1, 1),
    to: dayIn(rng, to.y, to.m, 28, 28),
    trade: rng.pick(engineering ? CONSTRUCTION_TRADES : SERVICE_TRADES),
    linked,
  };
}

/** Months in the arrears period, both ends included. */
export function wageMonths(w: WageMatter): number {
  return (w.to.y - w.from.y) * 12 + (w.to.m - w.from.m) + 1;
}

/** The wage office writes the project as the workers name it: the survey's name, trimmed or extended. */
function projectFromSurvey(surveyName: string, rng: Random): string {
  const bare = surveyName.replace(/（合同编号：[^）]*）$/, '');
  return rng.weighted([[bare, 5], [`${bare}项目`, 3], [bare.replace(/工程$/, '项目'), 2]] as const);
}

function newProject(rng: Random, streetIndex: number): string {
  return `${STREETS[streetIndex]!.name}${rng.pick(PROJECT_PLACES)}${rng.pick(PROJECT_WORKS)}`;
}

/** Minhang addresses always name the street/town, sometimes by an alias (古美路街道). */
function address(rng: Random, streetIndex: number): string {
  const s = STREETS[streetIndex]!;
  const unit = s.aliases.find((a) => a.endsWith('路街道') && a !== s.name && rng.chance(0.5)) ?? s.name;
  const prefix = rng.chance(0.3) ? '上海市闵行区' : '闵行区';
  return `${prefix}${unit}${rng.pick(s.roads)}${rng.int(1, 3000)}号${rng.chance(0.15) ? '地块' : ''}`;
}
