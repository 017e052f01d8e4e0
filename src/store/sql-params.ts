import { listValue, type DuckDBValue } from '@duckdb/node-api';
import type { SqlQuery } from './sql.js';

/**
 * Collects the bound values of one generated statement: `bind` returns the `$n` that stands for a
 * value, the same `$n` for the same constant, so a shortcut repeated in many columns binds once.
 *
 * @example
 * const p = new SqlParams();
 * const sql = `SELECT * FROM t WHERE a = ${p.bind('x')} OR b = ${p.bind('x')}`; //=> '… a = $1 OR b = $1'
 * p.query(sql) //=> { sql: '… a = $1 OR b = $1', params: ['x'] }
 */
export class SqlParams {
  private readonly values: DuckDBValue[] = [];
  private readonly seen = new Map<string, string>();

  bind(value: string | number | boolean | null | readonly string[]): string {
    const key = JSON.stringify(value);
    let ref = this.seen.get(key);
    if (!ref) {
      this.values.push(Array.isArray(value) ? listValue([...value]) : (value as DuckDBValue));
      ref = `$${this.values.length}`;
      this.seen.set(key, ref);
    }
    return ref;
  }

  /**
   * The statement with exactly the values it uses: DuckDB refuses values a statement does not
   * reference, and one SqlParams serves many statements. Generated SQL holds no `$` of its own.
   */
  query(sql: string): SqlQuery {
    const used = new Map<number, number>();
    const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
      const from = Number(n);
      let to = used.get(from);
      if (to === undefined) used.set(from, (to = used.size + 1));
      return `$${to}`;
    });
    const params: DuckDBValue[] = [];
    for (const [from, to] of used) params[to - 1] = this.values[from - 1]!;
    return { sql: text, params };
  }
}
