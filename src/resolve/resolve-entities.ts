import type { DuckDBConnection } from '@duckdb/node-api';
import { classifyDebtor } from '../normalize/classify-debtor.js';
import { normalizeEnterpriseName } from '../normalize/normalize-enterprise-name.js';
import { exec, queryOne, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { assignStableIds } from './assign-stable-ids.js';
import { clusterEntities } from './cluster-entities.js';
import { FUZZY_THRESHOLD, type NameFacts } from './compare-names.js';
import { entityEdges, type EntityEdge } from './entity-edges.js';
import { contextEdges } from './context-edges.js';
import { CONTEXT_SQL, MENTIONS_SQL } from './mentions-sql.js';

interface Mention {
  readonly name: string;
  readonly uscc: string | null;
  readonly uscc_ok: boolean;
  readonly type_hint: string | null;
  readonly street_code: string | null;
  readonly n: number;
}

/** What one entity-resolution run did. */
export interface EntityRunSummary {
  readonly mentions: number;
  readonly entities: number;
  readonly created: number;
  readonly merged: number;
  readonly edges: number;
}

/** The key of a spelling as stored in records: the name exactly as stored, and its USCC. */
export const mentionKey = (name: string, uscc: string | null): string => `${name}|${uscc ?? ''}`;

/**
 * Resolves every name in the store into entities: edges from exact keys and blocked fuzzy
 * comparisons, manual decisions first, clustering with a USCC guard, then stable ids.
 */
export async function resolveEntities(conn: DuckDBConnection): Promise<EntityRunSummary> {
  const mentions = await queryRows<Mention>(conn, MENTIONS_SQL);
  const facts: NameFacts[] = mentions.map((m) => {
    const n = normalizeEnterpriseName(m.name);
    const legal = n.ok ? n.value : { legalName: m.name, coreName: m.name, regionPrefix: null, branchOf: null };
    return { coreName: legal.coreName, legalName: legal.legalName, regionPrefix: legal.regionPrefix, uscc: m.uscc, usccValid: m.uscc_ok, branchOf: legal.branchOf };
  });
  const keys = mentions.map((m) => mentionKey(m.name, m.uscc));
  const index = new Map(keys.map((k, i) => [k, i]));
  const edges = entityEdges(facts);
  const { mustLink, cannotLink } = await manualDecisions(conn, index);
  const cluster = (all: readonly EntityEdge[]) =>
    clusterEntities(facts.length, all, {
      threshold: FUZZY_THRESHOLD,
      mustLink,
      cannotLink,
      usccOf: (i) => (facts[i]!.usccValid && !facts[i]!.branchOf ? facts[i]!.uscc : null),
    });
  // Two passes: names alone, then names seen in identical matters (collective evidence).
  const context = await queryRows<{ a_name: string; a_uscc: string; b_name: string; b_uscc: string; project: string; amount: bigint | null }>(conn, CONTEXT_SQL);
  const records = context.flatMap((r) => {
    const a = index.get(`${r.a_name}|${r.a_uscc}`);
    const b = index.get(`${r.b_name}|${r.b_uscc}`);
    return a === undefined || b === undefined ? [] : [{ a, b, project: r.project, amount: r.amount }];
  });
  edges.push(...contextEdges(records, cluster(edges), facts));
  const reps = cluster(edges);
  const clusters = groupByRep(reps);
  const previous = new Map((await queryRows<{ mention_key: string; entity_id: string }>(conn, 'SELECT mention_key, entity_id FROM entity_members')).map((r) => [r.mention_key, r.entity_id]));
  let next = Number((await queryOne<{ n: bigint }>(conn, "SELECT coalesce(max(CAST(substr(entity_id, 5) AS INTEGER)), 0) AS n FROM entities"))!.n);
  const stable = assignStableIds(clusters, (i) => previous.get(keys[i]!) ?? null, () => `ENT-${String(++next).padStart(6, '0')}`);

  const evidence = clusterEvidence(clusters, edges, mustLink);
  await exec(conn, 'DELETE FROM entity_members');
  const members = await openTableAppender(conn, 'entity_members');
  const entityRows = await openTableAppender(conn, '__tmp_entities');
  try {
    clusters.forEach((cluster, c) => {
      const id = stable.ids[c]!;
      for (const i of cluster) {
        const ev = evidence.get(i);
        members.append({
          mention_key: keys[i], legal_name: facts[i]!.legalName, core_name: facts[i]!.coreName, uscc: facts[i]!.uscc, uscc_ok: facts[i]!.usccValid,
          entity_id: id, rule: ev?.rule ?? 'seed', score: ev?.score ?? 1, matched_key: ev ? keys[ev.other] : null, evidence: ev?.label ?? null,
        });
      }
      entityRows.append(describeEntity(id, cluster, mentions, facts));
    });
  } finally {
    members.close();
    entityRows.close();
  }
  await exec(conn, `INSERT INTO entities (entity_id, name, core_name, uscc, entity_type, street_code, status)
    SELECT entity_id, name, core_name, uscc, entity_type, street_code, 'active' FROM __tmp_entities
    ON CONFLICT (entity_id) DO UPDATE SET name = excluded.name, core_name = excluded.core_name, uscc = excluded.uscc,
      entity_type = excluded.entity_type, street_code = excluded.street_code, status = 'active'`);
  for (const [alias, survivor] of stable.aliases) {
    await exec(conn, { sql: 'INSERT INTO entity_aliases (alias_id, entity_id) VALUES (?, ?) ON CONFLICT (alias_id) DO UPDATE SET entity_id = excluded.entity_id', params: [alias, survivor] });
  }
  await exec(conn, `UPDATE entities SET status = CASE WHEN entity_id IN (SELECT alias_id FROM entity_aliases) THEN 'merged' ELSE 'empty' END
    WHERE entity_id NOT IN (SELECT entity_id FROM __tmp_entities)`);
  await exec(conn, 'DELETE FROM __tmp_entities');
  return { mentions: mentions.length, entities: clusters.length, created: stable.created.length, merged: stable.aliases.length, edges: edges.length };
}

function groupByRep(reps: Int32Array): number[][] {
  const byRep = new Map<number, number[]>();
  reps.forEach((r, i) => {
    const list = byRep.get(r);
    if (list) list.push(i);
    else byRep.set(r, [i]);
  });
  return [...byRep.values()];
}

/** For each member but the first of its cluster: the strongest edge that reached it from the rest. */
function clusterEvidence(clusters: readonly number[][], edges: readonly EntityEdge[], mustLink: readonly (readonly [number, number])[]) {
  const adj = new Map<number, { other: number; score: number; rule: string; label: string }[]>();
  const add = (a: number, b: number, e: { score: number; rule: string; label: string }) => {
    (adj.get(a) ?? adj.set(a, []).get(a)!).push({ other: b, ...e });
  };
  for (const e of edges) {
    add(e.a, e.b, e);
    add(e.b, e.a, e);
  }
  for (const [a, b] of mustLink) {
    const e = { score: 1, rule: 'manual_link', label: '人工确认为同一单位' };
    add(a, b, e);
    add(b, a, e);
  }
  const out = new Map<number, { other: number; score: number; rule: string; label: string }>();
  for (const cluster of clusters) {
    const inCluster = new Set(cluster);
    const reached = new Set([cluster[0]!]);
    const frontier = [cluster[0]!];
    while (frontier.length > 0) {
      const at = frontier.shift()!;
      const next = (adj.get(at) ?? []).filter((e) => inCluster.has(e.other) && !reached.has(e.other)).sort((x, y) => y.score - x.score);
      for (const e of next) {
        if (reached.has(e.other)) continue;
        reached.add(e.other);
        out.set(e.other, { ...e, other: at });
        frontier.push(e.other);
      }
    }
  }
  return out;
}

function describeEntity(id: string, cluster: readonly number[], mentions: readonly Mention[], facts: readonly NameFacts[]) {
  const byUse = [...cluster].sort((a, b) => Number(Boolean(facts[a]!.branchOf)) - Number(Boolean(facts[b]!.branchOf)) || mentions[b]!.n - mentions[a]!.n || facts[b]!.legalName.length - facts[a]!.legalName.length);
  const top = byUse[0]!;
  const uscc = cluster.map((i) => facts[i]!).find((f) => f.usccValid)?.uscc ?? cluster.map((i) => facts[i]!.uscc).find(Boolean) ?? null;
  const hint = mode(cluster.map((i) => mentions[i]!.type_hint));
  const classified = classifyDebtor(facts[top]!.legalName, uscc);
  return {
    entity_id: id, name: facts[top]!.legalName, core_name: facts[top]!.coreName, uscc,
    entity_type: hint ?? (classified.ok ? classified.value : null), street_code: mode(cluster.map((i) => mentions[i]!.street_code)),
  };
}

function mode(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

async function manualDecisions(conn: DuckDBConnection, index: ReadonlyMap<string, number>) {
  const rows = await queryRows<{ kind: string; key_a: string; key_b: string }>(conn, 'SELECT kind, key_a, key_b FROM entity_decisions ORDER BY decision_id');
  const last = new Map<string, string>();
  for (const r of rows) last.set([r.key_a, r.key_b].sort().join('\u0000'), r.kind);
  const mustLink: [number, number][] = [];
  const cannotLink: [number, number][] = [];
  for (const [pair, kind] of last) {
    const [a, b] = pair.split('\u0000').map((k) => index.get(k));
    if (a === undefined || b === undefined) continue;
    (kind === 'link' ? mustLink : cannotLink).push([a, b]);
  }
  return { mustLink, cannotLink };
}
