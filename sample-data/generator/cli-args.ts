import type { GenerateOptions, SampleKind } from './generate-sample.js';
import type { WageFormat } from './wage-writers.js';

export const USAGE = `usage: npm run sample -- --rows N --seed S --out DIR [--period 2026-04] [--kind all|survey|complaints|wage] [--format xlsx|csv|json]
  --rows    data records in total (all kinds together for --kind all)
  --seed    integer; the same seed gives the same ground truth
  --out     output directory (created if missing)
  --period  sweep month, YYYY-MM (default 2026-04)
  --kind    all (default): 14 street workbooks, complaints, wage leads; or one kind into one file
  --format  wage-lead file format (default: xlsx for --kind all, csv for --kind wage)`;

/** Parses argv into options, or returns an error message in words a user can act on. */
export function parseArgs(argv: readonly string[]): GenerateOptions | { readonly error: string } {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) return { error: `unexpected argument "${a}"` };
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) return { error: `--${name} needs a value` };
    flags.set(name, value);
  }
  for (const name of flags.keys()) if (!['rows', 'seed', 'out', 'period', 'kind', 'format'].includes(name)) return { error: `unknown option --${name}` };
  const rows = Number(flags.get('rows'));
  const seed = Number(flags.get('seed') ?? '1');
  const out = flags.get('out');
  const period = /^(\d{4})-(\d{2})$/.exec(flags.get('period') ?? '2026-04');
  const kind = (flags.get('kind') ?? 'all') as SampleKind;
  const format = flags.get('format') as WageFormat | undefined;
  if (!Number.isInteger(rows) || rows < 1) return { error: `--rows must be a positive integer, got "${flags.get('rows') ?? ''}"` };
  if (!Number.isInteger(seed)) return { error: `--seed must be an integer, got "${flags.get('seed')}"` };
  if (!out) return { error: '--out DIR is required' };
  if (!period || Number(period[2]) < 1 || Number(period[2]) > 12) return { error: `--period must be YYYY-MM, got "${flags.get('period')}"` };
  if (!['all', 'survey', 'complaints', 'wage'].includes(kind)) return { error: `--kind must be all, survey, complaints or wage, got "${kind}"` };
  if (format !== undefined && !['xlsx', 'csv', 'json'].includes(format)) return { error: `--format must be xlsx, csv or json, got "${format}"` };
  return { rows, seed, out, period: { year: Number(period[1]), month: Number(period[2]) }, kind, ...(format ? { wageFormat: format } : {}) };
}
