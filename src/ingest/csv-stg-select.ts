import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../schemas/header-aliases.js';
import { exec, queryRows, quoteIdent } from '../store/sql.js';
import type { SqlParams } from '../store/sql-params.js';
import { openTableAppender } from '../store/table-appender.js';
import type { OutputPart } from './csv-field-shortcuts.js';
import { WAGE_CUES, complainantName, derivedDebtorType, isOrganisationName, streetColumns } from '../validate/to-stg-row.js';
import { extraSql, lookupKey, partSql, type Extra, type FieldOutputs, type FieldValues } from './csv-field-values.js';

/**
 * What toStgRow derives from single values, computed in JavaScript beside each distinct value:
 * whether a complainant reads as a firm, its key, a wage lead's street. A source listed here is
 * one stgSelect can load set-based.
 */
export const STG_EXTRAS: Readonly<Partial<Record<SourceKind, Readonly<Record<string, readonly Extra[]>>>>> = {
  complaint: {
    complainant_name: [
      { name: 'is_org', type: 'BOOLEAN', of: (v) => isOrganisationName((v as string | null)?.replace(/\s+/g, '') ?? null) },
      { name: 'norm', type: 'VARCHAR', of: (v) => complainantName(v as string | null) },
    ],
  },
  wage_lead: {
    project_address: [
      { name: 'street_code', type: 'VARCHAR', of: (v) => streetColumns(v).street_code },
      { name: 'street_name', type: 'VARCHAR', of: (v) => streetColumns(v).street_name },
    ],
  },
};

/**
 * The fields' outputs on each row, as a CTE `v` with one column per output part used: each
 * (costly) expression is computed once per row however often the stg columns use it.
 */
export class RowValues {
  private readonly used = new Map<string, string>();
  private readonly joined = new Set<string>();
  private readonly byField: Map<string, { readonly f: FieldValues; readonly alias: string }>;
  private readonly lookups: string[] = [];

  constructor(
    private readonly view: string,
    private readonly fields: readonly FieldValues[],
    private readonly filled: ReadonlySet<string>,
    private readonly p: SqlParams,
  ) {
    this.byField = new Map(fields.map((f, i) => [f.field, { f, alias: `m${i}` }]));
  }

  /** The column of `v` holding a field's output part. */
  part(field: string, part: OutputPart): string {
    return this.use(`${field}.${part}`, (f, m) => partSql(f, part, m, this.p), field);
  }

  /** The column of `v` holding a column derived from a field's output (see STG_EXTRAS). */
  extra(field: string, name: string): string {
    return this.use(`${field}:${name}`, (f, m) => extraSql(f, name, m, this.p), field);
  }

  /** SQL of a field's cell as the rules see it (NULL past the end of the record). */
  raw(field: string): string {
    return this.field(field).raw;
  }

  /** The column of `v` holding `column` of `table` on the row whose cells `on` matches. */
  lookup(table: string, on: string, column: string): string {
    const alias = `x${this.lookups.length}`;
    this.lookups.push(` LEFT JOIN ${quoteIdent(table)} ${alias} ON ${on.replaceAll('$.', `${alias}.`)}`);
    this.used.set(`${table}:${column}`, `${alias}.${quoteIdent(column)}`);
    return `v.${quoteIdent(`${table}:${column}`)}`;
  }

  /** `v AS (SELECT r.rec, … FROM view r LEFT JOIN … WHERE where)`, with the columns asked for so far. */
  cte(where: string): string {
    const columns = [...this.used].map(([name, sql]) => `, ${sql} AS ${quoteIdent(name)}`).join('');
    return `v AS (SELECT r.rec${columns} FROM ${quoteIdent(this.view)} r${this.joins(this.joined)}${this.lookups.join('')} WHERE ${where})`;
  }

  private field(name: string): FieldValues {
    const hit = this.byField.get(name);
    if (!hit) throw new Error(`no field ${name}`);
    return hit.f;
  }

  private joins(fields: ReadonlySet<string>): string {
    return this.fields
      .map((f, i) => (fields.has(f.field) ? ` LEFT JOIN ${quoteIdent(f.okTable)} m${i} ON m${i}.raw = ${lookupKey(f)}` : ''))
      .join('');
  }

