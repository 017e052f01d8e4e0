import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import { classifyDebtor } from '../normalize/classify-debtor.js';
import { exec, queryOne, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { assignStableIds } from './assign-stable-ids.js';
import { clusterEntities } from './cluster-entities.js';
import { clusterEvidence } from './cluster-evidence.js';
import { FUZZY_THRESHOLD } from './compare-names.js';
import { contextEdges } from './context-edges.js';
import type { EntityEdge } from './entity-edge.js';
import {
  DECISIONS_SQL, DESCRIBE_ENTITIES_SQL, IDENTITY_USCC_SQL, NAME_EDGE_KINDS, NAME_EDGES_SQL, PREVIOUS_ENTITIES_SQL, STORE_CLASSES_SQL,
  UNCLASSIFIED_TOPS_SQL, WRITE_ENTITIES_SQL, WRITE_MEMBERS_SQL,
} from './entity-sql.js';
import { MENTION_STATS_SQL } from './mentions-sql.js';
import type { NewMentions } from './refresh-mentions.js';
import { refreshNamePairs } from './name-pairs.js';
import type { StepTimer } from './step-timer.js';

/** What one entity-resolution run did. */
export interface EntityRunSummary {
  readonly mentions: number;
  readonly entities: number;
  readonly created: number;
  readonly merged: number;
  readonly edges: number;
  /** Spellings read for the first time, and name pairs stored for them. */
  readonly newMentions: number;
  readonly newPairs: number;
}

/**
 * Resolves every spelling named by a record into entities: new spellings (`fresh`, already
 * normalised) are compared (only they: pairs of older ones are stored), then every edge is clustered with manual
 * decisions first and a USCC guard, twice (names alone, then with collective evidence from the
 * records), and stable ids kept. entity_members and entities are written where they changed;
 * each active spelling's entity stays in __tmp_entity_assign for the cases.
 */
export async function resolveEntities(conn: DuckDBConnection, fresh: NewMentions, time: StepTimer): Promise<EntityRunSummary> {
  const newPairs = fresh.added > 0 ? await refreshNamePairs(conn, fresh.firstNew) : 0;
  time('entities: new spellings compared');
  await exec(conn, MENTION_STATS_SQL);
  const slots = Number((await queryOne<{ n: number }>(conn, 'SELECT coalesce(max(mention_no) + 1, 0) AS n FROM int_resolve_mentions'))!.n);
  const active = new Uint8Array(slots);
  for (const r of await queryRows<{ mention_no: number }>(conn, 'SELECT mention_no FROM __tmp_mention_stats')) active[r.mention_no] = 1;
  const edges = (await queryRows<{ kind: number; a: number; b: number; score: number; rule: string | null; label: string | null }>(conn, NAME_EDGES_SQL))
    .map((e): EntityEdge => {
      const known = NAME_EDGE_KINDS[e.kind];
      return { a: e.a, b: e.b, score: e.score, rule: (known?.rule ?? e.rule) as EntityEdge['rule'], label: known?.label ?? e.label! };
    });
  const usccs = new Map((await queryRows<{ mention_no: number; uscc: string }>(conn, IDENTITY_USCC_SQL)).map((r) => [r.mention_no, r.uscc]));
  const decisions = await queryRows<{ kind: string; a: number; b: number }>(conn, DECISIONS_SQL);
  const mustLink = decisions.filter((d) => d.kind === 'link').map((d) => [d.a, d.b] as const);
  const cannotLink = decisions.filter((d) => d.kind !== 'link').map((d) => [d.a, d.b] as const);
  time('entities: edges loaded');
  const cluster = (all: readonly EntityEdge[]) =>
    clusterEntities(slots, all, { threshold: FUZZY_THRESHOLD, mustLink, cannotLink, usccOf: (i) => usccs.get(i) ?? null });

  // Two passes: names alone, then names seen in identical matters (collective evidence).
  const first = cluster(edges);
  time('entities: clustered on names');
  const reps = await openTableAppender(conn, '__tmp_mention_rep');
  try {
    for (let i = 0; i < slots; i++) if (active[i]) reps.append({ mention_no: i, rep: first[i] });
  } finally {
    reps.close();
  }
  time('entities: first clusters written');
  edges.push(...(await contextEdges(conn)));
  await exec(conn, 'DELETE FROM __tmp_mention_rep');
  time('entities: collective evidence');
  const final = cluster(edges);
  time('entities: clustered');

  const clusters = new Map<number, number[]>();
  for (let i = 0; i < slots; i++) {
    if (!active[i]) continue;
    const members = clusters.get(final[i]!);
    if (members) members.push(i);
    else clusters.set(final[i]!, [i]);
  }
  const lists = [...clusters.values()];
  const previous = new Map((await queryRows<{ mention_no: number; entity_id: string }>(conn, PREVIOUS_ENTITIES_SQL)).map((r) => [r.mention_no, r.entity_id]));
  let next = Number((await queryOne<{ n: bigint }>(conn, "SELECT coalesce(max(CAST(substr(entity_id, 5) AS INTEGER)), 0) AS n FROM entities"))!.n);
  const stable = assignStableIds(lists, (i) => previous.get(i) ?? null, () => `ENT-${String(++next).padStart(6, '0')}`);
  const manual = mustLink.map(([a, b]): EntityEdge => ({ a, b, score: 1, rule: 'manual_link', label: '人工确认为同一单位' }));
  const evidence = clusterEvidence(final, [...edges, ...manual]);
  const assign = await openTableAppender(conn, '__tmp_entity_assign');
  try {
    lists.forEach((members, c) => {
      for (const i of members) {
        const ev = evidence.get(i);
        assign.append({ mention_no: i, entity_id: stable.ids[c], rule: ev?.rule ?? 'seed', score: ev?.score ?? 1, matched_no: ev?.other ?? null, evidence: ev?.label ?? null });
      }
    });
  } finally {
    assign.close();
  }
  time('entities: ids and evidence');
  await exec(conn, WRITE_MEMBERS_SQL);
  await exec(conn, DESCRIBE_ENTITIES_SQL);
  // An entity no record types and no USCC places is typed by its name's cues, once per spelling.
  const tops = await queryRows<{ mention_no: number; legal_name: string }>(conn, UNCLASSIFIED_TOPS_SQL);
  if (tops.length > 0) {
    const classes = tops.map((t) => {
      const c = classifyDebtor(t.legal_name);
      return c.ok ? c.value : '';
    });
    await exec(conn, { sql: STORE_CLASSES_SQL, params: [listValue(tops.map((t) => t.mention_no)), listValue(classes)] });
  }
  for (const [alias, survivor] of stable.aliases) {
    await exec(conn, { sql: 'INSERT INTO entity_aliases (alias_id, entity_id) VALUES (?, ?) ON CONFLICT (alias_id) DO UPDATE SET entity_id = excluded.entity_id', params: [alias, survivor] });
  }
  await exec(conn, WRITE_ENTITIES_SQL);
  await exec(conn, 'DROP TABLE __tmp_mention_stats');
  time('entities: written');
  return {
    mentions: active.reduce((n, a) => n + a, 0), entities: lists.length, created: stable.created.length, merged: stable.aliases.length,
    edges: edges.length, newMentions: fresh.added, newPairs,
  };
}