  private use(name: string, sql: (f: FieldValues, m: string | undefined) => string, field: string): string {
    if (!this.used.has(name)) {
      const hit = this.byField.get(field);
      if (!hit) throw new Error(`no field ${field}`);
      const viaJs = hit.f.column && this.filled.has(hit.f.okTable);
      if (viaJs) this.joined.add(field);
      this.used.set(name, sql(hit.f, viaJs ? hit.alias : undefined));
    }
    return `v.${quoteIdent(name)}`;
  }
}

/** A stg insert for a source: `derived` columns over `v` (with `joins`), then the stg columns over both. */
export interface StgSelect {
  readonly columns: readonly string[];
  readonly select: readonly string[];
  readonly derived: Readonly<Record<string, string>>;
  readonly joins: string;
}

let serial = 0;

/** The cells a respondent's derived type depends on: its name, its code, and the type the file reports. */
const TYPE_CELLS = ['respondent_name', 'respondent_uscc', 'respondent_type'] as const;

/**
 * The query of the distinct cells stgSelect derives values from (a complaint respondent's
 * name, code and reported type), over `view` rows matching `where`; undefined for a source that
 * derives nothing from pairs.
 *
 * @example
 * pairCellsSql('complaint', fields, '__tmp_csv_1_v', 'r.rec >= 31') //=> "SELECT DISTINCT (CASE WHEN len > 8 …) AS respondent_name, …"
 */
export function pairCellsSql(source: SourceKind, fields: readonly FieldValues[], view: string, where: string): string | undefined {
  if (source !== 'complaint') return undefined;
  const raw = (name: string) => fields.find((f) => f.field === name)!.raw;
  return `SELECT DISTINCT ${TYPE_CELLS.map((name) => `${raw(name)} AS ${name}`).join(', ')} FROM ${quoteIdent(view)} r WHERE ${where}`;
}

/**
 * The stg columns toStgRow fills, over the row values `v`. What toStgRow derives from a pair of
 * values (a respondent's type from its name and code) is computed here, in JavaScript, with the
 * rules themselves, per distinct cells (`pairCells`, from pairCellsSql), into a scratch table
 * keyed by those cells. Survey rows are never loaded set-based (their schema cross-checks
 * amounts), so only complaints and wage leads.
 */
export async function stgSelect(
  conn: DuckDBConnection,
  source: SourceKind,
  values: RowValues,
  filePeriod: string | null,
  pairCells: readonly Record<string, string | null>[],
  outputs: FieldOutputs,
  p: SqlParams,
  scratch: string[],
): Promise<StgSelect> {
  const P = (field: string, part: OutputPart) => values.part(field, part);
  const period = `coalesce(left(${P('received_on', 'd')}, 7), CAST(${p.bind(filePeriod)} AS VARCHAR))`;
  const name_ = (field: string, prefix: string) => ({
    [`${prefix}_name_raw`]: P(field, 's'), [`${prefix}_name`]: P(field, 'legal'),
    [`${prefix}_core_name`]: P(field, 'core'), [`${prefix}_branch_of`]: P(field, 'branch'),
  });
  const code = (field: string, prefix: string) => ({ [`${prefix}_uscc`]: P(field, 'code'), [`${prefix}_uscc_checksum_ok`]: P(field, 'checksum') });
  const text = (...fields: string[]) => Object.fromEntries(fields.map((f) => [f, P(f, 's')]));

  if (source === 'complaint') {
    // A respondent's type, when the file gives none, is derived from its legal name and code:
    // once per distinct cells, with the rules as validateRow applies them, keyed by the cells.
    const type = `__tmp_dtype_${process.pid}_${++serial}`;
    const [name, uscc] = [values.raw('respondent_name'), values.raw('respondent_uscc')];
    await exec(conn, `CREATE TEMP TABLE ${quoteIdent(type)} (a VARCHAR, b VARCHAR, type VARCHAR)`);
    scratch.push(type);
    const output = (field: string, raw: string | null, part: OutputPart) => outputs.of(field, raw, part);
    const seen = new Set<string>();
    const a = await openTableAppender(conn, type);
    try {
      for (const c of pairCells) {
        const [legal, code] = [output('respondent_name', c.respondent_name ?? null, 'legal'), output('respondent_uscc', c.respondent_uscc ?? null, 'code')];
        // A refused cell rejects its row; a reported type makes the derived one moot.
        if (legal === undefined || code === undefined || output('respondent_type', c.respondent_type ?? null, 's') !== null) continue;
        const key = JSON.stringify([c.respondent_name, c.respondent_uscc]);
        if (seen.has(key)) continue;
        seen.add(key);
        a.append({ a: c.respondent_name, b: c.respondent_uscc, type: derivedDebtorType(legal as string | null, code as string | null) });
      }
    } finally {
      a.close();
    }
    const derivedType = values.lookup(type, `$.a IS NOT DISTINCT FROM ${name} AND $.b IS NOT DISTINCT FROM ${uscc}`, 'type');
    const reported = P('respondent_type', 's');
    const columns: Record<string, string> = {
      period,
      kind: "CASE WHEN v.wage THEN 'wage_arrears' ELSE 'sme_arrears' END",
      ...text('complaint_no', 'channel'),
      received_on: P('received_on', 'd'),
      complainant_name_raw: P('complainant_name', 's'),
      complainant_name: values.extra('complainant_name', 'norm'),
      complainant_core_name: 'NULL',
      complainant_is_enterprise: `(NOT v.wage AND ${P('complainant_name', 's')} IS NOT NULL)`,
      ...code('complainant_uscc', 'complainant'),
      ...text('complainant_size', 'contact_name', 'contact_phone'),
      ...name_('respondent_name', 'respondent'),
      ...code('respondent_uscc', 'respondent'),
      respondent_type: `coalesce(${reported}, ${derivedType})`,
      amount_claimed_fen: P('amount_claimed', 'n'),
      ...text('content', 'handling_unit', 'status'),
    };
    // A person's complaint whose text has a wage word; the words are looked for (substring
    // searches, cheaper than a regex over the text) only when the complainant is no firm.
    const person = `(NOT (${P('complainant_uscc', 'code')} IS NOT NULL OR ${values.extra('complainant_name', 'is_org')}))`;
    const cues = plainAlternation(WAGE_CUES).split('|').map((w) => `contains(coalesce(${P('content', 's')}, ''), ${p.bind(w)})`);
    const derived = { wage: `CASE WHEN ${person} IS NOT DISTINCT FROM false THEN false ELSE ${person} AND (${cues.join(' OR ')}) END` };
    return { columns: Object.keys(columns), select: Object.values(columns), derived, joins: '' };
  }
  if (source === 'wage_lead') {
    const columns: Record<string, string> = {
      period,
      ...text('lead_no'),
      received_on: P('received_on', 'd'),
      ...text('channel', 'sector', 'reporter_name', 'reporter_id_number', 'reporter_phone'),
      ...name_('employer_name', 'employer'),
      ...code('employer_uscc', 'employer'),
      ...text('project_name', 'project_address'),
      street_code: values.extra('project_address', 'street_code'),
      street_name: values.extra('project_address', 'street_name'),
      ...text('developer_name', 'general_contractor_name', 'subcontractor_name', 'team_leader'),
      workers: P('workers', 'n'),
      amount_owed_fen: P('amount_owed', 'n'),
      ...text('arrears_period', 'summary'),
    };
    return { columns: Object.keys(columns), select: Object.values(columns), derived: {}, joins: '' };
  }
  throw new Error(`set-based loading does not load ${source}`);
}

/** A regex's source when it is a plain alternation of literal words, which RE2 reads as JavaScript does. */
export function plainAlternation(re: RegExp): string {
  if (re.flags !== '' || !/^[^\\^$.|?*+()[\]{}]+(?:\|[^\\^$.|?*+()[\]{}]+)*$/.test(re.source)) {
    throw new Error(`set-based loading needs ${re} to be a plain alternation of words`);
  }
  return re.source;
}
